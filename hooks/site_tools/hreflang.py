"""Absolute ``hreflang`` alternates, as search engines require.

Material writes ``<link rel="alternate" hreflang>`` from ``extra.alternate``, which
mkdocs-static-i18n fills per page with links relative to the page; the language selector needs
them relative (so the site works on any port), the ``<head>`` links need them absolute. An
``x-default`` alternate points at the default language.

>>> html = '<link rel="alternate" href="../en/tips/" hreflang="en"><link rel="alternate" href="./" hreflang="id">'
>>> print(absolute_alternates(html, "https://example.org/guide/tips/", default_lang="id"))
<link rel="alternate" href="https://example.org/guide/en/tips/" hreflang="en"><link rel="alternate" href="https://example.org/guide/tips/" hreflang="id"><link rel="alternate" href="https://example.org/guide/tips/" hreflang="x-default">
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

_ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([A-Za-z-]+)">')


def absolute_alternates(html: str, page_url: str, *, default_lang: str) -> str:
    """Rewrite each language alternate to an absolute URL and add ``x-default`` after them."""
    default_href = None

    def rewrite(match: re.Match) -> str:
        nonlocal default_href
        href, lang = urljoin(page_url, match.group(1)), match.group(2)
        if lang == default_lang:
            default_href = href
        return f'<link rel="alternate" href="{href}" hreflang="{lang}">'

    html = _ALTERNATE.sub(rewrite, html)
    if default_href is None:
        return html
    last = list(_ALTERNATE.finditer(html))[-1]
    x_default = f'<link rel="alternate" href="{default_href}" hreflang="x-default">'
    return html[: last.end()] + x_default + html[last.end() :]
