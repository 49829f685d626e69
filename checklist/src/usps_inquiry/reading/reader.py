"""Read what the reader pasted: a tracking history (USPS, Pos Indonesia, Bea Cukai) or USPS's reply.

:func:`read` never raises for any text: junk, another carrier's page or a whole web page gets a
finding. It reads at most :data:`MAX_CHARS` characters and :data:`MAX_LINES` lines, each line cut
to :data:`MAX_LINE` characters for matching, with linear patterns only, so a 1 MB paste is cut
with a message in a fraction of a second. A line it does not understand is kept as an event of
code ``unknown`` and said so.

>>> from datetime import date
>>> reading = read('''Delivered, In/At Mailbox
... BROOKLYN, NY 11201
... March 10, 2026, 2:15 pm''', lang='en', today=date(2026, 3, 20))
>>> reading.kind, reading.facts['where'], reading.facts['days_since_last_scan']
('usps_tracking', 'delivered', 10)
>>> [(answer.key, answer.value) for answer in reading.answers]
[('direction', 'domestic'), ('problem', 'delivered_not_received')]
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from .._text import clean_text, snippet
from ..clean import strip_invisible
from ..exceptions import InvalidDate, check_lang
from ..formats import tracking
from ..formats.dates import day_month_year
from ..report import Finding
from ..rules.situation import DIRECTIONS
from ..text import t
from . import route, when
from .statuses import Status, matches

__all__ = [
    "KINDS",
    "MAX_CHARS",
    "MAX_LINES",
    "MAX_LINE",
    "STALE_DAYS",
    "DIRECTIONS",
    "PROBLEMS",
    "SERVICES",
    "Event",
    "Answer",
    "Reading",
    "read",
]

KINDS = ("usps_tracking", "pos_indonesia", "bea_cukai", "usps_reply", "unknown")
MAX_CHARS = 100_000  # a tracking history is a few kilobytes; a whole web page's text fits too
MAX_LINES = 2_000
MAX_LINE = 300  # longer lines are prose or code, never a tracking event
MAX_UNKNOWN_KEPT = 100  # lines not understood, listed as events; the rest are counted
STALE_DAYS = 7  # USPS: act on missing mail after 7 days (usps.com/help/missing-mail.htm)
MAX_NUMBERS = 5
# The draft's values these answers may take: every direction (rules/situation.py), the problems
# a history can show, and the services a tracking page names.
PROBLEMS = ("not_arrived", "delivered_not_received", "returned_to_sender", "held_at_customs", "damaged")
SERVICES = {  # as the tracking page names them (lower case, ® and ™ removed) → the draft's value
    "priority mail express international": "priority_mail_express_international",
    "priority mail international": "priority_mail_international",
    "first-class package international service": "first_class_package_international",
    "first-class package international": "first_class_package_international",
    "first class package international service": "first_class_package_international",
    "first-class mail international": "first_class_mail_international",
    "first class mail international": "first_class_mail_international",
    "global express guaranteed": "global_express_guaranteed",
    "priority mail express": "priority_mail_express",
    "priority mail": "priority_mail",
    "usps ground advantage": "ground_advantage",
    "ground advantage": "ground_advantage",
    "first-class mail": "first_class_mail",
    "first class mail": "first_class_mail",
    "media mail": "media_mail",
}
_SERVICE_PHRASES = sorted(SERVICES, key=len, reverse=True)
_KIND_OF_OWNER = {"usps": "usps_tracking", "pos": "pos_indonesia", "bc": "bea_cukai", "reply": "usps_reply"}

_TAG = re.compile(r"<[a-zA-Z/!][^<>\n]{0,300}>")
_NUMBER_S10 = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2} ?[0-9]{3} ?[0-9]{3} ?[0-9]{3} ?[A-Za-z]{2}(?![A-Za-z0-9])")
_NUMBER_DIGITS = re.compile(r"(?<![0-9])[0-9](?:[0-9]| (?=[0-9])){19,40}(?![0-9])")
_CASE = re.compile(
    r"(?<![a-z])case(?: number| no\.?| id)? ?(?:is|:|#|number:)? ?#? ?([a-z0-9][a-z0-9-]{3,29})(?![a-z0-9-])",
    re.IGNORECASE | re.ASCII,
)
_HEADER_DATE = re.compile(r"^(?:date|sent|tanggal|dikirim|terkirim)\s?:", re.IGNORECASE)
_MONEY = re.compile(r"rp\.? ?([0-9][0-9.,]{0,17})", re.IGNORECASE)
_OTHER_CARRIERS = {
    "dhl": "DHL", "fedex": "FedEx", "ups": "UPS", "jne": "JNE", "j&t": "J&T", "sicepat": "SiCepat",
    "anteraja": "AnterAja", "ninja xpress": "Ninja Xpress", "lion parcel": "Lion Parcel",
    "shopee express": "Shopee Express", "spx": "SPX", "cainiao": "Cainiao", "yunexpress": "YunExpress",
    "aramex": "Aramex", "tiki": "TIKI",
}  # fmt: skip
_CARRIER = re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(name) for name in _OTHER_CARRIERS) + r")(?![a-z0-9])")
# Words of the pages around the history: understood, and not events.
_CHROME = frozenset(
    """
    usps tracking|usps tracking®|tracking number:|tracking number|copy|add to informed delivery|latest update|
    see all tracking history|see less|hide tracking history|text & email updates|usps tracking plus®|
    usps tracking plus|product information|postal product:|features:|remove|feedback|track another package|
    tracking history|need more help?|faqs|learn more|details|see more|expected delivery by|expected delivery on|
    scheduled delivery|estimated delivery|status|date|time|location|event|no|no.|tanggal|waktu|lokasi|keterangan|
    lacak kiriman|lacak barang kiriman|barang kiriman|hasil pencarian|hasil pencarian:|nomor resi|nomor pelacakan|detail|riwayat|proses|
    see details|keycode|submit|get more out of usps tracking:|what do usps tracking statuses mean?|
    contact usps tracking support for further assistance.|in-transit|alert|
    """.replace("\n", "").split("|")
) - {""}
_CHROME_WORDS = frozenset(word for phrase in _CHROME for word in phrase.split())
# The page's one-sentence summary above the history repeats its newest event.
_SUMMARY = ("your item ", "your package ", "your shipment ", "the item is ", "your item's ")


@dataclass(frozen=True)
class Event:
    """One line (or group of lines) of a history: when, where, the status as pasted, and its meaning."""

    on: date | None
    time: str | None
    place: str | None
    status: str
    code: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "on": self.on.isoformat() if self.on else None,
            "time": self.time,
            "place": self.place,
            "status": self.status,
            "code": self.code,
            "text": self.text,
        }


@dataclass(frozen=True)
class Answer:
    """A draft key the paste answers, with the value and why; the reader accepts it or not."""

    key: str
    value: str
    why: str

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key, "value": self.value, "why": self.why}


def _empty_facts() -> dict[str, Any]:
    return {
        "tracking_numbers": [],
        "case_number": None,
        "where": None,
        "last_scan_on": None,
        "days_since_last_scan": None,
        "mailed_on": None,
        "service": None,
        "direction": None,
        "reply_on": None,
        "duty_bill": None,
    }


@dataclass(frozen=True)
class Reading:
    """What :func:`read` found; :meth:`to_dict` is the JSON contract::

        {"kind": str, "events": [{"on", "time", "place", "status", "code", "text"}, ...],
         "facts": {"tracking_numbers": [str], "case_number", "where", "last_scan_on",
                   "days_since_last_scan", "mailed_on", "service", "direction", "reply_on",
                   "duty_bill"},
         "answers": [{"key", "value", "why"}, ...],
         "findings": [{"field", "severity", "code", "message"}, ...],
         "summary": [str, ...]}

    ``summary`` says, in the reader's language, what was pasted, where the item is now and when
    it was last scanned (nothing when there was no text).
    """

    kind: str = "unknown"
    events: tuple[Event, ...] = ()
    facts: dict[str, Any] = field(default_factory=_empty_facts)
    answers: tuple[Answer, ...] = ()
    findings: tuple[Finding, ...] = ()
    summary: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "summary": list(self.summary),
            "events": [event.to_dict() for event in self.events],
            "facts": dict(self.facts),
            "answers": [answer.to_dict() for answer in self.answers],
            "findings": [finding.to_dict() for finding in self.findings],
        }


@dataclass
class _Line:
    text: str  # single spaces, original case
    lower: str
    found: dict[str, tuple[Status, str]]
    understood: bool = False  # holds a fact (a number, the service, an amount): not an event


@dataclass
class _Raw:
    """An event being built: the status line, then its place and date from the lines after it."""

    status: Status | None
    line: str
    day: date | None = None
    time: str | None = None
    place: str | None = None


def _finding(code: str, severity: str, lang: str, **params: Any) -> Finding:
    return Finding("paste", severity, code, t(code, lang, **params))


def _lines(text: str, lang: str, findings: list[Finding]) -> list[str]:
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        findings.append(_finding("paste.too_long", "warning", lang, limit=MAX_CHARS))
    text = strip_invisible(clean_text(text))[0]  # what a copy from a web page brings along
    tags = sum(1 for _ in zip(range(3), _TAG.finditer(text)))
    if tags >= 3:
        findings.append(_finding("paste.markup", "tip", lang))
        text = html.unescape(_TAG.sub("\n", _drop_code(text)))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        findings.append(_finding("paste.too_many_lines", "warning", lang, limit=MAX_LINES))
    return lines


def _drop_code(text: str) -> str:
    """Remove ``<script>`` and ``<style>`` elements: their text is code, not the page's words.

    A scan with ``str.find`` rather than a pattern, so many unclosed tags stay linear.
    """
    lower = text.lower()
    kept, end = [], 0
    while True:
        starts = [start for start in (lower.find("<script", end), lower.find("<style", end)) if start != -1]
        if not starts:
            break
        start = min(starts)
        name = "</script" if lower.startswith("<script", start) else "</style"
        close = lower.find(name, start)
        kept.append(text[end:start])
        if close == -1:
            return "\n".join(kept)
        end = lower.find(">", close) + 1 or len(text)
    kept.append(text[end:])
    return "\n".join(kept)


def _numbers(lines: list[_Line]) -> list[tracking.TrackingNumber]:
    found: list[tracking.TrackingNumber] = []
    for line in lines:
        if len(line.text) > MAX_LINE:
            continue
        for pattern in (_NUMBER_S10, _NUMBER_DIGITS):
            for match in pattern.finditer(line.text):
                try:
                    number = tracking.validate(match.group())
                except ValueError:
                    continue
                line.understood = True
                if number.number not in (known.number for known in found):
                    found.append(number)
                if len(found) >= MAX_NUMBERS:
                    return found
    return found


def _kind(lines: list[_Line], case_number: str | None) -> str:
    scores = dict.fromkeys(("usps", "pos", "bc", "reply"), 0)
    for line in lines:
        for owner in line.found:
            scores[owner] += 1
    # On a tie USPS wins (Pos Indonesia shares a few English words), then Bea Cukai.
    tracking_best = max(("usps", "bc", "pos"), key=lambda owner: scores[owner])  # the first of equals
    if scores["reply"] and (case_number or scores["reply"] >= scores[tracking_best]):
        return "usps_reply"
    if case_number and not scores[tracking_best]:
        return "usps_reply"
    if scores[tracking_best] == 0:
        return "unknown"
    return _KIND_OF_OWNER[tracking_best]


_NOT_PLACES = frozenset(
    "at pukul wib wita wit edt est cdt cst pdt pst mon tue wed thu fri sat sun monday tuesday wednesday "
    "thursday friday saturday sunday senin selasa rabu kamis jumat sabtu minggu".split()
)


def _place(line: str, phrase: str | None, spans: tuple[tuple[int, int], ...]) -> str | None:
    """What is left of a one-line event after its status and date: the place, if any."""
    lower = line.lower()
    if len(lower) != len(line):
        return None
    keep = [True] * len(line)
    for start, end in spans:
        keep[start:end] = [False] * (end - start)
    if phrase:
        start = lower.find(phrase)
        if start != -1:
            keep[start : start + len(phrase)] = [False] * len(phrase)
    rest = "".join(char if kept else "\n" for char, kept in zip(line, keep))
    parts = [part.strip(" ,;-–:") for part in rest.replace("|", "\n").split("\n")]
    parts = [part for part in parts if part and not part.isdigit() and part.lower() not in _NOT_PLACES]
    place = " ".join(parts).strip(" ,|;-:")
    return snippet(place, 80) if place else None


def _looks_like_place(line: str) -> bool:
    if len(line) > 80 or any(char in line for char in ".!?"):
        return False
    if route.country(line) is not None:
        return True
    letters = [char for char in line if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def _is_chrome(lower: str) -> bool:
    return lower in _CHROME or lower.startswith(_SUMMARY) or all(word in _CHROME_WORDS for word in lower.split())


def _events(lines: list[_Line], owner: str, month_first: bool) -> list[_Raw]:
    """Group lines into events; page furniture and lines that hold a fact are left out."""
    events: list[_Raw] = []
    pending: when.Found | None = None
    pending_line = ""
    fresh = False  # the line before was the current event's status or date: a place may follow
    for line in lines:
        was_fresh, fresh = fresh, False
        if len(line.text) > MAX_LINE:
            events.append(_Raw(None, snippet(line.text, 200)))
            continue
        status = None
        phrase = None
        if line.found:
            preferred = line.found.get(owner)
            tracking_found = [pair for key, pair in line.found.items() if key != "reply"]
            if preferred is None and tracking_found:
                preferred = max(tracking_found, key=lambda pair: len(pair[1]))
            if preferred is not None:
                status, phrase = preferred
        if (status is None and (line.understood or _is_chrome(line.lower))) or line.lower.startswith(_SUMMARY):
            continue
        found = when.find(line.text, month_first=month_first)
        if status is not None:
            event = _Raw(status, line.text)
            if found is not None:
                event.day, event.time = found.day, found.time
                event.place = _place(line.text, phrase, found.spans)
            else:
                # On the new page the place has its own line; words after the status qualify it
                # ("Out for Delivery, Expected Delivery by 9:00pm"), unless they read as a place.
                rest = _place(line.text, phrase, ())
                event.place = rest if rest and _looks_like_place(rest) else None
                if pending is not None:
                    event.day, event.time = pending.day, pending.time
                    pending = None
            events.append(event)
            fresh = True
            continue
        if found is not None:
            rest = _place(line.text, None, found.spans)
            current = events[-1] if events else None
            if rest is None and current is not None and current.status is not None and current.day is None:
                current.day, current.time = found.day, found.time
                fresh = True
                continue
            if rest is None:
                if pending is not None:
                    events.append(_Raw(None, pending_line))
                pending, pending_line = found, line.text
                continue
        current = events[-1] if events else None
        if was_fresh and current is not None and current.place is None and _looks_like_place(line.text):
            current.place = snippet(line.text, 80)
            fresh = True
            continue
        events.append(_Raw(None, line.text))
    if pending is not None:
        events.append(_Raw(None, pending_line))
    # A status alone above the same status with its date is the page's heading, not an event.
    events = [
        event
        for event, after in zip(events, [*events[1:], None])
        if not (
            after is not None
            and event.status is not None
            and event.status is after.status
            and event.day is None
            and event.place is None
        )
    ]
    if owner == "bc":  # Bea Cukai names no places; what follows its status is its explanation
        for event in events:
            event.place = None
    return events


def _direction(kind: str, numbers: list[tracking.TrackingNumber], raws: list[_Raw]) -> str | None:
    issued_by = None
    if numbers:
        first = numbers[0]
        issued_by = first.country or "US"  # IMpb numbers are USPS's own
    known = [raw for raw in raws if raw.status is not None]
    stages = {raw.status.stage for raw in known}
    codes = {raw.status.code for raw in known}
    if kind in ("pos_indonesia", "bea_cukai"):
        if issued_by == "US":
            return "from_us"
        if issued_by == "ID" and codes & {"pos.posting", "pos.arrival_outward", "pos.departure_outward"}:
            return "to_us"
        return None
    if kind != "usps_tracking":
        return None
    if issued_by not in (None, "US"):
        return "to_us"
    lands = {route.country(raw.place) for raw in known}
    international = (
        bool(stages & {"departed", "origin_abroad", "arrived_destination", "customs", "released"})
        or bool(lands & {"ID", "other"})
        or any(route.is_exchange_office(raw.place) for raw in known)
    )
    if not international:
        return "domestic" if known or numbers else None
    if "origin_abroad" in stages or codes & {"usps.customs"} and any(
        "inbound" in raw.line.lower() for raw in known
    ):
        return "to_us"
    dated = sorted((raw for raw in known if raw.day), key=lambda raw: (raw.day, raw.time or ""))
    if dated and route.country(dated[0].place) in ("ID", "other"):
        return "to_us"
    return "from_us"


def _service(lines: list[_Line]) -> str | None:
    service = None
    for line in lines:
        if len(line.text) > MAX_LINE:
            continue
        lowered = line.lower.replace("®", "").replace("™", "")
        for phrase in _SERVICE_PHRASES:
            if phrase in lowered:
                line.understood = True
                service = service or SERVICES[phrase]
                break
    return service


def _case_number(lines: list[_Line]) -> str | None:
    for line in lines:
        if "case" not in line.lower:
            continue
        for match in _CASE.finditer(line.text):
            value = match.group(1).upper()
            if any(char in "0123456789" for char in value):
                return value
    return None


def _reply_on(lines: list[_Line]) -> date | None:
    for line in lines:
        if _HEADER_DATE.match(line.text):
            found = when.find(line.text, month_first=True)
            if found:
                return found.day
    return None


def _duty_bill(lines: list[_Line]) -> str | None:
    """The total of Bea Cukai's bill, as written (``Rp 248.625``); amount lines are facts, not events."""
    amounts: dict[str, str] = {}
    for line in lines:
        match = _MONEY.search(line.text) if len(line.text) <= MAX_LINE else None
        if match:
            line.understood, line.found = True, {}  # an amount of the bill: a fact, not an event
            for word in ("total", "tagihan", "bea masuk"):
                if word in line.lower:
                    amounts.setdefault(word, f"Rp {match.group(1).rstrip('.,')}")
    return next((amounts[word] for word in ("total", "tagihan", "bea masuk") if word in amounts), None)


