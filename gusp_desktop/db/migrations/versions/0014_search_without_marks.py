"""The search index no longer holds the personal data marked in free text

Revision ID: 0014_search_without_marks
Revises: 0013_contact_civility
Create Date: 2026-12-04 23:00:00

Search documents used to index the words of marked spans (``⟪…⟫``) of every text, so typing a
marked name found the document even where its snippet read « [occulté] ». Documents are now
written with those spans emptied, except in the texts of a restricted instance, which only
the instance's readers find and read (see ``db.search.documents``). Nothing changes in the
schema: the old documents are deleted here and rebuilt by the application's analysis right
after the migrations (``db.migrate``, as for every upgrade of an existing database), in the
same transaction, so no old document survives an upgrade even when the rebuild is not run.
"""

from __future__ import annotations

from alembic import op

revision = "0014_search_without_marks"
down_revision = "0013_contact_civility"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _empty_index()


def downgrade() -> None:
    _empty_index()


def _empty_index() -> None:
    """Delete every document; on SQLite also rewrite the FTS5 table from its (now empty)
    content, so no segment keeps the former words until a later merge."""
    op.execute("DELETE FROM search_document")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
