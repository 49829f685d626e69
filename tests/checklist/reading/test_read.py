"""The pasted-text reader: a table of real-shaped pastes → kind, events, facts, answers, findings."""

from __future__ import annotations

from datetime import date

import pytest

from usps_inquiry.exceptions import InvalidDate, UnsupportedLanguage
from usps_inquiry.reading import read
from usps_inquiry.text import t

from . import pastes

TODAY = date(2026, 3, 20)
LANGS = ("id", "en")

# name: (kind, event codes in pasted order, facts that matter, answers {key: value}, finding codes)
CASES = {
    "DELIVERED_NOT_RECEIVED": (
        "usps_tracking",
        ["usps.delivered", "usps.out_for_delivery", "usps.arrived_post_office", "usps.departed_facility",
         "usps.arrived_facility", "usps.accepted"],
        {"tracking_numbers": ["9400111206206406260787"], "where": "delivered", "last_scan_on": "2026-03-10",
         "days_since_last_scan": 10, "mailed_on": "2026-03-05", "service": "priority_mail", "direction": "domestic"},
        {"tracking_number": "9400111206206406260787", "direction": "domestic", "mailed_on": "2026-03-05",
         "service": "priority_mail", "problem": "delivered_not_received"},
        ["paste.delivered"],
    ),
    "ARRIVING_LATE": (
        "usps_tracking",
        ["usps.arriving_late", "usps.arrived_facility", "usps.accepted"],
        {"where": "us", "last_scan_on": "2026-02-20", "days_since_last_scan": 28, "mailed_on": "2026-02-12",
         "service": "ground_advantage", "direction": "domestic"},
        {"tracking_number": "9212391234567812345670", "direction": "domestic", "mailed_on": "2026-02-12",
         "service": "ground_advantage", "problem": "not_arrived"},
        ["paste.stale", "paste.arriving_late"],
    ),
    "TO_INDONESIA_CUSTOMS": (
        "usps_tracking",
        ["usps.customs", "usps.processed", "usps.departed", "usps.processed", "usps.arrived_facility",
         "usps.accepted"],
        {"tracking_numbers": ["CP123456785US"], "where": "destination_customs", "last_scan_on": "2026-03-09",
         "days_since_last_scan": 11, "mailed_on": "2026-02-26", "service": "priority_mail_international",
         "direction": "from_us"},
        {"tracking_number": "CP123456785US", "direction": "from_us", "mailed_on": "2026-02-26",
         "service": "priority_mail_international", "problem": "held_at_customs"},
        ["paste.stale", "paste.customs_id"],
    ),
    "LEAVING_US_CHICAGO": (
        "usps_tracking",
        ["usps.processed", "usps.arrived_facility", "usps.accepted"],
        {"where": "leaving_us", "days_since_last_scan": 2, "direction": "from_us",
         "service": "priority_mail_express_international"},
        {"tracking_number": "EC123456785US", "direction": "from_us", "mailed_on": "2026-03-16",
         "service": "priority_mail_express_international"},
        [],
    ),
    "FROM_INDONESIA": (
        "usps_tracking",
        ["usps.delivered", "usps.out_for_delivery", "usps.customs_released", "usps.customs", "usps.processed",
         "usps.origin_preparing"],
        {"tracking_numbers": ["RR123456785ID"], "where": "delivered", "direction": "to_us", "mailed_on": None},
        {"tracking_number": "RR123456785ID", "direction": "to_us", "problem": "delivered_not_received"},
        ["paste.delivered"],
    ),
    "RETURN_TO_SENDER": (
        "usps_tracking",
        ["usps.return", "usps.return", "usps.out_for_delivery", "usps.accepted"],
        {"where": "returning", "last_scan_on": "2026-03-14", "direction": "domestic"},
        {"tracking_number": "9400111206206406260787", "direction": "domestic", "mailed_on": "2026-03-09",
         "problem": "returned_to_sender"},
        ["paste.returning"],
    ),
    "POS_INBOUND": (
        "pos_indonesia",
        ["pos.arrival_inward", "pos.customs", "pos.released", "pos.arrival_delivery_office", "pos.out_for_delivery"],
        {"tracking_numbers": ["CP123456785US"], "where": "destination_post", "last_scan_on": "2026-03-19",
         "days_since_last_scan": 1, "direction": "from_us"},
        {"tracking_number": "CP123456785US", "direction": "from_us"},
        [],
    ),
    "BEA_CUKAI_BILL": (
        "bea_cukai",
        ["bc.received", "bc.validated", "bc.sppbmcp"],
        {"where": "destination_customs", "last_scan_on": "2026-03-17", "duty_bill": "Rp 248.625",
         "direction": "from_us"},
        {"tracking_number": "CP123456785US", "direction": "from_us", "problem": "held_at_customs"},
        ["paste.pay_safely", "paste.customs_id"],
    ),
    "BEA_CUKAI_NOT_FOUND": (
        "bea_cukai",
        ["bc.not_found"],
        {"where": None, "last_scan_on": None, "days_since_last_scan": None},
        {"tracking_number": "RB123456785US", "direction": "from_us"},
        ["paste.not_found"],
    ),
    "USPS_REPLY": (
        "usps_reply",
        ["reply.received", "reply.forwarded_local"],
        {"case_number": "CA141722721", "reply_on": "2026-03-16", "tracking_numbers": [], "where": None},
        {"case_number": "CA141722721"},
        ["paste.reply_case"],
    ),
    "JUNK": ("unknown", [], {"tracking_numbers": [], "where": None}, {}, ["paste.unknown"]),
    "DHL_PAGE": ("unknown", [], {"tracking_numbers": []}, {}, ["paste.other_carrier"]),
    "WEB_PAGE": (
        "usps_tracking",
        ["unknown", "usps.delivered"],
        {"where": "delivered", "last_scan_on": "2026-03-10"},
        {"direction": "domestic", "problem": "delivered_not_received"},
        ["paste.markup", "paste.delivered", "paste.unknown_lines"],
    ),
}  # fmt: skip
FACT_KEYS = {
    "tracking_numbers", "case_number", "where", "last_scan_on", "days_since_last_scan", "mailed_on", "service",
    "direction", "reply_on", "duty_bill",
}  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(CASES))
def test_table(name, lang):
    kind, codes, facts, answers, findings = CASES[name]
    reading = read(getattr(pastes, name), lang=lang, today=TODAY).to_dict()
    assert set(reading) == {"kind", "summary", "events", "facts", "answers", "findings"}
    assert reading["kind"] == kind
    assert [event["code"] for event in reading["events"]] == codes
    assert set(reading["facts"]) == FACT_KEYS
    assert {key: reading["facts"][key] for key in facts} == facts
    assert {answer["key"]: answer["value"] for answer in reading["answers"]} == answers
    assert [finding["code"] for finding in reading["findings"]] == findings
    # Every sentence comes from the reader's language.
    for event in reading["events"]:
        expected = "paste.line.unknown" if event["code"] == "unknown" else f"paste.status.{event['code']}"
        assert event["text"] == t(expected, lang)
    for answer in reading["answers"]:
        assert answer["why"].endswith(".") and answer["why"]


