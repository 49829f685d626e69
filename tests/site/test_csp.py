"""Every page carries a strict Content-Security-Policy in a <meta> tag, and the browser enforces it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from site_tools.csp import inline_script_hashes

from .pages import LANGS, built_html, slugs

META = re.compile(r'<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">')


def _pages(site: Path) -> list[Path]:
    return [built_html(site, slug, lang) for slug in slugs() for lang in LANGS] + [site / "404.html"]


def test_every_page_has_a_policy_before_anything_loads(built_site: Path):
    for page in _pages(built_site):
        html = page.read_text(encoding="utf-8")
        match = META.search(html)
        assert match, page
        assert html.index("<script") > match.end(), "the policy comes before the first script"
        policy = dict(d.strip().split(" ", 1) for d in match.group(1).split(";"))
        assert policy["default-src"] == "'self'"
        assert policy["object-src"] == "'none'"
        assert "unsafe" not in match.group(1), "no 'unsafe-inline' and no 'unsafe-eval'"
        # Exactly the page's own inline scripts are allowed, each by its hash.
        assert policy["script-src"].split()[1:] == inline_script_hashes(html)


@pytest.mark.browser
def test_browser_blocks_an_injected_inline_script(page, site_url):
    violations = []
    page.on("console", lambda msg: "Content Security Policy" in msg.text and violations.append(msg.text))
    page.goto(site_url + "tips/")
    ran = page.evaluate(
        """() => {
            window.injected = false;
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.head.append(script);
            return window.injected;
        }"""
    )
    assert ran is False
    assert violations, "the browser reports the blocked script"
