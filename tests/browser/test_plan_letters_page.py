"""One plan on the checklist page (issue 15): each door's letter under its step, no USPS message or
form button where the plan has no `email_us` step, urgent steps marked in words, and a cases panel
that offers the plan's doors and follows them. Driven in Debian's Chromium against the built site.

What the page must show and copy is what the engine itself gives for the same draft or case
(usps_inquiry.check, usps_inquiry.cases in CPython): these tests pin the page, not the engine's
wording or its rules.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from tests.browser.support import axe_violations, open_checklist, poll, submit_and_wait, wait_saved, wait_until
from tests.browser.test_situation_page import DOMESTIC_INSURED, TODAY, WHO, answer, engine_report, wait_for_steps

pytestmark = pytest.mark.browser

USPS_FORM = '#chk a.md-button[href="https://www.usps.com/help/contact-us.htm"]'  # the button (the guide text above links the page too)
MIRROR_TITLE = {"id": "Terjemahan pesan — tidak ikut dikirim", "en": "What it says — not sent"}
URGENT = {"id": "Mendesak:", "en": "Urgent:"}

#: A reader in Jakarta whose First-Class Package International parcel from a US shop has been
#: "In transit" for three weeks: USPS has no inquiry for it; the shop is the door.
SHOP_PARCEL = {
    **WHO,
    "tracking_number": "LZ123456785US",
    "direction": "from_us",
    "role": "recipient",
    "sender_kind": "shop",
    "service": "first_class_package_international",
    "mailed_on": (TODAY - datetime.timedelta(days=21)).isoformat(),
    "problem": "not_arrived",
    "wanted": "find_and_deliver",
    "contents": "two books",
    "other_place": "Jakarta, Indonesia",
}
#: A reader who mailed a gift from Jakarta by Pos Indonesia to Ohio: the trace starts at Pos Indonesia.
GIFT_TO_OHIO = {
    **WHO,
    "tracking_number": "RR123456785ID",
    "direction": "to_us",
    "role": "sender",
    "mailed_on": (TODAY - datetime.timedelta(days=21)).isoformat(),
    "problem": "not_arrived",
    "wanted": "find_and_deliver",
    "contents": "a batik shirt",
    "other_place": "Jakarta, Indonesia",
    "address.street": "100 N High St",
    "address.city": "Columbus",
    "address.state": "OH",
    "address.zip": "43215",
}
#: A domestic insured package lost 50 days ago: USPS is the door, and the claim closes in 10 days.
DOMESTIC_LOST = {**DOMESTIC_INSURED, "mailed_on": (TODAY - datetime.timedelta(days=50)).isoformat()}
STORIES = {"shop_parcel": SHOP_PARCEL, "gift_to_ohio": GIFT_TO_OHIO}


def copied_by(page, button: str) -> str:
    """Press a Copy button and return what it put on the clipboard (emptied first, then waited on)."""
    page.evaluate("navigator.clipboard.writeText('')")
    page.click(button)
    return poll(page, lambda: page.evaluate("navigator.clipboard.readText()"), what=f"{button} to copy")


def stored_case(page) -> dict:
    return json.loads(page.evaluate("localStorage.getItem('usps-checklist:cases')"))["cases"][0]


def engine_view(case: dict, lang: str) -> dict:
    from usps_inquiry.cases import case as cases
    from usps_inquiry.cases.view import view as case_view

    return json.loads(json.dumps(case_view(cases.parse_case(case), today=TODAY, lang=lang)))


# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("story", STORIES)
def test_an_international_story_has_no_usps_message_and_each_doors_letter_copies_exactly(context_factory, site_url, story, lang):
    context = context_factory(permissions=["clipboard-read", "clipboard-write"])
    page = open_checklist(context.new_page(), site_url, lang)
    answers = STORIES[story]
    answer(page, answers)
    report = engine_report(answers, lang)
    assert report["message"] is None, "the plan has no email_us step: no message to USPS"
    assert "email_us" not in [step["code"] for step in report["steps"]]
    assert report["letters"], "the plan's doors take letters"
    wait_for_steps(page, report)
    submit_and_wait(page)

    # No USPS message, no USPS form button: the engine's reason instead, on the panel and the result line.
    [reason] = [finding for finding in report["findings"] if finding["code"] == "message.not_needed"]
    assert page.is_hidden("#chk-message-content")
    assert page.locator(f"{USPS_FORM}:visible").count() == 0
    assert page.inner_text("#chk-message-empty") == reason["message"]
    assert page.is_hidden("#chk-message-hint")
    if not [finding for finding in report["findings"] if finding["severity"] == "error"]:
        assert page.inner_text("#chk-result") == reason["message"]
    assert "No errors. Your message is ready to copy." not in page.inner_text("#chk")

    # Each door's letter under its step, copied exactly as the engine wrote it.
    for letter in report["letters"]:
        box = f'#chk-steps-list > li[data-code="{letter["step"]}"] .chk__letter'
        page.wait_for_selector(box, state="visible")
        assert page.input_value(f"{box} input") == letter["subject"]
        assert page.input_value(f"{box} textarea") == letter["body"]
        assert page.get_attribute(f"{box} textarea", "lang") == letter["lang"]
        assert copied_by(page, f"{box} button[data-chk-copy$='-subject']") == letter["subject"]
        assert copied_by(page, f"{box} button[data-chk-copy$='-body']") == letter["body"]
        if letter["mirror"]:
            assert page.text_content(f"{box} .chk__mirror-text") == letter["mirror"]
            assert page.inner_text(f"{box} .chk__mirror-title") == MIRROR_TITLE[lang]
        else:
            assert page.locator(f"{box} .chk__mirror").count() == 0

    # The printed record carries the letters.
    record = page.text_content("#chk-record-letters")
    for letter in report["letters"]:
        assert letter["body"] in record


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_domestic_lost_package_keeps_the_usps_message_and_its_form_button(page, site_url, lang):
    open_checklist(page, site_url, lang)
    answer(page, DOMESTIC_LOST)
    report = engine_report(DOMESTIC_LOST, lang)
    assert report["message"] and "email_us" in [step["code"] for step in report["steps"]]
    wait_for_steps(page, report)
    wait_until(page, "body => document.getElementById('chk-body').value === body", report["message"]["body"])
    assert page.locator(USPS_FORM).is_visible()
    assert page.is_visible("#chk-message-hint")
    # The email_us step points to the message's panel rather than showing it twice.
    assert page.locator('#chk-steps-list > li[data-code="email_us"] a[href="#chk-message-title"]').is_visible()
    assert page.locator('#chk-steps-list > li[data-code="email_us"] .chk__letter').count() == 0

    # A deadline within 14 days is marked in words, its closing date first.
    urgent = [step for step in report["steps"] if step.get("urgent")]
    assert urgent, "a claim window closing in ten days is urgent"
    for step in urgent:
        item = f'#chk-steps-list > li[data-code="{step["code"]}"]'
        assert page.inner_text(f"{item} > :first-child").startswith(URGENT[lang])
        assert page.get_attribute(f"{item} > :first-child time", "datetime") == step["closes_on"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_recording_a_door_moves_the_next_step_and_shows_its_letter(context_factory, site_url, lang):
    context = context_factory(permissions=["clipboard-read", "clipboard-write"])
    page = open_checklist(context.new_page(), site_url, lang)
    answer(page, SHOP_PARCEL)
    wait_saved(page, SHOP_PARCEL["other_place"])  # the last answer given: the case is whole
    case = stored_case(page)
    before = engine_view(case, lang)
    wait_until(page, "t => document.getElementById('chk-case-next-text').textContent === t", before["next_step"]["text"])
    doors = before["doors"]
    assert doors, "the case view offers the plan's doors"
    values = page.eval_on_selector_all("#chk-case-event option", "options => options.map((o) => [o.value, o.textContent])")
    assert values[: len(doors)] == [[f"contacted:{door['step']}", door["label"]] for door in doors]

    # The next step's letter, with its mirror, copies exactly.
    message = before["next_step"]["message"]
    assert message, "the shop's door takes a letter"
    assert page.input_value("#chk-case-next-body") == message["body"]
    assert copied_by(page, "#chk-copy-case-next-body") == message["body"]
    assert bool(message["mirror"]) == (lang == "id")  # the shop reads English
    if message["mirror"]:
        page.wait_for_selector("#chk-case-next-mirror", state="visible")
        assert page.text_content("#chk-case-next-mirror-text") == message["mirror"]
    else:
        assert page.is_hidden("#chk-case-next-mirror")

    first = doors[0]["step"]
    page.select_option("#chk-case-event", f"contacted:{first}")
    page.fill("#chk-case-event-on", TODAY.isoformat())
    page.click("#chk-case-event-add")
    wait_until(page, "document.querySelectorAll('#chk-case-timeline li').length === 1")
    case = stored_case(page)
    assert case["history"] == [{"on": TODAY.isoformat(), "event": "contacted", "door": first}]
    after = engine_view(case, lang)
    assert after["next_step"] != before["next_step"], "recording the door moves the next step"
    wait_until(page, "t => document.getElementById('chk-case-next-text').textContent === t", after["next_step"]["text"])
    # The next door's letter (Pos Indonesia's, in Indonesian) replaces the shop's.
    assert after["next_step"]["message"]["body"] != message["body"]
    assert page.input_value("#chk-case-next-body") == after["next_step"]["message"]["body"]
    assert page.inner_text("#chk-case-timeline").startswith(after["timeline"][0]["text"])


def test_the_calendar_holds_the_claims_closing_date(page, site_url):
    import icalendar

    open_checklist(page, site_url, "en")
    answer(page, DOMESTIC_LOST)
    wait_saved(page, DOMESTIC_LOST["address.zip"])  # the last answer given: the case is whole
    report = engine_report(DOMESTIC_LOST, "en")
    claims = [window for window in report["windows"] if window["key"].startswith("claim") and window["open"]]
    assert claims, "an insured package lost 50 days ago has an open claim window"
    wait_until(page, "!document.getElementById('chk-case-next').hidden")
    with page.expect_download() as info:
        page.click("#chk-case-ics")
    calendar = icalendar.Calendar.from_ical(Path(info.value.path()).read_bytes())
    days = {event.decoded("DTSTART") for event in calendar.walk("VEVENT")}
    for window in claims:
        assert datetime.date.fromisoformat(window["closes_on"]) in days
    # The case view's windows are the report's.
    view = engine_view(stored_case(page), "en")
    assert view["windows"]
    poll(page, lambda: page.eval_on_selector_all("#chk-case-windows li", "items => items.map((i) => i.textContent)"),
         lambda shown: shown == [window["text"] for window in view["windows"]], what="the case's windows")


@pytest.mark.parametrize("lang,scheme", [("id", "light"), ("en", "dark")])
def test_axe_finds_no_violations_with_letters_under_the_steps(context_factory, site_url, axe_source, lang, scheme):
    # axe is injected as an inline script, which the site's Content-Security-Policy refuses.
    context = context_factory(color_scheme=scheme, bypass_csp=True)
    page = open_checklist(context.new_page(), site_url, lang)
    answer(page, SHOP_PARCEL)
    report = engine_report(SHOP_PARCEL, lang)
    wait_for_steps(page, report)
    submit_and_wait(page)
    page.wait_for_selector("#chk-steps-list .chk__letter", state="visible")
    wait_until(page, "!document.getElementById('chk-case-next').hidden")
    # The Check button stays pressed and pointed at: its hover colours are checked too.
    assert axe_violations(page, "html", axe_source) == []
