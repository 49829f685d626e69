"""The checklist's paste panel (issue 18), in Debian's Chromium against the built site.

What the panel shows (the summary, each scan's meaning, the answers) and what the steps and the
case become are compared with what the engine itself (usps_inquiry.reading, check, the case view
in CPython) gives for the same text and draft, so these tests pin the page, not the engine.
"""

from __future__ import annotations

import datetime
import json

import pytest

from tests.browser.support import axe_violations, engine_report, fill, open_checklist, wait_saved, wait_until

pytestmark = pytest.mark.browser

TODAY = datetime.date.today()
WHO = {"topic": "lost_package", "name": "Budi Santoso", "email": "budi.santoso@gmail.com"}


def _day(days_ago: int) -> str:
    day = TODAY - datetime.timedelta(days=days_ago)
    return f"{day:%B} {day.day}, {day.year}"


#: The older one-line USPS page: a parcel to Jakarta through ISC Los Angeles, now in customs; a
#: line of markup a copy brought along must stay text.
HISTORY = (
    "CP 123 456 785 US\n"
    "Priority Mail International®\n"
    f"{_day(12)}, 10:12 am\tHeld in Customs\tJAKARTA, INDONESIA\n"
    f"{_day(18)}, 9:41 pm\tDeparted\tLOS ANGELES, UNITED STATES\n"
    f"{_day(19)}, 2:14 pm\tProcessed Through Facility\tISC LOS ANGELES CA (USPS)\n"
    f"{_day(24)}, 4:20 pm\tUSPS in possession of item\tSAN JOSE, CA 95113\n"
    '<img src="x" onerror="window.pwned = true">\n'
)
#: A domestic parcel whose scans stopped at a USPS facility: USPS can act, so the draft gets a
#: message to USPS and, with it, Check your answers.
STALLED = (
    "9400 1112 0620 6406 2607 87\n"
    "Priority Mail®\n"
    f"{_day(12)}, 10:12 am\tIn Transit to Next Facility\t\n"
    f"{_day(18)}, 9:41 pm\tDeparted USPS Regional Facility\tLOS ANGELES CA DISTRIBUTION CENTER\n"
    f"{_day(19)}, 2:14 pm\tArrived at USPS Regional Facility\tLOS ANGELES CA DISTRIBUTION CENTER\n"
    f"{_day(24)}, 4:20 pm\tUSPS in possession of item\tSAN JOSE, CA 95113\n"
)
REPLY = (
    f"Date: {_day(3)} at 9:14 AM EDT\n"
    "Subject: Your USPS Inquiry - Case Number CA141722721\n"
    "Thank you for contacting the United States Postal Service.\n"
    "Your inquiry has been forwarded to the local Post Office for a response.\n"
)
SOURCE = {"id": "dari teks yang Anda tempel", "en": "from what you pasted"}
SUMMARY = "() => [...document.querySelectorAll('#chk-paste-summary p')].map((p) => p.textContent)"
EVENTS = """() => [...document.querySelectorAll('#chk-paste-events > li')].map((li) => ({
    code: li.dataset.code,
    status: li.querySelector('.chk-paste__status-line').textContent,
    text: li.querySelector('.chk-paste__meaning').textContent,
}))"""
STEP_CODES = "() => [...document.querySelectorAll('#chk-steps-list > li')].map((li) => li.dataset.code)"


def reading(text: str, lang: str) -> dict:
    from usps_inquiry.reading import read

    return read(text, lang=lang, today=TODAY).to_dict()


def paste(page, text: str) -> None:
    """Paste `text` and press the panel's button from the keyboard; wait for the engine's answer.

    The text is put in as a paste does, at once (Playwright's fill types a megabyte too slowly)."""
    page.evaluate("document.getElementById('chk-paste-result').hidden = true")
    page.locator("#chk-paste-text").evaluate(
        "(area, text) => { area.value = text; area.dispatchEvent(new Event('input', {bubbles: true})); }", text
    )
    page.focus("#chk-paste-read")
    page.keyboard.press("Enter")
    page.wait_for_selector("#chk-paste-result", state="visible", timeout=20_000)


