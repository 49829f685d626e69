"""When not to email USPS, and where to go instead.

Four situations need another channel than the Email Us form:

========== ======================================== ============================================
key        situation                                channel
========== ======================================== ============================================
passport   a passport application or its documents  State Department, NPIC 1-877-487-2778
express    a late Priority Mail Express (overnight) PME refund online or at a Post Office, or
                                                    1-800-275-8777
deadline   a document with a legal or official      a Post Office counter: manual postmark,
           deadline                                 Certificate of Mailing, Certified Mail
theft      mail theft, fraud, scams or threats      Postal Inspection Service 1-877-876-2455
========== ======================================== ============================================

The contacts come from the one catalogue, :data:`usps_inquiry.rules.facts.CHANNELS`. They are found from the topic (``passport``) and from words in the description, in English or
Indonesian. The words are matched as whole words, case-insensitively; a mention is enough
("not stolen" still points to the Inspection Service), because the finding is a warning that
the reader can weigh, never a block.

>>> detect('Paket saya dicuri dari teras rumah.')
('theft',)
>>> detect('My passport application was mailed in March, and it is overnight.')
('passport', 'express')
"""

from __future__ import annotations

import re

from .facts import CHANNELS
from ..text import t
from ..report import Channel

__all__ = ["KEYS", "CATALOGUE_KEYS", "detect", "channel", "params"]

KEYS = ("passport", "express", "deadline", "theft")

# Each key's entry in the one catalogue of channels (usps_inquiry.rules.facts).
CATALOGUE_KEYS = {
    "passport": "passport",
    "express": "pme_refund",
    "deadline": "post_office",
    "theft": "inspection_service",
}

# Indonesian words that only look alike are left out on purpose: "pajak" alone is usually
# import tax ("pajak impor", "bea masuk"), not a filing deadline; "EMS" / "Express Mail
# Service" and "Pos Kilat Khusus" are Pos Indonesia's services, not Priority Mail Express.
_PATTERNS = {
    "passport": r"passports?|paspor(?:nya)?",
    "express": (
        r"priority\s+mail\s+express(?!\s+international)|express\s+mail(?!\s+(?:service|international))"
        r"|overnight|next[-\s]day(?:\s+delivery)?"
        r"|(?:pengiriman|kiriman|layanan)\s+(?:semalam|kilat(?!\s+khusus))"
    ),
    "deadline": (
        r"deadlines?|court|legal\s+(?:documents?|deadline|papers?)|tax\s+returns?|irs|uscis|"
        r"postmark(?:ed)?|compliance|lawsuit|filing\s+date|due\s+date"
        r"|tenggat(?:\s+waktu)?|batas\s+waktu|pengadilan|dokumen\s+hukum|cap\s+pos|kepatuhan"
        r"|(?:laporan|pelaporan|spt)\s+pajak|spt\s+tahunan|(?:dokumen|berkas|formulir)\s+imigrasi"
    ),
    "theft": (
        r"stolen|stole|steal(?:s|ing)?|theft|thief|thieves|robbed|robbery|burglar(?:y|ized)?|"
        r"break[-\s]in|broken\s+into|tamper(?:ed|ing)?|threat(?:s|en|ened|ening)?|fraud(?:ulent)?|"
        r"scam(?:s|med|mer|mers)?|phishing|smishing"
        r"|dicuri|curi|mencuri|pencurian|kecurian|pencuri|dibobol|dirampok|perampokan|ancaman|"
        r"mengancam|diancam|penipuan|menipu|ditipu|penipu"
    ),
}
_REGEXES = {key: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE | re.ASCII) for key, pattern in _PATTERNS.items()}


def detect(description: str) -> tuple[str, ...]:
    """The channel keys whose words `description` mentions, in the order of :data:`KEYS`."""
    return tuple(key for key in KEYS if _REGEXES[key].search(description))


def channel(key: str, lang: str) -> Channel:
    """The :class:`~usps_inquiry.report.Channel` for `key`, described in `lang`.

    >>> channel('passport', 'en').phone
    '1-877-487-2778'
    """
    fact = CHANNELS[CATALOGUE_KEYS[key]]
    return Channel(key, fact.name(lang), fact.phone, fact.url, t(f"why.{key}", lang))


def params(key: str) -> dict[str, str]:
    """The facts the ``channel.<key>`` message quotes (its phone number), from the catalogue."""
    phone = CHANNELS[CATALOGUE_KEYS[key]].phone
    return {"phone": phone} if phone else {}
