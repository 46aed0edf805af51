"""The search index: one document per searchable thing, kept in step with its source row.

Each engine adds its own full-text structure on top of this table (an FTS5 table on SQLite,
a generated ``tsvector`` column with a GIN index on PostgreSQL); see ``db.search.schema``.
The foreign keys cascade, so a deleted source row never leaves a stale result behind.
"""

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gusp_desktop.db.base import Base


class SearchDocument(Base):
    """Searchable text of one row, with where it lives for opening it from a result."""

    __tablename__ = "search_document"
    __table_args__ = (UniqueConstraint("kind", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(Integer)
    # What a result is called where it is shown (« HM-25-002 – Remplacer… »), not searched.
    label: Mapped[str] = mapped_column(Text)
    # Searched text: the title weighs more than the body in the ranking. Marked personal data
    # is emptied (« ⟪⟫ ») except in a restricted instance's texts (db.search.documents).
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    # Folded and stemmed words of title and body (what FTS5 indexes on SQLite).
    title_terms: Mapped[str] = mapped_column(Text)
    body_terms: Mapped[str] = mapped_column(Text)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    action_number: Mapped[str | None] = mapped_column(String(24))
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), index=True
    )
    instance_id: Mapped[int | None] = mapped_column(
        ForeignKey("instance.id", ondelete="CASCADE"), index=True
    )
    seance_id: Mapped[int | None] = mapped_column(
        ForeignKey("seance.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
