"""Fixtures for the checklist page's browser tests (the shared ones are in tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import DESKTOP, ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHECKLIST = {"id": "daftar-periksa/", "en": "en/daftar-periksa/"}
#: Pyodide is ready in about 3 s here; the page's own failure timeout is 20 s.
READY_TIMEOUT_MS = 30_000


def open_checklist(page, site_url: str, lang: str = "id", *, ready: bool = True):
    """Open the checklist page; wait until Python answers unless ``ready`` is False."""
    page.goto(site_url + CHECKLIST[lang])
    if ready:
        wait_ready(page)
    return page


def wait_ready(page) -> None:
    page.wait_for_selector("[data-chk][data-state=ready]", state="attached", timeout=READY_TIMEOUT_MS)
    # The first (live) check runs as soon as Python is ready; let it land.
    page.wait_for_timeout(100)


def wait_until(page, expression: str, arg=None, timeout_ms: int = 10_000):
    """Poll a JavaScript expression until it is truthy and return its value.

    Playwright's wait_for_function evaluates its predicate with eval(), which the site's
    Content-Security-Policy (rightly) refuses; page.evaluate goes through the debugger instead.
    """
    import time

    from playwright.sync_api import Error as PlaywrightError

    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        try:
            value = page.evaluate(expression, arg)
        except PlaywrightError as error:
            # The page may be navigating (a service worker reloading it): ask again once it has.
            if "context was destroyed" not in str(error) and "navigat" not in str(error):
                raise
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_ms} ms waiting for: {expression}")
        page.wait_for_timeout(50)


def stored_keys(page) -> list[str]:
    return page.evaluate("Object.keys(localStorage).filter((key) => key.startsWith('usps-checklist'))")


@pytest.fixture
def context_factory(browser):
    """Make browser contexts that are all closed after the test."""
    contexts = []

    def make(**options):
        options.setdefault("viewport", DESKTOP)
        context = browser.new_context(**options)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail("node_modules/axe-core is missing: run scripts/setup", pytrace=False)
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def checklist_page(page, site_url):
    """The Indonesian checklist page with Python ready."""
    return open_checklist(page, site_url, "id")




#: The checklist worker's IndexedDB record of its Python memory snapshot (worker.js: "Warm start").
SNAPSHOT_RECORD = """async () => {
    const names = (await indexedDB.databases()).map((db) => db.name);
    if (!names.includes("usps-checklist")) return null;  // never open it here: that would create it
    return await new Promise((resolve) => {
        const request = indexedDB.open("usps-checklist");
        request.onerror = () => resolve(null);
        request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains("python")) { db.close(); resolve(null); return; }
            const get = db.transaction("python").objectStore("python").get("snapshot");
            get.onsuccess = () => {
                db.close();
                const record = get.result;
                resolve(record ? {key: record.key, bytes: record.snapshot ? record.snapshot.byteLength : null} : null);
            };
            get.onerror = () => { db.close(); resolve(null); };
        };
    });
}"""


def snapshot_record(page) -> dict | None:
    """{key, bytes} of the stored snapshot (bytes None: marked as not to be used), or None."""
    return page.evaluate(SNAPSHOT_RECORD)


def wait_for_snapshot(page, wheel_part: str = "", timeout_ms: int = 20_000) -> dict:
    """Wait until a usable snapshot is stored (for a wheel whose URL contains ``wheel_part``)."""
    import time

    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        record = snapshot_record(page)
        if record and record["bytes"] and wheel_part in record["key"]:
            return record
        if time.monotonic() > deadline:
            raise AssertionError(f"no snapshot stored: {record}")
        page.wait_for_timeout(100)


def start_kind(page) -> str | None:
    """How the checklist's Python started: "snapshot" or "cold"."""
    return page.get_attribute("[data-chk]", "data-start")
