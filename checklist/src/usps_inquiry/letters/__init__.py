"""The letters: the first message to USPS and its follow-up, the letters to the other doors of the
plan, and the letter for each later step of a case. Each is in the language its door reads; its
mirror, in the reader's language when that differs, is for the reader."""
