"""Every sentence the reader sees comes from the catalogue: a pseudo-language proves it.

The language ``qps`` is English with every template of the catalogue wrapped in ⟦…⟧. Running
check, the steps, the follow-up sentence, the case view, the calendar and the pasted-text reader in it, every text meant
for the reader must be wrapped: text outside ⟦…⟧ is a sentence that bypassed the catalogue.
What is not the catalogue's is left out on purpose: the reader's own values (a name, a tracking
number, a status as pasted). The letters themselves are in the language their door reads, whatever
the reader's; their mirror is in the reader's language, qps too.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from usps_inquiry import check
from usps_inquiry.cases.calendar import reminder
from usps_inquiry.cases.case import Step, parse_case
from usps_inquiry.cases.view import view
from usps_inquiry.letters.case import letter as case_letter
from usps_inquiry.worker import handle
from usps_inquiry.text import en, register, unregister

from ..reading import pastes

PSEUDO = "qps"
TODAY = date(2026, 12, 1)
_WRAPPED = re.compile(r"⟦[^⟦⟧]*⟧")


def _wrap(entry):
    return {form: f"⟦{text}⟧" for form, text in entry.items()} if isinstance(entry, dict) else f"⟦{entry}⟧"


@pytest.fixture(autouse=True)
def pseudo():
    register(PSEUDO, {code: _wrap(entry) for code, entry in en.CATALOGUE.items()}, plural=lambda n: "one" if n == 1 else "other")
    yield
    unregister(PSEUDO)


def unwrapped(text: str) -> str:
    """What is left of `text` outside every ⟦…⟧ (innermost first), less spaces and punctuation."""
    while True:
        shorter = _WRAPPED.sub("", text)
        if shorter == text:
            break
        text = shorter
    return re.sub(r"[\s.,;:()–-]+", "", text)


# Situations that reach the findings, the steps (domestic, international, wrong channel), the
# review rows of every kind, and a follow-up; reader values are ones a row shows as typed.
DRAFTS = [
    {},
    {"topic": "lost_package", "name": "Budi", "email": "budi@gmial.com", "phone": "0812 3456 7890",
     "tracking_number": "9400 1112 0620 6406 2607 88", "date": "3 Nov 2026", "description": "Paketnya belum sampai!!",
     "address": {"street": "1 Main St", "city": "Washington", "state": "district of columbia", "zip": "2050"}},
    {"topic": "lost_package", "direction": "domestic", "problem": "not_arrived", "insured": True, "service": "ground_advantage",
     "mailed_on": "2026-11-20", "wanted": "claim", "case_number": "CA141722721", "sent_on": "2026-11-24",
     "has_screenshots": True, "name": "Budi", "email": "budi@example.com", "description": "It never came to my house."},
    {"topic": "lost_package", "tracking_number": "RR123456785ID", "role": "recipient", "problem": "not_arrived"},
    {"topic": "lost_package", "direction": "from_us", "role": "sender", "service": "priority_mail_international",
     "mailed_on": "2026-10-01", "description": "I mailed a gift to Jakarta."},
    {"topic": "lost_package", "direction": "from_us", "role": "recipient", "sender_kind": "shop",
     "service": "first_class_package_international", "problem": "held_at_customs"},
    {"topic": "general", "description": "Someone stole my parcel and I have a court deadline with Priority Mail Express."},
    {"topic": "passport"},
    {"topic": "pizza", "colour": "blue", "name": ["x"]},
]  # fmt: skip
READER_ROWS = {"name", "email", "phone", "tracking_number", "contents", "other_place", "address", "description", "case_number"}


@pytest.mark.parametrize("draft", DRAFTS)
def test_check_speaks_only_the_catalogue(draft):
    report = check(draft, lang=PSEUDO, today=TODAY)
    said = [finding.message for finding in report.findings]
    said += [finding.channel.why for finding in report.findings if finding.channel]
    said += [finding.channel.name for finding in report.findings if finding.channel]
    said += [step.text for step in report.steps] + [step.channel.name for step in report.steps if step.channel]
    said += [row.label for row in report.review]
    typed = {value for value in draft.values() if isinstance(value, str)}  # a value shown as typed
    said += [row.value for row in report.review if row.field not in READER_ROWS and row.value not in typed]
    if report.follow_up:
        said.append(report.follow_up.due_text)
    assert said and [text for text in said if unwrapped(text)] == []


CASE = {
    "id": "c1",
    "name": None,  # the title is then the topic's name, from the catalogue
    "draft": {**DRAFTS[2]},
    "history": [
        {"on": "2026-11-24", "event": "sent", "case_number": "CA141722721"},
        {"on": "2026-11-27", "event": "reply", "case_number": "CA141722722"},
    ],
}


@pytest.mark.parametrize("today", [date(2026, 11, 30), date(2026, 12, 20), date(2027, 1, 10)])
def test_the_case_view_speaks_only_the_catalogue(today):
    shown = view(parse_case(CASE), today=today, lang=PSEUDO)
    said = [shown["title"]] + [event["text"] for event in shown["timeline"]] + [window["text"] for window in shown["windows"]]
    step = shown["next_step"]
    said += [step["text"], step["label"], step["due_text"]]
    assert shown["windows"] and [text for text in said if unwrapped(text)] == []


def test_the_untitled_and_resolved_case_speak_only_the_catalogue():
    case = parse_case({"id": "c2", "draft": {}, "history": [{"on": "2026-11-24", "event": "resolved"}]})
    shown = view(case, today=TODAY, lang=PSEUDO)
    assert [text for text in (shown["title"], shown["resolved_text"]) if unwrapped(text)] == []


def test_the_calendar_speaks_only_the_catalogue():
    found = reminder(parse_case(CASE), today=TODAY, lang=PSEUDO)
    unfolded = found["text"].replace("\r\n ", "")
    summary = next(line for line in unfolded.split("\r\n") if line.startswith("SUMMARY:"))[len("SUMMARY:"):]
    description = next(line for line in unfolded.split("\r\n") if line.startswith("DESCRIPTION:"))[len("DESCRIPTION:"):]
    # The description's paragraphs up to the letter (which is English, to USPS) are the reader's.
    before_letter = description.replace("\\,", ",").replace("\\;", ";").split("\\n\\n")[:2]
    assert [text for text in [summary, *before_letter] if unwrapped(text)] == []


def test_the_details_row_speaks_only_the_catalogue():
    report = check({"topic": "lost_package", "details": ["box_damaged"]}, lang=PSEUDO, today=TODAY)
    (value,) = [row.value for row in report.review if row.field == "details"]
    assert unwrapped(value) == ""


PASTES = {name: getattr(pastes, name) for name in dir(pastes) if name.isupper()}


@pytest.mark.parametrize("name", sorted(PASTES))
def test_the_pasted_text_reader_speaks_only_the_catalogue(name):
    request = {"type": "paste.read", "id": 1, "data": {"text": PASTES[name], "lang": PSEUDO, "today": "2026-03-20"}}
    reading = json.loads(handle(json.dumps(request)))["data"]  # the page's door
    said = [event["text"] for event in reading["events"]] + [answer["why"] for answer in reading["answers"]]
    said += reading["summary"]
    said += [finding["message"] for finding in reading["findings"]]
    assert said and [text for text in said if unwrapped(text)] == []


# The letters to the shop, the sender and Pos Indonesia, and the follow-up (issue 15): their mirror,
# in the reader's language, is the catalogue's too; so are the windows' sentences.
LETTER_DRAFTS = [
    {"topic": "lost_package", "name": "Budi", "email": "budi@example.com", "tracking_number": "LZ123456785US",
     "direction": "from_us", "role": "recipient", "sender_kind": "shop", "service": "fcpis", "problem": "not_arrived",
     "mailed_on": "2026-11-06", "other_place": "Jakarta", "contents": "Buku", "details": ["tracking_not_updated"]},
    {"topic": "lost_package", "name": "Budi", "email": "budi@example.com", "tracking_number": "RR123456785ID",
     "role": "sender", "mailed_on": "2026-10-19", "address": {"city": "Columbus", "state": "OH", "zip": "43215"}},
    {"topic": "lost_package", "name": "Budi", "email": "budi@example.com", "tracking_number": "RR123456785ID",
     "role": "recipient", "problem": "damaged", "address": {"city": "Columbus", "state": "OH", "zip": "43215"}},
    {"topic": "lost_package", "name": "Budi", "email": "budi@example.com", "direction": "from_us", "role": "recipient",
     "service": "pmi", "mailed_on": "2026-11-02", "problem": "held_at_customs", "other_place": "Bandung"},
    {"topic": "lost_package", "name": "Budi", "email": "budi@example.com", "direction": "domestic", "insured": True,
     "problem": "not_arrived", "mailed_on": "2026-10-10", "case_number": "CA141722721", "sent_on": "2026-11-24"},
]  # fmt: skip


def _reader_values(text: str, draft: dict) -> str:
    """`text` less the reader's own values, as typed (longest first)."""
    typed = [value for value in draft.values() if isinstance(value, str)] + ["Columbus, OH 43215"]
    for value in sorted(typed, key=len, reverse=True):
        text = text.replace(value, "")
    return text


