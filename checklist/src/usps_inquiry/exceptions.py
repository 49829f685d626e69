"""The exceptions the validators raise: one tree under :class:`InquiryError`, a ``ValueError``.

Every exception carries a stable :attr:`~InquiryError.code` (the same code a finding in the report
has) and the values its message needs. ``str(error)`` is a whole English sentence that tells the
person what to fix; :meth:`InquiryError.message` gives it in Indonesian too.

>>> from usps_inquiry import validate_tracking
>>> try:
...     validate_tracking('9400111206206406260788')
... except InvalidChecksum as error:
...     print(error.code)
...     print(error.message('id'))
tracking.check_digit
Periksa nomor pelacakan – ada angka yang salah: angka terakhir tidak cocok dengan angka lainnya. Salin lagi dari struk atau label.
"""

from __future__ import annotations

from typing import Any

from .text import LANGUAGES, t

__all__ = [
    "InquiryError",
    "InvalidFormat",
    "InvalidLength",
    "InvalidChecksum",
    "InvalidComponent",
    "OtherCarrier",
    "InvalidDate",
    "UnsupportedOption",
    "UnsupportedLanguage",
    "check_lang",
]


class InquiryError(ValueError):
    """Base class of every error this package raises about a value."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        """The message in ``'en'`` or ``'id'``, as a reader would see it."""
        return t(self.code, lang, **self.params)


class InvalidFormat(InquiryError):
    """The value has characters or a shape that no valid value has."""


class InvalidLength(InvalidFormat):
    """The value is too short or too long."""


class InvalidChecksum(InquiryError):
    """The value's check digit does not match the rest of it."""


class InvalidComponent(InquiryError):
    """A part of the value (a country code, a domain, an area code …) is not a real one."""


class OtherCarrier(InquiryError):
    """The value is a tracking number of another carrier, which USPS cannot track."""


class InvalidDate(InquiryError):
    """A date that cannot be used: not ``YYYY-MM-DD``, not in the calendar, not a date at all,
    or outside the years the holiday calendar covers (1971 to 9999).

    The code says which: ``date.format``, ``sent_on.not_real``, ``today.type``, ``calendar.year``,
    ``calendar.end``.
    """


class UnsupportedOption(InquiryError):
    """An option the caller chose is not one this package has: a language, a holiday rule, a
    negative number of business days."""


class UnsupportedLanguage(UnsupportedOption):
    """The language asked for is not one the messages are written in."""


def check_lang(lang: object) -> str:
    """Return `lang` if the messages exist in it, else raise :class:`UnsupportedLanguage`.

    >>> check_lang('en')
    'en'
    """
    if lang not in LANGUAGES:
        raise UnsupportedLanguage("lang.unsupported")
    return lang  # type: ignore[return-value]
