"""Input hygiene (issue #8, section 5): invisible characters, data never sent, typed dates,
email typos, Indonesian phone numbers, and the 4,000-character limit of the whole message."""

from __future__ import annotations

from datetime import date

import pytest

from usps_inquiry import check

from usps_inquiry.formats import email_address, phone
from usps_inquiry.clean import INVISIBLE, strip_invisible
from usps_inquiry.formats.description import MAX_LENGTH, length, mask_sensitive
from usps_inquiry.formats.typed_dates import read

OK_TEXT = "I mailed a birthday present on March 2 and tracking has not changed since it left Chicago."


# --- Invisible characters ---------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\u2066", "\u2069", "\ufeff", "\u202a", "\u202e"])
def test_every_invisible_character_is_stripped(char):
    assert strip_invisible(f"RR{char}123456785ID") == ("RR123456785ID", 1)


def test_invisible_characters_are_stripped_from_every_field_and_said_once(good_draft, today):
    draft = good_draft(
        tracking_number="\u200b9400 1112 0620 6406 2607 87\u200b",
        email="budi.santoso@example.com\ufeff",
        address={"street": "1600 Pennsylvania Ave NW", "city": "Washing\u200dton", "state": "DC", "zip": "20500"},
        description="\u202e" + OK_TEXT,
    )
    report = check(draft, lang="en", today=today)
    assert [(f.field, f.severity, f.code) for f in report.findings] == [
        ("email", "tip", "text.invisible"),
        ("tracking_number", "tip", "text.invisible"),
        ("address.city", "tip", "text.invisible"),
        ("description", "tip", "text.invisible"),
    ]
    assert report.findings[0].message == (
        "Hidden characters copied along with this text (such as zero-width spaces) are left out. What you see does not change."
    )
    assert report.ok and report.message.subject == "Lost Package - Tracking #9400111206206406260787"
    assert not INVISIBLE.search(report.message.body)
    assert "Washington, DC 20500" in report.message.body


def test_a_field_of_only_invisible_characters_is_empty(good_draft, today):
    codes = [f.code for f in check(good_draft(name="\u200b\u200b"), lang="en", today=today).findings]
    assert codes == ["name.missing", "text.invisible"]


# --- Numbers and secrets never sent -----------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "kinds", "masked"),
    [
        (" I paid with card 4111 1111 1111 1111.", ("card_number",), " I paid with card [removed]."),
        (" My SSN is 123-45-6789.", ("ssn",), " My SSN is [removed]."),
        (" My ITIN is 912-70-1234.", ("itin",), " My ITIN is [removed]."),
        (" NIK saya 3273014507900001.", ("nik",), " NIK saya [removed]."),
        (" No. KTP: 3273.0145.0790.0001.", ("nik",), " No. KTP: [removed]."),
        # 16 digits that pass Luhn and start like a Visa card: still a NIK when the text says KTP.
        (" KTP saya 4111111111111111.", ("nik",), " KTP saya [removed]."),
        (" My password is Rahasia123.", ("password",), " My password is [removed]."),
        (" PIN saya 482193.", ("pin",), " PIN saya [removed]."),
        (" Kode OTP-nya 482193.", ("otp",), " Kode OTP-nya [removed]."),
        (" kode verifikasi: 0042", ("otp",), " kode verifikasi: [removed]"),
        (" The one-time code 771204 came by SMS.", ("otp",), " The one-time code [removed] came by SMS."),
        # Numbers pasted side by side are each found, even when the run starts with 9.
        (" 912-70-1234 4111 1111 1111 1111 123-45-6789", ("card_number", "ssn", "itin"), " [removed] [removed] [removed]"),
        (" 4111 1111 1111 1111 3273014507900001", ("card_number", "nik"), " [removed] [removed]"),
    ],
)
def test_sensitive_data_is_masked_in_the_message(good_draft, today, extra, kinds, masked):
    assert mask_sensitive(extra) == (masked, kinds)
    report = check(good_draft(description=OK_TEXT + extra), lang="en", today=today)
    assert [f.code for f in report.findings] == [f"description.{kind}" for kind in kinds]
    assert "The message shows [removed] in its place." in report.findings[0].message
    assert OK_TEXT + masked in report.message.body


@pytest.mark.parametrize(
    "text",
    [
        "Tracking 9400 1112 0620 6406 2607 87 and RR123456785ID.",
        "Call me on +62 812 3456 7890 or 0812-3456-7890-1234.",
        "ZIP 20500-0003, order 1234567890123456789012.",
        "The PIN pad at the Post Office was broken.",
        "Kode OTP belum masuk ke HP saya.",
        "My password is not working.",
    ],
)
def test_ordinary_numbers_are_not_masked(text):
    assert mask_sensitive(text) == (text, ())


