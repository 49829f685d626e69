"""Cases (issue #9): history → timeline, the next step and its due date, the letters, the windows.

The due dates in the table are worked out by hand from the calendar (weekends, and the holidays
USPS observes: Thanksgiving 26 November 2026, Christmas 25 December 2026, New Year's Day
1 January 2027, and New Year's Day 2028 kept on Saturday 1 January, so Friday 31 December 2027
is a business day), never by calling the code under test.
"""

from __future__ import annotations

from datetime import date

import pytest

from usps_inquiry import check
from usps_inquiry.cases.case import (
    EVENTS,
    LADDER,
    MAX_HISTORY,
    STEPS,
    InvalidCase,
    next_step,
    parse_case,
    summary,
    timeline,
    title,
)
from usps_inquiry.cases.view import view
from usps_inquiry.text import t

TRACKING = "9400 1112 0620 6406 2607 87"
DRAFT = {
    "topic": "lost_package",
    "name": "Budi Santoso",
    "email": "budi.santoso@example.com",
    "tracking_number": TRACKING,
    "date": "2026-11-16",
    "description": "I mailed a birthday present on November 16 and tracking has not changed since.",
}


def make(history, topic="lost_package", **changes):
    draft = {**DRAFT, "topic": topic, **changes} if topic else {key: v for key, v in DRAFT.items() if key != "topic"}
    return parse_case({"id": "c1", "draft": draft, "history": [dict(zip(("on", "event", "case_number"), e)) for e in history]})


def e(on, event, number=None):
    return (on, event, number) if number else (on, event)


