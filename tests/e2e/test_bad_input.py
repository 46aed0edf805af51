"""Bad input, as data: every refusal the command line owes a hostile or clumsy user.

Each case is the command typed, the exit code expected, a fragment of the French message, and
the promise that nothing was written: the database file and the working folder are compared
byte for byte before and after. A new command adds its refusals here. Commands run in-process
(an interpreter start per case would cost a second each); only argv that the operating system
must decode (non-UTF-8 bytes) needs a child process.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from gusp_desktop.main import main


@dataclass(frozen=True)
class Case:
    """One bad input: ``argv`` may use {db}, {work}, {seance} and {action}."""

    name: str
    argv: tuple[str, ...]
    exit_code: int
    fragment: str
    prepare: Callable[[Path], None] | None = None


def _fifo(work: Path) -> None:
    os.mkfifo(work / "tube")


def _folder(work: Path) -> None:
    (work / "dossier").mkdir()


def _read_only_file(work: Path) -> None:
    target = work / "archive.pdf"
    target.write_bytes(b"%PDF-1.4 ancien")
    target.chmod(0o444)


EXPORT = ("--db", "{db}", "export")
CASES = [
    # Defect 6: only regular files are written, and the format matches the file name.
    Case(
        "ics-into-pdf",
        (*EXPORT, "convocation", "{seance}", "--format", "ics", "-o", "{work}/x.pdf"),
        1,
        "accordez l'extension",
    ),
    Case(
        "pdf-into-docx",
        (*EXPORT, "agenda", "{seance}", "--format", "pdf", "-o", "{work}/x.docx"),
        1,
        "l'extension .docx",
    ),
    Case(
        "pipe-target",
        (*EXPORT, "agenda", "{seance}", "-o", "{work}/tube"),
        1,
        "pas un fichier ordinaire",
        _fifo,
    ),
    Case(
        "folder-target",
        (*EXPORT, "agenda", "{seance}", "--format", "pdf", "-o", "{work}/dossier"),
        1,
        "est un dossier",
        _folder,
    ),
    Case(
        "read-only-target",
        (*EXPORT, "agenda", "{seance}", "-o", "{work}/archive.pdf"),
        1,
        "lecture seule",
        _read_only_file,
    ),
    Case(
        "missing-folder",
        (*EXPORT, "agenda", "{seance}", "-o", "{work}/absent/odj.pdf"),
        1,
        "n'existe pas",
    ),
    Case(
        "plan-into-missing-folder",
        (*EXPORT, "actions", "-o", "{work}/absent/plan.csv"),
        1,
        "n'existe pas",
    ),
]


def _not_an_image(work: Path) -> None:
    (work / "logo.png").write_text("Ceci n'est pas une image.\n", encoding="utf-8")


def _truncated_png(work: Path) -> None:
    (work / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)


CASES += [
    # Defect 8: French messages instead of tracebacks.
    Case(
        "id-beyond-64-bits-export",
        (*EXPORT, "minutes", "18446744073709551616", "-o", "{work}/cr.pdf"),
        2,
        "trop grand",
    ),
    Case(
        "id-beyond-64-bits-validate",
        ("--db", "{db}", "minutes", "validate", "9223372036854775808"),
        2,
        "trop grand",
    ),
    Case(
        "id-largest-64-bits",
        ("--db", "{db}", "minutes", "validate", "9223372036854775807"),
        1,
        "introuvable",
    ),
    Case(
        "logo-not-an-image",
        (*EXPORT, "agenda", "{seance}", "--logo", "{work}/logo.png", "-o", "{work}/odj.pdf"),
        1,
        "n'est pas une image lisible",
        _not_an_image,
    ),
    Case(
        "logo-truncated-png",
        (*EXPORT, "actions", "--logo", "{work}/logo.png", "-o", "{work}/plan.pdf"),
        1,
        "n'est pas une image lisible",
        _truncated_png,
    ),
    Case(
        "logo-missing",
        (*EXPORT, "agenda", "{seance}", "--logo", "{work}/absent.png", "-o", "{work}/odj.pdf"),
        1,
        "introuvable",
    ),
    Case(
        "port-out-of-range",
        (
            "connect",
            "add",
            "x",
            "--host",
            "h",
            "--database",
            "d",
            "--user",
            "u",
            "--port",
            "99999999999",
        ),
        2,
        "port invalide",
    ),
]


def _foreign_sqlite(work: Path) -> None:
    import sqlite3

    with sqlite3.connect(work / "autre.sqlite3") as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, texte TEXT)")
        conn.execute("INSERT INTO notes (texte) VALUES ('à garder intact')")
    conn.close()


def _text_file(work: Path) -> None:
    (work / "notes.sqlite3").write_text("Liste de courses\n" * 50, encoding="utf-8")


CASES += [
    # Defect 9: --db edge cases.
    Case(
        "db-in-missing-folder",
        ("--db", "{work}/absent/gusp.sqlite3", "actions", "list"),
        1,
        "n'existe pas",
    ),
    Case("db-empty-string", ("--db", "", "actions", "list"), 2, "--db est vide"),
    Case("db-blank-string", ("--db", "  ", "meetings", "list"), 2, "--db est vide"),
    Case(
        "db-foreign-sqlite",
        ("--db", "{work}/autre.sqlite3", "actions", "list"),
        1,
        "autre programme",
        _foreign_sqlite,
    ),
    Case(
        "db-foreign-sqlite-upgrade",
        ("--db", "{work}/autre.sqlite3", "db", "upgrade"),
        1,
        "autre programme",
        _foreign_sqlite,
    ),
    Case(
        "db-text-file",
        ("--db", "{work}/notes.sqlite3", "actions", "list"),
        1,
        "n'est pas une base",
        _text_file,
    ),
    Case("db-is-a-folder", ("--db", "{work}", "actions", "list"), 1, "est un dossier"),
]


def _snapshot(*paths: Path) -> dict[str, str]:
    """Name → SHA-256 (or kind) of every entry under ``paths``; special files are not opened."""
    found: dict[str, str] = {}
    for root in paths:
        entries = [root] if root.is_file() else sorted(root.rglob("*"))
        for entry in entries:
            mode = os.lstat(entry).st_mode
            if stat.S_ISREG(mode):
                found[str(entry)] = hashlib.sha256(entry.read_bytes()).hexdigest()
            else:
                found[str(entry)] = f"mode {stat.S_IFMT(mode):o}"
    return found


@dataclass(frozen=True)
class Demo:
    db: Path
    seance: int
    action: str


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    root = tmp_path_factory.mktemp("corpus")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUSP_DATA_DIR", str(root / "data"))
        patch.setenv("GUSP_USER", "claire")
        patch.delenv("GUSP_DB_URL", raising=False)
        db = root / "demo.sqlite3"
        assert main(["--db", str(db), "demo"]) == 0
        yield Demo(db, 1, _first_action(db))


def _first_action(db: Path) -> str:
    import sqlite3

    with sqlite3.connect(db) as conn:
        (number,) = conn.execute("SELECT number FROM action ORDER BY id LIMIT 1").fetchone()
    return str(number)


@pytest.fixture
def env(demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GUSP_DATA_DIR", str(demo.db.parent / "data"))
    monkeypatch.setenv("GUSP_USER", "claire")
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    monkeypatch.chdir(tmp_path)  # a stray file created in the current folder is seen too
    return tmp_path


def _run(argv: list[str]) -> int | str | None:
    """Exit code of the command; usage errors leave argparse through SystemExit."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


