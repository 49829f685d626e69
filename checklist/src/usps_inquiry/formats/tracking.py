"""USPS tracking numbers: domestic IMpb barcodes and UPU S10 international numbers.

Formats recognised (after :func:`compact`):

=========================  ===================================  =================================
kind                       shape                                check digit
=========================  ===================================  =================================
``usps-impb-22``           ``92``–``95`` + 20 digits            USPS MOD 10 over the first 21
``usps-impb-26``           ``92``–``95`` + 24 digits            USPS MOD 10 over the first 25
``usps-legacy-91``         ``91`` + 20 digits                   USPS MOD 10 over the first 21
``usps-20``                20 digits                            MOD 10 over 19, or over ``91`` + 19
``usps-420zip-prefixed``   ``420`` + ZIP or ZIP+4 + a PIC above MOD 10 of the PIC; ZIP unchecked
``s10``                    2 letters, 9 digits, ``US``          UPU S10 mod 11
``s10-foreign``            2 letters, 9 digits, other country   UPU S10 mod 11
=========================  ===================================  =================================

After ``92`` and the 3-digit service type code comes the Mailer ID: a 9-digit one starts with
``9`` and goes with ``92``; a 6-digit one does not and goes with ``93``. A scanned ``420`` +
ZIP routing prefix is dropped: the canonical number is the Package Identification Code (PIC)
alone, which is what USPS prints and tracks.

Only the ASCII digits 0–9 are digits.

>>> validate('9400 1112 0620 6406 2607 87')
TrackingNumber(number='9400111206206406260787', kind='usps-impb-22', routing_zip=None)
>>> validate('rr123456785id').kind
's10-foreign'
>>> validate('9400111206206406260788')
Traceback (most recent call last):
    ...
usps_inquiry.exceptions.InvalidChecksum: Check the tracking number – one of the digits is wrong: the last digit does not match the others. Copy it again from your receipt or label.
>>> format('9400111206206406260787')
'9400 1112 0620 6406 2607 87'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from .._text import describe_char, unify_dashes
from ..exceptions import (
    InquiryError,
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    OtherCarrier,
)

__all__ = [
    "KINDS",
    "TrackingNumber",
    "compact",
    "usps_check_digit",
    "s10_check_digit",
    "validate",
    "is_valid",
    "format",
    "info",
]

KINDS = (
    "usps-impb-22",
    "usps-impb-26",
    "usps-legacy-91",
    "usps-20",
    "usps-420zip-prefixed",
    "s10",
    "s10-foreign",
)

# ISO 3166-1 alpha-2: the country codes an S10 number may end with.
COUNTRIES = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
    """.split()
)

_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_SEPARATORS = re.compile(r"[\s-]+")  # \s is str.isspace: every Unicode space, tab and line break
_ALNUM = re.compile(r"[0-9A-Z]*")
_DIGITS = re.compile(r"[0-9]+")
_S10 = re.compile(r"([A-Z]{2})([0-9]{8})([0-9])([A-Z]{2})")
_S10_LIKE = re.compile(r"[A-Z]{2}[0-9A-Z]*[A-Z]{2}")
_UPS = re.compile(r"1Z[0-9A-Z]{16}")
_AMAZON = re.compile(r"TBA[0-9]{12}")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


@dataclass(frozen=True)
class TrackingNumber:
    """A valid tracking number.

    :ivar number: the canonical form: upper case, no spaces, and for a scanned ``420`` + ZIP
        barcode the PIC alone.
    :ivar kind: one of :data:`KINDS`.
    :ivar routing_zip: the ZIP or ZIP+4 of a scanned ``420`` prefix, else ``None``.
    """

    number: str
    kind: str
    routing_zip: str | None = None

    def __str__(self) -> str:
        return self.number

    @property
    def country(self) -> str | None:
        """The country code of an S10 number (``'US'``, ``'ID'`` …), else ``None``."""
        return self.number[-2:] if self.kind.startswith("s10") else None

    @property
    def pic_kind(self) -> str:
        """The kind of the number USPS tracks: for a ``420`` scan, the kind of its PIC."""
        if self.kind != "usps-420zip-prefixed":
            return self.kind
        return _pic_kind(self.number)

    def format(self) -> str:
        """The number grouped for reading aloud or copying by eye."""
        return format(self.number)


