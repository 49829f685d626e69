"""The letter to USPS, sentence by sentence, in the letter's language and, beside it, its mirror
in the reader's.

The message is English (USPS answers in English); the mirror shows the reader, sentence for
sentence, what it says. The sentences are the catalogue's (``letter.*`` in every catalogue of
:mod:`usps_inquiry.text`); this module names them as the letter uses them (codes), and a
:class:`Said` holds one sentence in each language a letter is written in, so the letter and its
mirror are built together from the same codes and cannot drift. Which languages those are is the
caller's: the door's and the reader's.

**The sentence bank** (:data:`DETAILS`) holds ready sentences for details the answers do not
cover; the draft's ``details`` is a list of their ids. Each has a label for the page's checkbox
(``label.detail.<key>``) and its sentence (``letter.detail.<key>``). ``{since}`` is filled from
the draft's date fields (see :func:`usps_inquiry.letters.compose.compose_message`).

>>> box = template(DETAILS['box_damaged'].code, ('en', 'id'))
>>> box['en'], box['id']
('The box was damaged when it arrived.', 'Kardus paket sudah rusak saat tiba.')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..rules.situation import PROBLEMS, SERVICES
from ..rules.situation import WANTED as WANTED_KEYS
from ..text import t
from ..text import template as catalogue_template

__all__ = [
    "Said",
    "said",
    "template",
    "same",
    "joined",
    "Detail",
    "DETAILS",
    "DETAIL_IDS",
    "SERVICE_NAMES",
    "OPENING",
    "SITUATION",
    "PROBLEM",
    "WANTED",
    "LETTER",
    "READS",
]


class Said:
    """One sentence (or label) in each of `langs`, with the same ``{fields}``: ``said['en']``."""

    __slots__ = ("texts",)

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def __getitem__(self, lang: str) -> str:
        return self.texts[lang]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Said) and other.texts == self.texts

    def __repr__(self) -> str:
        return f"Said({self.texts!r})"

    def format(self, **values: Any) -> Said:
        """Fill the fields; a value may itself be a :class:`Said` (its own language is taken)."""
        return Said({
            lang: text.format(**{key: value[lang] if isinstance(value, Said) else value for key, value in values.items()})
            for lang, text in self.texts.items()
        })  # fmt: skip

    def __add__(self, other: Said) -> Said:
        return Said({lang: text + other[lang] for lang, text in self.texts.items()})


def said(code: str, langs: tuple[str, ...], **params: Any) -> Said:
    """The catalogue's sentence `code` in each of `langs`, with `params` filled in."""
    return Said({lang: t(code, lang, **params) for lang in langs})


def template(code: str, langs: tuple[str, ...]) -> Said:
    """The catalogue's template `code`, unfilled, in each of `langs`."""
    return Said({lang: catalogue_template(code, lang) for lang in langs})


def same(value: str, langs: tuple[str, ...]) -> Said:
    """A value every language writes alike (the reader's own words, a number)."""
    return Said(dict.fromkeys(langs, value))


def joined(items: list[Said], separator: str, langs: tuple[str, ...]) -> Said:
    """`items` one after another, `separator` between them, in each language."""
    return Said({lang: separator.join(item[lang] for item in items) for lang in langs})


@dataclass(frozen=True)
class Detail:
    """A ready sentence from the bank, by its id. Its words are the catalogue's: the page's
    checkbox label ``label.detail.<key>`` and the sentence ``letter.detail.<key>``."""

    key: str

    @property
    def code(self) -> str:
        """The sentence's code (``{since}`` still to fill)."""
        return f"letter.detail.{self.key}"


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

# The language each door reads (the addressee; see usps_inquiry.letters.doors.DOORS).
READS = {"usps": "en", "seller": "en", "pos_indonesia": "id"}

# The letter's sentences by what they say; each a catalogue code.
# "a Priority Mail package": how each service names the item.
SERVICE_NAMES = {key: f"letter.part.service.{key}" for key in SERVICES if key != "unknown"}
PACKAGE = "letter.part.package"
ITEM = "letter.part.item"  # a letter, not a package: First-Class Mail

OPENING = {role: f"letter.opening.{role or 'none'}" for role in ("sender", "recipient", None)}
SITUATION = {
    key: f"letter.situation.{key}"
    for key in ("mailed_route", "mailed_from", "mailed_to", "mailed", "route", "from", "to", "contents", "expected", "insured")
}
# What happened, as the tracking and the reader see it.
PROBLEM = {key: f"letter.problem.{key}" for key in PROBLEMS if key != "other"}
RETURNED_TO_ME = "letter.problem.returned_to_me"
NOT_UPDATED = "letter.not_updated"
# What the reader asks for. A refund gives back postage; a claim asks for the value of the item.
WANTED = {key: f"letter.wanted.{key}" for key in (*WANTED_KEYS, "refund_express")}
TO_ADDRESS = "letter.part.to_address"

LETTER = {
    key: f"letter.{key}"
    for key in (
        "greeting", "tracking", "date", "address", "additional", "additional_not_english", "screenshots",
        "reach_both", "reach_email", "reach_phone", "email_best", "no_reply", "thanks", "regards",
    )
}  # fmt: skip
