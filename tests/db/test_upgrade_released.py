"""Every released schema, filled with real use, upgrades to the current one without losing data.

For each file of ``tests/fixtures/schemas`` the database is built at that revision on SQLite
and on PostgreSQL, upgraded by the current code (the local file through the application's own
opening path, backup included; the server as ``db upgrade`` does), and then:
- every column of the release still holds exactly the same values, under its new name when a
  migration renamed it (a SHA-256 per column over (primary key, value) in key order);
- the application's self-test passes on the upgraded data (for PostgreSQL, on a verified
  ``db copy`` of it to a local file).
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from gusp_desktop.bootstrap import Runtime
from gusp_desktop.db import migrate
from gusp_desktop.db.copy import canonical, copy_database
from gusp_desktop.db.engine import make_engine
from gusp_desktop.selftest import run_self_test
from tests.fixtures.databases import create_pg_database, drop_pg_database, pg_url
from tests.fixtures.released_schemas import load, reflected, released

RELEASED = released()
# Columns a migration renamed on purpose: (table, old name) → new name.
RENAMED = {
    ("instance", "confidential"): "restricted",
    ("action", "confidential"): "restricted",
}
Sums = dict[tuple[str, str], str]


def test_the_first_release_is_kept() -> None:
    assert [revision for revision, _path in RELEASED][:1] == ["0001_initial"]


def _column_sums(engine: Engine, columns: dict[str, list[str]], renamed: bool) -> Sums:
    """(table, column) → "rows:sha256" of (primary key, canonical value) in key order."""
    metadata = reflected(engine)
    sums: Sums = {}
    with engine.connect() as conn:
        for name, names in sorted(columns.items()):
            table = metadata.tables[name]
            key = list(table.primary_key.columns)
            for column in names:
                actual = RENAMED.get((name, column), column) if renamed else column
                chosen = table.c[actual]
                digest, count = hashlib.sha256(), 0
                for row in conn.execute(select(*key, chosen).order_by(*key)):
                    values = [canonical(v) for v in row[:-1]] + [canonical(row[-1], chosen.type)]
                    digest.update(json.dumps(values, ensure_ascii=False).encode("utf-8"))
                    count += 1
                sums[(name, column)] = f"{count}:{digest.hexdigest()}"
    return sums


def _release(engine: Engine, revision: str, fixture: Path) -> tuple[dict[str, list[str]], Sums]:
    migrate.upgrade_to(engine, revision)
    columns = load(engine, fixture)
    return columns, _column_sums(engine, columns, renamed=False)


def _self_test(path: Path) -> None:
    out = io.StringIO()
    code = run_self_test(out, io.StringIO(), database=path)
    assert code == 0, out.getvalue()
    assert "base fournie" in out.getvalue()


@pytest.fixture
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_USER", "claire")
    monkeypatch.delenv("GUSP_DB_URL", raising=False)


@pytest.mark.slow
@pytest.mark.parametrize(("revision", "fixture"), RELEASED, ids=[r for r, _p in RELEASED])
def test_local_file_upgrades_through_the_application(
    revision: str, fixture: Path, tmp_path: Path, private_dirs: None
) -> None:
    path = tmp_path / "publiee.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    columns, before = _release(engine, revision, fixture)
    engine.dispose()
    runtime = Runtime(str(path))
    try:
        runtime.prepare_schema()  # what opening the file does: checks, backup, upgrade
        assert migrate.schema_state(runtime.engine) is migrate.SchemaState.CURRENT
        assert _column_sums(runtime.engine, columns, renamed=True) == before
        backups = runtime.backups.entries()
    finally:
        runtime.close()
    if revision != migrate.head_revision():
        assert [b.reason for b in backups if b.reason == "avant-migration"]
        copy = Runtime(str(backups[-1].path))  # the backup is the release, untouched
        try:
            assert migrate.current_revision(copy.engine) == revision
        finally:
            copy.close()
    _self_test(path)


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.parametrize(("revision", "fixture"), RELEASED, ids=[r for r, _p in RELEASED])
def test_shared_server_upgrades_like_db_upgrade(
    revision: str, fixture: Path, tmp_path: Path, private_dirs: None
) -> None:
    name = create_pg_database()
    engine = make_engine(pg_url(name))
    try:
        columns, before = _release(engine, revision, fixture)
        assert migrate.upgrade(engine) is not migrate.SchemaState.CURRENT or (
            revision == migrate.head_revision()
        )
        assert _column_sums(engine, columns, renamed=True) == before
        local = make_engine(f"sqlite:///{tmp_path / 'copie.sqlite3'}")
        report = copy_database(engine, local)
        local.dispose()
        assert report.ok, report.lines()
    finally:
        engine.dispose()
        drop_pg_database(name)
    _self_test(tmp_path / "copie.sqlite3")
