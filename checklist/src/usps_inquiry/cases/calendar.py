"""A calendar reminder for a case: RFC 5545 text, hand-written (the package has no
dependencies; the tests use the ``icalendar`` package as the oracle).

The file holds an all-day ``VEVENT`` on the next step's due date (``DTSTART;VALUE=DATE`` and
``DTEND`` the next day, so every calendar shows it on that one day; an overdue step on today,
saying "This was due on …: do it now"), and one on the last day of each claim, refund or
inquiry window of the plan that has not closed (the case view's ``windows``), each with

* ``UID`` ``<case id>-<step>@usps-email-guide`` or ``<case id>-window-<key>@usps-email-guide``:
  stable, so importing the reminder again updates the events instead of adding more;
* ``SEQUENCE`` the number of events in the history, so a reminder made later (a reply moved the
  date) replaces the earlier one in calendars that look at it;
* ``DTSTAMP`` the time the file was made, in UTC;
* ``SUMMARY`` "USPS: send the follow-up – Lost package – 9400 …" in the reader's language;
* ``DESCRIPTION`` what to do and when, the numbers to quote and the message to send;
* a ``VALARM`` at 09:00 that day, and for a window's last day one a week before when that is
  after today (calendars that ignore imported alarms still show the event).

Text values are escaped as RFC 5545 §3.3.11 says (``\\`` ``;`` ``,`` and newlines), lines are
folded at 75 octets without splitting a UTF-8 character (§3.1), and every line ends in CRLF.

>>> print(escape_text('Quote CA1, CA2; then\\nwait'))
Quote CA1\\, CA2\\; then\\nwait
>>> [len(line.encode()) for line in fold('DESCRIPTION:' + 'é' * 40).split('\\r\\n')]
[74, 19]
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Any

from .._version import __version__
from .._text import clean_text
from ..checker import check
from .case import Case, due_text, label, next_step, step_text, title
from .view import step_message
from ..text import t

__all__ = ["PRODID", "escape_text", "fold", "reminder", "filename"]

PRODID = f"-//usps-email-guide//usps-inquiry {__version__}//EN"
LINE_OCTETS = 75
_UID_DOMAIN = "usps-email-guide"
_PARAGRAPH = "\n\n"
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9_-]+")


def escape_text(value: str) -> str:
    """`value` as an RFC 5545 TEXT value: backslash, semicolon, comma and newline escaped."""
    value = clean_text(value)  # no control characters, newlines as \n
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line into lines of at most 75 octets, each continuation starting with a space.

    A fold never falls inside a UTF-8 sequence: the line is cut between characters.
    """
    parts: list[str] = []
    current, size, limit = [], 0, LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8", "surrogatepass"))  # a lone surrogate (JSON "\\ud800") still has a width
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1  # the leading space takes one octet
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def filename(case: Case, step_code: str) -> str:
    """A file name for the reminder: ``usps-<case id>-<step>.ics``."""
    return f"usps-{_UNSAFE_NAME.sub('-', case.id)}-{step_code}.ics"


def _alarm(summary: str, before: int = 0) -> list[str]:
    """A display alarm at 09:00 on the event's day, or `before` days earlier."""
    trigger = "PT9H" if before == 0 else f"-P{before - 1}DT15H"
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{escape_text(summary)}", f"TRIGGER;RELATED=START:{trigger}", "END:VALARM"]


def _event(uid: str, sequence: int, now: datetime, day: date, summary: str, description: str, alarms: list[str]) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}@{_UID_DOMAIN}",
        f"SEQUENCE:{sequence}",  # grows with the history, so a re-import updates the event
        f"DTSTAMP:{now:%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{_date(day)}",
        # RFC 5545 3.6.1: an all-day event without DTEND lasts the day, so the calendar's last day needs none.
        *([f"DTEND;VALUE=DATE:{_date(day + timedelta(days=1))}"] if day < date.max else []),
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        "TRANSP:TRANSPARENT",
        *alarms,
        "END:VEVENT",
    ]


def reminder(case: Case, *, today: date, lang: str, now: datetime | None = None) -> dict[str, Any] | None:
    """``{"filename", "text", "due"}``: the next step of `case` and the last day of each window
    that has not closed, or ``None`` when the case is resolved.

    An overdue step is put on `today` and says when it was due, so no alarm is in the past; a
    window's last day also has an alarm a week before, when that is still to come.

    :param now: when the file is made (``DTSTAMP``); the current UTC time by default.
    """
    report = check(case.draft, lang=lang, today=today)
    step = next_step(case, today=today, report=report)
    if step is None:
        return None
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    name = title(case, lang)
    summary = t("label.calendar" if step.door is None else "label.calendar.door", lang, step=label(step, lang), title=name)
    day = max(step.due, today)
    description = [step_text(case, step, lang), due_text(step, today if step.due < today else day, lang)]
    message = step_message(case, step, report, today=today, lang=lang)
    if message:
        description.append(f"{message.subject}\n\n{message.body}")
    sequence = len(case.history)
    events = _event(f"{case.id}-{step.code}", sequence, now, day, summary, _PARAGRAPH.join(description), _alarm(summary))
    for window in report.windows:
        if window.closes_on < today:
            continue
        about = t("label.calendar.window", lang, label=t(f"label.window.{window.key}", lang), title=name)
        alarms = _alarm(about) + (_alarm(about, 7) if (window.closes_on - today).days > 7 else [])
        events += _event(f"{case.id}-window-{window.key}", sequence, now, window.closes_on, about, window.text, alarms)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", *events, "END:VCALENDAR"]
    text = "".join(fold(line) + "\r\n" for line in lines)
    return {"filename": filename(case, step.code), "text": text, "due": day.isoformat()}
