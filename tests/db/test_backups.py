"""Automatic backups of the local file: taken when due, consistent, rotated, brought back."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from gusp_desktop.db import migrate, restore
from gusp_desktop.db.backups import (
    BEFORE_MIGRATION,
    DAILY,
    MANUAL,
    Backup,
    BackupStore,
    RetentionPolicy,
)
from gusp_desktop.db.engine import make_engine
from gusp_desktop.domain.errors import DatabaseCorruptError, GuspError
from gusp_desktop.main import main


def _quiet() -> contextlib.AbstractContextManager[object]:
    return contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_USER", "claire")
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    return tmp_path


def _store(env: Path, db: Path) -> BackupStore:
    return BackupStore.for_database(env / "data", db)


def _count(path: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_first_opening_of_the_day_backs_up_once(env: Path) -> None:
    db = env / "gusp.sqlite3"
    with _quiet():
        assert main(["--db", str(db), "demo"]) == 0  # created: nothing to back up yet
        assert _store(env, db).entries() == []
        assert main(["--db", str(db), "meetings", "list"]) == 0
        assert main(["--db", str(db), "actions", "list"]) == 0
    backups = _store(env, db).entries()
    assert [b.reason for b in backups] == [DAILY]
    assert _count(backups[0].path, "action") == 60  # the demo, WAL content included
    with contextlib.closing(sqlite3.connect(backups[0].path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _fake(store: BackupStore, moment: dt.datetime, reason: str = DAILY) -> Backup:
    store.folder.mkdir(parents=True, exist_ok=True)
    path = store.folder / f"gusp-{moment:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    path.write_bytes(b"x")
    return Backup(path, moment, reason, 1)


def test_retention_keeps_seven_days_then_four_weeks(tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "b", RetentionPolicy(daily=7, weekly=4))
    start = dt.datetime(2025, 3, 1, 9, 0).astimezone()
    for day in range(90):  # one backup a day for three months, two on some days
        _fake(store, start + dt.timedelta(days=day))
        if day % 10 == 0:
            _fake(store, start + dt.timedelta(days=day, hours=5))
    _fake(store, start + dt.timedelta(days=3), BEFORE_MIGRATION)
    store.prune()
    kept = store.entries()
    daily = [b for b in kept if b.reason == DAILY]
    days = sorted({b.taken_at.date() for b in daily}, reverse=True)
    last = (start + dt.timedelta(days=89)).date()
    assert days[:7] == [last - dt.timedelta(days=n) for n in range(7)]
    older = days[7:]
    assert len(older) == 4
    assert len({d.isocalendar()[:2] for d in older}) == 4  # one per week
    assert all(d < last - dt.timedelta(days=6) for d in older)
    assert [b.reason for b in kept if b.reason == BEFORE_MIGRATION] == [BEFORE_MIGRATION]
    assert len(kept) == 12


def test_copies_taken_within_one_second_keep_their_order(tmp_path: Path) -> None:
    """« Sauvegarder maintenant » twice in a second: the second copy (« -2 » in its name) is
    the newest, listed first and the one the day keeps, as with copies a minute apart."""
    database = tmp_path / "gusp.sqlite3"
    with contextlib.closing(sqlite3.connect(database)) as conn:
        conn.execute("CREATE TABLE t (a)")
        conn.commit()
    moment = dt.datetime(2025, 3, 1, 9, 0).astimezone()
    store = BackupStore(tmp_path / "b", clock=lambda: moment)
    first = store.take(database, MANUAL)
    second = store.take(database, MANUAL)
    assert second.path.name.endswith("-2-manuelle.sqlite3")
    assert [b.path for b in store.entries()] == [second.path]
    assert not first.path.exists()


def test_retention_is_configurable() -> None:
    policy = RetentionPolicy.from_environment({"GUSP_BACKUP_DAYS": "3", "GUSP_BACKUP_WEEKS": "0"})
    assert policy == RetentionPolicy(daily=3, weekly=0)
    with pytest.raises(GuspError, match="GUSP_BACKUP_DAYS"):
        RetentionPolicy.from_environment({"GUSP_BACKUP_DAYS": "beaucoup"})


def test_a_damaged_database_never_pushes_good_backups_out(env: Path) -> None:
    db = env / "gusp.sqlite3"
    with _quiet():
        assert main(["--db", str(db), "demo"]) == 0
    store = _store(env, db)
    yesterday = dt.datetime.now().astimezone() - dt.timedelta(days=1)
    good = store.take(db, DAILY)
    good.path.rename(store.folder / f"gusp-{yesterday:%Y%m%d-%H%M%S}-{DAILY}.sqlite3")
    data = bytearray(db.read_bytes())
    data[8192:12288] = bytes(b ^ 0xFF for b in data[8192:12288])
    db.write_bytes(bytes(data))
    assert main(["--db", str(db), "actions", "list"]) == 1
    assert [b.taken_at.date() for b in store.entries()] == [yesterday.date()]
    with pytest.raises(DatabaseCorruptError):
        store.take(db, DAILY)
    assert len(store.entries()) == 1 and not list(store.folder.glob(".*"))


def test_backup_before_migration_in_the_store(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = env / "gusp.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine)
    store = _store(env, db)
    monkeypatch.setattr(migrate, "schema_state", lambda _engine: migrate.SchemaState.OLDER)
    monkeypatch.setattr(migrate, "_run_upgrade", lambda _engine, **_options: None)
    migrate.upgrade(engine, store)
    engine.dispose()
    assert [b.reason for b in store.entries()] == [BEFORE_MIGRATION]


def _action_number(db: Path) -> str:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return str(conn.execute("SELECT number FROM action ORDER BY id LIMIT 1").fetchone()[0])


def test_restore_says_what_is_lost_then_brings_the_backup_back(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = env / "gusp.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "db", "backup"]) == 0
    number = _action_number(db)
    for comment in ("premier", "second"):
        assert main(["--db", str(db), "actions", "update", number, "--comment", comment]) == 0
    updates = _count(db, "action_update")
    capsys.readouterr()
    assert main(["--db", str(db), "db", "restore", "1"]) == 1  # no terminal, no --yes
    out, err = capsys.readouterr()
    assert "2 événement(s) du journal" in out and "par claire" in out
    assert f"points de suivi : {updates} aujourd'hui, {updates - 2} après restauration" in out
    assert "Confirmation requise" in err
    assert _count(db, "action_update") == updates
    assert main(["--db", str(db), "db", "restore", "1", "--yes"]) == 0
    assert _count(db, "action_update") == updates - 2
    kept = [b for b in _store(env, db).entries() if b.reason == "avant-restauration"]
    assert len(kept) == 1 and _count(kept[0].path, "action_update") == updates
    assert main(["--db", str(db), "actions", "list"]) == 0


def test_restore_over_a_damaged_file_keeps_a_raw_copy(env: Path) -> None:
    db = env / "gusp.sqlite3"
    with _quiet():
        assert main(["--db", str(db), "demo"]) == 0
        assert main(["--db", str(db), "db", "backup"]) == 0
    engine = make_engine(f"sqlite:///{db}")
    with engine.begin() as conn:  # a change made after the backup: restoring undoes it
        conn.execute(text("UPDATE action SET title = 'après' WHERE id = 1"))
    engine.dispose()
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\x00" * 4096
    db.write_bytes(bytes(data))
    store = _store(env, db)
    report = restore.assess(store.find("1"), db)
    assert report.current is None and "illisible" in report.lines()[1]
    kept = restore.restore(report, db, store)
    assert kept is not None and kept.read_bytes() == bytes(data)
    assert not store.find(kept.name).restorable
    assert not db.with_name(db.name + "-wal").exists()
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT title FROM action WHERE id = 1").fetchone() != ("après",)
    with _quiet():
        assert main(["--db", str(db), "actions", "list"]) == 0


def test_restore_refuses_unusable_backups(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = env / "gusp.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    fake = env / "faux.sqlite3"
    fake.write_text("pas une sauvegarde", encoding="utf-8")
    before = db.read_bytes()
    assert main(["--db", str(db), "db", "restore", str(fake), "--yes"]) == 1
    assert main(["--db", str(db), "db", "restore", "7", "--yes"]) == 1
    err = capsys.readouterr().err
    assert "n'est pas intègre" in err or "n'est pas une base" in err
    assert "introuvable" in err
    assert db.read_bytes() == before
