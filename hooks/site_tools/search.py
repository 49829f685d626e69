"""The site search: a Pagefind index of the built site, one per language.

Pagefind (the binary inside the ``pagefind-bin`` wheel, so the build downloads nothing) reads
every built page, takes its language from ``<html lang>``, and writes ``pagefind/`` at the
site root: one index per language, stemmed (Indonesian with Snowball's Indonesian stemmer), in
small fragments that the browser fetches only for the words searched.

- Only the article is indexed (``data-pagefind-body``, see :func:`mark_search_body`): not the
  navigation, the header or the footer, and pages without it (the 404 page) not at all.
- Inside the article, :data:`EXCLUDE` leaves out what is not the page's text.
- The site's own search module (``assets/javascripts/search.js``) runs ``pagefind.js`` in a
  Web Worker of its own, so only :data:`KEEP` is needed; Pagefind's ready-made interfaces, its
  own worker and its language-less WebAssembly are removed (nothing loads them, and the service
  worker would otherwise cache them).

>>> mark_search_body('<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset"><h1>T</h1>')
'<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset" data-pagefind-body><h1>T</h1>'
>>> mark_search_body("<p>no article</p>")
Traceback (most recent call last):
...
ValueError: Material's article markup changed: update site_tools/search.py.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

#: Where Pagefind writes its bundle, below the site root.
BUNDLE = "pagefind"
ARTICLE = '<article class="md-content__inner md-typeset">'
#: Not the page's text, so never a search hit.
EXCLUDE = (
    ".headerlink",  # the heading permalinks' "¶"
    ".guide-reviewed",  # "last reviewed on …", the same line on every page
    "[data-chk]",  # the checklist's interactive form, its panels and its templates
    "template",
)
#: What the site's search loads from the bundle (paths relative to it); the rest is removed.
KEEP = (
    re.compile(r"^pagefind\.js$"),
    re.compile(r"^pagefind-entry\.json$"),
    re.compile(r"^pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$"),
    re.compile(r"^wasm\.(?!unknown\.)[a-z-]+\.pagefind$"),
    re.compile(r"^(index|fragment|filter)/[^/]+$"),
)


class SearchBuildError(Exception):
    """Pagefind could not index the site; the message says why."""


def mark_search_body(html: str) -> str:
    """Mark a guide page's article as the only part Pagefind indexes."""
    if ARTICLE not in html:
        raise ValueError("Material's article markup changed: update site_tools/search.py.")
    return html.replace(ARTICLE, ARTICLE[:-1] + " data-pagefind-body>", 1)


def kept(path: str) -> bool:
    """Whether the site's search needs this file of Pagefind's bundle.

    >>> [kept(p) for p in ("pagefind.js", "wasm.id.pagefind", "wasm.unknown.pagefind",
    ...                     "fragment/id_98ac65c.pf_fragment", "pagefind-ui.js", "pagefind-worker.js")]
    [True, True, False, True, False, False]
    """
    return any(rule.search(path) for rule in KEEP)


def pagefind_command(site_dir: Path) -> list[str]:
    """The Pagefind run that indexes a built site (its binary from the pagefind-bin wheel)."""
    from pagefind_bin import get_executable

    command = [str(get_executable()), "--site", str(site_dir), "--output-subdir", BUNDLE, "--quiet"]
    for selector in EXCLUDE:
        command += ["--exclude-selectors", selector]
    return command


def index_site(site_dir: Path) -> dict[str, int]:
    """Index a built site into ``<site>/pagefind/``; return the pages indexed per language."""
    bundle = site_dir / BUNDLE
    shutil.rmtree(bundle, ignore_errors=True)  # a rebuild under `mkdocs serve` starts clean
    try:
        result = subprocess.run(pagefind_command(site_dir), capture_output=True, text=True, check=False)
    except (OSError, ImportError) as error:
        raise SearchBuildError(f"Pagefind did not run ({error}): run scripts/setup.") from None
    if result.returncode != 0:
        raise SearchBuildError(f"Pagefind failed:\n{result.stdout}{result.stderr}")
    for path in sorted(bundle.rglob("*"), reverse=True):
        name = path.relative_to(bundle).as_posix()
        if path.is_file() and not kept(name):
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    # Pagefind lists the languages in any order: sorted, the same site gives the same bytes (and
    # the service worker the same version).
    entry_file = bundle / "pagefind-entry.json"
    entry = json.loads(entry_file.read_text(encoding="utf-8"))
    entry["languages"] = dict(sorted(entry["languages"].items()))
    entry_file.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {lang: info["page_count"] for lang, info in entry["languages"].items()}
