"""Schema creation and upgrades with Alembic, identical on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import enum
import logging
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect

from gusp_desktop.db.engine import check_connection
from gusp_desktop.domain.errors import DatabaseUnavailableError, SchemaTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


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
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision shipped with this application."""
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for a database without our schema."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def schema_state(engine: Engine) -> SchemaState:
    """Compare the database's revision with ours."""
    check_connection(engine)
    current = current_revision(engine)
    if current is None:
        tables = set(inspect(engine).get_table_names())
        return SchemaState.FOREIGN if tables else SchemaState.EMPTY
    if current == head_revision():
        return SchemaState.CURRENT
    return SchemaState.OLDER if current in known_revisions() else SchemaState.NEWER


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


def upgrade(engine: Engine) -> SchemaState:
    """Bring the schema to our head revision; refuse databases we do not understand.

    Returns the state found before upgrading.
    """
    state = schema_state(engine)
    if state is SchemaState.NEWER:
        raise SchemaTooNewError(
            "Cette base a été mise à jour par une version plus récente de GUSP Desktop "
            f"(révision {current_revision(engine)}). Installez la dernière version de "
            "l'application ; rien n'a été modifié."
        )
    if state is SchemaState.FOREIGN:
        raise DatabaseUnavailableError(
            "Cette base contient des tables qui ne viennent pas de GUSP Desktop ; "
            "choisissez une base vide ou une base GUSP Desktop."
        )
    if state is SchemaState.CURRENT:
        return state
    if state is SchemaState.OLDER:
        backup_sqlite_file(engine, current_revision(engine))
    _run_upgrade(engine)
    return state


def _run_upgrade(engine: Engine) -> None:
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
                command.upgrade(config, "head")
                if sqlite:
                    _check_foreign_keys(conn)
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys = ON")
                conn.commit()


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
