"""The composed message and follow-up, and the holiday calendar behind the follow-up date."""

from __future__ import annotations

from datetime import date

import pytest

from usps_inquiry import check
from usps_inquiry.formats.business_days import add_business_days, is_business_day
from usps_inquiry.formats.holidays import holidays, is_holiday, observed_holidays

FULL_BODY = """\
Dear USPS Customer Service,

I am writing about a package that has not arrived.

Tracking number: 9400111206206406260787
Date of the problem: March 2, 2026
Address:
1600 Pennsylvania Ave NW
Washington, DC 20500

What happened:
I mailed a birthday present on March 2 and tracking has not changed since it left Chicago.

Please search for the package and let me know where it is.

You can reach me by email at budi.santoso@example.com or by phone at +62 812-3456-7890. \
Email is the best way to reach me, as my phone number is outside the United States.

Thank you for your help.

Kind regards,
Budi Santoso"""


def test_full_message(good_draft, today):
    message = check(good_draft(), lang="en", today=today).to_dict()["message"]
    assert message == {"subject": "Lost Package - Tracking #9400111206206406260787", "body": FULL_BODY, "mirror": None}


def test_message_is_always_english(good_draft, today):
    in_id, in_en = check(good_draft(), lang="id", today=today).message, check(good_draft(), lang="en", today=today).message
    assert (in_id.subject, in_id.body) == (in_en.subject, in_en.body)


def test_no_empty_placeholders(today):
    message = check({"description": "  What time does the Post Office on Main Street open?  "}, today=today).message
    assert message.subject == "Customer Inquiry"
    assert message.body == (
        "Dear USPS Customer Service,\n\nI am writing to ask for your help.\n\n"
        "Details:\nWhat time does the Post Office on Main Street open?\n\n"
        "I would be grateful for your help with this.\n\nThank you for your help.\n\nKind regards,"
    )


def test_topic_only_composes_a_message(today):
    message = check({"topic": "general"}, today=today).message
    assert message.subject == "General Question"
    assert "My question:" not in message.body and "\n\n\n" not in message.body


def test_nothing_to_compose(today):
    assert check({}, today=today).message is None
    assert check({"name": "Budi"}, today=today).message is None
    assert check([], today=today).message is None


def test_reader_text_is_kept_exactly(good_draft, today):
    text = "Line one, with  two spaces.\n\n  Indented line 😀 – “quoted” <script>alert(1)</script>\nالنص العربي"
    body = check(good_draft(description=f"\n\n  {text}  \n"), today=today).message.body
    assert f"What happened:\n{text}\n\n" in body


def test_one_line_values_are_folded(good_draft, today):
    body = check(good_draft(name="Budi\n  Santoso"), today=today).message.body
    assert body.endswith("Kind regards,\nBudi Santoso")


def test_partial_address(good_draft, today):
    body = check(good_draft(address={"city": "Denver", "zip": "80202"}), today=today).message.body
    assert "Address:\nDenver, 80202\n" in body


def test_screenshots_line(good_draft, today):
    report = check(good_draft(has_screenshots=True), lang="en", today=today)
    assert "I have screenshots and can send them if you need them.\n\n" in report.message.body
    assert [(f.severity, f.message) for f in report.findings] == [
        (
            "tip",
            "Describe what your screenshots show, and keep them in case USPS asks for them – the USPS form may "
            "not take attachments.",
        )
    ]


def test_invalid_tracking_number_is_shown_as_typed(good_draft, today):
    report = check(good_draft(tracking_number=" 9400 1112 0620 6406 2607 88 "), today=today)
    assert report.message.subject == "Lost Package - Tracking #9400 1112 0620 6406 2607 88"


def test_scanned_number_uses_the_pic(good_draft, today):
    report = check(good_draft(tracking_number="420 20500 9212391234567812345670"), lang="en", today=today)
    assert report.message.subject == "Lost Package - Tracking #9212391234567812345670"
    assert [(f.code, f.suggestion, f.message) for f in report.findings] == [
        (
            "tracking.routing_prefix",
            "9212391234567812345670",
            "The first digits, 420 and the ZIP code 20500, route the item and are not part of the tracking "
            "number. Enter 9212391234567812345670 in the USPS form.",
        )
    ]


