"""Every page renders in headless Chromium, phone and desktop, cleanly and only from its own origin."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.support import DESKTOP, PHONE

from .pages import LANGS, answer_as_missing, slugs, url_path

pytestmark = pytest.mark.browser

OWN_SCHEMES = ("data", "blob", "about")


def _visit(browser, url: str, viewport: dict) -> tuple[list[str], list[str], object]:
    """Load a page; return its console errors, requests to other origins, and the open page."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    errors: list[str] = []
    foreign: list[str] = []
    origin = urlsplit(url).netloc
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    def note_request(request):
        parts = urlsplit(request.url)
        if parts.scheme not in OWN_SCHEMES and parts.netloc != origin:
            foreign.append(request.url)

    context.on("request", note_request)
    response = page.goto(url, wait_until="networkidle")
    assert response is not None and response.ok, url
    return errors, foreign, page


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", slugs())
def test_page_renders_cleanly(browser, site_url, slug, lang, viewport):
    errors, foreign, page = _visit(browser, site_url + url_path(slug, lang), viewport)
    try:
        assert page.locator("h1").first.is_visible()
        assert page.evaluate("document.documentElement.lang") == lang
        # Nothing wider than the screen: a phone reader never scrolls sideways.
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{overflow}px wider than the viewport"
        assert errors == []
        assert foreign == []
    finally:
        page.context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_code_examples_wrap_on_a_phone(browser, site_url, lang):
    # The example sentences (Tips, Steps, After sending) ran past the edge of a 375px screen,
    # their end reachable only by scrolling the block sideways.
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    try:
        blocks = {}
        for slug in slugs():
            page.goto(site_url + url_path(slug, lang))
            blocks[slug] = page.evaluate(
                "[...document.querySelectorAll('.md-content pre > code')].map((c) => c.scrollWidth - c.clientWidth)"
            )
        assert all(blocks[slug] for slug in ("tips", "langkah", "setelah-mengirim")), "the pages with examples"
        assert {slug: widths for slug, widths in blocks.items() if any(w > 0 for w in widths)} == {}
    finally:
        context.close()


@pytest.mark.parametrize(
    ("path", "lang", "heading", "title", "other", "other_home"),
    [
        ("no-such-page/", "id", "Halaman tidak ditemukan", "Halaman tidak ditemukan · Panduan Email USPS", "en", "/en/"),
        ("en/no-such-page/", "en", "Page not found", "Page not found · USPS Email Guide", "id", "/"),
    ],
    ids=["id", "en"],
)
def test_404_page_speaks_the_language_of_the_address(browser, built_site, site_url, path, lang, heading, title, other, other_home):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    try:
        answer_as_missing(page, built_site, site_url + path)
        response = page.goto(site_url + path)
        assert response is not None and response.status == 404
        page.wait_for_function(f"document.documentElement.lang === {lang!r}")
        assert page.locator("h1:visible").all_inner_texts() == [heading]
        assert page.title() == title
        # The language menu leads to the other language's home page, not to some page.
        page.locator(".md-header__option .md-select").hover()
        page.locator(f".md-select__link[hreflang={other}]").click()
        page.wait_for_load_state()
        assert urlsplit(page.url).path == other_home
        assert page.evaluate("document.documentElement.lang") == other
    finally:
        context.close()


def test_404_page_without_javascript_shows_both_languages(browser, built_site, site_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    try:
        answer_as_missing(page, built_site, site_url + "en/no-such-page/")
        page.goto(site_url + "en/no-such-page/")
        assert page.locator("h1:visible").all_inner_texts() == ["Halaman tidak ditemukan", "Page not found"]
        assert page.locator("[lang=en] h1").is_visible()
        page.get_by_role("link", name="Go to the guide's home page").click()
        assert urlsplit(page.url).path == "/en/"
    finally:
        context.close()


@pytest.mark.parametrize(("lang", "other"), [("id", "en"), ("en", "id")])
@pytest.mark.parametrize("slug", slugs())
def test_language_selector_leads_to_the_same_page(browser, site_url, slug, lang, other):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    try:
        page.goto(site_url + url_path(slug, lang))
        page.locator(".md-header__option .md-select").hover()
        page.locator(f".md-select__link[hreflang={other}]").click()
        page.wait_for_load_state()
        assert urlsplit(page.url).path == "/" + url_path(slug, other)
        assert page.evaluate("document.documentElement.lang") == other
    finally:
        context.close()
