"""Phones on metered data (issue 11): when the browser asks to save data, the checklist page
downloads no runtime until the reader asks for it, says how much it will download, and the
form and the printable checklist work meanwhile."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from tests.browser.support import FIXED, engine_report, fill, open_checklist, submit_and_wait, wait_ready, wait_saved, wait_until

pytestmark = pytest.mark.browser

#: Chromium's navigator.connection as a phone with the data saver on reports it.
SAVE_DATA = """Object.defineProperty(navigator, "connection", {
  configurable: true,
  value: Object.assign(new EventTarget(), {saveData: true, effectiveType: "3g", downlink: 1.2, rtt: 300}),
});"""
OFFER = {
    "id": re.compile(r"^Peramban Anda meminta penghematan data.* sekitar (\d+,\d) MB, sekali saja\."),
    "en": re.compile(r"^Your browser asks to save data.* about (\d+\.\d) MB, once only\."),
}
BUTTON = {"id": "Unduh pemeriksa ({} MB)", "en": "Download the checker ({} MB)"}
RUNTIME = re.compile(r"/assets/pyodide/|\.whl$")


def runtime_requests(requests: list[str]) -> list[str]:
    return [url for url in requests if RUNTIME.search(url)]


@pytest.fixture
def saving_page(context_factory):
    context = context_factory()
    context.add_init_script(SAVE_DATA)
    page = context.new_page()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page.requests = requests
    return page


@pytest.mark.parametrize("lang", ["id", "en"])
def test_nothing_is_downloaded_until_the_reader_asks_and_the_size_is_shown(saving_page, site_url, built_site, lang):
    page = saving_page
    open_checklist(page, site_url, lang, ready=False)
    page.wait_for_selector("#chk-save-data", state="visible")
    assert page.get_attribute("[data-chk]", "data-state") == "waiting"
    offer = page.inner_text("#chk-save-data-text")
    size = OFFER[lang].match(offer)
    assert size, offer
    # The size is what a first visit downloads: the runtime (with its lock file, which lists no
    # package) and the engine's wheel; below, these are exactly the files the page then fetches.
    files = [p for p in (built_site / "assets" / "pyodide").rglob("*") if p.is_file()]
    files += list((built_site / "assets" / "checklist").rglob("*.whl"))
    assert float(size.group(1).replace(",", ".")) == round(sum(p.stat().st_size for p in files) / 1e6, 1)
    button = page.locator("#chk-load")
    assert button.inner_text() == BUTTON[lang].format(size.group(1))
    assert button.evaluate("b => b.tagName === 'BUTTON' && b.type === 'button'")

    # The form works (and keeps what is typed) with no runtime at all.
    page.fill("#chk-name", "Budi Santoso")
    wait_saved(page, "Budi Santoso")  # the edit was handled and kept, and still nothing was fetched
    assert runtime_requests(page.requests) == []
    assert page.locator("#chk-status").is_hidden()

    button.focus()
    page.keyboard.press("Enter")  # reachable and pressable from the keyboard
    wait_ready(page)
    fetched = {urlsplit(url).path for url in runtime_requests(page.requests)}
    assert fetched == {"/" + p.relative_to(built_site).as_posix() for p in files}, "offered is fetched"
    assert page.locator("#chk-save-data").is_hidden()
    fill(page, FIXED)
    submit_and_wait(page)
    assert page.input_value("#chk-subject") == engine_report(FIXED, lang)["message"]["subject"]


def test_pressing_check_is_asking_for_the_download(saving_page, site_url):
    page = saving_page
    open_checklist(page, site_url, "en", ready=False)
    page.wait_for_selector("#chk-save-data", state="visible")
    fill(page, FIXED)
    page.click("#chk-check")
    assert page.inner_text("#chk-result").startswith("The checker is still loading")
    wait_ready(page)
    wait_until(page, "document.getElementById('chk-result').textContent.startsWith('No errors')")
    assert page.input_value("#chk-body") == engine_report(FIXED, "en")["message"]["body"]


def test_without_save_data_the_checker_loads_at_once(page, site_url):
    open_checklist(page, site_url, "en")
    assert page.locator("#chk-save-data").is_hidden()
