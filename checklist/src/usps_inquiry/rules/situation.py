"""The reader's situation, read from the answers they chose, with what the tracking number tells.

The draft keys (all optional; see :mod:`usps_inquiry.draft`):

================ ==========================================================================
key              values
================ ==========================================================================
``direction``    ``domestic`` | ``to_us`` (mailed in another country to a US address) |
                 ``from_us`` (mailed from the US to another country)
``role``         ``sender`` | ``recipient``
``sender_kind``  ``person`` | ``shop`` (who sent it, when the reader is the recipient: a shop
                 is asked first, because it can reship or refund without any post)
``service``      :data:`SERVICES`
``problem``      :data:`PROBLEMS`
``wanted``       :data:`WANTED`
``mailed_on``    ISO date, not in the future
``expected_on``  ISO date
``insured``      ``true`` | ``false``
``contents``     short text ("two books"), at most :data:`TEXT_LIMIT` characters
``other_place``  the end outside the US ("Bandung, Indonesia"), at most :data:`TEXT_LIMIT`
``details``      sentence-bank ids (defined by the composer)
================ ==========================================================================

Values are read leniently: case, spaces and hyphens do not matter, and the usual abbreviations
(``PMEI``, ``FCPIS``, ``GXG`` …) are understood. An unknown value is a ``<key>.unknown`` error
listing the allowed values in the reader's language, and is otherwise ignored.

When ``direction`` or ``service`` is not given, it is derived from the tracking number where
:data:`usps_inquiry.rules.facts.S10_SERVICES` allows, with a ``direction.derived`` /
``service.derived`` tip saying so (``suggestion`` holds the derived value). A domestic USPS
number gives ``domestic`` silently (:attr:`Situation.direction_derived` still says so): it is
no news to its reader, and the old drafts keep their findings. An answer the number contradicts
(``to_us`` with a number USPS issued, or ``from_us``/``domestic`` with a foreign one) is a
``direction.number_from_us`` / ``direction.number_from_abroad`` warning; the answer is kept.

>>> situation = resolve({'problem': 'not arrived'}, 'CP123456785US', lang='en')
>>> situation.direction, situation.direction_asked, situation.service, situation.problem
(None, True, 'priority_mail_international', 'not_arrived')
>>> [finding.code for finding in situation.findings]
['direction.ask', 'service.derived']
>>> resolve({'service': 'pme'}, 'EI123456785US', lang='en').direction  # the chosen service decides
'domestic'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..formats import tracking as tracking_rules
from ..formats import typed_dates
from ..formats.dates import parse_iso
from ..exceptions import InquiryError
from ..draft import Draft, parse
from .facts import S10_SERVICES
from ..formats.description import mask_sensitive
from ..formats.language import is_english_phrase
from .._text import snippet
from ..text import LANGUAGES, t
from ..report import Finding

__all__ = [
    "DIRECTIONS",
    "ROLES",
    "SENDER_KINDS",
    "SERVICES",
    "PROBLEMS",
    "WANTED",
    "CHOICES",
    "INTERNATIONAL_SERVICES",
    "TEXT_LIMIT",
    "Situation",
    "resolve",
    "fields_for",
    "fields_answer",
    "value_label",
    "is_gxg_number",
    "read_choice",
    "CONTENTS",
    "contents_key",
    "contents_in",
]

DIRECTIONS = ("domestic", "to_us", "from_us")
ROLES = ("sender", "recipient")
SENDER_KINDS = ("person", "shop")
SERVICES = (
    "priority_mail_express",
    "priority_mail",
    "ground_advantage",
    "first_class_mail",
    "media_mail",
    "priority_mail_express_international",
    "priority_mail_international",
    "first_class_package_international",
    "first_class_mail_international",
    "global_express_guaranteed",
    "unknown",
)
INTERNATIONAL_SERVICES = frozenset(SERVICES[5:10])
PROBLEMS = (
    "not_arrived",
    "delivered_not_received",
    "damaged",
    "contents_missing",
    "returned_to_sender",
    "held_at_customs",
    "late_express",
    "wrong_address",
    "other",
)
WANTED = ("find_and_deliver", "redeliver", "refund", "claim", "explanation", "pass_on_feedback")
CHOICES: dict[str, tuple[str, ...]] = {
    "direction": DIRECTIONS,
    "role": ROLES,
    "sender_kind": SENDER_KINDS,
    "service": SERVICES,
    "problem": PROBLEMS,
    "wanted": WANTED,
}
_ALIASES = {
    "pme": "priority_mail_express",
    "express": "priority_mail_express",
    "pm": "priority_mail",
    "priority": "priority_mail",
    "usps_ground_advantage": "ground_advantage",
    "first_class": "first_class_mail",
    "pmei": "priority_mail_express_international",
    "pmi": "priority_mail_international",
    "fcpis": "first_class_package_international",
    "first_class_package_international_service": "first_class_package_international",
    "fcmi": "first_class_mail_international",
    "gxg": "global_express_guaranteed",
    "inbound": "to_us",
    "outbound": "from_us",
    "seller": "shop",
    "store": "shop",
    "toko": "shop",
    "penjual": "shop",
    "pengirim": "sender",
    "penerima": "recipient",
    "domestik": "domestic",
}
TEXT_LIMIT = 100
# A short bank of common contents, with labels in every catalogue (``choice.contents.<key>``): a
# reader who typed them in Indonesian picks one, and the English letter names it in English.
CONTENTS = ("books", "clothes", "shoes", "bags", "documents", "electronics", "cosmetics", "food", "toys", "gift")
_GXG = re.compile(r"[0-9]{10}")

# Which draft keys each topic asks, in the order the page shows them (progressive disclosure).
_WHO = ("name", "email", "phone")
_AFTER = ("description", "details", "has_screenshots", "case_number", "sent_on")
_ITEM = ("direction", "role", "sender_kind", "service", "tracking_number", "mailed_on", "expected_on")
_FIELDS_FOR: dict[str, tuple[str, ...]] = {
    "lost_package": _WHO + _ITEM + ("problem", "wanted", "insured", "contents", "other_place", "address", "date") + _AFTER,
    "delivery_problem": _WHO
    + ("address", "date", "tracking_number", "direction", "role", "problem", "wanted", "mailed_on", "expected_on")
    + ("contents", "other_place")
    + _AFTER,
    "tracking": _WHO + _ITEM + ("problem", "other_place") + _AFTER,
    "refund_claim": _WHO + _ITEM + ("problem", "wanted", "insured", "contents", "other_place", "address", "date") + _AFTER,
    "feedback": _WHO + ("date", "address", "tracking_number") + _AFTER,
    "general": _WHO + ("tracking_number", "address", "date") + _AFTER,
    "other": _WHO + ("tracking_number", "direction", "role", "address", "date") + _AFTER,
    "passport": (),
}


@dataclass(frozen=True)
class Situation:
    """What happened to which item, as far as the answers and the tracking number tell.

    Every value is ``None`` when neither the reader nor the tracking number says it.

    :ivar direction_derived: ``direction`` came from the tracking number, not the reader.
    :ivar service_derived: ``service`` came from the tracking number's prefix.
    :ivar registered: the tracking number is a Registered Mail number (``R…US``).
    :ivar country: the S10 country code of a number not issued by USPS (``'ID'``), else ``None``.
    :ivar direction_asked: the number was mailed in the US but does not say where to, and the
        reader has not said: a ``direction.ask`` warning asks, and the plan waits for the answer.
    :ivar findings: the findings about these keys (unknown values, bad dates, derivations).
    """

    direction: str | None = None
    direction_derived: bool = False
    service: str | None = None
    service_derived: bool = False
    role: str | None = None
    sender_kind: str | None = None
    problem: str | None = None
    wanted: str | None = None
    mailed_on: date | None = None
    expected_on: date | None = None
    insured: bool | None = None
    contents: str | None = None
    other_place: str | None = None
    details: tuple[str, ...] = ()
    registered: bool = False
    country: str | None = None
    direction_asked: bool = False
    findings: tuple[Finding, ...] = field(default=(), compare=False)

    @property
    def is_international(self) -> bool:
        return self.direction in ("to_us", "from_us")


def value_label(key: str, value: str, lang: str) -> str:
    """How a choice reads to the reader: ``value_label('direction', 'to_us', 'en')``.

    >>> value_label('service', 'priority_mail_international', 'id')
    'Priority Mail International'
    """
    return t(f"choice.{key}.{value}", lang)


def fields_for(topic: str | None) -> tuple[str, ...]:
    """The draft keys a topic asks, in the order the page shows them.

    An unknown or missing topic gets every key the "other" topic asks; ``passport`` asks none
    (it is the wrong channel).

    >>> 'mailed_on' in fields_for('lost_package'), 'mailed_on' in fields_for('general')
    (True, False)
    """
    return _FIELDS_FOR.get(topic or "", _FIELDS_FOR["other"])


def fields_answer(topic: str | None, lang: str) -> dict[str, Any]:
    """What the page needs to ask a topic's questions: the keys in order, and each choice's label.

    >>> answer = fields_answer('lost_package', 'en')
    >>> answer['choices']['role'][0]
    {'value': 'sender', 'label': 'I sent it'}
    """
    key = re.sub(r"[\s-]+", "_", topic.strip().lower()) if topic else None
    fields = fields_for(key)
    return {
        "topic": key if key in _FIELDS_FOR else None,
        "fields": list(fields),
        "choices": {
            name: [{"value": value, "label": value_label(name, value, lang)} for value in CHOICES[name]]
            for name in CHOICES
            if name in fields
        },
    }


def read_choice(key: str, value: str) -> str | None:
    """`value` as one of ``CHOICES[key]`` (case, spaces, hyphens and abbreviations aside), or ``None``.

    >>> read_choice('service', 'PMI'), read_choice('direction', 'sideways')
    ('priority_mail_international', None)
    """
    normal = re.sub(r"[\s-]+", "_", value.strip().lower())
    normal = _ALIASES.get(normal, normal)
    return normal if normal in CHOICES[key] else None


def _choice(key: str, value: str, lang: str, findings: list[Finding]) -> str | None:
    normal = read_choice(key, value)
    if normal is not None:
        return normal
    allowed = "; ".join(f"{value_label(key, choice, lang)} ({choice})" for choice in CHOICES[key])
    findings.append(Finding(key, "error", f"{key}.unknown", t(f"{key}.unknown", lang, allowed=allowed)))
    return None


def _date(key: str, value: str, lang: str, findings: list[Finding]) -> date | None:
    try:
        return parse_iso(value, key)
    except InquiryError as error:
        if error.code == f"{key}.format":
            day, typed = typed_dates.finding(key, value, lang)  # "3 Nov 2026": take it, offer the ISO form
            if typed:
                findings.append(typed)
                return day
        findings.append(Finding(key, "error", error.code, error.message(lang)))
        return None


def contents_key(value: str | None) -> str | None:
    """The bank's key for `value` when it is a key or a label of it in any language.

    >>> contents_key('Buku'), contents_key('books'), contents_key('dua buku')
    ('books', 'books', None)
    """
    if not value:
        return None
    typed = " ".join(value.split()).lower()
    for key in CONTENTS:
        if typed == key or any(typed == t(f"choice.contents.{key}", lang).lower() for lang in LANGUAGES):
            return key
    return None


def contents_in(value: str | None, lang: str) -> str | None:
    """The contents as a letter in `lang` says them: a bank choice in `lang`; the reader's words
    (secrets masked) otherwise, except not-English words in an English letter (``None``).

    >>> contents_in('Buku', 'en'), contents_in('dua buku', 'en'), contents_in('dua buku', 'id')
    ('Books', None, 'dua buku')
    """
    key = contents_key(value)
    if key is not None:
        return t(f"choice.contents.{key}", lang)
    if not value:
        return None
    typed = mask_sensitive(snippet(value, TEXT_LIMIT * 2))[0]
    if lang == "en" and not is_english_phrase(typed):
        return None
    return typed


def is_gxg_number(number: str) -> bool:
    """Whether `number` has the form of a Global Express Guaranteed number: 10 digits."""
    return _GXG.fullmatch(tracking_rules.compact(number)) is not None


def _from_tracking(number: str | None) -> tuple[str | None, str | None, bool, str | None, bool]:
    """(direction, service, registered, country, settled) that the number's form tells, where it
    does. `settled` is whether the direction is certain: a number from another country, a domestic
    barcode, or EA…US (domestic Priority Mail Express). Other S10 numbers ending in US (CP, EC,
    RB …) were mailed in the US, but not necessarily abroad: the reader is asked."""
    if not number:
        return None, None, False, None, False
    if is_gxg_number(number):
        # Ten digits is also a DHL Express number; USPS's one GXG sample (82 000 000 00) is no
        # rule, so a GXG number is accepted when the reader says GXG, never derived from.
        return None, None, False, None, False
    try:
        result = tracking_rules.validate(number)
    except Exception:  # noqa: BLE001 - an invalid number tells nothing; the checker reports it
        return None, None, False, None, False
    if result.kind == "s10-foreign":
        return "to_us", None, False, result.country, True
    if result.kind != "s10":
        return "domestic", None, False, None, True
    prefix = result.number[:2]
    direction, service = S10_SERVICES.get(prefix, ("from_us", None))
    return direction, service, prefix.startswith("R"), None, direction == "domestic"


def resolve(
    draft: Any,
    tracking: str | None = None,
    *,
    lang: str = "id",
    today: date | None = None,
) -> Situation:
    """Read the situation keys of `draft` (a dict or a parsed :class:`Draft`); never raises.

    :param tracking: the tracking number (canonical or as typed); defaults to the draft's.
    :param today: for a ``mailed_on`` in the future; defaults to :meth:`datetime.date.today`.
    """
    if isinstance(draft, Draft):
        parsed = draft
    else:
        parsed, _ = parse(draft, lang)  # the checker reports the shape findings once
    today = today or date.today()
    findings: list[Finding] = []
    values: dict[str, Any] = {}
    for key in CHOICES:
        raw = getattr(parsed, key)
        values[key] = _choice(key, raw, lang, findings) if raw is not None else None
    mailed_on = _date("mailed_on", parsed.mailed_on, lang, findings) if parsed.mailed_on else None
    if mailed_on and mailed_on > today:
        findings.append(Finding("mailed_on", "error", "mailed_on.future", t("mailed_on.future", lang)))
        mailed_on = None
    expected_on = _date("expected_on", parsed.expected_on, lang, findings) if parsed.expected_on else None
    if mailed_on and expected_on and expected_on < mailed_on:
        findings.append(
            Finding("expected_on", "warning", "expected_on.before_mailed", t("expected_on.before_mailed", lang))
        )
    for key in ("contents", "other_place"):
        value = getattr(parsed, key)
        if value is not None and len(value) > TEXT_LIMIT:
            findings.append(Finding(key, "error", f"{key}.too_long", t(f"{key}.too_long", lang, limit=TEXT_LIMIT)))

    number = tracking if tracking is not None else parsed.tracking_number
    direction, service, registered, country, settled = _from_tracking(number)
    direction_derived = direction_asked = service_derived = False
    chosen = values["service"] if values["service"] != "unknown" else None
    if values["direction"] is None and parsed.direction is None:
        if chosen is not None:  # the service the reader chose beats the guess from the number
            values["direction"] = "from_us" if chosen in INTERNATIONAL_SERVICES else "domestic"
        elif direction is not None and settled:
            values["direction"] = direction
            direction_derived = True
        elif direction is not None:  # mailed in the US, but to where? Ask, do not guess.
            direction_asked = True
            findings.append(Finding("direction", "warning", "direction.ask", t("direction.ask", lang)))
    if values["direction"] is not None and direction is not None and not direction_derived:
        mailed_in_us = direction in ("from_us", "domestic")
        if (values["direction"] == "to_us") == mailed_in_us:  # the number says where it was mailed
            code = "direction.number_from_us" if mailed_in_us else "direction.number_from_abroad"
            findings.append(Finding("direction", "warning", code, t(code, lang, country=country or "")))
    if direction_derived and direction != "domestic":  # a domestic number is no news to its reader
        findings.append(
            Finding(
                "direction",
                "tip",
                "direction.derived",
                t("direction.derived", lang, value=value_label("direction", direction, lang)),
                suggestion=direction,
            )
        )
    if values["service"] is None and service is not None and parsed.service is None:
        values["service"] = service
        service_derived = True
        unverified = service == "first_class_package_international"
        findings.append(
            Finding(
                "service",
                "tip",
                "service.derived",
                t(
                    "service.derived_unverified" if unverified else "service.derived",
                    lang,
                    value=value_label("service", service, lang),
                ),
                suggestion=service,
            )
        )
    return Situation(
        direction=values["direction"],
        direction_derived=direction_derived,
        service=values["service"],
        service_derived=service_derived,
        role=values["role"],
        sender_kind=values["sender_kind"],
        problem=values["problem"],
        wanted=values["wanted"],
        mailed_on=mailed_on,
        expected_on=expected_on,
        insured=parsed.insured,
        contents=parsed.contents,
        other_place=parsed.other_place,
        details=parsed.details,
        registered=registered,
        country=country,
        direction_asked=direction_asked,
        findings=tuple(findings),
    )
