"""The message to USPS and the follow-up, in plain-text English (USPS reads English), and the
message's mirror in the reader's language, sentence for sentence.

The body is a short letter, written from the reader's answers:

1. the greeting;
2. what it is about: the item (its service), whether the reader sent or received it, when it
   was mailed, from where to where (the US end as "City, ST ZIP"), what it contains, when it was
   expected, whether it was insured, and what happened (``problem``) — or, for a draft with no
   situation answers, the topic's opening sentence;
3. the facts an agent copies: tracking number (compact), date, US address (state in upper case,
   ZIP+4 with its hyphen);
4. the ready sentences the reader ticked (``details``, :data:`usps_inquiry.letters.sentences.DETAILS`);
5. the reader's own text, under "Additional details:" (or the topic's label in a draft without
   situation answers) — only when it is English, or when the reader chose to include it anyway
   (``include_description: true``), then under a label saying it is not in English. A card
   number, SSN, ITIN, NIK, password, PIN or one-time code in it is replaced by ``[removed]``;
6. screenshots, the request (``wanted``: a refund of postage and a claim for the item's value
   read differently), how to reach the reader, and the sign-off with the name.

A line whose value is missing is left out, never written with a blank. The reader's text is kept
as typed, trimmed; the only changes are the ones needed to send it as text: line breaks become
``\\n``, tabs become spaces, control characters are removed and unpaired surrogates become
U+FFFD. One-line values (name, street …) have runs of spaces and line breaks folded into one
space. The same draft always gives the same message. Every sentence is a
:class:`~usps_inquiry.letters.sentences.Said` in the letter's language and the reader's, so the
mirror (``Message.mirror``) is built from the same templates and cannot drift from the English.

>>> from usps_inquiry.draft import Draft
>>> message = compose_message(Draft(topic='tracking', name='Budi', email='budi@example.com',
...     description='The tracking has not changed for ten days.'), TOPICS['tracking'],
...     tracking='RR123456785ID')
>>> print(message)
Tracking Question - Tracking #RR123456785ID
<BLANKLINE>
Dear USPS Customer Service,
<BLANKLINE>
I have a question about the tracking of my item.
<BLANKLINE>
Tracking number: RR123456785ID
<BLANKLINE>
Details:
The tracking has not changed for ten days.
<BLANKLINE>
Please let me know the current status of this item.
<BLANKLINE>
You can reach me by email at budi@example.com.
<BLANKLINE>
Thank you for your help.
<BLANKLINE>
Kind regards,
Budi
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..formats import address as address_rules
from .._text import clean_text, snippet
from ..formats.dates import day_month_year, long_date
from ..formats.description import mask_sensitive
from ..draft import Draft
from ..exceptions import InquiryError
from ..formats.language import language_of
from ..text import has, t
from ..report import FollowUp, Message
from .sentences import (
    DETAILS,
    ITEM,
    LETTER,
    NOT_UPDATED,
    OPENING,
    PACKAGE,
    PROBLEM,
    RETURNED_TO_ME,
    SERVICE_NAMES,
    SITUATION,
    TO_ADDRESS,
    READS,
    WANTED,
    Said,
    joined,
    said,
    same,
    template,
)
from ..rules.situation import contents_in
from ..rules.topics import TOPICS, Topic

__all__ = [
    "CUT", "closing", "closing_in", "subject", "compose_message", "compose_follow_up", "follow_up_paragraphs",
    "letter_route", "us_place", "description_in_message",
]  # fmt: skip

_LINE = 200  # longest one-line value kept in full
# The longest description the message carries: three times what the form takes (the message is
# then too long anyway, and says by how much); beyond it a huge paste would only cost time.
CUT = 12_000
_ANSWERS = ("role", "service", "problem", "wanted", "mailed_on", "expected_on", "contents", "other_place", "insured")
_ITEM_SHORT = {"first_class_mail": ITEM, "first_class_mail_international": ITEM}
Langs = tuple[str, ...]  # the letter's language first, then its mirror's when it differs


def _date(day: date, langs: Langs) -> Said:
    return Said({lang: day_month_year(day, lang) for lang in langs})


def _line(value: str | None) -> str | None:
    return snippet(value, _LINE) or None if value else None


def _free(value: str | None) -> str | None:
    """A short free-text answer (contents, other place) on one line, secrets masked."""
    line = _line(value)
    return mask_sensitive(line)[0] if line else None


def _state(draft: Draft) -> str | None:
    state = _line(draft.state)
    return address_rules.state_code(state) or state if state else None


def _zip(draft: Draft) -> str | None:
    zip_code = _line(draft.zip)
    if not zip_code:
        return None
    try:
        return address_rules.validate_zip(zip_code)
    except InquiryError:
        return zip_code


def us_place(draft: Draft) -> str | None:
    """The US end as "City, ST ZIP": state in upper case, ZIP+4 with its hyphen.

    >>> us_place(Draft(city='Denver', state='colorado', zip='80202 1234'))
    'Denver, CO 80202-1234'
    """
    city, state, zip_code = _line(draft.city), _state(draft), _zip(draft)
    tail = " ".join(part for part in (state, zip_code) if part)
    return ", ".join(part for part in (city, tail) if part) or None


def description_in_message(draft: Draft) -> tuple[str | None, bool]:
    """The reader's text as the message carries it (masked), or ``None`` when left out; and
    whether it is in another language than English.

    >>> description_in_message(Draft(description='Paketnya blm nyampe udh 3 minggu, tolong dicek ya kak'))
    (None, True)
    >>> description_in_message(Draft(description='Paketnya blm nyampe udh 3 minggu', include_description=True))
    ('Paketnya blm nyampe udh 3 minggu', True)
    """
    if not draft.description:
        return None, False
    text = clean_text(draft.description)
    text = mask_sensitive(text[:CUT] + ("\u2026" if len(text) > CUT else ""))[0]
    if not text.strip():
        return None, False
    foreign = language_of(text) in ("id", "other")
    if foreign and draft.include_description is not True:
        return None, True
    return text, foreign


def _value(situation: Any, draft: Draft, key: str) -> Any:
    """A situation answer: from :func:`usps_inquiry.rules.situation.resolve` when given, else the draft."""
    if situation is not None:
        return getattr(situation, key, None)
    value = getattr(draft, key, None)
    return None if key in ("mailed_on", "expected_on") else value  # raw dates are checked elsewhere


def _has_answers(situation: Any, draft: Draft) -> bool:
    return any(_value(situation, draft, key) not in (None, ()) for key in _ANSWERS)


def letter_route(situation: Any, draft: Draft) -> tuple[str | None, str | None]:
    """(origin, destination): the US end is the reader's US address, the other end other_place.

    Inside the US the address is the destination only for a reader who received the item: a
    sender's address may be their own, so it is not said to be where the item was mailed to.
    """
    here, there = us_place(draft), _free(_value(situation, draft, "other_place"))
    direction = _value(situation, draft, "direction")
    if direction == "from_us":
        return here, there
    if direction != "to_us" and _value(situation, draft, "role") != "recipient":
        return there, None
    return there, here


def _situation(situation: Any, draft: Draft, langs: Langs) -> Said:
    service = _value(situation, draft, "service")
    named = None if getattr(situation, "service_derived", False) else service  # only a service the reader chose
    item = template(SERVICE_NAMES.get(named or "", PACKAGE), langs)
    role = _value(situation, draft, "role")
    sentences = [template(OPENING.get(role, OPENING[None]), langs).format(item=item)]
    mailed, expected = _value(situation, draft, "mailed_on"), _value(situation, draft, "expected_on")
    origin, destination = letter_route(situation, draft)
    values: dict[str, Any] = {}
    if mailed:
        values["mailed"] = _date(mailed, langs)
    if origin:
        # "from Bandung, Indonesia, to …": US English closes a "City, Country" pair with a comma.
        comma = "," if "," in origin and destination else ""
        values["origin"] = Said({lang: origin + (comma if lang == "en" else "") for lang in langs})  # US punctuation
    if destination:
        values["destination"] = same(destination, langs)
    key = {
        (True, True, True): "mailed_route",
        (True, True, False): "mailed_from",
        (True, False, True): "mailed_to",
        (True, False, False): "mailed",
        (False, True, True): "route",
        (False, True, False): "from",
        (False, False, True): "to",
    }.get((bool(mailed), bool(origin), bool(destination)))
    if key:
        sentences.append(template(SITUATION[key], langs).format(**values))  # "on November 3, 2026, from …"
    contents = _value(situation, draft, "contents")
    if contents_in(contents, langs[0]):  # never words the letter cannot carry (a finding says so)
        words = Said({lang: contents_in(contents, lang) for lang in langs})
        sentences.append(template(SITUATION["contents"], langs).format(contents=words))
    if expected:
        sentences.append(template(SITUATION["expected"], langs).format(expected=_date(expected, langs)))
    if _value(situation, draft, "insured") is True:
        sentences.append(template(SITUATION["insured"], langs))
    problem = _value(situation, draft, "problem")
    if problem in PROBLEM:
        if problem == "returned_to_sender" and role == "sender":
            sentences.append(template(RETURNED_TO_ME, langs))
        else:
            sentences.append(template(PROBLEM[problem], langs))
    return joined(sentences, " ", langs)


def _facts(draft: Draft, tracking: str | None, day: date | None, langs: Langs) -> Said | None:
    lines: list[Said] = []
    if tracking:
        lines.append(template(LETTER["tracking"], langs).format(value=tracking))
    if day:
        lines.append(template(LETTER["date"], langs).format(value=_date(day, langs)))
    elif _line(draft.date):
        lines.append(template(LETTER["date"], langs).format(value=_line(draft.date)))
    street, place = _line(draft.street), us_place(draft)
    address = [part for part in (street, place) if part]
    if address:
        lines.append(template(LETTER["address"], langs) + same("\n" + "\n".join(address), langs))
    if not lines:
        return None
    return joined(lines, "\n", langs)


def _details(situation: Any, draft: Draft, day: date | None, langs: Langs) -> Said | None:
    keys = _value(situation, draft, "details") or ()
    since = day  # only a date the reader gave for the problem, never the mailing date
    sentences = []
    for key in keys:
        if key not in DETAILS:
            continue  # the checker reports it
        detail = template(DETAILS[key].code, langs)
        if key == "tracking_not_updated":
            detail = detail.format(since=_date(since, langs)) if since else template(NOT_UPDATED, langs)
        sentences.append(detail)
    return joined(sentences, " ", langs) if sentences else None


def _request(situation: Any, draft: Draft, topic: Topic, langs: Langs) -> Said:
    wanted = _value(situation, draft, "wanted")
    service = _value(situation, draft, "service")
    if wanted == "refund" and (service == "priority_mail_express" or _value(situation, draft, "problem") == "late_express"):
        wanted = "refund_express"
    if wanted in WANTED:
        to_address = same("", langs)
        if draft.street and _value(situation, draft, "direction") != "from_us":
            to_address = same(" ", langs) + template(TO_ADDRESS, langs)
        item_short = template(_ITEM_SHORT.get(service or "", PACKAGE), langs)
        return template(WANTED[wanted], langs).format(to_address=to_address, item_short=item_short)
    return said(f"letter.request.{topic.key}", langs)


def closing_in(draft: Draft, phone_is_international: bool, lang: str) -> list[str]:
    """How every letter ends, in `lang`: how to reach the reader (email first when their phone
    is not a US number), then the thanks and their name (masked like every free-text field)."""
    email, phone, name = _line(draft.email), _free(draft.phone), _free(draft.name)
    paragraphs = []
    if email and phone:
        paragraphs.append(t("letter.reach_both", lang, email=email, phone=phone))
    elif email:
        paragraphs.append(t("letter.reach_email", lang, email=email))
    elif phone:
        paragraphs.append(t("letter.reach_phone", lang, phone=phone))
    if paragraphs and phone and email and phone_is_international:
        paragraphs[-1] += " " + t("letter.email_best", lang)
    sign_off = t("letter.thanks", lang) + "\n\n" + t("letter.regards", lang)
    return paragraphs + [sign_off + f"\n{name}" if name else sign_off]


def subject(topic: Topic | None, tracking: str | None, lang: str = "en") -> str:
    """The subject line for `topic` (``other`` when none), with the tracking number when there is one.

    >>> subject(TOPICS['lost_package'], '9400111206206406260787'), subject(None, None)
    ('Lost Package - Tracking #9400111206206406260787', 'Customer Inquiry')
    """
    title = t(f"letter.subject.{(topic or TOPICS['other']).key}", lang)
    return t("letter.subject.with_tracking", lang, title=title, number=tracking) if tracking else title


def closing(draft: Draft, phone_is_international: bool, langs: Langs) -> list[Said]:
    """How every letter to USPS ends (:func:`closing_in`), in each of `langs`."""
    each = {lang: closing_in(draft, phone_is_international, lang) for lang in langs}
    return [Said({lang: each[lang][index] for lang in langs}) for index in range(len(each[langs[0]]))]


def compose_message(
    draft: Draft,
    topic: Topic | None,
    *,
    tracking: str | None = None,
    day: date | None = None,
    phone_is_international: bool = False,
    situation: Any = None,
    mirror: str | None = None,
) -> Message:
    """Compose the message for `draft`.

    :param topic: the draft's topic, or ``None`` to write a general inquiry.
    :param tracking: the tracking number to show (the normalised one when it is valid).
    :param day: the date it happened, when it is a real date; else the date as typed is shown.
    :param phone_is_international: whether the phone number is outside the US.
    :param situation: the :class:`usps_inquiry.rules.situation.Situation` (answers read leniently,
        dates parsed, direction and service derived); without it the draft's answers are used
        as they are and its ``mailed_on``/``expected_on`` are left out.
    :param mirror: the reader's language: when it is not the letter's (USPS's), the message is
        also rendered in it (``Message.mirror``); else that is ``None``.
    """
    topic = topic or TOPICS["other"]
    tracking = _line(tracking)
    letter_lang = READS["usps"]
    langs = (letter_lang, mirror) if mirror and mirror != letter_lang else (letter_lang,)
    structured = _has_answers(situation, draft)
    paragraphs = [template(LETTER["greeting"], langs)]
    if structured:
        paragraphs.append(_situation(situation, draft, langs))
    else:
        paragraphs.append(said(f"letter.about.{topic.key}", langs))
    facts = _facts(draft, tracking, day, langs)
    if facts:
        paragraphs.append(facts)
    details = _details(situation, draft, day, langs)
    if details:
        paragraphs.append(details)
        structured = True
    description, foreign = description_in_message(draft)
    if description:
        if foreign:
            label = template(LETTER["additional_not_english"], langs)
        elif structured:
            label = template(LETTER["additional"], langs)
        else:
            label = said(f"letter.part.details.{topic.key}", langs)
        paragraphs.append(label + same("\n" + description, langs))  # the reader's own words, as typed
    if draft.has_screenshots:
        paragraphs.append(template(LETTER["screenshots"], langs))
    paragraphs.append(_request(situation, draft, topic, langs))
    paragraphs += closing(draft, phone_is_international, langs)
    text = joined(paragraphs, "\n\n", langs)
    shown = text[langs[1]] if len(langs) > 1 else None
    return Message(subject(topic, tracking, letter_lang), text[letter_lang], shown)


def compose_follow_up(
    draft: Draft,
    topic: Topic | None,
    *,
    case_number: str,
    sent_on: date,
    due: date,
    business_days: int,
    tracking: str | None = None,
    phone_is_international: bool = False,
    wanted: str | None = None,
    lang: str = "en",
) -> FollowUp:
    """Compose the follow-up to send on `due` if USPS has not replied to case `case_number`.

    The letter is English; :attr:`~usps_inquiry.report.FollowUp.due_text`, the sentence saying
    when to send it, is in `lang`.

    >>> from usps_inquiry.draft import Draft
    >>> follow_up = compose_follow_up(Draft(name='Ani'), TOPICS['lost_package'],
    ...     case_number='CA141722721', sent_on=date(2026, 3, 2), due=date(2026, 3, 11),
    ...     business_days=7, tracking='9400111206206406260787')
    >>> follow_up.subject
    'Follow-up on Case #CA141722721 - Lost Package - Tracking #9400111206206406260787'
    >>> print(follow_up.body.splitlines()[2])
    I am following up on my message about a package that has not arrived, sent on March 2, 2026 (case number CA141722721, tracking number 9400111206206406260787).
    >>> print(follow_up.due_text)
    If there is no reply, follow up on Wednesday, March 11, 2026 (7 business days after you sent your message).
    """
    title = subject(topic, _line(tracking), READS["usps"])
    paragraphs = follow_up_paragraphs(
        draft, topic, case_number=case_number, sent_on=sent_on, tracking=tracking,
        phone_is_international=phone_is_international, wanted=wanted, lang=READS["usps"],
    )  # fmt: skip
    due_text = t("follow_up.due", lang, date=long_date(due, lang), count=business_days)
    return FollowUp(
        due, business_days, t("letter.subject.follow_up.case", READS["usps"], number=case_number, title=title),
        "\n\n".join(paragraphs), due_text,
    )


def follow_up_paragraphs(
    draft: Draft,
    topic: Topic | None,
    *,
    case_number: str | None,
    sent_on: date | None,
    tracking: str | None,
    phone_is_international: bool,
    wanted: str | None,
    lang: str,
) -> list[str]:
    """The follow-up's paragraphs in `lang`: it quotes the case number and the day the message
    went when they are known, and says neither when they are not."""
    about_code = f"letter.part.follow_up_about.wanted.{wanted}"
    if not has(about_code):
        about_code = f"letter.part.follow_up_about.{topic.key if topic else 'none'}"
    about = t(about_code, lang)
    tracking = _line(tracking)
    references = []
    if case_number:
        references.append(t("letter.case.reference.case_numbers", lang, count=1, numbers=case_number))
    if tracking:
        references.append(t("letter.case.reference.tracking", lang, tracking=tracking))
    reference = ", ".join(references)
    if sent_on and case_number:
        opening = t("letter.follow_up.opening", lang, about=about, date=day_month_year(sent_on, lang), reference=reference)
    elif sent_on:
        opening = t("letter.door.follow_up.opening.sent", lang, about=about, date=day_month_year(sent_on, lang))
        opening += (" " + t("letter.door.follow_up.reference", lang, reference=reference)) if reference else ""
    else:
        opening = t("letter.door.follow_up.opening", lang, about=about)
        opening += (" " + t("letter.door.follow_up.reference", lang, reference=reference)) if reference else ""
    paragraphs = [t("letter.greeting", lang), opening, t("letter.no_reply", lang)]
    return paragraphs + closing_in(draft, phone_is_international, lang)
