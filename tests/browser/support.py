"""What the browser tests (and benchmarks/checklist_page.py) share: opening the checklist, waiting
on the page's own state, the drafts and the engine's answer for them, the service worker's and
the snapshot's state.

Waits are on what the page itself says: the checklist's ``checklist:state`` event (see
overrides/assets/checklist: "loading", "waiting", "ready", "failed"), its ``chk:first-answer``
performance mark, the stored draft, the caches. One polling helper, :func:`poll`, does every wait
that has no event to listen to.

Timeouts are a slow machine's, not this one's: the tests run beside other work (a second copy of
the suite, a build), where a step of a few milliseconds can take seconds. A wait for the checker
outlasts the page's own stall timeout, so the page's verdict ("ready" or "failed", with its
reason) ends it, never a timer of the test.
"""

from __future__ import annotations

import datetime
import json
import re
import time
from collections.abc import Callable
from typing import Any

CHECKLIST = {"id": "daftar-periksa/", "en": "en/daftar-periksa/"}
#: Pyodide is ready in about 3 s here when idle; the page fails by itself after 60 s without a
#: new byte or a new stage (its config's timeout_seconds), so this is only a backstop.
READY_TIMEOUT_MS = 180_000
#: Anything else the page does (an answer, a stored draft): milliseconds when idle.
WAIT_MS = 30_000
#: The service worker's install (it downloads the site) and storing the Python snapshot.
BACKGROUND_MS = 90_000

# A real reader's first attempt: a typo'd email, a wrong check digit, a short ZIP, a vague story.
MESSY = {
    "topic": "lost_package",
    "name": "Budi Santoso",
    "email": "budi.santoso@gmial",
    "phone": "+62 812-3456-7890",
    "tracking_number": "9400 1112 0620 6406 2607 88",
    "address.street": "1600 Pennsylvania Ave NW",
    "address.city": "Washington",
    "address.state": "DC",
    "address.zip": "2050",
    "date": "2026-03-02",
    "description": "MY PACKAGE NEVER CAME!!!",
}
FIXED = {
    **MESSY,
    "email": "budi.santoso@gmail.com",
    "tracking_number": "9400 1112 0620 6406 2607 87",
    "address.zip": "20500",
    "description": (
        "I mailed a package on March 2, 2026 from Jakarta to my sister in Washington, DC. "
        "Tracking last showed it at the Washington DC distribution center on March 9 and it has "
        "not moved since. Please look for the package and tell me where it is."
    ),
}
TEXT_FIELDS = [
    "name", "email", "phone", "tracking_number", "address.street", "address.city",
    "address.state", "address.zip", "description", "case_number",
]


# ---------------------------------------------------------------------------------------------
# Waiting
# ---------------------------------------------------------------------------------------------


def _navigating(error: Exception) -> bool:
    """A Playwright error that only means the page is loading anew (a service worker reloading it)."""
    return "context was destroyed" in str(error) or "navigat" in str(error)


def poll(page, probe: Callable[[], Any], until: Callable[[Any], Any] = bool, *,
         timeout_ms: int = WAIT_MS, what: str = "the page") -> Any:
    """Call ``probe`` until ``until(value)`` holds and return that value; a navigation on the way
    is waited out. The one polling loop of the browser tests.

    (Playwright's wait_for_function evaluates its predicate with eval(), which the site's
    Content-Security-Policy rightly refuses; page.evaluate goes through the debugger instead.)
    """
    from playwright.sync_api import Error as PlaywrightError

    deadline = time.monotonic() + timeout_ms / 1000
    value = None
    while True:
        try:
            value = probe()
        except PlaywrightError as error:
            if not _navigating(error):
                raise
        else:
            if until(value):
                return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_ms} ms waiting for {what} (last seen: {value!r})")
        page.wait_for_timeout(50)


def wait_until(page, expression: str, arg=None, timeout_ms: int = WAIT_MS):
    """Wait until a JavaScript expression (or function, sync or async) is truthy; return its value."""
    return poll(page, lambda: page.evaluate(expression, arg), timeout_ms=timeout_ms, what=expression)


#: Resolves with the checklist's state once it is one of ``wanted`` or "failed", listening to the
#: page's own "checklist:state" event (or at once, if it already is); null on a page without it.
_STATE = """([wanted, timeout]) => new Promise((resolve) => {
    const root = document.querySelector("[data-chk]");
    if (!root) { resolve(null); return; }
    const settled = (state) => wanted.includes(state) || state === "failed";
    if (settled(root.dataset.state)) { resolve(root.dataset.state); return; }
    const timer = setTimeout(() => resolve(root.dataset.state), timeout);
    root.addEventListener("checklist:state", function seen(event) {
        if (!settled(event.detail.state)) return;
        clearTimeout(timer);
        root.removeEventListener("checklist:state", seen);
        resolve(event.detail.state);
    });
})"""


def wait_for_state(page, *wanted: str, timeout_ms: int = READY_TIMEOUT_MS) -> str:
    """Wait for the checklist's ``checklist:state`` event to announce one of ``wanted`` (or
    "failed"); return the state it reached."""
    return poll(
        page,
        lambda: page.evaluate(_STATE, [list(wanted), timeout_ms]),
        lambda state: state in wanted or state == "failed",
        timeout_ms=timeout_ms,
        what=f"the checklist's state to be {' or '.join(wanted)}",
    )