# (topic, history, today, expected step, expected due)
LADDER_TABLE = [
    ("lost_package", [], "2026-11-20", "send", "2026-11-20"),
    # A lost package: USPS's Missing Mail search, 7 business days from Friday 20 November 2026, Thanksgiving skipped.
    ("lost_package", [e("2026-11-20", "sent", "CA141722721")], "2026-11-23", "missing_mail", "2026-12-02"),
    # Other topics have no search in their plan: the follow-up, 3 business days (Monday to Wednesday).
    ("tracking", [e("2026-11-20", "sent", "CA141722721")], "2026-11-23", "follow_up", "2026-11-25"),
    # 3 business days from Tuesday 22 December 2026, Christmas skipped.
    ("tracking", [e("2026-12-22", "sent", "CA1000")], "2026-12-23", "follow_up", "2026-12-28"),
    # 7 business days from Tuesday 29 December 2026, New Year's Day 2027 skipped.
    ("lost_package", [e("2026-12-29", "sent", "CA1000")], "2026-12-30", "missing_mail", "2027-01-08"),
    # New Year's Day 2028 is a Saturday: USPS works on Friday 31 December 2027.
    ("tracking", [e("2027-12-29", "sent", "CA1000")], "2027-12-29", "follow_up", "2028-01-03"),
    # No topic: the "other" wait, 3 business days, Thanksgiving skipped.
    (None, [e("2026-11-25", "sent", "CA1000")], "2026-11-25", "follow_up", "2026-12-01"),
    # The second follow-up: 5 business days after the first.
    ("tracking", [e("2026-11-20", "sent", "CA1000"), e("2026-12-02", "follow_up_sent")], "2026-12-03",
     "second_follow_up", "2026-12-09"),
    # Follow-ups do not hold back the search: it stays due 7 business days after the help request.
    ("lost_package", [e("2026-11-20", "sent", "CA1000"), e("2026-12-02", "follow_up_sent"),
                      e("2026-12-09", "follow_up_sent")], "2026-12-10", "missing_mail", "2026-12-02"),
    # Other topics go straight to Consumer & Industry Affairs; Christmas skipped.
    ("general", [e("2026-12-08", "sent", "CA1000"), e("2026-12-11", "follow_up_sent"),
                 e("2026-12-18", "follow_up_sent")], "2026-12-18", "consumer_affairs", "2026-12-28"),
    # After a Missing Mail search: 7 business days, Christmas skipped.
    ("lost_package", [e("2026-11-20", "sent", "CA1000"), e("2026-12-02", "follow_up_sent"),
                      e("2026-12-09", "follow_up_sent"), e("2026-12-16", "missing_mail_filed", "MM5555")],
     "2026-12-17", "consumer_affairs", "2026-12-28"),
    # After a claim: 10 business days, Christmas and New Year's Day skipped.
    ("refund_claim", [e("2026-12-14", "sent", "CA1000"), e("2026-12-21", "claim_filed", "CL77777")], "2026-12-21",
     "consumer_affairs", "2027-01-06"),
    # The first escalation (district) → the PRC inquiry 10 business days later, New Year skipped.
    ("general", [e("2026-12-08", "sent", "CA1000"), e("2026-12-28", "escalated")], "2026-12-28",
     "prc_inquiry", "2027-01-12"),
    # The second escalation (PRC) → 45 calendar days.
    ("general", [e("2026-12-08", "sent", "CA1000"), e("2026-12-28", "escalated"), e("2027-01-12", "escalated")],
     "2027-01-12", "prc_deadline", "2027-02-26"),
    # A third escalation stays on prc_deadline, counted from it.
    ("general", [e("2026-12-08", "sent", "CA1000"), e("2026-12-28", "escalated"), e("2027-01-12", "escalated"),
                 e("2027-03-01", "escalated")], "2027-03-01", "prc_deadline", "2027-04-15"),
    # A reply keeps the step and restarts its wait: 7 business days from Tuesday 24 November.
    ("tracking", [e("2026-11-20", "sent", "CA1000"), e("2026-11-24", "reply")], "2026-11-24",
     "follow_up", "2026-11-30"),
    # ... but not USPS's search, which counts from the help request.
    ("lost_package", [e("2026-11-20", "sent", "CA1000"), e("2026-11-24", "reply")], "2026-11-24",
     "missing_mail", "2026-12-02"),
    # A reply to the first follow-up: the second follow-up, 5 business days from the reply.
    ("tracking", [e("2026-11-20", "sent", "CA1000"), e("2026-12-02", "follow_up_sent"), e("2026-12-07", "reply")],
     "2026-12-07", "second_follow_up", "2026-12-14"),
    # A third follow-up instead of going to the district keeps that step and restarts its wait.
    ("tracking", [e("2026-11-20", "sent", "CA1000"), e("2026-12-02", "follow_up_sent"),
                  e("2026-12-09", "follow_up_sent"), e("2026-12-16", "follow_up_sent")], "2026-12-16",
     "consumer_affairs", "2026-12-23"),
    # History given out of order is read in date order.
    ("tracking", [e("2026-12-02", "follow_up_sent"), e("2026-11-20", "sent", "CA1000")], "2026-12-03",
     "second_follow_up", "2026-12-09"),
    # Overdue: the due date stays where it was.
    ("lost_package", [e("2026-11-20", "sent", "CA1000")], "2027-01-15", "missing_mail", "2026-12-02"),
    # Resolved, then USPS's fix did not hold: the case reopens on its step (3 business days from the reply).
    ("tracking", [e("2026-11-20", "sent", "CA1000"), e("2026-11-25", "resolved"), e("2026-11-30", "reply")],
     "2026-11-30", "follow_up", "2026-12-03"),
]  # fmt: skip


@pytest.mark.parametrize(("topic", "history", "today", "step", "due"), LADDER_TABLE)
def test_ladder(topic, history, today, step, due):
    found = next_step(make(history, topic), today=date.fromisoformat(today))
    assert (found.code, found.due.isoformat()) == (step, due)


@pytest.mark.parametrize(
    "history",
    [
        [e("2026-11-20", "sent", "CA1000"), e("2026-11-30", "resolved")],
        [e("2026-11-20", "sent", "CA1000"), e("2026-12-02", "follow_up_sent"), e("2026-12-02", "resolved")],
        [e("2026-11-20", "resolved")],
    ],
)
def test_resolved_ends_the_ladder(history):
    case = make(history)
    assert next_step(case, today=date(2026, 12, 5)) is None
    for lang, sentence in (("en", "This case is resolved: there is nothing more to do."),
                           ("id", "Kasus ini sudah selesai: tidak ada lagi yang perlu dilakukan.")):  # fmt: skip
        shown = view(case, today=date(2026, 12, 5), lang=lang)
        assert shown["resolved"] and shown["next_step"] is None and shown["resolved_text"] == sentence
        assert summary(case, today=date(2026, 12, 5), lang=lang)["next_step"] is None


