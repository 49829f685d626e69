"""Glossary tooltips a reader can use: each term's first occurrence on a page, and only in text.

The abbr extension wraps every occurrence of every glossary term in ``<abbr title="meaning">``,
which Material turns into a tooltip: 84 on one page, in headings and inside links. This keeps
each term's first suitable occurrence per page and turns the others back into plain text. Per
page rather than per section: every tooltip is also a keyboard stop, and the glossary page
holds every meaning. A term in a heading, a link, a ``<summary>``, an admonition's title or the
``<dt>`` it is being defined in gets no tooltip; its first occurrence in running text does.

The tooltip kept is focusable (``tabindex="0"``), so a keyboard reader reaches it and Material
shows it on focus; its ``title`` stays, the meaning assistive technology reads.

>>> page = (
...     '<h2>Di <abbr title="Customs">Bea Cukai</abbr></h2>'
...     '<p><a href="#x">Tanya <abbr title="Customs">Bea Cukai</abbr></a>, '
...     '<abbr title="Customs">Bea Cukai</abbr> dan <abbr title="Customs">Bea Cukai</abbr>.</p>'
... )
>>> print(first_tooltips(page))
<h2>Di Bea Cukai</h2><p><a href="#x">Tanya Bea Cukai</a>, <abbr title="Customs" tabindex="0">Bea Cukai</abbr> dan Bea Cukai.</p>
>>> first_tooltips('<p>nothing to explain</p>')
'<p>nothing to explain</p>'
"""

from __future__ import annotations

import re

# Elements whose text names or labels something: a tooltip there would be a second control
# inside a control (links, summaries) or break up a title (headings, defined terms).
NO_TOOLTIP = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "summary", "dt", "button", "label"}
# Elements that never have a closing tag.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

_TOKEN = re.compile(
    r'<abbr title="(?P<title>[^"]*)">(?P<term>[^<]*)</abbr>'  # exactly what the abbr extension writes
    r"|<!--.*?-->"
    r"|<(?P<closing>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9]*)(?P<attrs>[^>]*)>",
    re.S,
)
_ADMONITION_TITLE = re.compile(r'\bclass="[^"]*\badmonition-title\b')


def first_tooltips(html: str) -> str:
    """Keep one focusable tooltip per term, at its first occurrence in running text."""
    open_elements: list[tuple[str, bool]] = []  # (tag, gives no tooltip), innermost last
    explained: set[str] = set()
    out: list[str] = []
    position = 0
    for token in _TOKEN.finditer(html):
        out.append(html[position : token.start()])
        position = token.end()
        if token["term"] is not None:
            term = token["term"]
            if term in explained or any(excluded for _, excluded in open_elements):
                out.append(term)  # already escaped text
            else:
                explained.add(term)
                out.append(f'<abbr title="{token["title"]}" tabindex="0">{term}</abbr>')
            continue
        out.append(token.group(0))
        tag = (token["tag"] or "").lower()
        if not tag or tag in VOID or token["attrs"].rstrip().endswith("/"):
            continue
        if token["closing"]:
            # Close the innermost element of that name (and any left open inside it).
            for index in range(len(open_elements) - 1, -1, -1):
                if open_elements[index][0] == tag:
                    del open_elements[index:]
                    break
        else:
            excluded = tag in NO_TOOLTIP or bool(_ADMONITION_TITLE.search(token["attrs"]))
            open_elements.append((tag, excluded))
    out.append(html[position:])
    return "".join(out)
