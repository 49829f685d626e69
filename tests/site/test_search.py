"""Search (Pagefind, hooks/search.py): one index per language, stemmed, of the articles only; it
finds the page that answers the reader's words in their own language, by keyboard too, offline
after one visit, under the pages' Content-Security-Policy, and under `mkdocs serve`."""

from __future__ import annotations

import gzip
import json
import re
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from site_tools.checklist_build import CHECKER_ANCHOR
from site_tools.search import KEEP, kept
from tests.browser.support import wait_for_worker
from tests.support import DESKTOP, PHONE, ROOT, mkdocs_serve

from .pages import LANGS, built_html, slugs, url_path

MATERIAL = Path(__import__("material").__file__).parent / "templates"
BUNDLE = "pagefind"
#: Reader's words and the page that answers them. "kerusakan" is on no page: the pages say
#: "rusak", which only a stemmer matches.
INDONESIAN = [
    ("kerusakan", "/yang-ditangani/"),
    ("melacak", "/internasional/"),
    ("membalas", "/setelah-mengirim/"),
    ("resi", "/daftar-periksa/"),
    ("klaim asuransi", "/yang-ditangani/"),
    ("bea cukai", "/internasional/"),
    ("paket hilang", "/yang-ditangani/"),
]
ENGLISH = [
    ("damaged", "/en/yang-ditangani/"),
    ("tracking", "/en/internasional/"),
    ("reply", "/en/setelah-mengirim/"),
    ("customs", "/en/internasional/"),
    ("lost package", "/en/yang-ditangani/"),
]


