"""Warm start (issue 5): a returning reader's checklist restores a memory snapshot of Python
instead of starting it again, answers exactly as a cold start does, and falls back to a cold
start whenever the snapshot cannot be used."""

from __future__ import annotations

import pytest

from tests.browser.support import (
    FIXED,
    MESSY,
    engine_report,
    expected_engine_line,
    fill,
    open_checklist,
    poll,
    snapshot_record,
    start_kind,
    submit_and_wait,
    summary_links,
    wait_for_message,
    wait_for_snapshot,
)

pytestmark = pytest.mark.browser


def console_errors(page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def test_a_returning_reader_starts_from_the_snapshot_and_gets_the_same_answers(page, site_url):
    errors = console_errors(page)
    open_checklist(page, site_url, "en")
    assert start_kind(page) == "cold"
    record = wait_for_snapshot(page)
    # Keyed by this build's runtime and wheel; Python started with the engine's modules imported
    # (a warm start skips the import), and no draft inside.
    wheel = page.evaluate("JSON.parse(document.getElementById('chk-config').textContent).wheel").rsplit("/", 1)[-1]
    assert "/assets/pyodide/" in record["key"] and wheel in record["key"]
    assert record["bytes"] > 1_000_000
    assert snapshot_record(page, "usps_inquiry.checker")["holds"], "the engine is imported in the snapshot"
    assert not snapshot_record(page, "not a module of anyone's")["holds"]

    open_checklist(page, site_url, "en")
    assert start_kind(page) == "snapshot"
    fill(page, MESSY)
    submit_and_wait(page)
    errors_expected = [f["message"] for f in engine_report(MESSY, "en")["findings"] if f["severity"] == "error"]
    assert [text for text, _ in summary_links(page)] == errors_expected
    fill(page, FIXED)
    submit_and_wait(page)
    wait_for_message(page, engine_report(FIXED, "en")["message"]["subject"])
    assert page.locator("#chk-summary").is_hidden()
    assert page.inner_text("#chk-engine") == expected_engine_line(page)
    assert errors == []


def test_a_broken_snapshot_falls_back_to_a_cold_start_and_is_not_tried_again(page, site_url):
    open_checklist(page, site_url, "id")
    record = wait_for_snapshot(page)
    # Damage the stored snapshot, keeping its key, as a disk error or a bug would.
    page.evaluate(
        """(key) => new Promise((resolve, reject) => {
            const request = indexedDB.open("usps-checklist");
            request.onsuccess = () => {
                const db = request.result;
                const transaction = db.transaction("python", "readwrite");
                transaction.objectStore("python").put({key, snapshot: new Uint8Array(4096).fill(7).buffer}, "snapshot");
                transaction.oncomplete = () => { db.close(); resolve(); };
                transaction.onerror = () => reject(transaction.error);
            };
        })""",
        record["key"],
    )
    open_checklist(page, site_url, "id")
    assert start_kind(page) == "cold"
    fill(page, FIXED)
    submit_and_wait(page)
    wait_for_message(page, engine_report(FIXED, "id")["message"]["subject"])
    # The worker marks the snapshot as not to be used (the same key, no bytes) and stores no other.
    marked = {"key": record["key"], "bytes": None, "holds": False}
    poll(page, lambda: snapshot_record(page), lambda seen: seen == marked, what="the snapshot marked unusable")
    open_checklist(page, site_url, "id")
    assert start_kind(page) == "cold"
