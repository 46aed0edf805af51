"""Composition root of the command line: settings → engine → services."""

from __future__ import annotations

import getpass
import os
import sys
from functools import cached_property

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from gusp_desktop.db import migrate
from gusp_desktop.db.engine import (
    ENV_VAR,
    check_connection,
    make_engine,
    make_session_factory,
    resolve_url,
)
from gusp_desktop.db.profiles import (
    PROFILE_PREFIX,
    ConnectionProfile,
    PasswordPrompt,
    ProfileStore,
    resolve_password,
)
from gusp_desktop.services.accounts import login_name, resolve_user
from gusp_desktop.services.base import ServiceContext


def terminal_password_prompt(label: str) -> str | None:
    """Ask for a password on the terminal; None when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"{label}\nMot de passe : ")


class Runtime:
    """Builds the database connection and the service context on first use.

    The database is ``--db`` (a path, a URL or ``@profil``), else ``GUSP_DB_URL``, else the
    profile chosen with ``connect use``, else the local file. A profile's password comes from
    the secure keyring, or from ``password_prompt`` (the terminal, or a dialog in the window).
    """

    def __init__(
        self,
        db: str | None,
        *,
        password_prompt: PasswordPrompt | None = terminal_password_prompt,
        profiles: ProfileStore | None = None,
    ) -> None:
        self.password_prompt = password_prompt
        self.profile = _chosen_profile(db, profiles)
        self.url: URL = self.profile.url() if self.profile else resolve_url(db)

    @property
    def is_shared(self) -> bool:
        """True on a PostgreSQL server shared by a team."""
        return self.url.get_backend_name() == "postgresql"

    @cached_property
    def engine(self) -> Engine:
        """Engine, checked once so a wrong file fails with a clear message."""
        url = self.url
        if self.profile is not None:
            url = self.profile.url(self._profile_password(self.profile))
        engine = make_engine(url)
        check_connection(engine)
        return engine

    def _profile_password(self, profile: ConnectionProfile) -> str | None:
        from gusp_desktop.credentials import default_secret_store

        stored = default_secret_store().get(profile.secret_key)
        return resolve_password(profile, stored, self.password_prompt)

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


def _chosen_profile(db: str | None, profiles: ProfileStore | None) -> ConnectionProfile | None:
    if db and db.startswith(PROFILE_PREFIX):
        return (profiles or ProfileStore()).get(db.removeprefix(PROFILE_PREFIX))
    if db or os.environ.get(ENV_VAR):
        return None
    return (profiles or ProfileStore()).active()
