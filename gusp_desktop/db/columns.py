"""The schema's shared pieces that need no ORM: the metadata, column types, tracked columns.

``db.tables`` declares tables on this metadata with SQLAlchemy Core alone, so that a read-only
command can query them without importing and mapping the model classes; ``db.base`` gives the
same metadata to the declarative base, so every table, Core or declarative, is one schema.
"""

import datetime as dt
from enum import Enum
from typing import Any

from sqlalchemy import Column, DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect

# Stable constraint names so that Alembic batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

METADATA = MetaData(naming_convention=NAMING_CONVENTION)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on both engines (SQLite would otherwise drop the offset)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class EnumText(TypeDecorator[Any]):
    """Store an enum as its plain string value: readable in SQL, no native enum to migrate."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_cls: type[Enum]) -> None:
        super().__init__()
        self.enum_cls = enum_cls

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return str(self.enum_cls(value).value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else self.enum_cls(value)


def utcnow() -> dt.datetime:
    """Current time, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def tracked_columns() -> list[Column[Any]]:
    """The columns of ``db.base.Tracked`` for a table declared in Core, last as there.

    ``version`` is the mapper's version counter (optimistic locking); the others say who
    created and last changed the row, and when.
    """
    return [
        Column("version", Integer, nullable=False, default=1),
        Column("created_at", UtcDateTime(), nullable=False, default=utcnow),
        Column("updated_at", UtcDateTime(), nullable=False, default=utcnow, onupdate=utcnow),
        Column("created_by", String(80), nullable=False, default=""),
        Column("updated_by", String(80), nullable=False, default=""),
    ]
