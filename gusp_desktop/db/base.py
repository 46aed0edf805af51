"""Declarative base and the mixin every editable table shares (types: ``db.columns``)."""

import datetime as dt
from typing import Any

from sqlalchemy import Integer, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from gusp_desktop.db.columns import (
    METADATA,
    NAMING_CONVENTION,
    EnumText,
    UtcDateTime,
    utcnow,
)

__all__ = ["NAMING_CONVENTION", "Base", "EnumText", "Tracked", "UtcDateTime", "utcnow"]


class Base(DeclarativeBase):
    """Root of every model."""

    metadata = METADATA


class Tracked:
    """Optimistic locking plus who/when of creation and last change.

    ``version`` is SQLAlchemy's version counter: an UPDATE whose version no longer matches
    touches no row and raises StaleDataError, so a concurrent save can never be overwritten.
    A class mapping a table of ``db.tables`` (``__table__``) finds these columns there
    (``columns.tracked_columns``, the same definitions); the mixin then only types them.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    updated_by: Mapped[str] = mapped_column(String(80), default="")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy declared_attr
        table = cls.__dict__.get("__table__")
        if isinstance(table, Table):  # declared in Core: the mixin's column is not the table's
            return {"version_id_col": table.c.version}
        return {"version_id_col": cls.version}
