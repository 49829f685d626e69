r"""A letter for every door of the plan that takes one, in the language that door reads.

The plan (:func:`usps_inquiry.rules.steps.plan`) decides the doors; this only writes to them:

============== ================ ======================================================
step           to               language
============== ================ ======================================================
``email_us``   ``usps``         US English: the message (:func:`compose.compose_message`)
``seller``     ``seller``       US English: the order, the dates, what tracking shows,
                                that the service has no USPS inquiry (when the reader
                                chose it), the ask (reship or refund), the dispute line
``ask_sender`` ``sender``       English to a sender in the US, Indonesian to a sender
                                in Indonesia, English to a sender elsewhere
``origin_post`` ``pos_indonesia`` Indonesian, when the reader mailed it at Pos Indonesia
``destination_post`` ``pos_indonesia`` Indonesian, when the reader receives it in Indonesia
``follow_up``  ``usps``         US English, quoting the case number when there is one
============== ================ ======================================================

Every sentence is the catalogue's (``letter.door.*`` and the letter's other ``letter.*``), rendered once in
the letter's language and, when the reader's differs, once more in theirs as the ``mirror``.
A letter says only what the reader said: the service only when they chose it (not when it was
guessed from the number), contents only in English for an English letter (a known contents
word is translated from :data:`usps_inquiry.rules.situation.CONTENTS`).

A gift mailed at Pos Indonesia to Ohio: the trace starts at Pos Indonesia, in Indonesian.

>>> from datetime import date
>>> from usps_inquiry import check
>>> report = check({"topic": "lost_package", "name": "Budi", "email": "budi@example.com",
...                 "tracking_number": "RR123456785ID", "role": "sender", "mailed_on": "2026-10-19",
...                 "address": {"city": "Columbus", "state": "OH", "zip": "43215"}},
...                lang="en", today=date(2026, 12, 4))
>>> report.message is None, [(letter.step, letter.to, letter.lang) for letter in report.letters]
(True, [('origin_post', 'pos_indonesia', 'id')])
>>> print(report.letters[0].body.split("\n\n")[3])
Nomor pelacakan: RR123456785ID
Tanggal pengiriman: 19 Oktober 2026
Tujuan: Columbus, OH 43215, Amerika Serikat
>>> print(report.letters[0].mirror.split("\n\n")[2])
Tracking number: RR123456785ID
Mailing date: October 19, 2026
To: Columbus, OH 43215, United States
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from ..draft import Draft
from ..formats.dates import day_month_year
from ..report import Letter, Message, Step
from ..rules.facts import CHANNELS
from ..rules.situation import Situation, contents_in, value_label
from ..rules.steps import abroad_is_indonesia
from ..rules.topics import Topic
from ..text import has, t
from .compose import closing_in, follow_up_paragraphs, letter_route, subject as usps_subject
from .sentences import READS

__all__ = ["DOORS", "Facts", "letters"]

DOORS = {
    "email_us": "usps",
    "follow_up": "usps",
    "seller": "seller",
    "ask_sender": "sender",
    "origin_post": "pos_indonesia",
    "destination_post": "pos_indonesia",
}
_NO_INQUIRY = ("first_class_package_international", "first_class_mail_international")


@dataclass(frozen=True)
class Facts:
    """What the reader said, as the letters need it (all checked by :func:`usps_inquiry.check`)."""

    draft: Draft
    situation: Situation
    topic: Topic | None
    tracking: str | None
    day: date | None = None  # the draft's date of the problem, when real
    case_number: str | None = None
    sent_on: date | None = None
    phone_is_international: bool = False


def _facts_lines(facts: Facts, lang: str, letter_lang: str, *, service: bool) -> list[str]:
    """The lines an agent copies: tracking number, service (only when chosen), dates, route, contents."""
    situation = facts.situation
    lines = []
    if facts.tracking:
        lines.append(t("letter.tracking", lang, value=facts.tracking))
    if service and situation.service and situation.service != "unknown" and not situation.service_derived:
        lines.append(t("letter.door.fact.service", lang, service=value_label("service", situation.service, lang)))
    if situation.mailed_on:
        lines.append(t("letter.door.fact.mailed", lang, date=day_month_year(situation.mailed_on, lang)))
    origin, destination = letter_route(situation, facts.draft)
    # Abroad, the US end names its country ("Columbus, OH 43215, United States").
    if situation.direction == "from_us" and origin:
        origin = t("letter.door.in_us", lang, place=origin)
    elif situation.direction == "to_us" and destination:
        destination = t("letter.door.in_us", lang, place=destination)
    if origin:
        lines.append(t("letter.door.fact.from", lang, place=origin))
    if destination:
        lines.append(t("letter.door.fact.to", lang, place=destination))
    if contents_in(situation.contents, letter_lang):  # the mirror says what the letter says
        lines.append(t("letter.door.fact.contents", lang, contents=contents_in(situation.contents, lang)))
    if situation.expected_on:
        lines.append(t("letter.door.fact.expected", lang, date=day_month_year(situation.expected_on, lang)))
    return lines


def _status(facts: Facts, lang: str) -> list[str]:
    """What happened and what tracking shows, as the reader said it."""
    situation = facts.situation
    sentences = []
    if situation.problem and has(f"letter.problem.{situation.problem}") and situation.problem != "late_express":
        sentences.append(t(f"letter.problem.{situation.problem}", lang))
    if "tracking_not_updated" in situation.details:  # "since" only with the date the reader gave
        if facts.day:
            sentences.append(t("letter.detail.tracking_not_updated", lang, since=day_month_year(facts.day, lang)))
        else:
            sentences.append(t("letter.not_updated", lang))
    return sentences


def _opening(facts: Facts, lang: str, letter_lang: str, door: str, about: str, *, service: bool) -> list[str]:
    """The greeting, what it is about with what happened, and the facts block."""
    sentences = " ".join([t(about, lang)] + _status(facts, lang))
    return [t(f"letter.door.greeting.{door}", lang), sentences, "\n".join(_facts_lines(facts, lang, letter_lang, service=service))]


def _end(facts: Facts, lang: str) -> list[str]:
    return closing_in(facts.draft, False, lang)  # "email is best" is for USPS, which may call


def _subject(code: str, facts: Facts, lang: str) -> str:
    if facts.tracking:
        return t(f"{code}.tracking", lang, number=facts.tracking)
    return t(code, lang)


def _seller(facts: Facts, lang: str, letter_lang: str) -> tuple[str, list[str]]:
    service = facts.situation.service
    no_inquiry = service in _NO_INQUIRY and not facts.situation.service_derived
    paragraphs = _opening(facts, lang, letter_lang, "seller", "letter.door.seller.about", service=True)
    if no_inquiry:
        paragraphs.append(t("letter.door.seller.no_inquiry", lang, service=value_label("service", service, lang)))
    ask = [t("letter.door.seller.ask", lang)]
    if service not in _NO_INQUIRY:
        ask.append(t("letter.door.seller.inquiry", lang))
    paragraphs += [" ".join(ask), t("letter.door.seller.dispute", lang)]
    return _subject("letter.door.subject.seller", facts, lang), paragraphs + _end(facts, lang)


def _sender(facts: Facts, lang: str, letter_lang: str) -> tuple[str, list[str]]:
    situation = facts.situation
    paragraphs = _opening(facts, lang, letter_lang, "sender", "letter.door.sender.about", service=True)
    if situation.direction == "from_us":
        if situation.service in _NO_INQUIRY:
            paragraphs.append(t("letter.door.sender.ask_no_inquiry", lang))
        else:
            paragraphs.append(t("letter.door.sender.ask_inquiry", lang, phone=CHANNELS["international_inquiry"].phone))
    else:
        post = t("post.ID" if _indonesian_post(facts) else "post.other", lang)
        key = "letter.door.sender.ask_damaged" if situation.problem in ("damaged", "contents_missing") else "letter.door.sender.ask_trace"
        paragraphs.append(t(key, lang, post=post))
    return _subject("letter.door.subject.sender", facts, lang), paragraphs + _end(facts, lang)


def _origin_post(facts: Facts, lang: str, letter_lang: str) -> tuple[str, list[str]]:
    damaged = facts.situation.problem in ("damaged", "contents_missing")
    about = "letter.door.origin_post.about_damaged" if damaged else "letter.door.origin_post.about"
    paragraphs = _opening(facts, lang, letter_lang, "pos", about, service=False)
    paragraphs.append(t("letter.door.origin_post.ask_damaged" if damaged else "letter.door.origin_post.ask", lang))
    return _subject("letter.door.subject.origin_post", facts, lang), paragraphs + _end(facts, lang)


def _destination_post(facts: Facts, lang: str, letter_lang: str) -> tuple[str, list[str]]:
    customs = facts.situation.problem == "held_at_customs"
    paragraphs = _opening(facts, lang, letter_lang, "pos", "letter.door.destination_post.about", service=False)
    paragraphs.append(t("letter.door.destination_post.ask_customs" if customs else "letter.door.destination_post.ask", lang))
    return _subject("letter.door.subject.destination_post", facts, lang), paragraphs + _end(facts, lang)


def _follow_up(facts: Facts, lang: str, letter_lang: str) -> tuple[str, list[str]]:
    title = usps_subject(facts.topic, facts.tracking, lang)
    if facts.case_number:
        heading = t("letter.subject.follow_up.case", lang, number=facts.case_number, title=title)
    else:
        heading = t("letter.subject.follow_up", lang, title=title)
    paragraphs = follow_up_paragraphs(
        facts.draft, facts.topic, case_number=facts.case_number, sent_on=facts.sent_on, tracking=facts.tracking,
        phone_is_international=facts.phone_is_international, wanted=facts.situation.wanted, lang=lang,
    )  # fmt: skip
    return heading, paragraphs


def _indonesian_post(facts: Facts) -> bool:
    """Whether the item was mailed in Indonesia (so its sender reads Indonesian)."""
    return facts.situation.direction == "to_us" and abroad_is_indonesia(facts.situation)


_WRITERS: dict[str, Callable[[Facts, str, str], tuple[str, list[str]]]] = {
    "seller": _seller,
    "ask_sender": _sender,
    "origin_post": _origin_post,
    "destination_post": _destination_post,
    "follow_up": _follow_up,
}


def _language(step: Step, facts: Facts) -> str | None:
    """The language the door reads (:data:`usps_inquiry.letters.sentences.READS`), or ``None``
    when the step takes no letter from this reader."""
    situation = facts.situation
    if step.code in ("seller", "follow_up"):
        return READS[DOORS[step.code]]
    if step.code == "ask_sender":  # a sender reads what the post they mailed it at does
        return READS["pos_indonesia"] if _indonesian_post(facts) else READS["usps"]
    if step.channel is None or step.channel.key not in READS:
        return None  # another country's post: no letter in its language
    if step.code == "origin_post" and situation.role != "sender":
        return None  # only the reader who mailed it there asks the post they mailed it at
    if step.code == "destination_post" and situation.role == "sender":
        return None  # only the reader who receives it there asks the post at home
    return READS[step.channel.key]


def letters(steps: tuple[Step, ...], facts: Facts, *, message: Message | None, lang: str) -> tuple[Letter, ...]:
    """The letters for `steps`, in their order: one per step done by writing.

    :param message: the message to USPS (the ``email_us`` letter, with its mirror in the reader's language).
    :param lang: the reader's language: a letter in another language gets its ``mirror`` in it.
    """
    result = []
    for step in steps:
        if step.code == "email_us":
            if message is not None:
                result.append(Letter("email_us", "usps", READS["usps"], message.subject, message.body, message.mirror))
            continue
        writer = _WRITERS.get(step.code)
        letter_lang = _language(step, facts) if writer else None
        if writer is None or letter_lang is None:
            continue
        subject, paragraphs = writer(facts, letter_lang, letter_lang)
        body = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
        mirror = None
        if lang != letter_lang:
            mirror = "\n\n".join(paragraph for paragraph in writer(facts, lang, letter_lang)[1] if paragraph)
        result.append(Letter(step.code, DOORS[step.code], letter_lang, subject, body, mirror))
    return tuple(result)
