"""Copy a whole GUSP database to another one (local SQLite ↔ shared PostgreSQL), verified.

Every table is copied, history, audit trail and signed-minutes records included, in foreign-key
order, inside one transaction on the target: a failed copy leaves the target empty. PostgreSQL
sequences are then moved past the copied ids. The copy is verified by counting the rows of each
table and by a SHA-256 over a canonical serialisation of every row, read in primary-key order
through the same column types on both sides, so that equal data gives equal checksums whatever
the engine (dates in ISO form, decimals at their column's scale, enums by value, UTC times).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Numeric, Table, func, select, text

from gusp_desktop.db import migrate
from gusp_desktop.db import models as _models  # noqa: F401 - registers every table
from gusp_desktop.db.base import Base
from gusp_desktop.db.models.security import DATABASE_OWN_KEYS, AppSetting
from gusp_desktop.domain.errors import Message, ValidationError

CHUNK_ROWS = 1000
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class TableSum:
    """Row count and content checksum of one table."""

    rows: int
    sha256: str


@dataclass(frozen=True)
class TableReport:
    """Source and target figures for one table."""

    name: str
    source: TableSum
    target: TableSum

    @property
    def ok(self) -> bool:
        """Same rows, same content."""
        return self.source == self.target


@dataclass(frozen=True)
class CopyReport:
    """What the copy found, table by table."""

    tables: tuple[TableReport, ...]

    @property
    def ok(self) -> bool:
        """Every table identical on both sides."""
        return all(t.ok for t in self.tables)

    @property
    def total_rows(self) -> int:
        """Rows copied, all tables together."""
        return sum(t.target.rows for t in self.tables)

    def lines(self) -> list[str]:
        """The verification table printed at the end of ``db copy``."""
        width = max(len(t.name) for t in self.tables)
        header = f"{'Table':<{width}}  {'Source':>7}  {'Cible':>7}  {'Empreinte SHA-256':<16}  État"
        out = [header, "-" * len(header)]
        for t in self.tables:
            state = "identique" if t.ok else "DIFFÉRENT"
            digest = (
                t.target.sha256[:16] if t.ok else f"{t.source.sha256[:7]}≠{t.target.sha256[:7]}"
            )
            out.append(
                f"{t.name:<{width}}  {t.source.rows:>7}  {t.target.rows:>7}  {digest:<16}  {state}"
            )
        return out


def tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    return list(Base.metadata.sorted_tables)


def canonical(value: Any, column_type: Any = None) -> Any:
    """A JSON-ready form of one value that is identical whatever engine it was read from."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        scale = getattr(column_type, "scale", None)
        if isinstance(column_type, Numeric) and scale is not None:
            value = value.quantize(Decimal(1).scaleb(-scale))
        return format(value, "f")
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def row_line(table: Table, row: Sequence[Any]) -> bytes:
    """One row as one canonical line (columns in the table's declared order)."""
    values = [canonical(v, c.type) for v, c in zip(row, table.columns, strict=True)]
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def _ordered(table: Table) -> Any:
    query = select(table).order_by(*table.primary_key.columns)
    if table.name == AppSetting.__tablename__:
        # The identifier naming the source's server group roles stays with the source: a copy
        # sharing it would share its roles.
        query = query.where(table.c.key.not_in(DATABASE_OWN_KEYS))
    return query


def _chunks(conn: Connection, table: Table) -> Iterable[Sequence[Any]]:
    result = conn.execution_options(stream_results=True).execute(_ordered(table))
    yield from result.partitions(CHUNK_ROWS)


def table_sum(conn: Connection, table: Table) -> TableSum:
    """Count and checksum of one table."""
    digest, count = hashlib.sha256(), 0
    for chunk in _chunks(conn, table):
        for row in chunk:
            digest.update(row_line(table, row))
        count += len(chunk)
    return TableSum(count, digest.hexdigest())


def checksums(engine: Engine) -> dict[str, TableSum]:
    """Count and checksum of every table, in one consistent read."""
    with _snapshot(engine) as conn:
        return {table.name: table_sum(conn, table) for table in tables()}


def _snapshot(engine: Engine) -> Connection:
    """A connection whose reads all see one state of the database (PostgreSQL)."""
    conn = engine.connect()
    if engine.dialect.name == "postgresql":
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
    return conn


