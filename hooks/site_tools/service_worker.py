"""The site's service worker (``sw.js`` at the site root), generated from the built site.

The worker's source is ``service_worker.js`` beside this file with one value filled in: the
build, a JSON object that says what to cache and what each file's SHA-256 is.

- ``precache``: every file a reader may need offline (each page in both languages, the 404
  page, Material's assets, the search index of both languages (``pagefind/``), our CSS and
  JavaScript, the checklist's own files), downloaded when a new version installs;
- ``lazy``: the Pyodide runtime and the checklist's wheel, cached only when the checklist page
  loads them (or, on an update, only for a reader whose previous version had cached them), so a
  guide page never downloads the runtime;
- ``runtime_pages``: the pages that load the lazy files (the checklist in each language);
- ``version``: a hash of every file's path and content and of the worker's own source. Any
  change gives a new ``sw.js``, which the browser installs as a new version with its own cache.

Paths are relative to the site root; a folder's ``index.html`` is its address (``en/tips/``).

>>> files = {"index.html": "a" * 64, "en/tips/index.html": "b" * 64,
...          "assets/pyodide/314.0.7/pyodide.asm.wasm": "c" * 64, "sitemap.xml": "d" * 64}
>>> build = plan(files)
>>> sorted(build["precache"]), sorted(build["lazy"])
(['./', 'en/tips/'], ['assets/pyodide/314.0.7/pyodide.asm.wasm'])
>>> build["version"] == plan({**files, "en/tips/index.html": "e" * 64})["version"]
False
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

#: The worker's file name, at the root of the site (its scope is the whole site).
WORKER = "sw.js"
TEMPLATE = Path(__file__).with_name("service_worker.js")
#: Where the template takes the build; the rest of the template is plain JavaScript.
_PLACEHOLDER = "/* BUILD */ null"

#: Loaded by the checklist page only, and large: cached when that page loads them.
LAZY = (re.compile(r"^assets/pyodide/"), re.compile(r"\.whl$"))
#: Never cached: the worker itself, source maps, files for crawlers, and Material's own search
#: (lunr and its worker), which Material ships but the site does not use (hooks/search.py).
SKIP = (
    re.compile(r"^sw\.js$"),
    re.compile(r"\.map$"),
    re.compile(r"^sitemap\.xml(\.gz)?$"),
    re.compile(r"^robots\.txt$"),
    re.compile(r"^assets/javascripts/lunr/"),
    re.compile(r"^assets/javascripts/workers/search\."),
)


def site_address(path: str) -> str:
    """The address a file is served at, relative to the site root.

    >>> site_address("index.html"), site_address("en/tips/index.html"), site_address("404.html")
    ('./', 'en/tips/', '404.html')
    """
    if path == "index.html":
        return "./"
    if path.endswith("/index.html"):
        return path[: -len("index.html")]
    return path


def hash_files(site_dir: Path) -> dict[str, str]:
    """Every file of the built site (but the worker itself) with its SHA-256, by site path."""
    result = {}
    for path in sorted(site_dir.rglob("*")):
        if path.is_file():
            name = path.relative_to(site_dir).as_posix()
            if name != WORKER:
                result[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def plan(
    files: Mapping[str, str],
    *,
    runtime_pages: Iterable[str] = (),
    fallback: str = "404.html",
    worker_source: str = "",
) -> dict:
    """The build the worker is generated with, from each site file's SHA-256 (see the module)."""
    precache: dict[str, str] = {}
    lazy: dict[str, str] = {}
    for path, digest in sorted(files.items()):
        if any(rule.search(path) for rule in SKIP):
            continue
        target = lazy if any(rule.search(path) for rule in LAZY) else precache
        target[site_address(path)] = digest
    # Only what the worker serves counts: a new sitemap date alone is not a new version.
    version = hashlib.sha256()
    for address, digest in sorted({**precache, **lazy}.items()):
        version.update(f"{address}\0{digest}\n".encode())
    version.update(worker_source.encode())
    return {
        "version": version.hexdigest()[:16],
        "enabled": True,
        "precache": precache,
        "lazy": lazy,
        "runtime_pages": sorted(site_address(p) for p in runtime_pages),
        "fallback": fallback if fallback in precache else None,
    }


def pages_using(site_dir: Path, files: Iterable[str], marker: str = "assets/pyodide/") -> list[str]:
    """The HTML files that refer to ``marker`` (the checklist pages load the runtime)."""
    return [
        name
        for name in files
        if name.endswith(".html") and marker in (site_dir / name).read_text(encoding="utf-8")
    ]


def render(build: Mapping, template: str) -> str:
    """The worker's source: the template with the build filled in.

    >>> print(render({"version": "1"}, "const BUILD = /* BUILD */ null;"))
    const BUILD = {
     "version": "1"
    };
    """
    if template.count(_PLACEHOLDER) != 1:
        raise ValueError(f"The service worker template must contain {_PLACEHOLDER!r} exactly once.")
    return template.replace(_PLACEHOLDER, json.dumps(build, indent=1, sort_keys=True))


def off_switch() -> dict:
    """The build of a worker that removes itself and its caches (offline support turned off).

    Serving it replaces any worker a reader's browser still has from an earlier build.
    """
    return {"version": "off", "enabled": False, "precache": {}, "lazy": {}, "runtime_pages": [], "fallback": None}


def write_service_worker(site_dir: Path, *, enabled: bool = True) -> dict:
    """Write ``sw.js`` into a built site and return its build (see :func:`plan`)."""
    template = TEMPLATE.read_text(encoding="utf-8")
    if enabled:
        files = hash_files(site_dir)
        build = plan(
            files,
            runtime_pages=pages_using(site_dir, files),
            worker_source=template,
        )
    else:
        build = off_switch()
    (site_dir / WORKER).write_text(render(build, template), encoding="utf-8")
    return build
