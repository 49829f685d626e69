"""Fixtures for the checklist page's browser tests (the shared ones are in tests/conftest.py;
the helpers the tests share are in tests/browser/support.py)."""

from __future__ import annotations

import pytest

from tests.browser.support import open_checklist
from tests.support import DESKTOP, ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture
def context_factory(browser):
    """Make browser contexts that are all closed after the test."""
    contexts = []

    def make(**options):
        options.setdefault("viewport", DESKTOP)
        context = browser.new_context(**options)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail("node_modules/axe-core is missing: run scripts/setup", pytrace=False)
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def checklist_page(page, site_url):
    """The Indonesian checklist page with Python ready."""
    return open_checklist(page, site_url, "id")