def test_the_ladder_table_covers_every_step_but_send_follow_up_and_the_search():
    # send is today, follow_up the topic's wait, missing_mail facts.WINDOWS["missing_mail"]
    assert {step for step, _ in LADDER} == set(STEPS) - {"send", "follow_up", "missing_mail"}


# --- Timeline ----------------------------------------------------------------------------------


def test_timeline_sentences_in_both_languages():
    case = make(
        [e("2026-11-20", "sent", "CA 1417-22721"), e("2026-11-24", "reply"), e("2026-12-02", "follow_up_sent"),
         e("2026-12-16", "missing_mail_filed", "MM5555"), e("2026-12-17", "claim_filed", "CL7777"),
         e("2026-12-28", "escalated"), e("2027-01-12", "escalated", "PRC2027"), e("2027-03-01", "escalated"),
         e("2027-03-05", "resolved")]
    )  # fmt: skip
    assert [entry["text"] for entry in timeline(case, "en")] == [
        "On November 20, 2026, you sent your inquiry to USPS with the Email Us form (case number CA141722721).",
        "On November 24, 2026, USPS replied.",
        "On December 2, 2026, you sent a follow-up.",
        "On December 16, 2026, you filed a Missing Mail search (number MM5555).",
        "On December 17, 2026, you filed a claim (claim number CL7777).",
        "On December 28, 2026, you took the case to the district's Consumer & Industry Affairs office.",
        "On January 12, 2027, you filed a rate or service inquiry with the Postal Regulatory Commission (number PRC2027).",
        "On March 1, 2027, you contacted the Postal Regulatory Commission again.",
        "On March 5, 2027, the case was resolved.",
    ]
    assert [entry["text"] for entry in timeline(case, "id")] == [
        "Pada 20 November 2026, Anda mengirim pertanyaan ke USPS lewat formulir Email Us (nomor kasus CA141722721).",
        "Pada 24 November 2026, USPS membalas.",
        "Pada 2 Desember 2026, Anda mengirim tindak lanjut.",
        "Pada 16 Desember 2026, Anda mengajukan pencarian Missing Mail (nomor MM5555).",
        "Pada 17 Desember 2026, Anda mengajukan klaim (nomor klaim CL7777).",
        "Pada 28 Desember 2026, Anda mengadukan kasus ini ke kantor Consumer & Industry Affairs distrik.",
        "Pada 12 Januari 2027, Anda mengajukan pertanyaan soal tarif atau layanan (rate and service inquiry) ke Postal Regulatory Commission (nomor PRC2027).",
        "Pada 1 Maret 2027, Anda kembali menghubungi Postal Regulatory Commission.",
        "Pada 5 Maret 2027, kasus ini selesai.",
    ]


def test_timeline_keeps_the_note_out_of_the_sentence():
    case = parse_case({"id": "c1", "draft": {}, "history": [
        {"on": "2026-11-20", "event": "reply", "note": "<b>They said wait</b>"}]})  # fmt: skip
    (entry,) = timeline(case, "en")
    assert entry["note"] == "<b>They said wait</b>" and "They said" not in entry["text"]


# --- The next step's text and message -----------------------------------------------------------


def test_first_follow_up_is_the_reports_follow_up():
    case = make([e("2026-11-20", "sent", "CA141722721")], topic="tracking")
    shown = view(case, today=date(2026, 11, 23), lang="en")
    draft = {**DRAFT, "topic": "tracking", "case_number": "CA141722721", "sent_on": "2026-11-20"}
    report = check(draft, lang="en", today=date(2026, 11, 23))
    message = shown["next_step"]["message"]
    assert (message["subject"], message["body"], message["mirror"]) == (report.follow_up.subject, report.follow_up.body, None)
    assert shown["next_step"]["due"] == report.follow_up.due.isoformat() == "2026-11-25"
    mirror = view(case, today=date(2026, 11, 23), lang="id")["next_step"]["message"]["mirror"]
    assert mirror.startswith("Yth. Layanan Pelanggan USPS,\n\nSaya menindaklanjuti pertanyaan saya tentang pelacakan kiriman saya")
    assert mirror.endswith("Budi Santoso") and "CA141722721" in mirror


