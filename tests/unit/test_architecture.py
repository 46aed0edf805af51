"""Layering rules that keep the core usable without Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "gusp_desktop"


def _non_ui_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts[:1]]


def _imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_nothing_outside_ui_imports_pyside6() -> None:
    offenders = [str(p) for p in _non_ui_modules() if "PySide6" in _imported_roots(p)]
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    modules = [
        "gusp_desktop." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in _non_ui_modules()
        if p.name != "__main__.py" and "migrations" not in p.parts
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m.removesuffix('.__init__'))\n"
        "print(sorted(n for n in sys.modules if n.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_domain_depends_on_nothing_but_the_standard_library() -> None:
    allowed = set(sys.stdlib_module_names) | {"gusp_desktop"}
    for path in (PACKAGE / "domain").glob("*.py"):
        assert _imported_roots(path) <= allowed, path
