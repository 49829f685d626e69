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
            # Live reload's script runs (the policy would refuse it) when it asks the server to
            # wait for a change: a request that stays open, so the network never goes idle.
            with page.expect_request(lambda request: "/livereload/" in request.url):
                page.goto(base + path, wait_until="load")
            assert "livereload" in page.content()
            assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 0
    assert errors == []