def test_next_step_texts():
    case = make([e("2026-11-20", "sent", "CA141722721")], topic="tracking")
    step = view(case, today=date(2026, 11, 23), lang="en")["next_step"]
    assert step["text"] == (
        "If USPS has not answered, reply to USPS's last email with this follow-up; if that email cannot take replies, "
        "send it as one new Email Us form with the case number on the first line. Quote case number CA141722721."
    )  # the guide's pages say the same (setelah-mengirim.md): reply first, a new form only for a no-reply email
    assert step["due_text"] == "Do this on November 25, 2026, if nothing has changed by then."
    assert step["status"] == "later" and step["case_numbers"] == ["CA141722721"]
    step = view(case, today=date(2026, 11, 25), lang="id")["next_step"]
    assert step["text"] == (
        "Jika USPS belum menjawab, balas email terakhir dari USPS dengan tindak lanjut ini; jika email itu tidak bisa "
        "dibalas, kirim satu formulir Email Us baru dengan nomor kasus lama di baris pertama. Sebutkan nomor kasus CA141722721."
    )
    assert (step["status"], step["due_text"]) == ("today", "Lakukan hari ini, 25 November 2026.")
    step = view(case, today=date(2026, 12, 10), lang="id")["next_step"]
    assert (step["status"], step["due_text"]) == (
        "past", "Langkah ini seharusnya sudah dilakukan pada 25 November 2026: lakukan sekarang."
    )  # fmt: skip


def test_send_step_has_the_draft_message():
    step = view(make([]), today=date(2026, 11, 20), lang="id")["next_step"]
    assert step["code"] == "send" and step["case_numbers"] == []
    assert step["message"]["subject"] == "Lost Package - Tracking #9400111206206406260787"
    assert step["text"].startswith("Kirim pesan Anda lewat formulir Email Us USPS")


def test_follow_up_after_a_reply_says_so():
    case = make([e("2026-11-20", "sent", "CA141722721"), e("2026-11-24", "reply")], topic="tracking")
    step = view(case, today=date(2026, 11, 24), lang="en")["next_step"]
    assert step["text"].startswith("If USPS's reply did not solve the problem, reply to that email with this follow-up")
    assert "Thank you for your reply of November 24, 2026." in step["message"]["body"]
    assert step["message"]["subject"] == "Follow-up on Case #CA141722721 - Tracking Question - Tracking #9400111206206406260787"
    mirror = view(case, today=date(2026, 11, 24), lang="id")["next_step"]["message"]["mirror"]
    assert "Terima kasih atas balasan Anda tanggal 24 November 2026." in mirror


HISTORIES = {
    "second_follow_up": [e("2026-11-20", "sent", "CA141722721"), e("2026-12-02", "follow_up_sent")],
    "missing_mail": [e("2026-11-20", "sent", "CA141722721"), e("2026-12-02", "follow_up_sent", "CA2222"),
                     e("2026-12-09", "follow_up_sent")],
    "consumer_affairs": [e("2026-11-20", "sent", "CA141722721"), e("2026-12-16", "missing_mail_filed", "MM5555")],
    "prc_inquiry": [e("2026-11-20", "sent", "CA141722721"), e("2026-12-16", "missing_mail_filed", "MM5555"),
                    e("2026-12-28", "escalated", "CIA888")],
    "prc_deadline": [e("2026-11-20", "sent", "CA141722721"), e("2026-12-28", "escalated"),
                     e("2027-01-12", "escalated", "PRC2027")],
}  # fmt: skip


