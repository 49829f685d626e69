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
from usps_inquiry import clean, draft
from usps_inquiry.formats import description

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
    assert {
        "engine.js", "form.js", "storage.js", "render.js", "record.js", "text.js", "python.js", "snapshot.js", "cases.js",
        "cases-panel.js", "cases-list.js", "case-view.js", "case-history.js", "cases-file.js", "cases-notice.js", "cases-migration.js",
        "dom.js",
    } <= modules
    for name in modules:
        assert f"assets/checklist/{name}" in build["precache"], name
    # boot.js first (from the head, to start Python early), checklist.js at the end of the page.
    scripts = [src.rsplit("/", 1)[-1] for src in parse(built_site / CHECKLIST[0]).module_scripts if "/checklist/" in src]
    assert scripts == ["boot.js", "checklist.js"]


# --- The engine's labels on the page (usps_inquiry.page_labels, through the hook) ---------------

TEMPLATES = [ROOT / "overrides" / "checklist.html", *sorted((ROOT / "overrides" / "partials").glob("checklist-*.html"))]


class _Labels(HTMLParser):
    """What the built page says: each control's label, each fieldset's legend, the case events'
    options, and the cases panel's config."""

    def __init__(self):
        super().__init__()
        self.labels: dict[str, str] = {}  # control id -> its <label>'s text
        self.legends: dict[str, str] = {}  # data-chk-field of a fieldset -> its <legend>'s text
        self.radios: dict[str, list[tuple[str, str]]] = {}  # name -> [(value, id)] in order
        self.options: list[tuple[str, str]] = []
        self.cases_config = ""
        self._open: tuple[str, str] | None = None  # what the current text belongs to
        self._fieldsets: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "fieldset":
            self._fieldsets.append(attrs.get("data-chk-field"))
        elif tag == "legend" and self._fieldsets and self._fieldsets[-1]:
            self._open = ("legend", self._fieldsets[-1])
        elif tag == "label" and attrs.get("for"):
            self._open = ("label", attrs["for"])
        elif tag == "option" and attrs.get("value"):
            self._open = ("option", attrs["value"])
        elif tag == "script" and attrs.get("id") == "chk-cases-config":
            self._open = ("cases", "")
        if tag == "input" and attrs.get("type") in ("radio", "checkbox") and (attrs.get("id") or "").startswith("chk-"):
            self.radios.setdefault(attrs["name"], []).append((attrs["value"], attrs["id"]))

    def handle_endtag(self, tag):
        if tag == "fieldset":
            self._fieldsets.pop()
        if tag in ("legend", "label", "option", "script"):
            self._open = None

    def handle_data(self, data):
        if self._open is None:
            return
        kind, key = self._open
        if kind == "legend":
            self.legends[key] = self.legends.get(key, "") + data
        elif kind == "label":
            self.labels[key] = self.labels.get(key, "") + data
        elif kind == "option":
            self.options.append((key, data))
        else:
            self.cases_config += data


def _shown(parser: _Labels, name: str) -> list[list[str]]:
    """The [value, label] pairs of a group of radios or checkboxes, as the page shows them."""
    return [[value, parser.labels[control].strip()] for value, control in parser.radios[name]]


@pytest.mark.parametrize("page", CHECKLIST)
def test_the_page_shows_the_engines_labels(built_site: Path, page: str):
    from usps_inquiry.page_labels import labels

    lang = "en" if page.startswith("en/") else "id"
    engine = labels(lang)
    parser = _Labels()
    parser.feed((built_site / page).read_text(encoding="utf-8"))

    for key, label in engine["fields"].items():
        # A question with one control is labelled by a <label>; a group of them by its legend.
        shown = parser.legends.get(key) or parser.labels.get("chk-" + key.replace(".", "-").replace("_", "-"))
        assert shown is not None and shown.strip() == label, (key, shown)
    assert _shown(parser, "topic") == engine["topics"]
    for key, choices in engine["choices"].items():
        assert _shown(parser, key) == [[value, label[:1].upper() + label[1:]] for value, label in choices], key
    assert _shown(parser, "details") == engine["details"]
    assert _shown(parser, "insured") == [["true", engine["yes"]], ["false", engine["no"]]]
    assert [list(option) for option in parser.options] == engine["events"]
    cases_text = json.loads(parser.cases_config)["text"]
    assert cases_text["events"] == engine["events"] and cases_text["untitled"] == engine["untitled"]


