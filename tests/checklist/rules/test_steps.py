"""The right door, with dates (issue #8 §2): situations → steps (codes, channels, dates), the exact
sentences in both languages, and Indonesian words that only look like a wrong-channel case.

"Today" is Tuesday, December 1, 2026. Thanksgiving 2026 is Thursday, November 26.
"""

from __future__ import annotations

from datetime import date

import pytest

from usps_inquiry import check
from usps_inquiry.rules.channels import detect
from usps_inquiry.rules.facts import CHANNELS, WINDOWS, add_months, window_dates
from usps_inquiry.formats.dates import day_month_year as format_day

TODAY = date(2026, 12, 1)
IMPB = "9400 1112 0620 6406 2607 87"
WHO = {"name": "Budi Santoso", "email": "budi@example.com"}


def steps_of(draft, lang="en", today=TODAY):
    report = check({**WHO, **draft}, lang=lang, today=today)
    return [
        (step.code, step.channel.key if step.channel else None, step.opens_on, step.closes_on) for step in report.steps
    ]


D = date


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        pytest.param(
            {"topic": "lost_package", "tracking_number": IMPB, "problem": "not_arrived", "insured": True,
             "mailed_on": "2026-11-20"},
            [("email_us", "email_us", None, None),
             ("missing_mail_search", "missing_mail", D(2026, 12, 10), None),  # 7 business days from today
             ("domestic_claim", "domestic_claims", D(2026, 12, 5), D(2027, 1, 19)),  # 15–60 days from mailing
             ("follow_up", "email_us", D(2026, 12, 10), None)],
            id="domestic-insured-lost",
        ),
        pytest.param(
            {"topic": "lost_package", "problem": "not_arrived", "sent_on": "2026-11-25", "case_number": "12345678"},
            [("email_us", "email_us", None, None),
             ("missing_mail_search", "missing_mail", D(2026, 12, 7), None),  # Thanksgiving is not counted
             ("follow_up", "email_us", D(2026, 12, 7), None)],
            id="domestic-help-request-sent",
        ),
        pytest.param(
            {"topic": "lost_package", "problem": "not_arrived", "insured": True, "mailed_on": "2026-09-01"},
            [("email_us", "email_us", None, None),
             ("missing_mail_search", "missing_mail", D(2026, 12, 10), None),
             ("domestic_claim", "domestic_claims", D(2026, 9, 16), D(2026, 10, 31)),
             ("follow_up", "email_us", D(2026, 12, 10), None)],
            id="domestic-claim-window-closed",
        ),
        pytest.param(
            {"topic": "lost_package", "tracking_number": "EA123456785US", "problem": "not_arrived",
             "mailed_on": "2026-11-20"},
            [("email_us", "email_us", None, None),
             ("missing_mail_search", "missing_mail", D(2026, 12, 10), None),
             ("domestic_claim", "domestic_claims", D(2026, 11, 27), D(2027, 1, 19)),  # PME lost: 7–60 days
             ("follow_up", "email_us", D(2026, 12, 10), None)],
            id="domestic-express-lost",
        ),
        pytest.param(
            {"topic": "refund_claim", "direction": "domestic", "problem": "damaged", "insured": True,
             "mailed_on": "2026-11-20"},
            [("domestic_claim", "domestic_claims", D(2026, 11, 20), D(2027, 1, 19))],
            id="domestic-damaged-insured",
        ),
        pytest.param(
            {"topic": "refund_claim", "direction": "domestic", "problem": "damaged"},
            [("email_us", "email_us", None, None), ("follow_up", "email_us", D(2026, 12, 10), None)],
            id="domestic-damaged-not-insured",
        ),
        pytest.param(
            {"topic": "refund_claim", "service": "pme", "problem": "late_express", "mailed_on": "2026-11-20"},
            [("pme_refund", "pme_refund", None, D(2026, 12, 20))],
            id="domestic-late-express",
        ),
        pytest.param(
            {"topic": "lost_package", "tracking_number": "RR123456785ID", "role": "recipient", "problem": "not_arrived"},
            [("ask_sender", "sender", None, None), ("origin_post", "pos_indonesia", None, None)],
            id="to-us-not-arrived",
        ),
        pytest.param(
            {"topic": "lost_package", "tracking_number": "RR123456785ID", "role": "sender"},
            [("origin_post", "pos_indonesia", None, None)],
            id="to-us-sender-in-indonesia",
        ),
        pytest.param(
            {"topic": "lost_package", "tracking_number": "RR123456785ID", "problem": "delivered_not_received"},
            [("email_us", "email_us", None, None),
             ("missing_mail_search", "missing_mail", D(2026, 12, 10), None),
             ("follow_up", "email_us", D(2026, 12, 10), None)],
            id="to-us-delivered-not-received",
        ),
        pytest.param(
            {"topic": "delivery_problem", "direction": "to_us", "role": "recipient", "problem": "damaged",
             "other_place": "Surabaya"},
            [("post_office_counter", "post_office", None, None), ("ask_sender", "sender", None, None),
             ("origin_post", "pos_indonesia", None, None)],
            id="to-us-damaged",
        ),
        pytest.param(
            {"topic": "lost_package", "tracking_number": "RR123456785CN", "role": "recipient"},
            [("ask_sender", "sender", None, None), ("origin_post", None, None, None)],
            id="to-us-from-another-country",
        ),
        pytest.param(
            {"topic": "lost_package", "tracking_number": "CP123456785US", "direction": "from_us", "role": "recipient", "sender_kind": "shop",
             "mailed_on": "2026-11-02"},
            [("seller", "seller", D(2026, 11, 9), D(2027, 5, 2)), ("destination_post", "pos_indonesia", None, None),
             ("customs", "bea_cukai", None, None)],
            id="from-us-shop-pmi",
        ),
        pytest.param(
            {"topic": "lost_package", "tracking_number": "EC123456785US", "direction": "from_us", "role": "recipient", "mailed_on": "2026-11-30"},
            [("ask_sender", "sender", D(2026, 12, 3), D(2027, 2, 28)), ("destination_post", "pos_indonesia", None, None),
             ("customs", "bea_cukai", None, None)],
            id="from-us-person-pmei",
        ),
        pytest.param(
            {"topic": "refund_claim", "tracking_number": "EC123456785US", "direction": "from_us", "role": "sender", "problem": "late_express",
             "mailed_on": "2026-10-01"},
            [("international_inquiry", "international_inquiry", D(2026, 10, 4), D(2026, 10, 31)),
             ("destination_post", "pos_indonesia", None, None),
             ("customs", "bea_cukai", None, None)],
            id="from-us-pmei-guarantee-closed",
        ),
        pytest.param(
            {"topic": "lost_package", "direction": "from_us", "service": "gxg", "role": "sender",
             "mailed_on": "2026-11-20", "other_place": "Jakarta"},
            [("international_inquiry", "gxg_inquiry", D(2026, 11, 23), D(2026, 12, 20)),
             ("destination_post", "pos_indonesia", None, None),
             ("customs", "bea_cukai", None, None)],
            id="from-us-gxg-by-phone",
        ),
        pytest.param(
            {"topic": "lost_package", "tracking_number": "RA123456785US", "direction": "from_us", "role": "sender", "mailed_on": "2026-11-02"},
            [("international_inquiry", "international_inquiry", D(2026, 11, 9), D(2027, 5, 2)),
             ("destination_post", "pos_indonesia", None, None),
             ("customs", "bea_cukai", None, None)],
            id="from-us-registered",
        ),
        pytest.param(
            {"topic": "lost_package", "tracking_number": "CA123456785US", "direction": "from_us"},
            [("international_inquiry", "international_inquiry", None, None),
             ("destination_post", "pos_indonesia", None, None),
             ("customs", "bea_cukai", None, None)],
            id="from-us-role-and-service-unknown",
        ),
        pytest.param(
            {"topic": "lost_package", "tracking_number": "LZ123456785US", "direction": "from_us", "role": "recipient", "sender_kind": "shop"},
            [("seller", "seller", None, None), ("destination_post", "pos_indonesia", None, None),
             ("customs", "bea_cukai", None, None)],
            id="from-us-fcpis-shop",
        ),
        pytest.param(
            {"topic": "lost_package", "direction": "from_us", "service": "fcmi", "role": "recipient"},
            [("ask_sender", "sender", None, None), ("destination_post", "pos_indonesia", None, None),
             ("customs", "bea_cukai", None, None)],
            id="from-us-fcmi-person",
        ),
        pytest.param(
            {"topic": "lost_package", "tracking_number": "CP123456785US", "direction": "from_us", "problem": "held_at_customs",
             "role": "recipient", "other_place": "Bandung, Indonesia"},
            [("customs", "bea_cukai", None, None), ("destination_post", "pos_indonesia", None, None)],
            id="from-us-held-at-customs-in-indonesia",
        ),
        pytest.param(
            {"topic": "lost_package", "tracking_number": "CP123456785US", "direction": "from_us", "role": "recipient",
             "other_place": "Kuala Lumpur, Malaysia"},
            [("ask_sender", "sender", None, None), ("destination_post", None, None, None)],
            id="from-us-to-another-country",
        ),
        pytest.param({"topic": "passport", "description": "My passport application was mailed in March."},
                     [("passport", "passport", None, None)], id="passport-topic"),
        pytest.param({"topic": "passport", "description": "My passport was stolen from the mailbox."},
                     [("passport", "passport", None, None), ("inspection_service", "inspection_service", None, None)],
                     id="passport-topic-and-theft"),
        pytest.param(
            {"topic": "general", "description": "Someone stole the package from my porch on November 20."},
            [("inspection_service", "inspection_service", None, None), ("email_us", "email_us", None, None),
             ("follow_up", "email_us", D(2026, 12, 4), None)],
            id="theft-first",
        ),
        pytest.param(
            {"topic": "general", "description": "My tax return must be postmarked by April 15, so I need it fast."},
            [("post_office_counter", "post_office", None, None), ("email_us", "email_us", None, None),
             ("follow_up", "email_us", D(2026, 12, 4), None)],
            id="deadline-first",
        ),
        pytest.param(
            {"topic": "general", "description": "My overnight Priority Mail Express envelope from Ohio came two days late."},
            [("pme_refund", "pme_refund", None, None), ("email_us", "email_us", None, None),
             ("follow_up", "email_us", D(2026, 12, 4), None)],
            id="express-words-domestic",
        ),
    ],
)  # fmt: skip
def test_situations_to_steps(draft, expected):
    assert steps_of(draft) == expected
    assert [code for code, *_ in steps_of(draft, lang="id")] == [code for code, *_ in expected]