def _same_database(source: Engine, target: Engine) -> bool:
    if source.dialect.name != target.dialect.name:
        return False
    if source.dialect.name == "sqlite":
        return Path(str(source.url.database)).resolve() == Path(str(target.url.database)).resolve()
    keys = ("host", "port", "database")
    return all(getattr(source.url, k) == getattr(target.url, k) for k in keys)


def check_source(engine: Engine) -> None:
    """The source must be a GUSP database at this version's schema."""
    state = migrate.schema_state(engine)
    if state is migrate.SchemaState.CURRENT:
        return
    reasons = {
        migrate.SchemaState.EMPTY: "la base source est vide",
        migrate.SchemaState.OLDER: "le schéma de la source est ancien : lancez d'abord "
        "« gusp-desktop --db SOURCE db upgrade »",
        migrate.SchemaState.NEWER: "la source vient d'une version plus récente de l'application",
        migrate.SchemaState.FOREIGN: "la source n'est pas une base GUSP Desktop",
    }
    reason = Message(reasons[state])
    raise ValidationError({"source": Message("Copie impossible : {reason}.", reason=reason)})


def check_reader_sees_everything(engine: Engine) -> None:
    """On a shared server, only the owner reads every row: row-level security hides restricted
    content from the others, and a copy made by them would silently leave it out."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as conn:
        if not conn.scalar(text("SELECT gusp_is_owner()")):
            raise ValidationError(
                {"source": "Copie refusée : seul le propriétaire de la base source en voit tout "
                 "le contenu (les contenus restreints sont cachés aux autres comptes). "
                 "Lancez la copie avec le compte propriétaire."}
            )  # fmt: skip


def prepare_target(engine: Engine) -> None:
    """Create the schema on an empty target; refuse any target that already holds data."""
    state = migrate.schema_state(engine)
    if state is migrate.SchemaState.EMPTY:
        migrate.upgrade(engine)
        return
    if state is not migrate.SchemaState.CURRENT:
        raise ValidationError(
            {"target": "Copie refusée : la base cible n'est pas vide (autre schéma)."}
        )
    with engine.connect() as conn:
        filled = [
            t.name
            for t in tables()
            if conn.scalar(select(func.count()).select_from(_ordered(t).subquery()))
        ]
    if filled:
        raise ValidationError(
            {"target": f"Copie refusée : la base cible n'est pas vide ({', '.join(filled)})."}
        )


def copy_database(source: Engine, target: Engine, progress: Progress | None = None) -> CopyReport:
    """Copy every row of ``source`` into the empty ``target`` and verify the result."""
    if _same_database(source, target):
        raise ValidationError({"target": "La source et la cible sont la même base."})
    check_source(source)
    check_reader_sees_everything(source)
    prepare_target(target)
    with _snapshot(source) as reader, target.begin() as writer:
        if writer.dialect.name == "postgresql":
            # Rows are copied as they are, audit trail included: the owner's copy is not a
            # change for the audit triggers to record (they honour this only for the owner).
            writer.exec_driver_sql("SET LOCAL gusp.bulk_copy = 'on'")
        copied = {t.name: _copy_table(reader, writer, t, progress) for t in tables()}
        if writer.dialect.name == "postgresql":
            reset_sequences(writer)
    verified = checksums(target)
    return CopyReport(
        tuple(TableReport(name, copied[name], verified[name]) for name in copied),
    )


def _copy_table(
    reader: Connection, writer: Connection, table: Table, progress: Progress | None
) -> TableSum:
    """Copy one table chunk by chunk, hashing the source rows on the way."""
    digest, count = hashlib.sha256(), 0
    keys = [c.key for c in table.columns]
    for chunk in _chunks(reader, table):
        for row in chunk:
            digest.update(row_line(table, row))
        writer.execute(table.insert(), [dict(zip(keys, row, strict=True)) for row in chunk])
        count += len(chunk)
    if progress is not None:
        progress(table.name, count)
    return TableSum(count, digest.hexdigest())


def reset_sequences(conn: Connection) -> None:
    """Move each PostgreSQL id sequence past the largest copied id."""
    for table in tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        name, column = table.name, pk[0].name
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                f'coalesce(max("{column}"), 1), max("{column}") IS NOT NULL) FROM "{name}"'
            ),
            {"table": f'"{name}"', "column": column},
        )


def describe_failure(report: CopyReport) -> str:
    """French sentence naming the tables that differ after a copy."""
    bad = [t.name for t in report.tables if not t.ok]
    return f"Vérification échouée : contenu différent pour {', '.join(bad)}."
