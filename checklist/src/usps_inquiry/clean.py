"""Input hygiene: invisible format characters, removed from every text field on the way in.

A reader who copies a tracking number from a chat app, a shop's web page or a PDF often brings
along characters that are invisible but not empty: zero-width spaces and joiners (U+200B–U+200D),
direction marks (U+200E, U+200F, U+061C), word joiners and invisible operators (U+2060–U+2064),
bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the byte
order mark (U+FEFF). They break a tracking number's check, make two equal emails differ, and a
bidi override can make the text USPS reads differ from the text the reader saw. None of them
carries meaning in a message to USPS, so they are removed from every field, and the reader is
told once per field (a tip: what they see does not change).

U+200C/U+200D (ZWNJ/ZWJ) join emoji sequences and shape some scripts; in a message to a US
agent that loss is harmless, and keeping them would let a zero-width character split a number.

>>> strip_invisible('RR\\u200b123456785ID\\ufeff')
('RR123456785ID', 2)
>>> strip_invisible('Budi')
('Budi', 0)
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["INVISIBLE", "strip_invisible", "has_invisible", "clean_values"]

INVISIBLE = re.compile("[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def has_invisible(text: str) -> bool:
    """Tell whether `text` holds an invisible format character.

    >>> has_invisible('a\\u202eb'), has_invisible('a b')
    (True, False)
    """
    return INVISIBLE.search(text) is not None


def strip_invisible(text: str) -> tuple[str, int]:
    """Return `text` without invisible format characters, and how many were removed."""
    return INVISIBLE.subn("", text)


def _clean(value: Any) -> tuple[Any, int]:
    if isinstance(value, str):
        cleaned, count = strip_invisible(value)
        return (cleaned.strip() or None) if count else value, count
    if isinstance(value, (list, tuple)):
        total = 0
        items = []
        for item in value:
            cleaned, count = _clean(item)
            total += count
            if cleaned is not None:
                items.append(cleaned)
        return type(value)(items), total
    return value, 0


def clean_values(values: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Strip invisible characters from every text value (and list of texts) in `values`.

    Returns the cleaned values and the keys that had some, in order. A value that was only
    invisible characters becomes ``None`` (not filled in), like one of only spaces.

    >>> clean_values({'name': 'Ani\\u200b', 'email': 'a@b.co', 'details': ['x\\u200e'], 'insured': True})
    ({'name': 'Ani', 'email': 'a@b.co', 'details': ['x'], 'insured': True}, ['name', 'details'])
    """
    cleaned: dict[str, Any] = {}
    changed: list[str] = []
    for key, value in values.items():
        cleaned[key], count = _clean(value)
        if count:
            changed.append(key)
    return cleaned, changed
