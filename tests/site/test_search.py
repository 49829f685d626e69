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
    # Material ignores a query typed before its search worker has loaded the index: type again
    # until results show, as a reader would.
    for _ in range(15):
        page.locator(".md-search__input").fill(query)
        try:
            results.first.wait_for(timeout=2000)
            break
        except PlaywrightTimeout:
            page.locator(".md-search__input").fill("")
    paths = {urlsplit(href).path for href in results.evaluate_all("links => links.map(a => a.href)")}
    assert expected in paths
