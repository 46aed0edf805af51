"""Open a database: the local SQLite file by default, a PostgreSQL server when shared."""

from __future__ import annotations

import os
import threading
import weakref
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from gusp_desktop.db import local
from gusp_desktop.db.errors import domain_error
from gusp_desktop.domain.errors import DatabaseUnavailableError, GuspError, Message
from gusp_desktop.paths import default_database_path, last_database

if TYPE_CHECKING:  # the ORM is imported with the first session (SessionFactory)
    from sqlalchemy.orm import Session, sessionmaker

ENV_VAR = "GUSP_DB_URL"
SQLITE_BUSY_TIMEOUT_MS = 5000


def resolve_url(path_or_url: str | None = None) -> URL:
    """Turn ``--db`` (a path or a URL), ``GUSP_DB_URL``, the file the window opened last or
    the default file into a URL."""
    raw = path_or_url or os.environ.get(ENV_VAR) or last_database() or str(default_database_path())
    if "://" not in raw:
        return URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise DatabaseUnavailableError(
            Message("Adresse de base de données invalide : « {raw} ».", raw=raw)
        ) from exc
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        # Spell out psycopg 3 so the driver never depends on the SQLAlchemy version's default.
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseUnavailableError(
            f"Type de base non pris en charge : « {url.get_backend_name()} » "
            "(SQLite ou PostgreSQL attendu)."
        )
    return url


def database_key(url: URL) -> str:
    """The URL without its password: identifies a database in files kept on this computer."""
    return url.render_as_string(hide_password=True)


def describe(url: URL) -> str:
    """Human description for the status bar and messages (never shows a password)."""
    if url.get_backend_name() == "sqlite":
        return f"Fichier local : {url.database}"
    return f"Serveur partagé : {url.username}@{url.host}:{url.port or 5432}/{url.database}"


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed change survives a power cut, worth the small cost on a laptop.
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _set_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()


_READ_ONLY: weakref.WeakSet[Engine] = weakref.WeakSet()


def is_read_only(engine: Engine) -> bool:
    """True for a local file opened read-only (its folder or the file cannot be written)."""
    return engine in _READ_ONLY


def make_engine(url: URL | str, **kwargs: Any) -> Engine:
    """Create an engine with the pragmas and options each backend needs.

    A local file is examined first (:func:`gusp_desktop.db.local.examine`): another program's
    SQLite file is refused before any pragma can change it, and a file in a read-only place
    gets a read-only engine.
    """
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, **kwargs)
    if not url.database or url.database == ":memory:":
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    found = local.examine(Path(url.database))
    engine = create_engine(url, **kwargs)
    if not found.read_only:
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    folder = Path(url.database).parent
    uri = local.read_only_uri(Path(url.database), read_only_folder=not os.access(folder, os.W_OK))

    def connect_read_only(_dialect: Any, _record: Any, cargs: Any, cparams: Any) -> None:
        cargs[:] = [uri]
        cparams.pop("database", None)
        cparams["uri"] = True

    event.listen(engine, "do_connect", connect_read_only)
    event.listen(engine, "connect", _set_read_only_pragmas)
    _READ_ONLY.add(engine)
    return engine


def check_connection(engine: Engine) -> None:
    """Touch the database once so a wrong file or an unreachable server fails early, in French."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":
                conn.execute(text("SELECT count(*) FROM sqlite_master"))
    except DBAPIError as exc:
        raise connection_error(engine.url, exc) from exc


def connection_error(url: URL, exc: DBAPIError) -> GuspError:
    """French diagnosis of a failure to open a database, from the driver's error code."""
    error = domain_error(exc, where=describe(url))
    if error is not None:
        return error
    return DatabaseUnavailableError(
        Message(
            "Erreur d'accès à la base ({where}) : {reason}",
            where=describe(url),
            reason=str(exc.orig),
        )
    )


class SessionFactory:
    """Sessions over one engine that keep loaded values after commit (DTOs are built after).

    The ``sessionmaker`` is made, and ``sqlalchemy.orm`` imported, at the first session: a
    command that only reads plain columns of ``db.tables`` (``ServiceContext.read_columns``,
    through a connection of :attr:`engine`) never imports the ORM, ~45 ms of a 260 ms run.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._made: sessionmaker[Session] | None = None
        self._lock = threading.Lock()

    def _sessions(self) -> sessionmaker[Session]:
        if self._made is None:
            with self._lock:  # two threads of the window: one sessionmaker
                if self._made is None:
                    from sqlalchemy.orm import sessionmaker

                    self._made = sessionmaker(self.engine, expire_on_commit=False)
        return self._made

    def __call__(self) -> Session:
        """A new session (as ``sessionmaker()``)."""
        return self._sessions()()

    def begin(self) -> AbstractContextManager[Session]:
        """A new session in a transaction committed at the end (as ``sessionmaker.begin``)."""
        return self._sessions().begin()


def make_session_factory(engine: Engine) -> SessionFactory:
    """Sessions that keep loaded values after commit, so DTOs can be built afterwards."""
    return SessionFactory(engine)
