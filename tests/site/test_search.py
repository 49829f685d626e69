"""Search works in both languages and finds the page that answers the reader's word."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

pytestmark = pytest.mark.browser


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
    search = page.locator(".md-search__input")
    # Material drops a query typed before its search worker is ready, and ignores the same
    # text typed again: clear the box, then type the query key by key, as a reader would.
    for _ in range(10):
        search.fill("")
        page.wait_for_timeout(300)
        search.press_sequentially(query, delay=30)
        try:
            results.first.wait_for(timeout=2000)
            break
        except PlaywrightTimeout:
            continue
    paths = {urlsplit(href).path for href in results.evaluate_all("links => links.map(a => a.href)")}
    assert expected in paths