def test_events_keep_what_was_pasted():
    events = read(pastes.TO_INDONESIA_CUSTOMS, lang="en", today=TODAY).events
    held = events[0].to_dict()
    assert held == {
        "on": "2026-03-09",
        "time": "10:12",
        "place": "JAKARTA, INDONESIA",
        "status": "March 9, 2026, 10:12 am Held in Customs JAKARTA, INDONESIA",
        "code": "usps.customs",
        "text": "This usually means the item is with customs, which checks it and may charge duty and tax. "
        "The post cannot move it until customs lets it go.",
    }
    separate = read(pastes.LEAVING_US_CHICAGO, lang="id", today=TODAY).events[0].to_dict()
    assert (separate["on"], separate["time"], separate["place"], separate["status"]) == (
        "2026-03-18", "19:45", "ISC CHICAGO IL (USPS)", "Processed Through Facility",
    )  # fmt: skip


# --- Sentences that are the point, exactly ------------------------------------------------------


def _messages(name, lang):
    return {finding.code: finding.message for finding in read(getattr(pastes, name), lang=lang, today=TODAY).findings}


def test_scam_warning_for_bea_cukai_data_not_found():
    assert _messages("BEA_CUKAI_NOT_FOUND", "id")["paste.not_found"] == (
        "Bea Cukai tidak punya data nomor ini. Mungkin kiriman belum tiba di Indonesia, atau belum dilaporkan "
        "oleh pos – atau nomornya palsu. Kalau ada yang meminta Anda membayar agar barang ini dilepas, itu "
        "penipuan: jangan bayar."
    )
    assert _messages("BEA_CUKAI_NOT_FOUND", "en")["paste.not_found"] == (
        "Bea Cukai has no record of this number. The item may not have reached Indonesia yet, or the post has "
        "not reported it yet – or the number is fake. If someone asks you to pay to release this item, it is "
        "a scam: do not pay."
    )


