"""Dates as people type them, read so the checklist can offer the ``YYYY-MM-DD`` form.

The draft's date fields are ISO dates. A reader (or a copied confirmation email) may give
``1 Desember 2026``, ``1 Des 2026``, ``December 1, 2026``, ``01/12/2026`` or ``2026/12/01``
instead; :func:`read` understands those, so the finding can carry the ISO date as its
suggestion. Numbers-only dates with the year last are read day first, as Indonesia writes them;
when both readings are real dates (``01/12/2026``) the result also carries the month-first
reading, so the reader is asked which one they meant.

>>> read('1 Desember 2026')
TypedDate(day=datetime.date(2026, 12, 1), other=None)
>>> read('01/12/2026')
TypedDate(day=datetime.date(2026, 12, 1), other=datetime.date(2026, 1, 12))
>>> read('12/25/2026').day, read('2026/12/01').day
(datetime.date(2026, 12, 25), datetime.date(2026, 12, 1))
>>> read('next Tuesday') is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .._text import snippet
from .dates import day_month_year
from ..text import has, t
from ..report import Finding

__all__ = ["MONTHS", "TypedDate", "read", "finding"]

# Short and old spellings a reader may type, besides the month names of every language.
_OTHER_NAMES = {
    1: "jan", 2: "feb pebruari", 3: "mar", 4: "apr", 5: "", 6: "jun", 7: "jul",
    8: "aug agu agt ags agust", 9: "sep sept", 10: "okt oct", 11: "nov nop nopember", 12: "des dec",
}  # fmt: skip
MONTHS = {
    **{name: month for month, names in _OTHER_NAMES.items() for name in names.split()},
    **{t(f"dates.month.{month}", lang).lower(): month for lang in ("en", "id") for month in range(1, 13)},
}
_MONTH = r"([a-z]{3,9})\.?"
_DAY_FIRST = re.compile(rf"([0-9]{{1,2}})\s*{_MONTH},?\s*([0-9]{{4}})", re.ASCII)
_MONTH_FIRST = re.compile(rf"{_MONTH}\s*([0-9]{{1,2}})(?:st|nd|rd|th)?,?\s*([0-9]{{4}})", re.ASCII)
_YEAR_FIRST = re.compile(r"([0-9]{4})\s*[/.-]\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})", re.ASCII)
_YEAR_LAST = re.compile(r"([0-9]{1,2})\s*([/.-])\s*([0-9]{1,2})\s*\2\s*([0-9]{4})", re.ASCII)
_WEEKDAY = re.compile(
    r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?,?\s+"
)


@dataclass(frozen=True)
class TypedDate:
    """A date read from what the reader typed.

    :ivar day: the reading to suggest.
    :ivar other: the month-first reading of a numbers-only date when it is a real date too.
    """

    day: date
    other: date | None = None


def _real(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def read(text: str) -> TypedDate | None:
    """Read a typed date; ``None`` when it is not one of the forms above or not in the calendar."""
    text = _WEEKDAY.sub("", text.strip().lower()[:40], count=1).strip()
    if match := _YEAR_FIRST.fullmatch(text):
        year, month, day = map(int, match.groups())
        found = _real(year, month, day)
        return TypedDate(found) if found else None
    if match := _YEAR_LAST.fullmatch(text):
        first, _, second, year = match.groups()
        day_first = _real(int(year), int(second), int(first))
        month_first = _real(int(year), int(first), int(second))
        if day_first and month_first and day_first != month_first:
            return TypedDate(day_first, month_first)
        found = day_first or month_first
        return TypedDate(found) if found else None
    for pattern, order in ((_DAY_FIRST, (0, 1)), (_MONTH_FIRST, (1, 0))):
        if match := pattern.fullmatch(text):
            parts = match.groups()
            day, name = parts[order[0]], parts[order[1]]
            month = MONTHS.get(name)
            found = _real(int(parts[2]), month, int(day)) if month else None
            return TypedDate(found) if found else None
    return None


def finding(field: str, value: str, lang: str) -> tuple[date | None, Finding | None]:
    """Read `value` typed into date field `field`: the date and the warning offering its ISO form,
    or ``(None, None)`` when it is not a date this module reads.

    >>> day, warning = finding('mailed_on', '3 Nov 2026', 'en')
    >>> day, warning.code, warning.suggestion
    (datetime.date(2026, 11, 3), 'mailed_on.typed', '2026-11-03')
    """
    typed = read(value)
    if typed is None or not has(f"{field}.typed"):
        return None, None
    def spoken(day: date) -> str:
        return day_month_year(day, lang)

    iso = typed.day.isoformat()
    if typed.other:
        message = t(
            f"{field}.day_month", lang, typed=snippet(value), iso=iso, spoken=spoken(typed.day),
            other_iso=typed.other.isoformat(), other_spoken=spoken(typed.other),
        )  # fmt: skip
        return typed.day, Finding(field, "warning", f"{field}.day_month", message, iso)
    message = t(f"{field}.typed", lang, iso=iso, spoken=spoken(typed.day))
    return typed.day, Finding(field, "warning", f"{field}.typed", message, iso)
