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
>>> DETAILS['box_damaged'].label
'Kardus atau kemasannya rusak saat tiba'
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


@dataclass(frozen=True)
class Detail:
    """A ready sentence from the bank: its id, the page's label (Indonesian, English) and the text."""

    key: str
    label: str
    label_en: str
    en: str
    id: str

    @property
    def pair(self) -> Pair:
        return Pair(self.en, self.id)


DETAILS: dict[str, Detail] = {
    detail.key: detail
    for detail in (
        Detail(
            "tracking_not_updated",
            "Status pelacakan tidak berubah sejak tanggal tertentu",
            "The tracking has not changed since a date",
            "The tracking has not been updated since {since}.",
            "Status pelacakan tidak diperbarui sejak {since}.",
        ),
        Detail(
            "left_with_neighbor",
            "Status pelacakan: paket dititipkan ke tetangga, tetapi tidak ada tetangga yang menerimanya",
            "Tracking says it was left with a neighbor, but no neighbor has it",
            "The tracking says it was left with a neighbor, but none of my neighbors has it.",
            "Status pelacakan menyebut paket dititipkan ke tetangga, tetapi tidak ada tetangga saya yang menerimanya.",
        ),
        Detail(
            "notice_left",
            "Ada pemberitahuan pengantaran (slip) yang ditinggalkan",
            "A delivery notice was left",
            "A delivery notice was left at my address.",
            "Ada pemberitahuan pengantaran yang ditinggalkan di alamat saya.",
        ),
        Detail(
            "no_notice_left",
            "Tidak ada pemberitahuan pengantaran yang ditinggalkan",
            "No delivery notice was left",
            "No delivery notice was left at my address.",
            "Tidak ada pemberitahuan pengantaran yang ditinggalkan di alamat saya.",
        ),
        Detail(
            "box_damaged",
            "Kardus atau kemasannya rusak saat tiba",
            "The box was damaged when it arrived",
            "The box was damaged when it arrived.",
            "Kardus paket sudah rusak saat tiba.",
        ),
        Detail(
            "contents_missing_some",
            "Sebagian isi paket hilang",
            "Some of the contents were missing",
            "Some of the contents were missing when it arrived.",
            "Sebagian isi paket hilang saat paket tiba.",
        ),
        Detail(
            "delivered_wrong_address",
            "Paket diantar ke alamat lain",
            "It was delivered to another address",
            "It was delivered to an address that is not mine.",
            "Paket diantar ke alamat yang bukan alamat saya.",
        ),
        Detail(
            "signature_not_mine",
            "Tanda tangan penerimaan bukan tanda tangan saya",
            "The delivery signature is not mine",
            "The signature on the delivery record is not mine.",
            "Tanda tangan pada bukti pengantaran bukan tanda tangan saya.",
        ),
        Detail(
            "checked_around",
            "Saya sudah memeriksa kotak surat, teras, dan sekitar rumah",
            "I checked the mailbox, porch and around the house",
            "I have checked my mailbox, my porch and around my home.",
            "Saya sudah memeriksa kotak surat, teras, dan sekitar rumah saya.",
        ),
        Detail(
            "address_correct",
            "Alamat pada paket sudah benar",
            "The address on the package is correct",
            "The address on the package is correct.",
            "Alamat pada paket sudah benar.",
        ),
        Detail(
            "already_contacted_sender",
            "Saya sudah menghubungi pengirimnya",
            "I have already contacted the sender",
            "I have already contacted the sender.",
            "Saya sudah menghubungi pengirimnya.",
        ),
        Detail(
            "already_asked_post_office",
            "Saya sudah bertanya ke kantor pos setempat",
            "I have already asked at the local Post Office",
            "I have already asked at my local Post Office.",
            "Saya sudah bertanya ke kantor pos setempat.",
        ),
        Detail(
            "item_needed_by",
            "Barang ini saya perlukan segera",
            "I need the item soon",
            "I need this item soon, so I would be grateful for a quick reply.",
            "Barang ini saya perlukan segera, jadi saya akan sangat berterima kasih atas balasan yang cepat.",
        ),
    )
}
DETAIL_IDS = tuple(DETAILS)

def _pair(code: str) -> Pair:
    """The catalogue's template `code`, unfilled, as the letter (US English) and its mirror have it."""
    return Pair(template(code, "en"), template(code, "id"))


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
