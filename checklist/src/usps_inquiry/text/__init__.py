"""Every sentence, label and name the engine produces, through one lookup: :func:`t`.

One catalogue per language (:mod:`usps_inquiry.text.en`, :mod:`usps_inquiry.text.id`), each a
``CATALOGUE`` dict of code → template. A template fills ``{named}`` parameters; numbers are
grouped as the language writes them (4,213 or 4.213) and text values are cleaned of control
characters, so a sentence is always printable UTF-8. A plural entry is a dict of CLDR plural
forms chosen by its ``count`` parameter: English has ``one`` and ``other``, Indonesian only
``other``. The letters to USPS are US English from the same catalogues.

To add a language: add ``text/<code>.py`` with a ``CATALOGUE`` holding every code of ``en.py``,
and its plural rule in :data:`PLURAL_RULES` if it has more forms than ``other``; then add it to
:data:`LANGUAGES` below. Tests may :func:`register` a language for a run.

>>> t('email.missing', 'en')
'Enter your email address, like name@example.com.'
>>> t('description.too_long', 'id', limit=4000, count=213)
'Deskripsi paling banyak 4.000 karakter – kelebihan 213 karakter.'
>>> t('report.errors', 'en', count=1), t('report.errors', 'en', count=2), t('report.errors', 'id', count=1)
('1 error – fix it before you send.', '2 errors – fix them before you send.', '1 kesalahan – perbaiki sebelum mengirim.')
"""

from __future__ import annotations

from typing import Any, Callable

from .._text import clean_text, format_number
from . import en
from . import id as indonesian

__all__ = ["LANGUAGES", "PLURAL_RULES", "t", "has", "join", "template", "register", "unregister"]

# The languages the engine speaks, in the order a choice lists them. A list, so that a language a
# test registers is known to every module that checks a language against it.
LANGUAGES: list[str] = ["id", "en"]
_CATALOGUES: dict[str, dict[str, str | dict[str, str]]] = {"id": indonesian.CATALOGUE, "en": en.CATALOGUE}

# CLDR plural rules for integers: the form of the count. A language not listed has only "other".
PLURAL_RULES: dict[str, Callable[[int], str]] = {"en": lambda count: "one" if count == 1 else "other"}


def register(lang: str, catalogue: dict[str, str | dict[str, str]], plural: Callable[[int], str] | None = None) -> None:
    """Make `lang` a language of the engine, with `catalogue` (every code) and its plural rule."""
    _CATALOGUES[lang] = catalogue
    if plural is not None:
        PLURAL_RULES[lang] = plural
    if lang not in LANGUAGES:
        LANGUAGES.append(lang)


def unregister(lang: str) -> None:
    """Forget a language :func:`register` added (the two built-in ones stay)."""
    if lang in ("id", "en"):
        return
    _CATALOGUES.pop(lang, None)
    PLURAL_RULES.pop(lang, None)
    if lang in LANGUAGES:
        LANGUAGES.remove(lang)


def t(code: str, lang: str, /, **params: Any) -> str:
    """The text for `code` in `lang`, with `params` filled in.

    The caller has checked `lang` (:func:`usps_inquiry.exceptions.check_lang`); an unknown
    language or code is a mistake in the engine and raises ``KeyError``.
    """
    template = _CATALOGUES[lang][code]
    if isinstance(template, dict):  # a plural entry: the form of the number it counts
        template = template.get(PLURAL_RULES.get(lang, _other)(params["count"]), template["other"])
    values = {
        name: format_number(value, lang) if isinstance(value, int) else clean_text(str(value))
        for name, value in params.items()
    }
    return template.format(**values)


def join(items: list[str], lang: str) -> str:
    """`items` as a list in a sentence: "a and b", "a, b, and c" (US English and Indonesian both
    write the serial comma).

    >>> join(['a'], 'en'), join(['a', 'b'], 'id'), join(['a', 'b', 'c'], 'en')
    ('a', 'a dan b', 'a, b, and c')
    """
    if len(items) < 2:
        return "".join(items)
    code = "list.and" if len(items) == 2 else "list.serial"
    return t(code, lang, first=", ".join(items[:-1]), last=items[-1])


def template(code: str, lang: str) -> str:
    """The template for `code` in `lang`, unfilled (for text built up before its values are known,
    like the letter's sentences; :func:`t` is the way to say a sentence)."""
    entry = _CATALOGUES[lang][code]
    return entry if isinstance(entry, str) else entry["other"]


def has(code: str) -> bool:
    """Whether the catalogues have `code` (every language has every code)."""
    return code in en.CATALOGUE


def _other(count: int) -> str:
    return "other"
