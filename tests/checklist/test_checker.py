"""check(): the draft's shape, required fields per topic, dates, description, channels."""

from __future__ import annotations

from datetime import date

import pytest

from usps_inquiry import UnsupportedLanguage, check

ALWAYS = {"name", "email", "description"}


def codes(report):
    return [(finding.field, finding.severity, finding.code) for finding in report.findings]


def test_a_good_draft_has_no_findings(good_draft, today):
    report = check(good_draft(), today=today)
    assert report.ok and report.findings == ()
    assert report.to_dict()["topic"] == "lost_package" and report.to_dict()["lang"] == "id"


# --- Required fields per topic --------------------------------------------------------------


@pytest.mark.parametrize(
    ("topic", "errors", "warnings"),
    [
        ("lost_package", ["name", "email", "tracking_number", "date", "description"], []),
        ("delivery_problem", ["name", "email", "address", "description"], ["tracking_number"]),
        ("tracking", ["name", "email", "tracking_number", "description"], []),
        ("refund_claim", ["name", "email", "tracking_number", "date", "description"], []),
        ("feedback", ["name", "email", "description"], ["date"]),
        ("general", ["name", "email", "description"], []),
        ("other", ["name", "email", "description"], []),
        ("passport", [], ["topic"]),
    ],
)
def test_required_fields(topic, errors, warnings, today):
    report = check({"topic": topic}, today=today)
    assert [f.field for f in report.errors] == errors
    assert [f.field for f in report.warnings] == warnings
    assert report.ok == (not errors)


@pytest.mark.parametrize(
    ("draft", "field", "code", "english", "indonesian"),
    [
        ({}, "topic", "topic.missing", "Choose what your question is about.", "Pilih topik pertanyaan Anda."),
        (
            {"topic": "lost"},
            "topic",
            "topic.unknown",
            "Choose one of these topics: lost_package, delivery_problem, tracking, refund_claim, feedback, "
            "general, other, passport.",
            "Pilih salah satu topik ini: lost_package, delivery_problem, tracking, refund_claim, feedback, "
            "general, other, passport.",
        ),
        ({"topic": "general"}, "name", "name.missing", "Enter your full name.", "Masukkan nama lengkap Anda."),
        (
            {"topic": "lost_package"},
            "tracking_number",
            "tracking.missing",
            "Enter the tracking number, like 9400 1112 0620 6406 2607 87.",
            "Masukkan nomor pelacakan, misalnya 9400 1112 0620 6406 2607 87.",
        ),
        (
            {"topic": "delivery_problem"},
            "tracking_number",
            "tracking.recommended",
            "Add the tracking number if you have one – it helps USPS find your item.",
            "Tambahkan nomor pelacakan jika ada – ini membantu USPS menemukan kiriman Anda.",
        ),
        (
            {"topic": "delivery_problem"},
            "address",
            "address.missing",
            "Enter the mailing address, with street, city, state and ZIP code.",
            "Masukkan alamat surat, lengkap dengan jalan, kota, negara bagian, dan ZIP Code.",
        ),
        ({"topic": "lost_package"}, "date", "date.missing", "Enter the date it happened.", "Masukkan tanggal kejadiannya."),
        (
            {"topic": "feedback"},
            "date",
            "date.recommended",
            "Add the date it happened – it helps USPS look into your question.",
            "Tambahkan tanggal kejadiannya – ini membantu USPS memeriksa masalah Anda.",
        ),
        ({"topic": "general"}, "description", "description.missing", "Describe what happened.", "Jelaskan apa yang terjadi."),
        (
            [],
            "draft",
            "draft.not_object",
            'The draft must be a JSON object, like {"topic": "lost_package"}.',
            'Draf harus berupa objek JSON, misalnya {"topic": "lost_package"}.',
        ),
        (
            {"topic": "general", "nama": "Budi"},
            "nama",
            "draft.unknown_field",
            "“nama” is not a checklist field, so it is ignored. Check the spelling of the field name.",
            "“nama” bukan kolom daftar periksa, jadi diabaikan. Periksa ejaan nama kolomnya.",
        ),
        ({"topic": "general", "name": 7}, "name", "draft.type", "“name” must be text.", "“name” harus berupa teks."),
        (
            {"topic": "general", "has_screenshots": "yes"},
            "has_screenshots",
            "draft.type",
            "“has_screenshots” must be true or false.",
            "“has_screenshots” harus berupa true atau false.",
        ),
        (
            {"topic": "delivery_problem", "address": "1600 Pennsylvania Ave"},
            "address",
            "draft.type",
            "“address” must be an object with street, city, state and zip.",
            "“address” harus berupa objek berisi street, city, state, dan zip.",
        ),
    ],
)
def test_messages(draft, field, code, english, indonesian, today):
    for lang, message in (("en", english), ("id", indonesian)):
        found = [f for f in check(draft, lang=lang, today=today).findings if f.code == code]
        assert [(f.field, f.message) for f in found] == [(field, message)]