@pytest.mark.parametrize("draft", LETTER_DRAFTS)
def test_the_letters_mirrors_and_windows_speak_only_the_catalogue(draft):
    report = check(draft, lang=PSEUDO, today=TODAY)
    english = check(draft, lang="en", today=TODAY)
    assert report.letters and {letter.step for letter in report.letters} - {"email_us"}
    for letter, sent in zip(report.letters, english.letters, strict=True):
        # The letter itself is the door's, whoever reads it; only its mirror is the reader's.
        assert (letter.step, letter.to, letter.lang, letter.subject, letter.body) == (sent.step, sent.to, sent.lang, sent.subject, sent.body)
        assert letter.mirror is not None, letter.step  # the letter is English or Indonesian, the reader reads qps
        assert unwrapped(_reader_values(letter.mirror, draft)) == "", (letter.step, letter.mirror)
    assert [window.text for window in report.windows if unwrapped(window.text)] == []


# Every rung of a case's ladder: its letter is the same US English for every reader, its mirror
# in the reader's language.
LADDER_CASE = {
    "id": "c5",
    "draft": {**LETTER_DRAFTS[4], "tracking_number": "9400111206206406260787"},
    "history": [{"on": "2026-11-24", "event": "sent", "case_number": "CA141722721"},
                {"on": "2026-11-28", "event": "follow_up_sent"},
                {"on": "2026-12-01", "event": "reply", "case_number": "CA141722722"},
                {"on": "2026-12-02", "event": "escalated"}, {"on": "2026-12-03", "event": "escalated"}],
}  # fmt: skip


