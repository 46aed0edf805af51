"""Files holding the team's data are readable by their owner only (POSIX modes)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from gusp_desktop.bootstrap import Runtime, Settings
from gusp_desktop.db.backups import BackupStore
from gusp_desktop.error_log import configure_logging, log_file
from gusp_desktop.main import main
from gusp_desktop.services.signed_minutes.files import SignedArchive

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Data, configuration and log folders of a user whose umask lets everyone read."""
    for name in ("DATA", "CONFIG", "LOG"):
        monkeypatch.setenv(f"GUSP_{name}_DIR", str(tmp_path / name.lower()))
    monkeypatch.setenv("GUSP_USER", "claire")
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    previous = os.umask(0o022)
    yield tmp_path
    os.umask(previous)


def test_what_the_application_creates_is_private(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = home / "data" / "gusp.sqlite3"
    assert main(["--db", str(database), "demo"]) == 0
    assert main(["--db", str(database), "actions", "list"]) == 0  # the day's backup
    assert mode(home / "data") == 0o700
    assert mode(database) == 0o600
    runtime = Runtime(str(database), settings=Settings("claire", home / "data"))
    try:
        with runtime.engine.connect() as conn:  # WAL and shared memory exist while it is open
            conn.exec_driver_sql("SELECT count(*) FROM action").scalar()
            for suffix in ("-wal", "-shm"):
                assert mode(database.with_name(database.name + suffix)) == 0o600
    finally:
        runtime.close()
    [backup] = BackupStore.for_database(home / "data", database).entries()
    assert mode(backup.path) == 0o600
    assert mode(backup.path.parent) == mode(backup.path.parent.parent) == 0o700
    configure_logging()
    assert mode(log_file().parent) == 0o700 and mode(log_file()) == 0o600


def test_signed_archive_and_crash_journal_are_private(home: Path) -> None:
    archive = SignedArchive(home / "data" / "comptes-rendus-signes")
    with archive.scratch(7, "signature") as scratch:
        scratch.write_bytes(b"%PDF-1.7")
        final = archive.path_for(7, 1, 1, "ab" * 32)
        archive.install(scratch, final)
    assert mode(final) == 0o600 and mode(final.parent) == 0o700
    pytest.importorskip("PySide6")
    from gusp_desktop.ui.autosave import RecoveryJournal

    journal = RecoveryJournal("sqlite:///x", root=home / "data" / "recovery")
    journal.write(3, 4, "Madame X, 12 rue des Lilas", base_version=1)
    assert mode(journal.path(3, 4)) == 0o600
    assert mode(journal.directory) == mode(journal.directory.parent) == 0o700


def test_files_left_readable_are_tightened_at_start_with_a_message(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = home / "ailleurs" / "gusp.sqlite3"
    database.parent.mkdir()
    assert main(["--db", str(database), "actions", "list"]) == 0
    capsys.readouterr()
    old_signed = home / "data" / "comptes-rendus-signes" / "seance-1" / "v1-1sig-00.pdf"
    old_signed.parent.mkdir(parents=True)
    old_signed.write_bytes(b"%PDF")
    for path in (database, old_signed):
        path.chmod(0o644)
    for folder in (old_signed.parent, old_signed.parent.parent, home / "data"):
        folder.chmod(0o755)
    assert main(["--db", str(database), "actions", "list"]) == 0
    err = capsys.readouterr().err
    assert "Accès réservé à votre compte" in err and "fichier(s)" in err
    assert mode(database) == mode(old_signed) == 0o600
    assert mode(old_signed.parent) == mode(home / "data") == 0o700
    assert mode(database.parent) == 0o755  # the user's own folder is left as it is
    assert main(["--db", str(database), "actions", "list"]) == 0
    assert "Accès réservé" not in capsys.readouterr().err  # said once, when it happened
