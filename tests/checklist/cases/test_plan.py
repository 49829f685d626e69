"""Issue 15: a case follows its plan.

A case's next step is the first step of its plan (``check()`` of its draft) not yet done by the
history; USPS's ladder only where the plan has ``email_us``; the case view's windows are the
report's; the calendar holds the next step and every window's last day. Due dates in the tables
are worked out by hand from the calendar (Thanksgiving 26 November 2026), never by the code.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from usps_inquiry import check
from usps_inquiry.cases.calendar import reminder
from usps_inquiry.cases.case import EVENTS, STEPS, InvalidCase, next_step, parse_case, timeline
from usps_inquiry.cases.view import view
from usps_inquiry.rules.steps import CODES
from usps_inquiry.text import t
from usps_inquiry.worker import handle

from ..rules.test_windows import _situations

FCPIS_FROM_SHOP = {  # story (a): a parcel from a US shop, First-Class Package International, "in transit"
    "topic": "lost_package", "direction": "from_us", "role": "recipient", "sender_kind": "shop",
    "service": "first_class_package_international", "problem": "not_arrived", "mailed_on": "2026-11-01",
}  # fmt: skip
GIFT_FROM_JAKARTA = {  # story (b): a gift mailed at Pos Indonesia to Ohio
    "topic": "lost_package", "direction": "to_us", "role": "sender", "tracking_number": "RR123456785ID",
    "problem": "not_arrived", "mailed_on": "2026-11-01", "other_place": "Jakarta",
}  # fmt: skip
HELD_AT_CUSTOMS = {"topic": "lost_package", "direction": "from_us", "role": "recipient", "problem": "held_at_customs"}
INSURED_LOST = {"topic": "lost_package", "direction": "domestic", "insured": True, "problem": "not_arrived",
                "mailed_on": "2026-11-20"}  # the claim window: 15 to 60 days, 5 December 2026 to 19 January 2027
INSURED_DAMAGED = {"topic": "lost_package", "direction": "domestic", "insured": True, "problem": "damaged",
                   "mailed_on": "2026-11-20"}  # fmt: skip


def ev(on, event, door=None, number=None):
    return {"on": on, "event": event, **({"door": door} if door else {}), **({"case_number": number} if number else {})}


def case_of(draft, history=()):
    return parse_case({"id": "c1", "draft": draft, "history": list(history)})


# (draft, history, today, expected code, due, closes_on)
NEXT = [
    # (a) no USPS at all: the shop, then Pos Indonesia, then Bea Cukai, then the last door again after a working week.
    (FCPIS_FROM_SHOP, [], "2026-12-04", "seller", "2026-12-04", None),
    (FCPIS_FROM_SHOP, [ev("2026-12-01", "contacted", "seller")], "2026-12-04", "destination_post", "2026-12-04", None),
    (FCPIS_FROM_SHOP, [ev("2026-12-01", "contacted", "seller"), ev("2026-12-02", "contacted", "destination_post")],
     "2026-12-04", "customs", "2026-12-04", None),
    (FCPIS_FROM_SHOP, [ev("2026-12-01", "contacted", "seller"), ev("2026-12-02", "contacted", "destination_post"),
                       ev("2026-12-02", "contacted", "customs")], "2026-12-04", "customs", "2026-12-09", None),
    # ... and a "sent" (the reader wrote to USPS anyway) does not bring USPS's ladder in.
    (FCPIS_FROM_SHOP, [ev("2026-12-01", "sent", number="CA1000")], "2026-12-04", "seller", "2026-12-04", None),
    # (b) the sender opens the inquiry at Pos Indonesia.
    (GIFT_FROM_JAKARTA, [], "2026-12-04", "origin_post", "2026-12-04", None),
    (GIFT_FROM_JAKARTA, [ev("2026-12-01", "contacted", "origin_post")], "2026-12-04", "origin_post", "2026-12-08", None),
    # Held at customs: Bea Cukai, then Pos Indonesia.
    (HELD_AT_CUSTOMS, [], "2026-12-04", "customs", "2026-12-04", None),
    (HELD_AT_CUSTOMS, [ev("2026-12-03", "contacted", "customs")], "2026-12-04", "destination_post", "2026-12-04", None),
    # (c) domestic, insured, lost: the help request, USPS's search 7 business days after it, then the claim
    # while its window is open, then the district office 10 business days after the claim.
    (INSURED_LOST, [], "2026-11-23", "send", "2026-11-23", None),
    (INSURED_LOST, [ev("2026-11-23", "sent", number="CA1000")], "2026-11-23", "missing_mail", "2026-12-03", None),
    (INSURED_LOST, [ev("2026-11-23", "contacted", "email_us")], "2026-11-23", "missing_mail", "2026-12-03", None),
    (INSURED_LOST, [ev("2026-11-23", "sent"), ev("2026-12-03", "missing_mail_filed", number="MM5555")],
     "2026-12-03", "domestic_claim", "2026-12-05", "2027-01-19"),
    (INSURED_LOST, [ev("2026-11-23", "sent"), ev("2026-12-03", "missing_mail_filed")],
     "2026-12-10", "domestic_claim", "2026-12-10", "2027-01-19"),
    (INSURED_LOST, [ev("2026-11-23", "sent"), ev("2026-12-03", "missing_mail_filed"), ev("2026-12-07", "claim_filed")],
     "2026-12-07", "consumer_affairs", "2026-12-21", None),
    # The claim window has closed: nothing to do there, so the district office, 7 business days after the search.
    (INSURED_LOST, [ev("2026-11-23", "sent"), ev("2026-12-03", "missing_mail_filed")],
     "2027-01-20", "consumer_affairs", "2026-12-14", None),
    # A claim filed first (the reader went straight to it) still leaves USPS's search to do.
    (INSURED_LOST, [ev("2026-11-23", "sent"), ev("2026-12-07", "claim_filed")], "2026-12-07", "missing_mail",
     "2026-12-03", None),
    # Escalations go on from there.
    (INSURED_LOST, [ev("2026-11-23", "sent"), ev("2026-12-03", "missing_mail_filed"), ev("2026-12-07", "claim_filed"),
                    ev("2026-12-21", "escalated")], "2026-12-21", "prc_inquiry", "2027-01-06", None),
    # Damaged and insured: the claim is the whole plan; once filed, it is asked about again.
    (INSURED_DAMAGED, [], "2026-11-23", "domestic_claim", "2026-11-23", "2027-01-19"),
    (INSURED_DAMAGED, [ev("2026-11-24", "claim_filed", number="CL7777")], "2026-11-25", "domestic_claim",
     "2026-12-02", "2027-01-19"),
    # A "contacted" on a door outside USPS does not move USPS's ladder (a general question: follow-ups).
    ({"topic": "general"}, [ev("2026-11-20", "sent", number="CA1000"), ev("2026-11-23", "contacted", "seller")],
     "2026-11-23", "follow_up", "2026-11-25", None),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "history", "today", "code", "due", "closes_on"), NEXT)
def test_next_step_after_each_kind_of_event(draft, history, today, code, due, closes_on):
    shown = view(case_of(draft, history), today=date.fromisoformat(today), lang="en")["next_step"]
    assert (shown["code"], shown["due"], shown["closes_on"]) == (code, due, closes_on)


def test_every_door_tried_asks_the_last_again():
    history = [ev("2026-12-01", "contacted", door) for door in ("seller", "destination_post", "customs")]
    report = check(FCPIS_FROM_SHOP, lang="id", today=date(2026, 12, 4))
    step = view(case_of(FCPIS_FROM_SHOP, history), today=date(2026, 12, 4), lang="id")["next_step"]
    assert step["text"] == report.steps[-1].text + (
        " Anda sudah menghubungi semua pihak yang bisa membantu dalam situasi ini; jika belum ada perubahan, tanyakan lagi."
    )
    assert (step["label"], step["due_text"]) == ("cek ke Bea Cukai", "Lakukan pada 8 Desember 2026 jika sampai saat itu belum ada perubahan.")


def test_the_claim_says_its_last_day_first():
    history = [ev("2026-11-23", "sent"), ev("2026-12-03", "missing_mail_filed")]
    for lang, later, now in (
        ("en", "The last day is January 19, 2027; you can do this from December 5, 2026.",
         "The last day is January 19, 2027: do this now."),
        ("id", "Hari terakhirnya 19 Januari 2027; Anda bisa melakukannya mulai 5 Desember 2026.",
         "Hari terakhirnya 19 Januari 2027: lakukan sekarang."),
    ):  # fmt: skip
        assert view(case_of(INSURED_LOST, history), today=date(2026, 12, 3), lang=lang)["next_step"]["due_text"] == later
        assert view(case_of(INSURED_LOST, history), today=date(2026, 12, 10), lang=lang)["next_step"]["due_text"] == now


def test_doors_and_the_contacted_event():
    shown = view(case_of(FCPIS_FROM_SHOP), today=date(2026, 12, 4), lang="id")
    assert shown["doors"] == [
        {"step": "seller", "label": "Saya menghubungi toko atau penjualnya"},
        {"step": "destination_post", "label": "Saya menghubungi pos di negara tujuan kiriman"},
        {"step": "customs", "label": "Saya mengecek status kiriman di Bea Cukai"},
    ]
    assert [door["step"] for door in view(case_of(INSURED_LOST), today=date(2026, 12, 4), lang="en")["doors"]] == []
    case = case_of(HELD_AT_CUSTOMS, [ev("2026-12-03", "contacted", "customs", "ABC123")])
    assert [entry["text"] for entry in timeline(case, "en")] == [
        "On December 3, 2026, you checked the item with Bea Cukai (Indonesian customs) (number ABC123)."
    ]
    assert [entry["text"] for entry in timeline(case, "id")] == [
        "Pada 3 Desember 2026, Anda mengecek status kiriman di Bea Cukai (nomor ABC123)."
    ]
    assert timeline(case, "en")[0]["door"] == "customs" and case.to_dict()["history"][0]["door"] == "customs"
    # a door on another event is not kept
    assert "door" not in case_of({}, [ev("2026-12-03", "sent", "seller")]).to_dict()["history"][0]


@pytest.mark.parametrize("code", CODES)
def test_every_step_of_a_plan_can_be_recorded_and_named(code):
    """A step added to rules/steps.py needs its door sentences, or recording it would fail."""
    case = case_of({}, [ev("2026-12-03", "contacted", code)])
    for lang in ("en", "id"):
        (entry,) = timeline(case, lang)
        assert entry["text"].startswith(("On December 3, 2026, you ", "Pada 3 Desember 2026, Anda "))
        assert t(f"label.door.{code}", lang) and t("label.event.contacted", lang, what=t(f"door.{code}", lang))


@pytest.mark.parametrize("door", [None, "shop", 5, "missing_mail"])
def test_contacted_needs_a_door_of_the_plan(door):
    event = {"on": "2026-12-03", "event": "contacted", **({"door": door} if door is not None else {})}
    with pytest.raises(InvalidCase) as caught:
        case_of({}, [event])
    assert str(caught.value).startswith("Event 1 of the history says “contacted”, so it needs “door”: one of these: email_us,")
    assert caught.value.message("id").startswith("Kejadian 1 dalam riwayat berisi “contacted”")


def test_a_door_step_carries_the_plans_letter_when_the_plan_has_one():
    """USPS's rungs have their letter with an Indonesian mirror; a door's letter is the plan's."""
    shown = view(case_of(INSURED_LOST, [ev("2026-11-23", "sent", number="CA1000")]), today=date(2026, 11, 23), lang="id")
    message = shown["next_step"]["message"]
    assert message["subject"] == "Missing Mail search"
    assert message["body"].startswith("Mailed on: November 20, 2026\nEarlier USPS case number: CA1000\n\n")
    assert message["mirror"].startswith("Tanggal dikirim: 20 November 2026\nNomor kasus USPS sebelumnya: CA1000\n\n")
    assert message["mirror"].endswith("- 23 November 2026: mengirim pertanyaan lewat formulir Email Us (nomor kasus CA1000)")
    assert (message["step"], message["to"], message["lang"]) == ("missing_mail", "usps", "en")
    report = check(FCPIS_FROM_SHOP, lang="id", today=date(2026, 12, 4))
    for history, door in (([], "seller"), ([ev("2026-12-01", "contacted", "seller")], "destination_post")):
        message = view(case_of(FCPIS_FROM_SHOP, history), today=date(2026, 12, 4), lang="id")["next_step"]["message"]
        assert message == report.letter(door).to_dict() and message["mirror"] or message["lang"] == "id"
    # Bea Cukai is checked on its site: no letter
    history = [ev("2026-12-01", "contacted", "seller"), ev("2026-12-01", "contacted", "destination_post")]
    assert view(case_of(FCPIS_FROM_SHOP, history), today=date(2026, 12, 4), lang="id")["next_step"]["message"] is None


