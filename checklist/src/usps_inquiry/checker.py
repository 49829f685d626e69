"""Checking a whole draft: every rule, in one pass, into a :class:`~usps_inquiry.report.Report`.

**When is there a message?** Whenever the draft has a topic (other than ``passport``) or a
description, so the browser can show the message updating as the reader types, errors and all:
the findings say what to fix, and the message never has a blank where a value is missing. A
draft with neither, or about a passport (the wrong channel), has ``"message": null``.

**When is there a follow-up?** When there is a message, a case number in the right form and a
real ``sent_on`` date that is not in the future.

>>> report = check({'topic': 'lost_package', 'name': 'Budi Santoso', 'email': 'budi@gmial.com',
...                 'tracking_number': '9400 1112 0620 6406 2607 87', 'date': '2026-03-02',
...                 'description': 'I mailed it from Jakarta on 2 March and it has not arrived.'},
...                lang='en', today=date(2026, 3, 20))
>>> report.ok
True
>>> [(finding.code, finding.suggestion) for finding in report.findings]
[('email.domain_typo', 'budi@gmail.com')]
>>> report.message.subject
'Lost Package - Tracking #9400111206206406260787'
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from .formats import address as address_rules
from .rules import channels as channel_rules
from .formats import description as description_rules
from .formats import case_number as case_numbers
from .formats import email_address, language, phone, tracking, typed_dates
from .rules import situation as situation_rules
from .rules import steps as step_rules
from .letters.sentences import DETAILS, READS
from .formats.business_days import add_business_days
from .letters.compose import CUT, compose_follow_up, compose_message
from .letters.doors import Facts
from .letters.doors import letters as compose_letters
from ._text import clean_text, snippet
from .draft import ADDRESS_FIELDS, Draft, parse
from .formats.dates import parse_iso
from .exceptions import InquiryError, InvalidDate, check_lang
from .text import join, t
from .report import Channel, Finding, FollowUp, Message, Report
from .review import review_rows
from .rules.topics import PACKAGE_TOPICS, TOPIC_KEYS, TOPICS, Topic

__all__ = ["check"]

NAME_LIMIT = 100
_FIELD_ORDER = {
    field: index
    for index, field in enumerate(
        ["draft", "topic", "name", "email", "phone", "tracking_number", "address"]
        + [f"address.{part}" for part in ADDRESS_FIELDS]
        + ["date", "description", "has_screenshots", "case_number", "sent_on"]
        + ["direction", "role", "sender_kind", "service", "problem", "wanted", "mailed_on", "expected_on"]
        + ["insured", "contents", "other_place", "details"]
    )
}
# The reader's short free-text answers, masked like the description wherever a letter carries them.
_FREE_TEXT = ("name", "phone", "contents", "other_place")
_SEVERITY_ORDER = {"error": 0, "warning": 1, "tip": 2, "info": 3}


class _Findings:
    """Collects findings in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.items: list[Finding] = []

    def add(
        self,
        field: str,
        severity: str,
        code: str,
        *,
        suggestion: str | None = None,
        channel: Channel | None = None,
        **params: Any,
    ) -> None:
        self.items.append(Finding(field, severity, code, t(code, self.lang, **params), suggestion, channel))

    def error(self, field: str, error: InquiryError) -> None:
        self.items.append(Finding(field, "error", error.code, error.message(self.lang)))


def _parse_date(value: str, field: str = "date") -> date:
    """An ISO date, or raise :class:`InvalidDate` with ``<field>.format`` or ``<field>.not_real``."""
    return parse_iso(value, field)


def _typed_date(value: str, field: str, out: _Findings) -> date | None:
    """A date typed another way ("1 Desember 2026"): a warning with the ISO date to take."""
    day, warning = typed_dates.finding(field, value, out.lang)
    if warning:
        out.items.append(warning)
    return day


def _check_date(value: str, field: str, today: date, out: _Findings) -> date | None:
    try:
        day = _parse_date(value, field)
    except InvalidDate as error:
        day = _typed_date(value, field, out) if error.code == f"{field}.format" else None
        if day is None:
            out.error(field, error)
            return None
    if day > today:
        out.add(field, "error", f"{field}.future")
        return None
    return day