def compact(number: str) -> str:
    """Remove whitespace and hyphens (ASCII or Unicode) anywhere, and upper-case ASCII letters.

    Nothing else is removed: dots, slashes, ``#`` and non-ASCII digits stay, and make the
    number fail :func:`validate`.

    >>> compact(' rb-123 456\\u00a0785 us ')
    'RB123456785US'
    """
    return _SEPARATORS.sub("", unify_dashes(number)).translate(_UPPER)


def usps_check_digit(digits: str) -> str:
    """The USPS MOD 10 check digit for the digits before it (weights 3, 1, 3 … from the right).

    >>> usps_check_digit('921239123456781234567')
    '0'
    """
    total = sum(int(digit) * (1 if index % 2 else 3) for index, digit in enumerate(reversed(digits)))
    return str(-total % 10)


def s10_check_digit(serial: str) -> str:
    """The UPU S10 check digit for an 8-digit serial number.

    >>> s10_check_digit('12345678'), s10_check_digit('96633102'), s10_check_digit('10047514')
    ('5', '0', '5')
    """
    check = 11 - sum(int(digit) * weight for digit, weight in zip(serial, _S10_WEIGHTS)) % 11
    return {10: "0", 11: "5"}.get(check, str(check))


def _pic_kind(pic: str) -> str:
    if len(pic) == 20:
        return "usps-20"
    if pic.startswith("91"):
        return "usps-legacy-91"
    return f"usps-impb-{len(pic)}"


def _validate_pic(digits: str) -> str:
    """Validate a domestic number of 20, 22 or 26 ASCII digits; return its kind."""
    length = len(digits)
    if length == 20:
        data, check = digits[:-1], digits[-1]
        if check not in (usps_check_digit(data), usps_check_digit("91" + data)):
            raise InvalidChecksum("tracking.check_digit")
        return "usps-20"
    prefix = digits[:2]
    if prefix == "96" and length == 22:
        raise OtherCarrier("tracking.other_carrier", carrier="FedEx")
    if prefix == "91" and length == 22:
        kind = "usps-legacy-91"
    elif prefix in ("92", "93", "94", "95"):
        mailer_id_is_long = digits[5] == "9"
        if (prefix == "92" and not mailer_id_is_long) or (prefix == "93" and mailer_id_is_long):
            raise InvalidFormat("tracking.format")
        kind = f"usps-impb-{length}"
    else:
        raise InvalidFormat("tracking.format")
    if digits[-1] != usps_check_digit(digits[:-1]):
        raise InvalidChecksum("tracking.check_digit")
    return kind


def _validate_scan(digits: str) -> TrackingNumber:
    """Validate ``420`` + ZIP (5 or 9 digits) + PIC; try both splits of a 34-digit scan."""
    splits = [(5, len(digits) - 8)]  # ZIP5 + the rest
    if len(digits) == 34:
        splits.insert(0, (9, 22))  # ZIP+4 + a 22-digit PIC
    errors: list[InquiryError] = []
    for zip_length, pic_length in splits:
        if pic_length not in (22, 26):
            continue
        pic = digits[3 + zip_length :]
        try:
            _validate_pic(pic)
        except InquiryError as error:
            errors.append(error)
            continue
        return TrackingNumber(pic, "usps-420zip-prefixed", digits[3 : 3 + zip_length])
    # Report the most telling failure: a wrong check digit beats a wrong shape.
    errors.sort(key=lambda error: not isinstance(error, InvalidChecksum))
    raise errors[0] if errors else InvalidLength("tracking.length", count=len(digits))