# --- Over the situation grid ----------------------------------------------------------------------

TODAY = date(2026, 9, 20)
RUNGS = set(STEPS)
HISTORIES = (
    [],
    [ev("2026-09-08", "sent", number="CA1000")],
    [ev("2026-09-08", "sent"), ev("2026-09-17", "missing_mail_filed"), ev("2026-09-18", "claim_filed")],
)


def _allowed(report) -> set[str]:
    codes = {step.code for step in report.steps}
    return codes | (RUNGS if "email_us" in codes or not codes else set())


def _report_windows(report) -> list[dict]:
    return [window.to_dict() for window in report.windows]


def test_every_next_step_is_the_plans_and_the_windows_are_the_reports():
    checked = 0
    for index, draft in enumerate(_situations()):
        if index % 5:
            continue  # a fifth of the grid: every situation's plan is tested in rules/test_windows.py
        report = check(draft, lang="en", today=TODAY)
        history = HISTORIES[index % len(HISTORIES)]
        shown = view(case_of(draft, history), today=TODAY, lang="en")
        assert shown["next_step"]["code"] in _allowed(report), (draft, history, shown["next_step"]["code"])
        if "email_us" not in {step.code for step in report.steps} and report.steps:
            assert shown["next_step"]["code"] not in RUNGS
        assert shown["windows"] == _report_windows(report)
        checked += 1
    assert checked > 500


