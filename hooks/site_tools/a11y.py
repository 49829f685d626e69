"""Accessibility fixes to Material's markup that CSS cannot make.

Material's search panel is a ``role="dialog"`` without an accessible name, so a screen reader
announces just "dialog" (axe-core: aria-dialog-name). It gets the page language's word for
search as its label.

>>> name_search_dialog('<div class="md-search" data-md-component="search" role="dialog">', "id")
'<div class="md-search" data-md-component="search" role="dialog" aria-label="Cari">'
>>> name_search_dialog("<p>no search</p>", "en")
Traceback (most recent call last):
...
ValueError: Material's search dialog markup changed: update site_tools/a11y.py.
"""

from __future__ import annotations

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_LABEL = {"id": "Cari", "en": "Search"}


def name_search_dialog(html: str, lang: str) -> str:
    """Give Material's search dialog an accessible name in the page's language."""
    if SEARCH_DIALOG not in html:
        raise ValueError("Material's search dialog markup changed: update site_tools/a11y.py.")
    labelled = SEARCH_DIALOG[:-1] + f' aria-label="{SEARCH_LABEL[lang]}">'
    return html.replace(SEARCH_DIALOG, labelled, 1)