def test_no_inquiry_finding():
    report = check({**WHO, "topic": "lost_package", "tracking_number": "LZ123456785US", "direction": "from_us"}, lang="en", today=TODAY)
    [finding] = [finding for finding in report.findings if finding.code == "service.no_inquiry"]
    assert (finding.field, finding.severity) == ("service", "warning")
    assert finding.message == (
        "First-Class Package International Service has no USPS inquiry and no compensation: USPS cannot search for "
        "this item or pay for it. The steps say what is left."
    )
    assert not any(step.code == "international_inquiry" for step in report.steps)
    indonesian = check({**WHO, "topic": "lost_package", "service": "fcmi", "direction": "from_us"}, today=TODAY)
    assert [finding.message for finding in indonesian.findings if finding.code == "service.no_inquiry"] == [
        "First-Class Mail International tidak punya layanan penelusuran maupun ganti rugi dari USPS: USPS tidak bisa "
        "mencari kiriman ini atau membayar ganti rugi. Langkah-langkah di bawah menjelaskan yang masih bisa dilakukan."
    ]


# --- Exact sentences ----------------------------------------------------------------------------


def texts(draft, lang):
    return {step.code: step.text for step in check({**WHO, **draft}, lang=lang, today=TODAY).steps}


# The guide's sentence on how to follow up (reply to USPS's email first), after every follow-up step.
FOLLOW_UP_HOW = {
    "en": "When you follow up, reply to USPS's email and quote the case number. If that email cannot take replies, "
    "send one new form with the old case number on the first line of your description.",
    "id": "Saat menindaklanjuti, balas email dari USPS dan sebutkan nomor kasusnya. Jika email itu tidak bisa "
    "dibalas, kirim formulir baru dengan nomor kasus lama di baris pertama deskripsi.",
}
INSURED_LOST = {"topic": "lost_package", "problem": "not_arrived", "insured": True, "mailed_on": "2026-11-20"}