def _validate_s10(number: str) -> TrackingNumber:
    match = _S10.fullmatch(number)
    if not match:
        if _S10_LIKE.fullmatch(number) and len(number) != 13:
            raise InvalidLength("tracking.s10_length", count=len(number))
        raise InvalidFormat("tracking.format")
    service, serial, check, country = match.groups()
    if country not in COUNTRIES or country in ("XX", "ZZ"):
        raise InvalidComponent("tracking.country", country=country)
    if check != s10_check_digit(serial):
        raise InvalidChecksum("tracking.check_digit")
    return TrackingNumber(number, "s10" if country == "US" else "s10-foreign")


def validate(number: str) -> TrackingNumber:
    """Check a tracking number and return it normalised, or raise an :class:`InquiryError`.

    Raises :class:`InvalidFormat` (characters, shape), :class:`InvalidLength`,
    :class:`InvalidChecksum`, :class:`InvalidComponent` (an S10 country code that does not
    exist) or :class:`OtherCarrier` (UPS, FedEx, DHL, Amazon).

    >>> validate('420 20500 9212391234567812345670')
    TrackingNumber(number='9212391234567812345670', kind='usps-420zip-prefixed', routing_zip='20500')
    >>> validate('1Z999AA10123456784')
    Traceback (most recent call last):
        ...
    usps_inquiry.exceptions.OtherCarrier: This looks like a UPS tracking number, which USPS cannot track. Contact UPS, or check the number against your USPS receipt.
    """
    if not isinstance(number, str):
        raise TypeError(f"a tracking number must be a str, not {type(number).__name__}")
    number = compact(number)
    if not number:
        raise InvalidLength("tracking.missing")
    if not _ALNUM.fullmatch(number):
        bad = next(char for char in number if not ("0" <= char <= "9" or "A" <= char <= "Z"))
        if unicodedata.category(bad) == "Nd":
            raise InvalidFormat("tracking.digits", char=describe_char(bad))
        raise InvalidFormat("tracking.characters", char=describe_char(bad))
    if not _DIGITS.fullmatch(number):
        if _UPS.fullmatch(number):
            raise OtherCarrier("tracking.other_carrier", carrier="UPS")
        if _AMAZON.fullmatch(number):
            raise OtherCarrier("tracking.other_carrier", carrier="Amazon")
        return _validate_s10(number)
    length = len(number)
    if length in (20, 22, 26):
        return TrackingNumber(number, _validate_pic(number))
    if number.startswith("420") and length in (30, 34):
        return _validate_scan(number)
    if length in (12, 15) or (length == 34 and not number.startswith("42")):
        raise OtherCarrier("tracking.other_carrier", carrier="FedEx")
    if length == 10:
        raise OtherCarrier("tracking.other_carrier", carrier="DHL")
    raise InvalidLength("tracking.length", count=length)


def is_valid(number: str) -> bool:
    """Tell whether `number` is a valid USPS or S10 tracking number.

    >>> is_valid('EB966331020US'), is_valid('EB966331021US')
    (True, False)
    """
    try:
        validate(number)
    except InquiryError:
        return False
    return True


def format(number: str) -> str:  # noqa: A001 - the module's verb, as in python-stdnum
    """Group a number for display: S10 as ``RR 123 456 785 ID``, USPS in fours.

    >>> format('rr123456785id')
    'RR 123 456 785 ID'
    """
    number = compact(number)
    if _S10.fullmatch(number):
        return " ".join((number[:2], number[2:5], number[5:8], number[8:11], number[11:]))
    return " ".join(number[index : index + 4] for index in range(0, len(number), 4))


def info(number: str, *, lang: str = "id") -> dict[str, Any]:
    """Describe `number` as JSON: ``{valid, kind, normalized, reason}``.

    `reason` is ``None`` for a valid number, else the message saying what is wrong.

    >>> info('9212391234567812345670')
    {'valid': True, 'kind': 'usps-impb-22', 'normalized': '9212391234567812345670', 'reason': None}
    >>> info('RB123456784US', lang='en')['reason']
    'Check the tracking number – one of the digits is wrong: the last digit does not match the others. Copy it again from your receipt or label.'
    """
    try:
        result = validate(number)
    except InquiryError as error:
        return {"valid": False, "kind": None, "normalized": None, "reason": error.message(lang)}
    return {"valid": True, "kind": result.kind, "normalized": result.number, "reason": None}
