"""A case: one inquiry, its history, and the next step of its plan with its date.

A case is the JSON object the page stores and the cases file carries::

    {"id": "c-3f9a0b", "name": "Kado untuk Ibu" | null, "created_on": "2026-11-02" | null,
     "draft": {...the draft contract of usps_inquiry.draft, plus issue #8's keys...},
     "history": [{"on": "2026-11-02", "event": "sent", "case_number": "CA141722721", "note": "..."},
                 {"on": "2026-11-04", "event": "contacted", "door": "seller"}]}

``event`` is one of :data:`EVENTS`. ``contacted`` says the reader did a step of the plan that has
no event of its own ("I asked the shop", "I filed at Pos Indonesia", "I checked Bea Cukai"):
``door`` is that step's code (:data:`usps_inquiry.rules.steps.CODES`). ``case_number`` (4–30
letters and digits, spaces and dashes ignored) may be on any event: USPS's case number on
``sent``, the claim number on ``claim_filed``, the search number on ``missing_mail_filed`` …
``note`` is the reader's own text, never put into a letter. Other keys of the case (the page's
``updated_at``) are kept as they are. A case holding NaN or Infinity anywhere is refused
(``case.not_finite``): JSON has neither, and the page could not store it.

**The plan decides.** The next step is the first step of the plan (:func:`usps_inquiry.check`
of the draft, its ``steps``) that the history has not done and whose window has not closed; a
step the plan marks ``urgent`` (its window closes soon) comes first. :data:`DONE_BY` names the
events that do a step (``sent`` is ``email_us``, ``missing_mail_filed`` the search,
``claim_filed`` the claim, ``follow_up_sent`` the follow-up), ``contacted`` any other. A door is
due today, or on the day its window opens; it says its window's last day first. A plan without
``email_us`` has no USPS ladder: once every door was tried, its last door again, a working week
(:data:`AGAIN`) after the latest event.

**USPS's ladder** applies only when the plan has ``email_us`` (or the draft gives no plan at
all: then it is a message to USPS). History is read in date order (same-day events in the
order given). The plan's USPS steps are the ladder's first rungs; its ``follow_up`` is where the
follow-ups and escalations start:

====================  =================================  ======================  =====================================
step                  reached by                         due                     why
====================  =================================  ======================  =====================================
``send``              the plan's ``email_us``, not done  today                   the help request has not gone yet
``missing_mail``      the plan's ``missing_mail_search`` 7 business days after   USPS's own wait before a Missing Mail
                      after the help request             the help request        search (usps.com/help/missing-mail.htm;
                                                                                 facts.WINDOWS["missing_mail"]),
                                                                                 whatever follow-ups came in between
(the claim)           the plan's ``domestic_claim``      today, or when its      after the search and before any
                      while its window is open           window opens            escalation: USPS runs the search first
                                                                                 and the claim has a deadline (U3, U8)
``follow_up``         ``sent`` (no search or claim       the topic's follow-up   7 business days for a lost package
                      filed)                             days (topics.py)        or a claim, 3 for the rest, the
                                                                                 guide's suggestion (USPS publishes no
                                                                                 response time, FP 1.1)
``second_follow_up``  ``follow_up_sent`` on follow_up    5 business days         the guide's choice: a working week
                                                                                 for an answer to a follow-up
``consumer_affairs``  ``follow_up_sent`` on the second   5 business days         district Consumer & Industry Affairs
                      follow-up                                                  is the next level (prc.gov/consumer-
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

The waits of the later rungs are counted from the latest event of the ladder (:data:`LADDER`).
Business days skip weekends and the holidays USPS observes (:mod:`usps_inquiry.formats.business_days`).
A ``follow_up_sent`` on a later step (the reader chose to write again instead) keeps that step
and restarts its wait. ``missing_mail_filed`` and ``claim_filed`` move an earlier rung on to
``consumer_affairs``. A third or later ``escalated`` stays on ``prc_deadline``. A ``reply``,
``follow_up_sent`` or ``escalated`` shows the help request went even when ``sent`` was not
recorded.

**A reply** (USPS answered, but did not solve it — else the reader records ``resolved``) keeps
the rung the case is on and restarts its wait from the reply's date: USPS is working on it, so
it gets the same time again, but the case never goes back down the ladder.

**Resolved.** A case whose latest event is ``resolved`` has no next step; any later event
(USPS's fix did not hold) reopens it where it was.

>>> case = parse_case({'id': 'c1', 'draft': {'topic': 'lost_package'},
...     'history': [{'on': '2026-11-20', 'event': 'sent', 'case_number': 'CA141722721'}]})
>>> step = next_step(case, today=date(2026, 11, 23))
>>> step.code, step.due  # USPS's search: 7 business days, Thanksgiving (26 November) skipped
('missing_mail', datetime.date(2026, 12, 2))
>>> case = parse_case({'id': 'c1', 'draft': {'topic': 'tracking'},
...     'history': [{'on': '2026-11-20', 'event': 'sent', 'case_number': 'CA141722721'}]})
>>> next_step(case, today=date(2026, 11, 23)).code  # no search in this plan: the follow-up
'follow_up'
"""

