"""scripts/setup on a bare Debian machine: each missing system package is named, with the
`apt-get install` that brings it, before anything is installed.

Each test runs a copy of the script in an empty folder with a PATH holding only the tools the
test grants, so nothing is installed and each run takes a fraction of a second.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT

#: What the script itself runs before its checks (bash through env, dirname, the tools checked).
BASICS = ("bash", "env", "dirname")


def fake_tool(bin_dir: Path, name: str, script: str) -> None:
    tool = bin_dir / name
    tool.write_text("#!/bin/sh\n" + script + "\n", encoding="utf-8")
    tool.chmod(0o755)


def run_setup(tmp_path: Path, tools: dict[str, str | Path], env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run a copy of scripts/setup with only ``tools`` (name -> real path) on PATH."""
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "scripts" / "setup", project / "scripts" / "setup")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name in BASICS:
        os.symlink(shutil.which(name), bin_dir / name)
    for name, target in tools.items():
        if not (bin_dir / name).exists():
            os.symlink(target, bin_dir / name)
    return subprocess.run(
        [str(project / "scripts" / "setup")],
        env={"PATH": str(bin_dir), "HOME": str(tmp_path), **(env or {})},
        capture_output=True, text=True, timeout=60,
    )


@pytest.fixture
def present() -> dict[str, str]:
    """The real tools a complete machine has: this Python, node, npm and git."""
    tools = {"python3": sys.executable}
    for name in ("node", "npm", "git"):
        path = shutil.which(name)
        if path is None:
            pytest.fail(f"{name} is missing here: run scripts/setup", pytrace=False)
        tools[name] = path
    return tools


def messages(result: subprocess.CompletedProcess) -> list[str]:
    return result.stderr.splitlines()


def test_without_npm_it_says_to_install_npm(tmp_path, present):
    del present["npm"]
    result = run_setup(tmp_path, present)
    assert result.returncode == 1
    assert messages(result) == [
        "setup: npm is needed beside node (Debian packages it apart from nodejs): apt-get install npm"
    ]
    assert not (tmp_path / "project" / ".venv").exists(), "nothing is installed before the checks pass"


def test_without_git_it_says_to_install_git(tmp_path, present):
    del present["git"]
    result = run_setup(tmp_path, present)
    assert result.returncode == 1
    assert messages(result) == ["setup: git is needed (the tests copy the project with it): apt-get install git"]


@pytest.mark.parametrize("version", ["18.19.0", None])
def test_node_older_than_20_or_missing_says_how_to_get_20(tmp_path, present, version):
    del present["node"]
    if version:
        (tmp_path / "bin").mkdir()
        fake_tool(tmp_path / "bin", "node", f"echo {version}")
    result = run_setup(tmp_path, present)
    assert result.returncode == 1
    found = f"node is {version}" if version else "node not found"
    assert messages(result) == [
        f"setup: Node.js 20 or newer is needed ({found}). Debian 12 (bookworm) ships Node.js 18: install "
        "nodejs 20 from NodeSource's Debian repository (node_20.x), or use Debian 13 (trixie): "
        "apt-get install nodejs npm"
    ]


def test_a_python_without_ensurepip_says_to_install_python3_venv(tmp_path, present):
    # Debian's python3 without python3-venv has no ensurepip module; shadow it the same way.
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    (shadow / "ensurepip.py").write_text("raise ImportError('Debian: install python3-venv')\n")
    result = run_setup(tmp_path, present, env={"PYTHONPATH": str(shadow)})
    assert result.returncode == 1
    assert messages(result) == [
        "setup: Python cannot make a virtual environment (no ensurepip): apt-get install python3-venv"
    ]


def test_every_missing_package_is_named_in_one_run(tmp_path, present):
    result = run_setup(tmp_path, {"python3": present["python3"]})
    assert result.returncode == 1
    assert [line.split(":")[1].strip() for line in messages(result)] == [
        "git is needed (the tests copy the project with it)",
        "Node.js 20 or newer is needed (node not found). Debian 12 (bookworm) ships Node.js 18",
    ]


def test_an_old_python_is_named_with_its_version(tmp_path, present):
    (tmp_path / "bin").mkdir()
    fake_tool(tmp_path / "bin", "python3", 'case "$1" in --version) echo "Python 3.9.2";; *) exit 1;; esac')
    del present["python3"]
    result = run_setup(tmp_path, present)
    assert result.returncode == 1
    assert messages(result) == [
        "setup: Python 3.11 or newer is needed (python3 is Python 3.9.2); or set PYTHON=/path/to/python3.11"
    ]
