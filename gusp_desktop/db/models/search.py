"""The search index: one document per searchable thing, kept in step with its source row.

Each engine adds its own full-text structure on top of this table (an FTS5 table on SQLite,
a generated ``tsvector`` column with a GIN index on PostgreSQL); see ``db.search.schema``.
The foreign keys cascade, so a deleted source row never leaves a stale result behind.
"""

from sqlalchemy.orm import Mapped

from gusp_desktop.db import tables
from gusp_desktop.db.base import Base


class SearchDocument(Base):
    """Searchable text of one row, with where it lives for opening it from a result."""

    __table__ = tables.search_document
    __tablename__ = tables.search_document.name

    id: Mapped[int]
    kind: Mapped[str]
    entity_id: Mapped[int]
    label: Mapped[str]
    title: Mapped[str]
    body: Mapped[str]
    title_terms: Mapped[str]
    body_terms: Mapped[str]
    restricted: Mapped[bool]
    action_number: Mapped[str | None]
    action_id: Mapped[int | None]
    instance_id: Mapped[int | None]
    seance_id: Mapped[int | None]
    agenda_item_id: Mapped[int | None]
    contact_id: Mapped[int | None]
    organisation_id: Mapped[int | None]