from __future__ import annotations

import math
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
from ..checker import check
from ..exceptions import InquiryError, InvalidDate
from ..report import Report
from ..report import Step as PlanStep
from ..rules.facts import WINDOWS, window_dates
from ..rules.steps import CODES
from ..rules.topics import TOPICS

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

EVENTS = ("sent", "reply", "follow_up_sent", "missing_mail_filed", "claim_filed", "escalated", "contacted", "resolved")
STEPS = ("send", "follow_up", "second_follow_up", "missing_mail", "consumer_affairs", "prc_inquiry", "prc_deadline")
MAX_HISTORY = 100
MAX_NAME = 100
MAX_NOTE = 500

# (step, the event it is dated from) -> (amount, unit); None as the event: the step's usual wait.
LADDER: dict[tuple[str, str | None], tuple[int, str]] = {
    ("second_follow_up", None): (5, "business_days"),
    ("consumer_affairs", None): (5, "business_days"),
    ("consumer_affairs", "missing_mail_filed"): (7, "business_days"),
    ("consumer_affairs", "claim_filed"): (10, "business_days"),
    ("prc_inquiry", None): (10, "business_days"),
    ("prc_deadline", None): (45, "days"),
}  # ("follow_up", None) is the topic's follow_up_days (topics.py); missing_mail is facts.WINDOWS["missing_mail"]
# The events that do a step of the plan themselves (``contacted`` names its step in ``door``).
DONE_BY: dict[str, str] = {
    "sent": "email_us",
    "missing_mail_filed": "missing_mail_search",
    "claim_filed": "domestic_claim",
    "follow_up_sent": "follow_up",
}
# Events that show the help request (the Email Us message) went, recorded or not.
AFTER_REQUEST = ("sent", "reply", "follow_up_sent", "escalated")
# When every door of a plan without USPS has been tried: ask the last one again after a working week.
AGAIN = (5, "business_days")

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", re.ASCII)
_KNOWN_KEYS = ("id", "name", "created_on", "draft", "history")


class InvalidCase(InquiryError):
    """A case (or one of its events) that cannot be read; the message says which part and why."""

    def message(self, lang: str = "en") -> str:
        return t(self.code, lang, **self.params)


