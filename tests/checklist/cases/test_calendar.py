"""The calendar reminder (issue #9; a refund question, whose plan has no search, so its next step is
the follow-up; the plan-driven events are in test_plan.py): RFC 5545's rules checked directly, then the file parsed back
with the ``icalendar`` package (a test dependency; absent in Pyodide, so those tests skip there)."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from usps_inquiry._text import snippet
from usps_inquiry.cases.case import parse_case
from usps_inquiry.cases.calendar import PRODID, escape_text, fold, reminder

NOW = datetime(2026, 11, 23, 8, 30, 5, tzinfo=timezone.utc)
NAME = 'Kado, untuk; Ibu \\ "Bandung"\nbaris dua 😀 é'
CASE = parse_case(
    {
        "id": "c-3f9a0b",
        "name": NAME,
        "draft": {"topic": "refund_claim", "name": "Budi Santoso", "email": "budi@example.com",
                  "tracking_number": "9400 1112 0620 6406 2607 87",
                  "description": "Hadiah ulang tahun; dikirim 16 November, belum sampai."},
        "history": [{"on": "2026-11-20", "event": "sent", "case_number": "CA141722721"}],
    }
)  # fmt: skip


def make(lang="id", case=CASE, today=date(2026, 11, 23)):
    return reminder(case, today=today, lang=lang, now=NOW)


def unfold(text: str) -> list[str]:
    """Content lines: RFC 5545 §3.1 unfolding (CRLF followed by one space or tab is removed)."""
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")[:-1]


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def property_value(text: str, name: str) -> str:
    """The value of the event's first `name` property (the alarm's DESCRIPTION comes later)."""
    line = next(line for line in unfold(text) if re.match(rf"{name}[;:]", line))
    return line.split(":", 1)[1]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_lines_end_in_crlf_and_fold_at_75_octets(lang):
    text = make(lang)["text"]
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "") and "\r" not in text.replace("\r\n", "")
    raw = text.encode("utf-8")
    for line in raw.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line
        line.decode("utf-8")  # every physical line is whole UTF-8: no character split by a fold
    assert any(len(line) == 75 for line in raw.split(b"\r\n")), "the description is long enough to fold"


def test_structure():
    lines = unfold(make()["text"])
    assert lines[:3] == ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}"]
    assert lines[-1] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == 1 and lines.count("END:VEVENT") == 1
    assert "UID:c-3f9a0b-follow_up@usps-email-guide" in lines and "SEQUENCE:1" in lines
    assert "DTSTAMP:20261123T083005Z" in lines
    assert "DTSTART;VALUE=DATE:20261202" in lines  # 7 business days, Thanksgiving skipped
    assert "DTEND;VALUE=DATE:20261203" in lines


def test_text_is_escaped():
    text = make()["text"]
    for name in ("SUMMARY", "DESCRIPTION"):
        value = property_value(text, name)
        # No unescaped comma, semicolon or newline; every backslash starts an escape.
        assert not re.search(r"(?<!\\)(?:\\\\)*[,;]", value.replace("\\,", "").replace("\\;", "")), name
        assert re.fullmatch(r"(?:[^\\]|\\[\\;,n])*", value), name
    summary = unescape(property_value(text, "SUMMARY"))
    assert summary == "USPS: kirim tindak lanjut – " + 'Kado, untuk; Ibu \\ "Bandung" baris dua 😀 é'
    description = unescape(property_value(text, "DESCRIPTION"))
    assert description.startswith(
        "Jika USPS belum menjawab, balas email terakhir dari USPS dengan tindak lanjut ini; jika email itu tidak bisa "
        "dibalas, kirim satu formulir Email Us baru dengan nomor kasus lama di baris pertama. Sebutkan nomor kasus CA141722721."
        "\n\nLakukan hari ini, 2 Desember 2026.\n\nFollow-up on Case #CA141722721"
    )
    assert "Dear USPS Customer Service,\n\n" in description


@pytest.mark.parametrize(
    ("value", "escaped"),
    [("a,b", "a\\,b"), ("a;b", "a\\;b"), ("a\\b", "a\\\\b"), ("a\nb", "a\\nb"), ("a\r\nb", "a\\nb"),
     ("a\x00b\x1b", "ab"), ("\\,", "\\\\\\,")],
)  # fmt: skip
def test_escape_text(value, escaped):
    assert escape_text(value) == escaped


@pytest.mark.parametrize(
    ("line", "octets"),
    [("A" * 75, [75]), ("A" * 76, [75, 2]), ("A" * 150, [75, 75, 2]), ("é" * 37, [74]), ("é" * 38, [74, 3]),
     ("é" * 40, [74, 7]), ("A" * 73 + "é", [75]), ("A" * 74 + "é", [74, 3]), ("😀" * 19, [72, 5]),
     ("X" * 74 + "😀", [74, 5]), ("", [0])],
)  # fmt: skip
def test_fold(line, octets):
    folded = fold(line)
    assert [len(part.encode()) for part in folded.split("\r\n")] == octets
    assert re.sub(r"\r\n ", "", folded) == line


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(st.characters(exclude_characters="\r\n")))  # a content line: escape_text leaves no CR or LF
def test_fold_any_text(line):
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(part.encode("utf-8", "surrogatepass")) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join([parts[0]] + [part[1:] for part in parts[1:]]) == line


@settings(max_examples=100, deadline=None, database=None)
@given(st.text(max_size=100))
def test_any_name_round_trips(name):
    case = parse_case({**CASE.to_dict(), "name": name})
    text = make("en", case)["text"]
    assert all(len(line) <= 75 for line in text.encode().split(b"\r\n"))
    summary = unescape(property_value(text, "SUMMARY"))
    assert summary.startswith("USPS: send the follow-up – ")


def test_resolved_case_has_no_reminder():
    resolved = parse_case({**CASE.to_dict(), "history": CASE.to_dict()["history"] + [{"on": "2026-11-25", "event": "resolved"}]})
    assert make(case=resolved) is None


def test_filename_and_stable_uid():
    first, later = make(), make(today=date(2026, 11, 30))
    assert first["filename"] == "usps-c-3f9a0b-follow_up.ics" and first["due"] == "2026-12-02"
    assert property_value(first["text"], "UID") == property_value(later["text"], "UID")


# --- Parsed back with icalendar -----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_parsed_by_icalendar(lang):
    icalendar = pytest.importorskip("icalendar")
    calendar = icalendar.Calendar.from_ical(make(lang)["text"])
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"]) == PRODID
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == date(2026, 12, 2) and event.decoded("DTEND") == date(2026, 12, 3)
    assert event.decoded("DTSTAMP") == NOW
    assert str(event["UID"]) == "c-3f9a0b-follow_up@usps-email-guide"
    flat_name = 'Kado, untuk; Ibu \\ "Bandung" baris dua 😀 é'
    label = "kirim tindak lanjut" if lang == "id" else "send the follow-up"
    assert str(event["SUMMARY"]) == f"USPS: {label} – {flat_name}"
    description = str(event["DESCRIPTION"])
    assert description == unescape(property_value(make(lang)["text"], "DESCRIPTION"))
    assert "CA141722721" in description and "\n\nDear USPS Customer Service,\n\n" in description
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert getattr(calendar, "errors", []) == [] and getattr(event, "errors", []) == []


@settings(max_examples=60, deadline=None, database=None)
@given(st.text(max_size=60))
def test_icalendar_reads_back_any_name(name):
    icalendar = pytest.importorskip("icalendar")
    case = parse_case({**CASE.to_dict(), "name": name})
    (event,) = icalendar.Calendar.from_ical(make("en", case)["text"]).walk("VEVENT")
    title = snippet(name, 100) or "Refund or claim – 9400 1112 0620 6406 2607 87"  # the title is one clean line
    assert str(event["SUMMARY"]) == "USPS: send the follow-up – " + title