def test_no_scan_for_weeks():
    assert _messages("ARRIVING_LATE", "id")["paste.stale"] == (
        "Pemindaian terakhir 28 hari yang lalu, pada 20 Februari 2026. Kiriman yang 28 hari tidak bergerak "
        "sudah waktunya ditanyakan."
    )
    assert _messages("ARRIVING_LATE", "en")["paste.arriving_late"] == (
        "Tracking has said “Arriving Late” for 4 weeks. That is longer than a delay: ask USPS to look for the item."
    )


def test_customs_in_indonesia_points_to_bea_cukai():
    assert _messages("TO_INDONESIA_CUSTOMS", "id")["paste.customs_id"] == (
        "Status ini biasanya berarti kiriman menunggu di Bea Cukai, sering kali menunggu bea masuk dan pajaknya "
        "dibayar. Cek di beacukai.go.id/barangkiriman dengan nomor pelacakannya."
    )
    assert _messages("BEA_CUKAI_BILL", "id")["paste.pay_safely"] == (
        "Bayar bea masuk dan pajak hanya lewat kode billing atau virtual account Pos Indonesia. "
        "Bea Cukai tidak pernah meminta transfer ke rekening pribadi."
    )


def test_reply_case_number_and_its_meaning():
    reading = read(pastes.USPS_REPLY, lang="id", today=TODAY)
    assert _messages("USPS_REPLY", "id")["paste.reply_case"] == (
        "Catat nomor kasus CA141722721 dan sebutkan di setiap tindak lanjut."
    )
    assert reading.events[1].text == (
        "Biasanya berarti USPS meneruskan permintaan Anda ke kantor pos setempat, yang biasanya akan "
        "menghubungi Anda. Kalau tidak ada kabar, tindak lanjuti dengan nomor kasusnya."
    )
    assert reading.answers[0].to_dict() == {
        "key": "case_number",
        "value": "CA141722721",
        "why": "Email USPS menyebutkan nomor kasus CA141722721.",
    }


def test_delivered_answer_says_why_in_indonesian():
    answers = {answer.key: answer.why for answer in read(pastes.DELIVERED_NOT_RECEIVED, lang="id", today=TODAY).answers}
    assert answers["problem"] == (
        "Pelacakan menyatakan sudah diantar. Pilih ini kalau kiriman tidak sampai ke tangan Anda."
    )
    assert answers["mailed_on"] == "Pemindaian pertama setelah kiriman diterima pos bertanggal 5 Maret 2026."


