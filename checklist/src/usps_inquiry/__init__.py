"""Check a draft inquiry to USPS customer service and compose the message to send.

>>> from datetime import date
>>> report = check({"topic": "tracking", "name": "Ani", "email": "ani@example.com",
...                 "tracking_number": "9400 1112 0620 6406 2607 87",
...                 "description": "The tracking has not changed since it left Denver on 2 March."},
...                lang="en", today=date(2026, 3, 20))
>>> report.ok, report.message.subject, [(letter.step, letter.to) for letter in report.letters]
(True, 'Tracking Question - Tracking #9400111206206406260787', [('email_us', 'usps'), ('follow_up', 'usps')])
>>> validate_tracking("9400 1112 0620 6406 2607 87").kind
'usps-impb-22'
>>> tracking_info("1Z999AA10123456784", lang="en")["reason"]
'This looks like a UPS tracking number, which USPS cannot track. Contact UPS, or check the number against your USPS receipt.'
"""

from ._version import __version__

from .checker import check
from .exceptions import (
    InquiryError,
    InvalidChecksum,
    InvalidComponent,
    InvalidDate,
    InvalidFormat,
    InvalidLength,
    OtherCarrier,
    UnsupportedLanguage,
    UnsupportedOption,
)
from .report import Channel, Finding, FollowUp, Message, Report, ReviewRow
from .formats.tracking import TrackingNumber
from .formats.tracking import info as tracking_info
from .formats.tracking import validate as validate_tracking

__all__ = [
    "__version__",
    "check",
    "validate_tracking",
    "tracking_info",
    "TrackingNumber",
    "Report",
    "Finding",
    "Channel",
    "Message",
    "FollowUp",
    "ReviewRow",
    "InquiryError",
    "InvalidFormat",
    "InvalidLength",
    "InvalidChecksum",
    "InvalidComponent",
    "OtherCarrier",
    "InvalidDate",
    "UnsupportedOption",
    "UnsupportedLanguage",
]