any_event = st.fixed_dictionaries(
    {"on": st.dates(date(2025, 1, 1), date(2028, 12, 31)).map(date.isoformat), "event": st.sampled_from(EVENTS)},
    optional={"case_number": st.sampled_from(["CA141722721", "MM5555", "PRC2027"]), "note": st.text(max_size=20)},
)
any_event = st.tuples(any_event, st.sampled_from(CODES)).map(
    lambda pair: {**pair[0], "door": pair[1]} if pair[0]["event"] == "contacted" else pair[0]
)
DRAFTS = [{"topic": "general"}, {}, {"topic": "passport"}, {"topic": 5}, FCPIS_FROM_SHOP, GIFT_FROM_JAKARTA,
          HELD_AT_CUSTOMS, INSURED_LOST, INSURED_DAMAGED]  # fmt: skip


@settings(max_examples=150, deadline=None, database=None)
@given(st.lists(any_event, max_size=10), st.sampled_from(DRAFTS), st.dates(date(2025, 1, 1), date(2029, 12, 31)),
       st.sampled_from(["id", "en"]))  # fmt: skip
def test_any_history_gives_a_step_of_the_plan_or_resolved(history, draft, today, lang):
    case = case_of({**draft, "tracking_number": draft.get("tracking_number", "9400 1112 0620 6406 2607 87")}, history)
    shown = view(case, today=today, lang=lang)
    assert len(shown["timeline"]) == len(history)
    step = shown["next_step"]
    if step is None:
        assert shown["resolved"] and sorted(history, key=lambda event: event["on"])[-1]["event"] == "resolved"
        return
    assert step["code"] in _allowed(check(case.draft, lang=lang, today=today))
    assert step["text"]
    assert step["due_text"].endswith(".")
    if step["code"] in RUNGS - {"send", "missing_mail"}:
        assert step["due"] > min(event["on"] for event in history)  # a wait counted from an event
    if step["code"] not in RUNGS and step["closes_on"] and step["closes_on"] >= today.isoformat():
        assert step["due"] <= step["closes_on"]  # a door with an open window is due inside it
    if step["message"] and step["code"] in RUNGS:
        for number in step["case_numbers"]:
            assert number in step["message"]["subject"] + step["message"]["body"]
        assert (step["message"]["mirror"] is None) == (lang == "en")
    assert reminder(case, today=today, lang=lang, now=datetime(2026, 1, 1, tzinfo=timezone.utc))["text"]


