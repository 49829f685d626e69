"""A case: one inquiry to USPS, its history, and the next step on the ladder with its date.

A case is the JSON object the page stores and the cases file carries::

    {"id": "c-3f9a0b", "name": "Kado untuk Ibu" | null, "created_on": "2026-11-02" | null,
     "draft": {...the draft contract of usps_inquiry.draft, plus issue #8's keys...},
     "history": [{"on": "2026-11-02", "event": "sent", "case_number": "CA141722721", "note": "..."}]}

``event`` is one of :data:`EVENTS`. ``case_number`` (4–30 letters and digits, spaces and dashes
ignored) may be on any event: USPS's case number on ``sent``, the claim number on
``claim_filed``, the search number on ``missing_mail_filed`` … ``note`` is the reader's own text,
never put into a letter. Other keys of the case (the page's ``updated_at``) are kept as they are.

**The ladder.** History is read in date order (same-day events in the order given). Each event
moves the case to a step of :data:`LADDER`, dated from that event with the wait in the table:

====================  =================================  ======================  =====================================
step                  reached by                         wait from that event    why
====================  =================================  ======================  =====================================
``send``              no event yet                       today                   the message has not gone yet
``follow_up``         ``sent``                           the topic's follow-up   7 business days for a lost package
                                                         days (topics.py)        or a claim: USPS's own wait before a
                                                                                 Missing Mail search (usps.com/help/
                                                                                 missing-mail.htm); 3 for the rest,
                                                                                 the guide's suggestion (USPS
                                                                                 publishes no response time, FP 1.1)
``second_follow_up``  ``follow_up_sent`` on follow_up    5 business days         the guide's choice: a working week
                                                                                 for an answer to a follow-up
``missing_mail``      ``follow_up_sent`` on the second   5 business days         package topics only; by then at least
                      follow-up (package topics)                                 13 business days have passed, beyond
                                                                                 USPS's 7 (missing-mail.htm)
``consumer_affairs``  ``follow_up_sent`` on the second   5 business days         district Consumer & Industry Affairs
                      follow-up (other topics)                                   is the next level (prc.gov/consumer-
                      ``missing_mail_filed``             7 business days         assistance, FP 1.2); a search gets
                                                                                 USPS's first update in about that
                                                                                 time (guide's choice)
                      ``claim_filed``                    10 business days        claims are usually decided in 5–10
                                                                                 days (usps.com/help/claims.htm)
``prc_inquiry``       the first ``escalated``            10 business days        the guide's choice: two working weeks
                                                                                 for the district office
``prc_deadline``      the second ``escalated``           45 days                 USPS must answer a PRC-referred
                                                                                 inquiry within 45 days
                                                                                 (prc.gov/consumer-assistance,
                                                                                 prc.gov/node/134, FP 1.1–1.2)
====================  =================================  ======================  =====================================

Business days skip weekends and the holidays USPS observes (:mod:`usps_inquiry.formats.business_days`).
A ``follow_up_sent`` on a later step (the reader chose to write again instead) keeps that step
and restarts its wait. ``missing_mail_filed`` and ``claim_filed`` move an earlier step on to
``consumer_affairs``. A third or later ``escalated`` stays on ``prc_deadline``.

**A reply** (USPS answered, but did not solve it — else the reader records ``resolved``) keeps
the step the case is on and restarts its wait from the reply's date: USPS is working on it, so
it gets the same time again, but the case never goes back down the ladder. Before ``sent``, a
reply counts as the first answer to the inquiry (the case moves to ``follow_up``).

**Resolved.** A case whose latest event is ``resolved`` has no next step; any later event
(USPS's fix did not hold) reopens it where it was.

>>> case = parse_case({'id': 'c1', 'draft': {'topic': 'lost_package'},
...     'history': [{'on': '2026-11-20', 'event': 'sent', 'case_number': 'CA141722721'}]})
>>> step = next_step(case, today=date(2026, 11, 23))
>>> step.code, step.due  # 7 business days, Thanksgiving (26 November) skipped
('follow_up', datetime.date(2026, 12, 2))
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..formats import tracking as tracking_rules
from .._text import snippet
from ..formats.business_days import add_business_days
from ..formats.case_number import compact as compact_case_number
from ..formats.dates import day_month_year, read_iso
from ..text import t
from ..exceptions import InquiryError
from ..rules.topics import PACKAGE_TOPICS, TOPICS

__all__ = [
    "EVENTS",
    "STEPS",
    "LADDER",
    "MAX_HISTORY",
    "MAX_NAME",
    "MAX_NOTE",
    "InvalidCase",
    "Event",
    "Case",
    "Step",
    "parse_case",
    "next_step",
    "timeline",
    "title",
    "summary",
]

EVENTS = ("sent", "reply", "follow_up_sent", "missing_mail_filed", "claim_filed", "escalated", "resolved")
STEPS = ("send", "follow_up", "second_follow_up", "missing_mail", "consumer_affairs", "prc_inquiry", "prc_deadline")
MAX_HISTORY = 100
MAX_NAME = 100
MAX_NOTE = 500

# (step, the event it is dated from) -> (amount, unit); None as the event: the step's usual wait.
LADDER: dict[tuple[str, str | None], tuple[int, str]] = {
    ("second_follow_up", None): (5, "business_days"),
    ("missing_mail", None): (5, "business_days"),
    ("consumer_affairs", None): (5, "business_days"),
    ("consumer_affairs", "missing_mail_filed"): (7, "business_days"),
    ("consumer_affairs", "claim_filed"): (10, "business_days"),
    ("prc_inquiry", None): (10, "business_days"),
    ("prc_deadline", None): (45, "days"),
}  # ("follow_up", None) is the topic's follow_up_days (topics.py)

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", re.ASCII)
_KNOWN_KEYS = ("id", "name", "created_on", "draft", "history")


class InvalidCase(InquiryError):
    """A case (or one of its events) that cannot be read; the message says which part and why."""

    def message(self, lang: str = "en") -> str:
        return t(self.code, lang, **self.params)


@dataclass(frozen=True)
class Event:
    """One thing that happened: ``on`` a date, one of :data:`EVENTS`, maybe a number and a note."""

    on: date
    event: str
    case_number: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {"on": self.on.isoformat(), "event": self.event}
        if self.case_number is not None:
            result["case_number"] = self.case_number
        if self.note is not None:
            result["note"] = self.note
        return result


@dataclass(frozen=True)
class Case:
    """A case as read by :func:`parse_case`: the draft stays the raw dict the engine checks."""

    id: str
    draft: dict[str, Any]
    history: tuple[Event, ...] = ()
    name: str | None = None
    created_on: date | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {"id": self.id, "name": self.name}
        result["created_on"] = self.created_on.isoformat() if self.created_on else None
        result["draft"] = self.draft
        result["history"] = [event.to_dict() for event in self.history]
        result.update(self.extra)
        return result

    @property
    def events(self) -> list[Event]:
        """The history in date order; events of the same day keep their order."""
        return sorted(self.history, key=lambda event: event.on)


@dataclass(frozen=True)
class Step:
    """The next step: which, when, and the events it is counted from.

    :ivar code: one of :data:`STEPS`.
    :ivar due: the date to do it.
    :ivar since: the event the wait is counted from, or ``None`` for ``send``.
    """

    code: str
    due: date
    since: Event | None


def _parse_event(value: Any, index: int) -> Event:
    if not isinstance(value, dict):
        raise InvalidCase("case.event", index=index)
    kind = value.get("event")
    if kind not in EVENTS:
        raise InvalidCase("case.event_kind", index=index, events=", ".join(EVENTS))
    on = read_iso(value.get("on"))
    if on is None or on.year < 1971:
        raise InvalidCase("case.event_date", index=index)
    raw_number, number = value.get("case_number"), None
    if raw_number is not None and not (isinstance(raw_number, str) and not raw_number.strip()):
        number = compact_case_number(raw_number) if isinstance(raw_number, str) else None
        if number is None:
            raise InvalidCase("case.event_case_number", index=index)
    note = value.get("note")
    if note is not None:
        if not isinstance(note, str) or len(note) > MAX_NOTE:
            raise InvalidCase("case.event_note", index=index, limit=MAX_NOTE)
        note = note.strip() or None
    return Event(on, kind, number, note)


def parse_case(value: Any) -> Case:
    """Read one case, or raise :class:`InvalidCase` saying what is wrong (in ``id`` and ``en``).

    >>> parse_case({'id': 'c1', 'draft': {}, 'history': [{'on': '2026-02-30', 'event': 'sent'}]})
    Traceback (most recent call last):
    ...
    usps_inquiry.cases.case.InvalidCase: Event 1 of the history needs a date in the calendar as year-month-day, like 2026-11-03.
    """
    if not isinstance(value, dict):
        raise InvalidCase("case.not_object")
    case_id = value.get("id")
    if not isinstance(case_id, str) or not _ID.fullmatch(case_id):
        raise InvalidCase("case.id")
    name = value.get("name")
    if name is not None:
        if not isinstance(name, str) or len(name) > MAX_NAME:
            raise InvalidCase("case.name", limit=MAX_NAME)
        name = snippet(name, MAX_NAME) or None
    draft = value.get("draft", {})
    if not isinstance(draft, dict):
        raise InvalidCase("case.draft")
    history = value.get("history", [])
    if not isinstance(history, list):
        raise InvalidCase("case.history")
    if len(history) > MAX_HISTORY:
        raise InvalidCase("case.history_too_long", count=len(history), limit=MAX_HISTORY)
    events = tuple(_parse_event(event, index) for index, event in enumerate(history, 1))
    created_on = value.get("created_on")
    if created_on is not None:
        created_on = read_iso(created_on)
        if created_on is None:
            raise InvalidCase("case.created_on")
    extra = {key: item for key, item in value.items() if key not in _KNOWN_KEYS}
    return Case(case_id, draft, events, name, created_on, extra)


# --- The ladder --------------------------------------------------------------------------------


def _topic_key(case: Case) -> str:
    topic = case.draft.get("topic")
    if isinstance(topic, str):
        key = re.sub(r"[\s-]+", "_", topic.strip().lower())  # read as checker._check_topic reads it
        if key in TOPICS and key != "passport":
            return key
    return "other"


def _after_follow_up(step: str, case: Case, filed_missing_mail: bool) -> str:
    if step in ("send", "follow_up"):
        return "second_follow_up"
    if step == "second_follow_up":
        if _topic_key(case) in PACKAGE_TOPICS and not filed_missing_mail:
            return "missing_mail"
        return "consumer_affairs"
    return step  # a further follow-up on a later step: same step, its wait restarts


def _wait(step: str, cause: str, case: Case) -> tuple[int, str]:
    if step == "follow_up":
        return TOPICS[_topic_key(case)].follow_up_days, "business_days"
    return LADDER.get((step, cause)) or LADDER[(step, None)]


def _climb(case: Case) -> tuple[str, Event | None, Event | None, bool]:
    """The step the history leaves the case on, the event dating it, and whether it is resolved.

    Returns ``(step, since, cause, resolved)``: `cause` is the event that put the case on the
    step (it picks the wait); `since` is the latest event, from which the wait is counted.
    """
    step, since, cause, resolved = "send", None, None, False
    filed_missing_mail = False
    escalations = 0
    for event in case.events:
        resolved = event.event == "resolved"
        if resolved:
            continue
        since = event
        kind = event.event
        if kind == "sent":
            step, cause = "follow_up", event
        elif kind == "reply":
            if step == "send":
                step, cause = "follow_up", event
        elif kind == "follow_up_sent":
            new = _after_follow_up(step, case, filed_missing_mail)
            if new != step:
                cause = event
            step = new
        elif kind in ("missing_mail_filed", "claim_filed"):
            filed_missing_mail |= kind == "missing_mail_filed"
            if STEPS.index(step) <= STEPS.index("consumer_affairs"):
                step, cause = "consumer_affairs", event
        elif kind == "escalated":
            escalations += 1
            step, cause = ("prc_inquiry" if escalations == 1 else "prc_deadline"), event
    return step, since, cause, resolved


def next_step(case: Case, *, today: date) -> Step | None:
    """The next step of `case` and its due date, or ``None`` when the case is resolved."""
    step, since, cause, resolved = _climb(case)
    if resolved:
        return None
    if since is None:
        return Step("send", today, None)
    amount, unit = _wait(step, cause.event if cause else None, case)
    try:
        due = add_business_days(since.on, amount) if unit == "business_days" else since.on + timedelta(days=amount)
    except (OverflowError, ValueError):  # an event dated near the year 9999
        due = since.on
    return Step(step, due, since)


# --- What the reader sees -----------------------------------------------------------------------


def case_numbers(case: Case) -> list[str]:
    """Every number recorded in the history, first seen first, each once."""
    numbers: list[str] = []
    for event in case.events:
        if event.case_number and event.case_number not in numbers:
            numbers.append(event.case_number)
    return numbers


def timeline(case: Case, lang: str) -> list[dict[str, Any]]:
    """Each event as ``{on, event, text, case_number, note}``: `text` is a dated sentence in `lang`."""
    entries = []
    escalations = 0
    for event in case.events:
        code = f"event.{event.event}"
        if event.event == "escalated":
            escalations += 1
            code += "" if escalations == 1 else "_prc" if escalations == 2 else "_again"
        params: dict[str, Any] = {"date": day_month_year(event.on, lang)}
        if event.case_number:
            code += ".number"
            params["number"] = event.case_number
        entries.append(
            {
                "on": event.on.isoformat(),
                "event": event.event,
                "text": t(code, lang, **params),
                "case_number": event.case_number,
                "note": event.note,
            }
        )
    return entries


def tracking_number(case: Case) -> str | None:
    """The draft's tracking number, normalised when valid, else as typed (one line), or ``None``."""
    raw = case.draft.get("tracking_number")
    if not isinstance(raw, str) or not raw.strip():
        return None
    try:
        return tracking_rules.validate(raw).number
    except ValueError:
        return snippet(raw, 40)


