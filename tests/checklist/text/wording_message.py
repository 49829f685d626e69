"""Where the message's own findings (issue #8, sections 3 and 5) come from, as readers meet
them: the language of the description, numbers never sent, invisible characters, typed dates,
the whole message's length, the sentence bank and ``phone.plus``.

:mod:`tests.checklist.text.test_wording` adds these sources to its own and compares what they say
with ``wording.snapshot.json``. Fragments (``point.*``) and sentence parts (``description.language_covered`` /
``_not_covered``) are pinned inside the ``description.language`` message they complete.
"""

from __future__ import annotations

from datetime import date

from usps_inquiry import check

from ..conftest import _good_draft as good

TODAY = date(2026, 12, 20)


def _finding(draft, code, field, one_draft=None):
    def source(lang, one=False):
        found = [
            f for f in check(one_draft if one else draft, lang=lang, today=TODAY).findings if f.code == code and f.field == field
        ]
        assert len(found) == 1, (code, found)
        return found[0].message

    return source


# Mentions every point; the answers cover when, that it has not arrived, the tracking number and
# the place; the rest are named as not covered yet.
ALL_POINTS = good(
    description=(
        "Paketnya blm nyampe udh 3 minggu, statusnya delivered, kardusnya rusak, isinya hilang, "
        "katanya dikembalikan dari bea cukai, resi RR123456785ID, alamat rumah, mau refund atau klaim."
    )
)
LANGUAGE = _finding(ALL_POINTS, "description.language", "description")
LONG = "The parcel has not arrived. " * 150
TYPED = {
    "date": good(date="1 Desember 2026"),
    "sent_on": good(date="2026-11-28", case_number="CA141722721", sent_on="1 Desember 2026"),
    "mailed_on": good(mailed_on="1 Des 2026"),
    "expected_on": good(expected_on="December 1, 2026"),
}
DAY_MONTH = {
    "date": good(date="01/12/2026"),
    "sent_on": good(date="2025-11-28", case_number="CA141722721", sent_on="01/12/2026"),
    "mailed_on": good(mailed_on="01/12/2026"),
    "expected_on": good(expected_on="01/12/2026"),
}

MESSAGE_SOURCES = {
    "text.invisible": _finding(good(name="Budi\u200b Santoso"), "text.invisible", "name"),
    "text.sensitive": _finding(good(contents="card 4111 1111 1111 1111"), "text.sensitive", "contents"),
    "message.too_long": _finding(
        good(description=LONG[:3900]), "message.too_long", "description", one_draft=good(description=LONG[:3502])
    ),
    "description.itin": _finding(good(description="My ITIN is 912-70-1234 and the parcel left Chicago on March 2."), "description.itin", "description"),
    "description.nik": _finding(good(description="NIK saya 3273014507900001, the parcel left Chicago on March 2."), "description.nik", "description"),
    "description.pin": _finding(good(description="The PIN 4821 came by SMS, and the parcel left Chicago on March 2."), "description.pin", "description"),
    "description.otp": _finding(good(description="The verification code 482193 came, the parcel left Chicago on March 2."), "description.otp", "description"),
    "description.language": LANGUAGE,
    "description.language_covered": LANGUAGE,
    "description.language_not_covered": LANGUAGE,
    "description.included": _finding(good(description=ALL_POINTS["description"], include_description=True), "description.included", "description"),
    **{f"point.{point}": LANGUAGE for point in (
        "when", "not_arrived", "delivered", "damaged", "contents_missing", "returned", "customs", "tracking", "where", "refund", "claim",
    )},
    "details.unknown": _finding(good(details=["box_damaged", "made_up"]), "details.unknown", "details"),
    "phone.plus": _finding(good(phone="6281234567890"), "phone.plus", "phone"),
    **{f"{field}.typed": _finding(draft, f"{field}.typed", field) for field, draft in TYPED.items()},
    **{f"{field}.day_month": _finding(draft, f"{field}.day_month", field) for field, draft in DAY_MONTH.items()},
}  # fmt: skip

LANGUAGE_EN = (
    "Your description is not in English, so it is left out of the message – USPS answers in English. To send it "
    "anyway, as you wrote it, choose to include it. Your answers already say when it happened, that it has not "
    "arrived, the tracking number, and the address or place. It also mentions that it shows as delivered, that it "
    "is damaged, that contents are missing, that it was returned, customs, a refund, and a claim: say that with an "
    "answer or a ready English sentence."
)
LANGUAGE_ID = (
    "Deskripsi Anda bukan dalam bahasa Inggris, jadi tidak dimasukkan ke pesan – USPS menjawab dalam bahasa "
    "Inggris. Jika tetap ingin mengirimnya apa adanya, centang pilihan untuk menyertakannya. Jawaban Anda sudah menyebutkan "
    "kapan kejadiannya, bahwa paket belum sampai, nomor pelacakan, dan alamat atau tempatnya. Deskripsi itu juga "
    "menyebutkan bahwa statusnya sudah diantar, bahwa paket rusak, bahwa isinya hilang, bahwa paket dikembalikan, "
    "Bea Cukai, pengembalian dana, dan klaim ganti rugi: sampaikan lewat jawaban atau kalimat bahasa Inggris yang "
    "tersedia."
)
TYPED_EN = "Enter the date as year-month-day – for December 1, 2026, that is 2026-12-01."
TYPED_ID = "Masukkan tanggal dengan format tahun-bulan-tanggal – untuk 1 Desember 2026, formatnya 2026-12-01."
DAY_MONTH_EN = (
    "Check the date – 01/12/2026 is read as day/month/year: December 1, 2026 (2026-12-01). If you meant "
    "January 12, 2026, enter 2026-01-12."
)
DAY_MONTH_ID = (
    "Periksa tanggalnya – 01/12/2026 dibaca sebagai tanggal/bulan/tahun: 1 Desember 2026 (2026-12-01). Jika "
    "maksud Anda 12 Januari 2026, isi 2026-01-12."
)