def _check_topic(draft: Draft, out: _Findings, wrong_type: set[str]) -> Topic | None:
    if draft.topic is None:
        if "topic" not in wrong_type:
            out.add("topic", "error", "topic.missing")
        return None
    key = re.sub(r"[\s-]+", "_", draft.topic.strip().lower())
    if key in TOPICS:
        return TOPICS[key]
    out.add("topic", "error", "topic.unknown", topics=", ".join(TOPIC_KEYS))
    return None


def _check_name(name: str, out: _Findings) -> None:
    if len(name) > NAME_LIMIT:
        out.add("name", "error", "name.too_long", limit=NAME_LIMIT)
    if "@" in name and email_address.is_valid(name):
        out.add("name", "warning", "name.is_email")


def _check_email(email: str, out: _Findings) -> None:
    try:
        email_address.validate(email)
    except InquiryError as error:
        out.error("email", error)
        return
    suggestion = email_address.suggest(email)
    if suggestion:
        out.add("email", "warning", "email.domain_typo", suggestion=suggestion, address=suggestion)


def _check_tracking(number: str, out: _Findings) -> str | None:
    """Check the tracking number; return its canonical form when valid."""
    try:
        result = tracking.validate(number)
    except InquiryError as error:
        out.error("tracking_number", error)
        return None
    if result.routing_zip:
        out.add(
            "tracking_number",
            "tip",
            "tracking.routing_prefix",
            suggestion=result.number,
            zip=result.routing_zip,
            number=result.number,
        )
    if result.kind == "s10-foreign":
        country = result.country or ""
        post = t("post.ID" if country == "ID" else "post.other", out.lang)
        out.add("tracking_number", "tip", "tracking.international", country=country, post=post)
    return result.number


def _check_address(draft: Draft, out: _Findings, wrong_type: set[str]) -> None:
    for part in ADDRESS_FIELDS:
        if getattr(draft, part) is None and f"address.{part}" not in wrong_type:
            code = "street.missing" if part == "street" else f"{part}.missing"
            out.add(f"address.{part}", "error", code)
    state = None
    if draft.state is not None:
        state = address_rules.state_code(draft.state)
        if state is None:
            out.add("address.state", "error", "state.unknown")
        elif state != draft.state.strip().upper():
            out.add(
                "address.state", "tip", "state.name", suggestion=state, abbr=state, name=address_rules.STATES[state]
            )
    zip_code = None
    if draft.zip is not None:
        try:
            zip_code = address_rules.validate_zip(draft.zip)
        except InquiryError as error:
            out.error("address.zip", error)
    city = (draft.city or "").strip().upper().replace(".", "")
    if state in address_rules.MILITARY_STATES:
        if draft.city is not None and city not in address_rules.MILITARY_CITIES:
            out.add("address.city", "warning", "address.military_city", state=state)
        prefixes = address_rules.MILITARY_ZIP_PREFIXES[state]
        if zip_code and not zip_code.startswith(prefixes):
            shown = prefixes[0] if len(prefixes) == 1 else f"{prefixes[0]}–{prefixes[-1]}"
            out.add("address.zip", "warning", "zip.state_mismatch", state=state, prefixes=shown)
    elif city in address_rules.MILITARY_CITIES and state is not None:
        out.add("address.state", "warning", "address.military_state")


