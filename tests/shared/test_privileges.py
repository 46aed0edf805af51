"""A login without the privilege gets a French refusal from ``db grant`` and ``db upgrade``."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from gusp_desktop.main import main
from tests.fixtures.databases import PG_ADMIN_DSN, create_pg_database, drop_pg_database, pg_url

pytestmark = pytest.mark.postgres


@pytest.fixture
def plain_login() -> Iterator[str]:
    """A login role with no privilege beyond connecting."""
    name = f"gt{uuid.uuid4().hex[:8]}_simple"
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{name}" LOGIN')
    yield name
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'DROP ROLE IF EXISTS "{name}"')


def _as(login: str, url: str) -> str:
    return url.replace("postgres@", f"{login}@", 1)


def _exit(argv: list[str]) -> int | str | None:
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


def test_upgrade_without_create_privilege(
    plain_login: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    name = create_pg_database()
    try:
        code = _exit(["--db", _as(plain_login, pg_url(name)), "db", "upgrade"])
        err = capsys.readouterr().err
        assert code == 1, err
        assert "privilège nécessaire" in err and "Traceback" not in err
        with psycopg.connect(PG_ADMIN_DSN.replace("dbname=postgres", f"dbname={name}")) as conn:
            tables = conn.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
            ).fetchone()
        assert tables == (0,)
    finally:
        drop_pg_database(name)


def test_grant_without_createrole_privilege(
    plain_login: str,
    shared_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    newcomer = f"gt{uuid.uuid4().hex[:8]}_nouveau"
    code = _exit(["--db", _as(plain_login, shared_url), "db", "grant", newcomer, "lecteur"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "privilège nécessaire" in err and "Traceback" not in err
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        found = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (newcomer,)).fetchone()
    assert found is None