def _argv(case: Case, demo: Demo, work: Path) -> list[str]:
    values = {"db": str(demo.db), "work": str(work), "seance": str(demo.seance)}
    values["action"] = demo.action
    return [part.format(**values) for part in case.argv]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_refused_in_french_and_changes_nothing(
    case: Case, demo: Demo, env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if case.prepare is not None:
        case.prepare(env)
    before = _snapshot(demo.db, env)
    code = _run(_argv(case, demo, env))
    out, err = capsys.readouterr()
    assert code == case.exit_code, (out, err)
    assert case.fragment in err, err
    assert "Traceback" not in out + err
    assert _snapshot(demo.db, env) == before


def test_csv_and_terminal_output_of_hostile_text(
    demo: Demo, env: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Defect 7: formulas in CSV cells and escape sequences in stored comments stay inert."""
    copy = env / "copie.sqlite3"
    shutil.copy(demo.db, copy)
    hostile = "=cmd|' /C calc'!A0 \x1b]0;Fenêtre piratée\x07\x1b[2J"
    assert main(["--db", str(copy), "actions", "update", demo.action, "--comment", hostile]) == 0
    capfd.readouterr()
    assert main(["--db", str(copy), "actions", "history", demo.action]) == 0
    table = capfd.readouterr().out
    assert "\x1b" not in table and "\x07" not in table and "\\x1b]0;" in table
    assert main(["--db", str(copy), "actions", "history", demo.action, "--format", "json"]) == 0
    assert json.loads(capfd.readouterr().out)[-1]["comment"] == hostile


def test_text_that_is_not_utf8_is_refused(demo: Demo, env: Path) -> None:
    """Defect 8: bytes the terminal did not encode in UTF-8 are refused before any write."""
    before = _snapshot(demo.db, env)
    args = [b"--db", str(demo.db).encode(), b"actions", b"update", demo.action.encode()]
    result = run_child([*args, b"--comment", b"caf\xe9 cr\xe8me"], env)
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, err
    assert "pas de l'UTF-8" in err and "Traceback" not in err
    assert _snapshot(demo.db, env) == before


def run_child(args: list[bytes], env_dir: Path) -> subprocess.CompletedProcess[bytes]:
    """The command in a child process, for argv the operating system decodes itself."""
    env = dict(os.environ, GUSP_DATA_DIR=str(env_dir / "data"), GUSP_USER="claire")
    env.pop("GUSP_DB_URL", None)
    command = [sys.executable.encode(), b"-m", b"gusp_desktop", *args]
    return subprocess.run(command, capture_output=True, env=env, timeout=120, check=False)
