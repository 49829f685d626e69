"""What search engines read: titles, descriptions, canonical links and hreflang alternates."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .pages import LANGS, built_html, slugs, url_path

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", slugs())
def test_page_head_has_title_description_and_canonical(built_site: Path, slug, lang):
    html = built_html(built_site, slug, lang).read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]{10,}</title>", html)
    description = re.search(r'<meta name="description" content="([^"]+)"', html)
    assert description and len(description.group(1)) <= 160
    assert f'<link rel="canonical" href="http://127.0.0.1:8000/{url_path(slug, lang)}">' in html
    # Alternates are in sitemap.xml; in the head they made Material fetch missing sitemaps.
    assert 'hreflang="' not in re.search(r"<head>.*?</head>", html, re.S).group(0)


def test_sitemap_pairs_every_page_with_its_translation(built_site: Path):
    tree = ET.parse(built_site / "sitemap.xml")
    alternates = {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
        }
        for url in tree.getroot()
    }
    base = "http://127.0.0.1:8000/"
    for slug in slugs():
        pair = {lang: base + url_path(slug, lang) for lang in LANGS}
        for lang in LANGS:
            assert alternates[pair[lang]] == pair, slug