@pytest.mark.parametrize("history", [CASE["history"][:1], LADDER_CASE["history"]])
@pytest.mark.parametrize("code", ["follow_up", "second_follow_up", "missing_mail", "consumer_affairs", "prc_inquiry", "prc_deadline"])
def test_every_case_letters_mirror_speaks_only_the_catalogue(code, history):
    case = parse_case({**LADDER_CASE, "history": history})
    step = Step(code, TODAY, case.events[-1])
    message = case_letter(case, step, today=TODAY, first=None, lang=PSEUDO)
    sent = case_letter(case, step, today=TODAY, first=None, lang="en")
    assert (message.subject, message.body) == (sent.subject, sent.body) and sent.mirror is None
    mirror = _reader_values(message.mirror, {**case.draft, "tracking": "9400111206206406260787"})
    for number in ("CA141722721", "CA141722722"):
        mirror = mirror.replace(number, "")
    assert unwrapped(mirror) == "", mirror


# Issue 15: a plan without USPS (the shop, then the post at home), every door tried; and an insured
# lost item whose claim is the next step, with its window's last day in the calendar.
DOORS_CASE = {
    "id": "c3",
    "draft": {"topic": "lost_package", "direction": "from_us", "role": "recipient", "sender_kind": "shop",
              "service": "first_class_package_international", "problem": "not_arrived", "mailed_on": "2026-11-01"},
    "history": [{"on": "2026-11-24", "event": "contacted", "door": "seller", "case_number": "SHOP1234"},
                {"on": "2026-11-25", "event": "contacted", "door": "destination_post"}],
}  # fmt: skip
CLAIM_CASE = {
    "id": "c4",
    "draft": {"topic": "lost_package", "direction": "domestic", "insured": True, "problem": "not_arrived",
              "mailed_on": "2026-11-20"},
    "history": [{"on": "2026-11-23", "event": "sent"}, {"on": "2026-12-01", "event": "missing_mail_filed"}],
}  # fmt: skip


@pytest.mark.parametrize("case", [DOORS_CASE, CLAIM_CASE])
def test_the_doors_and_the_claim_speak_only_the_catalogue(case):
    for today in (date(2026, 11, 26), date(2026, 12, 10)):
        shown = view(parse_case(case), today=today, lang=PSEUDO)
        step = shown["next_step"]
        said = [event["text"] for event in shown["timeline"]] + [door["label"] for door in shown["doors"]]
        said += [step["text"], step["label"], step["due_text"]]
        assert [text for text in said if unwrapped(text)] == []
    found = reminder(parse_case(case), today=TODAY, lang=PSEUDO)
    lines = found["text"].replace("\r\n ", "").split("\r\n")
    summaries = [line[len("SUMMARY:"):] for line in lines if line.startswith("SUMMARY:")]
    descriptions = [line[len("DESCRIPTION:"):].replace("\\,", ",").replace("\\;", ";").split("\\n\\n")[0]
                    for line in lines if line.startswith("DESCRIPTION:")]  # fmt: skip
    assert len(summaries) == (1 if case is DOORS_CASE else 2)  # the claim's last day is an event of its own
    assert [text for text in summaries + descriptions if unwrapped(text)] == []