def _other_carrier(lines: list[_Line]) -> str | None:
    for line in lines:
        match = _CARRIER.search(line.lower)
        if match:
            return _OTHER_CARRIERS[match.group(1)]
    return None


def read(text: Any, *, lang: str, today: date) -> Reading:
    """Read pasted `text`; explain it in `lang` (``id`` or ``en``) as of `today`.

    Raises :class:`UnsupportedLanguage` for another language and :class:`InvalidDate`
    (``today.type``) when `today` is not a date: those are the caller's mistakes, not the reader's.
    """
    check_lang(lang)
    if not isinstance(today, date) or hasattr(today, "hour"):
        raise InvalidDate("today.type", type=type(today).__name__)
    findings: list[Finding] = []
    if not isinstance(text, str):
        return Reading(findings=(_finding("paste.not_text", "error", lang),))
    raw_lines = _lines(text, lang, findings)
    if not raw_lines:
        return Reading(findings=(*findings, _finding("paste.empty", "error", lang)))
    lines = []
    for raw in raw_lines:
        lower = raw.lower()
        lines.append(_Line(raw, lower, matches(lower) if len(raw) <= MAX_LINE else {}))
    numbers = _numbers(lines)
    case_number = _case_number(lines)
    kind = _kind(lines, case_number)
    carrier = _other_carrier(lines)
    if carrier and not numbers and kind in ("usps_tracking", "pos_indonesia"):
        kind = "unknown"  # "Delivered" on DHL's page is DHL's word
    facts = _empty_facts()
    facts["tracking_numbers"] = [number.number for number in numbers]
    facts["service"] = _service(lines)
    if kind == "unknown":
        if carrier:
            findings.append(_finding("paste.other_carrier", "warning", lang, carrier=carrier))
        else:
            findings.append(_finding("paste.unknown", "warning", lang, count=len(lines)))
        return Reading(kind, (), facts, tuple(_answers(facts, lang)), tuple(findings), _summary(kind, facts, lang))
    if kind == "usps_reply":
        reply = _read_reply(lines, facts, case_number, lang, today, findings)
        return replace(reply, summary=_summary(reply.kind, reply.facts, lang))
    owner = {"usps_tracking": "usps", "pos_indonesia": "pos", "bea_cukai": "bc"}[kind]
    if kind == "bea_cukai":
        facts["duty_bill"] = _duty_bill(lines)
    raws = _events(lines, owner, month_first=(owner == "usps"))
    direction = _direction(kind, numbers, raws)
    facts["direction"] = direction
    events: list[Event] = []
    unknown = 0
    for raw in raws:
        if raw.status is None:
            unknown += 1
            if unknown <= MAX_UNKNOWN_KEPT:
                events.append(Event(None, None, None, snippet(raw.line, 200), "unknown", t("paste.line.unknown", lang)))
            continue
        events.append(
            Event(raw.day, raw.time, raw.place, raw.line if len(raw.line) <= 200 else snippet(raw.line, 200),
                  raw.status.code, t(f"paste.status.{raw.status.code}", lang))
        )  # fmt: skip
    known = [raw for raw in raws if raw.status is not None]
    dated = [raw for raw in known if raw.day is not None]
    latest = max(dated, key=lambda raw: (raw.day, raw.time or "")) if dated else None
    if latest is not None:
        facts["where"] = route.where(latest.status.stage, latest.place, direction, latest.status.owner)
        facts["last_scan_on"] = latest.day.isoformat()
        facts["days_since_last_scan"] = (today - latest.day).days
    elif known:
        facts["where"] = route.where(known[0].status.stage, known[0].place, direction, known[0].status.owner)
    accepted = sorted(raw.day for raw in dated if raw.status.stage == "accepted" and raw.day <= today)
    if accepted:
        facts["mailed_on"] = accepted[0].isoformat()
    findings.extend(_tracking_findings(known, dated, latest, facts, unknown, lang, today))
    answers = tuple(_answers(facts, lang, known))
    return Reading(kind, tuple(events), facts, answers, tuple(findings), _summary(kind, facts, lang))


