"""Names of the engine-specific search structures that the ORM metadata does not describe.

SQLite: the FTS5 table ``search_fts`` (and the shadow tables FTS5 creates) kept in step with
``search_document`` by triggers. PostgreSQL: the generated ``search_vector`` column and its
GIN index. The schema comparison with the ORM leaves exactly these out.
"""

from __future__ import annotations

FTS_TABLE = "search_fts"
_FTS5_SHADOWS = ("data", "idx", "content", "docsize", "config")
ENGINE_TABLES = frozenset({FTS_TABLE} | {f"{FTS_TABLE}_{suffix}" for suffix in _FTS5_SHADOWS})
VECTOR_COLUMN = "search_vector"
ENGINE_COLUMNS = frozenset({("search_document", VECTOR_COLUMN)})
ENGINE_INDEXES = frozenset({"ix_search_document_vector"})
TS_CONFIG = "gusp_french"


def is_engine_object(name: str | None, type_: str, parent_table: str | None = None) -> bool:
    """Whether a reflected object belongs to an engine's search structures."""
    if type_ == "table":
        return name in ENGINE_TABLES
    if type_ == "column":
        return (parent_table, name) in ENGINE_COLUMNS
    if type_ == "index":
        return name in ENGINE_INDEXES
    return False