def test_domestic_sentences_in_english():
    found = texts(INSURED_LOST, "en")
    assert found == {
        "email_us": "Send USPS a help request with the Email Us form; the message is ready to paste.",
        "missing_mail_search": "If the item has not arrived 7 business days after your help request, file a Missing "
        "Mail search. If you send the help request today, you can file the search from December 10, 2026.",
        "domestic_claim": "If the item stays lost, file a claim: USPS pays the item's value, up to the insured amount. You can file a claim from "
        "December 5, 2026 until January 19, 2027.",
        "follow_up": "If you send it today and USPS has not replied by December 10, 2026, send a follow-up with your "
        "case number." + " " + FOLLOW_UP_HOW["en"],
    }


def test_domestic_sentences_in_indonesian():
    found = texts(INSURED_LOST, "id")
    assert found == {
        "email_us": "Kirim permintaan bantuan ke USPS lewat formulir Email Us; pesannya sudah siap ditempel.",
        "missing_mail_search": "Jika kiriman belum sampai 7 hari kerja setelah permintaan bantuan, ajukan pencarian "
        "Missing Mail. Jika permintaan bantuan dikirim hari ini, pencarian bisa diajukan mulai 10 Desember 2026.",
        "domestic_claim": "Jika kiriman tetap tidak ditemukan, ajukan klaim ganti rugi (sesuai nilai barang, paling banyak sebesar nilai asuransinya). Klaim bisa "
        "diajukan mulai 5 Desember 2026 sampai 19 Januari 2027.",
        "follow_up": "Jika Anda mengirimnya hari ini dan USPS belum membalas sampai 10 Desember 2026, kirim pesan "
        "tindak lanjut dengan nomor kasus Anda. " + FOLLOW_UP_HOW["id"],
    }