def _check_description(
    description: str, draft: Draft, topic: Topic | None, out: _Findings
) -> None:
    over = description_rules.counted_length(description) - description_rules.MAX_LENGTH
    if over > 0:
        out.add("description", "error", "description.too_long", limit=description_rules.MAX_LENGTH, count=over)
    elif description_rules.is_too_short(description):
        out.add("description", "warning", "description.too_short")
    if description_rules.has_control(description):
        out.add("description", "warning", "description.control_characters")
    for kind in description_rules.mask_sensitive(clean_text(description)[:CUT])[1]:  # masked in the message too
        severity = "warning" if kind in ("password", "pin", "otp") else "error"
        out.add("description", severity, f"description.{kind}")
    _check_language(description, draft, topic, out)
    if description_rules.is_shouting(description):
        out.add("description", "warning", "description.shouting")
    if description_rules.has_exclamation_run(description):
        out.add("description", "warning", "description.exclamation")
    # A package topic's recommended date and address may be given in the description instead.
    if topic and topic.key in PACKAGE_TOPICS:
        if (
            "date" in topic.recommended and draft.date is None and draft.mailed_on is None
            and not description_rules.mentions_when(description)
        ):  # fmt: skip
            out.add("description", "warning", "description.when")
        if (
            "address" in topic.recommended and not draft.has_address and draft.other_place is None
            and not description_rules.mentions_where(description)
        ):  # fmt: skip
            out.add("description", "warning", "description.where")


# Which answers say what a description's point says (usps_inquiry.formats.language.POINTS).
def _point_covered(point: str, draft: Draft, topic: Topic | None) -> bool:
    problem, wanted = (draft.problem or "").strip().lower().replace(" ", "_"), (draft.wanted or "").strip().lower()
    return {
        "when": bool(draft.date or draft.mailed_on or draft.expected_on),
        "not_arrived": problem == "not_arrived" or (topic is not None and topic.key == "lost_package"),
        "delivered": problem == "delivered_not_received",
        "damaged": problem == "damaged" or "box_damaged" in draft.details,
        "contents_missing": problem == "contents_missing" or "contents_missing_some" in draft.details,
        "returned": problem == "returned_to_sender",
        "customs": problem == "held_at_customs",
        "tracking": draft.tracking_number is not None,
        "where": draft.has_address or draft.other_place is not None,
        "refund": wanted == "refund",
        "claim": wanted == "claim",
    }[point]


def _check_language(description: str, draft: Draft, topic: Topic | None, out: _Findings) -> None:
    """A description not in English: left out unless the reader includes it; say what is covered."""
    if language.language_of(description) not in ("id", "other"):
        return
    if draft.include_description is True:
        out.add("description", "tip", "description.included")
        return
    found = language.points(description)
    covered = [point for point in found if _point_covered(point, draft, topic)]
    missing = [point for point in found if point not in covered]
    message = t("description.language", out.lang)
    for code, points in (("description.language_covered", covered), ("description.language_not_covered", missing)):
        if points:
            message += " " + t(code, out.lang, points=join([t(f"point.{p}", out.lang) for p in points], out.lang))
    out.items.append(Finding("description", "warning", "description.language", message))


def _with_bank(keys: list[str], description: str | None) -> list[str]:
    """Fraud where the reader gave away a card number or a code: the bank comes before the
    Inspection Service (it can still block the card and dispute the payment)."""
    if "theft" not in keys or not description:
        return keys
    given = set(description_rules.mask_sensitive(clean_text(description)[:CUT])[1])
    if not given & {"card_number", "otp", "pin", "password"}:
        return keys
    index = keys.index("theft")
    return keys[:index] + ["bank"] + keys[index:]


def _sort_key(finding: Finding) -> tuple[int, int, int]:
    channel_first = 0 if finding.channel is not None else 1
    return (channel_first, _FIELD_ORDER.get(finding.field, len(_FIELD_ORDER)), _SEVERITY_ORDER[finding.severity])


