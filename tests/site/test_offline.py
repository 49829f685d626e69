"""Offline (issue 5): after one visit the whole site works with the network off, and guide pages
never download the checklist's Python runtime.

Each test gets its own server (its own origin, so its own service worker) that records every
path the browser asks for, the service worker's downloads included.
"""

from __future__ import annotations

import pytest

from tests.browser.support import (
    FIXED,
    RUNTIME_CACHED,
    engine_report,
    expected_engine_line,
    fill,
    open_checklist,
    poll,
    submit_and_wait,
    wait_for_message,
    wait_for_worker,
    wait_until,
)

from .pages import LANGS, slugs, url_path

pytestmark = pytest.mark.browser

RUNTIME = ("/assets/pyodide/", ".whl")
GUIDE_PAGES = [url_path(slug, lang) for lang in LANGS for slug in slugs() if slug != "daftar-periksa"]


def is_runtime(path: str) -> bool:
    return path.startswith(RUNTIME[0]) or path.endswith(RUNTIME[1])


def cached_paths(page) -> list[str]:
    return page.evaluate(
        """async () => {
            const [name] = await caches.keys();
            const requests = await (await caches.open(name)).keys();
            return requests.map((request) => new URL(request.url).pathname);
        }"""
    )


def first_visit(page, url: str) -> None:
    page.goto(url)
    wait_for_worker(page, lambda state: state["controlled"] and state["active"] == "activated")


def test_after_one_visit_every_page_and_the_checklist_work_offline(context, server):
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(f"{page.url}: {message.text}"))
    first_visit(page, server.url)
    open_checklist(page, server.url, "id")
    # The runtime and the wheel the checklist loaded went through the worker into its cache.
    wait_until(page, RUNTIME_CACHED)

    context.set_offline(True)
    for slug in slugs():
        for lang in LANGS:
            response = page.goto(server.url + url_path(slug, lang))
            assert response is not None and response.status == 200, (slug, lang)
            assert response.from_service_worker
            assert page.locator("h1").first.is_visible()
            assert page.evaluate("document.documentElement.lang") == lang
    assert errors == []

    for lang in LANGS:
        open_checklist(page, server.url, lang)
        fill(page, FIXED)
        submit_and_wait(page)
        wait_for_message(page, engine_report(FIXED, lang)["message"]["subject"])
        assert page.locator("#chk-summary").is_hidden()
    assert errors == []


def test_offline_an_address_the_site_does_not_have_gets_the_404_page_in_its_language(context, server):
    page = context.new_page()
    first_visit(page, server.url)
    context.set_offline(True)
    response = page.goto(server.url + "en/no-such-page/")
    assert response is not None and response.status == 404
    page.wait_for_function("document.documentElement.lang === 'en'")
    assert page.locator("h1:visible").all_inner_texts() == ["Page not found"]
    # An address without its trailing slash still finds the page.
    response = page.goto(server.url + "en/tips")
    assert response is not None and response.status == 200
    assert page.url == server.url + "en/tips/"


def test_guide_pages_never_download_the_runtime_before_or_after_the_worker_installs(context, server):
    page = context.new_page()
    first_visit(page, server.url)
    for path in GUIDE_PAGES:
        page.goto(server.url + path, wait_until="networkidle")
    page.goto(server.url, wait_until="networkidle")
    asked = server.forget()
    assert not [path for path in asked if is_runtime(path)]
    # The worker precached the pages; it fetched nothing of the runtime on its own either.
    assert not [path for path in cached_paths(page) if is_runtime(path)]
    assert "/en/tips/" in cached_paths(page)
    # Opening the checklist is what brings the runtime.
    open_checklist(page, server.url, "en")
    assert [path for path in server.forget() if path.endswith(".wasm")]


def test_a_first_visit_straight_to_the_checklist_keeps_its_runtime_for_offline(context, server):
    page = context.new_page()
    open_checklist(page, server.url, "en")
    wait_for_worker(page, lambda state: state["controlled"])
    # The page loaded the runtime before the worker ran; the worker keeps it once asked.
    wait_until(page, RUNTIME_CACHED)
    twice = {path: n for path, n in server.downloads().items() if n > 1}
    assert twice == {}, f"downloaded more than once: {twice}"
    server.forget()
    context.set_offline(True)
    open_checklist(page, server.url, "id")
    assert page.inner_text("#chk-engine") == expected_engine_line(page)


def test_a_first_visit_to_the_checklist_downloads_each_file_once(context, server):
    """The worker keeps what the page loaded without downloading it again (the 13 MB runtime)."""
    page = context.new_page()
    open_checklist(page, server.url, "id")
    wait_for_worker(page, lambda state: state["controlled"] and state["active"] == "activated")
    wait_until(page, RUNTIME_CACHED)
    # Anything still on its way is counted before the downloads are.
    poll(page, lambda: server.open_requests, lambda n: n == 0, what="the server to answer every request")
    downloads = server.downloads()
    runtime = [path for path in downloads if path.endswith(".wasm")]
    assert runtime, downloads
    assert {path: downloads[path] for path in runtime} == {runtime[0]: 1}
    twice = {path: n for path, n in downloads.items() if n > 1}
    assert twice == {}, f"downloaded more than once: {twice}"