def test_wrong_type_is_not_also_missing(today):
    report = check({"topic": 3, "name": ["Budi"], "address": {"street": 1}}, today=today)
    assert ("topic", "error", "draft.type") in codes(report)
    assert not any(code in ("topic.missing", "name.missing") for _, _, code in codes(report))
    assert ("address.street", "error", "draft.type") in codes(report)
    assert ("address.street", "error", "street.missing") not in codes(report)


def test_null_and_blank_mean_not_filled_in(good_draft, today):
    report = check(good_draft(phone="   ", has_screenshots=None) | {"case_number": None}, today=today)
    assert report.findings == ()


def test_topic_is_read_leniently(good_draft, today):
    assert check(good_draft(topic=" Lost-Package "), today=today).topic == "lost_package"


def test_unknown_fields_are_capped(good_draft, today):
    draft = good_draft() | {f"extra{index}": index for index in range(50)}
    assert len(check(draft, today=today).findings) == 20


def test_unknown_address_part(good_draft, today):
    draft = good_draft()
    draft["address"] = dict(draft["address"], country="Indonesia")
    assert codes(check(draft, today=today)) == [("address.country", "warning", "draft.unknown_field")]


def test_name_rules(good_draft, today):
    assert codes(check(good_draft(name="x" * 101), today=today)) == [("name", "error", "name.too_long")]
    assert codes(check(good_draft(name="budi@example.com"), today=today)) == [("name", "warning", "name.is_email")]
    # One-word names are common in Indonesia and are fine.
    assert check(good_draft(name="Sukarno"), today=today).findings == ()


def test_today_may_be_a_datetime(good_draft):
    from datetime import datetime

    assert check(good_draft(), today=datetime(2026, 3, 20, 23, 59)).findings == ()


def test_unsupported_language(good_draft):
    with pytest.raises(UnsupportedLanguage) as raised:
        check(good_draft(), lang="fr")
    assert str(raised.value) == "Choose the language “id” (Indonesian) or “en” (English)."
    assert isinstance(raised.value, ValueError)


# --- Dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code", "english", "indonesian"),
    [
        ("2 3 2026", "date.format", "Enter the date as year-month-day, like 2026-03-02.",
         "Masukkan tanggal dengan format tahun-bulan-tanggal, misalnya 2026-03-02."),
        ("March 2", "date.format", "Enter the date as year-month-day, like 2026-03-02.",
         "Masukkan tanggal dengan format tahun-bulan-tanggal, misalnya 2026-03-02."),
        ("２０２６-０３-０２", "date.format", "Enter the date as year-month-day, like 2026-03-02.",
         "Masukkan tanggal dengan format tahun-bulan-tanggal, misalnya 2026-03-02."),
        ("2026-02-30", "date.not_real", "Enter a date that is in the calendar, like 2026-02-28.",
         "Masukkan tanggal yang ada di kalender, misalnya 2026-02-28."),
        ("2026-03-21", "date.future", "Date must be today or in the past.", "Tanggal harus hari ini atau sebelumnya."),
    ],
)  # fmt: skip
def test_date_errors(good_draft, today, value, code, english, indonesian):
    for lang, message in (("en", english), ("id", indonesian)):
        report = check(good_draft(date=value), lang=lang, today=today)
        assert [(f.field, f.code, f.message) for f in report.findings] == [("date", code, message)]


