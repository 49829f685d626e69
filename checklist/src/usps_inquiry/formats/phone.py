"""Phone numbers: US numbers in any familiar format, and international numbers with a ``+``.

The number is checked, never reformatted: what the reader typed is what USPS sees. US numbers
follow the North American Numbering Plan (an area code and an exchange that do not start with 0
or 1, and are not an N11 service code). Indonesian numbers (+62) are checked a little more
closely, because most readers have one: no trunk ``0`` after the country code, and 8 to 12
digits after it. Other international numbers need 8 to 15 digits in all (E.164); their country
code is not looked up.

>>> validate('(202) 555-0143').e164
'+12025550143'
>>> validate('+62 812-3456-7890').country_code
'62'
>>> validate('0812 3456 7890')
Traceback (most recent call last):
    ...
usps_inquiry.exceptions.InvalidComponent: Add your country code with a +, like +62 812 3456 7890 – USPS cannot call a number outside the US without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._text import unify_dashes
from ..exceptions import InquiryError, InvalidComponent, InvalidFormat, InvalidLength

__all__ = ["PhoneNumber", "compact", "validate", "is_valid", "suggest"]

_EXTENSION = re.compile(r"\s*(?:ext\.?|extension|x|#)\s*([0-9]{1,6})\s*$", re.IGNORECASE | re.ASCII)
_ALLOWED = re.compile(r"[0-9().+/\s-]*")
_NOT_DIGIT = re.compile(r"[^0-9]")


@dataclass(frozen=True)
class PhoneNumber:
    """A phone number that looks callable.

    :ivar text: the number as typed, trimmed.
    :ivar e164: ``+`` and the digits, like ``+6281234567890``.
    :ivar country_code: ``'1'`` or ``'62'``; ``None`` for other countries (not looked up).
    :ivar extension: digits after ``ext``/``x``, or ``None``.
    """

    text: str
    e164: str
    country_code: str | None
    extension: str | None = None

    @property
    def is_us(self) -> bool:
        """True for a North American number (+1), which USPS can call like any US number."""
        return self.country_code == "1"


def compact(phone: str) -> str:
    """Trim the number; the reader's own formatting inside it is kept.

    >>> compact('  +62 812-3456-7890 ')
    '+62 812-3456-7890'
    """
    return phone.strip()


def _check_nanp(number: str) -> None:
    if len(number) != 10:
        raise InvalidLength("phone.length")
    area, exchange = number[:3], number[3:6]
    if area[0] in "01" or exchange[0] in "01" or area[1:] == "11" or exchange[1:] == "11":
        raise InvalidComponent("phone.us_number")


def validate(phone: str) -> PhoneNumber:
    """Check a phone number and return it, or raise an :class:`InquiryError`.

    >>> validate('+62 0812 3456 7890')
    Traceback (most recent call last):
        ...
    usps_inquiry.exceptions.InvalidFormat: Leave out the 0 after +62, like +62 812 3456 7890.
    >>> validate('1-800-275-8777 ext. 2').extension
    '2'
    """
    text = compact(phone)
    body = unify_dashes(text)
    extension = None
    match = _EXTENSION.search(body)
    if match and match.start() > 0:
        extension, body = match.group(1), body[: match.start()]
    if not _ALLOWED.fullmatch(body) or "+" in body[1:]:
        raise InvalidFormat("phone.characters")
    digits = _NOT_DIGIT.sub("", body)
    international = body.startswith("+")
    if not international and digits.startswith("00"):
        international, digits = True, digits[2:]
    country_code: str | None = None
    if international:
        if digits.startswith("1"):
            _check_nanp(digits[1:])
            country_code = "1"
        elif digits.startswith("62"):
            national = digits[2:]
            if national.startswith("0"):
                raise InvalidFormat("phone.trunk_zero")
            if not 8 <= len(national) <= 12:
                raise InvalidLength("phone.length")
            country_code = "62"
        elif digits.startswith("0") or not 8 <= len(digits) <= 15:
            raise InvalidLength("phone.length")
    else:
        if digits.startswith("0"):
            raise InvalidComponent("phone.country_code")
        if digits.startswith("62") and len(digits) >= 11:  # too long for the US: +62 without the +
            raise InvalidFormat("phone.plus")
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        _check_nanp(digits)
        digits, country_code = "1" + digits, "1"
    return PhoneNumber(text, "+" + digits, country_code, extension)


def is_valid(phone: str) -> bool:
    """Tell whether `phone` looks like a number USPS can call.

    >>> is_valid('202.555.0143'), is_valid('555-0143')
    (True, False)
    """
    try:
        validate(phone)
    except InquiryError:
        return False
    return True


# Indonesian area codes of two digits (after the trunk 0); all others have three. Mobile numbers
# start with 8 and are grouped 3-4-rest, as Telkomsel, Indosat and XL print them.
_ID_TWO_DIGIT_AREAS = ("21", "22", "24", "31", "61")


def _format_indonesian(national: str) -> str:
    if national.startswith("8"):
        head, rest = national[:3], national[3:]
        groups = [rest[:4], rest[4:]] if len(rest) > 4 else [rest]
    else:
        cut = 2 if national.startswith(_ID_TWO_DIGIT_AREAS) else 3
        head, rest = national[:cut], national[cut:]
        groups = [rest[:-4], rest[-4:]] if len(rest) > 6 else [rest]
    return " ".join(["+62", head] + [group for group in groups if group])


def suggest(phone: str) -> str | None:
    """The international form of a number written the Indonesian way, or ``None``.

    USPS calls from the US, so it needs the country code: ``0812 3456 7890``,
    ``0812-3456-7890``, ``62812…`` and ``+62 0812…`` all become ``+62 812 3456 7890``.
    A number that is already fine, or is not Indonesian, gets no suggestion.

    >>> suggest('0812-3456-7890'), suggest('6281234567890'), suggest('(021) 555 1234')
    ('+62 812 3456 7890', '+62 812 3456 7890', '+62 21 555 1234')
    >>> suggest('+62 812-3456-7890') is None, suggest('(202) 555-0143') is None
    (True, True)
    """
    body = unify_dashes(compact(phone))[:40]
    if not _ALLOWED.fullmatch(body) or "+" in body[1:]:
        return None
    digits = _NOT_DIGIT.sub("", body)
    if body.startswith("+62") or digits.startswith("0062"):
        digits = digits[4:] if digits.startswith("0062") else digits[2:]
        if not digits.startswith("0"):
            return None  # already international; validate() judges it
        national = digits[1:]
    elif body.startswith("+"):
        return None
    elif digits.startswith("62") and len(digits) >= 11:
        national = digits[2:]
    elif digits.startswith("0") and not digits.startswith("00"):
        national = digits[1:]
    else:
        return None
    if not 8 <= len(national) <= 12 or national.startswith("0"):
        return None
    return _format_indonesian(national)
