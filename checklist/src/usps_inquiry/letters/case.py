"""The English text for each step of a case's ladder: what to send, to whom, quoting what.

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
from .compose import closing, compose_follow_up
from .sentences import LETTER
from ..draft import Draft, parse
from ..formats import phone
from ..report import Message
from ..rules.topics import TOPICS
from ..text import t

__all__ = ["letter"]


def _us_date(day: date) -> str:
    return day_month_year(day, "en")  # every letter to USPS is US English

_DONE = {
    "sent": ("sent an inquiry with the Email Us form", "case number"),
    "reply": ("received a reply from USPS", "case number"),
    "follow_up_sent": ("sent a follow-up", "case number"),
    "missing_mail_filed": ("filed a Missing Mail search", "number"),
    "claim_filed": ("filed a claim", "claim number"),
    "escalated": ("wrote to the district's Consumer & Industry Affairs office", "number"),
    "escalated_prc": ("filed a rate and service inquiry with the Postal Regulatory Commission", "number"),
    "escalated_again": ("contacted the Postal Regulatory Commission again", "number"),
}


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _done_so_far(events: list[Event]) -> str:
    lines, escalations = [], 0
    for event in events:
        if event.event == "resolved":
            continue
        key = event.event
        if key == "escalated":
            escalations += 1
            key += "" if escalations == 1 else "_prc" if escalations == 2 else "_again"
        what, label = _DONE[key]
        number = f" ({label} {event.case_number})" if event.case_number else ""
        lines.append(f"- {_us_date(event.on)}: {what}{number}")
    return "What I have done so far:\n" + "\n".join(lines)


def _reference(numbers: list[str], tracking: str | None) -> str | None:
    parts = []
    if numbers:
        parts.append(("case number " if len(numbers) == 1 else "case numbers ") + _and(numbers))
    if tracking:
        parts.append(f"tracking number {tracking}")
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


def letter(case: Case, step: Step, *, today: date, first: Message | None) -> Message | None:
    """The text for `step` of `case`, or ``None`` for ``send`` when the draft has nothing to send yet.

    :param first: the draft's message to USPS, as :func:`usps_inquiry.check` composes it (the
        letter of the ``send`` step); the caller has checked the draft already.

    >>> from usps_inquiry.cases.case import next_step, parse_case
    >>> case = parse_case({"id": "c1", "draft": {"topic": "lost_package", "name": "Ani"}, "history": [
    ...     {"on": "2026-11-20", "event": "sent", "case_number": "CA141722721"},
    ...     {"on": "2026-11-25", "event": "reply", "case_number": "CA141722722"}]})
    >>> message = letter(case, next_step(case, today=date(2026, 12, 1)), today=date(2026, 12, 1), first=None)
    >>> message.subject
    'Follow-up on Case #CA141722721 - Lost Package'
    >>> print(message.body.splitlines()[4])
    Thank you for your reply of November 25, 2026. The problem is not solved yet: could you please tell me what will be done next, and when?
    """
    if step.code == "send":
        return first
    draft, _ = parse(case.draft, "en")
    topic = TOPICS.get(_topic_key(case))
    tracking = tracking_number(case)
    numbers = case_numbers(case)
    events = case.events
    international = _phone_is_international(draft)
    sent = _first(events, "sent") or (events[0] if events else None)
    summary = t(f"letter.part.summary.{topic.key}" if topic else "letter.part.summary.none", "en")
    title = topic.subject(tracking) if topic else TOPICS["other"].subject(tracking)
    reference = _reference(numbers, tracking)
    about = f"about {summary}" + (f" ({reference})" if reference else "")
    sent_on = f" of {_us_date(sent.on)}" if sent else ""
    replies = [event for event in events if event.event == "reply"]
    last_reply = replies[-1] if replies else None
    case_tag = f"Case #{numbers[0]} - " if numbers else ""

    def close(paragraphs: list[str]) -> str:
        return "\n\n".join(paragraphs + [pair.en for pair in closing(draft, international)])

    if step.code == "follow_up":
        if len(numbers) == 1 and sent and last_reply is None and sent.event == "sent":
            amount = TOPICS[_topic_key(case)].follow_up_days
            follow_up = compose_follow_up(
                draft, topic, case_number=numbers[0], sent_on=sent.on, due=step.due, business_days=amount,
                tracking=tracking, phone_is_international=international,
            )  # fmt: skip
            return Message(follow_up.subject, follow_up.body)
        paragraphs = [LETTER["greeting"].en, f"I am following up on my inquiry{sent_on} {about}."]
        if last_reply:
            paragraphs.append(
                f"Thank you for your reply of {_us_date(last_reply.on)}. The problem is not solved yet: "
                "could you please tell me what will be done next, and when?"
            )
        else:
            paragraphs.append(LETTER["no_reply"].en)
        return Message(f"Follow-up on {case_tag}{title}", close(paragraphs))

    if step.code == "second_follow_up":
        follow_ups = [_us_date(event.on) for event in events if event.event == "follow_up_sent"]
        paragraphs = [LETTER["greeting"].en, f"I am writing again about my inquiry{sent_on} {about}."]
        if follow_ups:
            paragraphs.append(f"I followed up on {_and(follow_ups)}, and the problem is not solved yet.")
        paragraphs.append("Could you please tell me what is being done about my case, and when I can expect an answer?")
        return Message(f"Second Follow-up on {case_tag}{title}", close(paragraphs))

    if step.code == "missing_mail":
        facts = []
        if tracking:
            facts.append(f"Tracking number: {tracking}")
        mailed_on = read_iso(case.draft.get("mailed_on"))
        if mailed_on:
            facts.append(f"Mailed on: {_us_date(mailed_on)}")
        contents = case.draft.get("contents")
        if isinstance(contents, str) and contents.strip():
            facts.append(f"Contents: {contents.strip()[:200]}")
        if numbers:
            facts.append(f"Earlier USPS {'case number' if len(numbers) == 1 else 'case numbers'}: {_and(numbers)}")
        paragraphs = ["\n".join(facts)] if facts else []
        paragraphs.append(
            f"I contacted USPS customer service{' on ' + _us_date(sent.on) if sent else ''} and followed up, "
            "and the package has still not arrived."
        )
        paragraphs.append(_done_so_far(events))
        return Message("Missing Mail search" + (f" - Tracking #{tracking}" if tracking else ""), "\n\n".join(paragraphs))

    if step.code == "consumer_affairs":
        paragraphs = [
            "Dear Consumer and Industry Affairs,",
            f"I am asking for your help with my inquiry {about}, which USPS customer service has not resolved.",
            _done_so_far(events),
            t(f"letter.request.{(topic or TOPICS['other']).key}", "en"),
        ]
        return Message(f"Unresolved {case_tag}{title}", close(paragraphs))

    if step.code == "prc_inquiry":
        paragraphs = [
            "Dear Postal Regulatory Commission,",
            f"I would like to file a rate and service inquiry {about}. USPS customer service and the "
            "district's Consumer and Industry Affairs office have not resolved it.",
            _done_so_far(events),
            "I ask the Commission to refer my inquiry to the Postal Service for an answer.",
        ]
        return Message(f"Rate and Service Inquiry - {case_tag}{title}", close(paragraphs))

    # prc_deadline
    escalations = [event for event in events if event.event == "escalated"]
    filed = escalations[1] if len(escalations) > 1 else step.since
    paragraphs = [
        "Dear Postal Regulatory Commission,",
        f"On {_us_date(filed.on)}, I filed a rate and service inquiry {about}. Forty-five days have passed "
        "since then, and I have not received an answer from the Postal Service.",
        _done_so_far(events),
        "Could you please follow up with the Postal Service on my inquiry?",
    ]
    return Message(f"No Answer to Rate and Service Inquiry - {case_tag}{title}", close(paragraphs))

