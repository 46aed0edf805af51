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

    @property
    def groups(self) -> list[str]:
        return [f"{self.prefix}_{s}" for s in ("coordinateur", "secretaire", "lecteur")]

    def url(self, login: str, password: str | None = None) -> str:
        """SQLAlchemy URL of the test database as ``login``."""
        base = pg_url(self.database).replace("postgres@", f"{login}@", 1)
        return base if password is None else base.replace(f"{login}@", f"{login}:{password}@", 1)

    def drop(self) -> None:
        names = [n for n in [*self.logins, *self.groups] if _role_exists(n)]
        if not names:
            return
        idents = sql.SQL(", ").join(sql.Identifier(n) for n in names)
        with psycopg.connect(_dsn(self.database), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP OWNED BY {}").format(idents))
            conn.execute(sql.SQL("DROP ROLE {}").format(idents))


def _dsn(database: str) -> str:
    return PG_ADMIN_DSN.replace("dbname=postgres", f"dbname={database}")


def _role_exists(name: str) -> bool:
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        return (
            conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            is not None
        )


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
