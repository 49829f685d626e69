"""The shapes of values a reader types: tracking numbers, phone numbers, email addresses, US
addresses, the description, its language, dates (the one reader and writer), holidays and business
days. Each module validates one kind of value and knows no rule about what to do with it."""
