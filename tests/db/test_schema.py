"""The migrated schema is exactly the ORM metadata, on both engines."""

from __future__ import annotations

import warnings
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from gusp_desktop.db import migrate
from gusp_desktop.db.base import Base
from gusp_desktop.db.search import schema as search_schema


def _not_search_engine_object(name: str | None, type_: str, parents: dict[str, Any]) -> bool:
    """FTS5 tables and the tsvector column/index are engine-specific, outside the ORM."""
    return not search_schema.is_engine_object(name, type_, parents.get("table_name"))


def test_migrated_schema_matches_models(engine: Engine) -> None:
    # SQLite's reflection cannot read expression indexes, so Alembic leaves them out there
    # (with warnings); tests/db/test_plan_sort_indexes.py checks them in sqlite_master.
    with engine.connect() as conn, warnings.catch_warnings():
        warnings.filterwarnings("ignore", ".*expression-based index")
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": _not_search_engine_object}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_every_table_exists_and_is_stamped(engine: Engine) -> None:
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert migrate.schema_state(engine) is migrate.SchemaState.CURRENT


def test_search_engine_structures_exist(engine: Engine) -> None:
    """What the comparison above leaves out is really there, on each engine."""
    inspector = inspect(engine)
    if engine.dialect.name == "sqlite":
        assert search_schema.FTS_TABLE in inspector.get_table_names()
        with engine.connect() as conn:
            triggers = set(
                conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            )
        assert {"search_document_ai", "search_document_ad", "search_document_au"} <= triggers
    else:
        columns = {c["name"] for c in inspector.get_columns("search_document")}
        assert search_schema.VECTOR_COLUMN in columns
        indexes = {i["name"] for i in inspector.get_indexes("search_document")}
        assert indexes >= search_schema.ENGINE_INDEXES


def test_the_head_read_from_the_files_is_alembics(engine: Engine) -> None:
    from alembic.script import ScriptDirectory

    from_alembic = ScriptDirectory.from_config(migrate._config()).get_current_head()
    assert migrate.head_revision() == from_alembic
    with engine.connect() as conn:
        stamped = MigrationContext.configure(conn).get_current_revision()
    assert migrate.current_revision(engine) == stamped == from_alembic
