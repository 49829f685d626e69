"""The package's layout: no import circles, and no import hidden inside a function.

Both keep the architecture visible: a module's imports at its top say everything it depends on,
and a circle would mean two modules that cannot be understood one without the other.
"""

from __future__ import annotations

import ast
import pathlib

import usps_inquiry

PACKAGE = pathlib.Path(usps_inquiry.__file__).parent


def _modules() -> dict[str, pathlib.Path]:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(["usps_inquiry", *parts])] = path
    return modules


def _imports(name: str, path: pathlib.Path, known: set[str]) -> set[str]:
    """The package modules `name` imports at its top level (``from . import x`` counts as x)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                child = f"{target}.{alias.name}"
                found.add(child if child in known else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {module for module in found if module in known and module != name}


def test_no_import_inside_a_function():
    hidden = []
    for name, path in _modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                hidden += [
                    f"{name}.{node.name}, line {inner.lineno}"
                    for inner in ast.walk(node)
                    if isinstance(inner, (ast.Import, ast.ImportFrom))
                ]
    assert hidden == []


def test_no_import_circle():
    modules = _modules()
    graph = {name: _imports(name, path, set(modules)) for name, path in modules.items()}
    graph["usps_inquiry"] = set()  # the package's front door imports everything; nothing may import it
    circles = []

    def visit(name: str, trail: list[str]) -> None:
        for target in sorted(graph[name]):
            if target in trail:
                circles.append(" → ".join([*trail[trail.index(target) :], target]))
            elif target not in done:
                visit(target, [*trail, target])
        done.add(name)

    done: set[str] = set()
    for name in sorted(graph):
        if name not in done:
            visit(name, [name])
    assert circles == []


def test_nothing_imports_the_front_door():
    """Modules inside the package import what they need from where it lives, not from ``usps_inquiry``."""
    modules = _modules()
    importers = [
        name
        for name, path in modules.items()
        if name != "usps_inquiry" and "usps_inquiry" in _imports(name, path, set(modules) | {"usps_inquiry"})
    ]
    assert importers == []
