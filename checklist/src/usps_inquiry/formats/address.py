"""US mailing addresses: ZIP codes and two-letter state and territory codes.

States are the 50 states and DC; territories and freely associated states that USPS serves
(AS, GU, MP, PR, VI, FM, MH, PW); and the military "states" AA (Americas), AE (Europe, Africa,
Middle East, Canada) and AP (Pacific), whose city is APO, FPO or DPO.

>>> validate_zip('20500-0003'), validate_zip('205000003'), validate_zip(' 20500 ')
('20500-0003', '20500-0003', '20500')
>>> validate_state('ny'), validate_state('New York'), validate_state('AE')
('NY', 'NY', 'AE')
>>> validate_state('Jawa Barat')
Traceback (most recent call last):
    ...
usps_inquiry.exceptions.InvalidComponent: Enter a US state or territory as two letters, like NY, CA or PR. Military addresses use AA, AE or AP.
"""

from __future__ import annotations

import re

from .._text import unify_dashes
from ..exceptions import InquiryError, InvalidComponent, InvalidFormat

__all__ = [
    "STATES",
    "MILITARY_STATES",
    "MILITARY_CITIES",
    "MILITARY_ZIP_PREFIXES",
    "compact_zip",
    "validate_zip",
    "is_valid_zip",
    "validate_state",
    "state_code",
    "is_valid_state",
]

STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    # Territories and freely associated states served by USPS.
    "AS": "American Samoa", "GU": "Guam", "MP": "Northern Mariana Islands", "PR": "Puerto Rico",
    "VI": "U.S. Virgin Islands", "FM": "Federated States of Micronesia",
    "MH": "Marshall Islands", "PW": "Palau",
    # Military and diplomatic mail.
    "AA": "Armed Forces Americas", "AE": "Armed Forces Europe", "AP": "Armed Forces Pacific",
}  # fmt: skip
MILITARY_STATES = frozenset({"AA", "AE", "AP"})
MILITARY_CITIES = frozenset({"APO", "FPO", "DPO"})
# The first three digits of the ZIP codes each military "state" uses.
MILITARY_ZIP_PREFIXES: dict[str, tuple[str, ...]] = {
    "AA": ("340",),
    "AE": ("090", "091", "092", "093", "094", "095", "096", "097", "098"),
    "AP": ("962", "963", "964", "965", "966"),
}

_NAMES = {name.casefold(): code for code, name in STATES.items()}
_NAMES.update({"virgin islands": "VI", "washington dc": "DC", "washington d.c.": "DC", "micronesia": "FM"})
_ZIP = re.compile(r"([0-9]{5})(?:-?([0-9]{4}))?")
_SPACES = re.compile(r"\s+")


def compact_zip(zip_code: str) -> str:
    """Trim a ZIP code and turn a space or Unicode dash before the +4 part into ``-``.

    >>> compact_zip('20500 0003')
    '20500-0003'
    """
    return _SPACES.sub("-", unify_dashes(zip_code).strip())


def validate_zip(zip_code: str) -> str:
    """Check a ZIP or ZIP+4 code; return it as ``12345`` or ``12345-6789``, or raise.

    ``00000`` is refused: no ZIP code is all zeros.

    >>> validate_zip('2050')
    Traceback (most recent call last):
        ...
    usps_inquiry.exceptions.InvalidFormat: Enter a ZIP code with 5 digits, like 20500, or ZIP+4, like 20500-0003.
    """
    match = _ZIP.fullmatch(compact_zip(zip_code))
    if not match or match.group(1) == "00000":
        raise InvalidFormat("zip.format")
    five, four = match.groups()
    return f"{five}-{four}" if four else five


def is_valid_zip(zip_code: str) -> bool:
    """Tell whether `zip_code` is a ZIP or ZIP+4 code.

    >>> is_valid_zip('96601'), is_valid_zip('9660１')
    (True, False)
    """
    try:
        validate_zip(zip_code)
    except InquiryError:
        return False
    return True


def state_code(state: str) -> str | None:
    """The two-letter code for a state code or full name, or ``None``.

    >>> state_code(' california '), state_code('Bali')
    ('CA', None)
    """
    text = _SPACES.sub(" ", state.strip())
    if text.upper() in STATES and text.isascii():
        return text.upper()
    return _NAMES.get(text.casefold())


def validate_state(state: str) -> str:
    """Check a state or territory (code or full name); return its two-letter code, or raise."""
    code = state_code(state)
    if code is None:
        raise InvalidComponent("state.unknown")
    return code


def is_valid_state(state: str) -> bool:
    """Tell whether `state` names a US state, territory or military "state".

    >>> is_valid_state('AP'), is_valid_state('XX')
    (True, False)
    """
    return state_code(state) is not None
