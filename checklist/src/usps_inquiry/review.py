"""The "check your answers" rows: every filled-in answer, labelled as the form labels it.

The page shows these rows before the message and prints them in the record (the GOV.UK "check
your answers" pattern), so it formats nothing itself. One row per filled-in field, in the form's
order; a field left empty, or ``has_screenshots`` left unticked, has no row. Values are in the
reader's language where they are not the reader's own text:

* ``topic``: the topic's name as the form shows it ("Paket hilang atau belum tiba"); an unknown
  topic as typed.
* ``address``: ONE row, ``street, City, ST ZIP``, with the state as its two-letter code in capitals
  and a ZIP+4 with its hyphen (``20500-0003``) when they are valid, as typed otherwise.
* ``date``, ``sent_on``: written out ("Senin, 2 Maret 2026") when they are real dates, else as typed.
* ``has_screenshots``: "Ya" / "Yes"; ``insured``: "Ya" / "Tidak" ("Yes" / "No").
* the situation choices (``direction``, ``role``, ``sender_kind``, ``service``, ``problem``,
  ``wanted``): the choice's label ("dikirim dari Amerika Serikat ke negara lain"), a value that is
  not a choice as typed; ``mailed_on``, ``expected_on`` written out like ``date``. A value derived
  from the tracking number is not an answer and has no row. ``details`` (sentence-bank ids) has
  no row here: the composer's bank knows their labels.
* everything else as typed (trimmed, on one line, cut at 200 characters; the description whole).

Each row's label is the form's own label, ``label.field.<field>`` in the catalogues (the page
gets the same words through :mod:`usps_inquiry.page_labels`). To add a field: its label in every
catalogue and a value function in :data:`ROWS`, at the place the form asks for it.

>>> from usps_inquiry.draft import Draft
>>> [row.to_dict() for row in review_rows(Draft(name='Budi', state='dc', zip='20500 0003',
...                                             city='Washington', date='2026-03-02'), 'en')]
... # doctest: +NORMALIZE_WHITESPACE
[{'field': 'name', 'label': 'Full name', 'value': 'Budi'},
 {'field': 'address', 'label': 'Mailing address involved', 'value': 'Washington, DC 20500-0003'},
 {'field': 'date', 'label': 'Date it happened', 'value': 'Monday, March 2, 2026'}]
"""

from __future__ import annotations

from typing import Callable

from .letters.sentences import DETAILS
from ._text import clean_text, snippet
from .formats.address import compact_zip, state_code, validate_zip
from .formats.dates import long_date, parse_iso
from .draft import ADDRESS_FIELDS, FIELDS, Draft
from .exceptions import InquiryError, check_lang
from .report import ReviewRow
from .rules.situation import read_choice, value_label
from .rules.topics import TOPICS, Topic
from .text import t

__all__ = ["LABELLED", "SITUATION_FIELDS", "ROWS", "review_rows"]

_LINE = 200  # as in the message: the longest one-line value kept in full

# The fields with a label (the form's words for them: ``label.field.<field>`` in the catalogue).
LABELLED = (*FIELDS, *(f"address.{part}" for part in ADDRESS_FIELDS))
# The situation keys the page asks from issue #8 on (their controls come with the page's #8 work).
SITUATION_FIELDS = (
    "direction", "role", "sender_kind", "service", "mailed_on", "expected_on", "problem", "wanted",
    "insured", "contents", "other_place", "details", "include_description",
)  # fmt: skip


def _line(value: str | None) -> str | None:
    return snippet(value, _LINE) or None if value else None


def _day(value: str | None, lang: str) -> str | None:
    if not value:
        return None
    try:
        return long_date(parse_iso(value), lang)
    except InquiryError:
        return _line(value)


def _topic(draft: Draft, lang: str, topic: Topic | None) -> str | None:
    if topic is not None:
        return t(f"choice.topic.{topic.key}", lang)
    return _line(draft.topic)


def _address(draft: Draft, lang: str, topic: Topic | None) -> str | None:
    """``street, City, ST ZIP``: the parts that are filled in, normalised where they are valid."""
    state = draft.state and (state_code(draft.state) or _line(draft.state.upper()))
    zip_code = None
    if draft.zip:
        try:
            zip_code = validate_zip(draft.zip)
        except InquiryError:
            zip_code = _line(compact_zip(draft.zip))
    place = " ".join(part for part in (state, zip_code) if part)
    return ", ".join(part for part in (_line(draft.street), _line(draft.city), place) if part) or None


def _description(draft: Draft, lang: str, topic: Topic | None) -> str | None:
    return clean_text(draft.description) if draft.description else None


def _text(field: str) -> Callable[[Draft, str, Topic | None], str | None]:
    return lambda draft, lang, topic: _line(getattr(draft, field))


def _date(field: str) -> Callable[[Draft, str, Topic | None], str | None]:
    return lambda draft, lang, topic: _day(getattr(draft, field), lang)


def _choice(field: str) -> Callable[[Draft, str, Topic | None], str | None]:
    """A situation choice as the form shows it; a value that is not a choice, as typed."""

    def value(draft: Draft, lang: str, topic: Topic | None) -> str | None:
        raw = getattr(draft, field)
        choice = read_choice(field, raw) if raw else None
        return value_label(field, choice, lang) if choice else _line(raw)

    return value


# The form's order. Each function returns the row's value, or None for no row.
ROWS: dict[str, Callable[[Draft, str, Topic | None], str | None]] = {
    "topic": _topic,
    "name": _text("name"),
    "email": _text("email"),
    "phone": _text("phone"),
    "tracking_number": _text("tracking_number"),
    "direction": _choice("direction"),
    "role": _choice("role"),
    "sender_kind": _choice("sender_kind"),
    "service": _choice("service"),
    "mailed_on": _date("mailed_on"),
    "expected_on": _date("expected_on"),
    "problem": _choice("problem"),
    "wanted": _choice("wanted"),
    "insured": lambda draft, lang, topic: None if draft.insured is None else t("choice.yes" if draft.insured else "choice.no", lang),
    "contents": _text("contents"),
    "other_place": _text("other_place"),
    # The ready sentences ticked, by their labels in the sentence bank (unknown ids as given).
    "details": lambda draft, lang, topic: "; ".join(
        t(f"label.detail.{key}", lang) if key in DETAILS else key for key in draft.details
    ) or None,
    "address": _address,
    "date": _date("date"),
    "description": _description,
    # An unticked box is no answer (like has_screenshots): the form sends false for it.
    "include_description": lambda draft, lang, topic: t("choice.yes", lang) if draft.include_description else None,
    "has_screenshots": lambda draft, lang, topic: t("choice.yes", lang) if draft.has_screenshots else None,
    "case_number": _text("case_number"),
    "sent_on": _date("sent_on"),
}


def review_rows(draft: Draft, lang: str, *, topic: Topic | None = None) -> tuple[ReviewRow, ...]:
    """The rows for every filled-in answer of `draft`, labelled in `lang`.

    :param topic: the draft's recognised topic, if any (its name is shown instead of the key).
    """
    lang = check_lang(lang)
    rows = []
    for field, value_of in ROWS.items():
        value = value_of(draft, lang, topic)
        if value:
            rows.append(ReviewRow(field, t(f"label.field.{field}", lang), value))
    return tuple(rows)
