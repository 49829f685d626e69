"""Search works in both languages and finds the page that answers the reader's word."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.browser.support import wait_until

pytestmark = pytest.mark.browser

#: What Material's search shows until its worker has loaded the index (its own "ready" state).
INITIALIZING = ["Mempersiapkan pencarian", "Initializing search"]


@pytest.mark.parametrize(
    ("start", "query", "expected"),
    [
        ("", "paspor", "/kapan-tidak-email/"),
        ("en/", "passport", "/en/kapan-tidak-email/"),
        ("", "nomor kasus", "/setelah-mengirim/"),
        ("en/", "case number", "/en/setelah-mengirim/"),
    ],
)
def test_search_finds_the_page(page, site_url, start, query, expected):
    page.goto(site_url + start)
    results = page.locator(".md-search-result__item > a")
    # Material drops a query typed before its search worker is ready: wait until it says it is.
    wait_until(
        page,
        "initializing => !initializing.includes(document.querySelector('.md-search-result__meta').textContent.trim())",
        INITIALIZING,
    )
    page.locator(".md-search__input").press_sequentially(query, delay=30)
    results.first.wait_for(timeout=5000)
    paths = {urlsplit(href).path for href in results.evaluate_all("links => links.map(a => a.href)")}
    assert expected in paths