def test_today_is_not_the_future(good_draft, today):
    assert check(good_draft(date=today.isoformat()), today=today).findings == ()


def test_an_invalid_date_is_shown_as_typed(good_draft, today):
    body = check(good_draft(date="2026-02-30"), today=today).message.body
    assert "Date of the problem: 2026-02-30\n" in body


# --- After sending: case number and follow-up -----------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"case_number": "CA141722721"}, [("sent_on", "warning", "sent_on.missing")]),
        ({"sent_on": "2026-03-05"}, [("case_number", "warning", "case_number.missing")]),
        ({"case_number": "CA 1417-22721", "sent_on": "2026-03-05"}, []),
        ({"case_number": "#CA141722721!", "sent_on": "2026-03-05"}, [("case_number", "error", "case_number.format")]),
        ({"case_number": "CA1", "sent_on": "2026-03-05"}, [("case_number", "error", "case_number.format")]),
        ({"case_number": "CA141722721", "sent_on": "2026-03-01"}, [("sent_on", "warning", "sent_on.before_date")]),
        ({"case_number": "CA141722721", "sent_on": "2026-04-01"}, [("sent_on", "error", "sent_on.future")]),
        ({"case_number": "CA141722721", "sent_on": "5 March"}, [("sent_on", "error", "sent_on.format")]),
    ],
)
def test_case_number_and_sent_on(good_draft, today, changes, expected):
    report = check(good_draft(**changes), today=today)
    assert codes(report) == expected
    assert (report.follow_up is not None) == (expected == [] or expected[0][2] == "sent_on.before_date")


def test_sent_on_messages(good_draft, today):
    english = check(good_draft(case_number="CA141722721"), lang="en", today=today).findings[0].message
    indonesian = check(good_draft(case_number="CA141722721"), lang="id", today=today).findings[0].message
    assert english == "Enter the date you sent your message to USPS, to see when to follow up."
    assert indonesian == "Masukkan tanggal Anda mengirim pesan ke USPS, agar tahu kapan perlu menindaklanjutinya."
    english = check(good_draft(sent_on="2026-03-05"), lang="en", today=today).findings[0].message
    assert english == "Enter the case number from USPS’s confirmation email, so you can quote it when you follow up."


@pytest.mark.parametrize(
    ("topic", "sent_on", "due", "days"),
    [
        ("lost_package", "2026-03-05", "2026-03-16", 7),
        ("general", "2026-03-05", "2026-03-10", 3),
        # Thanksgiving (Thursday 26 November 2026) is skipped.
        ("general", "2026-11-24", "2026-11-30", 3),
        # Christmas (Friday) and New Year's Day 2027 (Friday) are skipped, and so are weekends.
        ("lost_package", "2026-12-22", "2027-01-04", 7),
        # Juneteenth 2026 is a Friday.
        ("general", "2026-06-17", "2026-06-23", 3),
        # Sent on a Saturday: the first business day is Monday.
        ("general", "2026-03-07", "2026-03-11", 3),
    ],
)
def test_follow_up_dates(good_draft, topic, sent_on, due, days):
    draft = good_draft(topic=topic, case_number="CA141722721", sent_on=sent_on, date="2026-03-02")
    follow_up = check(draft, today=date(2027, 6, 1)).to_dict()["follow_up"]
    assert (follow_up["due"], follow_up["business_days"]) == (due, days)
