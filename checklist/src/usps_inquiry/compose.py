"""The message to USPS and the follow-up, in plain-text English (USPS reads English).

The body is a short letter: greeting, what it is about, the facts (tracking number, date,
address), the reader's own description under a label, the request, how to reach the reader, and
a sign-off. A line whose value is missing is left out, never written with a blank. The reader's
text is kept exactly as typed, trimmed; the only changes are the ones needed to send it as text:
line breaks become ``\\n``, tabs become spaces, control characters are removed and unpaired
surrogates become U+FFFD. One-line values (name, street …) have runs of spaces and line breaks
folded into one space. The same draft always gives the same message.

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

from ._text import clean_text, snippet
from .description import mask_sensitive
from .draft import Draft
from .report import FollowUp, Message
from .topics import TOPICS, Topic

__all__ = ["format_date", "compose_message", "compose_follow_up"]

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_LINE = 200  # longest one-line value kept in full


def format_date(day: date) -> str:
    """A date as a US reader writes it.

    >>> format_date(date(2026, 3, 2))
    'March 2, 2026'
    """
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _line(value: str | None) -> str | None:
    return snippet(value, _LINE) or None if value else None


def _contact(draft: Draft, phone_is_international: bool) -> list[str]:
    email, phone = _line(draft.email), _line(draft.phone)
    if email and phone:
        sentence = f"You can reach me by email at {email} or by phone at {phone}."
    elif email:
        sentence = f"You can reach me by email at {email}."
    elif phone:
        sentence = f"You can reach me by phone at {phone}."
    else:
        return []
    if phone and email and phone_is_international:
        sentence += " Email is the best way to reach me, as my phone number is outside the United States."
    return [sentence]


def _sign_off(draft: Draft) -> str:
    name = _line(draft.name)
    return f"Thank you for your help.\n\nKind regards,\n{name}" if name else "Thank you for your help.\n\nKind regards,"


def compose_message(
    draft: Draft,
    topic: Topic | None,
    *,
    tracking: str | None = None,
    day: date | None = None,
    phone_is_international: bool = False,
) -> Message:
    """Compose the message for `draft`.

    :param topic: the draft's topic, or ``None`` to write a general inquiry.
    :param tracking: the tracking number to show (the normalised one when it is valid).
    :param day: the date it happened, when it is a real date; else the date as typed is shown.
    :param phone_is_international: whether the phone number is outside the US.
    """
    topic = topic or TOPICS["other"]
    tracking = _line(tracking)
    paragraphs = ["Dear USPS Customer Service,", topic.about]

    facts = []
    if tracking:
        facts.append(f"Tracking number: {tracking}")
    when = format_date(day) if day else _line(draft.date)
    if when:
        facts.append(f"Date: {when}")
    street, city, state, zip_code = (_line(part) for part in (draft.street, draft.city, draft.state, draft.zip))
    place = ", ".join(part for part in (city, " ".join(part for part in (state, zip_code) if part)) if part)
    address = [part for part in (street, place) if part]
    if address:
        facts.append("Address:\n" + "\n".join(address))
    if facts:
        paragraphs.append("\n".join(facts))

    description = mask_sensitive(clean_text(draft.description))[0] if draft.description else ""
    if description.strip():
        paragraphs.append(f"{topic.details}\n{description}")
    if draft.has_screenshots:
        paragraphs.append("I have screenshots and can send them if you need them.")
    paragraphs.append(topic.request)
    paragraphs += _contact(draft, phone_is_international)
    paragraphs.append(_sign_off(draft))
    return Message(topic.subject(tracking), "\n\n".join(paragraphs))


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
) -> FollowUp:
    """Compose the follow-up to send on `due` if USPS has not replied to case `case_number`.

    >>> from usps_inquiry.draft import Draft
    >>> follow_up = compose_follow_up(Draft(name='Ani'), TOPICS['lost_package'],
    ...     case_number='CA141722721', sent_on=date(2026, 3, 2), due=date(2026, 3, 11),
    ...     business_days=7, tracking='9400111206206406260787')
    >>> follow_up.subject
    'Follow-up on Case #CA141722721 - Lost Package - Tracking #9400111206206406260787'
    >>> print(follow_up.body.splitlines()[2])
    I am following up on the inquiry I sent on March 2, 2026 about a package that has not arrived (case number CA141722721, tracking number 9400111206206406260787).
    """
    summary = topic.summary if topic else "my inquiry"
    title = (topic or TOPICS["other"]).subject(_line(tracking))
    tracking = _line(tracking)
    reference = f"case number {case_number}" + (f", tracking number {tracking}" if tracking else "")
    paragraphs = [
        "Dear USPS Customer Service,",
        f"I am following up on the inquiry I sent on {format_date(sent_on)} about {summary} ({reference}).",
        "I have not yet received a reply. Could you please let me know the status of my case?",
    ]
    paragraphs += _contact(draft, phone_is_international)
    paragraphs.append(_sign_off(draft))
    return FollowUp(due, business_days, f"Follow-up on Case #{case_number} - {title}", "\n\n".join(paragraphs))