def fragments(site: Path) -> list[dict]:
    """Every page Pagefind indexed, as it stored it (gzip: a signature, then JSON)."""
    result = []
    for path in sorted((site / BUNDLE / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        result.append(json.loads(data[data.index(b"{") :]))
    return result


def text_of(html: str, pattern: str) -> str:
    """The text a reader sees in the first match of ``pattern`` (heading permalinks left out)."""
    match = re.search(pattern, html, re.S)
    assert match, pattern
    inner = re.sub(r'<a class="headerlink".*?</a>', "", match.group(1), flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", "", inner)).split())


# --- The index, as built -----------------------------------------------------------------------


def test_one_index_per_language_holding_every_guide_page(built_site: Path):
    entry = json.loads((built_site / BUNDLE / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert {lang: info["page_count"] for lang, info in entry["languages"].items()} == {lang: len(slugs()) for lang in LANGS}
    pages = fragments(built_site)
    indexed = {page["url"] for page in pages}
    assert indexed == {"/" + url_path(slug, lang) for slug in slugs() for lang in LANGS}  # not the 404 page
    # Each language's fragments carry its own language's pages only.
    for page, path in zip(pages, sorted((built_site / BUNDLE / "fragment").glob("*.pf_fragment"))):
        assert path.name.startswith("en_" if page["url"].startswith("/en/") else "id_"), page["url"]


def test_the_index_holds_the_article_only(built_site: Path):
    pages = {page["url"]: page for page in fragments(built_site)}
    footer = text_of((built_site / "index.html").read_text(encoding="utf-8"), r'<div class="md-copyright__highlight">(.*?)</div>')
    for slug in slugs():
        for lang in LANGS:
            html = built_html(built_site, slug, lang).read_text(encoding="utf-8")
            page = pages["/" + url_path(slug, lang)]
            content = page["content"]
            assert page["meta"]["title"] == text_of(html, r"<h1[^>]*>(.*?)</h1>")
            assert "¶" not in content, "heading permalinks"
            assert footer not in content
            assert text_of(html, r'<p class="guide-reviewed">(.*?)</p>') not in content
            # The navigation: the site's name in the header, never in an article.
            assert text_of(html, r'<div class="md-header__topic">\s*<span class="md-ellipsis">(.*?)</span>') not in content
    for lang in LANGS:
        checklist = built_html(built_site, "daftar-periksa", lang).read_text(encoding="utf-8")
        content = pages["/" + url_path("daftar-periksa", lang)]["content"]
        # The checker's own opening line, below its heading (the heading's words are also the
        # article's link to it, so they are the page's text).
        checker = text_of(checklist, rf'<h2 id="{CHECKER_ANCHOR}">.*?</h2>\s*<p>(.*?)</p>')
        assert checker not in content, "the interactive form"
        # The printable checklist above the form is the page's text.
        first_item = text_of(checklist, r'<li class="task-list-item">(.*?)</li>')
        assert first_item.split(".")[0][:40] in content


def test_the_bundle_keeps_only_what_the_search_loads(built_site: Path):
    files = [p.relative_to(built_site / BUNDLE).as_posix() for p in (built_site / BUNDLE).rglob("*") if p.is_file()]
    assert files and all(kept(name) for name in files)
    assert not [name for name in files if "ui" in name or name in ("pagefind-worker.js", "wasm.unknown.pagefind")]
    for rule in KEEP:  # each rule keeps something
        assert [name for name in files if rule.search(name)], rule.pattern
    # Every file the search module and its worker name is in the site.
    for name in ("search.js", "search-worker.js"):
        assert (built_site / "assets" / "javascripts" / name).is_file()


def test_the_header_is_materials_but_for_the_search():
    """Our header override differs from Material's only where the search no longer depends on
    Material's search plugin: a Material upgrade that changes the header fails here."""
    ours = (ROOT / "overrides" / "partials" / "header.html").read_text(encoding="utf-8")
    theirs = (MATERIAL / "partials" / "header.html").read_text(encoding="utf-8")
    comment = re.compile(r"\A\{#-.*?-#\}\n", re.S)
    plugin_block = re.compile(r'    \{% if "material/search" in config\.plugins %\}.*?\{% endif %\}\n    \{% endif %\}\n', re.S)
    our_block = re.compile(r"    \{#- Here only.*?\{% include \"partials/search\.html\" %\}\n", re.S)
    assert plugin_block.search(theirs) and our_block.search(ours)
    assert our_block.sub("", comment.sub("", ours)) == plugin_block.sub("", comment.sub("", theirs))


# --- In the browser ----------------------------------------------------------------------------


def watch_policy(page) -> list[str]:
    """Collect Content-Security-Policy violations: the page's own reports and the console's."""
    violations: list[str] = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation',"
        " (e) => console.error('Content Security Policy: ' + e.violatedDirective + ' ' + e.blockedURI))"
    )
    return violations


def search(page, query: str) -> list[str]:
    """Open the search with its key, type the query, and return the result pages' paths."""
    page.keyboard.press("/")
    field = page.locator(".md-search__input")
    assert page.evaluate("document.getElementById('__search').checked")
    assert field.evaluate("input => input === document.activeElement")
    field.fill(query)
    page.wait_for_function(
        "query => document.querySelector('[data-guide-search]').dataset.shown === query.trim()", arg=query, timeout=30_000
    )
    hrefs = page.locator(".md-search-result__item > a:first-child").evaluate_all("links => links.map(a => a.href)")
    return [urlsplit(href).path for href in hrefs]


@pytest.mark.browser
@pytest.mark.parametrize(
    ("lang", "query", "expected"), [("id", *case) for case in INDONESIAN] + [("en", *case) for case in ENGLISH]
)
def test_words_find_the_page_that_answers_them_in_the_readers_language_only(page, site_url, lang, query, expected):
    page.goto(site_url + url_path("tips", lang))
    paths = search(page, query)
    assert expected in paths
    other_language = [path for path in paths if path.startswith("/en/") != (lang == "en")]
    assert other_language == [], "only pages in the reader's language"


@pytest.mark.browser
def test_results_show_the_matched_words_as_text_and_a_count(page, site_url):
    page.goto(site_url)
    paths = search(page, "bea cukai")
    assert page.locator(".md-search-result__meta").inner_text() == f"{len(paths)} halaman cocok"
    first = page.locator(".md-search-result__item").first
    assert first.locator("h1").inner_text()
    assert first.locator("mark").count() >= 1
    assert first.locator("mark").first.inner_text().lower() in ("bea", "cukai")
    search(page, "zzqxv")
    assert page.locator(".md-search-result__meta").inner_text() == "Tidak ada halaman yang cocok"
    assert page.locator(".md-search-result__item").count() == 0


@pytest.mark.browser
def test_odd_queries_get_an_answer_and_are_never_markup(page, site_url):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site_url)
    for query in ("<img src=x onerror=window.hit=1>", "\u200b\u200bbea\u200b", "paket " * 2000, "%%%", "🙂 resi"):
        search(page, query)
        meta = page.locator(".md-search-result__meta").inner_text()
        assert meta == "Tidak ada halaman yang cocok" or meta.endswith(" halaman cocok"), (query[:40], meta)
    assert page.evaluate("window.hit") is None
    assert page.locator(".md-search-result__list img").count() == 0
    # Emptied, the field asks for words again.
    page.locator(".md-search__input").fill("")
    page.wait_for_function("() => document.querySelector('.md-search-result__list').children.length === 0")
    assert page.locator(".md-search-result__meta").inner_text() == "Ketik untuk mulai mencari"
    assert errors == []


@pytest.mark.browser
def test_an_index_that_cannot_load_says_so_and_the_next_query_tries_again(page, site_url):
    page.route("**/pagefind/**", lambda route: route.abort())
    page.goto(site_url + "en/")
    page.keyboard.press("/")
    page.locator(".md-search__input").fill("customs")
    page.wait_for_function("() => document.querySelector('[data-guide-search]').dataset.failed === 'customs'")
    assert page.locator(".md-search-result__meta").inner_text() == (
        "Search could not load. Check your connection, then try again."
    )
    page.unroute("**/pagefind/**")
    page.keyboard.press("Escape")
    assert "/en/internasional/" in search(page, "customs duty")


@pytest.mark.browser
def test_a_reader_who_never_searches_loads_nothing_of_the_index(page, site_url):
    asked: list[str] = []
    page.on("request", lambda request: asked.append(urlsplit(request.url).path))
    page.goto(site_url + "internasional/", wait_until="networkidle")
    assert not [path for path in asked if "/pagefind/" in path or path.endswith("search-worker.js")]
    search(page, "bea cukai")
    assert [path for path in asked if path.startswith("/pagefind/fragment/id_")]
    assert not [path for path in asked if path.startswith("/pagefind/") and ("en_" in path or "wasm.en" in path)]


@pytest.mark.browser
def test_the_search_dialog_works_by_keyboard(page, site_url):
    violations = watch_policy(page)
    page.goto(site_url + "tips/")
    paths = search(page, "paket hilang")  # "/" opens it and puts the cursor in the field
    field = page.locator(".md-search__input")
    links = page.locator(".md-search-result__link")
    # Down and up walk the results and come back to the field.
    page.keyboard.press("ArrowDown")
    assert links.nth(0).evaluate("a => a === document.activeElement")
    page.keyboard.press("ArrowDown")
    assert links.nth(1).evaluate("a => a === document.activeElement")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert field.evaluate("input => input === document.activeElement")
    # Escape closes it; "s" opens it again, with the same results.
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")
    assert not page.evaluate("document.querySelector('[data-guide-search]').contains(document.activeElement)")
    page.keyboard.press("s")
    assert page.evaluate("document.getElementById('__search').checked")
    assert field.evaluate("input => input === document.activeElement") and field.input_value() == "paket hilang"
    # Enter follows the first result.
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == paths[0]
    assert violations == []


@pytest.mark.browser
def test_search_works_offline_after_one_visit_under_the_policy(context, server):
    page = context.new_page()
    violations = watch_policy(page)
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(server.url + "tips/")
    wait_for_worker(page, lambda state: state["controlled"] and state["active"] == "activated")
    context.set_offline(True)
    for start, query, expected in (("", "bea cukai", "/internasional/"), ("en/", "customs", "/en/internasional/")):
        response = page.goto(server.url + start)
        assert response is not None and response.from_service_worker
        assert expected in search(page, query)
    assert page.locator("[data-guide-search][data-failed]").count() == 0
    assert violations == [] and errors == []


@pytest.mark.browser
@pytest.mark.parametrize(("scheme", "lang"), [("light", "id"), ("dark", "en")])
def test_the_open_search_dialog_has_no_axe_violations(browser, site_url, scheme, lang):
    from .test_accessibility import axe_violations

    context = browser.new_context(viewport=DESKTOP if scheme == "light" else PHONE, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(site_url + url_path("tips", lang), wait_until="networkidle")
        assert search(page, "paket hilang" if lang == "id" else "lost package")
        assert page.locator(".md-search__output").is_visible()
        assert axe_violations(page) == []
    finally:
        context.close()


@pytest.mark.browser
def test_mkdocs_serve_searches(page):
    with mkdocs_serve(livereload=False) as base:
        page.goto(base + "en/")
        assert "/en/internasional/" in search(page, "customs")
