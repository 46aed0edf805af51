"""A damaged local file is detected before anything is written, and a read-only one still opens.

The damage is real: pages of a demo database inverted byte by byte, as a failing disk would.
After each attempt the file is either refused unchanged with a French message, or (damage in
a page nothing reads) the write succeeds and ``PRAGMA integrity_check`` still says ``ok``.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gusp_desktop.main import main

PAGE = 4096
SLOW_ENV = "GUSP_TORTURE_ALL_PAGES"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUSP_DATA_DIR", str(root / "data"))
        patch.setenv("GUSP_USER", "claire")
        patch.delenv("GUSP_DB_URL", raising=False)
        path = root / "demo.sqlite3"
        with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")):
            assert main(["--db", str(path), "demo"]) == 0
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_USER", "claire")
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    return tmp_path


def _first_action(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)  # leaves no -wal/-shm
    try:
        return str(conn.execute("SELECT number FROM action ORDER BY id LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def _integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _pages(demo_file: Path) -> list[int]:
    count = demo_file.stat().st_size // PAGE
    if os.environ.get(SLOW_ENV) == "1":
        return list(range(1, count))
    return list(range(1, count, max(1, count // 24)))  # about two dozen spread over the file


def test_every_inverted_page_is_refused_or_harmless(
    demo_file: Path, env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = _first_action(demo_file)
    outcomes: dict[str, list[int]] = {"refused": [], "harmless": [], "BAD": []}
    for page in _pages(demo_file):
        target = env / f"page-{page}.sqlite3"
        data = bytearray(demo_file.read_bytes())
        data[page * PAGE : (page + 1) * PAGE] = bytes(
            b ^ 0xFF for b in data[page * PAGE : (page + 1) * PAGE]
        )
        target.write_bytes(bytes(data))
        code = main(["--db", str(target), "actions", "update", number, "--comment", "x"])
        out, err = capsys.readouterr()
        unchanged = target.read_bytes() == bytes(data)
        if code == 1 and "endommagé" in err and unchanged and "inattendue" not in err:
            outcomes["refused"].append(page)
        elif code == 0 and _integrity_ok(target):
            outcomes["harmless"].append(page)
        else:
            outcomes["BAD"].append(page)
    assert outcomes["BAD"] == [], outcomes
    assert outcomes["refused"], outcomes


def test_db_check_reports_damage_and_soundness(
    demo_file: Path, env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sound = env / "sain.sqlite3"
    shutil.copy(demo_file, sound)
    assert main(["--db", str(sound), "db", "check"]) == 0
    assert "Base intègre" in capsys.readouterr().out
    damaged = env / "abime.sqlite3"
    data = bytearray(demo_file.read_bytes())
    middle = (len(data) // PAGE // 2) * PAGE
    data[middle : middle + PAGE] = b"\x00\xff" * (PAGE // 2)
    damaged.write_bytes(bytes(data))
    assert main(["--db", str(damaged), "db", "check"]) == 1
    out, err = capsys.readouterr()
    assert "Base endommagée" in out and "db restore" in err
    assert damaged.read_bytes() == bytes(data)


def _unprivileged(command: list[str]) -> list[str]:
    """As root, drop the capability that lets root write anywhere, so permissions apply."""
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) est nécessaire pour ce test lancé en root"
    return [setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", *command]


def _run(db: Path, env: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = dict(
        os.environ,
        GUSP_DATA_DIR=str(env / "data"),
        GUSP_LOG_DIR=str(env / "logs"),
        GUSP_USER="claire",
    )
    environment.pop("GUSP_DB_URL", None)
    command = _unprivileged([sys.executable, "-m", "gusp_desktop", "--db", str(db), *args])
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)


def test_database_in_a_read_only_folder_opens_read_only(demo_file: Path, env: Path) -> None:
    folder = env / "lecture-seule"
    folder.mkdir()
    db = folder / "gusp.sqlite3"
    shutil.copy(demo_file, db)
    (env / "data").mkdir()
    number = _first_action(db)
    writable = _run(db, env, "actions", "list", "--format", "csv").stdout
    assert len(writable.splitlines()) > 50
    folder.chmod(0o555)
    try:
        before = db.read_bytes()
        listing = _run(db, env, "actions", "list", "--format", "csv")
        assert listing.returncode == 0, listing.stderr
        assert listing.stdout == writable  # read-only, the same plan is read
        assert "lecture seule" in listing.stderr
        update = _run(db, env, "actions", "update", number, "--comment", "x")
        assert update.returncode == 1
        assert "lecture seule" in update.stderr and "Traceback" not in update.stderr
        assert db.read_bytes() == before
        assert sorted(p.name for p in folder.iterdir()) == ["gusp.sqlite3"]
    finally:
        folder.chmod(0o755)
