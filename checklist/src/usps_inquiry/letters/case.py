"""The English text for each rung of a case's USPS ladder, with its mirror in the reader's
language: what to send, to whom, quoting what. (A case's other doors take the plan's letters,
``report.letters``.)

=====================  ===================================================================
step                   text
=====================  ===================================================================
``send``               the message of the draft, as :func:`usps_inquiry.check` composes it
``follow_up``          the report's follow-up (:func:`compose.compose_follow_up`) when there
                       is one case number and no reply yet; else the same letter, saying what
                       is known (a reply's date, several numbers, none)
``second_follow_up``   a second follow-up naming the earlier ones
``missing_mail``       the facts to enter in the Missing Mail search form
``consumer_affairs``   a letter to the district's Consumer & Industry Affairs office
``prc_inquiry``        a rate or service inquiry to the Postal Regulatory Commission
``prc_deadline``       a note to the Commission that USPS has not answered in 45 days
=====================  ===================================================================

Every letter quotes every number in the history and lists what the reader has done, with dates
as a US reader writes them ("November 3, 2026"). The reader's notes are never included.
"""

from __future__ import annotations

from datetime import date
from ..cases.case import Case, Event, Step, _topic_key, case_numbers, tracking_number
from ..formats.dates import day_month_year, read_iso
from .compose import closing_in, follow_up_paragraphs, subject
from ..draft import Draft, parse
from ..formats import phone
from ..report import Message
from .sentences import READS
from ..rules.topics import TOPICS
from ..text import t

__all__ = ["letter"]


_DONE = {  # event → what the reader did, and what its number is called
    "sent": "case",
    "reply": "case",
    "follow_up_sent": "case",
    "missing_mail_filed": "other",
    "claim_filed": "claim",
    "escalated": "other",
    "escalated_prc": "other",
    "escalated_again": "other",
    "contacted": "other",
}


def _and(items: list[str], lang: str) -> str:
    """"a", "a and b", "a, b and c" (a list in a letter, without the serial comma)."""
    return items[0] if len(items) == 1 else t("list.and", lang, first=", ".join(items[:-1]), last=items[-1])


def _done_so_far(events: list[Event], lang: str) -> str:
    lines, escalations = [], 0
    for event in events:
        if event.event == "resolved":
            continue
        key = event.event
        if key == "escalated":
            escalations += 1
            key += "" if escalations == 1 else "_prc" if escalations == 2 else "_again"
        what = t(f"door.{event.door}", lang) if event.door else t(f"letter.case.done.{key}", lang)
        day = day_month_year(event.on, lang)
        if event.case_number:
            label = t(f"letter.case.number.{_DONE[key]}", lang)
            lines.append(t("letter.case.done_line.number", lang, date=day, what=what, label=label, number=event.case_number))
        else:
            lines.append(t("letter.case.done_line", lang, date=day, what=what))
    return t("letter.case.done_so_far", lang) + "\n" + "\n".join(lines)


def _reference(numbers: list[str], tracking: str | None, lang: str) -> str | None:
    parts = []
    if numbers:
        parts.append(t("letter.case.reference.case_numbers", lang, count=len(numbers), numbers=_and(numbers, lang)))
    if tracking:
        parts.append(t("letter.case.reference.tracking", lang, tracking=tracking))
    return ", ".join(parts) or None


def _phone_is_international(draft: Draft) -> bool:
    if not draft.phone:
        return False
    try:
        return not phone.validate(draft.phone).is_us
    except ValueError:
        return False


def _first(events: list[Event], kind: str) -> Event | None:
    return next((event for event in events if event.event == kind), None)


def letter(case: Case, step: Step, *, today: date, first: Message | None, lang: str = "en") -> Message | None:
    """The text for rung `step` of `case` in US English, with its mirror in the reader's `lang`
    (``None`` when that is the letter's), or ``None`` for ``send`` when the draft has nothing to send yet.

    :param first: the draft's message to USPS, as :func:`usps_inquiry.check` composes it (the
        letter of the ``send`` step, with its mirror); the caller has checked the draft already.

    >>> from usps_inquiry.cases.case import next_step, parse_case
    >>> case = parse_case({"id": "c1", "draft": {"topic": "refund_claim", "name": "Ani"}, "history": [
    ...     {"on": "2026-11-20", "event": "sent", "case_number": "CA141722721"},
    ...     {"on": "2026-11-25", "event": "reply", "case_number": "CA141722722"}]})
    >>> message = letter(case, next_step(case, today=date(2026, 12, 1)), today=date(2026, 12, 1), first=None, lang="id")
    >>> message.subject
    'Follow-up on Case #CA141722721 - Refund or Claim'
    >>> print(message.body.splitlines()[4])
    Thank you for your reply of November 25, 2026. The problem is not solved yet: could you please tell me what will be done next, and when?
    >>> print(message.mirror.splitlines()[4])
    Terima kasih atas balasan Anda tanggal 25 November 2026. Masalahnya belum selesai: bisakah Anda memberi tahu saya apa yang akan dilakukan selanjutnya, dan kapan?
    """
    if step.code == "send":
        return first
    letter_lang = READS["usps"]
    sent = _render(case, step, letter_lang)
    mirror = _render(case, step, lang).body if lang != letter_lang else None
    return Message(sent.subject, sent.body, mirror)