def check(draft: Any, *, lang: str = "id", today: date | None = None) -> Report:
    """Check a draft inquiry and compose its message; never raises for any JSON value.

    :param draft: the draft, normally a ``dict`` (see :mod:`usps_inquiry.draft`).
    :param lang: the language of the findings: ``'id'`` (Indonesian) or ``'en'`` (English).
        The message to USPS is always in English.
    :param today: the date "today" is, for dates in the future and the follow-up;
        defaults to :meth:`datetime.date.today`.
    :raises UnsupportedLanguage: if `lang` is not ``'id'`` or ``'en'``.
    :raises InvalidDate: if `today` is given and is not a :class:`~datetime.date` (code
        ``today.type``; a string like ``'2026-03-20'`` is refused too, so a caller's mistake is
        not silently read one way or another).
    """
    lang = check_lang(lang)
    if isinstance(today, datetime):
        today = today.date()  # a datetime cannot be compared with a date
    if today is not None and not isinstance(today, date):
        raise InvalidDate("today.type", type=type(today).__name__)
    today = today or date.today()
    parsed, shape = parse(draft, lang)
    out = _Findings(lang)
    out.items += shape
    wrong_type = {finding.field for finding in shape if finding.code == "draft.type"}

    def missing(field: str) -> bool:
        return field not in wrong_type

    topic = _check_topic(parsed, out, wrong_type) if isinstance(draft, dict) else None
    is_passport = topic is not None and topic.key == "passport"
    required = set() if is_passport or not isinstance(draft, dict) else {"name", "email", "description"}
    if parsed.problem or parsed.wanted or parsed.details:
        required.discard("description")  # the answers say what happened; free text is optional
    recommended: set[str] = set()
    if topic and not is_passport:
        required |= set(topic.required)
        recommended |= set(topic.recommended)

    # Who is writing.
    if parsed.name is not None:
        _check_name(parsed.name, out)
    elif "name" in required and missing("name"):
        out.add("name", "error", "name.missing")
    if parsed.email is not None:
        _check_email(parsed.email, out)
    elif "email" in required and missing("email"):
        out.add("email", "error", "email.missing")
    phone_is_international = False
    if parsed.phone is not None:
        try:
            number = phone.validate(parsed.phone)
        except InquiryError as error:
            out.error("phone", error)
            suggestion = phone.suggest(parsed.phone)
            if suggestion:  # the number written the Indonesian way: offer +62
                out.items[-1] = Finding("phone", "error", error.code, error.message(lang), suggestion)
        else:
            phone_is_international = not number.is_us

    # What it is about.
    situation = situation_rules.resolve(parsed, parsed.tracking_number, lang=lang, today=today)
    canonical_tracking = None
    if parsed.tracking_number is not None:
        if situation.service == "global_express_guaranteed" and situation_rules.is_gxg_number(parsed.tracking_number):
            canonical_tracking = tracking.compact(parsed.tracking_number)  # GXG: 10 digits, no check digit known
        else:
            canonical_tracking = _check_tracking(parsed.tracking_number, out)
    elif missing("tracking_number"):
        if "tracking_number" in required:
            out.add("tracking_number", "error", "tracking.missing")
        elif "tracking_number" in recommended:
            out.add("tracking_number", "warning", "tracking.recommended")
    if parsed.has_address:
        _check_address(parsed, out, wrong_type)
    elif "address" in required and missing("address"):
        out.add("address", "error", "address.missing")
    day = None
    if parsed.date is not None:
        day = _check_date(parsed.date, "date", today, out)
    elif missing("date") and parsed.mailed_on is None:  # the mailing date answers "when" (no second date)
        if "date" in required:
            out.add("date", "error", "date.missing")
        elif "date" in recommended and not (topic and topic.key in PACKAGE_TOPICS):
            out.add("date", "warning", "date.recommended")
    if parsed.description is not None:
        _check_description(parsed.description, parsed, topic, out)
    elif "description" in required and missing("description"):
        out.add("description", "error", "description.missing")
    if parsed.has_screenshots:
        out.add("has_screenshots", "tip", "has_screenshots.describe")

    # After sending.
    case_number = None
    if parsed.case_number is not None:
        if case_numbers.compact(parsed.case_number):
            case_number = snippet(parsed.case_number, 40)
        else:
            out.add("case_number", "error", "case_number.format")
    sent_on = None
    if parsed.sent_on is not None:
        sent_on = _check_date(parsed.sent_on, "sent_on", today, out)
        if sent_on and day and sent_on < day:
            out.add("sent_on", "warning", "sent_on.before_date")
    if parsed.case_number is not None and parsed.sent_on is None and missing("sent_on"):
        out.add("sent_on", "warning", "sent_on.missing")
    if parsed.sent_on is not None and parsed.case_number is None and missing("case_number"):
        out.add("case_number", "warning", "case_number.missing")

    # The situation, as answers (with what the tracking number tells).
    out.items += situation.findings

    # Whether email is the right channel at all.
    keys = list(channel_rules.detect(parsed.description)) if parsed.description else []
    if situation.is_international:
        keys = [key for key in keys if key != "express"]  # EMS abroad is not Priority Mail Express
    if is_passport:
        out.add(
            "topic", "warning", "channel.passport", channel=channel_rules.channel("passport", lang),
            **channel_rules.params("passport"),
        )
        keys = [key for key in keys if key != "passport"]
    for key in keys:
        out.add(
            "description", "warning", f"channel.{key}", channel=channel_rules.channel(key, lang),
            **channel_rules.params(key),
        )

    # What to do, in order, with dates.
    plan = step_rules.plan(
        situation,
        lang=lang,
        today=today,
        topic=topic.key if topic else None,
        sent_on=sent_on,
        channel_keys=_with_bank(keys, parsed.description),
        follow_up_days=topic.follow_up_days if topic else 0,
        state=address_rules.state_code(parsed.state) if parsed.state else None,
    )
    out.items += plan.findings

    for key in _FREE_TEXT:  # every short free-text answer is masked in the letters like the description
        value = getattr(parsed, key)
        if value and description_rules.mask_sensitive(clean_text(value)[:CUT])[1]:
            out.add(key, "error", "text.sensitive")
    if parsed.contents and not situation_rules.contents_in(parsed.contents, READS["usps"]):
        choices = join([t(f"choice.contents.{key}", lang) for key in situation_rules.CONTENTS], lang)
        out.add("contents", "warning", "contents.not_english", choices=choices)
    unknown_details = [key for key in parsed.details if key not in DETAILS]
    if unknown_details:
        out.add("details", "warning", "details.unknown", keys=", ".join(unknown_details[:5]))

    message: Message | None = None
    follow_up: FollowUp | None = None
    shown_tracking = canonical_tracking or parsed.tracking_number
    if not is_passport and (topic is not None or parsed.description is not None):
        message = compose_message(
            parsed, topic, tracking=shown_tracking, day=day, phone_is_international=phone_is_international,
            situation=situation, mirror=lang,
        )  # fmt: skip
        over = description_rules.length(message.body) - description_rules.MAX_LENGTH
        if parsed.description and len(clean_text(parsed.description)) > CUT:  # what the message left out
            over += description_rules.length(clean_text(parsed.description)[CUT:]) - 1  # less the "…"
        if over > 0:  # the form would cut the end: the request, the contact line and the name
            out.add("description", "error", "message.too_long", count=over)
        if case_number and sent_on:
            days = topic.follow_up_days if topic else TOPICS["other"].follow_up_days
            try:
                due = add_business_days(sent_on, days)
            except InvalidDate:  # past the end of the calendar (9999-12-31)
                due = None
            if due:
                follow_up = compose_follow_up(
                    parsed,
                    topic,
                    case_number=case_number,
                    sent_on=sent_on,
                    due=due,
                    business_days=days,
                    tracking=shown_tracking,
                    phone_is_international=phone_is_international,
                    wanted=situation.wanted,
                    lang=lang,
                )

    # The plan decides: no message to USPS when none of its steps writes to USPS.
    if plan.steps and not any(step.code == "email_us" for step in plan.steps) and message is not None:
        message = follow_up = None
        who = join(list(dict.fromkeys(step.channel.name for step in plan.steps if step.channel)), lang)
        if who:
            out.add("message", "info", "message.not_needed", who=who)
        else:
            out.add("message", "info", "message.not_needed.anyone")
    facts = Facts(
        parsed, situation, topic, shown_tracking, day=day, case_number=case_number, sent_on=sent_on,
        phone_is_international=phone_is_international,
    )  # fmt: skip
    letters = compose_letters(plan.steps, facts, message=message, lang=lang)

    findings = tuple(sorted(out.items, key=_sort_key))
    review = review_rows(parsed, lang, topic=topic)
    return Report(
        findings, message, follow_up, lang, topic.key if topic else None, review, plan.steps, plan.windows, letters
    )

