"""The reading as plain text for a person at a terminal (``usps-inquiry read --format text``).

The summary, then each event with what it means, the answers for the checklist with why, and the
findings. Every heading and sentence comes from :mod:`usps_inquiry.text`; what was pasted (a
status, a place, a value) is shown as it came.

>>> from datetime import date
>>> from usps_inquiry.reading import read
>>> reading = read('Delivered, In/At Mailbox\\nBROOKLYN, NY 11201\\nMarch 10, 2026, 2:15 pm',
...                lang='en', today=date(2026, 3, 20))
>>> print(render(reading, 'en'))
This is a USPS tracking history.
The post says the item was delivered.
The last scan is from March 10, 2026, 10 days ago.
<BLANKLINE>
Each scan and what it means.
- March 10, 2026, 14:15 · BROOKLYN, NY 11201
  Delivered, In/At Mailbox
  USPS usually scans this when the item is left at the address. If it did not reach you, look around and ask neighbors first.
<BLANKLINE>
Answers for the checklist – check each one.
- Where was it mailed from and to? within the United States – Every scan is inside the US.
- What happened to it? tracking says delivered, but it was not received – Tracking says delivered. Choose this if it did not reach you.
<BLANKLINE>
What to know and what to do.
- Tracking says delivered. If it has not reached you, look around the address and ask neighbors, then fill out USPS's Help Request Form; if it has not turned up after 7 business days, ask for a Missing Mail search.
"""

from __future__ import annotations

from datetime import date

from ..formats.dates import day_month_year
from ..rules.situation import CHOICES, value_label
from ..text import t
from .reader import Event, Reading

__all__ = ["render"]


def _value(key: str, value: str, lang: str) -> str:
    if key in CHOICES:
        return value_label(key, value, lang)
    if key == "mailed_on":
        return day_month_year(date.fromisoformat(value), lang)
    return value


def _event(event: Event, lang: str) -> list[str]:
    when = ", ".join(part for part in (day_month_year(event.on, lang) if event.on else None, event.time) if part)
    head = " · ".join(part for part in (when, event.place) if part)
    lines = [f"- {head}", f"  {event.status}"] if head else [f"- {event.status}"]
    return [*lines, f"  {event.text}"]


def render(reading: Reading, lang: str) -> str:
    """`reading` as text; `lang` is the language it was read in."""
    parts = [list(reading.summary)] if reading.summary else []
    if reading.events:
        parts.append([t("paste.text.events", lang)] + [line for event in reading.events for line in _event(event, lang)])
    if reading.answers:
        lines = [t("paste.text.answers", lang)]
        for answer in reading.answers:
            label = t(f"label.field.{answer.key}", lang)
            value = _value(answer.key, answer.value, lang)
            lines.append(f"- {label}{' ' if label.endswith('?') else ': '}{value} – {answer.why}")
        parts.append(lines)
    if reading.findings:
        parts.append([t("paste.text.findings", lang)] + [f"- {finding.message}" for finding in reading.findings])
    return "\n\n".join("\n".join(lines) for lines in parts)