def _render(case: Case, step: Step, lang: str) -> Message:
    """The letter of rung `step` (not ``send``) in `lang`: the one to send, or its mirror."""
    draft, _ = parse(case.draft, "en")
    topic = TOPICS.get(_topic_key(case))
    tracking = tracking_number(case)
    numbers = case_numbers(case)
    events = case.events
    international = _phone_is_international(draft)
    sent = _first(events, "sent") or (events[0] if events else None)
    summary = t(f"letter.part.summary.{topic.key}" if topic else "letter.part.summary.none", lang)
    title = subject(topic, tracking, lang)
    reference = _reference(numbers, tracking, lang)
    if reference:
        about = t("letter.case.about.reference", lang, summary=summary, reference=reference)
    else:
        about = t("letter.case.about", lang, summary=summary)
    sent_on = day_month_year(sent.on, lang) if sent else None

    def opening(code: str) -> str:
        if sent_on:
            return t(code, lang, date=sent_on, about=about)
        return t(f"{code}.undated", lang, about=about)
    replies = [event for event in events if event.event == "reply"]
    last_reply = replies[-1] if replies else None

    def subject_of(code: str) -> str:  # "Follow-up on Case #CA1 - Lost Package", or without a case number
        if numbers:
            return t(f"{code}.case", lang, number=numbers[0], title=title)
        return t(code, lang, title=title)

    def close(paragraphs: list[str]) -> str:
        return "\n\n".join(paragraphs + closing_in(draft, international, lang))

    if step.code == "follow_up":
        if len(numbers) == 1 and sent and last_reply is None and sent.event == "sent":  # the report's follow-up
            paragraphs = follow_up_paragraphs(
                draft, topic, case_number=numbers[0], sent_on=sent.on, tracking=tracking,
                phone_is_international=international, wanted=None, lang=lang,
            )  # fmt: skip
            return Message(subject_of("letter.subject.follow_up"), "\n\n".join(paragraphs))
        paragraphs = [t("letter.greeting", lang), opening("letter.case.follow_up.opening")]
        if last_reply:
            paragraphs.append(t("letter.case.follow_up.reply", lang, date=day_month_year(last_reply.on, lang)))
        else:
            paragraphs.append(t("letter.no_reply", lang))
        return Message(subject_of("letter.subject.follow_up"), close(paragraphs))

    if step.code == "second_follow_up":
        follow_ups = [day_month_year(event.on, lang) for event in events if event.event == "follow_up_sent"]
        paragraphs = [t("letter.greeting", lang), opening("letter.case.second_follow_up.opening")]
        if follow_ups:
            paragraphs.append(t("letter.case.second_follow_up.followed_up", lang, dates=_and(follow_ups, lang)))
        paragraphs.append(t("letter.case.second_follow_up.ask", lang))
        return Message(subject_of("letter.subject.second_follow_up"), close(paragraphs))

    if step.code == "missing_mail":
        facts = []
        if tracking:
            facts.append(t("letter.case.missing_mail.tracking", lang, tracking=tracking))
        mailed_on = read_iso(case.draft.get("mailed_on"))
        if mailed_on:
            facts.append(t("letter.case.missing_mail.mailed_on", lang, date=day_month_year(mailed_on, lang)))
        contents = case.draft.get("contents")
        if isinstance(contents, str) and contents.strip():
            facts.append(t("letter.case.missing_mail.contents", lang, contents=contents.strip()[:200]))
        if numbers:
            facts.append(t("letter.case.missing_mail.numbers", lang, count=len(numbers), numbers=_and(numbers, lang)))
        paragraphs = ["\n".join(facts)] if facts else []
        if sent_on:
            paragraphs.append(t("letter.case.missing_mail.contacted", lang, date=sent_on))
        else:
            paragraphs.append(t("letter.case.missing_mail.contacted.undated", lang))
        paragraphs.append(_done_so_far(events, lang))
        if tracking:
            return Message(t("letter.subject.missing_mail.tracking", lang, number=tracking), "\n\n".join(paragraphs))
        return Message(t("letter.subject.missing_mail", lang), "\n\n".join(paragraphs))

    if step.code == "consumer_affairs":
        paragraphs = [
            t("letter.case.consumer_affairs.greeting", lang),
            t("letter.case.consumer_affairs.ask", lang, about=about),
            _done_so_far(events, lang),
            t(f"letter.request.{(topic or TOPICS['other']).key}", lang),
        ]
        return Message(subject_of("letter.subject.consumer_affairs"), close(paragraphs))

    if step.code == "prc_inquiry":
        paragraphs = [
            t("letter.case.prc.greeting", lang),
            t("letter.case.prc_inquiry.ask", lang, about=about),
            _done_so_far(events, lang),
            t("letter.case.prc_inquiry.refer", lang),
        ]
        return Message(subject_of("letter.subject.prc_inquiry"), close(paragraphs))

    # prc_deadline
    escalations = [event for event in events if event.event == "escalated"]
    filed = escalations[1] if len(escalations) > 1 else step.since
    paragraphs = [
        t("letter.case.prc.greeting", lang),
        t("letter.case.prc_deadline.filed", lang, date=day_month_year(filed.on, lang), about=about),
        _done_so_far(events, lang),
        t("letter.case.prc_deadline.ask", lang),
    ]
    return Message(subject_of("letter.subject.prc_deadline"), close(paragraphs))