def test_other_carrier_is_named():
    assert _messages("DHL_PAGE", "en")["paste.other_carrier"] == (
        "This looks like DHL's tracking, not USPS's, Pos Indonesia's or Bea Cukai's. "
        "USPS cannot help with it: ask DHL or the seller."
    )


# --- Lines, dates and digits ----------------------------------------------------------------


def test_a_line_not_understood_is_kept_and_said_so():
    text = pastes.LEAVING_US_CHICAGO.replace("March 17, 2026, 5:12 am\n", "March 17, 2026, 5:12 am\nparcel looks wet?!\n")
    reading = read(text, lang="en", today=TODAY)
    unknown = [event for event in reading.events if event.code == "unknown"]
    assert [(event.status, event.text) for event in unknown] == [
        ("parcel looks wet?!", "Not recognized: this line is kept as you pasted it.")
    ]
    assert [finding.message for finding in reading.findings if finding.code == "paste.unknown_lines"] == [
        "1 line was not recognized; it is listed as you pasted it."
    ]


def test_a_date_after_today_is_flagged():
    reading = read("Delivered, In/At Mailbox\nBROOKLYN, NY 11201\nMarch 25, 2026, 2:15 pm", lang="en", today=TODAY)
    assert "paste.future" in [finding.code for finding in reading.findings]
    assert reading.facts["days_since_last_scan"] == -5


def test_only_ascii_digits_make_dates_and_numbers():
    arabic = "Delivered, In/At Mailbox\nBROOKLYN, NY 11201\nMarch \u0661\u0660, 2026"
    reading = read(arabic, lang="en", today=TODAY)
    assert reading.facts["last_scan_on"] is None
    fullwidth = "\uff19\uff14\uff10\uff10 1112 0620 6406 2607 87\nDelivered"
    assert read(fullwidth, lang="en", today=TODAY).facts["tracking_numbers"] == []


def test_us_dates_are_month_first_and_indonesian_ones_day_first():
    usps = read("03/10/2026 2:15 pm Delivered, In/At Mailbox BROOKLYN, NY 11201", lang="en", today=TODAY)
    assert usps.events[0].on == date(2026, 3, 10) and usps.events[0].time == "14:15"
    pos = read("03/10/2026 09:12 | KANTOR POS BANDUNG 40111 | Selesai antar", lang="en", today=date(2026, 12, 1))
    assert (pos.kind, pos.events[0].on) == ("pos_indonesia", date(2026, 10, 3))


def test_several_numbers_suggest_the_first():
    reading = read("RB123456785US\n9400 1112 0620 6406 2607 87\nDelivered", lang="en", today=TODAY)
    assert reading.facts["tracking_numbers"] == ["RB123456785US", "9400111206206406260787"]
    assert "paste.several_numbers" in [finding.code for finding in reading.findings]


# --- Bad input: a finding, never a crash ------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\u200b\u200b", "\x00\x01"])
def test_empty(text):
    reading = read(text, lang="id", today=TODAY).to_dict()
    assert reading["kind"] == "unknown" and reading["events"] == []
    assert [finding["code"] for finding in reading["findings"]] == ["paste.empty"]
    assert reading["findings"][0]["severity"] == "error"


@pytest.mark.parametrize("value", [None, 42, b"Delivered", ["Delivered"]])
def test_not_text(value):
    assert [finding.code for finding in read(value, lang="en", today=TODAY).findings] == ["paste.not_text"]


def test_a_megabyte_is_cut_with_a_message():
    huge = pastes.DELIVERED_NOT_RECEIVED + ("Lorem ipsum dolor sit amet. " * 40 + "\n") * 1000
    assert len(huge) > 1_000_000
    reading = read(huge, lang="en", today=TODAY)
    codes = [finding.code for finding in reading.findings]
    assert codes[0] == "paste.too_long"
    assert reading.findings[0].message == (
        "This is more than a tracking history, so only its first 100,000 characters were read. "
        "Copy just the tracking history, or just the email."
    )
    assert reading.kind == "usps_tracking" and reading.facts["where"] == "delivered"
    assert len(reading.events) <= 6 + 100  # the history, and at most 100 lines not understood