@pytest.mark.parametrize(
    ("draft", "code", "english", "indonesian"),
    [
        (
            {**INSURED_LOST, "mailed_on": "2026-09-01"},
            "domestic_claim",
            "If the item stays lost, file a claim: USPS pays the item's value, up to the insured amount. The last day to file a claim was October 31, 2026.",
            "Jika kiriman tetap tidak ditemukan, ajukan klaim ganti rugi (sesuai nilai barang, paling banyak sebesar nilai asuransinya). Batas akhir pengajuan klaim, "
            "31 Oktober 2026, sudah lewat.",
        ),
        (
            {"topic": "lost_package", "problem": "not_arrived", "insured": True},
            "domestic_claim",
            "If the item stays lost, file a claim: USPS pays the item's value, up to the insured amount. You can file a claim from 15 days to 60 days "
            "after the mailing date; enter that date to see the exact days.",
            "Jika kiriman tetap tidak ditemukan, ajukan klaim ganti rugi (sesuai nilai barang, paling banyak sebesar nilai asuransinya). Klaim bisa diajukan mulai "
            "15 hari sampai 60 hari setelah tanggal pengiriman; isi tanggal itu untuk melihat tanggal pastinya.",
        ),
        (
            {"topic": "lost_package", "service": "priority_mail_express", "problem": "not_arrived",
             "mailed_on": "2026-11-20"},
            "domestic_claim",
            "If the Priority Mail Express item stays lost, file a claim; its insurance is included. You can file a "
            "claim now, until January 19, 2027. We could not confirm these days on USPS’s current page, so check "
            "them there first.",
            "Jika kiriman Priority Mail Express tetap tidak ditemukan, ajukan klaim; asuransinya sudah termasuk. "
            "Klaim bisa diajukan sekarang, paling lambat 19 Januari 2027. Jangka waktu ini belum bisa kami pastikan "
            "di halaman USPS terkini, jadi periksa dulu di sana.",
        ),
        (
            {"topic": "refund_claim", "service": "pme", "problem": "late_express", "mailed_on": "2026-11-20"},
            "pme_refund",
            "Priority Mail Express has a money-back guarantee: request a refund of the postage online or at a Post "
            "Office instead of emailing. You can request it now, until December 20, 2026.",
            "Priority Mail Express punya jaminan uang kembali: ajukan pengembalian ongkos kirim secara online atau "
            "di kantor pos, bukan lewat email. Pengembalian dana bisa diajukan sekarang, paling lambat 20 Desember 2026.",
        ),
        (
            {"topic": "lost_package", "problem": "not_arrived", "sent_on": "2026-11-25", "case_number": "12345678"},
            "missing_mail_search",
            "If the item has not arrived 7 business days after your help request, file a Missing Mail search. You "
            "can file the search from December 7, 2026.",
            "Jika kiriman belum sampai 7 hari kerja setelah permintaan bantuan, ajukan pencarian Missing Mail. "
            "Pencarian bisa diajukan mulai 7 Desember 2026.",
        ),
        (
            {"topic": "lost_package", "problem": "not_arrived", "sent_on": "2026-11-25", "case_number": "12345678"},
            "email_us",
            "You sent USPS your help request on November 25, 2026; keep the case number it sent you.",
            "Anda sudah mengirim permintaan bantuan ke USPS pada 25 November 2026; simpan nomor kasus yang dikirim USPS.",
        ),
        (
            {"topic": "lost_package", "tracking_number": "CP123456785US", "direction": "from_us", "role": "recipient", "sender_kind": "shop",
             "mailed_on": "2026-11-02"},
            "seller",
            "Contact the shop first: it sent the parcel, so it can open a USPS inquiry, and it can reship or refund "
            "your order. The inquiry can be opened now, until May 2, 2027. We could not confirm these days on USPS’s "
            "current page, so check them there first.",
            "Hubungi tokonya dulu: toko itulah pengirimnya, jadi toko yang bisa mengajukan penelusuran ke USPS, dan "
            "toko juga bisa mengirim ulang atau mengembalikan dana pesanan Anda. Penelusuran bisa diajukan sekarang, "
            "paling lambat 2 Mei 2027. Jangka waktu ini belum bisa kami pastikan di halaman USPS terkini, "
            "jadi periksa dulu di sana.",
        ),
        (
            {"topic": "lost_package", "tracking_number": "EC123456785US", "direction": "from_us", "role": "recipient", "mailed_on": "2026-11-30"},
            "ask_sender",
            "Ask the sender in the US to open a USPS international inquiry: only the sender can, and any payment goes "
            "to them. The inquiry can be opened from December 3, 2026 until February 28, 2027. We could not confirm "
            "these days on USPS’s current page, so check them there first.",
            "Minta pengirim di AS mengajukan penelusuran internasional ke USPS: hanya pengirim yang bisa, dan ganti "
            "rugi, jika ada, dibayarkan kepadanya. Penelusuran bisa diajukan mulai 3 Desember 2026 sampai 28 Februari "
            "2027. Jangka waktu ini belum bisa kami pastikan di halaman USPS terkini, jadi periksa dulu "
            "di sana.",
        ),
        (
            {"topic": "lost_package", "tracking_number": "CP123456785US", "direction": "from_us", "role": "recipient"},
            "destination_post",
            "Ask Pos Indonesia about the item too: it delivers it at your end and can trace it with the same tracking "
            "number. We found this number only in third-party sources, so check it on the official site.",
            "Tanyakan juga ke Pos Indonesia: merekalah yang mengantarkan kiriman ini sampai ke alamat Anda dan bisa "
            "melacaknya dengan nomor pelacakan yang sama. Nomor ini hanya kami temukan di sumber pihak ketiga, "
            "jadi periksa lagi di situs resminya.",
        ),
        (
            {"topic": "lost_package", "tracking_number": "CP123456785US", "direction": "from_us", "problem": "held_at_customs"},
            "customs",
            "Bea Cukai, not USPS, releases the parcel: check it at beacukai.go.id/barangkiriman, and pay duty and tax "
            "only through a Pos Indonesia virtual account or an official billing code, never into a personal account. "
            "We found this number only in third-party sources, so check it on the official site.",
            "Yang memutuskan kiriman boleh keluar adalah Bea Cukai, bukan USPS: cek statusnya di beacukai.go.id/barangkiriman, dan "
            "bayar bea masuk dan pajak hanya lewat virtual account Pos Indonesia atau kode billing resmi, jangan pernah ke "
            "rekening pribadi. Nomor ini hanya kami temukan di sumber pihak ketiga, jadi periksa lagi di situs resminya.",
        ),
        (
            {"topic": "lost_package", "tracking_number": "RR123456785ID", "role": "sender"},
            "origin_post",
            "Trace the item at Pos Indonesia, where you mailed it, and bring your receipt: an inquiry for an item "
            "mailed outside the US must start there, not at USPS. We found this number only in third-party "
            "sources, so check it on the official site.",
            "Ajukan penelusuran ke Pos Indonesia, tempat Anda mengirimnya, dengan membawa bukti pengiriman: "
            "penelusuran kiriman dari luar AS harus dimulai di sana, bukan di USPS. Nomor ini hanya kami "
            "temukan di sumber pihak ketiga, jadi periksa lagi di situs resminya.",
        ),
        (
            {"topic": "delivery_problem", "direction": "to_us", "problem": "damaged"},
            "post_office_counter",
            "Take the item, its box and all the wrapping to a Post Office at once; they fill in PS Form 3831 for the "
            "damage.",
            "Segera bawa kiriman beserta kotak dan semua pembungkusnya ke kantor pos; petugas akan mengisi PS Form "
            "3831 untuk kerusakannya.",
        ),
        (
            {"topic": "lost_package", "direction": "from_us", "service": "gxg", "mailed_on": "2026-11-20"},
            "international_inquiry",
            "The US sender opens a Global Express Guaranteed inquiry by phone only, at 1-800-222-1811. The inquiry "
            "can be opened now, until December 20, 2026. We could not confirm these days on USPS’s current page, so "
            "check them there first.",
            "Penelusuran Global Express Guaranteed hanya bisa diajukan pengirim di AS lewat telepon, di nomor "
            "1-800-222-1811. Penelusuran bisa diajukan sekarang, paling lambat 20 Desember 2026. Jangka waktu ini "
            "belum bisa kami pastikan di halaman USPS terkini, jadi periksa dulu di sana.",
        ),
        (
            {"topic": "passport"},
            "passport",
            "Contact the State Department’s National Passport Information Center at 1-877-487-2778 about a passport "
            "application; USPS only accepts applications.",
            "Untuk permohonan paspor, hubungi National Passport Information Center milik Departemen Luar Negeri AS di "
            "1-877-487-2778; USPS hanya menerima berkasnya.",
        ),
    ],
)  # fmt: skip
def test_exact_sentences(draft, code, english, indonesian):
    assert texts(draft, "en")[code] == english
    assert texts(draft, "id")[code] == indonesian


