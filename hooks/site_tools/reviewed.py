"""The "last reviewed" line every guide page shows, from its ``reviewed:`` front matter.

A page's facts are checked by a person on a date; that date is what the reader needs, not the
date of the last commit (a typo fix does not re-check a phone number).

>>> reviewed_line(datetime.date(2026, 3, 5), "id")
('2026-03-05', 'Terakhir ditinjau: 5 Maret 2026')
>>> reviewed_line("2026-11-27", "en")
('2026-11-27', 'Last reviewed: November 27, 2026')
>>> reviewed_line("27/11/2026", "en")
Traceback (most recent call last):
...
ValueError: 'reviewed' must be a date written as YYYY-MM-DD, like 2026-11-27, not '27/11/2026'.
"""

from __future__ import annotations

import datetime

_MONTHS = {
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "en": "January February March April May June July August September October November December",
}


def parse_reviewed(value: object) -> datetime.date:
    """Return the review date from front matter (YAML gives a date; a string is parsed)."""
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(
            f"'reviewed' must be a date written as YYYY-MM-DD, like 2026-11-27, not {value!r}."
        ) from None


def reviewed_line(value: object, lang: str) -> tuple[str, str]:
    """Return the ISO date (for ``<time datetime>``) and the sentence shown to the reader."""
    day = parse_reviewed(value)
    month = _MONTHS["en" if lang == "en" else "id"].split()[day.month - 1]
    if lang == "en":
        return day.isoformat(), f"Last reviewed: {month} {day.day}, {day.year}"
    return day.isoformat(), f"Terakhir ditinjau: {day.day} {month} {day.year}"
