"""The letter to USPS, sentence by sentence, in English and, beside it, its Indonesian mirror.

The message is English (USPS answers in English); the mirror shows the reader, sentence for
sentence, what it says. The sentences are the catalogue's (``letter.*`` in
:mod:`usps_inquiry.text.en` and :mod:`usps_inquiry.text.id`); this module names them as the
letter uses them, as :class:`Pair` templates of the letter's and the mirror's language, so the
two cannot drift.

**The sentence bank** (:data:`DETAILS`) holds ready English sentences for details the answers
do not cover; the draft's ``details`` is a list of their ids. Each has an Indonesian label for
the page's checkbox and its Indonesian mirror. ``{since}`` is filled from the draft's date
fields (see :func:`usps_inquiry.letters.compose.compose_message`).

>>> DETAILS['box_damaged'].en
'The box was damaged when it arrived.'
>>> DETAILS['box_damaged'].id
'Kardus paket sudah rusak saat tiba.'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..rules.situation import PROBLEMS, SERVICES
from ..rules.situation import WANTED as WANTED_KEYS
from ..text import join, t, template

__all__ = [
    "Pair",
    "Detail",
    "DETAILS",
    "DETAIL_IDS",
    "SERVICE_NAMES",
    "OPENING",
    "SITUATION",
    "PROBLEM",
    "WANTED",
    "said",
    "LETTER",
    "join_list",
]


@dataclass(frozen=True)
class Pair:
    """One sentence (or label) in English and in Indonesian, with the same ``{fields}``."""

    en: str
    id: str

    def format(self, **values: Any) -> Pair:
        """Fill the fields; a value may itself be a :class:`Pair` (its own language is taken)."""
        return Pair(
            self.en.format(**{key: getattr(value, "en", value) for key, value in values.items()}),
            self.id.format(**{key: getattr(value, "id", value) for key, value in values.items()}),
        )

    def __add__(self, other: Pair) -> Pair:
        return Pair(self.en + other.en, self.id + other.id)


def said(code: str, **params: Any) -> Pair:
    """The catalogue's sentence `code` as the letter says it (US English) and as its mirror does."""
    return Pair(t(code, "en", **params), t(code, "id", **params))


def _pair(code: str) -> Pair:
    """The catalogue's template `code`, unfilled, as the letter (US English) and its mirror have it."""
    return Pair(template(code, "en"), template(code, "id"))


@dataclass(frozen=True)
class Detail:
    """A ready sentence from the bank, by its id. Its words are the catalogue's: the page's
    checkbox label ``label.detail.<key>`` and the sentence ``letter.detail.<key>``."""

    key: str

    @property
    def pair(self) -> Pair:
        """The sentence as the letter and its mirror have it (``{since}`` still to fill)."""
        return _pair(f"letter.detail.{self.key}")

    @property
    def en(self) -> str:
        return self.pair.en

    @property
    def id(self) -> str:
        return self.pair.id


DETAILS: dict[str, Detail] = {
    key: Detail(key)
    for key in (
        "tracking_not_updated",
        "left_with_neighbor",
        "notice_left",
        "no_notice_left",
        "box_damaged",
        "contents_missing_some",
        "delivered_wrong_address",
        "signature_not_mine",
        "checked_around",
        "address_correct",
        "already_contacted_sender",
        "already_asked_post_office",
        "item_needed_by",
    )
}
DETAIL_IDS = tuple(DETAILS)

# "a Priority Mail package": how each service names the item.
SERVICE_NAMES: dict[str, Pair] = {key: _pair(f"letter.part.service.{key}") for key in SERVICES if key != "unknown"}
PACKAGE = _pair("letter.part.package")
ITEM = _pair("letter.part.item")  # a letter, not a package: First-Class Mail

OPENING = {role: _pair(f"letter.opening.{role or 'none'}") for role in ("sender", "recipient", None)}
SITUATION = {
    key: _pair(f"letter.situation.{key}")
    for key in ("mailed_route", "mailed_from", "mailed_to", "mailed", "route", "from", "to", "contents", "expected", "insured")
}
# What happened, as the tracking and the reader see it.
PROBLEM = {key: _pair(f"letter.problem.{key}") for key in PROBLEMS if key != "other"}
RETURNED_TO_ME = _pair("letter.problem.returned_to_me")
NOT_UPDATED = _pair("letter.not_updated")
# What the reader asks for. A refund gives back postage; a claim asks for the value of the item.
WANTED = {key: _pair(f"letter.wanted.{key}") for key in (*WANTED_KEYS, "refund_express")}
TO_ADDRESS = Pair(" ", " ") + _pair("letter.part.to_address")

LETTER = {
    key: _pair(f"letter.{key}")
    for key in (
        "greeting", "tracking", "date", "address", "additional", "additional_not_english", "screenshots",
        "reach_both", "reach_email", "reach_phone", "email_best", "no_reply", "thanks", "regards",
    )
}  # fmt: skip


def join_list(items: list[Pair]) -> Pair:
    """"a", "a and b", "a, b, and c" in both languages.

    >>> join_list([Pair('a', 'a'), Pair('b', 'b'), Pair('c', 'c')])
    Pair(en='a, b, and c', id='a, b, dan c')
    """
    return Pair(join([item.en for item in items], "en"), join([item.id for item in items], "id"))
