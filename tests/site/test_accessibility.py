"""axe-core finds no violations on any page, in either language, in either colour scheme."""

from __future__ import annotations

import pytest

from tests.support import DESKTOP, PHONE, ROOT

from .pages import LANGS, answer_as_missing, slugs, url_path

pytestmark = pytest.mark.browser

AXE = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")


def axe_violations(page) -> list[str]:
    """Run axe-core (every rule it runs by default, best practices included) on the open page."""
    page.evaluate(AXE)
    results = page.evaluate("axe.run(document)")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"]
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", slugs())
def test_page_has_no_axe_violations(browser, site_url, slug, lang, scheme):
    viewport = PHONE if scheme == "dark" else DESKTOP  # both layouts, without doubling the run
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(site_url + url_path(slug, lang), wait_until="networkidle")
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.dataset.mdColorScheme") == expected
        assert axe_violations(page) == []
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGS)
def test_404_page_has_no_axe_violations(browser, built_site, site_url, lang, scheme):
    # Served, as a static host serves it, at an address the site lacks, in that address's language.
    address = site_url + ("en/" if lang == "en" else "") + "no-such-page/"
    context = browser.new_context(viewport=PHONE, color_scheme=scheme)
    page = context.new_page()
    try:
        answer_as_missing(page, built_site, address)
        page.goto(address, wait_until="networkidle")
        page.wait_for_function(f"document.documentElement.lang === {lang!r}")
        assert axe_violations(page) == []
    finally:
        context.close()
