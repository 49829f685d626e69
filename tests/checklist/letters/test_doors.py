"""One plan for every door (issue 15): the letters, the message and the windows follow the steps.

A table of situations → the plan, its letters (step, to, language, exact sentences of the letter
and of its mirror) and its windows; the two stories of the issue in full; the deadlines first; a
differential test over the situation grid of ``rules/test_windows.py``; and the rules the plan got
wrong (each a test).
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from usps_inquiry import check
from usps_inquiry.cli import main
from usps_inquiry.formats.description import REMOVED

from ..rules.test_windows import TODAY as GRID_TODAY
from ..rules.test_windows import _situations

TODAY = date(2026, 12, 4)
WHO = {"name": "Budi Santoso", "email": "budi@example.com"}

# Story (a): a reader in Jakarta whose FCPIS parcel from a US shop has been "In transit" for three weeks.
SHOP_FCPIS = {
    **WHO, "topic": "lost_package", "tracking_number": "LZ123456785US", "direction": "from_us", "role": "recipient",
    "sender_kind": "shop", "service": "fcpis", "problem": "not_arrived", "mailed_on": "2026-11-06",
    "other_place": "Jakarta, Indonesia", "contents": "Buku", "details": ["tracking_not_updated"],
}  # fmt: skip
# Story (b): a reader who mailed a gift from Jakarta by Pos Indonesia to Ohio.
GIFT_TO_OHIO = {
    **WHO, "topic": "lost_package", "tracking_number": "RR123456785ID", "role": "sender", "problem": "not_arrived",
    "mailed_on": "2026-10-19", "contents": "a gift", "address": {"city": "Columbus", "state": "OH", "zip": "43215"},
}  # fmt: skip

SELLER_BODY = """\
Hello,

I am writing about my order, which you shipped to me from the United States. It has not arrived. \
The tracking has not been updated for several days.

Tracking number: LZ123456785US
Service: First-Class Package International Service
Mailing date: November 6, 2026
To: Jakarta, Indonesia
Contents: Books

It was sent with First-Class Package International Service, for which USPS offers no inquiry and no \
compensation, so USPS cannot search for it.

Could you please send the order again or refund it?

I would prefer to settle this with you directly. If we cannot, I may need to open a dispute with the \
marketplace or my card issuer, which have their own time limits.

You can reach me by email at budi@example.com.

Thank you for your help.

Kind regards,
Budi Santoso"""
SELLER_MIRROR = """\
Halo,

Saya menulis mengenai pesanan saya yang Anda kirimkan kepada saya dari Amerika Serikat. Kiriman ini \
belum sampai. Status pelacakan sudah beberapa hari belum berubah.

Nomor pelacakan: LZ123456785US
Layanan: First-Class Package International Service
Tanggal pengiriman: 6 November 2026
Tujuan: Jakarta, Indonesia
Isi kiriman: Buku

Pesanan ini dikirim dengan First-Class Package International Service. Untuk layanan ini, USPS tidak melayani \
penelusuran dan tidak memberikan ganti rugi, sehingga USPS tidak bisa mencarinya.

Apakah Anda bersedia mengirim ulang pesanan ini atau mengembalikan uang saya?

Saya lebih senang menyelesaikan masalah ini langsung dengan Anda. Jika tidak bisa, saya mungkin perlu \
mengajukan sengketa (dispute) ke marketplace atau penerbit kartu saya, yang masing-masing punya batas waktu sendiri.

Saya dapat dihubungi melalui email budi@example.com.

Terima kasih atas bantuannya.

Hormat saya,
Budi Santoso"""
POS_BODY = """\
Yth. Bapak/Ibu Petugas Layanan Pelanggan Pos Indonesia,

Dengan hormat,

Dengan ini saya mengajukan permohonan penelusuran atas kiriman internasional yang saya kirim melalui \
Pos Indonesia. Kiriman ini belum sampai.

