"""The command line turns a bug into a French message naming the log, which holds the traceback."""

from __future__ import annotations

import logging
import shutil
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from gusp_desktop.error_log import (
    CurrentStderrHandler,
    LogStream,
    PrivateRotatingFileHandler,
    capture_missing_streams,
    configure_logging,
)
from gusp_desktop.main import main
from gusp_desktop.services.lists import Lists


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This test's log directory; the handlers the command installs are removed afterwards."""
    path = tmp_path / "logs"
    monkeypatch.setenv("GUSP_LOG_DIR", str(path))
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, PrivateRotatingFileHandler | CurrentStderrHandler):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def database(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "gusp.sqlite3"
    shutil.copy(sqlite_template, path)
    return str(path)


def test_a_bug_in_a_command_is_logged_and_explained(
    database: str,
    log_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def list_with_a_bug(self: Lists, *_args: object) -> None:
        raise ZeroDivisionError("division by zero in the overdue count")

    monkeypatch.setattr(Lists, "actions", list_with_a_bug)

    code = main(["--db", database, "actions", "list"])

    err = capsys.readouterr().err
    log_file = log_dir / "gusp-desktop.log"
    assert code == 1
    assert err.startswith("Erreur : Une erreur inattendue s'est produite (ZeroDivisionError")
    assert str(log_file) in err
    assert "Traceback" not in err
    logged = log_file.read_text(encoding="utf-8")
    assert "Commande « actions » en échec" in logged
    assert "in list_with_a_bug" in logged
    assert "ZeroDivisionError: division by zero in the overdue count" in logged
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_a_user_error_is_printed_without_logging(
    database: str, log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", database, "actions", "history", "HM-25-999"])

    assert code == 1
    assert capsys.readouterr().err == "Erreur : Action « HM-25-999 » introuvable.\n"
    log_file = log_dir / "gusp-desktop.log"
    assert not log_file.exists() or "HM-25-999" not in log_file.read_text(encoding="utf-8")


def test_without_a_console_printed_lines_go_to_the_log(
    log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)

    capture_missing_streams()
    path = configure_logging()
    print("ligne perdue sans console")
    sys.stderr.write("avertissement de Qt\n")

    assert isinstance(sys.stdout, LogStream) and isinstance(sys.stderr, LogStream)
    logged = path.read_text(encoding="utf-8")
    assert "ligne perdue sans console" in logged
    assert "avertissement de Qt" in logged
    # No handler writes back to the captured stderr, which would loop forever.
    assert not any(isinstance(h, CurrentStderrHandler) for h in logging.getLogger().handlers)