def test_no_template_holds_a_label_the_engine_owns():
    from usps_inquiry.page_labels import LANGS, labels

    owned: set[str] = set()
    for lang in LANGS:
        engine = labels(lang)
        owned |= set(engine["fields"].values()) | {engine["yes"], engine["no"], engine["untitled"]}
        for pairs in (engine["topics"], engine["details"], engine["events"], *engine["choices"].values()):
            owned |= {label for _, label in pairs}
    assert len(owned) > 100  # every list above, in both languages
    for template in TEMPLATES:
        text = template.read_text(encoding="utf-8")
        # As a string in the template's code, or as an element's whole text.
        copies = {label for label in owned if any(f"{q}{label}{e}" in text for q, e in ('""', "''", "><"))}
        assert sorted(copies - SAME_WORDS.get(template.name, set())) == [], template.name


#: The engine's words that a template uses for a question of its own: the cases panel's "what
#: happened?" asks which event to record, not the draft's description.
SAME_WORDS = {"checklist-cases.html": {"Apa yang terjadi?", "What happened?"}}


def test_the_config_carries_which_questions_each_topic_asks(built_site: Path):
    from usps_inquiry.rules.situation import fields_for
    from usps_inquiry.rules.topics import TOPIC_KEYS

    config = json.loads(parse(built_site / CHECKLIST[0]).config)
    assert config["fields"] == {"": list(fields_for(None)), **{key: list(fields_for(key)) for key in TOPIC_KEYS}}
    # The page shows, before any script runs, what no topic asks and nothing else.
    parser = _Disclosed()
    parser.feed((built_site / CHECKLIST[0]).read_text(encoding="utf-8"))
    assert parser.shown and parser.hidden
    assert parser.shown == [key for key in parser.shown + parser.hidden if key in fields_for(None)]


class _Disclosed(HTMLParser):
    def __init__(self):
        super().__init__()
        self.shown: list[str] = []
        self.hidden: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "data-chk-disclose" in attrs:
            (self.hidden if "hidden" in attrs else self.shown).append(attrs["data-chk-field"])


# --- The checker is findable (issue #16) ---------------------------------------------------------


@pytest.mark.parametrize("page", CHECKLIST)
def test_the_checker_is_in_the_pages_intro_and_table_of_contents(built_site: Path, page: str):
    from site_tools.checklist_build import CHECKER_ANCHOR

    html = (built_site / page).read_text(encoding="utf-8")
    heading = re.search(rf'<h2 id="{CHECKER_ANCHOR}">([^<]+)</h2>', html)
    assert heading, "the checker's heading carries the anchor"
    # The page's first paragraph, right under its title, links to it.
    first = re.search(r"</h1>\s*<p>(.*?)</p>", html, re.S).group(1)
    assert f'href="#{CHECKER_ANCHOR}"' in first
    # The table of contents (Material's secondary navigation) lists it by its heading.
    toc = re.search(r'<nav class="md-nav md-nav--secondary".*?</nav>', html, re.S).group(0)
    entry = re.search(rf'href="#{CHECKER_ANCHOR}" class="md-nav__link">\s*<span class="md-ellipsis">\s*([^<]+?)\s*</span>', toc)
    assert entry and entry.group(1) == heading.group(1).strip()
    # After the printable list's own sections, which stay.
    assert toc.index(f'href="#{CHECKER_ANCHOR}"') > toc.index('href="#cetak"')


@pytest.mark.parametrize("home", ["index.html", "en/index.html"])
def test_the_home_pages_checklist_card_says_the_checker_is_there(built_site: Path, home: str):
    from site_tools.checklist_build import CHECKER_ANCHOR

    html = (built_site / home).read_text(encoding="utf-8")
    cards = re.search(r'<div class="grid cards">(.*?)</div>', html, re.S).group(1)
    card = next(item for item in re.findall(r"<li>(.*?)</li>", cards, re.S) if 'href="daftar-periksa/"' in item)
    assert f'href="daftar-periksa/#{CHECKER_ANCHOR}"' in card


def test_the_templates_call_no_methods_so_they_also_render_in_jinjas_sandbox():
    """`choices.get(key, [])` and the like are refused by Jinja's immutable sandbox (the way
    forward for Material's successor); subscripts, tests and filters are not."""
    for template in TEMPLATES:
        for tag in re.findall(r"\{[{%].*?[}%]\}", template.read_text(encoding="utf-8"), re.S):
            code = re.sub(r'"[^"]*"|\'[^\']*\'', '""', tag)  # what is inside strings is text
            assert not re.search(r"\w\.\w+\(", code), (template.name, tag)
