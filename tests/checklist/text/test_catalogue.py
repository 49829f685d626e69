"""The catalogues: every code in every language, with the same parameters, in the house style;
plurals chosen by the number they count."""

from __future__ import annotations

import re
import string

import pytest

from usps_inquiry.text import LANGUAGES, en, has, t
from usps_inquiry.text import id as indonesian

CATALOGUES = {"en": en.CATALOGUE, "id": indonesian.CATALOGUE}
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
FORBIDDEN = {
    "en": re.compile(r"\b(please|sorry|invalid|oops|error)\b", re.IGNORECASE),
    "id": re.compile(r"\b(mohon|maaf|silakan|tidak valid|invalid|error|eror)\b", re.IGNORECASE),
}
# Codes that name or complete something rather than say a whole sentence.
FRAGMENTS = ("expected.", "post.", "choice.", "unit.", "point.", "label.", "contact.", "dates.", "list.", "letter.part.", "door.")


def _forms(entry: str | dict[str, str]) -> list[str]:
    return [entry] if isinstance(entry, str) else list(entry.values())


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_language_has_every_code():
    assert set(LANGUAGES) == set(CATALOGUES)
    assert set(CATALOGUES["id"]) == set(CATALOGUES["en"])


@pytest.mark.parametrize("code", sorted(en.CATALOGUE))
def test_catalogue_entry(code):
    names = {lang: set().union(*map(_names, _forms(catalogue[code]))) for lang, catalogue in CATALOGUES.items()}
    assert names["en"] == names["id"], code
    for lang, catalogue in CATALOGUES.items():
        entry = catalogue[code]
        if isinstance(entry, dict):  # a plural: chosen by the `count` it counts (shown or not), "other" always there
            assert "other" in entry
            assert set(entry) == ({"one", "other"} if lang == "en" else {"other"}), (code, lang)
        for text in _forms(entry):
            assert text == text.strip() and "  " not in text and not CONTROL.search(text), (code, lang)
            # "report.errors" counts errors by that name; a letter to USPS (and its mirror) asks politely.
            if code != "report.errors" and not code.startswith("letter."):
                assert not FORBIDDEN[lang].search(text), (code, lang)
            if code.startswith("label."):
                assert not text.endswith("."), (code, lang)
            elif not code.startswith(FRAGMENTS + ("letter.",)):  # a letter has lines too: "Date: {value}"
                assert text.endswith((".", "{reason}")), (code, lang)


@pytest.mark.parametrize(
    ("code", "lang", "params", "expected"),
    [
        ("report.errors", "en", {"count": 1}, "1 error – fix it before you send."),
        ("report.errors", "en", {"count": 2}, "2 errors – fix them before you send."),
        ("report.errors", "id", {"count": 1}, "1 kesalahan – perbaiki sebelum mengirim."),
        ("file.too_many_cases", "en", {"count": 1, "limit": 200},
         "The file has 1 case, more than the 200 the checklist can keep. Nothing was imported."),
        ("file.too_many_cases", "en", {"count": 2, "limit": 1},
         "The file has 2 cases, more than the 1 the checklist can keep. Nothing was imported."),
        ("letter.case.reference.case_numbers", "en", {"count": 1, "numbers": "CA1"}, "case number CA1"),
        ("letter.case.reference.case_numbers", "en", {"count": 2, "numbers": "CA1 and CA2"}, "case numbers CA1 and CA2"),
        ("store.dropped", "id", {"count": 1},
         "1 kasus yang tersimpan di peramban ini tidak dapat dibaca dan disimpan terpisah, tidak dihapus."),
        ("description.too_long", "en", {"limit": 4000, "count": 1},
         "Description must be 4,000 characters or less – you have 1 character too many."),
        # Another parameter equal to 1 does not make the sentence singular.
        ("case.history_too_long", "en", {"count": 101, "limit": 1}, "The case's history has 101 events, but it can have at most 1."),
    ],
)  # fmt: skip
def test_plurals_follow_the_count(code, lang, params, expected):
    assert t(code, lang, **params) == expected


def test_has():
    assert has("email.missing") and not has("email.nothing")


@pytest.mark.parametrize("module", [en, indonesian])
def test_no_code_is_written_twice(module):
    """A dict literal keeps the last of two equal keys without a word: each code is written once."""
    import ast
    import pathlib

    (catalogue,) = [
        node.value for node in ast.parse(pathlib.Path(module.__file__).read_text(encoding="utf-8")).body
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "CATALOGUE"
    ]
    codes = [key.value for key in catalogue.keys]
    assert sorted(code for code in set(codes) if codes.count(code) > 1) == []
