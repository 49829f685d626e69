"""The one lookup for the reader's sentences, until the engine's catalogues take these in.

Each catalogue (:mod:`.text_en`, :mod:`.text_id`) maps a ``paste.`` code to a template with
``{named}`` parameters, or to ``{"one": ..., "other": ...}`` chosen by the ``count`` parameter
(Indonesian needs only ``other``).

>>> say('paste.unknown_lines', 'en', count=1), say('paste.unknown_lines', 'en', count=3)
('1 line was not recognized; it is listed as you pasted it.', '3 lines were not recognized; they are listed as you pasted them.')
>>> say('paste.unknown_lines', 'id', count=1)
'1 baris tidak dikenali dan ditampilkan persis seperti yang Anda tempel.'
"""

from __future__ import annotations

from typing import Any

from . import text_en, text_id

__all__ = ["LANGUAGES", "CATALOGUES", "say"]

LANGUAGES = ("id", "en")
CATALOGUES: dict[str, dict[str, str | dict[str, str]]] = {"en": text_en.CATALOGUE, "id": text_id.CATALOGUE}


def say(code: str, lang: str, **params: Any) -> str:
    """The sentence for `code` in `lang`, with `params` filled in (``count`` picks the plural form)."""
    entry = CATALOGUES[lang][code]
    if isinstance(entry, dict):
        entry = entry["one"] if params.get("count") == 1 and "one" in entry else entry["other"]
    return entry.format(**params)
