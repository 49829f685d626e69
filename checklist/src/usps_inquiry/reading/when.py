"""Dates and times as tracking pages write them, found inside one line of pasted text.

USPS writes "March 10, 2026, 2:15 pm" (and its old table "03/10/2026 2:15 pm", month first);
Pos Indonesia and Bea Cukai write "2026-03-15 09:12:33", "15-03-2026 09:12" or "15 Maret 2026"
(day first). Only ASCII digits count. Lines are short (the reader cuts them), and every pattern
here is linear. Month names are the ones a reader may type (:mod:`usps_inquiry.formats.typed_dates`).

>>> found = find('March 10, 2026, 2:15 pm', month_first=True)
>>> found.day, found.time
(datetime.date(2026, 3, 10), '14:15')
>>> find('15-03-2026 09:12:33', month_first=False).day
datetime.date(2026, 3, 15)
>>> find('Senin, 16 Maret 2026 pukul 10.05 WIB', month_first=False).time
'10:05'
>>> find('no date here', month_first=True) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..formats.typed_dates import MONTHS

__all__ = ["Found", "find"]

_ISO = re.compile(r"(?<![0-9])([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![0-9])")
_NUMERIC = re.compile(r"(?<![0-9])([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})(?![0-9])")
_MONTH_DAY = re.compile(r"(?<![a-z])([a-z]{3,9})\.? ([0-9]{1,2}),? ([0-9]{4})(?![0-9])")
_DAY_MONTH = re.compile(r"(?<![0-9])([0-9]{1,2}) ([a-z]{3,9})\.?,? ([0-9]{4})(?![0-9])")
_TIME = re.compile(r"(?<![0-9])([0-9]{1,2})[:.]([0-9]{2})(?:[:.]([0-9]{2}))?(?![0-9]) ?(am|pm|a\.m\.|p\.m\.)?")


@dataclass(frozen=True)
class Found:
    """A date found in a line: the day, the time as ``HH:MM`` (or ``None``), and the text they took."""

    day: date
    time: str | None
    spans: tuple[tuple[int, int], ...]


def _day(year: str, month: int | str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _date(line: str, month_first: bool) -> tuple[date, tuple[int, int]] | None:
    match = _ISO.search(line)
    if match and (day := _day(*match.groups())):
        return day, match.span()
    for match in _MONTH_DAY.finditer(line):
        if match.group(1) in MONTHS and (day := _day(match.group(3), MONTHS[match.group(1)], match.group(2))):
            return day, match.span()
    for match in _DAY_MONTH.finditer(line):
        if match.group(2) in MONTHS and (day := _day(match.group(3), MONTHS[match.group(2)], match.group(1))):
            return day, match.span()
    match = _NUMERIC.search(line)
    if match:
        first, second, year = match.groups()
        month, day_of_month = (first, second) if month_first else (second, first)
        if day := _day(year, month, day_of_month):
            return day, match.span()
    return None


def find(line: str, *, month_first: bool) -> Found | None:
    """The first date in `line` and the time after it; `month_first` reads ``03/10/2026`` as March 10."""
    lowered = " ".join(line.lower().split())
    dated = _date(lowered, month_first)
    if dated is None:
        return None
    day, span = dated
    spans = [span]
    time = None
    for match in _TIME.finditer(lowered):
        if span[0] <= match.start() < span[1]:
            continue  # "15.03.2026" holds no time
        hour, minute = int(match.group(1)), int(match.group(2))
        meridiem = (match.group(4) or "").replace(".", "")
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            time = f"{hour:02d}:{minute:02d}"
            spans.append(match.span())
            break
    return Found(day, time, tuple(spans))
