"""Schema creation and upgrades with Alembic, identical on SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import logging
import os
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.engine import URL

from gusp_desktop.db.backups import BEFORE_MIGRATION, BackupStore
from gusp_desktop.db.engine import check_connection
from gusp_desktop.domain.errors import DatabaseUnavailableError, Message, SchemaTooNewError
from gusp_desktop.privacy import create_private_file

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_LINE = re.compile(r'^revision = "(?P<id>[\w-]+)"$', re.MULTILINE)
_DOWN_REVISION_LINE = re.compile(r'^down_revision = (?:None|"(?P<id>[\w-]+)")$', re.MULTILINE)


class SchemaState(enum.Enum):
    """How a database's schema compares with this version of the application."""

    EMPTY = "empty"
    OLDER = "older"
    CURRENT = "current"
    NEWER = "newer"
    FOREIGN = "foreign"


def _config() -> Config:
    # alembic is imported lazily: it costs ~150 ms that the window should not pay at start-up.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest revision this application knows."""
    declared = _declared_head()
    if declared is not None:
        return declared
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision shipped with this application."""
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def _declared_head() -> str | None:
    """The head read from the migration files' plain ``revision``/``down_revision`` lines
    (opening a database at head then needs no alembic, a second of start-up on a busy
    machine); None when the history is not one simple chain, left to alembic."""
    revisions: dict[str, str | None] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision = _REVISION_LINE.search(text)
        down = _DOWN_REVISION_LINE.search(text)
        if revision is None or down is None:
            return None
        revisions[revision["id"]] = down["id"]
    referenced = set(revisions.values())
    heads = [revision for revision in revisions if revision not in referenced]
    return heads[0] if len(heads) == 1 and len(referenced) == len(revisions) else None


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for a database without our schema."""
    from sqlalchemy import text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        stamped = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        if len(stamped) <= 1:
            return stamped[0] if stamped else None
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()  # its own error


def schema_state(engine: Engine) -> SchemaState:
    """Compare the database's revision with ours."""
    check_connection(engine)
    current = current_revision(engine)
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if not tables or _interrupted_creation(engine, tables):
            return SchemaState.EMPTY
        return SchemaState.FOREIGN
    if current == head_revision():
        return SchemaState.CURRENT
    return SchemaState.OLDER if current in known_revisions() else SchemaState.NEWER


def _interrupted_creation(engine: Engine, tables: set[str]) -> bool:
    """A local file left by a creation interrupted by an older version: some of our tables,
    no revision, no row anywhere. It holds nothing, so it is created again."""
    from sqlalchemy import text

    from gusp_desktop.db import models  # noqa: F401 - registers every table
    from gusp_desktop.db.base import Base
    from gusp_desktop.db.search.schema import ENGINE_TABLES

    ours = set(Base.metadata.tables) | {"alembic_version"} | ENGINE_TABLES
    if engine.dialect.name != "sqlite" or not tables <= ours:
        return False
    # The full-text tables are not ours to judge: FTS5 writes its own bookkeeping rows.
    with engine.connect() as conn:
        return all(
            conn.execute(text(f'SELECT 1 FROM "{name}" LIMIT 1')).first() is None
            for name in tables - ENGINE_TABLES
        )


