"""The result of checking a draft: findings, the composed message and the follow-up.

:meth:`Report.to_dict` is the JSON contract shared with the browser and the command line::

    {"ok": bool,
     "findings": [{"field", "severity", "code", "message", ["suggestion"], ["channel"]}, ...],
     "message": {"subject": str, "body": str, "mirror": str | null} | null,
     "follow_up": {"due": "YYYY-MM-DD", "business_days": int, "due_text": str,
                   "subject": str, "body": str} | null,
     "lang": "id" | "en",
     "topic": str | null,
     "review": [{"field": str, "label": str, "value": str}, ...],
     "steps": [{"code", "channel": {"key", "name", "phone", "url"} | null,
                "opens_on": "YYYY-MM-DD" | null, "closes_on": "YYYY-MM-DD" | null,
                "urgent": bool, "text"}, ...],
     "windows": [{"key", "opens_on", "closes_on", "open": bool, "text"}, ...],
     "letters": [{"step", "to", "lang", "subject", "body", "mirror": str | null}, ...]}

>>> report = Report(findings=(Finding('email', 'warning', 'email.domain_typo', 'Check …',
...                                   suggestion='budi@gmail.com'),), lang='en')
>>> report.ok, report.to_dict()['findings'][0]['suggestion']
(True, 'budi@gmail.com')
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

__all__ = [
    "SEVERITIES", "Channel", "Finding", "Message", "FollowUp", "ReviewRow", "Step", "StepChannel", "Window",
    "Letter", "Report",
]  # fmt: skip

# "info" says something the reader need not act on (``message.not_needed``).
SEVERITIES = ("error", "warning", "tip", "info")


@dataclass(frozen=True)
class Channel:
    """Where to go instead of emailing USPS.

    :ivar key: ``passport``, ``express``, ``deadline`` or ``theft``.
    :ivar name: who to contact, in the report's language.
    :ivar phone: a phone number to call, or ``None``.
    :ivar url: a web page, or ``None``.
    :ivar why: one sentence saying why that channel and not email.
    """

    key: str
    name: str
    phone: str | None
    url: str | None
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "phone": self.phone, "url": self.url, "why": self.why}


@dataclass(frozen=True)
class Finding:
    """One thing to fix or know about one field of the draft.

    :ivar field: the draft key (``email``), or ``address.zip`` for a part of the address.
    :ivar severity: ``error`` (fix it), ``warning`` (check it) or ``tip``.
    :ivar code: a stable code such as ``tracking.check_digit``; codes starting ``channel.`` say
        that email is the wrong channel and carry :attr:`channel`.
    :ivar message: what to do, in the report's language.
    :ivar suggestion: a corrected value the reader can take, if there is one.
    """

    field: str
    severity: str
    code: str
    message: str
    suggestion: str | None = None
    channel: Channel | None = None

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "field": self.field,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
        }
        if self.suggestion is not None:
            result["suggestion"] = self.suggestion
        if self.channel is not None:
            result["channel"] = self.channel.to_dict()
        return result


@dataclass(frozen=True)
class Message:
    """The message to paste into the USPS form: a subject line and a plain-text English body.

    :ivar mirror: the body in the reader's language, sentence for sentence, with the reader's
        own text as typed: shown beside the English, never sent. ``None`` for English readers.
    """

    subject: str
    body: str
    mirror: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "body": self.body, "mirror": self.mirror}

    def __str__(self) -> str:
        return f"{self.subject}\n\n{self.body}"


@dataclass(frozen=True)
class FollowUp:
    """When to follow up if USPS has not replied, and the message to send then.

    :ivar due_text: one sentence in the report's language saying when to follow up, with the
        date written out ("…on Thursday, March 12, 2026 (7 business days after…)").
    """

    due: date
    business_days: int
    subject: str
    body: str
    due_text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "due": self.due.isoformat(),
            "business_days": self.business_days,
            "due_text": self.due_text,
            "subject": self.subject,
            "body": self.body,
        }


@dataclass(frozen=True)
class ReviewRow:
    """One "check your answers" row: a filled-in answer as the reader will recognise it.

    :ivar field: the draft key (``address`` for the whole address).
    :ivar label: the form's label for that field, in the report's language.
    :ivar value: the answer as one string, in the report's language (a date written out,
        the address on one line as ``street, City, ST ZIP``).
    """

    field: str
    label: str
    value: str

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "label": self.label, "value": self.value}


@dataclass(frozen=True)
class StepChannel:
    """Whom a step goes to: a key of :data:`usps_inquiry.rules.facts.CHANNELS`, named in the report's language."""

    key: str
    name: str
    phone: str | None
    url: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "phone": self.phone, "url": self.url}


