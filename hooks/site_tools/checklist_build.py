"""What the in-browser checklist needs in the built site: the Pyodide runtime, micropip, our wheel.

Everything is served from the site's own origin, so the page contacts no other host:

- the Pyodide runtime from ``node_modules/pyodide`` (npm, integrity-checked by package-lock.json)
  under ``assets/pyodide/<version>/``;
- a small ``pyodide-lock.json`` of our own next to it: Pyodide's ``info`` block and a single
  package, micropip, pointing at the PyPI wheel that ``scripts/setup`` downloaded (hash-pinned by
  ``runtime/pyodide-packages.lock``), so ``loadPackage("micropip")`` checks that wheel's sha256
  and nothing can fall back to Pyodide's CDN;
- the ``usps-inquiry`` wheel built from ``checklist/`` under ``assets/checklist/<hash>/``, the
  hash being the wheel's own, so an edited package gets a new URL and no stale cache.

The functions here touch no MkDocs object except :func:`site_files`; the hook is a few lines.

>>> lock = runtime_lock({"info": {"python": "3.14.2"}, "packages": {}},
...                     Path("micropip-0.11.1-py3-none-any.whl"), "ab" * 32)
>>> list(lock["packages"]), lock["packages"]["micropip"]["version"]
(['micropip'], '0.11.1')
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: The files of the npm package that a browser fetches (source maps and Node-only files left out).
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")

#: Fixed zip timestamps, so building the same source twice gives the same wheel (and URL).
SOURCE_DATE_EPOCH = "1767225600"  # 2026-01-01T00:00:00Z

_WHEEL_NAME = re.compile(r"^(?P<name>[A-Za-z0-9_.]+)-(?P<version>[^-]+)-py3-none-any\.whl$")


class ChecklistBuildError(Exception):
    """Something the checklist page needs is missing or wrong; the message says what to do."""


@dataclass(frozen=True)
class Runtime:
    """The Pyodide npm package as installed by ``scripts/setup``."""

    directory: Path
    version: str
    lock: dict


@dataclass(frozen=True)
class ChecklistAssets:
    """Where each file goes in the site (``dest`` paths, relative to the site root)."""

    runtime_dir: str  # e.g. "assets/pyodide/314.0.7/", ends with "/"
    wheel: str  # e.g. "assets/checklist/1a2b3c4d5e6f/usps_inquiry-0.1.0-py3-none-any.whl"
    files: dict[str, Path | bytes]  # site path -> file on disk, or generated content


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def find_runtime(node_modules: Path) -> Runtime:
    """Return the installed Pyodide package, or say how to get it (``run scripts/setup``)."""
    directory = node_modules / "pyodide"
    for name in ("package.json", "pyodide-lock.json", *RUNTIME_FILES):
        if not (directory / name).is_file():
            raise ChecklistBuildError(
                f"The checklist page needs the Pyodide runtime, but {directory} is missing or "
                f"incomplete (no {name}): run scripts/setup."
            )
    version = json.loads((directory / "package.json").read_text(encoding="utf-8"))["version"]
    lock = json.loads((directory / "pyodide-lock.json").read_text(encoding="utf-8"))
    return Runtime(directory, version, lock)


def pinned_hashes(lock_file: Path, name: str) -> set[str]:
    """The sha256 hashes a pip-style lock file (``--hash=sha256:...`` lines) allows for ``name``."""
    hashes: set[str] = set()
    current = None
    for line in lock_file.read_text(encoding="utf-8").splitlines():
        requirement = re.match(r"^([A-Za-z0-9_.\-]+)==", line)
        if requirement:
            current = requirement.group(1).lower().replace("_", "-")
        for value in re.findall(r"--hash=sha256:([0-9a-f]{64})", line):
            if current == name:
                hashes.add(value)
    return hashes


def find_micropip(wheel_dir: Path, lock_file: Path) -> tuple[Path, str]:
    """Return micropip's wheel and its sha256, checked against the hash-pinned lock file."""
    wheels = sorted(wheel_dir.glob("micropip-*-py3-none-any.whl"))
    if len(wheels) != 1:
        raise ChecklistBuildError(
            f"The checklist page needs exactly one micropip wheel in {wheel_dir} "
            f"(found {len(wheels)}): run scripts/setup."
        )
    digest = sha256_file(wheels[0])
    if digest not in pinned_hashes(lock_file, "micropip"):
        raise ChecklistBuildError(
            f"{wheels[0]} has sha256 {digest}, which {lock_file} does not pin: "
            "delete the file and run scripts/setup."
        )
    return wheels[0], digest


