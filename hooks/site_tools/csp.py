"""A Content-Security-Policy for every page, delivered as a ``<meta>`` tag so it holds on any
static host (no server headers needed).

Everything loads from the site's own origin. Material's few inline scripts (its storage helpers,
the colour-scheme restore, the tab restore) are allowed by their SHA-256 hashes, computed from
each built page, so no ``'unsafe-inline'`` is needed; JSON data blocks are not scripts and need
no hash. No ``'unsafe-eval'``, and not even ``'wasm-unsafe-eval'``: Pyodide and the search's
Pagefind compile their WebAssembly inside module workers of ours (the checklist's and
``search-worker.js``), which take their policy from their own response, not from this page's
``<meta>``.

>>> page = '<head><meta charset="utf-8"><script>var a=1</script><script type="application/json">{}</script></head>'
>>> print(with_csp(page))  # doctest: +ELLIPSIS
<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-...'; ...
>>> with_csp("<p>no head</p>")
Traceback (most recent call last):
...
ValueError: The page has no <meta charset="utf-8"> to place the Content-Security-Policy after.
"""

from __future__ import annotations

import base64
import hashlib
import re

CHARSET = '<meta charset="utf-8">'
_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:(?!\bsrc=)[^>])*)>(?P<body>.*?)</script>", re.S)
_DATA_TYPE = re.compile(r'\btype="application/(?:ld\+)?json"')


def inline_script_hashes(html: str) -> list[str]:
    """CSP source expressions for each inline, executable script, in page order."""
    hashes = []
    for match in _INLINE_SCRIPT.finditer(html):
        if _DATA_TYPE.search(match.group("attrs")):
            continue
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return list(dict.fromkeys(hashes))


def policy(html: str) -> str:
    """The page's policy: its own origin only, its inline scripts by hash."""
    directives = {
        "default-src": "'self'",
        "script-src": " ".join(["'self'", *inline_script_hashes(html)]),
        "style-src": "'self'",
        "img-src": "'self' data:",
        "font-src": "'self'",
        "connect-src": "'self'",
        "worker-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def with_csp(html: str) -> str:
    """Insert the page's policy right after its charset, before anything that loads."""
    if CHARSET not in html:
        raise ValueError(f"The page has no {CHARSET} to place the Content-Security-Policy after.")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return html.replace(CHARSET, CHARSET + meta, 1)