# --- The calendar ----------------------------------------------------------------------------------

icalendar = pytest.importorskip("icalendar")


def _events(text):
    return [part for part in icalendar.Calendar.from_ical(text).walk("VEVENT")]


def test_the_calendar_holds_the_next_step_and_the_claims_last_day():
    case = case_of(INSURED_LOST, [ev("2026-11-23", "sent", number="CA1000")])
    made = reminder(case, today=date(2026, 11, 23), lang="id", now=datetime(2026, 11, 23, 8, tzinfo=timezone.utc))
    events = {str(event["UID"]): event for event in _events(made["text"])}
    assert set(events) == {"c1-missing_mail@usps-email-guide", "c1-window-claim_insured_lost@usps-email-guide"}
    assert events["c1-missing_mail@usps-email-guide"]["DTSTART"].dt == date(2026, 12, 3)
    claim = events["c1-window-claim_insured_lost@usps-email-guide"]
    assert claim["DTSTART"].dt == date(2027, 1, 19)
    assert str(claim["SUMMARY"]) == "Hari terakhir: Klaim untuk kiriman berasuransi yang hilang – Paket hilang"
    triggers = sorted(alarm["TRIGGER"].dt for alarm in claim.walk("VALARM"))
    assert [str(trigger) for trigger in triggers] == ["-7 days, 9:00:00", "9:00:00"]  # a week before, and on the day
    assert made["due"] == "2026-12-03"


