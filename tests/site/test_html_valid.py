"""Every built page is valid HTML (html-validate, the standard's rules; see .htmlvalidate.mjs)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.support import ROOT

HTML_VALIDATE = ROOT / "node_modules" / ".bin" / "html-validate"


def test_every_page_is_valid_html(built_site: Path):
    pages = sorted(str(p) for p in built_site.rglob("*.html"))
    assert len(pages) >= 19
    result = subprocess.run(
        [str(HTML_VALIDATE), "--config", str(ROOT / ".htmlvalidate.mjs"), "--formatter", "json", *pages],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    problems = [
        f"{Path(report['filePath']).relative_to(built_site)}:{m['line']}: {m['message']} ({m['ruleId']})"
        for report in json.loads(result.stdout or "[]")
        for m in report["messages"]
    ]
    assert problems == []
    assert result.returncode == 0, result.stderr