def _summary(kind: str, facts: dict[str, Any], lang: str) -> tuple[str, ...]:
    """What was pasted, where the item is and when it was last scanned, as sentences."""
    said = [t(f"paste.kind.{kind}", lang)]
    if facts["where"]:
        said.append(t(f"paste.where.{facts['where']}", lang))
    days = facts["days_since_last_scan"]
    if days is not None and days >= 0:
        on = day_month_year(date.fromisoformat(facts["last_scan_on"]), lang)
        said.append(t("paste.last_scan.today", lang, date=on) if days == 0 else t("paste.last_scan", lang, date=on, count=days))
    return tuple(said)


def _tracking_findings(
    known: list[_Raw], dated: list[_Raw], latest: _Raw | None, facts: dict[str, Any], unknown: int, lang: str, today: date
) -> list[Finding]:
    findings: list[Finding] = []
    codes = {raw.status.code for raw in known}
    where = facts["where"]
    if any(raw.day > today for raw in dated):
        findings.append(_finding("paste.future", "warning", lang))
    if any(raw.status.stage != "not_found" for raw in known) and not dated:
        findings.append(_finding("paste.no_date", "tip", lang))
    days = facts["days_since_last_scan"]
    if latest is not None and days is not None and days >= STALE_DAYS and where not in ("delivered",):
        findings.append(
            _finding("paste.stale", "warning", lang, count=days, date=day_month_year(latest.day, lang))
        )
    late = sorted(raw.day for raw in dated if raw.status.code == "usps.arriving_late")
    if late and where != "delivered":
        weeks = (today - late[0]).days // 7
        if weeks >= 1:
            findings.append(_finding("paste.arriving_late", "warning", lang, count=weeks))
    if "bc.not_found" in codes:
        findings.append(_finding("paste.not_found", "warning", lang))
    if "bc.documents" in codes:
        findings.append(_finding("paste.documents", "warning", lang))
    if codes & {"bc.sppbmcp", "bc.billing"} or facts["duty_bill"]:
        findings.append(_finding("paste.pay_safely", "warning", lang))
    if where == "destination_customs":
        key = "paste.customs_us" if facts["direction"] == "to_us" else "paste.customs_id"
        findings.append(_finding(key, "warning", lang))
    elif where == "delivered":
        by_pos = latest is not None and latest.status.owner == "pos"
        findings.append(_finding("paste.delivered_pos" if by_pos else "paste.delivered", "tip", lang))
    elif where == "returning":
        findings.append(_finding("paste.returning", "warning", lang))
    if unknown > MAX_UNKNOWN_KEPT:
        findings.append(_finding("paste.unknown_lines_cut", "tip", lang, count=unknown, kept=MAX_UNKNOWN_KEPT))
    elif unknown:
        findings.append(_finding("paste.unknown_lines", "tip", lang, count=unknown))
    if len(facts["tracking_numbers"]) > 1:
        findings.append(_finding("paste.several_numbers", "tip", lang, count=len(facts["tracking_numbers"])))
    return findings


