"""An author's `mkdocs serve`: pages load cleanly with live reload (no policy refusing the
server's injected script), in both languages."""

from __future__ import annotations

import pytest

from tests.support import mkdocs_serve

pytestmark = pytest.mark.browser


def test_mkdocs_serve_pages_load_cleanly_with_live_reload(page):
    errors = []
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    with mkdocs_serve() as base:
        for path in ("tips/", "en/tips/", "daftar-periksa/"):
            # Live reload keeps a request open, so the network never goes idle: wait for load.
            page.goto(base + path, wait_until="load")
            page.wait_for_timeout(1000)
            assert "livereload" in page.content()
            assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 0
    assert errors == []