def test_an_overdue_step_is_on_today_and_says_so():
    case = case_of(INSURED_LOST, [ev("2026-11-23", "sent", number="CA1000")])
    made = reminder(case, today=date(2027, 1, 25), lang="en", now=datetime(2027, 1, 25, 8, tzinfo=timezone.utc))
    (step,) = _events(made["text"])  # the claim window closed on January 19: no event for it
    assert str(step["UID"]) == "c1-missing_mail@usps-email-guide"
    assert step["DTSTART"].dt == date(2027, 1, 25)  # not on 3 December 2026: no alarm in the past
    assert "This was due on December 3, 2026: do it now." in str(step["DESCRIPTION"])


def test_a_claim_closing_soon_comes_first_and_no_alarm_is_past():
    case = case_of(INSURED_LOST, [ev("2026-11-23", "sent", number="CA1000")])
    assert view(case, today=date(2027, 1, 15), lang="en")["next_step"]["code"] == "domestic_claim"  # urgent: 4 days left
    made = reminder(case, today=date(2027, 1, 15), lang="en", now=datetime(2027, 1, 15, 8, tzinfo=timezone.utc))
    events = {str(event["UID"]): event for event in _events(made["text"])}
    assert events["c1-domestic_claim@usps-email-guide"]["DTSTART"].dt == date(2027, 1, 15)
    claim = events["c1-window-claim_insured_lost@usps-email-guide"]
    assert claim["DTSTART"].dt == date(2027, 1, 19)
    assert [str(alarm["TRIGGER"].dt) for alarm in claim.walk("VALARM")] == ["9:00:00"]  # a week before is past


def test_the_calendar_uids_are_stable():
    case = case_of(INSURED_LOST, [ev("2026-11-23", "sent")])
    first = reminder(case, today=date(2026, 11, 23), lang="en", now=datetime(2026, 11, 23, tzinfo=timezone.utc))
    later = reminder(case, today=date(2026, 11, 30), lang="id", now=datetime(2026, 11, 30, tzinfo=timezone.utc))
    assert [str(e["UID"]) for e in _events(first["text"])] == [str(e["UID"]) for e in _events(later["text"])]


# --- NaN and Infinity, the calendar's edge ---------------------------------------------------------

NOT_FINITE = "The case holds a number that JSON cannot keep (NaN or Infinity). Remove it from the case and try again."


def ask(kind, **data):
    return json.loads(handle(json.dumps({"type": kind, "id": 1, "data": {"lang": "en", **data}})))


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity_are_refused_with_the_cases_own_error(number):
    bad = {"id": "c1", "draft": {"topic": "general", "weight": [number]}, "history": []}
    assert ask("case.new", today="2026-11-20", draft={"weight": number})["data"] == {"error": NOT_FINITE}
    assert ask("case.add_event", case=bad, event={"on": "2026-11-20", "event": "sent"})["data"] == {"error": NOT_FINITE}
    assert ask("cases.export", cases=[bad], today="2026-11-20")["data"] == {"error": f"Case 1 cannot be exported. {NOT_FINITE}"}
    assert ask("cases.keep_both", cases=[bad], existing_ids=["c1"])["data"] == {"error": NOT_FINITE}
    store = {"format": "usps-inquiry-store", "version": 2, "open": "c1", "cases": [bad]}
    migrated = ask("cases.migrate", stored=store, today="2026-11-20")
    assert migrated["type"] == "cases.migrate" and migrated["data"]["store"]["cases"] == []
    assert json.loads(migrated["data"]["kept_aside"][0].replace("Infinity", "1").replace("NaN", "1"))["id"] == "c1"


@pytest.mark.parametrize(
    ("draft", "history", "today"),
    [
        ({}, [ev("9999-12-30", "sent")], "9999-12-31"),
        (INSURED_LOST | {"mailed_on": "9999-12-01"}, [ev("9999-12-30", "sent")], "9999-12-31"),
        (INSURED_LOST | {"mailed_on": "9999-11-01"}, [], "9999-12-31"),
        (FCPIS_FROM_SHOP, [ev("9999-12-31", "contacted", "seller"), ev("9999-12-31", "contacted", "destination_post")], "9999-12-31"),
        ({"topic": "general"}, [ev("9999-12-20", "sent"), ev("9999-12-30", "escalated"), ev("9999-12-31", "escalated")], "9999-12-31"),
    ],
)  # fmt: skip
def test_case_ics_at_the_calendars_edge_raises_nothing(draft, history, today):
    answer = ask("case.ics", case={"id": "c1", "draft": draft, "history": history}, today=today)
    assert answer["type"] == "case.ics" and "BEGIN:VEVENT" in answer["data"]["text"]
    assert _events(answer["data"]["text"])
