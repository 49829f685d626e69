"""Fixtures shared by the site, checklist and browser tests.

The site is built once per test session with ``mkdocs build --strict`` into a temporary folder and
served on 127.0.0.1; browser tests drive Debian's Chromium through Playwright (never a browser
that Playwright downloads). Nothing heavy is imported at module level, so the checklist tests can
also run inside Pyodide.
"""

from __future__ import annotations

from pathlib import Path

import subprocess

import pytest

from tests.support import CHROMIUM, CHROMIUM_ARGS, DESKTOP, build_site, serve_directory


@pytest.fixture(scope="session")
def site_build(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The session's one strict build: its folder and the finished process (its log)."""
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(site_dir)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stderr}", pytrace=False)
    return site_dir, result


@pytest.fixture(scope="session")
def built_site(site_build) -> Path:
    return site_build[0]


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    """Base URL (ending in /) of the built site served on localhost."""
    server, url = serve_directory(built_site)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run scripts/setup --browser", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser context (no stored state) at desktop width."""
    context = browser.new_context(viewport=DESKTOP)
    yield context.new_page()
    context.close()


@pytest.fixture
def server(built_site: Path):
    """The built site on its own origin (so its own service worker), logging every request."""
    from tests.offline_server import SiteServer

    server = SiteServer(built_site)
    yield server
    server.close()


@pytest.fixture
def context(browser):
    """A fresh browser context at desktop width, for tests that open several pages."""
    context = browser.new_context(viewport=DESKTOP)
    yield context
    context.close()
