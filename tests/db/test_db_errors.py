"""Database failures are told apart by the driver's codes, on real SQLite and PostgreSQL errors."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from gusp_desktop.db.errors import DbFault, classify, domain_error
from gusp_desktop.domain.errors import (
    DatabaseCorruptError,
    DatabaseReadOnlyError,
    DatabaseUnavailableError,
    PermissionDeniedError,
    ValidationError,
)
from tests.fixtures.databases import PG_ADMIN_DSN


def _sqlite_error(tmp_path: Path, action: Callable[[sqlite3.Connection], object]) -> sqlite3.Error:
    conn = sqlite3.connect(tmp_path / "t.sqlite3")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.executescript(
        "CREATE TABLE IF NOT EXISTS p(id INTEGER PRIMARY KEY, code TEXT UNIQUE NOT NULL "
        "CHECK (code <> 'x'));"
        "CREATE TABLE IF NOT EXISTS c(id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p(id));"
        "INSERT OR IGNORE INTO p(id, code) VALUES (1, 'a');"
    )
    conn.commit()
    try:
        with pytest.raises(sqlite3.Error) as caught:
            action(conn)
    finally:
        conn.close()
    return caught.value


@pytest.mark.parametrize(
    ("statement", "fault", "domain_type"),
    [
        ("INSERT INTO p(code) VALUES ('a')", DbFault.UNIQUE, ValidationError),
        ("INSERT INTO p(id, code) VALUES (1, 'b')", DbFault.UNIQUE, ValidationError),
        ("INSERT INTO c(p_id) VALUES (99)", DbFault.FOREIGN_KEY, ValidationError),
        ("INSERT INTO p(code) VALUES (NULL)", DbFault.NOT_NULL, ValidationError),
        ("INSERT INTO p(code) VALUES ('x')", DbFault.CHECK, ValidationError),
    ],
)
def test_sqlite_constraints_by_extended_code(
    tmp_path: Path, statement: str, fault: DbFault, domain_type: type[Exception]
) -> None:
    error = _sqlite_error(tmp_path, lambda conn: conn.execute(statement))
    assert classify(error) is fault
    assert isinstance(domain_error(error), domain_type)


def test_unique_message_does_not_depend_on_the_driver_wording(tmp_path: Path) -> None:
    error = _sqlite_error(tmp_path, lambda conn: conn.execute("INSERT INTO p(code) VALUES ('a')"))
    disguised = sqlite3.IntegrityError("contrainte violée")  # same code, other words
    disguised.sqlite_errorcode = error.sqlite_errorcode
    assert classify(disguised) is DbFault.UNIQUE
    worded = sqlite3.IntegrityError("UNIQUE constraint failed")  # words, no code
    assert classify(worded) is DbFault.OTHER


def test_read_only_file(tmp_path: Path) -> None:
    _sqlite_error(tmp_path, lambda conn: conn.execute("SELECT missing_column FROM p"))
    conn = sqlite3.connect(f"file:{tmp_path / 't.sqlite3'}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as caught:
        conn.execute("INSERT INTO p(code) VALUES ('z')")
    conn.close()
    assert classify(caught.value) is DbFault.READ_ONLY
    error = domain_error(caught.value, where="f.sqlite3")
    assert isinstance(error, DatabaseReadOnlyError) and "lecture seule" in error.message


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Ceci n'est pas une base.\n" * 300, encoding="utf-8")
    engine = create_engine(f"sqlite:///{path}")  # make_engine would refuse it before SQLite
    with pytest.raises(DBAPIError) as caught, engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM sqlite_master"))
    engine.dispose()
    assert classify(caught.value) is DbFault.NOT_A_DATABASE
    error = domain_error(caught.value)
    assert isinstance(error, DatabaseCorruptError)
    assert "db restore" in error.message


def test_damaged_page_is_corruption(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(a TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 200,)] * 500)
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2 : page * 3] = b"\xff" * page  # a page of the table, past the schema
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.Error) as caught:
        conn.execute("SELECT count(*), max(length(a)) FROM t").fetchall()
    conn.close()
    assert classify(caught.value) is DbFault.CORRUPT
    assert isinstance(domain_error(caught.value), DatabaseCorruptError)


def test_programming_errors_are_not_disguised(tmp_path: Path) -> None:
    error = _sqlite_error(tmp_path, lambda conn: conn.execute("SELECT nope FROM p"))
    assert classify(error) is DbFault.OTHER
    assert domain_error(error) is None


@pytest.mark.postgres
def test_postgres_sqlstates() -> None:
    role = f"gt{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute("CREATE TEMP TABLE t(code text UNIQUE NOT NULL)")
        conn.execute("INSERT INTO t VALUES ('a')")
        with pytest.raises(psycopg.Error) as unique:
            conn.execute("INSERT INTO t VALUES ('a')")
        with pytest.raises(psycopg.Error) as not_null:
            conn.execute("INSERT INTO t VALUES (NULL)")
        conn.execute(f"CREATE ROLE {role} NOLOGIN")
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS gusp_errors_probe(a int)")
            conn.execute(f"SET ROLE {role}")
            with pytest.raises(psycopg.Error) as privilege:
                conn.execute("INSERT INTO gusp_errors_probe VALUES (1)")
            conn.execute("RESET ROLE")
        finally:
            conn.execute("RESET ROLE")
            conn.execute("DROP TABLE IF EXISTS gusp_errors_probe")
            conn.execute(f"DROP ROLE {role}")
        with conn.transaction():
            conn.execute("SET TRANSACTION READ ONLY")
            with pytest.raises(psycopg.Error) as read_only:
                conn.execute("CREATE TEMP TABLE u(a int)")
    assert classify(unique.value) is DbFault.UNIQUE
    assert classify(not_null.value) is DbFault.NOT_NULL
    assert classify(privilege.value) is DbFault.PRIVILEGE
    assert isinstance(domain_error(privilege.value), PermissionDeniedError)
    assert classify(read_only.value) is DbFault.READ_ONLY


@pytest.mark.postgres
def test_postgres_connection_failures() -> None:
    with pytest.raises(psycopg.Error) as refused:
        psycopg.connect("host=127.0.0.1 port=9 user=postgres connect_timeout=3")
    with pytest.raises(psycopg.Error) as missing:
        psycopg.connect(f"{PG_ADMIN_DSN} dbname=gusp_absente_{uuid.uuid4().hex[:6]}")
    assert classify(refused.value) is DbFault.CONNECTION
    error = domain_error(refused.value, where="serveur")
    assert isinstance(error, DatabaseUnavailableError) and "injoignable" in error.message
    assert classify(missing.value) is DbFault.MISSING_DATABASE
