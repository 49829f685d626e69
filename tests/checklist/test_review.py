"""What the page shows without formatting anything: the review rows, the follow-up sentence,
long dates; and the calendar's errors, which join the package's exception tree."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import usps_inquiry
from usps_inquiry import InquiryError, InvalidDate, UnsupportedLanguage, UnsupportedOption, check
from usps_inquiry.formats import description as description_rules
from usps_inquiry.formats.business_days import add_business_days
from usps_inquiry.formats.dates import long_date, parse_iso
from usps_inquiry.draft import FIELDS
from usps_inquiry.formats.holidays import holidays, is_holiday, observed_holidays
from usps_inquiry.review import LABELLED, ROWS
from usps_inquiry.text import t
from usps_inquiry.rules.topics import TOPIC_KEYS


def review(draft, lang="en", today=date(2026, 3, 20)):
    return [(row["field"], row["label"], row["value"]) for row in check(draft, lang=lang, today=today).to_dict()["review"]]


# --- Review rows --------------------------------------------------------------------------------


def test_every_filled_answer_has_a_row_in_the_forms_order(good_draft):
    draft = good_draft(has_screenshots=True, case_number="CA141722721", sent_on="2026-03-05")
    assert review(draft, "id") == [
        ("topic", "Tentang apa pesan Anda?", "Paket hilang atau belum tiba"),
        ("name", "Nama lengkap", "Budi Santoso"),
        ("email", "Alamat email", "budi.santoso@example.com"),
        ("phone", "Nomor telepon (opsional)", "+62 812-3456-7890"),
        ("tracking_number", "Nomor pelacakan", "9400 1112 0620 6406 2607 87"),
        ("address", "Alamat surat yang bersangkutan", "1600 Pennsylvania Ave NW, Washington, DC 20500"),
        ("date", "Tanggal kejadian", "Senin, 2 Maret 2026"),
        (
            "description",
            "Apa yang terjadi?",
            "I mailed a birthday present on March 2 and tracking has not changed since it left Chicago.",
        ),
        ("has_screenshots", "Saya punya tangkapan layar atau foto (label, halaman pelacakan)", "Ya"),
        ("case_number", "Nomor kasus", "CA141722721"),
        ("sent_on", "Tanggal dikirim", "Kamis, 5 Maret 2026"),
    ]
    assert [field for field, _, _ in review(draft, "en")] == [
        "topic", "name", "email", "phone", "tracking_number", "address", "date", "description",
        "has_screenshots", "case_number", "sent_on",
    ]  # fmt: skip


def test_empty_answers_have_no_row():
    assert review({}) == []
    assert review({"name": "  ", "has_screenshots": False, "address": {"street": ""}, "phone": None}) == []


@pytest.mark.parametrize(
    ("address", "value"),
    [
        ({"street": "1600 Pennsylvania Ave NW", "city": "Washington", "state": "dc", "zip": "20500 0003"},
         "1600 Pennsylvania Ave NW, Washington, DC 20500-0003"),
        ({"city": "Sacramento", "state": " california ", "zip": "958140001"}, "Sacramento, CA 95814-0001"),
        ({"city": "APO", "state": "ae", "zip": "09012"}, "APO, AE 09012"),
        ({"state": "bali", "zip": "2050"}, "BALI 2050"),  # not valid: as typed, in capitals
        ({"zip": "20500–0003"}, "20500-0003"),  # an en dash pasted from a word processor
        ({"street": "  1 Main   St \n Apt 2 "}, "1 Main St Apt 2"),
    ],
)  # fmt: skip
def test_the_address_is_one_row(address, value):
    assert review({"address": address}) == [("address", "Mailing address involved", value)]


def test_dates_are_written_out_when_real_and_shown_as_typed_when_not():
    assert review({"date": "2026-03-02", "sent_on": "2026-02-30"}) == [
        ("date", "Date it happened", "Monday, March 2, 2026"),
        ("sent_on", "Date sent", "2026-02-30"),
    ]
    # A date in the future is an error, and still the reader's answer.
    assert review({"date": "2026-12-25"}, "id") == [("date", "Tanggal kejadian", "Jumat, 25 Desember 2026")]


def test_topic_rows():
    for key in TOPIC_KEYS:
        for lang in ("id", "en"):
            assert review({"topic": key}, lang)[0] == ("topic", t("label.field.topic", lang), t(f"choice.topic.{key}", lang))
    assert review({"topic": "Lost-Package "})[0][2] == "Lost or missing package"
    assert review({"topic": "pizza"})[0][2] == "pizza"


def test_reader_text_is_cleaned_and_long_values_are_cut():
    rows = dict((field, value) for field, _, value in review({"name": "Budi\x00 \ud800", "email": "a" * 500}))
    assert rows["name"] == "Budi \ufffd"
    assert len(rows["email"]) == 200 and rows["email"].endswith("…")
    description = "Line one.\r\nLine two\x07."
    assert review({"description": description}) == [("description", "What happened?", "Line one.\nLine two.")]


def test_every_row_has_a_label_in_both_languages():
    assert set(ROWS) <= set(LABELLED)
    assert set(FIELDS) <= set(ROWS)  # a new draft field needs a review row
    for field in LABELLED:
        assert all(t(f"label.field.{field}", lang) for lang in ("id", "en")), field


# --- The follow-up sentence ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("topic", "sent_on", "lang", "due_text"),
    [
        ("lost_package", "2026-03-03", "id",
         "Jika belum ada balasan, kirim tindak lanjut pada Kamis, 12 Maret 2026 (7 hari kerja setelah Anda mengirim pesan)."),
        ("lost_package", "2026-03-03", "en",
         "If there is no reply, follow up on Thursday, March 12, 2026 (7 business days after you sent your message)."),
        ("general", "2026-11-24", "en",  # Thanksgiving is skipped
         "If there is no reply, follow up on Monday, November 30, 2026 (3 business days after you sent your message)."),
        ("general", "2026-12-30", "id",  # New Year's Day 2027 is skipped
         "Jika belum ada balasan, kirim tindak lanjut pada Selasa, 5 Januari 2027 (3 hari kerja setelah Anda mengirim pesan)."),
    ],
)  # fmt: skip
def test_due_text(good_draft, topic, sent_on, lang, due_text):
    draft = good_draft(topic=topic, case_number="CA141722721", sent_on=sent_on, date="2026-03-02")
    follow_up = check(draft, lang=lang, today=date(2027, 6, 1)).to_dict()["follow_up"]
    assert follow_up["due_text"] == due_text
    assert long_date(date.fromisoformat(follow_up["due"]), lang) in due_text


def test_the_follow_up_letter_stays_english(good_draft):
    draft = good_draft(case_number="CA141722721", sent_on="2026-03-05")
    english, indonesian = (check(draft, lang=lang, today=date(2026, 3, 20)).follow_up for lang in ("en", "id"))
    assert (english.subject, english.body) == (indonesian.subject, indonesian.body)
    assert english.due_text != indonesian.due_text


# --- Long dates ------------------------------------------------------------------------------------


def test_long_dates_for_a_whole_year():
    day = date(2028, 1, 1)  # a Saturday, in a leap year
    weekdays = {"en": [], "id": []}
    while day.year == 2028:
        for lang in ("en", "id"):
            text = long_date(day, lang)
            weekdays[lang].append(text.split(",")[0])
            assert str(day.year) in text and f" {day.day}" in text
        day += timedelta(days=1)
    assert weekdays["en"][:7] == ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    assert weekdays["id"][:7] == ["Sabtu", "Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat"]
    assert long_date(date(2028, 2, 29), "en") == "Tuesday, February 29, 2028"
    assert long_date(date(2028, 8, 17), "id") == "Kamis, 17 Agustus 2028"
    with pytest.raises(UnsupportedLanguage):
        long_date(date(2028, 1, 1), "fr")


@pytest.mark.parametrize("value", ["2026-3-2", "20260302", "2026-W10-1", "2026-03-02T00:00", " 2026-03-02", "２０２６-０３-０２"])
def test_parse_iso_is_strict(value):
    with pytest.raises(InvalidDate) as raised:
        parse_iso(value, "sent_on")
    assert raised.value.code == "sent_on.format"
    assert str(raised.value) == "Enter the date you sent it as year-month-day, like 2026-03-02."


# --- The exception tree ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "kind", "code", "english"),
    [
        (lambda: holidays(1970), InvalidDate, "calendar.year",
         "The holiday calendar covers the years 1971 to 9999 – 1970 is outside them."),
        (lambda: observed_holidays(10000), InvalidDate, "calendar.year",
         "The holiday calendar covers the years 1971 to 9999 – 10000 is outside them."),
        (lambda: observed_holidays(2026, rule="opm"), UnsupportedOption, "calendar.rule",
         "Choose the holiday rule “usps” or “federal”, not “opm”."),
        (lambda: is_holiday(date(1960, 1, 1), rule="opm"), UnsupportedOption, "calendar.rule",
         "Choose the holiday rule “usps” or “federal”, not “opm”."),
        (lambda: add_business_days(date(2026, 3, 2), -3), UnsupportedOption, "calendar.days",
         "The number of business days must be 0 or more, not -3."),
        (lambda: add_business_days(date(9999, 12, 31), 1), InvalidDate, "calendar.end",
         "The date falls after December 31, 9999, the last day the calendar covers."),
        (lambda: check({}, today="2026-03-20"), InvalidDate, "today.type",
         "“today” must be a date, like date(2026, 3, 2), not a value of type str."),
        (lambda: check({}, today=20260320), InvalidDate, "today.type",
         "“today” must be a date, like date(2026, 3, 2), not a value of type int."),
    ],
)  # fmt: skip
def test_calendar_errors_join_the_tree(call, kind, code, english):
    with pytest.raises(kind) as raised:
        call()
    error = raised.value
    assert isinstance(error, InquiryError) and isinstance(error, ValueError)
    assert (error.code, str(error)) == (code, english)
    assert error.message("id").endswith(".") and error.message("id") != english


def test_unsupported_language_is_an_unsupported_option():
    assert issubclass(UnsupportedLanguage, UnsupportedOption)
    assert {"InvalidDate", "UnsupportedOption"} <= set(usps_inquiry.__all__)


def test_a_follow_up_past_the_end_of_the_calendar_is_left_out(good_draft):
    draft = good_draft(case_number="CA141722721", sent_on="9999-12-30", date="9999-12-01")
    report = check(draft, today=date(9999, 12, 31))
    assert report.follow_up is None and report.message is not None


# --- The description limit -----------------------------------------------------------------------


def test_the_limit_in_the_message_is_max_length(good_draft, monkeypatch):
    monkeypatch.setattr(description_rules, "MAX_LENGTH", 1000)
    report = check(good_draft(description="word " * 250), lang="en", today=date(2026, 3, 20))
    # (The whole message is over the limit too: message.too_long, pinned in test_hygiene.py.)
    assert [f.message for f in report.findings if f.code != "message.too_long"] == [
        "Description must be 1,000 characters or less – you have 249 characters too many."
    ]


def test_the_count_is_of_the_trimmed_text_in_utf16_units(good_draft):
    limit = description_rules.MAX_LENGTH
    today = date(2026, 3, 20)
    text = "x " * (limit // 2 - 1) + "xx"  # exactly the limit
    assert description_rules.counted_length(text + "\n\n  ") == limit
    # A description at the limit leaves no room for the letter around it: only message.too_long.
    whole = "message.too_long"
    assert [f.code for f in check(good_draft(description=" \n" + text + "\r\n"), today=today).findings] == [whole]
    over = check(good_draft(description=text[:-2] + "😀"), lang="en", today=today).findings  # an emoji is 2 units
    assert [f.code for f in over] == [whole]
    over = check(good_draft(description=text + "😀"), lang="en", today=today).findings
    assert [f.message for f in over if f.code != whole] == ["Description must be 4,000 characters or less – you have 2 characters too many."]
