"""Reading a draft leniently: any JSON value in, a :class:`Draft` and findings out.

The draft is the JSON object the browser and the command line share::

    {"topic": str, "name": str, "email": str, "phone": str, "tracking_number": str,
     "address": {"street": str, "city": str, "state": str, "zip": str},
     "date": "YYYY-MM-DD", "description": str, "has_screenshots": bool,
     "case_number": str, "sent_on": "YYYY-MM-DD",
     # the situation, as answers (issue #8; read by :mod:`usps_inquiry.rules.situation`):
     "direction": str, "role": str, "sender_kind": str, "service": str, "problem": str,
     "wanted": str, "mailed_on": "YYYY-MM-DD", "expected_on": "YYYY-MM-DD", "insured": bool,
     "contents": str, "other_place": str, "details": [str, ...],
     "include_description": bool}   # send a description that is not in English, as typed

Every field is optional. ``null``, an empty string or only spaces count as not filled in. A
value of the wrong type (a number for the name, a list for the address …) is a ``draft.type``
error and is otherwise ignored; an unknown key is a ``draft.unknown_field`` warning (at most
:data:`MAX_UNKNOWN` of them are reported). Nothing here raises.

>>> draft, findings = parse({'name': '  Budi ', 'email': 42, 'colour': 'red'}, 'en')
>>> draft.name, draft.email
('Budi', None)
>>> [(finding.field, finding.code) for finding in findings]
[('email', 'draft.type'), ('colour', 'draft.unknown_field')]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._text import snippet
from .clean import clean_values
from .text import t
from .report import Finding

__all__ = [
    "FIELDS",
    "ADDRESS_FIELDS",
    "BOOL_FIELDS",
    "LIST_FIELDS",
    "TEXT_FIELDS",
    "MAX_UNKNOWN",
    "MAX_DETAILS",
    "Draft",
    "parse",
]

FIELDS = (
    "topic",
    "name",
    "email",
    "phone",
    "tracking_number",
    "address",
    "date",
    "description",
    "has_screenshots",
    "case_number",
    "sent_on",
    # The situation, as answers: their allowed values are checked in usps_inquiry.rules.situation.
    "direction",
    "role",
    "sender_kind",
    "service",
    "problem",
    "wanted",
    "mailed_on",
    "expected_on",
    "insured",
    "contents",
    "other_place",
    "details",
    # Whether the message carries a description that is not in English (usps_inquiry.letters.compose).
    "include_description",
)
ADDRESS_FIELDS = ("street", "city", "state", "zip")
BOOL_FIELDS = ("has_screenshots", "insured", "include_description")
LIST_FIELDS = ("details",)
TEXT_FIELDS = tuple(key for key in FIELDS if key not in ("address", *BOOL_FIELDS, *LIST_FIELDS))
MAX_UNKNOWN = 20
# ``details`` holds sentence-bank ids: short strings, a few of them.
MAX_DETAILS = 20
MAX_DETAIL_LENGTH = 60


@dataclass(frozen=True)
class Draft:
    """The draft's values: trimmed text, or ``None`` when not filled in (or of the wrong type)."""

    topic: str | None = None
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    tracking_number: str | None = None
    street: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    date: str | None = None
    description: str | None = None
    has_screenshots: bool | None = None
    case_number: str | None = None
    sent_on: str | None = None
    direction: str | None = None
    role: str | None = None
    sender_kind: str | None = None
    service: str | None = None
    problem: str | None = None
    wanted: str | None = None
    mailed_on: str | None = None
    expected_on: str | None = None
    insured: bool | None = None
    contents: str | None = None
    other_place: str | None = None
    details: tuple[str, ...] = ()
    include_description: bool | None = None

    @property
    def has_address(self) -> bool:
        """True when any part of the address is filled in."""
        return any((self.street, self.city, self.state, self.zip))


def _type_error(key: str, expected: str, lang: str) -> Finding:
    return Finding(
        key,
        "error",
        "draft.type",
        t("draft.type", lang, key=snippet(key), expected=t(f"expected.{expected}", lang)),
    )


def _text_value(value: Any) -> str | None:
    return value.strip() or None


def parse(value: Any, lang: str) -> tuple[Draft, list[Finding]]:
    """Read `value` as a draft; return it with the findings about its shape."""
    if not isinstance(value, dict):
        return Draft(), [Finding("draft", "error", "draft.not_object", t("draft.not_object", lang))]
    values: dict[str, Any] = {}
    findings: list[Finding] = []
    unknown: list[Finding] = []
    for key, raw in value.items():
        key = str(key)
        if key not in FIELDS:
            if len(unknown) < MAX_UNKNOWN:
                name = snippet(key)
                unknown.append(
                    Finding(name, "warning", "draft.unknown_field", t("draft.unknown_field", lang, key=name))
                )
            continue
        if raw is None:
            continue
        if key in LIST_FIELDS:
            if not isinstance(raw, list):
                findings.append(_type_error(key, "list", lang))
                continue
            items = []
            for item in raw:
                if not isinstance(item, str):
                    findings.append(_type_error(key, "list", lang))
                    break
                item = snippet(item.strip(), MAX_DETAIL_LENGTH)
                if item and item not in items and len(items) < MAX_DETAILS:
                    items.append(item)
            values[key] = tuple(items)
        elif key in BOOL_FIELDS:
            if isinstance(raw, bool):
                values[key] = raw
            else:
                findings.append(_type_error(key, "bool", lang))
        elif key == "address":
            if not isinstance(raw, dict):
                findings.append(_type_error(key, "address", lang))
                continue
            for part, part_raw in raw.items():
                part = str(part)
                field = f"address.{snippet(part)}"
                if part not in ADDRESS_FIELDS:
                    if len(unknown) < MAX_UNKNOWN:
                        unknown.append(
                            Finding(field, "warning", "draft.unknown_field", t("draft.unknown_field", lang, key=field))
                        )
                elif isinstance(part_raw, str):
                    values[part] = _text_value(part_raw)
                elif part_raw is not None:
                    findings.append(_type_error(field, "text", lang))
        elif isinstance(raw, str):
            values[key] = _text_value(raw)
        else:
            findings.append(_type_error(key, "text", lang))
    values, invisible = clean_values(values)
    for key in invisible:  # said once per field; see usps_inquiry.clean for why they go
        field = f"address.{key}" if key in ADDRESS_FIELDS else key
        findings.append(Finding(field, "tip", "text.invisible", t("text.invisible", lang)))
    return Draft(**values), findings + unknown