# --- Typed dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "day", "other"),
    [
        ("1 Desember 2026", date(2026, 12, 1), None),
        ("1 Des 2026", date(2026, 12, 1), None),
        ("1 des. 2026", date(2026, 12, 1), None),
        ("Selasa, 1 Desember 2026", date(2026, 12, 1), None),
        ("December 1, 2026", date(2026, 12, 1), None),
        ("Dec 1st 2026", date(2026, 12, 1), None),
        ("1 Agustus 2026", date(2026, 8, 1), None),
        ("17 Agt 2026", date(2026, 8, 17), None),
        ("01/12/2026", date(2026, 12, 1), date(2026, 1, 12)),
        ("1-12-2026", date(2026, 12, 1), date(2026, 1, 12)),
        ("12/12/2026", date(2026, 12, 12), None),
        ("25/12/2026", date(2026, 12, 25), None),
        ("12/25/2026", date(2026, 12, 25), None),
        ("2026/12/01", date(2026, 12, 1), None),
        ("2026.12.1", date(2026, 12, 1), None),
        ("2026-3-2", date(2026, 3, 2), None),
    ],
)
def test_typed_dates(typed, day, other):
    result = read(typed)
    assert (result.day, result.other) == (day, other)


@pytest.mark.parametrize("typed", ["31/02/2026", "30 Februari 2026", "1 Foo 2026", "March 2", "2 3 2026", "tomorrow", "", "1" * 100])
def test_not_dates(typed):
    assert read(typed) is None


@pytest.mark.parametrize("field", ["date", "sent_on"])
def test_typed_date_finding_has_the_iso_date(good_draft, field):
    today = date(2026, 12, 20)
    draft = good_draft(**{field: "1 Desember 2026"}, case_number="CA141722721")
    if field == "sent_on":
        draft["date"] = "2026-11-28"
    for lang, message in (
        ("en", "Enter the date as year-month-day – for December 1, 2026, that is 2026-12-01."),
        ("id", "Masukkan tanggal dengan format tahun-bulan-tanggal – untuk 1 Desember 2026, formatnya 2026-12-01."),
    ):
        report = check(draft, lang=lang, today=today)
        [finding] = [f for f in report.findings if f.field == field]
        assert (finding.severity, finding.code, finding.message, finding.suggestion) == (
            "warning", f"{field}.typed", message, "2026-12-01",
        )  # fmt: skip
        assert report.ok
    if field == "date":
        assert "Date of the problem: December 1, 2026" in report.message.body
    else:
        assert report.follow_up.due == date(2026, 12, 10)


def test_ambiguous_date_asks_day_or_month(good_draft):
    report = check(good_draft(date="01/12/2026"), lang="id", today=date(2026, 12, 20))
    [finding] = report.findings
    assert (finding.code, finding.suggestion) == ("date.day_month", "2026-12-01")
    assert finding.message == (
        "Periksa tanggalnya – 01/12/2026 dibaca sebagai tanggal/bulan/tahun: 1 Desember 2026 (2026-12-01). "
        "Jika maksud Anda 12 Januari 2026, isi 2026-01-12."
    )
    english = check(good_draft(date="01/12/2026"), lang="en", today=date(2026, 12, 20)).findings[0].message
    assert english == (
        "Check the date – 01/12/2026 is read as day/month/year: December 1, 2026 (2026-12-01). "
        "If you meant January 12, 2026, enter 2026-01-12."
    )


def test_a_typed_date_in_the_future_is_still_an_error(good_draft, today):
    codes = [f.code for f in check(good_draft(date="1 Desember 2026"), today=today).findings]
    assert codes == ["date.future", "date.typed"]


# --- Email typos ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("domain", "suggestion"),
    [
        ("email.com", None),
        ("yahoo.co.uk", None),
        ("protonmail.ch", None),
        ("proton.me", None),
        ("gmx.de", None),
        ("mail.com", None),
        ("yahoo.co.id", None),
        ("gmail.com", None),
        ("example.co.id", None),
        ("gmail.co.id", "gmail.com"),
        ("gmail.co", "gmail.com"),
        ("gmail.com.id", "gmail.com"),
        ("gmial.com", "gmail.com"),
        ("gmai.com", "gmail.com"),
        ("yahoo.com.id", "yahoo.co.id"),
        ("yaho.co.id", "yahoo.co.id"),
        ("hotmial.com", "hotmail.com"),
        ("icloud.co", "icloud.com"),
        ("company.con", "company.com"),
    ],
)
def test_email_suggestions(domain, suggestion):
    assert email_address.suggest(f"ani@{domain}") == (f"ani@{suggestion}" if suggestion else None)