def runtime_lock(pyodide_lock: dict, micropip_wheel: Path, micropip_sha256: str) -> dict:
    """Our own pyodide-lock.json: Pyodide's ``info`` block and only the micropip package."""
    match = _WHEEL_NAME.match(micropip_wheel.name)
    if not match:
        raise ChecklistBuildError(f"{micropip_wheel.name} is not a pure-Python wheel name.")
    return {
        "info": pyodide_lock["info"],
        "packages": {
            "micropip": {
                "name": "micropip",
                "version": match.group("version"),
                "file_name": micropip_wheel.name,
                "install_dir": "site",
                "sha256": micropip_sha256,
                "package_type": "package",
                "imports": ["micropip"],
                "depends": [],
                "unvendored_tests": False,
            }
        },
    }


def source_digest(project_dir: Path) -> str:
    """A hash of everything the wheel is built from (pyproject, README, src/), for the cache."""
    digest = hashlib.sha256()
    paths = [project_dir / "pyproject.toml", project_dir / "README.md"]
    paths += sorted(p for p in (project_dir / "src").rglob("*") if p.is_file())
    for path in paths:
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        digest.update(path.relative_to(project_dir).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def build_wheel(project_dir: Path, cache_dir: Path) -> Path:
    """Build the project's wheel (no isolation: flit_core is installed) or reuse the cached one.

    The cache is keyed by :func:`source_digest`, so an edit rebuilds and an unchanged tree costs
    one hash of a few small files.
    """
    import build  # the PyPA "build" package, only needed at build time
    from pyproject_hooks import default_subprocess_runner

    out_dir = cache_dir / source_digest(project_dir)[:16]
    existing = sorted(out_dir.glob("*.whl"))
    if len(existing) == 1:
        return existing[0]

    def runner(cmd, cwd=None, extra_environ=None):
        env = {"SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, **(extra_environ or {})}
        default_subprocess_runner(cmd, cwd=cwd, extra_environ=env)

    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="wheel-", dir=cache_dir))
    try:
        builder = build.ProjectBuilder(project_dir, runner=runner)
        missing = builder.check_dependencies("wheel")
        if missing:
            raise ChecklistBuildError(
                f"Building the {project_dir.name} wheel needs {sorted(map(str, missing))}: "
                "run scripts/setup."
            )
        try:
            wheel = Path(builder.build("wheel", tmp))
        except build.BuildBackendException as error:
            raise ChecklistBuildError(f"Building the wheel from {project_dir} failed: {error}")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        os.replace(tmp, out_dir)
        return out_dir / wheel.name
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def plan_assets(root: Path) -> ChecklistAssets:
    """Gather everything the checklist page needs, given the repository's root folder."""
    runtime = find_runtime(root / "node_modules")
    micropip, micropip_sha = find_micropip(
        root / ".cache" / "pyodide-wheels" / "pyodide-packages",
        root / "runtime" / "pyodide-packages.lock",
    )
    wheel = build_wheel(root / "checklist", root / ".cache" / "checklist-wheel")

    runtime_dir = f"assets/pyodide/{runtime.version}/"
    files: dict[str, Path | bytes] = {runtime_dir + name: runtime.directory / name for name in RUNTIME_FILES}
    lock = runtime_lock(runtime.lock, micropip, micropip_sha)
    files[runtime_dir + "pyodide-lock.json"] = (json.dumps(lock, indent=1) + "\n").encode()
    files[runtime_dir + micropip.name] = micropip
    wheel_path = f"assets/checklist/{sha256_file(wheel)[:12]}/{wheel.name}"
    files[wheel_path] = wheel
    return ChecklistAssets(runtime_dir=runtime_dir, wheel=wheel_path, files=files)


def download_size(assets: ChecklistAssets) -> int:
    """The bytes a first visit to the checklist downloads: every file planned for the site.

    What the page tells a reader who asked to save data, before it downloads anything (the
    server may compress the JavaScript a little; the WebAssembly and the zip files, most of
    it, are compressed already).
    """
    return sum(download_sizes(assets).values())