@pytest.mark.parametrize("code", sorted(HISTORIES))
def test_every_letter_quotes_every_number_and_no_note(code):
    history = [dict(zip(("on", "event", "case_number"), event)) for event in HISTORIES[code]]
    history[-1]["note"] = "private: my neighbour Pak Agus"
    topic = "lost_package" if code in ("missing_mail", "consumer_affairs", "prc_inquiry") else "general"
    case = parse_case({"id": "c1", "draft": {**DRAFT, "topic": topic}, "history": history})
    step = view(case, today=date(2027, 3, 1), lang="en")["next_step"]
    assert step["code"] == code
    numbers = [event[2] for event in HISTORIES[code] if len(event) > 2]
    assert step["case_numbers"] == numbers
    body = step["message"]["body"]
    for number in numbers:
        assert number in body and number in step["text"]
    assert "Pak Agus" not in body and "Pak Agus" not in step["message"]["subject"]
    assert "9400111206206406260787" in body
    assert "\n\n\n" not in body


def test_escalation_letters():
    case = make(HISTORIES["prc_deadline"], topic="general")
    body = view(case, today=date(2027, 2, 1), lang="en")["next_step"]["message"]["body"]
    assert body.startswith("Dear Postal Regulatory Commission,\n\nOn January 12, 2027, I filed a rate and service inquiry")
    assert "- December 28, 2026: wrote to the district's Consumer & Industry Affairs office\n" in body
    assert body.endswith("Kind regards,\nBudi Santoso")
    case = make(HISTORIES["consumer_affairs"])
    message = view(case, today=date(2026, 12, 20), lang="en")["next_step"]["message"]
    assert message["body"].startswith("Dear Consumer and Industry Affairs,")
    assert message["subject"] == "Unresolved Case #CA141722721 - Lost Package - Tracking #9400111206206406260787"


def test_letter_without_a_case_number():
    case = make([e("2026-11-20", "sent")], topic="general")
    step = view(case, today=date(2026, 11, 20), lang="en")["next_step"]
    assert step["text"] == t("step.follow_up", "en")
    assert step["message"]["subject"] == "Follow-up on General Question - Tracking #9400111206206406260787"
    assert "I am following up on my inquiry of November 20, 2026 about a question about USPS services" in step["message"]["body"]


# --- Title and summary --------------------------------------------------------------------------


def test_title_and_summary():
    case = make([e("2026-11-20", "sent", "CA1000")])
    assert title(case, "id") == "Paket hilang – 9400 1112 0620 6406 2607 87"
    assert title(case, "en") == "Lost package – 9400 1112 0620 6406 2607 87"
    named = parse_case({**case.to_dict(), "name": "  Kado untuk Ibu  "})
    assert title(named, "en") == "Kado untuk Ibu"
    assert title(parse_case({"id": "x", "draft": {}}), "id") == "Pertanyaan ke USPS"
    assert summary(case, today=date(2026, 11, 23), lang="en") == {
        "id": "c1", "title": "Lost package – 9400 1112 0620 6406 2607 87", "resolved": False,
        "next_step": {"code": "missing_mail", "due": "2026-12-02", "label": "file a Missing Mail search"},
    }  # fmt: skip


# --- Reading a case -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "en"),
    [
        ([], "The case must be a JSON object with an id, a draft and a history."),
        ({"id": "has space"}, "The case id must be 1 to 64 letters, digits, hyphens or underscores."),
        ({"id": "c" * 65}, "The case id must be 1 to 64 letters, digits, hyphens or underscores."),
        ({"id": "c1", "name": 5}, "The case name must be text of 100 characters or less."),
        ({"id": "c1", "draft": []}, "The case's draft must be a JSON object."),
        ({"id": "c1", "history": {}}, "The case's history must be a list of events."),
        ({"id": "c1", "history": [{"on": "2026-01-01", "event": "sent"}] * (MAX_HISTORY + 1)},
         "The case's history has 101 events, but it can have at most 100."),
        ({"id": "c1", "history": ["sent"]}, "Event 1 of the history must be an object with “on” and “event”."),
        ({"id": "c1", "history": [{"on": "2026-01-01", "event": "sent"}, {"on": "2026-01-02", "event": "lost"}]},
         f"Event 2 of the history must be one of these: {', '.join(EVENTS)}."),
        ({"id": "c1", "history": [{"on": "2026-02-30", "event": "sent"}]},
         "Event 1 of the history needs a date in the calendar as year-month-day, like 2026-11-03."),
        ({"id": "c1", "history": [{"on": "20261103", "event": "sent"}]},
         "Event 1 of the history needs a date in the calendar as year-month-day, like 2026-11-03."),
        ({"id": "c1", "history": [{"on": "2026-11-03", "event": "sent", "case_number": "CA#1"}]},
         "The case number in event 1 must be 4 to 30 letters and digits, as in USPS's email."),
        ({"id": "c1", "history": [{"on": "2026-11-03", "event": "sent", "note": "x" * 501}]},
         "The note in event 1 must be text of 500 characters or less."),
        ({"id": "c1", "created_on": "yesterday"},
         "The date the case was started must be a date in the calendar, like 2026-11-03."),
    ],
)  # fmt: skip
def test_invalid_cases(value, en):
    with pytest.raises(InvalidCase) as caught:
        parse_case(value)
    assert str(caught.value) == en
    assert caught.value.message("id").endswith(".") and caught.value.message("id") != en


