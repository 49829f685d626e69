"""Every page carries a strict Content-Security-Policy in a <meta> tag, and the browser enforces it."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .pages import LANGS, built_html, slugs

META = re.compile(r'<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">')


class _InlineScripts(HTMLParser):
    """The text of every inline script the browser would run (an HTML parser, not the hook's regex)."""

    #: Types a browser runs as script; anything else (JSON data blocks) is data.
    RUNS = {"", "text/javascript", "module", "application/javascript"}

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.bodies: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            attributes = dict(attrs)
            runs = (attributes.get("type") or "").strip().lower() in self.RUNS
            self._open = [] if runs and "src" not in attributes else None

    def handle_data(self, data):
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._open is not None:
            self.bodies.append("".join(self._open))
        if tag == "script":
            self._open = None


def expected_script_hashes(html: str) -> set[str]:
    """CSP sources ('sha256-<base64>') for the page's inline scripts, computed here from the HTML."""
    parser = _InlineScripts()
    parser.feed(html)
    parser.close()
    return {"'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'" for body in parser.bodies}


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
        # Exactly the page's own inline scripts are allowed, each by its hash, and nothing else.
        sources = policy["script-src"].split()
        assert sources[0] == "'self'"
        assert len(sources[1:]) == len(set(sources[1:])), "each hash once"
        expected = expected_script_hashes(html)
        assert expected, f"{page}: Material's inline scripts are on every page"
        assert set(sources[1:]) == expected, page


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
