"""The glossary: one spelling per term on every page, the same meanings on the glossary page and in
the tooltips, and each language's pages showing that language's meanings.

The glossary lives in includes/glossary.<lang>.md as abbreviation lines (``*[term]: meaning``);
hooks/glossary.py appends the page's own language's file and the abbr extension turns each term
into ``<abbr title="meaning">``, which Material shows as a tooltip (``content.tooltips``); the
hook keeps one per term per page (test_tooltips.py).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from .pages import LANGS, built_html, slugs, source

INCLUDES = Path(__file__).resolve().parents[2] / "includes"
ABBREVIATION = re.compile(r"^\*\[(?P<term>[^\]]+)\]: (?P<meaning>.+)$", re.M)
FENCED_CODE = re.compile(r"^( *)```.*?^\1```", re.M | re.S)
INLINE_CODE = re.compile(r"`[^`\n]+`")
LINK_TARGET = re.compile(r"\]\([^)]*\)|<https?://[^>]+>")
ABBR = re.compile(r'<abbr title="(?P<title>[^"]*)"[^>]*>(?P<text>[^<]*)</abbr>')

# Spellings the guide once used beside a glossary term (content review, December 2026). Each is
# the same thing under another name, so a page may carry only the glossary's word.
OTHER_SPELLINGS = {
    "id": {
        "pengembalian dana": ["pengembalian uang"],
        "penelusuran": ["penyelidikan"],
        "nomor pelacakan": ["nomor lacak", "nomor tracking"],
        "ganti rugi": ["kompensasi"],
        "cap pos": ["stempel pos"],
        "jastip": ["jasa titipan"],
    },
    "en": {
        "indemnity": ["compensation"],
        "international inquiry": ["international enquiry"],
        "ZIP Code": ["zipcode", "zip-code"],
    },
}

# Words the review settled that need no tooltip, held to one spelling all the same.
HOUSE_TERMS = {
    "id": {
        "kantor pos": [],
        "deskripsi": ["uraian"],
        "Tuli": ["tunarungu"],
        "batas waktu balasan": ["target waktu balasan"],
        # "menetapkan" claimed USPS has no time limit; the source says only that none is published.
        "tidak mengumumkan": ["tidak menetapkan", "tidak menerbitkan"],
    },
    "en": {
        "ad": ["advert"],
        "ads": ["adverts"],
        "follow up": ["chase"],
        "right away": ["straight away"],
    },
}


def glossary(lang: str) -> dict[str, str]:
    text = (INCLUDES / f"glossary.{lang}.md").read_text(encoding="utf-8")
    return {m["term"]: m["meaning"] for m in ABBREVIATION.finditer(text)}


def prose(slug: str, lang: str) -> str:
    """The page's Markdown without code (examples in English, addresses) and link targets."""
    text = source(slug, lang).read_text(encoding="utf-8")
    return INLINE_CODE.sub(" ", FENCED_CODE.sub(" ", LINK_TARGET.sub("]", text)))


def spellings(term: str, text: str) -> set[str]:
    """Every spelling of `term` in `text`, matched as whole words whatever the letter case."""
    # Not inside a web or email address: uspis.gov is not a spelling of USPIS.
    pattern = rf"(?<![\w./@]){re.escape(term)}(?![\w/@]|\.\w)"
    return {m.group(0) for m in re.finditer(pattern, text, re.I)}


@pytest.mark.parametrize("lang", LANGS)
def test_every_glossary_file_line_is_a_term(lang):
    text = (INCLUDES / f"glossary.{lang}.md").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == len(glossary(lang)) >= 30, "one *[term]: meaning line per term, no duplicates"


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_page_defines_exactly_the_tooltip_terms(lang):
    page = source("glosarium", lang).read_text(encoding="utf-8")
    defined = dict(re.findall(r"^(\S[^\n]*)\n:   (.+)$", page, re.M))
    assert defined == glossary(lang), "the glossary page and the tooltips say the same thing"


@pytest.mark.parametrize("lang", LANGS)
def test_both_languages_explain_the_shared_terms(lang):
    # Names that stay in English (or Indonesian) in both languages have a meaning in each.
    shared = {"Bea Cukai", "S10", "Priority Mail Express", "Informed Delivery", "Certificate of Mailing",
              "Missing Mail", "Email Us", "USPIS", "WIB", "SPPBMCP"}
    assert shared <= glossary(lang).keys()


def spelling_problems(text: str, lang: str) -> list[str]:
    """Each place `text` spells a term otherwise than the glossary (or the house terms) does."""
    terms = {**{term: [] for term in glossary(lang)}, **OTHER_SPELLINGS[lang], **HOUSE_TERMS[lang]}
    problems = []
    for term, others in terms.items():
        allowed = {term, term[0].upper() + term[1:]}  # a capital at the start of a sentence
        found = spellings(term, text) - allowed
        for other in others:
            found |= spellings(other, text)
        problems += [f"{spelling!r}, not {term!r}" for spelling in sorted(found)]
    return problems


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", slugs())
def test_page_spells_each_term_one_way(slug, lang):
    assert spelling_problems(prose(slug, lang), lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "problem"),
    [
        ("id", "Ajukan pengembalian dana. Pengembalian uang tidak lewat email.", "'Pengembalian uang', not 'pengembalian dana'"),
        ("id", "Datang ke Kantor Pos terdekat.", "'Kantor Pos', not 'kantor pos'"),
        ("id", "Tanyakan ke bea cukai.", "'bea cukai', not 'Bea Cukai'"),
        ("en", "Include the ZIP code.", "'ZIP code', not 'ZIP Code'"),
        ("en", "Do not click on adverts.", "'adverts', not 'ads'"),
    ],
)
def test_a_second_spelling_is_caught(lang, text, problem):
    assert problem in spelling_problems(text, lang)


def test_the_glossary_spelling_alone_passes():
    assert spelling_problems("Nomor pelacakan (nomor resi) ada di struk kantor pos.", "id") == []


@pytest.mark.parametrize("lang", LANGS)
def test_other_spellings_name_glossary_terms(lang):
    # A stale entry in OTHER_SPELLINGS would silently check nothing.
    assert OTHER_SPELLINGS[lang].keys() <= glossary(lang).keys()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", slugs())
def test_page_shows_tooltips_in_its_own_language(built_site: Path, slug, lang):
    page = built_html(built_site, slug, lang).read_text(encoding="utf-8")
    meanings = glossary(lang)
    tooltips = [(html.unescape(m["text"]), html.unescape(m["title"])) for m in ABBR.finditer(page)]
    assert tooltips, "every page has at least one glossary term with its tooltip"
    wrong = [(text, title) for text, title in tooltips if meanings.get(text) != title]
    assert wrong == [], "each tooltip gives the page's own language's meaning"


@pytest.mark.parametrize("lang", LANGS)
def test_the_same_term_has_each_languages_meaning(built_site: Path, lang):
    page = built_html(built_site, "internasional", lang).read_text(encoding="utf-8")
    titles = {html.unescape(m["title"]) for m in ABBR.finditer(page) if m["text"] == "Bea Cukai"}
    assert titles == {glossary(lang)["Bea Cukai"]}


def test_material_tooltips_are_on(built_site: Path):
    page = built_html(built_site, "index", "id").read_text(encoding="utf-8")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', page, re.S)[1])
    assert "content.tooltips" in config["features"]


def test_glossary_files_are_not_pages(built_site: Path):
    assert not list(built_site.rglob("glossary.*"))
    page = built_html(built_site, "index", "en").read_text(encoding="utf-8")
    assert "*[" not in page, "abbreviation lines never reach the reader"