def title(case: Case, lang: str) -> str:
    """The case's name in the list: the reader's name for it, else its subject and tracking number.

    >>> title(parse_case({'id': 'c1', 'draft': {'topic': 'lost_package',
    ...     'tracking_number': '9400 1112 0620 6406 2607 87'}}), 'id')
    'Paket hilang – 9400 1112 0620 6406 2607 87'
    """
    if case.name:
        return case.name
    topic = case.draft.get("topic")
    label = t(f"label.topic.{_topic_key(case)}", lang) if isinstance(topic, str) and topic.strip() else None
    number = tracking_number(case)
    shown = None
    if number:
        try:
            shown = tracking_rules.format(number)
        except ValueError:
            shown = number
    parts = [part for part in (label or (None if shown else t("label.untitled", lang)), shown) if part]
    return " – ".join(parts)


def due_text(step: Step, today: date, lang: str) -> str:
    """When to do `step`, as one sentence relative to `today`."""
    when = "later" if step.due > today else "today" if step.due == today else "past"
    return t(f"step.due.{when}", lang, due=day_month_year(step.due, lang))


def quote_text(numbers: list[str], lang: str) -> str | None:
    """The sentence that lists the numbers to quote, or ``None`` when there are none."""
    if not numbers:
        return None
    return t(f"step.quote.{'one' if len(numbers) == 1 else 'many'}", lang, numbers=", ".join(numbers))


def step_text(case: Case, step: Step, lang: str) -> str:
    """What to do for `step`, in `lang`: the action, then the numbers to quote."""
    code = f"step.{step.code}"
    if step.code == "follow_up" and step.since is not None and step.since.event == "reply":
        code += ".reply"
    parts = [t(code, lang)]
    quote = quote_text(case_numbers(case), lang) if step.code != "send" else None
    if quote:
        parts.append(quote)
    return " ".join(parts)


def summary(case: Case, *, today: date, lang: str) -> dict[str, Any]:
    """One row of the cases list: ``{id, title, resolved, next_step: {code, due, label} | null}``."""
    step = next_step(case, today=today)
    return {
        "id": case.id,
        "title": title(case, lang),
        "resolved": step is None,
        "next_step": None
        if step is None
        else {"code": step.code, "due": step.due.isoformat(), "label": t(f"label.{step.code}", lang)},
    }
