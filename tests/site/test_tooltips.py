"""Glossary tooltips: one per term per page, in running text only, each reachable by keyboard.

hooks/site_tools/tooltips.py keeps each term's first suitable ``<abbr>`` and turns the rest back
into text. The built pages are read here with the standard library's HTML parser, not with the
hook's own tokenizer, so the two must agree.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from site_tools.tooltips import first_tooltips

from .pages import LANGS, built_html, slugs

# Where a tooltip must never be: inside a heading, a link, or another control.
NO_TOOLTIP = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "summary", "dt", "button", "label"}


class Tooltips(HTMLParser):
    """Every <abbr> on a page: its text, its attributes, and the elements it sits in."""

    VOID = {"br", "hr", "img", "input", "link", "meta", "source", "wbr", "col", "area", "base", "embed", "track"}

    def __init__(self):
        super().__init__()
        self.open: list[tuple[str, dict]] = []
        self.found: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.open.append((tag, dict(attrs)))
        if tag == "abbr":
            self.found.append({"attrs": dict(attrs), "inside": [t for t, _ in self.open[:-1]], "classes": [
                a.get("class", "") for _, a in self.open[:-1]], "text": ""})

    def handle_endtag(self, tag):
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                break

    def handle_data(self, data):
        if self.open and self.open[-1][0] == "abbr":
            self.found[-1]["text"] += data


def tooltips_in(page: str) -> list[dict]:
    parser = Tooltips()
    parser.feed(page)
    return parser.found


# --- The function, on small cases --------------------------------------------------------------

TERM = '<abbr title="Customs">Bea Cukai</abbr>'
KEPT = '<abbr title="Customs" tabindex="0">Bea Cukai</abbr>'


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (f"<p>{TERM} dan {TERM}</p><p>{TERM}</p>", f"<p>{KEPT} dan Bea Cukai</p><p>Bea Cukai</p>"),
        (f"<h2>{TERM}</h2><p>{TERM}</p>", f"<h2>Bea Cukai</h2><p>{KEPT}</p>"),
        (f'<p><a href="x"><strong>{TERM}</strong></a> {TERM}</p>', f'<p><a href="x"><strong>Bea Cukai</strong></a> {KEPT}</p>'),
        (f"<details><summary>{TERM}</summary><p>{TERM}</p></details>", f"<details><summary>Bea Cukai</summary><p>{KEPT}</p></details>"),
        (f'<div class="admonition tip"><p class="admonition-title">{TERM}</p><p>{TERM}</p></div>',
         f'<div class="admonition tip"><p class="admonition-title">Bea Cukai</p><p>{KEPT}</p></div>'),
        (f"<dl><dt>{TERM}</dt><dd>{TERM}</dd></dl>", f"<dl><dt>Bea Cukai</dt><dd>{KEPT}</dd></dl>"),
        # A line break or an image inside a heading does not leave the heading open.
        (f"<h3>A<br>B <img src=x alt=y/></h3><p>{TERM}</p>", f"<h3>A<br>B <img src=x alt=y/></h3><p>{KEPT}</p>"),
        # Markup in a comment is not markup.
        (f"<!-- <a href=x> --><p>{TERM}</p>", f"<!-- <a href=x> --><p>{KEPT}</p>"),
    ],
    ids=["later", "heading", "link", "summary", "admonition-title", "defined-term", "void", "comment"],
)
def test_one_tooltip_per_term_in_running_text(html, expected):
    assert first_tooltips(html) == expected


def test_each_term_keeps_its_own_first_tooltip():
    other = '<abbr title="Tracking number">nomor pelacakan</abbr>'
    result = first_tooltips(f"<p>{TERM} {other} {TERM} {other}</p>")
    assert result == f'<p>{KEPT} <abbr title="Tracking number" tabindex="0">nomor pelacakan</abbr> Bea Cukai nomor pelacakan</p>'


def test_a_term_only_in_headings_and_links_gets_no_tooltip():
    assert first_tooltips(f'<h2>{TERM}</h2><p><a href="x">{TERM}</a></p>') == '<h2>Bea Cukai</h2><p><a href="x">Bea Cukai</a></p>'


def test_escaped_text_stays_escaped():
    term = '<abbr title="AT&amp;T &quot;x&quot;">AT&amp;T</abbr>'
    assert first_tooltips(f"<p>{term} {term}</p>") == '<p><abbr title="AT&amp;T &quot;x&quot;" tabindex="0">AT&amp;T</abbr> AT&amp;T</p>'


# --- The built site ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", slugs())
def test_built_page_has_one_keyboard_tooltip_per_term_outside_headings_and_links(built_site: Path, slug, lang):
    found = tooltips_in(built_html(built_site, slug, lang).read_text(encoding="utf-8"))
    assert found, "the page explains at least one glossary term"
    repeated = [term for term, count in Counter(t["text"] for t in found).items() if count > 1]
    assert repeated == [], "one tooltip per term per page"
    misplaced = [(t["text"], sorted(set(t["inside"]) & NO_TOOLTIP)) for t in found if set(t["inside"]) & NO_TOOLTIP]
    assert misplaced == [], "no tooltip inside a heading, link or control"
    in_titles = [t["text"] for t in found if any("admonition-title" in c for c in t["classes"])]
    assert in_titles == []
    not_focusable = [t["text"] for t in found if t["attrs"].get("tabindex") != "0" or not t["attrs"].get("title")]
    assert not_focusable == [], "each tooltip has its meaning and a place in the Tab order"


def test_the_international_page_no_longer_repeats_bea_cukai(built_site: Path):
    # The page that had 84 tooltips, "Bea Cukai" 19 times, one inside its own heading.
    found = tooltips_in(built_html(built_site, "internasional", "id").read_text(encoding="utf-8"))
    assert [t["text"] for t in found].count("Bea Cukai") == 1
    assert 10 < len(found) < 40