# --- Indonesian phone numbers -----------------------------------------------------------------

@pytest.fixture
def phonenumbers():
    return pytest.importorskip("phonenumbers")  # a test dependency (phonenumberslite); absent in Pyodide


INDONESIAN_NUMBERS = [
        ("0812 3456 7890", "+62 812 3456 7890"),
        ("0812-3456-7890", "+62 812 3456 7890"),
        ("081234567890", "+62 812 3456 7890"),
        ("6281234567890", "+62 812 3456 7890"),
        ("62 812 3456 7890", "+62 812 3456 7890"),
        ("+62 0812 3456 7890", "+62 812 3456 7890"),
        ("0813 1234 567", "+62 813 1234 567"),
        ("0856 1234 5678", "+62 856 1234 5678"),
        ("(021) 555 1234", "+62 21 555 1234"),
        ("022 8765 4321", "+62 22 8765 4321"),
        ("(0361) 234567", "+62 361 234567"),
]


@pytest.mark.parametrize(("typed", "suggestion"), INDONESIAN_NUMBERS)
def test_indonesian_numbers_get_the_country_code(good_draft, today, typed, suggestion):
    assert phone.suggest(typed) == suggestion
    assert phone.is_valid(suggestion)
    [finding] = [f for f in check(good_draft(phone=typed), lang="en", today=today).findings]
    assert (finding.field, finding.severity, finding.suggestion) == ("phone", "error", suggestion)
    assert finding.code in ("phone.country_code", "phone.plus", "phone.trunk_zero")


@pytest.mark.parametrize("typed", [row[0] for row in INDONESIAN_NUMBERS])
def test_suggestions_agree_with_phonenumbers(phonenumbers, typed):
    oracle = phonenumbers.parse(typed, "ID")
    assert phonenumbers.is_valid_number(oracle), typed
    assert phonenumbers.format_number(oracle, phonenumbers.PhoneNumberFormat.E164) == phone.validate(phone.suggest(typed)).e164


@pytest.mark.parametrize("typed", ["+62 812 3456 7890", "(202) 555-0143", "+44 20 7946 0958", "0812", "08123 45678 90123 4", "hello"])
def test_no_phone_suggestion(typed):
    assert phone.suggest(typed) is None


def test_62_without_plus_is_its_own_error(good_draft, today):
    [finding] = check(good_draft(phone="6281234567890"), lang="en", today=today).findings
    assert (finding.code, finding.message) == ("phone.plus", "Add a + before the country code, like +62 812 3456 7890.")


# --- The whole message's length ---------------------------------------------------------------


def test_message_too_long_counts_the_whole_body(good_draft, today):
    # The description fits the form by itself; the letter around it pushes the body over.
    description = ("The parcel has not arrived. " * 200)[: MAX_LENGTH - 100].strip()
    report = check(good_draft(description=description), lang="en", today=today)
    body = report.message.body
    over = length(body) - MAX_LENGTH
    assert over > 0
    [finding] = [f for f in report.findings if f.code == "message.too_long"]
    assert (finding.field, finding.severity) == ("description", "error")
    assert finding.message == (
        f"The whole message must be 4,000 characters or less, as the USPS form counts them – it has {over:,} "
        f"characters too many. Shorten the description by at least {over:,} characters."
    )
    shorter = check(good_draft(description=description[: len(description) - over]), lang="en", today=today)
    assert length(shorter.message.body) == MAX_LENGTH
    assert "message.too_long" not in [f.code for f in shorter.findings]


def test_message_length_counts_utf16_units(good_draft, today):
    body = check(good_draft(description="😀" * 1990), lang="en", today=today).message.body
    assert length(body) > len(body)


def test_a_huge_paste_is_cut_in_the_message_but_counted_whole(good_draft, today):
    small = check(good_draft(description="x" * 100), lang="en", today=today).message.body
    overhead = length(small) - 100  # the letter around the description
    report = check(good_draft(description="x" * 20_000), lang="en", today=today)
    assert report.message.body.count("x") < 20_000 and "x\u2026" in report.message.body
    [finding] = [f for f in report.findings if f.code == "message.too_long"]
    assert f"it has {overhead + 20_000 - MAX_LENGTH:,} characters too many" in finding.message