@dataclass(frozen=True)
class Event:
    """One thing that happened: ``on`` a date, one of :data:`EVENTS`, maybe a number and a note.

    ``door`` is the step of the plan (:data:`usps_inquiry.rules.steps.CODES`) a ``contacted``
    event did: "I asked the shop" is ``{"event": "contacted", "door": "seller"}``.
    """

    on: date
    event: str
    case_number: str | None = None
    note: str | None = None
    door: str | None = None

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {"on": self.on.isoformat(), "event": self.event}
        if self.door is not None:
            result["door"] = self.door
        if self.case_number is not None:
            result["case_number"] = self.case_number
        if self.note is not None:
            result["note"] = self.note
        return result

    @property
    def does(self) -> str | None:
        """The plan's step this event did, if any."""
        return self.door if self.event == "contacted" else DONE_BY.get(self.event)


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

    :ivar code: one of :data:`STEPS` (USPS's ladder) or a step code of the plan
        (:data:`usps_inquiry.rules.steps.CODES`).
    :ivar due: the date to do it.
    :ivar since: the event the wait is counted from, or ``None`` for ``send``.
    :ivar door: the plan's step when `code` is one (its text, channel and window), else ``None``.
    :ivar again: the plan's doors were all tried: this asks the last one again.
    """

    code: str
    due: date
    since: Event | None
    door: PlanStep | None = None
    again: bool = False

    @property
    def closes_on(self) -> date | None:
        """The last day of the step's window, when it has one."""
        return self.door.closes_on if self.door else None


def _finite(value: Any, depth: int = 0) -> bool:
    """Whether `value` holds no NaN or Infinity (JSON has neither; the page could not store it)."""
    if isinstance(value, float):
        return math.isfinite(value)
    if depth > 100:
        return True  # deeper than any JSON this reads (the worker refuses nesting over 100)
    if isinstance(value, dict):
        return all(_finite(item, depth + 1) for item in value.values())
    if isinstance(value, list):
        return all(_finite(item, depth + 1) for item in value)
    return True


def _parse_event(value: Any, index: int) -> Event:
    if not isinstance(value, dict):
        raise InvalidCase("case.event", index=index)
    kind = value.get("event")
    if kind not in EVENTS:
        raise InvalidCase("case.event_kind", index=index, events=", ".join(EVENTS))
    on = read_iso(value.get("on"))
    if on is None or on.year < 1971:
        raise InvalidCase("case.event_date", index=index)
    door = value.get("door")
    if kind != "contacted":
        door = None
    elif door not in CODES:
        raise InvalidCase("case.event_door", index=index, doors=", ".join(CODES))
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
    return Event(on, kind, number, note, door)


def parse_case(value: Any) -> Case:
    """Read one case, or raise :class:`InvalidCase` saying what is wrong (in ``id`` and ``en``).

    >>> parse_case({'id': 'c1', 'draft': {}, 'history': [{'on': '2026-02-30', 'event': 'sent'}]})
    Traceback (most recent call last):
    ...
    usps_inquiry.cases.case.InvalidCase: Event 1 of the history needs a date in the calendar as year-month-day, like 2026-11-03.
    """
    if not isinstance(value, dict):
        raise InvalidCase("case.not_object")
    if not _finite(value):
        raise InvalidCase("case.not_finite")
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


def _climb(events: list[Event]) -> tuple[str, Event | None, Event | None]:
    """Where USPS's ladder stands once the plan's other steps are done: ``(step, since, cause)``.

    `cause` is the event that put the case on the step (it picks the wait); `since` the latest
    event of the ladder, from which the wait is counted. Doors outside USPS do not move it.
    """
    step, since, cause = "send", None, None
    escalations = 0
    for event in events:
        kind = "sent" if event.does == "email_us" else event.event
        if kind == "sent" and step != "send":
            kind = "reply"  # a second help request: the ladder does not go back down
        if kind in ("resolved", "contacted"):
            continue
        since = event
        if kind in ("sent", "reply"):
            if step == "send":
                step, cause = "follow_up", event
        elif kind == "follow_up_sent":
            new = {"send": "second_follow_up", "follow_up": "second_follow_up", "second_follow_up": "consumer_affairs"}
            if step in new:
                step, cause = new[step], event
            # a further follow-up on a later step: same step, its wait restarts
        elif kind in ("missing_mail_filed", "claim_filed"):
            if STEPS.index(step) <= STEPS.index("consumer_affairs"):
                step, cause = "consumer_affairs", event
        elif kind == "escalated":
            escalations += 1
            step, cause = ("prc_inquiry" if escalations == 1 else "prc_deadline"), event
    return step, since, cause


def _add(start: date, amount: int, unit: str) -> date:
    try:
        return add_business_days(start, amount) if unit == "business_days" else start + timedelta(days=amount)
    except (OverflowError, InvalidDate):  # an event dated near the year 9999
        return start


def _usps_ladder(case: Case, events: list[Event], today: date) -> Step:
    step, since, cause = _climb(events)
    if since is None:  # a plan that is only the message to USPS, not sent yet
        return Step("send", today, None)
    if step == "follow_up":
        amount, unit = TOPICS[_topic_key(case)].follow_up_days, "business_days"
    else:
        amount, unit = LADDER.get((step, cause.event if cause else None)) or LADDER[(step, None)]
    return Step(step, _add(since.on, amount, unit), since)  # type: ignore[union-attr]


def next_step(case: Case, *, today: date, report: Report | None = None) -> Step | None:
    """The next step of `case` and its due date, or ``None`` when the case is resolved.

    It is the first step of the case's plan (:func:`usps_inquiry.check` of its draft; pass
    `report` when it is at hand) that the history has not done and whose window has not closed;
    a step the plan marks ``urgent`` comes first. USPS's own steps are rungs of the ladder: the
    help request is ``send``, the Missing Mail search is due 7 business days after it, and the
    plan's ``follow_up`` is where the ladder of follow-ups and escalations starts. A plan
    without ``email_us`` has no ladder: when every door was tried, its last door again.
    """
    events = case.events
    if events and events[-1].event == "resolved":
        return None
    if report is None:
        report = check(case.draft, lang="en", today=today)
    plan = list(report.steps)
    usps = not plan or any(step.code == "email_us" for step in plan)  # no plan: a message to USPS
    done = {event.does for event in events}
    request = next((event for event in events if event.does == "email_us"), None)
    request = request or next((event for event in events if event.event in AFTER_REQUEST), None)
    if request is not None:
        done.add("email_us")
    latest = next((event for event in reversed(events) if event.event != "resolved"), None)
    urgent = [step for step in plan if getattr(step, "urgent", False)]
    for door in urgent + plan:
        if door.code in done or door.code == "follow_up" or (door.closes_on and door.closes_on < today):
            continue
        if door.code == "email_us":
            return Step("send", today, None)
        if door.code == "missing_mail_search":
            if request is None:  # an urgent search before the help request: the request first
                return Step("send", today, None)
            opens, _ = window_dates(WINDOWS["missing_mail"], request.on)
            return Step("missing_mail", opens or request.on, request)
        due = door.opens_on if door.opens_on and door.opens_on > today else today
        return Step(door.code, due, latest, door)
    if usps:
        return _usps_ladder(case, events, today)
    last = ([door for door in plan if not (door.closes_on and door.closes_on < today)] or plan)[-1]
    due = _add(latest.on, *AGAIN) if latest else today
    if last.closes_on is not None:
        due = max(min(due, last.closes_on), min(today, last.closes_on))  # inside its window, if it is still open
    return Step(last.code, due, latest, last, again=True)


# --- What the reader sees -----------------------------------------------------------------------


def case_numbers(case: Case) -> list[str]:
    """Every number recorded in the history, first seen first, each once."""
    numbers: list[str] = []
    for event in case.events:
        if event.case_number and event.case_number not in numbers:
            numbers.append(event.case_number)
    return numbers


def timeline(case: Case, lang: str) -> list[dict[str, Any]]:
    """Each event as ``{on, event, door, text, case_number, note}``: `text` is a dated sentence in `lang`."""
    entries = []
    escalations = 0
    for event in case.events:
        code = f"event.{event.event}"
        if event.event == "escalated":
            escalations += 1
            code += "" if escalations == 1 else "_prc" if escalations == 2 else "_again"
        params: dict[str, Any] = {"date": day_month_year(event.on, lang)}
        if event.door:
            params["what"] = t(f"door.{event.door}", lang)
        if event.case_number:
            code += ".number"
            params["number"] = event.case_number
        entries.append(
            {
                "on": event.on.isoformat(),
                "event": event.event,
                "door": event.door,
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


def status(step: Step, today: date) -> str:
    """``later``, ``today`` or ``past`` (overdue)."""
    return "later" if step.due > today else "today" if step.due == today else "past"


def due_text(step: Step, today: date, lang: str) -> str:
    """When to do `step`, as one sentence relative to `today`; with a window, its last day first."""
    due = day_month_year(step.due, lang)
    if step.closes_on is not None:
        closes = day_month_year(step.closes_on, lang)
        if step.due > today:
            return t("step.due.window.later", lang, due=due, closes=closes)
        return t("step.due.window.now", lang, closes=closes)
    return t(f"step.due.{status(step, today)}", lang, due=due)


def quote_text(numbers: list[str], lang: str) -> str | None:
    """The sentence that lists the numbers to quote, or ``None`` when there are none."""
    if not numbers:
        return None
    return t(f"step.quote.{'one' if len(numbers) == 1 else 'many'}", lang, numbers=", ".join(numbers))


def label(step: Step, lang: str) -> str:
    """The step in a few words: "send the follow-up", "ask the shop or seller"."""
    return t(f"label.{step.code}" if step.door is None else f"label.door.{step.code}", lang)


def step_text(case: Case, step: Step, lang: str) -> str:
    """What to do for `step`, in `lang`: the action, then the numbers to quote.

    A door of the plan says the plan's own text for it (in the language of the plan given).
    """
    if step.door is not None:
        return t("step.door.again", lang, text=step.door.text) if step.again else step.door.text
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
        else {"code": step.code, "due": step.due.isoformat(), "label": label(step, lang)},
    }
