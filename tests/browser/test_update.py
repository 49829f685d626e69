"""Updates (issue 5): after a rebuild with a changed wheel, published at the same address, a
returning reader gets the new version at the next page load, never a mix of the two, and the
old cache is deleted.

Build B is a copy of the project whose checklist package says version 0.1.1 (a new wheel, new
HTML pointing at it, a worker that reports the new version); the server switches from build A
(the session's site) to B as a host does on publishing.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.browser.support import (
    BACKGROUND_MS,
    CHECKLIST,
    expected_engine_line,
    open_checklist,
    service_worker_state,
    start_kind,
    wait_for_snapshot,
    wait_for_state,
    wait_for_worker,
    wait_until,
)
from tests.support import build_site, copy_project

pytestmark = pytest.mark.browser

OLD, NEW = "0.1.0", "0.1.1"


@pytest.fixture(scope="module")
def new_build(tmp_path_factory) -> Path:
    """The site built from a copy of the project with the checklist package at version 0.1.1."""
    copy = copy_project(tmp_path_factory.mktemp("update") / "project")
    for name in ("checklist/pyproject.toml", "checklist/src/usps_inquiry/__init__.py"):
        path = copy / name
        text = path.read_text(encoding="utf-8")
        assert f'"{OLD}"' in text, name
        path.write_text(text.replace(f'"{OLD}"', f'"{NEW}"', 1), encoding="utf-8")
    site = copy / "site"
    result = build_site(site, cwd=copy)
    assert result.returncode == 0, result.stderr
    return site


def build_version(site: Path) -> str:
    return re.search(r'"version": "([0-9a-f]{16})"', (site / "sw.js").read_text(encoding="utf-8")).group(1)


def wheel_of(site: Path, lang: str = "id") -> str:
    html = (site / CHECKLIST[lang] / "index.html").read_text(encoding="utf-8")
    return re.search(r'assets/checklist/[0-9a-f]{12}/usps_inquiry-[^"]+\.whl', html).group(0)


def record_bodies(page) -> list:
    """Every same-origin response the page and its worker get, with its body, as they arrive."""
    seen: list = []
    page.on("response", lambda response: seen.append(response))
    return seen


def assert_all_from(site: Path, responses: list, origin: str) -> None:
    """Each response is byte for byte the file of ``site`` at that address: no mix."""
    checked = 0
    for response in responses:
        parts = urlsplit(response.url)
        if f"{parts.scheme}://{parts.netloc}/" != origin or response.status != 200:
            continue
        path = parts.path.lstrip("/")
        file = site / (path + "index.html" if path == "" or path.endswith("/") else path)
        assert file.is_file(), response.url
        try:
            body = response.body()
        except PlaywrightError:
            continue  # cut off by the next navigation: never reached the page whole
        assert hashlib.sha256(body).digest() == hashlib.sha256(file.read_bytes()).digest(), response.url
        checked += 1
    assert checked > 5


def test_a_returning_reader_gets_the_new_build_at_the_next_load_never_a_mix(context, server, built_site, new_build):
    assert wheel_of(built_site) != wheel_of(new_build)
    page = context.new_page()
    page.goto(server.url)
    wait_for_worker(page, lambda state: state["controlled"] and state["active"] == "activated")
    open_checklist(page, server.url, "id")
    assert page.inner_text("#chk-engine") == expected_engine_line(page, OLD)
    wait_for_snapshot(page, wheel_of(built_site))

    server.publish(new_build)
    server.forget()
    # The returning visit: the old build, whole (its Python from its snapshot); the new one
    # installs meanwhile.
    responses = record_bodies(page)
    open_checklist(page, server.url, "id")
    assert page.inner_text("#chk-engine") == expected_engine_line(page, OLD)
    assert start_kind(page) == "snapshot"
    assert_all_from(built_site, responses, server.url)
    state = wait_for_worker(page, lambda state: state["waiting"] == "installed")
    assert state["caches"] == [f"usps-guide-{build_version(built_site)}", f"usps-guide-{build_version(new_build)}"]
    # The reader had opened the checklist: the new wheel came in the background, the unchanged
    # runtime was copied from the old cache, not downloaded again.
    asked = server.forget()
    assert "/" + wheel_of(new_build) in asked
    assert not [path for path in asked if path.startswith("/assets/pyodide/")], asked

    # The next load: all of the new build.
    responses.clear()
    page.reload()
    assert wait_for_state(page, "ready") == "ready"
    assert page.inner_text("#chk-engine") == expected_engine_line(page, NEW)
    assert wheel_of(new_build) in page.content()
    assert_all_from(new_build, responses, server.url)
    # Never the old build's snapshot: the new build starts cold and stores its own.
    assert start_kind(page) == "cold"
    wait_for_snapshot(page, wheel_of(new_build))
    state = wait_for_worker(page, lambda state: state["waiting"] is None and state["active"] == "activated")
    assert state["caches"] == [f"usps-guide-{build_version(new_build)}"]
    assert state["controlled"]

    # And it works offline as the new version, from the new snapshot.
    context.set_offline(True)
    open_checklist(page, server.url, "en")
    assert page.inner_text("#chk-engine") == expected_engine_line(page, NEW)
    assert start_kind(page) == "snapshot"


def test_an_update_never_brings_the_runtime_to_a_reader_who_never_opened_the_checklist(context, server, new_build):
    page = context.new_page()
    page.goto(server.url)
    wait_for_worker(page, lambda state: state["controlled"] and state["active"] == "activated")
    server.publish(new_build)
    page.goto(server.url + "en/tips/")
    wait_for_worker(page, lambda state: state["waiting"] == "installed")
    page.goto(server.url + "en/langkah/")
    state = wait_for_worker(page, lambda state: state["waiting"] is None and len(state["caches"]) == 1)
    assert state["caches"] == [f"usps-guide-{build_version(new_build)}"]
    asked = server.forget()
    assert not [path for path in asked if path.startswith("/assets/pyodide/") or path.endswith(".whl")], asked


def test_with_another_page_of_the_site_open_the_new_build_waits(context, server, built_site, new_build):
    reading = context.new_page()
    reading.goto(server.url + "tips/")
    wait_for_worker(reading, lambda state: state["controlled"] and state["active"] == "activated")
    server.publish(new_build)
    page = context.new_page()
    page.goto(server.url)
    wait_for_worker(page, lambda state: state["waiting"] == "installed")
    responses = record_bodies(page)
    page.goto(server.url + CHECKLIST["en"])
    assert_all_from(built_site, responses, server.url)
    assert service_worker_state(page)["waiting"] == "installed"
    # Once the other page is closed, the next load is the new build.
    reading.close()
    responses.clear()
    page.reload()
    assert_all_from(new_build, responses, server.url)


def test_off_switch_removes_the_worker_and_its_caches(context, server, built_site, tmp_path):
    from site_tools.service_worker import write_service_worker

    page = context.new_page()
    page.goto(server.url)
    wait_for_worker(page, lambda state: state["controlled"] and state["active"] == "activated")
    open_checklist(page, server.url, "en")
    wait_for_snapshot(page)
    off = tmp_path / "site"
    shutil.copytree(built_site, off)
    write_service_worker(off, enabled=False)
    server.publish(off)
    page.goto(server.url + "tips/")
    wait_until(page, "navigator.serviceWorker.getRegistration().then((r) => !r)", timeout_ms=BACKGROUND_MS)
    wait_until(page, "caches.keys().then((keys) => keys.length === 0)")
    wait_until(page, "indexedDB.databases().then((dbs) => dbs.length === 0)")