def test_international_tip(good_draft, today):
    report = check(good_draft(tracking_number="RR 123 456 785 ID"), lang="id", today=today)
    assert [f.message for f in report.findings] == [
        "Ini nomor pelacakan internasional dengan kode negara ID. USPS biasanya baru menampilkan pelacakan "
        "setelah kiriman tiba di Amerika Serikat; sebelum itu, tanyakan kepada Pos Indonesia.",
        "Menurut nomor pelacakannya, kiriman ini dikirim dari negara lain ke Amerika Serikat. Ubah jika keliru.",
        # The trace starts at Pos Indonesia, so the plan has no message to USPS (issue 15).
        "Anda tidak perlu mengirim pesan ke USPS: dalam situasi ini USPS tidak bisa membantu lewat email. "
        "Yang bisa membantu: Pos Indonesia (Halo Pos). Surat untuk mereka ada di langkah masing-masing.",
    ]
    assert report.message is None
    report = check(good_draft(tracking_number="EB000717618HK"), lang="en", today=today)
    assert report.findings[0].message.endswith("before that, ask the postal service of the sending country.")


def test_follow_up(good_draft):
    draft = good_draft(case_number="CA141722721", sent_on="2026-03-05")
    follow_up = check(draft, today=date(2026, 3, 20)).to_dict()["follow_up"]
    assert follow_up == {
        "due": "2026-03-16",
        "business_days": 7,
        "due_text": "Jika belum ada balasan, kirim tindak lanjut pada Senin, 16 Maret 2026 (7 hari kerja setelah Anda mengirim pesan).",
        "subject": "Follow-up on Case #CA141722721 - Lost Package - Tracking #9400111206206406260787",
        "body": (
            "Dear USPS Customer Service,\n\n"
            "I am following up on my message about a package that has not arrived, sent on March 5, 2026 "
            "(case number CA141722721, tracking number 9400111206206406260787).\n\n"
            "I have not yet received a reply. Could you please let me know the status of my case?\n\n"
            "You can reach me by email at budi.santoso@example.com or by phone at +62 812-3456-7890. "
            "Email is the best way to reach me, as my phone number is outside the United States.\n\n"
            "Thank you for your help.\n\nKind regards,\nBudi Santoso"
        ),
    }


def test_deterministic(good_draft, today):
    draft = good_draft(case_number="CA141722721", sent_on="2026-03-05")
    assert check(draft, today=today).to_json() == check(dict(reversed(list(draft.items()))), today=today).to_json()


# --- Holidays and business days --------------------------------------------------------------


def test_holidays_2026():
    assert [day.isoformat() for day, _ in observed_holidays(2026)] == [
        "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-04",
        "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
    ]  # fmt: skip
    # Independence Day 2026 is a Saturday: the federal government observes Friday 3 July.
    assert date(2026, 7, 3) in [day for day, _ in observed_holidays(2026, rule="federal")]


@pytest.mark.parametrize(
    ("day", "usps", "federal"),
    [
        (date(2027, 12, 31), False, True),  # New Year's Day 2028 is a Saturday
        (date(2028, 1, 1), True, False),
        (date(2023, 1, 2), True, True),  # New Year's Day 2023 was a Sunday
        (date(2022, 6, 20), True, True),  # Juneteenth 2022 was a Sunday
        (date(2020, 6, 19), False, False),  # before Juneteenth became a holiday
        (date(2021, 12, 24), False, True),  # Christmas 2021 was a Saturday
        (date(1985, 1, 21), False, False),  # before Martin Luther King, Jr. Day
        (date(1986, 1, 20), True, True),
        (date(1975, 10, 27), True, True),  # Veterans Day on the fourth Monday of October
        (date(1975, 11, 11), False, False),
        (date(2026, 11, 26), True, True),  # Thanksgiving
        (date(1960, 12, 25), False, False),  # no calendar before 1971
    ],
)
def test_observed_rules(day, usps, federal):
    assert is_holiday(day) is usps
    assert is_holiday(day, rule="federal") is federal


def test_every_year_has_eleven_holidays():
    for year in range(2021, 2200):
        assert len(holidays(year)) == 11


def test_holiday_errors():
    with pytest.raises(ValueError, match="1971"):
        holidays(1970)
    with pytest.raises(ValueError):
        observed_holidays(2026, rule="bank")
    with pytest.raises(ValueError):
        add_business_days(date(2026, 1, 1), -1)


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        (date(2026, 11, 25), 1, date(2026, 11, 27)),  # over Thanksgiving
        (date(2026, 11, 25), 3, date(2026, 12, 1)),
        (date(2027, 12, 30), 1, date(2027, 12, 31)),  # 31 Dec 2027 is a USPS business day
        (date(2027, 12, 30), 2, date(2028, 1, 3)),
        (date(2026, 1, 16), 1, date(2026, 1, 20)),  # over Martin Luther King, Jr. Day
        (date(2026, 3, 6), 0, date(2026, 3, 6)),
    ],
)
def test_add_business_days(start, days, due):
    assert add_business_days(start, days) == due


def test_is_business_day():
    assert not is_business_day(date(2026, 3, 7))  # Saturday
    assert not is_business_day(date(2026, 12, 25))
    assert is_business_day(date(2026, 12, 24))