@dataclass(frozen=True)
class Step:
    """One thing the reader should do, in order (see :mod:`usps_inquiry.rules.steps`).

    :ivar code: a stable code such as ``missing_mail_search`` (:data:`usps_inquiry.rules.steps.CODES`).
    :ivar opens_on: the first day it can be done, when that is a date; :ivar closes_on: the last.
    :ivar text: one to three sentences in the report's language: what to do, why, and when.
    :ivar urgent: its window closes within :data:`usps_inquiry.rules.steps.URGENT_DAYS` days of
        today, or before an earlier step could be done: the text then starts with the closing date
        and does not wait for an earlier step.
    """

    code: str
    channel: StepChannel | None
    opens_on: date | None
    closes_on: date | None
    text: str
    urgent: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "channel": self.channel.to_dict() if self.channel else None,
            "opens_on": self.opens_on.isoformat() if self.opens_on else None,
            "closes_on": self.closes_on.isoformat() if self.closes_on else None,
            "urgent": self.urgent,
            "text": self.text,
        }


@dataclass(frozen=True)
class Window:
    """A claim, refund or inquiry window of the plan, with its dates (see :mod:`usps_inquiry.rules.steps`).

    :ivar key: a key of :data:`usps_inquiry.rules.facts.WINDOWS` (``claim_insured_lost`` …).
    :ivar opens_on: the first day; :ivar closes_on: the last day it can be done.
    :ivar open: whether it is open on the report's today.
    :ivar text: one sentence in the report's language saying what it is and until when.
    """

    key: str
    opens_on: date
    closes_on: date
    open: bool = False
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "opens_on": self.opens_on.isoformat(),
            "closes_on": self.closes_on.isoformat(),
            "open": self.open,
            "text": self.text,
        }


@dataclass(frozen=True)
class Letter:
    """A ready letter for one step the reader does by writing (see :mod:`usps_inquiry.letters.doors`).

    :ivar step: the step's code (``email_us``, ``seller``, ``ask_sender``, ``origin_post``,
        ``destination_post``, ``follow_up``).
    :ivar to: who reads it: ``usps``, ``seller``, ``sender`` or ``pos_indonesia``.
    :ivar lang: the letter's language (``en`` for USPS, a shop or a sender in the US; ``id`` for
        Pos Indonesia or a sender in Indonesia).
    :ivar mirror: the body in the reader's language when that is not the letter's; shown, never sent.
    """

    step: str
    to: str
    lang: str
    subject: str
    body: str
    mirror: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "to": self.to,
            "lang": self.lang,
            "subject": self.subject,
            "body": self.body,
            "mirror": self.mirror,
        }


@dataclass(frozen=True)
class Report:
    """Everything :func:`usps_inquiry.check` found and composed.

    Findings come in a fixed order: "wrong channel" warnings first, then the fields in the
    order the form asks for them, and within a field errors before warnings before tips.
    """

    findings: tuple[Finding, ...] = ()
    message: Message | None = None
    follow_up: FollowUp | None = None
    lang: str = "id"
    topic: str | None = None
    review: tuple[ReviewRow, ...] = ()
    steps: tuple[Step, ...] = ()
    windows: tuple[Window, ...] = ()  # the plan's dated windows, the ones its steps use
    letters: tuple[Letter, ...] = ()  # one per step done by writing, in the plan's order

    @property
    def ok(self) -> bool:
        """True when no finding is an error (warnings and tips may remain)."""
        return not self.errors

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.severity == "warning")

    @property
    def tips(self) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.severity == "tip")

    def letter(self, step: str) -> Letter | None:
        """The letter for the step `step`, if the plan has that step and it takes a letter."""
        return next((letter for letter in self.letters if letter.step == step), None)

    @property
    def channels(self) -> tuple[Channel, ...]:
        """The channels to use instead of email, if any."""
        return tuple(finding.channel for finding in self.findings if finding.channel is not None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "findings": [finding.to_dict() for finding in self.findings],
            "message": self.message.to_dict() if self.message else None,
            "follow_up": self.follow_up.to_dict() if self.follow_up else None,
            "lang": self.lang,
            "topic": self.topic,
            "review": [row.to_dict() for row in self.review],
            "steps": [step.to_dict() for step in self.steps],
            "windows": [window.to_dict() for window in self.windows],
            "letters": [letter.to_dict() for letter in self.letters],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The report as JSON text (UTF-8 safe: every string in it is already clean)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

