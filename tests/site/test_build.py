"""The site builds with zero warnings, and a broken link or anchor fails the build."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.support import build_site, copy_project

from .pages import LANGS, built_html, slugs


def test_strict_build_has_no_warnings(site_build):
    # The session's build ran with --strict (a warning would have stopped it); its log says so too.
    site_dir, result = site_build
    assert result.returncode == 0
    log = result.stderr.splitlines()
    assert [line for line in log if line.startswith("WARNING")] == []
    assert f"INFO    -  Building documentation to directory: {site_dir}" in log
    assert log[-1].startswith("INFO    -  Documentation built in ")


def test_every_page_is_built_in_both_languages(built_site: Path):
    for slug in slugs():
        for lang in LANGS:
            assert built_html(built_site, slug, lang).is_file(), (slug, lang)


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A throwaway copy of the project, so a test can break a page."""
    return copy_project(tmp_path / "project")


@pytest.mark.parametrize(
    ("link", "complaint"),
    [
        ("[broken](no-such-page.md)", "no-such-page.md"),
        ("[broken](langkah.md#no-such-anchor)", "no-such-anchor"),
    ],
)
def test_broken_link_or_anchor_fails_the_build(project_copy: Path, link: str, complaint: str):
    page = project_copy / "docs" / "tips.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\n\n{link}\n", encoding="utf-8")
    result = build_site(project_copy / "site", cwd=project_copy)
    assert result.returncode != 0
    assert complaint in result.stderr