def wait_ready(page, timeout_ms: int = READY_TIMEOUT_MS) -> None:
    """Wait until Python is ready and its first answer (the live check it runs at once) landed."""
    state = wait_for_state(page, "ready", timeout_ms=timeout_ms)
    if state != "ready":
        raise AssertionError(f"the checklist is {state}: {page.inner_text('#chk-failure')!r}")
    wait_until(page, "performance.getEntriesByName('chk:first-answer').length > 0", timeout_ms=timeout_ms)


def open_checklist(page, site_url: str, lang: str = "id", *, ready: bool = True):
    """Open the checklist page; wait until Python answers unless ``ready`` is False."""
    page.goto(site_url + CHECKLIST[lang])
    if ready:
        wait_ready(page)
    return page


# ---------------------------------------------------------------------------------------------
# The reader's draft and the engine's answer for it
# ---------------------------------------------------------------------------------------------


def field_id(field: str) -> str:
    return "chk-" + re.sub(r"[._]", "-", field)


def draft_of(fields: dict) -> dict:
    """The draft the page sends: the contract's keys, empty fields left out."""
    draft: dict = {}
    for name, value in fields.items():
        if name == "has_screenshots" or value == "":
            continue
        if name.startswith("address."):
            draft.setdefault("address", {})[name.split(".", 1)[1]] = value
        else:
            draft[name] = value
    draft["has_screenshots"] = bool(fields.get("has_screenshots"))
    return draft


def engine_report(fields: dict, lang: str) -> dict:
    """What the engine itself (usps_inquiry.check in CPython) answers for the same draft."""
    from usps_inquiry import check

    report = check(draft_of(fields), lang=lang, today=datetime.date.today())
    return json.loads(json.dumps(report.to_dict()))


def fill(page, fields: dict) -> None:
    for name, value in fields.items():
        if name == "topic":
            page.check(f"input[name=topic][value={value}]")
        elif name == "has_screenshots":
            page.set_checked("#chk-has-screenshots", value)
        else:
            page.fill("#" + field_id(name), value)


def submit_and_wait(page):
    """Press "check my draft" and wait for the engine's answer to be rendered."""
    page.evaluate("document.getElementById('chk-result').textContent = ''")
    page.click("#chk-check")
    wait_until(page, "document.getElementById('chk-result').textContent !== ''")


def summary_links(page) -> list[tuple[str, str]]:
    return page.eval_on_selector_all(
        "#chk-summary-list a", "links => links.map(a => [a.textContent, a.hash.slice(1)])"
    )


def wait_for_message(page, subject: str) -> None:
    wait_until(page, "subject => document.getElementById('chk-subject').value === subject", subject)


def stored_keys(page) -> list[str]:
    return page.evaluate("Object.keys(localStorage).filter((key) => key.startsWith('usps-checklist'))")


def wait_saved(page, value: str) -> None:
    """Wait until the stored draft holds ``value`` (the page saves a moment after each edit)."""
    wait_until(
        page,
        """value => Object.keys(localStorage).some((key) => key.startsWith('usps-checklist')
                    && localStorage.getItem(key).includes(JSON.stringify(value).slice(1, -1)))""",
        value,
    )


def axe_violations(page, selector: str, axe_source: str) -> list[tuple[str, str, str]]:
    """axe-core's violations inside `selector`: (rule, element, what to fix), one per element."""
    page.add_script_tag(content=axe_source)
    result = page.evaluate("selector => axe.run(selector, {resultTypes: ['violations']})", selector)
    return [
        (violation["id"], node["target"][0], node["failureSummary"].splitlines()[-1].strip())
        for violation in result["violations"]
        for node in violation["nodes"]
    ]


# ---------------------------------------------------------------------------------------------
# The service worker, its cache, and the checklist worker's snapshot
# ---------------------------------------------------------------------------------------------

#: True once the service worker's cache holds the runtime and both wheels (micropip, the checklist's).
RUNTIME_CACHED = """async () => {
    const paths = [];
    for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths.some((path) => path.endsWith(".wasm")) && paths.filter((path) => path.endsWith(".whl")).length === 2;
}"""


def service_worker_state(page) -> dict:
    """The page's view of the worker: whether it is controlled, the caches, a waiting version."""
    return page.evaluate(
        """async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return {
                controlled: Boolean(navigator.serviceWorker.controller),
                caches: await caches.keys(),
                active: registration && registration.active ? registration.active.state : null,
                waiting: registration && registration.waiting ? registration.waiting.state : null,
            };
        }"""
    )


def wait_for_worker(page, predicate, timeout_ms: int = BACKGROUND_MS) -> dict:
    """Wait until ``predicate(service_worker_state(page))`` holds; return the state."""
    return poll(page, lambda: service_worker_state(page), predicate, timeout_ms=timeout_ms,
                what="the service worker's state")


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


def wait_for_snapshot(page, wheel_part: str = "", timeout_ms: int = BACKGROUND_MS) -> dict:
    """Wait until a usable snapshot is stored (for a wheel whose URL contains ``wheel_part``)."""
    return poll(
        page, lambda: snapshot_record(page),
        lambda record: record and record["bytes"] and wheel_part in record["key"],
        timeout_ms=timeout_ms, what="a stored snapshot",
    )


def start_kind(page) -> str | None:
    """How the checklist's Python started: "snapshot" or "cold"."""
    return page.get_attribute("[data-chk]", "data-start")


def expected_engine_line(page, version: str | None = None) -> str:
    """The "checked by usps-inquiry X" line the page should show: its own wording (the page's
    config) with ``version``, by default the version of the package these tests import."""
    import usps_inquiry

    template = page.evaluate("JSON.parse(document.getElementById('chk-config').textContent).text.engine")
    assert "{version}" in template
    return template.replace("{version}", version or usps_inquiry.__version__)