def _read_reply(
    lines: list[_Line], facts: dict[str, Any], case_number: str | None, lang: str, today: date, findings: list[Finding]
) -> Reading:
    reply_on = _reply_on(lines)
    if reply_on is not None and reply_on <= today:
        facts["reply_on"] = reply_on.isoformat()
    else:
        reply_on = None
    facts["case_number"] = case_number
    events = []
    seen = set()
    for line in lines:
        if "reply" not in line.found:
            continue
        status = line.found["reply"][0]
        if status.code in seen:
            continue
        seen.add(status.code)
        events.append(Event(reply_on, None, None, snippet(line.text, 200), status.code, t(f"paste.status.{status.code}", lang)))
    if case_number:
        findings.append(_finding("paste.reply_case", "tip", lang, case=case_number))
    else:
        findings.append(_finding("paste.reply_no_case", "tip", lang))
    return Reading("usps_reply", tuple(events), facts, tuple(_answers(facts, lang)), tuple(findings))


def _answers(facts: dict[str, Any], lang: str, known: list[_Raw] = ()) -> list[Answer]:
    answers: list[Answer] = []
    if facts["tracking_numbers"]:
        number = facts["tracking_numbers"][0]
        answers.append(Answer("tracking_number", number, t("paste.why.tracking_number", lang, number=number)))
    if facts["case_number"]:
        case = facts["case_number"]
        answers.append(Answer("case_number", case, t("paste.why.case_number", lang, case=case)))
    if facts["direction"]:
        direction = facts["direction"]
        answers.append(Answer("direction", direction, t(f"paste.why.direction.{direction}", lang)))
    if facts["mailed_on"]:
        day = date.fromisoformat(facts["mailed_on"])
        answers.append(Answer("mailed_on", facts["mailed_on"], t("paste.why.mailed_on", lang, date=day_month_year(day, lang))))
    if facts["service"]:
        answers.append(Answer("service", facts["service"], t("paste.why.service", lang)))
    problem = _problem(facts, known)
    if problem:
        answers.append(Answer("problem", problem, t(f"paste.why.problem.{problem}", lang)))
    return answers


def _problem(facts: dict[str, Any], known: list[_Raw]) -> str | None:
    where = facts["where"]
    if where == "delivered":
        return "delivered_not_received"
    if where == "returning":
        return "returned_to_sender"
    if where == "destination_customs":
        return "held_at_customs"
    if any(raw.status.code == "usps.damaged" for raw in known):
        return "damaged"
    days = facts["days_since_last_scan"]
    if where is not None and days is not None and days >= STALE_DAYS:
        return "not_arrived"
    if any(raw.status.stage == "late" for raw in known) and where is not None:
        return "not_arrived"
    return None
