"""Dates as the checklist reads and writes them: the one ISO reader and the one writer.

Every ``YYYY-MM-DD`` the engine reads goes through :func:`parse_iso` (or :func:`read_iso`, which
answers ``None`` instead of raising); every date it writes for a reader or in a letter goes
through :func:`day_month_year` or :func:`long_date`, in the order and with the month and weekday
names of the language's catalogue (``dates.*``). Dates a reader typed some other way
("3 Nov 2026") are read by :mod:`usps_inquiry.formats.typed_dates`, with the same month names.

A date in a draft is ``YYYY-MM-DD`` with ASCII digits and nothing else (``date.fromisoformat``
also takes ``20260302`` and ``2026-W10-1``, which no form sends). A date shown to the reader is
written out in full, the way each language writes it: "Thursday, March 12, 2026" (US style) and
"Kamis, 12 Maret 2026".

>>> parse_iso('2026-03-12')
datetime.date(2026, 3, 12)
>>> parse_iso('2026-02-30', 'sent_on')
Traceback (most recent call last):
    ...
usps_inquiry.exceptions.InvalidDate: Enter a date that is in the calendar, like 2026-02-28.
>>> long_date(date(2026, 3, 12), 'en'), long_date(date(2026, 3, 12), 'id')
('Thursday, March 12, 2026', 'Kamis, 12 Maret 2026')
"""

from __future__ import annotations

import re
from datetime import date

from ..exceptions import InvalidDate, check_lang
from ..text import t

__all__ = ["parse_iso", "read_iso", "long_date", "day_month_year"]

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def parse_iso(value: str, field: str = "date") -> date:
    """Read ``YYYY-MM-DD``; raise :class:`InvalidDate` with ``<field>.format`` or ``<field>.not_real``.

    `field` names the draft key the value came from, so the message is the one for that field.
    """
    match = _ISO_DATE.fullmatch(value)
    if not match:
        raise InvalidDate(f"{field}.format")
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        raise InvalidDate(f"{field}.not_real") from None


def read_iso(value: object) -> date | None:
    """`value` as a date when it is exactly ``YYYY-MM-DD`` and in the calendar, else ``None``.

    >>> read_iso('2026-11-03'), read_iso('2026-W45-2'), read_iso('2026-02-30'), read_iso(None)
    (datetime.date(2026, 11, 3), None, None, None)
    """
    if not isinstance(value, str):
        return None
    try:
        return parse_iso(value)
    except InvalidDate:
        return None


def long_date(day: date, lang: str) -> str:
    """`day` with its weekday, as a reader of `lang` writes it."""
    lang = check_lang(lang)
    weekday, month = t(f"dates.weekday.{day.weekday()}", lang), t(f"dates.month.{day.month}", lang)
    return t("dates.long", lang, weekday=weekday, month=month, day=str(day.day), year=str(day.year))


def day_month_year(day: date, lang: str) -> str:
    """`day` without its weekday, as in a sentence: "November 3, 2026", "3 November 2026".

    >>> day_month_year(date(2026, 11, 3), 'en'), day_month_year(date(2026, 11, 3), 'id')
    ('November 3, 2026', '3 November 2026')
    """
    lang = check_lang(lang)
    month = t(f"dates.month.{day.month}", lang)
    return t("dates.day_month_year", lang, month=month, day=str(day.day), year=str(day.year))
