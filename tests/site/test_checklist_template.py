"""The checklist page's template against the engine: the form asks for exactly the engine's
draft fields, and the page's config carries the engine's own rules (no copy of them in the
template or the page's JavaScript)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from site_tools.checklist_build import python_space
from tests.support import ROOT
from usps_inquiry import clean, description, draft

CHECKLIST = ("daftar-periksa/index.html", "en/daftar-periksa/index.html")
SCRIPTS = ROOT / "overrides" / "assets" / "checklist"


class _Form(HTMLParser):
    """The names of the controls inside #chk-form, and the head's config and scripts."""

    def __init__(self):
        super().__init__()
        self.names: list[str] = []
        self.in_form = 0
        self.depth = 0
        self.config = None
        self._in_config = False
        self.module_scripts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == "chk-form":
            self.in_form = 1
        elif self.in_form and tag == "form":
            self.in_form += 1
        if self.in_form and tag in ("input", "textarea", "select") and attrs.get("name"):
            if attrs.get("type") not in ("submit", "button", "reset"):
                self.names.append(attrs["name"])
        if tag == "script" and attrs.get("id") == "chk-config":
            self._in_config = True
            self.config = ""
        if tag == "script" and attrs.get("type") == "module" and attrs.get("src"):
            self.module_scripts.append(attrs["src"])

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form -= 1
        if tag == "script":
            self._in_config = False

    def handle_data(self, data):
        if self._in_config:
            self.config += data


def parse(path: Path) -> _Form:
    parser = _Form()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("page", CHECKLIST)
def test_the_form_asks_for_exactly_the_engines_draft_fields(built_site: Path, page: str):
    names = set(parse(built_site / page).names)
    expected = {key for key in draft.FIELDS if key != "address"}
    expected |= {f"address.{part}" for part in draft.ADDRESS_FIELDS}
    assert names == expected


@pytest.mark.parametrize("page", CHECKLIST)
def test_the_config_carries_the_engines_rules(built_site: Path, page: str):
    config = json.loads(parse(built_site / page).config)
    assert config["description_limit"] == description.MAX_LENGTH
    assert config["space"] == python_space()
    # What the engine strips before counting, so the page's count agrees with it.
    assert {char for char in config["invisible"]} == {char for char in map(chr, range(0x110000)) if clean.has_invisible(char)}
    assert isinstance(config["timeout_seconds"], int) and config["timeout_seconds"] > 0
    for key in ("failed_timeout",):
        assert "{seconds}" in config["text"][key]
    assert "{mb}" in config["text"]["stage_runtime"] and "{mb}" in config["text"]["save_data"]
    assert 5 < config["download_mb"] < 50
    # The sizes the page counts its download against ("4,1 dari 13,6 MB"): the same whole.
    sizes = config["download_bytes"]
    assert {"pyodide.asm.wasm", "python_stdlib.zip", "pyodide.asm.mjs"} <= set(sizes)
    assert round(sum(sizes.values()) / 1e6, 1) == config["download_mb"]
    assert {"{received}", "{total}"} <= set(re.findall(r"\{\w+\}", config["text"]["stage_download"]))


def test_python_space_is_what_str_strip_removes():
    space = python_space()
    for char in map(chr, range(0x110000)):
        assert (f"{char}x{char}".strip() == "x") == (char in space), hex(ord(char))


def test_no_rule_is_written_into_the_template_or_the_scripts():
    template = (ROOT / "overrides" / "checklist.html").read_text(encoding="utf-8")
    scripts = {path.name: path.read_text(encoding="utf-8") for path in SCRIPTS.glob("*.js")}
    limit = str(description.MAX_LENGTH)
    assert limit not in template and not [name for name, text in scripts.items() if limit in text]
    # The timeout is one number in the config; the strings say it through {seconds}.
    assert not re.search(r"\b20 (detik|seconds)\b", template)
    # No list of the form's fields in the page's JavaScript.
    for name, text in scripts.items():
        assert '"tracking_number"' not in text and '"address.street"' not in text, name


def test_every_module_the_page_loads_is_in_the_site_and_kept_offline(built_site: Path):
    sources = (built_site / "sw.js").read_text(encoding="utf-8")
    build = json.loads(re.search(r"const BUILD = (\{.*?\n\});", sources, re.S).group(1))
    modules = set()
    pending = ["checklist.js", "boot.js", "worker.js"]
    while pending:
        name = pending.pop()
        if name in modules:
            continue
        modules.add(name)
        text = (built_site / "assets" / "checklist" / name).read_text(encoding="utf-8")
        pending += re.findall(r'^(?:import|export)\b[^;]*?from "\./([a-z-]+\.js)"', text, re.M)
    assert {"engine.js", "form.js", "storage.js", "render.js", "record.js", "text.js", "python.js", "snapshot.js", "cases.js", "cases-panel.js"} <= modules
    for name in modules:
        assert f"assets/checklist/{name}" in build["precache"], name
    # boot.js first (from the head, to start Python early), checklist.js at the end of the page.
    scripts = [src.rsplit("/", 1)[-1] for src in parse(built_site / CHECKLIST[0]).module_scripts if "/checklist/" in src]
    assert scripts == ["boot.js", "checklist.js"]