Nomor pelacakan: RR123456785ID
Tanggal pengiriman: 19 Oktober 2026
Tujuan: Columbus, OH 43215, Amerika Serikat
Isi kiriman: Hadiah

Mohon bantuan Bapak/Ibu untuk menelusuri kiriman ini dan memberi tahu saya keberadaannya. Bukti pengiriman \
(resi) masih saya simpan.

Saya dapat dihubungi melalui email budi@example.com.

Terima kasih atas bantuannya.

Hormat saya,
Budi Santoso"""
POS_MIRROR_FIRST = (
    "Dear Pos Indonesia Customer Service,\n\nI would like to request an inquiry (trace) for an international item "
    "that I mailed through Pos Indonesia. It has not arrived."
)


def _letters(report):
    return [(letter.step, letter.to, letter.lang) for letter in report.letters]


# --- The two stories ------------------------------------------------------------------------------


def test_story_a_the_shop_and_pos_indonesia_not_usps():
    report = check(SHOP_FCPIS, lang="id", today=TODAY)
    assert [step.code for step in report.steps] == ["seller", "destination_post", "customs"]
    assert report.message is None and report.follow_up is None
    assert _letters(report) == [("seller", "seller", "en"), ("destination_post", "pos_indonesia", "id")]
    seller = report.letter("seller")
    assert seller.subject == "Problem with my order - Tracking #LZ123456785US"
    assert seller.body == SELLER_BODY
    assert seller.mirror == SELLER_MIRROR
    assert len(SELLER_BODY.split("\n\n")) == len(SELLER_MIRROR.split("\n\n"))  # paragraph for paragraph
    pos = report.letter("destination_post")
    assert pos.mirror is None  # an Indonesian letter for an Indonesian reader
    assert pos.subject == "Pertanyaan mengenai kiriman internasional untuk saya - Nomor pelacakan LZ123456785US"
    assert pos.body.split("\n\n")[-4] == (
        "Mohon informasi di mana kiriman ini sekarang dan apakah ada yang perlu saya lakukan agar kiriman ini "
        "bisa saya terima."
    )
    needed = [finding for finding in report.findings if finding.code == "message.not_needed"]
    assert [(finding.severity, finding.field, finding.message) for finding in needed] == [
        ("info", "message", "Anda tidak perlu mengirim pesan ke USPS: dalam situasi ini USPS tidak bisa membantu "
         "lewat email. Yang bisa membantu: Toko yang mengirimnya, Pos Indonesia (Halo Pos), dan Bea Cukai. Surat "
         "untuk mereka ada di langkah masing-masing.")
    ]  # fmt: skip


def test_story_b_pos_indonesia_in_indonesian_with_an_english_mirror():
    report = check(GIFT_TO_OHIO, lang="en", today=TODAY)
    assert [step.code for step in report.steps] == ["origin_post"]
    assert report.message is None
    assert "date.missing" not in [finding.code for finding in report.findings]  # mailed_on answers it (U1)
    assert _letters(report) == [("origin_post", "pos_indonesia", "id")]
    letter = report.letter("origin_post")
    assert letter.subject == "Permohonan bantuan untuk kiriman internasional - Nomor pelacakan RR123456785ID"
    assert letter.body == POS_BODY
    assert letter.mirror.startswith(POS_MIRROR_FIRST)
    assert "To: Columbus, OH 43215, United States\nContents: A gift" in letter.mirror
    assert check(GIFT_TO_OHIO, lang="id", today=TODAY).letter("origin_post").mirror is None


# --- A table of situations → plan, letters, windows ----------------------------------------------

TABLE = [
    pytest.param(
        {"topic": "lost_package", "direction": "from_us", "role": "recipient", "service": "pmi",
         "tracking_number": "CP123456785US", "mailed_on": "2026-11-02", "other_place": "Bandung"},
        ["ask_sender", "destination_post", "customs"],
        [("ask_sender", "sender", "en"), ("destination_post", "pos_indonesia", "id")],
        [("international_pmi", "2026-11-09", "2027-05-02", True)],
        {"ask_sender": "Only the sender can open a USPS international inquiry. Could you please open one online at "
                       "usps.com or by phone at 1-800-222-1811, and let me know the inquiry number?"},
        id="from-us-person-pmi",
    ),
    pytest.param(
        {"topic": "lost_package", "tracking_number": "RR123456785ID", "role": "recipient",
         "address": {"city": "Columbus", "state": "OH", "zip": "43215"}},
        ["ask_sender", "origin_post"],
        [("ask_sender", "sender", "id")],  # the sender mailed it in Indonesia; the trace is theirs
        [],
        {"ask_sender": "Penelusuran kiriman dari luar Amerika Serikat harus diajukan di negara tempat kiriman itu "
                       "dikirim. Mohon ajukan penelusuran ke Pos Indonesia dengan membawa bukti pengiriman dari hari "
                       "Anda mengirimnya, lalu kabari saya hasilnya."},
        id="to-us-recipient-asks-the-sender-in-indonesian",
    ),
    pytest.param(
        {"topic": "lost_package", "tracking_number": "RR123456785ID", "role": "recipient", "problem": "damaged"},
        ["post_office_counter", "ask_sender", "origin_post"],
        [("ask_sender", "sender", "id")],
        [],
        {"ask_sender": "Klaim ganti rugi untuk kiriman dari luar Amerika Serikat diajukan oleh pengirim, di negara "
                       "tempat kiriman itu dikirim. Mohon ajukan klaim ke Pos Indonesia; saya bisa mengirimkan laporan "
                       "kerusakan (PS Form 3831) dari kantor pos di sini."},
        id="to-us-damaged",
    ),
    pytest.param(
        {"topic": "lost_package", "direction": "from_us", "role": "recipient", "sender_kind": "shop",
         "service": "pmi", "problem": "held_at_customs"},
        ["customs", "destination_post"],
        [("destination_post", "pos_indonesia", "id")],
        [],
        {"destination_post": "Mohon informasi apa yang diperlukan agar kiriman ini bisa dikeluarkan (pembayaran, "
                             "invoice, atau dokumen lain) dan bagaimana cara membayarnya melalui jalur resmi."},
        id="held-at-customs",
    ),
    pytest.param(
        {"topic": "lost_package", "direction": "domestic", "problem": "not_arrived", "insured": True,
         "mailed_on": "2026-10-10", "case_number": "CA141722721", "sent_on": "2026-11-24"},
        ["email_us", "missing_mail_search", "domestic_claim", "follow_up"],
        [("email_us", "usps", "en"), ("follow_up", "usps", "en")],
        [("claim_insured_lost", "2026-10-25", "2026-12-09", True)],
        {"follow_up": "I am following up on my message about a package that has not arrived, sent on November 24, "
                      "2026 (case number CA141722721)."},
        id="domestic-insured",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "steps", "letters", "windows", "sentences"), TABLE)
def test_situations_to_plan_letters_and_windows(draft, steps, letters, windows, sentences):
    report = check({**WHO, **draft}, lang="id", today=TODAY)
    assert sorted(step.code for step in report.steps) == sorted(steps)
    assert _letters(report) == letters
    assert [(w.key, w.opens_on.isoformat(), w.closes_on.isoformat(), w.open) for w in report.windows] == windows
    for step, sentence in sentences.items():
        letter = report.letter(step)
        assert sentence in letter.body.split("\n\n"), letter.body
        mirror = letter.mirror if letter.lang != "id" else letter.body
        assert mirror.count("\n\n") == letter.body.count("\n\n")
    data = report.to_dict()
    assert data["letters"] == [letter.to_dict() for letter in report.letters]
    assert [window["key"] for window in data["windows"]] == [window[0] for window in windows]


def test_the_follow_up_letter_has_a_mirror_and_matches_the_report_follow_up():
    draft = {**WHO, **TABLE[4].values[0]}
    report = check(draft, lang="id", today=TODAY)
    letter = report.letter("follow_up")
    assert (letter.subject, letter.body) == (report.follow_up.subject, report.follow_up.body)
    assert letter.mirror.split("\n\n")[1] == (
        "Saya menindaklanjuti pesan saya tentang paket yang belum sampai yang dikirim pada 24 November 2026 "
        "(nomor kasus CA141722721)."
    )
    without = check({**draft, "case_number": None, "sent_on": None}, lang="en", today=TODAY).letter("follow_up")
    assert without.subject == "Follow-up on Lost Package"
    assert without.body.split("\n\n")[1] == "I am following up on my message about a package that has not arrived."
    assert without.mirror is None


# --- Deadlines first -------------------------------------------------------------------------------


def test_a_claim_closing_soon_is_urgent_comes_first_and_does_not_wait_for_the_search():
    report = check({**WHO, **TABLE[4].values[0]}, lang="en", today=TODAY)  # the claim closes December 9
    claim = report.steps[0]
    assert claim.code == "domestic_claim" and claim.urgent
    assert claim.text.startswith("Last day: December 9, 2026. File a claim for the lost item now, without waiting")
    assert "If " not in claim.text
    assert [step.urgent for step in report.steps[1:]] == [False, False, False]
    assert report.to_dict()["steps"][0]["urgent"] is True


def test_a_claim_window_far_away_is_not_urgent():
    report = check({**WHO, **TABLE[4].values[0], "mailed_on": "2026-11-20"}, lang="en", today=TODAY)
    claim = next(step for step in report.steps if step.code == "domestic_claim")
    assert not claim.urgent and claim.text.startswith("If the item stays lost")


def test_an_overdue_follow_up_says_so():
    report = check({**WHO, **TABLE[4].values[0], "mailed_on": "2026-11-20", "sent_on": "2026-11-20"}, lang="id", today=TODAY)
    follow_up = report.steps[-1]
    assert follow_up.text.startswith("Tanggal tindak lanjut (2 Desember 2026) sudah lewat: jika USPS belum membalas, kirim sekarang.")
    assert "Saat menindaklanjuti, balas email dari USPS" in follow_up.text  # C3: reply first


# --- Differential over the situation grid ------------------------------------------------------------


def test_over_the_grid_the_letters_follow_the_plan():
    checked = 0
    for draft in _situations():
        report = check({**WHO, **draft}, lang="id", today=GRID_TODAY)
        codes = [step.code for step in report.steps]
        has_email_us = "email_us" in codes
        assert all(letter.step in codes for letter in report.letters), draft
        assert ("email_us" in [letter.step for letter in report.letters]) == (has_email_us and report.message is not None)
        if report.steps and not has_email_us:
            assert report.message is None and "message.not_needed" in [f.code for f in report.findings], draft
        for letter in report.letters:
            assert (letter.mirror is None) == (letter.lang == "id"), (draft, letter.step)
        checked += 1
    assert checked > 100


# --- The rules the plan got wrong (issue 15, item 5) ---------------------------------------------------


def test_a_chosen_service_beats_the_number():
    draft = {**WHO, "topic": "refund_claim", "tracking_number": "EI123456785US", "service": "pme",
             "problem": "late_express", "mailed_on": "2026-11-30",
             "address": {"street": "1 Main St", "city": "Denver", "state": "CO", "zip": "80202"}}  # fmt: skip
    codes = [step.code for step in check(draft, lang="en", today=TODAY).steps]
    assert codes == ["pme_refund"] and "international_inquiry" not in codes


@pytest.mark.parametrize("number", ["RB123456785US", "CP123456785US"])
def test_a_number_that_does_not_settle_the_direction_gets_a_question(number):
    report = check({**WHO, "topic": "lost_package", "tracking_number": number}, lang="en", today=TODAY)
    asked = [finding for finding in report.findings if finding.code == "direction.ask"]
    assert [finding.field for finding in asked] == ["direction"]
    assert report.steps == ()  # no guess: the steps wait for the answer


@pytest.mark.parametrize(
    ("service", "state", "refund"),
    [("pme", "CO", True), (None, "CO", True), ("priority_mail", "CO", False), ("pme", "AE", False)],
)
def test_the_express_refund_only_for_express_and_where_the_guarantee_applies(service, state, refund):
    draft = {**WHO, "topic": "refund_claim", "problem": "late_express", "mailed_on": "2026-11-30",
             "address": {"street": "Unit 1", "city": "APO" if state == "AE" else "Denver", "state": state,
                         "zip": "09001" if state == "AE" else "80202"}}  # fmt: skip
    if service:
        draft["service"] = service
    codes = [step.code for step in check(draft, lang="en", today=TODAY).steps]
    assert ("pme_refund" in codes) == refund


def test_the_letter_states_only_what_the_reader_said():
    draft = {**WHO, "topic": "lost_package", "tracking_number": "EA123456785US", "role": "sender",
             "problem": "not_arrived", "mailed_on": "2026-11-20", "details": ["tracking_not_updated"],
             "address": {"street": "1 Main St", "city": "Denver", "state": "CO", "zip": "80202"}}  # fmt: skip
    body = check(draft, lang="en", today=TODAY).message.body
    assert "Priority Mail Express" not in body.split("\n\n")[1]  # the service was guessed from the number
    assert "to Denver" not in body  # a sender's own address is not where it was mailed to
    assert "The tracking has not been updated for several days." in body  # no "since" the reader gave
    dated = check({**draft, "date": "2026-11-25"}, lang="en", today=TODAY).message.body
    assert "The tracking has not been updated since November 25, 2026." in dated
    assert "Date of the problem: November 25, 2026" in dated  # E8: the bare "Date:" says what date it is


def test_customs_beside_pos_indonesia_whatever_the_problem():
    for problem in (None, "not_arrived", "returned_to_sender", "other"):
        draft = {**WHO, "topic": "lost_package", "direction": "from_us", "role": "recipient", "service": "pmi"}
        if problem:
            draft["problem"] = problem
        codes = [step.code for step in check(draft, lang="en", today=TODAY).steps]
        assert "customs" in codes and "destination_post" in codes, problem
    arrived = {**WHO, "topic": "lost_package", "direction": "from_us", "service": "pmi", "problem": "damaged"}
    assert "customs" not in [step.code for step in check(arrived, lang="en", today=TODAY).steps]
    elsewhere = {**WHO, "topic": "lost_package", "direction": "from_us", "service": "pmi", "other_place": "Paris, France"}
    assert "customs" not in [step.code for step in check(elsewhere, lang="en", today=TODAY).steps]


def test_fraud_with_a_card_given_away_goes_to_the_bank_first():
    draft = {**WHO, "topic": "general",
             "description": "I got a scam SMS about my parcel and typed my card 4111 1111 1111 1111 on the page."}
    steps = check(draft, lang="id", today=TODAY).steps
    codes = [step.code for step in steps]
    assert codes.index("bank") < codes.index("inspection_service")
    bank = steps[codes.index("bank")]
    assert bank.channel.name == "Bank atau penerbit kartu Anda" and bank.channel.phone is None
    assert "sumber pihak ketiga" not in bank.text  # no number of ours to doubt: it is on the card
    plain = {**draft, "description": "I got a scam SMS about my parcel but did not click the link at all."}
    assert "bank" not in [step.code for step in check(plain, lang="id", today=TODAY).steps]


@pytest.mark.parametrize("field", ["name", "phone", "contents", "other_place"])
def test_secrets_are_masked_in_every_free_text_field(field):
    secret = "OTP 482913" if field != "phone" else "4111 1111 1111 1111"
    draft = {**SHOP_FCPIS, field: f"{'Budi' if field == 'name' else 'two books'} {secret}"}
    report = check(draft, lang="en", today=TODAY)
    assert (field, "text.sensitive") in [(finding.field, finding.code) for finding in report.findings]
    for letter in report.letters:
        for text in (letter.body, letter.mirror or ""):
            assert "482913" not in text and "4111" not in text, (field, letter.step)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("card 4111 1111 1111 1111 123", "card_number"),
        ("card 4111111111111111 cvv 123", "card_number"),
        ("my SSN is 123.45.6789", "ssn"),
        ("password hunter2", "password"),
        ("pw: hunter2", "password"),
        ("the code 482913 from the SMS", "otp"),
        ("kode OTP 482913", "otp"),
        ("kode verifikasinya sudah saya berikan ke mereka: 482913", "otp"),
    ],
)
def test_the_shapes_that_slipped_are_masked(text, kind):
    report = check({**WHO, "topic": "general", "description": f"Hello, {text}. Please help me with this."},
                   lang="en", today=TODAY)  # fmt: skip
    assert f"description.{kind}" in [finding.code for finding in report.findings]
    body = report.message.body
    assert REMOVED in body and not any(secret in body for secret in ("4111", "6789", "hunter2", "482913", " 123."))


@pytest.mark.parametrize("text", ["ZIP code 20500", "kode pos 123456", "my password reset failed", "order 123.45"])
def test_look_alikes_are_not_masked(text):
    report = check({**WHO, "topic": "general", "description": f"Hello, {text}. Please help me with this."},
                   lang="en", today=TODAY)  # fmt: skip
    assert REMOVED not in report.message.body


def test_contents_not_in_english_never_enter_an_english_letter():
    report = check({**SHOP_FCPIS, "contents": "dua buku"}, lang="id", today=TODAY)
    finding = next(finding for finding in report.findings if finding.code == "contents.not_english")
    assert finding.severity == "warning" and "Buku, Pakaian, Sepatu" in finding.message
    seller = report.letter("seller")
    assert "dua buku" not in seller.body and "Isi:" not in seller.mirror  # the mirror says what the letter says
    assert "Isi kiriman: dua buku" in report.letter("destination_post").body  # an Indonesian letter takes it as typed
    chosen = check({**SHOP_FCPIS, "contents": "Pakaian"}, lang="id", today=TODAY)
    assert "Contents: Clothes" in chosen.letter("seller").body
    assert "contents.not_english" not in [finding.code for finding in chosen.findings]


def test_a_claim_pays_the_value_up_to_the_insured_amount():
    draft = {**WHO, "topic": "lost_package", "direction": "domestic", "problem": "not_arrived", "insured": True}
    text = next(step.text for step in check(draft, lang="id", today=TODAY).steps if step.code == "domestic_claim")
    assert text.startswith("Jika kiriman tetap tidak ditemukan, ajukan klaim ganti rugi (sesuai nilai barang, "
                           "paling banyak sebesar nilai asuransinya).")  # fmt: skip


def test_the_bea_cukai_contact_is_marked_unverified():
    report = check({**WHO, "topic": "lost_package", "direction": "from_us", "service": "pmi", "problem": "held_at_customs"},
                   lang="en", today=TODAY)  # fmt: skip
    customs = report.steps[0]
    assert customs.channel.phone == "1500225" and customs.text.endswith(
        "We found this number only in third-party sources, so check it on the official site."
    )


# --- The command line ----------------------------------------------------------------------------------


def test_compose_prints_the_first_letter_or_the_step_asked_for(tmp_path, capsys):
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(SHOP_FCPIS), encoding="utf-8")
    assert main(["compose", str(path), "--today", "2026-12-04"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Problem with my order - Tracking #LZ123456785US\n\nHello,\n")
    assert main(["compose", str(path), "--today", "2026-12-04", "--step", "destination_post"]) == 0
    assert capsys.readouterr().out.startswith(
        "Pertanyaan mengenai kiriman internasional untuk saya - Nomor pelacakan LZ123456785US\n\n"
    )
    assert main(["compose", str(path), "--today", "2026-12-04", "--step", "email_us"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "the steps with a letter: seller, destination_post" in captured.err
