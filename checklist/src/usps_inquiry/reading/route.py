"""Where an item is, and which way it travels, from the places and stages of its events.

``where`` is one of :data:`PLACES`, told from the destination's side: ``destination_customs``
is US customs for an item mailed to the US, Bea Cukai for one mailed to Indonesia.

>>> country('CHICAGO, IL 60601'), country('ISC CHICAGO IL (USPS)'), country('JAKARTA, INDONESIA')
('US', 'US', 'ID')
>>> is_exchange_office('ISC LOS ANGELES CA (USPS)')
True
>>> where('transit', 'ISC CHICAGO IL (USPS)', 'from_us', 'usps')
'leaving_us'
>>> where('delivery', 'BANDUNG', 'from_us', 'pos')
'destination_post'
"""

from __future__ import annotations

import re

__all__ = ["PLACES", "country", "is_exchange_office", "where"]

PLACES = ("us", "leaving_us", "abroad", "destination_customs", "destination_post", "delivered", "returning")

_STATES = frozenset(
    """
    AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
    NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP AA AE AP
    """.split()
)
# "CITY, ST 12345", "CITY ST 12345-6789", "CITY IL NETWORK DISTRIBUTION CENTER", "ISC CHICAGO IL (USPS)".
_US_ZIP = re.compile(r"(?<![A-Z])([A-Z]{2}) [0-9]{5}(?:-[0-9]{4})?(?![0-9])")
_US_WORDS = re.compile(r"(?<![A-Z])(?:ISC|NETWORK DISTRIBUTION CENTER|DISTRIBUTION CENTER|PROCESSING CENTER|UNITED STATES|USA|USPS)(?![A-Z])")
_ISC = re.compile(r"(?<![A-Z])(?:ISC|INTERNATIONAL SERVICE CENTER|INTERNATIONAL DISTRIBUTION CENTER)(?![A-Z])")
_INDONESIA = re.compile(
    r"(?<![A-Z])(?:INDONESIA|JAKARTA|BANDUNG|SURABAYA|MEDAN|SEMARANG|DENPASAR|MAKASSAR|YOGYAKARTA|"
    r"BANDA ACEH|PALEMBANG|BATAM|BALIKPAPAN|MALANG|BOGOR|TANGERANG|BEKASI|DEPOK|SOEKARNO-HATTA|CENGKARENG)(?![A-Z])"
)
_OTHER_COUNTRY = re.compile(
    r"(?<![A-Z])(?:CHINA|HONG KONG|SINGAPORE|MALAYSIA|JAPAN|KOREA|TAIWAN|THAILAND|PHILIPPINES|VIET ?NAM|"
    r"AUSTRALIA|CANADA|MEXICO|GERMANY|FRANCE|UNITED KINGDOM|NETHERLANDS|INDIA)(?![A-Z])"
)


def country(place: str | None) -> str | None:
    """``US``, ``ID``, ``other`` or ``None`` (cannot tell) for a place as the tracking page writes it."""
    if not place:
        return None
    upper = " ".join(place.upper().split())
    if _INDONESIA.search(upper):
        return "ID"
    if _OTHER_COUNTRY.search(upper):
        return "other"
    zip_match = _US_ZIP.search(upper)
    if (zip_match and zip_match.group(1) in _STATES) or _US_WORDS.search(upper):
        return "US"
    words = upper.replace(",", " ").split()
    if len(words) >= 2 and words[-1] in _STATES and len(words[-1]) == 2:
        return "US"
    return None


def is_exchange_office(place: str | None) -> bool:
    """Tell whether `place` is one of USPS's International Service Centers (where mail leaves the US)."""
    return bool(place) and _ISC.search(" ".join(place.upper().split())) is not None


def where(stage: str, place: str | None, direction: str | None, owner: str) -> str | None:
    """Where the item is after an event of `stage` at `place`, for an item going `direction`."""
    if stage == "delivered":
        return "delivered"
    if stage == "return":
        return "returning"
    if stage in ("customs", "arrived_destination"):
        return "destination_customs"
    if stage in ("not_found", "reply"):
        return None
    if owner in ("pos", "bc"):
        # Pos Indonesia and Bea Cukai show an item on the Indonesian side: the destination of an
        # item mailed from the US; the origin of one mailed to the US.
        if direction == "to_us":
            return "abroad"
        return "destination_post"
    land = country(place)
    if stage == "origin_abroad":
        return "abroad"
    if direction == "to_us":
        if land in ("ID", "other"):
            return "abroad"
        return "destination_post" if stage == "delivery" else "us"
    if direction == "from_us":
        if land == "ID":
            return "destination_post"
        if land == "other":
            return "abroad"
        if is_exchange_office(place) or stage == "departed":
            return "leaving_us"
        return "us"
    if stage == "label":
        return None
    return "us" if direction == "domestic" or land == "US" else None
