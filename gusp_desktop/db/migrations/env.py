"""Alembic environment: runs on a connection handed over by ``gusp_desktop.db.migrate``."""

from __future__ import annotations

from alembic import context

from gusp_desktop.db import models  # noqa: F401 - registers every table
from gusp_desktop.db.base import Base

target_metadata = Base.metadata


def run_migrations() -> None:
    """Migrate through the connection given in the config attributes (online only)."""
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