def test_a_megabyte_of_lines_is_cut_by_lines():
    reading = read("x\n" * 500_000, lang="id", today=TODAY)
    assert [finding.code for finding in reading.findings] == ["paste.too_long", "paste.too_many_lines", "paste.unknown"]
    assert reading.findings[1].message == (
        "Hanya 2.000 baris pertama yang dibaca. Salin riwayat pelacakannya saja, atau emailnya saja."
    )


def test_many_unknown_lines_are_counted():
    text = pastes.LEAVING_US_CHICAGO + "".join(f"noise line {n}\n" for n in range(150))
    reading = read(text, lang="en", today=TODAY)
    assert sum(event.code == "unknown" for event in reading.events) == 100
    assert reading.findings[-1].message == (
        "150 lines were not recognized; the first 100 are listed as you pasted them."
    )


def test_unclosed_script_tags_stay_fast_and_harmless():
    text = "<script>" * 10_000 + "<div>Delivered, In/At Mailbox</div>"
    reading = read(text, lang="en", today=TODAY)
    assert "paste.markup" in [finding.code for finding in reading.findings]


def test_caller_mistakes_raise():
    with pytest.raises(UnsupportedLanguage):
        read("x", lang="fr", today=TODAY)
    with pytest.raises(InvalidDate):
        read("x", lang="en", today="2026-03-20")


def test_held_by_us_customs_on_the_way_to_the_us():
    text = pastes.FROM_INDONESIA.split("Inbound Into Customs")[1]
    reading = read("RR123456785ID\nInbound Into Customs" + text, lang="en", today=TODAY)
    assert (reading.facts["direction"], reading.facts["where"]) == ("to_us", "destination_customs")
    assert {finding.code: finding.message for finding in reading.findings}["paste.customs_us"] == (
        "The item is usually with US customs. USPS cannot speed customs up; if it stays there for weeks, "
        "the sender or the recipient can ask USPS."
    )


def test_a_history_without_dates_says_so():
    reading = read("Delivered, In/At Mailbox\nBROOKLYN, NY 11201", lang="id", today=TODAY)
    assert reading.facts["where"] == "delivered" and reading.facts["last_scan_on"] is None
    assert [finding.code for finding in reading.findings] == ["paste.no_date", "paste.delivered"]


def test_delivered_by_pos_indonesia_points_to_pos_not_usps():
    text = pastes.POS_INBOUND + "2026-03-19 14:30:00 | BANDUNG 40111 | Selesai antar\n"
    reading = read(text, lang="id", today=TODAY)
    assert (reading.kind, reading.facts["where"]) == ("pos_indonesia", "delivered")
    assert {finding.code: finding.message for finding in reading.findings}["paste.delivered_pos"] == (
        "Pos Indonesia menyatakan kiriman sudah diantar. Kalau belum Anda terima, tanyakan orang di alamat itu, "
        "lalu kantor Pos Indonesia terdekat, dengan menyebutkan nomor pelacakannya."
    )


def test_words_after_a_status_are_not_its_place():
    text = "Out for Delivery, Expected Delivery by 9:00pm\nBROOKLYN, NY 11201\nMarch 19, 2026, 6:10 am"
    event = read(text, lang="en", today=TODAY).events[0]
    assert (event.code, event.place, event.on, event.time) == (
        "usps.out_for_delivery", "BROOKLYN, NY 11201", date(2026, 3, 19), "06:10",
    )  # fmt: skip
    pos = read("Senin, 16-03-2026 10.05 WIB | KANTOR POS BANDUNG | Selesai antar", lang="id", today=TODAY)
    assert (pos.events[0].place, pos.events[0].time) == ("KANTOR POS BANDUNG", "10:05")