def backup_sqlite_file(engine: Engine, revision: str | None) -> Path | None:
    """Copy a SQLite file aside before migrating it, so an upgrade can always be undone."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    source = Path(database)
    if not source.exists() or source.stat().st_size == 0:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.avant-migration-{revision or 'vide'}-{stamp}.sqlite3")
    with engine.connect() as conn:
        # Fold the WAL into the main file first, otherwise the copy could miss recent commits.
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(source, target)
    log.info("Copie de sauvegarde avant migration : %s", target)
    return target


def upgrade(engine: Engine, backups: BackupStore | None = None) -> SchemaState:
    """Bring the schema to our head revision; refuse databases we do not understand.

    A new local file is created whole under a temporary name and renamed into place only once
    fully migrated: SQLite commits each CREATE TABLE on its own, so a creation interrupted
    midway would otherwise leave a file with some tables and no revision. An existing local
    file is backed up first (in ``backups`` when given, else next to it).

    Returns the state found before upgrading.
    """
    state = schema_state(engine)
    if state is SchemaState.NEWER:
        raise SchemaTooNewError(
            Message(
                "Cette base a été mise à jour par une version plus récente de GUSP Desktop "
                "(révision {revision}). Installez la dernière version de "
                "l'application ; rien n'a été modifié.",
                revision=current_revision(engine),
            )
        )
    if state is SchemaState.FOREIGN:
        raise DatabaseUnavailableError(
            "Cette base contient des tables qui ne viennent pas de GUSP Desktop ; "
            "choisissez une base vide ou une base GUSP Desktop."
        )
    if state is SchemaState.CURRENT:
        return state
    path = _local_file(engine)
    if path is not None and state is SchemaState.EMPTY:
        _create_aside(engine, path)
        return state
    if state is SchemaState.OLDER:
        if backups is not None and path is not None:
            backups.take(path, BEFORE_MIGRATION)
        else:
            backup_sqlite_file(engine, current_revision(engine))
    _run_upgrade(engine, reindex=state is SchemaState.OLDER)
    return state


def _local_file(engine: Engine) -> Path | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)


def _create_aside(engine: Engine, path: Path) -> None:
    """Create and migrate a new database in a temporary file, then rename it over ``path``."""
    from gusp_desktop.db.engine import make_engine

    engine.dispose()  # no connection may keep the empty file open across the rename
    temporary = path.with_name(f".{path.name}.creation-{os.getpid()}.tmp")
    _remove_with_journals(temporary)
    create_private_file(temporary)  # its journals, and the database it becomes, stay 0600
    scratch = make_engine(URL.create("sqlite", database=str(temporary)))
    try:
        _run_upgrade(scratch, reindex=False)
        with scratch.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        scratch.dispose()
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        if schema_state(engine) is not SchemaState.EMPTY:
            raise DatabaseUnavailableError(
                f"La base « {path} » a été créée par un autre programme pendant sa préparation."
            )
        engine.dispose()
        for suffix in ("-wal", "-shm"):  # journals of the empty file, never of the new one
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + suffix).unlink()
        os.replace(temporary, path)
    finally:
        scratch.dispose()
        _remove_with_journals(temporary)


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def upgrade_to(engine: Engine, revision: str) -> None:
    """Bring an empty or older database to exactly ``revision`` (a released schema, to build
    the databases the upgrade tests start from)."""
    _run_upgrade(engine, reindex=False, target=revision)


def _run_upgrade(engine: Engine, *, reindex: bool, target: str = "head") -> None:
    """Run the migrations in one transaction.

    On SQLite, batch migrations rebuild a table by copying it and dropping the original: with
    foreign keys enforced, dropping ``seance`` would cascade to its agenda and attendance. Keys
    are therefore off while migrating (the pragma only takes effect outside a transaction) and
    checked as a whole before committing.
    """
    from alembic import command

    config = _config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            conn.commit()
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                if reindex:
                    _rebuild_search_index(conn)
                if sqlite:
                    _check_foreign_keys(conn)
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys = ON")
                conn.commit()


def _rebuild_search_index(conn: Connection) -> None:
    """Search documents are built with the application's text analysis, which a migration
    script cannot use: rebuild them all once the schema is current, in the same transaction."""
    from gusp_desktop.db.search.documents import rebuild

    count = rebuild(conn)
    log.info("Index de recherche reconstruit : %d documents", count)


def _check_foreign_keys(conn: Connection) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        raise DatabaseUnavailableError(
            "La mise à jour du schéma laisserait des références cassées "
            f"({len(broken)} ligne(s)) : rien n'a été modifié."
        )


def ensure_writable_schema(engine: Engine) -> None:
    """Refuse to write to a database whose schema is not exactly ours."""
    state = schema_state(engine)
    if state is SchemaState.NEWER:
        raise SchemaTooNewError(
            "Schéma plus récent que cette version de l'application : écriture refusée. "
            "Installez la dernière version de GUSP Desktop."
        )
    if state is not SchemaState.CURRENT:
        raise DatabaseUnavailableError(
            "Le schéma de cette base n'est pas à jour : lancez « gusp-desktop db upgrade »."
        )
