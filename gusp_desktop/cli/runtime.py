"""Composition root of the command line: settings → engine → services."""

from __future__ import annotations

from functools import cached_property

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from gusp_desktop.db import migrate
from gusp_desktop.db.engine import check_connection, make_engine, make_session_factory, resolve_url
from gusp_desktop.services.accounts import login_name, resolve_user
from gusp_desktop.services.base import ServiceContext


class Runtime:
    """Builds the database connection and the service context on first use."""

    def __init__(self, db: str | None) -> None:
        self.url: URL = resolve_url(db)

    @property
    def is_shared(self) -> bool:
        """True on a PostgreSQL server shared by a team."""
        return self.url.get_backend_name() == "postgresql"

    @cached_property
    def engine(self) -> Engine:
        """Engine, checked once so a wrong file fails with a clear message."""
        engine = make_engine(self.url)
        check_connection(engine)
        return engine

    def prepare_schema(self) -> None:
        """A local file is created and migrated on first use; a shared server must be current.

        Upgrading a shared server is an explicit decision (``db upgrade``): every client of
        the team depends on it.
        """
        if self.is_shared:
            migrate.ensure_writable_schema(self.engine)
        else:
            migrate.upgrade(self.engine)

    @cached_property
    def context(self) -> ServiceContext:
        """Service context for the current user, schema ready."""
        self.prepare_schema()
        factory = make_session_factory(self.engine)
        user = resolve_user(factory, login_name(), shared=self.is_shared)
        return ServiceContext(session_factory=factory, user=user)

    def close(self) -> None:
        """Release connections."""
        if "engine" in self.__dict__:
            self.engine.dispose()
