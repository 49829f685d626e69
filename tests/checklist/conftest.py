"""Shared helpers for the checklist engine's tests.

Nothing here depends on the site fixtures in ``tests/conftest.py``; the same files run inside
Pyodide (``node tests/pyodide/run-checklist-tests.mjs``), where starting a process is impossible.
"""

from __future__ import annotations

import sys
from datetime import date

import pytest

IN_PYODIDE = sys.platform == "emscripten"


def pytest_configure(config):
    config.addinivalue_line("markers", "subprocess: starts a process, so it is skipped inside Pyodide")


def pytest_collection_modifyitems(config, items):
    if IN_PYODIDE:
        skip = pytest.mark.skip(reason="Pyodide cannot start processes")
        for item in items:
            if "subprocess" in item.keywords:
                item.add_marker(skip)

TODAY = date(2026, 3, 20)


@pytest.fixture
def today() -> date:
    """A fixed "today", so dates in drafts never drift into the future."""
    return TODAY


def _good_draft(**changes):
    """A complete draft with no findings; `changes` replace or (with None) remove fields."""
    draft = {
        "topic": "lost_package",
        "name": "Budi Santoso",
        "email": "budi.santoso@example.com",
        "phone": "+62 812-3456-7890",
        "tracking_number": "9400 1112 0620 6406 2607 87",
        "address": {"street": "1600 Pennsylvania Ave NW", "city": "Washington", "state": "DC", "zip": "20500"},
        "date": "2026-03-02",
        "description": "I mailed a birthday present on March 2 and tracking has not changed since it left Chicago.",
        "has_screenshots": False,
    }
    for key, value in changes.items():
        if value is None:
            draft.pop(key, None)
        else:
            draft[key] = value
    return draft


@pytest.fixture
def good_draft():
    """The factory :func:`_good_draft`: ``good_draft(email="x")`` changes one field."""
    return _good_draft
