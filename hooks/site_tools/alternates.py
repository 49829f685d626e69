"""Language alternates live in ``sitemap.xml``, not in each page's ``<head>``.

mkdocs-static-i18n points ``extra.alternate`` at the same page in each language (which the
language selector needs), and Material copies those links into the head as
``<link rel="alternate" hreflang>``. Material's script then fetches ``sitemap.xml`` next to
every such link, since it expects them to point at language roots: on a guide page that is three
requests a view, each answered 404. The i18n plugin's ``sitemap.xml`` already lists every page
with absolute ``hreflang`` alternates in both languages, which search engines read just as they
read head links, so the head links go.

>>> html = '<head><link rel="canonical" href="https://x.org/tips/"><link rel="alternate" href="../en/tips/" hreflang="en"><link rel="alternate" href="./" hreflang="id"></head>'
>>> drop_head_alternates(html)
'<head><link rel="canonical" href="https://x.org/tips/"></head>'
"""

from __future__ import annotations

import re

_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[A-Za-z-]+">')


def drop_head_alternates(html: str) -> str:
    """Remove the per-language ``<link rel="alternate" hreflang>`` tags Material writes."""
    return _HEAD_ALTERNATE.sub("", html)
