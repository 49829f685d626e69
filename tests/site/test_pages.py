"""Both languages carry the same pages, the same structure and the same facts."""

from __future__ import annotations

import re

import pytest

from .pages import DOCS, LANGS, slugs, source

NAV_SLUGS = [
    "index",
    "mengapa-email",
    "yang-ditangani",
    "langkah",
    "setelah-mengirim",
    "alternatif",
    "internasional",
    "tips",
    "kapan-tidak-email",
    "daftar-periksa",
    "glosarium",
]
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
H2 = re.compile(r"^## .*?$", re.M)
ANCHOR = re.compile(r"\{ *#([\w-]+) *\}")
INTERNAL_LINK = re.compile(r"\]\(([\w-]+\.md(?:#[\w-]+)?)\)")


def front_matter(text: str) -> dict[str, str]:
    match = FRONT_MATTER.match(text)
    assert match, "the page starts with front matter"
    pairs = (line.split(":", 1) for line in match.group(1).splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def read(slug: str, lang: str) -> str:
    return source(slug, lang).read_text(encoding="utf-8")


def test_the_guide_has_every_section():
    assert slugs() == sorted(NAV_SLUGS)


def test_every_page_has_its_counterpart():
    indonesian = {p.name.removesuffix(".md") for p in DOCS.glob("*.md") if not p.name.endswith(".en.md")}
    english = {p.name.removesuffix(".en.md") for p in DOCS.glob("*.en.md")}
    assert indonesian == english


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", NAV_SLUGS)
def test_front_matter_gives_title_description_and_review_date(slug, lang):
    meta = front_matter(read(slug, lang))
    assert meta.get("title")
    assert 50 <= len(meta.get("description", "")) <= 160, "search engines show about 160 characters"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("reviewed", ""))


@pytest.mark.parametrize("slug", NAV_SLUGS)
def test_both_languages_share_structure(slug):
    pages = {lang: read(slug, lang) for lang in LANGS}
    h2 = {lang: H2.findall(text) for lang, text in pages.items()}
    assert len(h2["id"]) == len(h2["en"]) >= 2, "same sections, in the same number"
    assert ANCHOR.findall(pages["id"]) == ANCHOR.findall(pages["en"]), "same explicit anchors"
    links = {lang: sorted(set(INTERNAL_LINK.findall(text))) for lang, text in pages.items()}
    assert links["id"] == links["en"], "same links to the guide's own pages"


@pytest.mark.parametrize("lang", LANGS)
def test_steps_page_has_the_four_steps(lang):
    anchors = ANCHOR.findall(read("langkah", lang))
    assert [a for a in anchors if a.startswith("langkah-")] == [f"langkah-{n}" for n in range(1, 5)]