def download_sizes(assets: ChecklistAssets) -> dict[str, int]:
    """The size of each planned file by file name: the page counts its download against them
    ("4.1 of 13.6 MB"; a compressed response's Content-Length is not the size it decodes to).

    >>> download_sizes(ChecklistAssets("r/", "w.whl", {"r/pyodide-lock.json": b"{}"}))
    {'pyodide-lock.json': 2}
    """
    return {
        dest.rsplit("/", 1)[-1]: len(source) if isinstance(source, bytes) else source.stat().st_size
        for dest, source in assets.files.items()
    }


def python_space() -> str:
    """Every character Python's ``str.strip()`` removes, for the page to trim as the engine does.

    >>> [hex(ord(char)) for char in python_space()[:6]], chr(0xFEFF) in python_space()
    (['0x9', '0xa', '0xb', '0xc', '0xd', '0x1c'], False)
    """
    return "".join(char for char in map(chr, range(0x110000)) if char.isspace())


def python_invisible() -> str:
    """Every invisible format character the engine strips from the reader's text (usps_inquiry.clean).

    >>> [hex(ord(char)) for char in python_invisible()][:3]
    ['0x61c', '0x180e', '0x200b']
    """
    from usps_inquiry.clean import INVISIBLE

    return "".join(INVISIBLE.findall("".join(map(chr, range(0x110000)))))


def page_config(assets: ChecklistAssets, page_url: str) -> dict:
    """What the checklist page's config gets from the build (see overrides/checklist.html).

    The runtime and the wheel relative to the page (``page_url`` carries the language folder,
    so /en/ shares the browser's cached runtime), the download's size in MB, and the engine's
    own rules and words the page needs before Python has started: the description's limit, the
    white space the engine trims, which questions each topic asks (so the form has its final
    shape at once), and every label the engine owns in both languages (the engine's own
    wording, so the form, its radios and the check-your-answers rows read the same; the
    templates hold no copy).
    """
    from mkdocs.utils import get_relative_url
    from usps_inquiry import page_labels
    from usps_inquiry.cases import file as cases_file
    from usps_inquiry.formats import description

    return {
        "runtime": get_relative_url(assets.runtime_dir, page_url).rstrip("/") + "/",
        "wheel": get_relative_url(assets.wheel, page_url),
        "download_mb": round(download_size(assets) / 1_000_000, 1),
        "download_bytes": download_sizes(assets),
        "description_limit": description.MAX_LENGTH,
        "space": python_space(),
        "invisible": python_invisible(),
        "cases_file_bytes": cases_file.MAX_FILE_BYTES,
        "anchor": CHECKER_ANCHOR,
        "fields": page_labels.topic_fields(),
        "labels": {lang: page_labels.labels(lang) for lang in page_labels.LANGS},
    }


#: The checker's heading on the checklist page: the page's intro, the home page and the table of
#: contents link to it.
CHECKER_ANCHOR = "periksa-draf"


def add_checker_heading(page, title: str) -> None:
    """Make the checker's heading (drawn by overrides/checklist.html, not the Markdown) a heading
    of ``page``: an entry of its table of contents, after the Markdown's own sections, and an
    anchor that links may point to (MkDocs checks them after every page is built)."""
    from mkdocs.structure.toc import AnchorLink

    entries = page.toc.items
    if len(entries) == 1 and entries[0].level == 1:  # Material lists the page title's sections
        entries = entries[0].children
    entries.append(AnchorLink(title, CHECKER_ANCHOR, 2))
    page.present_anchor_ids = (page.present_anchor_ids or set()) | {CHECKER_ANCHOR}


def site_files(assets: ChecklistAssets, config) -> list:
    """The assets as MkDocs ``File`` objects (generated: nothing is written into docs/)."""
    from mkdocs.structure.files import File

    result = []
    for dest, source in assets.files.items():
        if isinstance(source, Path):
            result.append(File.generated(config, dest, abs_src_path=str(source)))
        else:
            result.append(File.generated(config, dest, content=source))
    return result


_TASK_CHECKBOX = re.compile(r'(<label class="task-list-control"><input type="checkbox" disabled)(/?>)')


def hide_task_list_checkboxes(html: str) -> str:
    """Hide the printable checklist's boxes from screen readers (they are drawn for paper).

    pymdownx.tasklist draws each box as a disabled checkbox with no name, which a screen reader
    announces as an unlabelled control; the item's own text says everything.

    >>> hide_task_list_checkboxes('<label class="task-list-control"><input type="checkbox" disabled/>')
    '<label class="task-list-control"><input type="checkbox" disabled aria-hidden="true"/>'
    """
    return _TASK_CHECKBOX.sub(r'\1 aria-hidden="true"\2', html)
