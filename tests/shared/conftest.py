"""Fixtures of the shared-database tests: one fresh PostgreSQL database per test, seed data,
throw-away login and group roles, and a private password-protected server.

Every database and role created here has a unique name and is dropped at the end, so tests
can run side by side on the machine's PostgreSQL server.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import Engine

from gusp_desktop.db import migrate
from gusp_desktop.db.engine import make_engine
from gusp_desktop.services.base import ServiceContext
from tests.fixtures.databases import (
    PG_ADMIN_DSN,
    create_pg_database,
    drop_pg_database,
    make_context,
    pg_url,
)
from tests.shared.helpers import Seed, seed_actions
from tests.shared.private_server import PrivateServer, start_private_server


@pytest.fixture
def shared_db() -> Iterator[str]:
    """Name of a fresh, migrated PostgreSQL database (dropped after the test)."""
    name = create_pg_database()
    try:
        engine = make_engine(pg_url(name))
        migrate.upgrade(engine)
        engine.dispose()
        yield name
    finally:
        drop_pg_database(name)


@pytest.fixture
def shared_url(shared_db: str) -> str:
    """SQLAlchemy URL of :func:`shared_db` as the server's superuser."""
    return pg_url(shared_db)


@pytest.fixture
def admin_engine(shared_url: str) -> Iterator[Engine]:
    """Engine of the database owner (superuser)."""
    engine = make_engine(shared_url)
    yield engine
    engine.dispose()


@pytest.fixture
def admin_ctx(admin_engine: Engine) -> ServiceContext:
    """Coordinator's service context on the shared database."""
    return make_context(admin_engine)


@pytest.fixture
def seed(admin_ctx: ServiceContext) -> Seed:
    """A quartier, two organisations and four actions."""
    return seed_actions(admin_ctx, count=4)


@dataclass
class Roles:
    """Unique role names for one test, dropped afterwards."""

    database: str
    prefix: str = field(default_factory=lambda: f"gt{uuid.uuid4().hex[:8]}")
    logins: list[str] = field(default_factory=list)

    def login(self, label: str) -> str:
        """A unique login role name (created by ``grant_user``)."""
        name = f"{self.prefix}_{label}"
        self.logins.append(name)
        return name

    def group(self, suffix: str) -> str:
        """This database's group role ``suffix`` (« coordinateur »…), once a grant created it."""
        with psycopg.connect(_dsn(self.database), autocommit=True) as conn:
            row = conn.execute(
                "SELECT value FROM app_setting WHERE key = 'database.role_prefix'"
            ).fetchone()
        assert row is not None, "no group roles in this database yet"
        return f"{row[0]}_{suffix}"

    def url(self, login: str, password: str | None = None) -> str:
        """SQLAlchemy URL of the test database as ``login``."""
        base = pg_url(self.database).replace("postgres@", f"{login}@", 1)
        return base if password is None else base.replace(f"{login}@", f"{login}:{password}@", 1)

    def drop(self) -> None:
        """Drop every login and group role of this test (their names start with the prefix)."""
        drop_roles(self.prefix, [self.database])


def drop_roles(prefix: str, databases: list[str]) -> None:
    """Drop the roles named ``prefix_…`` after removing what they own in ``databases``."""
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        pattern = prefix.replace("_", "\\_") + "\\_%"
        names = [
            str(r[0])
            for r in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (pattern,)
            ).fetchall()
        ]
    if not names:
        return
    idents = sql.SQL(", ").join(sql.Identifier(n) for n in names)
    for database in databases:
        try:
            with psycopg.connect(_dsn(database), autocommit=True) as conn:
                conn.execute(sql.SQL("DROP OWNED BY {}").format(idents))
        except psycopg.OperationalError:  # the database is already gone
            continue
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP OWNED BY {}").format(idents))
        conn.execute(sql.SQL("DROP ROLE {}").format(idents))


def _dsn(database: str) -> str:
    return PG_ADMIN_DSN.replace("dbname=postgres", f"dbname={database}")


@pytest.fixture
def roles(shared_db: str) -> Iterator[Roles]:
    """Throw-away group and login roles on this test's database."""
    found = Roles(shared_db)
    yield found
    found.drop()


@pytest.fixture(scope="session")
def private_server() -> Iterator[PrivateServer]:
    """A private PostgreSQL cluster with password (SCRAM) authentication over TCP."""
    server = start_private_server()
    try:
        yield server
    finally:
        server.stop()
