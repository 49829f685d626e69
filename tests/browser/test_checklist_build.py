"""The build functions behind hooks/checklist_assets.py (no browser needed)."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from site_tools.checklist_build import (
    RUNTIME_FILES,
    ChecklistBuildError,
    build_wheel,
    find_runtime,
    hide_task_list_checkboxes,
    plan_assets,
    runtime_lock,
)
from tests.support import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    return build_wheel(ROOT / "checklist", tmp_path_factory.mktemp("wheels"))


def test_the_wheel_is_a_valid_pure_wheel_holding_the_package(wheel):
    assert wheel.name.startswith("usps_inquiry-") and wheel.name.endswith("-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        info = next(n for n in names if n.endswith(".dist-info/WHEEL"))
        wheel_meta = archive.read(info).decode()
        record = archive.read(next(n for n in names if n.endswith(".dist-info/RECORD"))).decode()
    assert "Root-Is-Purelib: true" in wheel_meta
    assert "Tag: py3-none-any" in wheel_meta
    assert "usps_inquiry/__init__.py" in names
    assert "usps_inquiry/worker.py" in names
    assert not [n for n in names if n.endswith((".so", ".pyd", ".pyc"))]
    for name in names:
        assert name in record


def test_the_same_source_gives_the_same_wheel(wheel, tmp_path):
    again = build_wheel(ROOT / "checklist", tmp_path)
    assert again != wheel  # built anew, in another cache
    assert again.read_bytes() == wheel.read_bytes(), "wheel builds must be reproducible"


def test_an_unchanged_source_reuses_the_cached_wheel_without_building(wheel, monkeypatch):
    import build

    def no_build(*args, **kwargs):
        raise AssertionError("the wheel was built again")

    before = wheel.stat().st_mtime_ns
    monkeypatch.setattr(build, "ProjectBuilder", no_build)
    assert build_wheel(ROOT / "checklist", wheel.parent.parent) == wheel
    assert wheel.stat().st_mtime_ns == before


def test_an_edited_package_gets_a_new_wheel(tmp_path):
    project = tmp_path / "checklist"
    shutil.copytree(ROOT / "checklist", project, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    first = build_wheel(project, tmp_path / "cache")
    (project / "src" / "usps_inquiry" / "_edited.py").write_text("EDITED = True\n")
    second = build_wheel(project, tmp_path / "cache")
    assert first.parent != second.parent
    with zipfile.ZipFile(second) as archive:
        assert "usps_inquiry/_edited.py" in archive.namelist()


def test_the_generated_lock_lists_no_package():
    runtime = find_runtime(ROOT / "node_modules")
    assert runtime.lock["packages"], "Pyodide's own lock lists its packages (on its CDN)"
    lock = runtime_lock(runtime.lock)
    # Pyodide checks the info block against itself; with no package, its loader has nothing to
    # fetch from anywhere.
    assert lock == {"info": runtime.lock["info"], "packages": {}}


def test_the_site_gets_the_runtime_the_lock_and_a_versioned_wheel():
    assets = plan_assets(ROOT)
    version = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text())["version"]
    assert assets.runtime_dir == f"assets/pyodide/{version}/"
    for name in RUNTIME_FILES:
        assert assets.files[assets.runtime_dir + name] == ROOT / "node_modules" / "pyodide" / name
    assert json.loads(assets.files[assets.runtime_dir + "pyodide-lock.json"])["packages"] == {}
    # Nothing else: no package of Pyodide's (micropip included) and one wheel, ours.
    expected = {assets.runtime_dir + name for name in (*RUNTIME_FILES, "pyodide-lock.json")} | {assets.wheel}
    assert set(assets.files) == expected
    wheel = assets.files[assets.wheel]
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    assert assets.wheel == f"assets/checklist/{digest[:12]}/{wheel.name}"
    assert not [dest for dest in assets.files if dest.startswith("docs/")]


def test_a_missing_runtime_says_to_run_setup(tmp_path):
    with pytest.raises(ChecklistBuildError, match=r"node_modules/pyodide is missing .*run scripts/setup"):
        find_runtime(tmp_path / "node_modules")
    (tmp_path / "node_modules" / "pyodide").mkdir(parents=True)
    (tmp_path / "node_modules" / "pyodide" / "package.json").write_text('{"version": "314.0.7"}')
    with pytest.raises(ChecklistBuildError, match=r"no pyodide-lock.json\): run scripts/setup"):
        find_runtime(tmp_path / "node_modules")


def test_the_build_fails_with_a_clear_message_without_the_runtime(tmp_path):
    from tests.support import build_site

    project = tmp_path / "project"
    shutil.copytree(
        ROOT,
        project,
        ignore=shutil.ignore_patterns(".git", "node_modules", ".venv", "site", "__pycache__", ".pytest_cache", "tests"),
        symlinks=True,
    )
    result = build_site(tmp_path / "site", cwd=project)
    assert result.returncode != 0
    assert "Pyodide runtime" in result.stderr and "run scripts/setup" in result.stderr


def test_task_list_checkboxes_are_hidden_from_assistive_technology():
    html = (
        '<li class="task-list-item"><label class="task-list-control"><input type="checkbox" disabled/>'
        '<span class="task-list-indicator"></span></label> Topic</li><input type="checkbox" id="x">'
    )
    out = hide_task_list_checkboxes(html)
    assert '<input type="checkbox" disabled aria-hidden="true"/>' in out
    assert '<input type="checkbox" id="x">' in out
    assert hide_task_list_checkboxes(out) == out