def test_parse_keeps_what_it_does_not_know_and_normalises_numbers():
    case = parse_case({"id": "c1", "draft": {"topic": "x"}, "updated_at": "2026-12-01T10:00:00Z",
                       "history": [{"on": "2026-11-03", "event": "sent", "case_number": "CA 1417\u201322721", "note": " "}]})  # fmt: skip
    assert case.to_dict() == {
        "id": "c1", "name": None, "created_on": None, "draft": {"topic": "x"},
        "history": [{"on": "2026-11-03", "event": "sent", "case_number": "CA141722721"}],
        "updated_at": "2026-12-01T10:00:00Z",
    }  # fmt: skip
    assert parse_case(case.to_dict()) == case


# --- Windows ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "today", "expected"),
    [
        ({"service": "priority_mail_express", "problem": "not_arrived", "mailed_on": "2026-11-02"}, "2026-11-05",
         [("claim_pme_lost", "2026-11-09", "2027-01-01", False)]),  # not "late": no refund step, no refund window
        ({"service": "priority_mail_express", "problem": "late_express", "mailed_on": "2026-11-02"}, "2026-11-05",
         [("pme_refund", "2026-11-02", "2026-12-02", True)]),
        ({"tracking_number": "EA123456785US", "direction": "domestic", "problem": "not_arrived", "mailed_on": "2026-11-02"},
         "2026-11-05", [("claim_pme_lost", "2026-11-09", "2027-01-01", False)]),  # the service from the number
        ({"service": "priority_mail_express", "problem": "not_arrived", "mailed_on": "2026-11-02"}, "2026-12-03",
         [("claim_pme_lost", "2026-11-09", "2027-01-01", True)]),
        ({"service": "priority_mail_express", "problem": "not_arrived", "mailed_on": "2026-11-02"}, "2027-01-02",
         [("claim_pme_lost", "2026-11-09", "2027-01-01", False)]),  # closed: listed as the report lists it
        ({"service": "ground_advantage", "insured": True, "problem": "not_arrived", "mailed_on": "2026-01-20"},
         "2026-01-21", [("claim_insured_lost", "2026-02-04", "2026-03-21", False)]),
        ({"service": "ground_advantage", "insured": True, "problem": "damaged", "mailed_on": "2026-01-20"},
         "2026-01-21", [("claim_damaged", "2026-01-20", "2026-03-21", True)]),
        ({"service": "ground_advantage", "insured": False, "problem": "damaged", "mailed_on": "2026-01-20"},
         "2026-01-21", []),
        ({"direction": "from_us", "role": "sender", "service": "priority_mail_international", "mailed_on": "2026-08-31"},
         "2026-09-01", [("international_pmi", "2026-09-07", "2027-02-28", False)]),
        ({"direction": "from_us", "role": "recipient", "service": "priority_mail_international",
          "mailed_on": "2026-08-31"}, "2026-09-01", [("international_pmi", "2026-09-07", "2027-02-28", False)]),
        ({"direction": "from_us", "role": "sender", "service": "priority_mail_international", "mailed_on": "2026-W36-1"},
         "2026-09-01", []),  # not a date check() accepts
        ({"service": "priority_mail_express", "problem": "late_express", "mailed_on": "not a date"}, "2026-09-01", []),
        ({"service": ["junk"], "problem": {}, "insured": "yes", "mailed_on": 5}, "2026-09-01", []),
    ],
)  # fmt: skip
def test_windows(draft, today, expected):
    """The case view shows the report's windows (the steps' decision), read from the checked draft."""
    windows = view(parse_case({"id": "c1", "draft": draft}), today=date.fromisoformat(today), lang="en")["windows"]
    assert [(w["key"], w["opens_on"], w["closes_on"], w["open"]) for w in windows] == expected


