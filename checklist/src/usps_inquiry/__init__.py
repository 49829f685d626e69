"""Check a draft inquiry to USPS customer service and compose the message to send."""

__version__ = "0.1.0"
