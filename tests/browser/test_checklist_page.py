"""The in-browser checklist (issue 4), driven in Debian's Chromium against the built site.

Expected findings and messages come from the engine itself (usps_inquiry.check on the same
draft), so these tests pin the page's behaviour, not the engine's wording.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

from tests.browser.support import (
    CHECKLIST,
    FIXED,
    MESSY,
    RUNTIME_CACHED,
    TEXT_FIELDS,
    WAIT_MS,
    axe_violations,
    engine_report,
    expected_engine_line,
    field_id,
    fill,
    open_checklist,
    stored_keys,
    submit_and_wait,
    summary_links,
    wait_for_message,
    wait_for_worker,
    wait_ready,
    wait_saved,
    wait_until,
)
from tests.support import PHONE

pytestmark = pytest.mark.browser

HEADINGS = {"id": "Ada masalah", "en": "There is a problem"}
TITLE_PREFIX = {"id": "Kesalahan: ", "en": "Error: "}
COPIED = {"id": "Disalin", "en": "Copied"}


# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_messy_draft_lists_the_engine_errors_then_fixing_them_clears_the_summary(page, site_url, lang):
    open_checklist(page, site_url, lang)
    title = page.title()
    fill(page, MESSY)
    submit_and_wait(page)

    report = engine_report(MESSY, lang)
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert errors, "the messy draft should have errors"
    summary = page.locator("#chk-summary")
    assert summary.is_visible()
    assert page.inner_text("#chk-summary-title") == HEADINGS[lang]
    assert page.get_attribute("#chk-summary [role=alert]", "role") == "alert"
    assert page.evaluate("document.activeElement.id") == "chk-summary"
    assert page.title() == TITLE_PREFIX[lang] + title
    assert [text for text, _ in summary_links(page)] == [f["message"] for f in errors]

    # Each error is beside its field, tied to it by aria-describedby, with a hidden prefix.
    for finding in errors:
        error_id = field_id(finding["field"].split(".")[0] if finding["field"] == "address" else finding["field"]) + "-error"
        error = page.locator("#" + error_id)
        assert error.is_visible()
        assert finding["message"] in error.inner_text()
        assert error.locator(".chk__visually-hidden").inner_text() in ("Kesalahan:", "Error:")
    for finding in errors:
        if finding["field"] in ("topic", "address"):
            continue
        described = page.get_attribute("#" + field_id(finding["field"]), "aria-describedby")
        assert field_id(finding["field"]) + "-error" in described.split()

    # Warnings and tips are shown, but never in the error summary.
    notes = [f for f in report["findings"] if f["severity"] != "error" and not f["code"].startswith("channel.")]
    shown_notes = page.eval_on_selector_all(".chk__note", "items => items.map(li => li.textContent)")
    for finding in notes:
        assert any(finding["message"] in text for text in shown_notes)
        assert finding["message"] not in page.inner_text("#chk-summary")

    # A summary link moves focus to its field.
    text, target = summary_links(page)[0]
    page.click(f"#chk-summary-list a[href='#{target}']")
    assert page.evaluate("document.activeElement.id") == target

    # Nothing typed was cleared.
    for name, value in MESSY.items():
        if name != "topic":
            assert page.input_value("#" + field_id(name)) == value

    fill(page, FIXED)
    submit_and_wait(page)
    fixed = engine_report(FIXED, lang)
    assert fixed["ok"], fixed["findings"]
    assert page.locator("#chk-summary").is_hidden()
    assert page.title() == title
    assert page.input_value("#chk-subject") == fixed["message"]["subject"]
    assert "9400111206206406260787" in page.input_value("#chk-subject")
    assert page.input_value("#chk-body") == fixed["message"]["body"]


def test_message_updates_as_the_reader_types_and_follow_up_appears_with_a_case_number(checklist_page):
    page = checklist_page
    fill(page, FIXED)
    expected = engine_report(FIXED, "id")
    wait_for_message(page, expected["message"]["subject"])
    assert page.locator("#chk-summary").is_hidden(), "the summary only appears on submit"
    assert page.locator("#chk-follow-up").is_hidden()

    with_case = {**FIXED, "case_number": "41234567", "sent_on": "2026-03-16"}
    fill(page, {"case_number": "41234567", "sent_on": "2026-03-16"})
    follow_up = engine_report(with_case, "id")["follow_up"]
    assert follow_up is not None, "the engine plans a follow-up once a case number and date are given"
    page.wait_for_selector("#chk-follow-up", state="visible")
    assert page.input_value("#chk-follow-up-body") == follow_up["body"]
    assert page.input_value("#chk-follow-up-subject") == follow_up["subject"]
    assert str(follow_up["business_days"]) in page.inner_text("#chk-follow-up-due")


def test_wrong_channel_is_shown_prominently_with_the_channel_to_use(checklist_page):
    page = checklist_page
    fill(page, {"topic": "passport", "name": "Budi", "email": "budi@example.com"})
    report = engine_report({"topic": "passport", "name": "Budi", "email": "budi@example.com"}, "id")
    channel = [f for f in report["findings"] if f["code"].startswith("channel.")]
    # The engine's answer for this draft: no error, only the other channel, and no message.
    assert [f["code"] for f in channel] == ["channel.passport"]
    assert report["ok"] is True and report["message"] is None
    page.wait_for_selector("#chk-channel", state="visible")
    shown = page.inner_text("#chk-channel")
    (finding,) = channel
    assert finding["message"] in shown
    assert finding["channel"]["phone"], "the engine names the passport center's phone"
    assert finding["channel"]["phone"] in shown
    # Shown before any error summary, and never promising a message to copy.
    submit_and_wait(page)
    assert page.inner_text("#chk-result").startswith("Tidak ada kesalahan, tetapi belum ada pesan")
    assert page.locator("#chk-message-content").is_hidden()
    assert page.locator("#chk-summary").is_hidden()


def test_copy_puts_the_exact_text_on_the_clipboard_and_download_gives_the_same(context_factory, site_url):
    context = context_factory(permissions=["clipboard-read", "clipboard-write"], accept_downloads=True)
    page = open_checklist(context.new_page(), site_url, "id")
    fill(page, FIXED)
    message = engine_report(FIXED, "id")["message"]
    wait_for_message(page, message["subject"])
    # The subject is whole before the last fields are typed; the body only after their check.
    wait_until(page, "body => document.getElementById('chk-body').value === body", message["body"])

    page.click("#chk-copy-subject")
    wait_until(page, "document.getElementById('chk-live').textContent === 'Disalin'")
    assert page.evaluate("navigator.clipboard.readText()") == message["subject"]
    page.click("#chk-copy-body")
    wait_until(page, "subject => navigator.clipboard.readText().then(text => text !== subject)", message["subject"])
    assert page.evaluate("navigator.clipboard.readText()") == message["body"]

    with page.expect_download() as download_info:
        page.click("#chk-download")
    download = download_info.value
    assert download.suggested_filename.endswith(".txt")
    text = Path(download.path()).read_text(encoding="utf-8")
    assert text == message["subject"] + "\n\n" + message["body"] + "\n"


def test_copy_falls_back_without_the_clipboard_api(context_factory, site_url):
    context = context_factory()
    context.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    page = open_checklist(context.new_page(), site_url, "en")
    fill(page, FIXED)
    wait_for_message(page, engine_report(FIXED, "en")["message"]["subject"])
    page.evaluate(
        "window.__copied = null; document.addEventListener('copy', e => "
        "{ window.__copied = document.getSelection().toString(); })"
    )
    page.click("#chk-copy-subject")
    wait_until(page, "text => document.getElementById('chk-live').textContent === text", COPIED["en"])
    assert page.evaluate("window.__copied") == page.input_value("#chk-subject")


def test_reload_keeps_the_draft_and_clear_removes_it(checklist_page):
    page = checklist_page
    fill(page, {**MESSY, "has_screenshots": True, "case_number": "41234567"})
    wait_saved(page, "41234567")  # the last field filled is in the stored draft
    page.reload()
    for name, value in MESSY.items():
        if name != "topic":
            assert page.input_value("#" + field_id(name)) == value
    assert page.is_checked("input[name=topic][value=lost_package]")
    assert page.is_checked("#chk-has-screenshots")
    assert page.input_value("#chk-case-number") == "41234567"

    wait_ready(page)
    page.fill("#chk-name", "Budi")  # an edit whose save is still pending when the reader clears
    page.click("#chk-clear")
    for name in TEXT_FIELDS + ["date", "sent_on"]:
        assert page.input_value("#" + field_id(name)) == ""
    assert page.evaluate("document.querySelector('input[name=topic]:checked')") is None
    assert not page.is_checked("#chk-has-screenshots")
    assert stored_keys(page) == []
    # Leaving the page at once saves any edit still pending: had clearing left one, it would
    # come back now.
    page.reload()
    assert page.input_value("#chk-name") == ""
    assert stored_keys(page) == []


def test_markup_typed_into_every_field_is_shown_as_text_and_never_runs(checklist_page):
    page = checklist_page
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>"\'><b>bold</b>'
    fields = {name: f"{payload} {name}" for name in TEXT_FIELDS}
    fill(page, {"topic": "lost_package", **fields})
    expected = engine_report({"topic": "lost_package", **fields}, "id")
    assert expected["message"] is not None, "the engine writes a message even for this draft"
    submit_and_wait(page)
    wait_for_message(page, expected["message"]["subject"])
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    assert page.locator("#chk img, #chk b, #chk script:not([type='application/json'])").count() == 0
    for name in TEXT_FIELDS:
        assert page.input_value("#" + field_id(name)) == f"{payload} {name}"
    # The message holds the reader's text as typed, never escaped or parsed: the engine's own.
    assert page.input_value("#chk-body") == expected["message"]["body"]
    assert f"{payload} tracking_number" in page.input_value("#chk-body")


def test_no_other_origin_ever_and_no_request_while_typing_and_checking(page, site_url):
    requests: list = []  # the page's, its workers' and the site's service worker's
    page.context.on("request", lambda request: requests.append(request))

    def by_page() -> list[str]:
        return [request.url for request in requests if request.service_worker is None]

    def by_service_worker() -> list[str]:
        return [request.url for request in requests if request.service_worker is not None]

    page.goto(site_url)
    # The service worker registers after the load and precaches the site: wait until it is
    # done and controls the page, so its downloads never mix with what comes later.
    wait_for_worker(page, lambda state: state["controlled"] and state["active"] == "activated")
    page.wait_for_load_state("networkidle")
    assert not [url for url in by_page() if "/assets/checklist/" in url or "pyodide" in url], (
        "guide pages must not load the checklist"
    )
    # The service worker may keep the checklist's small files for offline use, never Python.
    assert not [url for url in by_service_worker() if "pyodide" in url or url.endswith(".whl")]
    for lang in ("en", "id"):
        open_checklist(page, site_url, lang)
        page.wait_for_load_state("networkidle")
    foreign = [request.url for request in requests
               if not request.url.startswith(site_url) and not request.url.startswith(("data:", "blob:"))]
    assert foreign == []
    # The service worker has kept the runtime the checklist loaded: it has nothing left to fetch.
    wait_until(page, RUNTIME_CACHED)
    page.wait_for_load_state("networkidle")

    # The browser itself may fetch the tab's icon again at any time; that carries nothing of the
    # reader's and is not the page's doing.
    icon = urljoin(page.url, page.get_attribute("link[rel=icon]", "href"))
    requests.clear()
    fill(page, MESSY)
    submit_and_wait(page)
    fill(page, FIXED)
    submit_and_wait(page)
    wait_for_message(page, engine_report(FIXED, "id")["message"]["subject"])  # the last live check landed
    assert [request.url for request in requests if request.url != icon] == []


def test_keyboard_only_from_messy_draft_to_copied_message(context_factory, site_url):
    context = context_factory(permissions=["clipboard-read", "clipboard-write"], locale="en-US")
    page = open_checklist(context.new_page(), site_url, "en")
    keyboard = page.keyboard

    def active() -> str:
        return page.evaluate("document.activeElement.id")

    def tab_to(target: str) -> None:
        # Forward or backward, whichever way the target lies from the focused element.
        backward = page.evaluate(
            "id => Boolean(document.activeElement.compareDocumentPosition(document.getElementById(id))"
            " & Node.DOCUMENT_POSITION_PRECEDING)",
            target,
        )
        for _ in range(250):
            if active() == target:
                return
            keyboard.press("Shift+Tab" if backward else "Tab")
        pytest.fail(f"the keyboard never reached {target}")

    tab_to("chk-topic")
    keyboard.press("Space")  # the first topic: a lost package
    assert page.is_checked("#chk-topic")
    typed = {"topic": "lost_package"}
    for name in ["name", "email", "phone", "tracking_number", "address.street", "address.city",
                 "address.state", "address.zip", "date", "description"]:
        tab_to(field_id(name))
        # A date field takes its digits in the locale's order (en-US: month, day, year).
        keyboard.type("03022026" if name == "date" else MESSY[name])
        typed[name] = MESSY[name]
    assert page.input_value("#chk-date") == MESSY["date"]
    tab_to("chk-check")
    keyboard.press("Enter")
    page.wait_for_selector("#chk-summary", state="visible")
    assert active() == "chk-summary"

    errors = [f for f in engine_report(typed, "en")["findings"] if f["severity"] == "error"]
    assert [text for text, _ in summary_links(page)] == [f["message"] for f in errors]
    keyboard.press("Tab")  # the first link in the summary
    keyboard.press("Enter")
    assert active() == summary_links(page)[0][1]
    for finding in errors:
        tab_to(field_id(finding["field"]))
        keyboard.press("Control+A")
        keyboard.type(FIXED[finding["field"]])
    tab_to("chk-check")
    keyboard.press("Enter")
    page.wait_for_selector("#chk-summary", state="hidden")
    assert page.inner_text("#chk-result") == "No errors. Your message is ready to copy."

    page.wait_for_selector("#chk-message-content", state="visible")
    tab_to("chk-copy-subject")
    keyboard.press("Enter")
    wait_until(page, "document.getElementById('chk-live').textContent === 'Copied'")
    assert page.evaluate("navigator.clipboard.readText()") == page.input_value("#chk-subject")


@pytest.mark.parametrize("lang,scheme", [("id", "light"), ("en", "light"), ("id", "dark"), ("en", "dark")])
def test_axe_finds_no_violations(context_factory, site_url, axe_source, lang, scheme):
    # axe is injected as an inline script, which the site's Content-Security-Policy refuses.
    context = context_factory(color_scheme=scheme, bypass_csp=True)
    page = open_checklist(context.new_page(), site_url, lang)
    fill(page, {**MESSY, "case_number": "41234567", "sent_on": "2026-03-16"})
    submit_and_wait(page)  # errors, notes and the message are all on screen
    assert axe_violations(page, "html", axe_source) == []


def test_a_broken_runtime_shows_the_failure_and_keeps_the_typed_text(page, site_url):
    page.route(re.compile(r".*\.wasm$"), lambda route: route.abort())
    open_checklist(page, site_url, "id", ready=False)
    page.fill("#chk-name", "Budi Santoso")
    page.fill("#chk-description", "Paket saya belum tiba.")
    # At once (the failed download is reported), well before the page's 60 s stall timeout.
    page.wait_for_selector("#chk-failure", state="visible", timeout=40_000)
    assert page.get_attribute("[data-chk]", "data-state") == "failed"
    assert "tidak dapat dimuat" in page.inner_text("#chk-failure")
    assert page.input_value("#chk-name") == "Budi Santoso"
    assert page.input_value("#chk-description") == "Paket saya belum tiba."
    # The printable checklist from the Markdown is still on the page.
    assert page.locator("article .task-list-item, article li").count() > 0


def test_without_javascript_the_printable_checklist_remains(context_factory, site_url):
    page = context_factory(java_script_enabled=False).new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + CHECKLIST["id"])
    assert page.locator("[data-chk]").is_hidden()
    assert page.locator("article li").count() > 0
    assert "JavaScript" in page.inner_text("article")
    assert not [url for url in requests if "pyodide" in url]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_works_at_phone_width_without_sideways_scrolling(context_factory, site_url, lang):
    page = context_factory(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    open_checklist(page, site_url, lang)
    fill(page, MESSY)
    submit_and_wait(page)
    assert page.locator("#chk-summary").is_visible()
    overflowing = page.evaluate(
        """width => [...document.querySelectorAll('#chk, #chk *')]
              .filter(el => el.getClientRects().length && el.getBoundingClientRect().right > width + 0.5)
              .map(el => el.id || el.className)""",
        PHONE["width"],
    )
    assert overflowing == []
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_switching_language_keeps_the_draft_and_checks_in_the_new_language(checklist_page, site_url):
    page = checklist_page
    fill(page, MESSY)
    wait_saved(page, MESSY["description"])  # the last field filled
    # Material's language selector: follow its link to the English page.
    href = page.get_attribute(".md-select a[hreflang=en]", "href")
    page.goto(urljoin(page.url, href))
    page.wait_for_url("**/en/daftar-periksa/")
    wait_ready(page)
    assert page.input_value("#chk-name") == MESSY["name"]
    submit_and_wait(page)
    assert page.inner_text("#chk-summary-title") == HEADINGS["en"]
    errors = [f for f in engine_report(MESSY, "en")["findings"] if f["severity"] == "error"]
    assert [text for text, _ in summary_links(page)] == [f["message"] for f in errors]


def test_the_page_loads_the_wheel_from_its_own_versioned_url(page, site_url):
    wheels: list[str] = []
    page.on("request", lambda request: wheels.append(request.url) if request.url.endswith(".whl") else None)
    open_checklist(page, site_url, "en")
    # Only usps_inquiry's, from this site: the page unpacks it itself (no micropip).
    assert len(wheels) == 1, wheels
    assert re.search(r"/assets/checklist/[0-9a-f]{12}/usps_inquiry-[^/]+\.whl$", wheels[0])
    assert page.inner_text("#chk-engine") == expected_engine_line(page)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_loads_without_console_errors_under_the_sites_security_policy(page, site_url, lang):
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    open_checklist(page, site_url, lang)
    fill(page, MESSY)
    submit_and_wait(page)
    assert problems == []


def test_arriving_from_another_page_shows_progress_then_works(page, site_url):
    # Record every status the page shows while Python loads (before any page script runs).
    page.add_init_script(
        """window.__stages = [];
        new MutationObserver(() => {
          const text = document.getElementById('chk-status-text');
          if (text && window.__stages.at(-1) !== text.textContent) window.__stages.push(text.textContent);
        }).observe(document, {subtree: true, childList: true, characterData: true});"""
    )
    page.goto(site_url)
    page.click(f"a[href$='{CHECKLIST['id']}']")
    page.wait_for_url("**/" + CHECKLIST["id"])
    page.fill("#chk-name", "Budi")  # typing works before Python is ready
    wait_ready(page)
    stages = page.evaluate("window.__stages")
    for text in ("Mengunduh pemeriksa: ", "Menjalankan Python", "Memasang pemeriksa", "Pemeriksa siap"):
        assert any(stage.startswith(text) for stage in stages), stages
    assert page.input_value("#chk-name") == "Budi"
    fill(page, FIXED)
    submit_and_wait(page)
    assert page.locator("#chk-summary").is_hidden()


def test_character_count_follows_the_description_without_blocking_it(checklist_page):
    page = checklist_page
    assert page.inner_text("#chk-description-count") == "Anda masih punya 4.000 karakter"
    page.fill("#chk-description", "x" * 4010)
    assert page.input_value("#chk-description") == "x" * 4010  # never cut off
    assert page.inner_text("#chk-description-count") == "Anda kelebihan 10 karakter"
    assert "chk__count--over" in page.get_attribute("#chk-description-count", "class")


def test_without_webassembly_the_failure_shows_at_once(page, site_url):
    page.add_init_script("delete globalThis.WebAssembly")
    open_checklist(page, site_url, "en", ready=False)
    page.wait_for_selector("#chk-failure", state="visible", timeout=WAIT_MS)
    assert "does not support WebAssembly" in page.inner_text("#chk-failure")
    page.fill("#chk-name", "Budi")  # the form still takes the reader's text, and keeps it
    page.reload()
    assert page.input_value("#chk-name") == "Budi"
