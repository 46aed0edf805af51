"""Layer rules: the import contracts really bite, the front ends build no service, no Qt below.

The rules themselves are import-linter contracts in pyproject.toml (``lint-imports`` runs in
tests/check.sh); these tests prove they catch a wrong import and cover what a static import
graph cannot see.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "gusp_desktop"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
# Objects only the composition root (gusp_desktop/bootstrap.py) creates.
WIRED_BY_BOOTSTRAP = {"SigningIdentities", "IdentityStore", "SignedArchive", "SharedChanges"}


def _lint_imports_on_a_copy(tmp_path: Path, module: str, wrong_import: str) -> str:
    """Run the project's contracts on a copy of the package where ``module`` gets one more
    import; the report."""
    shutil.copytree(
        PACKAGE, tmp_path / "gusp_desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "gusp_desktop" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{wrong_import}\n", "utf-8")
    result = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    return " ".join(result.stdout.split())  # the report wraps long lines


def test_the_contracts_catch_documents_importing_sqlalchemy(tmp_path: Path) -> None:
    report = _lint_imports_on_a_copy(tmp_path, "documents/pdf.py", "import sqlalchemy")
    assert "no database, no services, no Qt BROKEN" in report
    assert "gusp_desktop.documents is not allowed to import sqlalchemy" in report
    assert "gusp_desktop.documents.pdf -> sqlalchemy" in report


def test_the_contracts_catch_the_command_line_importing_the_window(tmp_path: Path) -> None:
    report = _lint_imports_on_a_copy(
        tmp_path, "cli/output.py", "from gusp_desktop.ui import tasks  # noqa"
    )
    assert "The command line and the window never import each other BROKEN" in report
    assert "gusp_desktop.cli.output -> gusp_desktop.ui.tasks" in report


def _calls(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            found.append((node.lineno, name))
    return found


def test_front_ends_take_their_services_from_the_composition_root() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line} {name}()"
        for front_end in ("ui", "cli")
        for path in (PACKAGE / front_end).rglob("*.py")
        for line, name in _calls(path)
        if name.endswith("Service") or name in WIRED_BY_BOOTSTRAP
    ]
    assert offenders == []


def test_services_build_no_sibling_and_read_no_environment() -> None:
    offenders = []
    for path in (PACKAGE / "services").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "os.environ" in text or "getenv(" in text:
            offenders.append(f"{path.relative_to(ROOT)} reads the environment")
        offenders += [
            f"{path.relative_to(ROOT)}:{line} {name}()"
            for line, name in _calls(path)
            if name.endswith("Service") or name in WIRED_BY_BOOTSTRAP - {"SharedChanges"}
        ]
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    """What the static contracts cannot see: modules loaded by name (``importlib``)."""
    modules = [
        "gusp_desktop." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] not in ("ui", "main.py", "selftest.py", "__main__.py")
        and "migrations" not in p.parts
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m.removesuffix('.__init__'))\n"
        "from gusp_desktop.cli import build_parser\n"
        "build_parser()\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'gusp_desktop.ui'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"