def test_window_sentences():
    draft = {"service": "priority_mail_express", "problem": "not_arrived", "mailed_on": "2026-11-02"}
    en = view(parse_case({"id": "c1", "draft": draft}), today=date(2026, 11, 5), lang="en")["windows"]
    assert en[0]["text"] == (
        "A claim for a lost Priority Mail Express item can be filed from November 9, 2026 until January 1, 2027. "
        "This is USPS's rule as published earlier; it is not yet confirmed on USPS's current page."
    )
    draft = {"service": "ground_advantage", "insured": True, "problem": "damaged", "mailed_on": "2026-01-20"}
    assert view(parse_case({"id": "c1", "draft": draft}), today=date(2026, 1, 21), lang="id")["windows"][0]["text"] == (
        "Klaim untuk isi kiriman yang rusak atau hilang dapat diajukan sampai 21 Maret 2026."
    )
    case = parse_case({"id": "c1", "draft": draft})
    assert view(case, today=date(2026, 1, 21), lang="id")["windows"][0]["key"] == "claim_damaged"


# --- The catalogue ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [{}, {"phone": "+62 812-3456-7890"}, {"email": None, "phone": "(202) 555-0143"}, {"email": None, "name": None},
     {"phone": "(202) 555-0143"}],
)  # fmt: skip
def test_letters_end_as_the_composed_follow_up_does(changes):
    draft = {key: value for key, value in {**DRAFT, "topic": "tracking", **changes}.items() if value is not None}
    report = check({**draft, "case_number": "CA141722721", "sent_on": "2026-11-20"}, lang="en", today=date(2026, 11, 23))
    closing = report.follow_up.body.split("Could you please let me know the status of my case?\n\n", 1)[1]
    case = parse_case({"id": "c1", "draft": draft, "history": [
        {"on": "2026-11-20", "event": "sent", "case_number": "CA141722721"}, {"on": "2026-12-02", "event": "follow_up_sent"}]})  # fmt: skip
    body = view(case, today=date(2026, 12, 3), lang="en")["next_step"]["message"]["body"]
    assert body.endswith("\n\n" + closing)


def test_consumer_affairs_step_in_indonesian():
    assert t("step.consumer_affairs", "id") == (
        "Jika masalahnya belum juga selesai, adukan ke kantor Consumer & Industry Affairs di distrik USPS yang melayani "
        "alamat tersebut, dengan surat di bawah ini. Tanyakan cara menghubungi kantor itu di kantor pos atau lewat "
        "telepon 1-800-275-8777."
    )


@pytest.mark.parametrize("typed", ["CA 1417\u201322721", "CA\u20111417\uff0d22721", "CA-1417 22721", "CA\u00a0141722721"])
def test_the_checker_and_the_case_read_a_case_number_alike(typed):
    """One rule: a number the case history accepts is one the checker accepts, and the reverse."""
    report = check({"topic": "general", "case_number": typed, "sent_on": "2026-11-20"}, lang="en", today=date(2026, 11, 23))
    assert "case_number.format" not in [finding.code for finding in report.findings]
    case = parse_case({"id": "c1", "history": [{"on": "2026-11-20", "event": "sent", "case_number": typed}]})
    assert case.events[0].case_number == "CA141722721"


def test_a_case_number_both_refuse():
    report = check({"topic": "general", "case_number": "CA#1", "sent_on": "2026-11-20"}, lang="en", today=date(2026, 11, 23))
    assert "case_number.format" in [finding.code for finding in report.findings]
    with pytest.raises(InvalidCase):
        parse_case({"id": "c1", "history": [{"on": "2026-11-20", "event": "sent", "case_number": "CA#1"}]})
