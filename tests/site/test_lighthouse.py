"""Lighthouse (mobile preset) on the home page, a guide page and the checklist, both languages:
Accessibility, Best Practices and SEO score 100; guide pages score at least 95 for Performance.

The site is built with SITE_URL set to the address it is served at, as it would be when
published, so canonical links are audited as a real deployment's would be.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess

import pytest

from tests.support import CHROMIUM, CHROMIUM_ARGS, ROOT, build_site, serve_directory

pytestmark = pytest.mark.browser

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = [
    ("", "guide"),
    ("en/", "guide"),
    ("langkah/", "guide"),
    ("en/langkah/", "guide"),
    ("daftar-periksa/", "checklist"),
    ("en/daftar-periksa/", "checklist"),
]


@pytest.fixture(scope="module")
def published_site(tmp_path_factory):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    site_dir = tmp_path_factory.mktemp("published")
    result = build_site(site_dir, site_url=url)
    assert result.returncode == 0, result.stderr
    server, served = serve_directory(site_dir, port)
    assert served == url
    yield url
    server.shutdown()
    server.server_close()


def lighthouse(url: str, output) -> dict:
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    subprocess.run(
        [
            str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={output}",
            f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={flags}",
        ],
        check=True,
        timeout=240,
        env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
    )
    return json.loads(output.read_text(encoding="utf-8"))


def failing_audits(report: dict, category: str) -> list[str]:
    return [
        f"{ref['id']}: {report['audits'][ref['id']].get('displayValue', '')}"
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] and (report["audits"][ref["id"]]["score"] or 0) < 1
    ]


@pytest.mark.parametrize(("path", "kind"), PAGES)
def test_lighthouse_scores(published_site, tmp_path, path, kind):
    report = lighthouse(published_site + path, tmp_path / "report.json")
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    for name in ("accessibility", "best-practices", "seo"):
        assert scores[name] == 100, (name, failing_audits(report, name))
    if kind == "guide":
        assert scores["performance"] >= 95, failing_audits(report, "performance")