def test_step_json_shape():
    data = check({**WHO, **INSURED_LOST}, lang="en", today=TODAY).to_dict()["steps"]
    assert data[2] == {
        "code": "domestic_claim",
        "channel": {"key": "domestic_claims", "name": "USPS domestic claims", "phone": None,
                    "url": "https://www.usps.com/help/claims.htm"},
        "opens_on": "2026-12-05",
        "closes_on": "2027-01-19",
        "urgent": False,
        "text": data[2]["text"],
    }  # fmt: skip
    gxg = check({**WHO, "topic": "lost_package", "direction": "from_us", "service": "gxg"}, lang="id", today=TODAY)
    door = gxg.steps[0].channel
    assert (door.phone, door.url) == ("1-800-222-1811", None)  # phone only


def test_no_steps_without_a_situation():
    assert check({}, today=TODAY).steps == ()
    assert check({"name": "Budi"}, today=TODAY).steps == ()


# --- Dates and windows --------------------------------------------------------------------------


def test_dates_in_each_language():
    assert format_day(date(2026, 11, 3), "en") == "November 3, 2026"
    assert format_day(date(2026, 11, 3), "id") == "3 November 2026"
    assert format_day(date(2027, 8, 17), "id") == "17 Agustus 2027"


@pytest.mark.parametrize(
    ("key", "start", "opens", "closes"),
    [
        ("missing_mail", date(2026, 11, 25), date(2026, 12, 7), None),
        ("missing_mail", date(2026, 12, 31), date(2027, 1, 12), None),  # New Year's Day is not counted
        ("claim_insured_lost", date(2026, 1, 18), date(2026, 2, 2), date(2026, 3, 19)),
        ("claim_pme_lost", date(2026, 12, 30), date(2027, 1, 6), date(2027, 2, 28)),
        ("pme_refund", date(2026, 2, 1), date(2026, 2, 1), date(2026, 3, 3)),
        ("international_pmi", date(2026, 8, 31), date(2026, 9, 7), date(2027, 2, 28)),
        ("international_pmei", date(2026, 12, 30), date(2027, 1, 2), date(2027, 3, 30)),
        ("international_gxg", date(2026, 12, 30), date(2027, 1, 2), date(2027, 1, 29)),
    ],
)
def test_windows(key, start, opens, closes):
    assert window_dates(WINDOWS[key], start) == (opens, closes)


