"""The service worker generator (hooks/site_tools/service_worker.py) on the real built site."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import urllib.request
from pathlib import Path

import pytest

from site_tools.service_worker import plan, render, write_service_worker
from tests.support import mkdocs_serve

from .pages import LANGS, slugs, url_path


def worker_build_of(source: str) -> dict:
    return json.loads(re.search(r"const BUILD = (\{.*?\n\});", source, re.S).group(1))


def worker_build(site: Path) -> dict:
    return worker_build_of((site / "sw.js").read_text(encoding="utf-8"))


@pytest.fixture
def site_copy(built_site: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "site"
    shutil.copytree(built_site, copy)
    return copy


def test_the_build_writes_a_worker_that_precaches_every_page_and_asset(built_site: Path):
    build = worker_build(built_site)
    precache = build["precache"]
    for slug in slugs():
        for lang in LANGS:
            assert (url_path(slug, lang) or "./") in precache, (slug, lang)
    assert "./" in precache and "en/" in precache and "en/tips/" in precache
    assert build["fallback"] == "404.html" and "404.html" in precache
    # The search: Pagefind's script, its entry, and both languages' WebAssembly, meta data,
    # index chunks and fragments, so that search works offline after one visit.
    pagefind = [p for p in precache if p.startswith("pagefind/")]
    assert {"pagefind/pagefind.js", "pagefind/pagefind-entry.json", "pagefind/wasm.id.pagefind",
            "pagefind/wasm.en.pagefind"} <= set(pagefind)
    on_disk = {p.relative_to(built_site).as_posix() for p in (built_site / "pagefind").rglob("*") if p.is_file()}
    assert set(pagefind) == on_disk
    for kind in ("index/id_", "index/en_", "fragment/id_", "fragment/en_"):
        assert [p for p in pagefind if p.startswith("pagefind/" + kind)], kind
    assert "assets/javascripts/search.js" in precache and "assets/javascripts/search-worker.js" in precache
    for name in ("assets/stylesheets/guide.css", "assets/javascripts/offline.js",
                 "assets/checklist/checklist.js", "assets/checklist/worker.js", "assets/checklist/checklist.css",
                 "assets/checklist/answers.js", "assets/checklist/disclosure.js"):
        assert name in precache, name
    assert [p for p in precache if re.fullmatch(r"assets/javascripts/bundle\.[0-9a-f]+\.min\.js", p)]
    # Material's own search (lunr and its worker), which the site does not use, is left out.
    assert not [p for p in precache if p.startswith(("assets/javascripts/lunr/", "assets/javascripts/workers/search."))]
    assert not [p for p in precache if p.startswith("search/")]
    # Never the runtime or the wheel, nor source maps, the sitemap or the worker itself.
    assert not [p for p in precache if p.startswith("assets/pyodide/") or p.endswith((".whl", ".map"))]
    assert not {"sw.js", "sitemap.xml", "sitemap.xml.gz"} & set(precache)
    assert build["runtime_pages"] == ["daftar-periksa/", "en/daftar-periksa/"]


def test_the_lazy_files_are_exactly_the_runtime_and_the_wheel(built_site: Path):
    lazy = worker_build(built_site)["lazy"]
    on_disk = {p.relative_to(built_site).as_posix() for p in (built_site / "assets" / "pyodide").rglob("*") if p.is_file()}
    on_disk |= {p.relative_to(built_site).as_posix() for p in built_site.rglob("*.whl")}
    assert set(lazy) == on_disk
    assert any(p.endswith("pyodide.asm.wasm") for p in lazy)
    # One wheel, the engine's: the page loads no package of Pyodide's (no micropip), so an update
    # downloads nothing the page does not use.
    wheels = [p for p in lazy if p.endswith(".whl")]
    assert len(wheels) == 1 and re.fullmatch(r"assets/checklist/[0-9a-f]{12}/usps_inquiry-.+\.whl", wheels[0])


def sha256_of(site: Path, address: str) -> str:
    """The SHA-256 of the file served at ``address`` (a folder's address serves its index.html)."""
    path = site / address
    if address.endswith("/") or address == "./":
        path = path / "index.html"
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_each_listed_hash_is_the_files_sha256(built_site: Path):
    build = worker_build(built_site)
    listed = {**build["precache"], **build["lazy"]}
    assert len(build["precache"]) > 2 * len(slugs()) and len(build["lazy"]) >= 3  # pages, assets, runtime
    wrong = {address: digest for address, digest in listed.items() if digest != sha256_of(built_site, address)}
    assert wrong == {}


@pytest.mark.parametrize(
    "changed", ["en/tips/index.html", "assets/checklist/worker.js", "assets/pyodide/314.0.7/pyodide-lock.json"]
)
def test_changing_any_cached_file_changes_the_version(site_copy: Path, changed: str):
    before = write_service_worker(site_copy)["version"]
    assert write_service_worker(site_copy)["version"] == before  # same files, same version
    target = site_copy / changed
    if not target.exists():
        target = next(site_copy.glob(changed.replace("314.0.7", "*")))
    target.write_bytes(target.read_bytes() + b"\n")
    after = write_service_worker(site_copy)
    assert after["version"] != before
    assert re.fullmatch(r"[0-9a-f]{16}", after["version"])


def test_a_new_sitemap_alone_is_not_a_new_version(site_copy: Path):
    before = write_service_worker(site_copy)["version"]
    (site_copy / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")
    assert write_service_worker(site_copy)["version"] == before


def test_the_workers_own_code_is_part_of_the_version():
    files = {"index.html": "a" * 64}
    assert plan(files, worker_source="one")["version"] != plan(files, worker_source="two")["version"]


def test_the_template_takes_the_build_once():
    with pytest.raises(ValueError, match="exactly once"):
        render({"version": "1"}, "no placeholder")


def test_the_off_switch_lists_nothing(site_copy: Path):
    build = write_service_worker(site_copy, enabled=False)
    assert build["enabled"] is False and build["precache"] == {} and build["lazy"] == {}
    assert worker_build(site_copy)["enabled"] is False


def test_two_builds_of_the_same_source_have_the_same_version(built_site: Path):
    from tests.support import build_site

    again = built_site.parent / "offline-again"
    result = build_site(again)
    assert result.returncode == 0, result.stderr
    assert worker_build(again)["version"] == worker_build(built_site)["version"]


def _get(url: str) -> str:
    with urllib.request.urlopen(url) as response:
        return response.read().decode()


def test_mkdocs_serve_registers_no_worker_and_serves_the_off_switch():
    with mkdocs_serve(livereload=False) as base:
        page = _get(base + "en/tips/")
        assert "offline.js" not in page
        worker = _get(base + "sw.js")
    # The off switch: a worker that removes itself and its caches, and lists nothing.
    assert worker_build_of(worker) == {
        "version": "off", "enabled": False, "precache": {}, "lazy": {}, "runtime_pages": [], "fallback": None,
    }
