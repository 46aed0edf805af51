"""Opening the local SQLite file: pragmas on every connection, a copy before migrating."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from gusp_desktop.db import migrate
from gusp_desktop.db.engine import make_engine, resolve_url


def test_every_sqlite_connection_gets_the_pragmas(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'g.sqlite3'}", pool_size=2)
    for _ in range(3):  # several pooled connections, each configured on connect
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    engine.dispose()


def test_backup_before_migration_is_a_complete_copy(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with engine.begin() as conn:  # committed but still in the WAL file
        conn.execute(
            text(
                "INSERT INTO quartier (code, name, communes, npnru, description, "
                "version, created_at, updated_at, created_by, updated_by) VALUES "
                "('HM', 'Les Hauts-de-Marve', '', 0, '', 1, '2025-01-01', "
                "'2025-01-01', 't', 't')"
            )
        )
    copy = migrate.backup_sqlite_file(engine, migrate.current_revision(engine))
    engine.dispose()
    assert copy is not None and copy != path and copy.parent == path.parent
    assert "avant-migration" in copy.name
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT code FROM quartier").fetchall() == [("HM",)]


def test_paths_and_urls_are_resolved(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    assert resolve_url(str(tmp_path / "x.sqlite3")).database == str(tmp_path / "x.sqlite3")
    assert resolve_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    monkeypatch.setenv("GUSP_DB_URL", "sqlite:////tmp/env.sqlite3")
    assert resolve_url(None).database == "/tmp/env.sqlite3"