def test_windows_at_the_end_of_the_calendar_are_none_not_errors():
    assert window_dates(WINDOWS["international_pmi"], date(9999, 12, 1)) == (date(9999, 12, 8), None)
    assert window_dates(WINDOWS["missing_mail"], date(9999, 12, 31)) == (None, None)
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)


def test_every_fact_has_a_source():
    for fact in (*CHANNELS.values(), *WINDOWS.values()):
        assert fact.source.strip(), fact.key
    assert CHANNELS["passport"].url == "https://travel.state.gov/content/travel/en/passports/need-passport/status.html"
    assert CHANNELS["pos_indonesia"].unverified and WINDOWS["international_pmi"].unverified
    assert not WINDOWS["claim_insured_lost"].unverified


# --- Indonesian words that only look like a wrong-channel case ----------------------------------


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Saya harus bayar pajak impor dan bea masuk untuk paket ini.", ()),
        ("Pajaknya mahal sekali, apakah bisa dikurangi?", ()),
        ("Paket EMS Pos Indonesia (Express Mail Service) belum sampai.", ()),
        ("Saya kirim lewat Pos Kilat Khusus ke Chicago.", ()),
        ("I sent it by Priority Mail Express International to Jakarta.", ()),
        ("Kantor imigrasi meminta paket ini.", ()),
        # The real cases still count.
        ("SPT pajak saya harus sampai sebelum tanggal 31.", ("deadline",)),
        ("Ini laporan pajak untuk IRS.", ("deadline",)),
        ("Dokumen imigrasi saya ada di paket ini.", ("deadline",)),
        ("It went by Express Mail and came late.", ("express",)),
        ("Saya pakai kiriman kilat tapi terlambat.", ("express",)),
        ("I paid for Priority Mail Express and it arrived two days late.", ("express",)),
    ],
)
def test_indonesian_look_alikes(text, keys):
    assert detect(text) == keys


def test_ems_from_pos_indonesia_is_not_a_priority_mail_express_refund():
    draft = {**WHO, "topic": "lost_package", "tracking_number": "EE123456785ID",
             "description": "Paket EMS dari Pos Indonesia, express mail, belum sampai di Chicago. Pajak impor sudah dibayar."}  # fmt: skip
    report = check(draft, lang="id", today=TODAY)
    codes = [finding.code for finding in report.findings]
    assert "channel.express" not in codes and "channel.deadline" not in codes
    assert [step.code for step in report.steps] == ["origin_post"]
    domestic = check({**WHO, "topic": "general", "description": "My express mail envelope came late."}, today=TODAY)
    assert "channel.express" in [finding.code for finding in domestic.findings]
    assert domestic.steps[0].code == "pme_refund"
