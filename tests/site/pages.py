"""The guide's pages as the tests see them: one entry per page, in both languages."""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"
LANGS = ("id", "en")


def slugs() -> list[str]:
    """Every page's slug, from the Indonesian (default-language) Markdown files."""
    return sorted(p.stem for p in DOCS.glob("*.md") if not p.stem.endswith(".en"))


def source(slug: str, lang: str) -> Path:
    return DOCS / (f"{slug}.md" if lang == "id" else f"{slug}.en.md")


def url_path(slug: str, lang: str) -> str:
    """The page's path below the site root, as the built site serves it."""
    prefix = "" if lang == "id" else "en/"
    return prefix if slug == "index" else f"{prefix}{slug}/"


def built_html(site: Path, slug: str, lang: str) -> Path:
    return site / url_path(slug, lang) / "index.html"


def answer_as_missing(page, site: Path, address: str) -> None:
    """Have the browser `page` get what a static host sends for an address it lacks: 404 with
    the site's /404.html (the test server sends a bare 404)."""
    body = (site / "404.html").read_bytes()
    page.route(address, lambda route: route.fulfill(status=404, body=body, content_type="text/html"))