def choice(page, name: str) -> str | None:
    return page.evaluate(f"(document.querySelector('input[name={name}]:checked') || {{}}).value || null")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_pasted_history_is_explained_its_answers_fill_the_form_and_the_steps_change(page, site_url, lang):
    open_checklist(page, site_url, lang)
    fill(page, WHO)
    page.wait_for_selector('[data-chk-field="service"]', state="visible")
    before = engine_report(WHO, lang)
    wait_until(page, "codes => JSON.stringify(codes) === JSON.stringify((" + STEP_CODES + ")())", [s["code"] for s in before["steps"]])

    paste(page, HISTORY)
    expected = reading(HISTORY, lang)
    assert expected["kind"] == "usps_tracking" and expected["facts"]["where"] == "destination_customs"
    assert page.evaluate(SUMMARY) == expected["summary"]
    shown = page.evaluate(EVENTS)
    assert [(e["code"], e["text"]) for e in shown] == [(e["code"], e["text"]) for e in expected["events"]]
    assert shown[-1]["status"] == '<img src="x" onerror="window.pwned = true">'  # kept, as text
    assert page.locator("#chk-paste img").count() == 0 and page.evaluate("window.pwned === undefined")
    assert page.locator("#chk-paste-findings li").count() == len(expected["findings"])
    assert page.locator("#chk-paste-answers .chk__review-row").count() == len(expected["answers"])

    page.focus("#chk-paste-use")
    page.keyboard.press("Enter")
    answers = {answer["key"]: answer["value"] for answer in expected["answers"]}
    assert answers["problem"] == "held_at_customs" and answers["direction"] == "from_us"
    for key in ("direction", "service", "problem"):
        assert choice(page, key) == answers[key], key
    assert page.input_value("#chk-tracking-number") == answers["tracking_number"]
    assert page.input_value("#chk-mailed-on") == answers["mailed_on"]

    # The steps follow the answers, as the engine plans them for this draft.
    after = engine_report({**WHO, **answers}, lang)
    codes = [step["code"] for step in after["steps"]]
    assert codes != [step["code"] for step in before["steps"]]
    wait_until(page, "codes => JSON.stringify(codes) === JSON.stringify((" + STEP_CODES + ")())", codes, timeout_ms=20_000)

    # In Indonesian customs USPS cannot act: no message to USPS (issue 15), but the letters to
    # the doors that can act are written from the same answers, so Check your answers stays.
    assert after["message"] is None and after["letters"]
    page.click("#chk-check")
    page.wait_for_selector("#chk-review", state="visible")

    # Where USPS can act, Check your answers says where each answer came from, until the reader
    # changes it.
    paste(page, STALLED)
    stalled = {answer["key"]: answer["value"] for answer in reading(STALLED, lang)["answers"]}
    assert stalled["problem"] == "not_arrived" and stalled["direction"] == "domestic"
    assert engine_report({**WHO, **stalled}, lang)["message"] is not None
    page.focus("#chk-paste-use")
    page.keyboard.press("Enter")
    page.click("#chk-check")
    page.wait_for_selector("#chk-review", state="visible")
    note = "field => (document.querySelector(`#chk-review-list [data-field='${field}'] .chk__review-source`) || {}).textContent || null"
    wait_until(page, f"() => ({note})('problem') === {json.dumps(SOURCE[lang])}")
    assert page.evaluate(note, "tracking_number") == SOURCE[lang]
    assert page.evaluate(note, "name") is None
    page.check("input[name=problem][value=damaged]")
    wait_until(page, f"() => ({note})('problem') === null && ({note})('direction') === {json.dumps(SOURCE[lang])}")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_pasted_reply_in_a_case_is_recorded_once_confirmed_and_the_next_step_moves(page, site_url, lang):
    from usps_inquiry.cases import case as cases
    from usps_inquiry.cases.view import view as case_view

    open_checklist(page, site_url, lang)
    fill(page, {**WHO, "tracking_number": "9400 1112 0620 6406 2607 87"})
    wait_saved(page, "9400 1112 0620 6406 2607 87")
    sent_on = (TODAY - datetime.timedelta(days=10)).isoformat()
    page.select_option("#chk-case-event", "sent")
    page.fill("#chk-case-event-on", sent_on)
    page.click("#chk-case-event-add")
    wait_until(page, "document.querySelectorAll('#chk-case-timeline li').length === 1")
    due_before = page.text_content("#chk-case-next-due")

    paste(page, REPLY)
    expected = reading(REPLY, lang)
    assert expected["kind"] == "usps_reply" and expected["facts"]["case_number"] == "CA141722721"
    assert page.evaluate(SUMMARY) == expected["summary"]
    page.wait_for_selector("#chk-paste-reply", state="visible")
    page.click("#chk-paste-reply")
    # Filled in for the reader to check; nothing is recorded until they add it.
    assert page.input_value("#chk-case-event") == "reply"
    assert page.input_value("#chk-case-event-on") == expected["facts"]["reply_on"]
    assert page.input_value("#chk-case-event-number") == "CA141722721"
    assert page.evaluate("document.activeElement.id") == "chk-case-event"
    assert page.locator("#chk-case-timeline li").count() == 1
    page.click("#chk-case-event-add")
    wait_until(page, "document.querySelectorAll('#chk-case-timeline li').length === 2")

    stored = json.loads(page.evaluate("localStorage.getItem('usps-checklist:cases')"))
    case = next(item for item in stored["cases"] if item["id"] == stored["open"])
    assert case["history"][-1] == {"on": expected["facts"]["reply_on"], "event": "reply", "case_number": "CA141722721"}
    step = case_view(cases.parse_case(case), today=TODAY, lang=lang)["next_step"]
    wait_until(page, "t => document.getElementById('chk-case-next-due').textContent === t", step["due_text"])
    assert step["due_text"] != due_before  # the wait restarts from the reply's date


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_megabyte_paste_gets_the_engines_message(page, site_url, lang):
    open_checklist(page, site_url, lang)
    huge = HISTORY + "Lorem ipsum dolor sit amet.\n" * 40_000
    paste(page, huge)
    message = reading(huge, lang)["findings"][0]
    assert message["code"] == "paste.too_long"
    assert page.text_content("#chk-paste-findings li[data-code='paste.too_long']") == message["message"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_axe_finds_no_violations_in_the_paste_panel(context_factory, site_url, axe_source, lang, scheme):
    # axe is injected as an inline script, which the site's Content-Security-Policy refuses.
    context = context_factory(color_scheme=scheme, bypass_csp=True)
    page = open_checklist(context.new_page(), site_url, lang)
    fill(page, WHO)
    paste(page, HISTORY)
    page.click("#chk-paste-use")
    page.mouse.move(0, 0)  # the theme's hover and focus colours are not the panel's: as it rests
    page.focus("#chk-paste-text")
    assert axe_violations(page, "#chk-paste", axe_source) == []
