"""Every sentence of the letter to USPS, in English and, beside it, its Indonesian mirror.

The message is English (USPS answers in English); the mirror shows the reader, sentence for
sentence, what it says. Both are built from the same :class:`Pair` templates, so they cannot
drift: a sentence added in English without its Indonesian fails the tests at once.

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

from ..text import t

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

# "a Priority Mail package": how each service names the item.
SERVICE_NAMES: dict[str, Pair] = {
    "priority_mail_express": Pair("Priority Mail Express package", "paket Priority Mail Express"),
    "priority_mail": Pair("Priority Mail package", "paket Priority Mail"),
    "ground_advantage": Pair("USPS Ground Advantage package", "paket USPS Ground Advantage"),
    "first_class_mail": Pair("First-Class Mail item", "kiriman First-Class Mail"),
    "media_mail": Pair("Media Mail package", "paket Media Mail"),
    "priority_mail_express_international": Pair(
        "Priority Mail Express International package", "paket Priority Mail Express International"
    ),
    "priority_mail_international": Pair("Priority Mail International package", "paket Priority Mail International"),
    "first_class_package_international": Pair(
        "First-Class Package International Service package", "paket First-Class Package International Service"
    ),
    "first_class_mail_international": Pair("First-Class Mail International item", "kiriman First-Class Mail International"),
    "global_express_guaranteed": Pair("Global Express Guaranteed package", "paket Global Express Guaranteed"),
}
PACKAGE = Pair("package", "paket")

OPENING = {
    "sender": Pair("I am writing about a {item} that I sent.", "Saya menghubungi Anda mengenai {item} yang saya kirim."),
    "recipient": Pair(
        "I am writing about a {item} that was sent to me.", "Saya menghubungi Anda mengenai {item} yang dikirim kepada saya."
    ),
    None: Pair("I am writing about a {item}.", "Saya menghubungi Anda mengenai sebuah {item}."),
}

SITUATION = {
    "mailed_route": Pair("It was mailed on {mailed}, from {origin} to {destination}.", "Paket dikirim pada {mailed} dari {origin} ke {destination}."),
    "mailed_from": Pair("It was mailed on {mailed}, from {origin}.", "Paket dikirim pada {mailed} dari {origin}."),
    "mailed_to": Pair("It was mailed on {mailed}, to {destination}.", "Paket dikirim pada {mailed} ke {destination}."),
    "mailed": Pair("It was mailed on {mailed}.", "Paket dikirim pada {mailed}."),
    "route": Pair("It was mailed from {origin} to {destination}.", "Paket dikirim dari {origin} ke {destination}."),
    "from": Pair("It was mailed from {origin}.", "Paket dikirim dari {origin}."),
    "to": Pair("It was mailed to {destination}.", "Paket dikirim ke {destination}."),
    "contents": Pair("It contains {contents}.", "Isinya: {contents}."),
    "expected": Pair("It was expected to arrive by {expected}.", "Paket seharusnya tiba paling lambat {expected}."),
    "insured": Pair("It was insured.", "Paket ini diasuransikan."),
}

# What happened, as the tracking and the reader see it.
PROBLEM = {
    "not_arrived": Pair("It has not arrived.", "Paket belum sampai."),
    "delivered_not_received": Pair(
        "The tracking shows it as delivered, but I have not received it.",
        "Status pelacakan menyebut paket sudah diantar, tetapi saya belum menerimanya.",
    ),
    "damaged": Pair("It arrived damaged.", "Paket tiba dalam keadaan rusak."),
    "contents_missing": Pair(
        "It arrived, but some or all of its contents were missing.",
        "Paket sampai, tetapi sebagian atau seluruh isinya hilang.",
    ),
    "returned_to_sender": Pair("It was returned to the sender.", "Paket dikembalikan ke pengirim."),
    "held_at_customs": Pair("The tracking shows it as held in customs.", "Status pelacakan menyebut paket tertahan di Bea Cukai."),
    "late_express": Pair(
        "It was delivered after its guaranteed delivery date.",
        "Paket diantar setelah tanggal pengantaran yang dijamin.",
    ),
    "wrong_address": Pair("It was delivered to the wrong address.", "Paket diantar ke alamat yang salah."),
}

# What the reader asks for. A refund gives back postage; a claim asks for the value of the item.
WANTED = {
    "find_and_deliver": Pair(
        "Please locate the package and have it delivered{to_address}.",
        "Mohon paket ini dicari dan diantarkan{to_address}.",
    ),
    "redeliver": Pair("Please arrange for the package to be delivered again.", "Mohon paket ini diantar ulang."),
    "refund": Pair(
        "I would like a refund of the postage I paid. Please let me know how to request it.",
        "Saya ingin ongkos kirim yang saya bayar dikembalikan. Mohon beri tahu saya cara mengajukannya.",
    ),
    "refund_express": Pair(
        "I would like a refund of the Priority Mail Express postage, because it was not delivered by its guaranteed date. Please let me know how to request it.",
        "Saya ingin ongkos kirim Priority Mail Express dikembalikan, karena paket tidak diantar sesuai tanggal yang dijamin. Mohon beri tahu saya cara mengajukannya.",
    ),
    "claim": Pair(
        "I would like to file a claim for the value of the {item_short}. Please let me know how to proceed and what documents you need from me.",
        "Saya ingin mengajukan klaim ganti rugi atas nilai {item_short}. Mohon beri tahu saya langkahnya dan dokumen yang perlu saya siapkan.",
    ),
    "explanation": Pair(
        "Please explain what happened to this {item_short}.",
        "Mohon jelaskan apa yang terjadi pada {item_short} ini.",
    ),
    "pass_on_feedback": Pair("Please pass this feedback on to the right team.", "Mohon sampaikan masukan ini kepada tim yang tepat."),
}
TO_ADDRESS = Pair(" to the address above", " ke alamat di atas")

LETTER = {
    "greeting": Pair("Dear USPS Customer Service,", "Yth. Layanan Pelanggan USPS,"),
    "tracking": Pair("Tracking number: {value}", "Nomor pelacakan: {value}"),
    "date": Pair("Date: {value}", "Tanggal: {value}"),
    "address": Pair("Address:", "Alamat:"),
    "additional": Pair("Additional details:", "Keterangan tambahan:"),
    "additional_not_english": Pair(
        "Additional details (in my own words, not in English):",
        "Keterangan tambahan (dengan kata-kata saya sendiri, bukan dalam bahasa Inggris):",
    ),
    "screenshots": Pair(
        "I have screenshots and can send them if you need them.",
        "Saya punya tangkapan layar dan dapat mengirimkannya jika diperlukan.",
    ),
    "reach_both": Pair(
        "You can reach me by email at {email} or by phone at {phone}.",
        "Saya dapat dihubungi lewat email di {email} atau lewat telepon di {phone}.",
    ),
    "reach_email": Pair("You can reach me by email at {email}.", "Saya dapat dihubungi lewat email di {email}."),
    "reach_phone": Pair("You can reach me by phone at {phone}.", "Saya dapat dihubungi lewat telepon di {phone}."),
    "email_best": Pair(
        " Email is the best way to reach me, as my phone number is outside the United States.",
        " Email adalah cara terbaik menghubungi saya, karena nomor telepon saya bukan nomor Amerika Serikat.",
    ),
    "no_reply": Pair(
        "I have not yet received a reply. Could you please let me know the status of my case?",
        "Saya belum menerima balasan. Bisakah Anda memberi tahu saya status kasus saya?",
    ),
    "thanks": Pair("Thank you for your help.", "Terima kasih atas bantuan Anda."),
    "regards": Pair("Kind regards,", "Hormat saya,"),
}

_AND = Pair(" and ", " dan ")
_LAST = Pair(", and ", ", dan ")  # US English and Indonesian both write the serial comma here


def join_list(items: list[Pair]) -> Pair:
    """"a", "a and b", "a, b, and c" in both languages.

    >>> join_list([Pair('a', 'a'), Pair('b', 'b'), Pair('c', 'c')])
    Pair(en='a, b, and c', id='a, b, dan c')
    """
    if len(items) < 3:
        result = items[0] if items else Pair("", "")
        for item in items[1:]:
            result = result + _AND + item
        return result
    head = Pair(", ".join(item.en for item in items[:-1]), ", ".join(item.id for item in items[:-1]))
    return head + _LAST + items[-1]
