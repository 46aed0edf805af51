"""Editable plan d'actions and search across everything

Revision ID: 0003_plan_search
Revises: 0002_seance_lifecycle
Create Date: 2026-12-02 09:00:00

Actions gain constat/origin, indicator, confidentiality and outcome; history entries gain the
changed field with old and new values, and a reason. ``search_document`` holds the searchable
text of every row; each engine indexes it its own way (FTS5 table kept by triggers on SQLite,
generated tsvector + GIN index on PostgreSQL). The documents of existing rows are built by
``gusp_desktop.db.migrate`` right after the upgrade, with the application's text analysis.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from gusp_desktop.domain.errors import DatabaseUnavailableError

revision = "0003_plan_search"
down_revision = "0002_seance_lifecycle"
branch_labels = None
depends_on = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(title_terms, body_terms, "
    "content='search_document', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')",
    "CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN "
    "INSERT INTO search_fts(rowid, title_terms, body_terms) "
    "VALUES (new.id, new.title_terms, new.body_terms); END",
    "CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms) "
    "VALUES ('delete', old.id, old.title_terms, old.body_terms); END",
    "CREATE TRIGGER search_document_au AFTER UPDATE ON search_document BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms) "
    "VALUES ('delete', old.id, old.title_terms, old.body_terms); "
    "INSERT INTO search_fts(rowid, title_terms, body_terms) "
    "VALUES (new.id, new.title_terms, new.body_terms); END",
]

POSTGRES_CONFIG = [
    "CREATE TEXT SEARCH CONFIGURATION gusp_french (COPY = pg_catalog.french)",
    "ALTER TEXT SEARCH CONFIGURATION gusp_french "
    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem",
]
POSTGRES_VECTOR = [
    "ALTER TABLE search_document ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('gusp_french'::regconfig, title), 'A') || "
    "setweight(to_tsvector('gusp_french'::regconfig, body), 'B')) STORED",
    "CREATE INDEX ix_search_document_vector ON search_document USING gin (search_vector)",
]

UNACCENT_MISSING = (
    "La recherche a besoin de l'extension PostgreSQL « unaccent », que ce compte ne peut pas "
    "installer ({reason}). Demandez à l'administrateur du serveur d'exécuter "
    "« CREATE EXTENSION unaccent; » dans cette base (paquet postgresql-contrib), puis relancez "
    "« gusp-desktop db upgrade ». Rien n'a été modifié."
)


def _add_columns() -> None:
    empty = sa.text("''")
    with op.batch_alter_table("action", schema=None) as batch_op:
        for name in ("origin_note", "indicator"):
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=empty))
        batch_op.add_column(
            sa.Column("confidential", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("outcome", sa.Text(), nullable=False, server_default=empty))
    with op.batch_alter_table("action_update", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("field", sa.String(length=32), nullable=False, server_default=empty)
        )
        batch_op.add_column(sa.Column("old_value", sa.Text(), nullable=False, server_default=empty))
        batch_op.add_column(sa.Column("new_value", sa.Text(), nullable=False, server_default=empty))
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=False, server_default=empty))


def _foreign_key(column: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{table}.id"],
        name=op.f(f"fk_search_document_{column}_{table}"),
        ondelete="CASCADE",
    )


INDEXED = (
    "action_id",
    "instance_id",
    "seance_id",
    "agenda_item_id",
    "contact_id",
    "organisation_id",
)


def _create_documents() -> None:
    op.create_table(
        "search_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("title_terms", sa.Text(), nullable=False),
        sa.Column("body_terms", sa.Text(), nullable=False),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("action_number", sa.String(length=24), nullable=True),
        *[sa.Column(name, sa.Integer(), nullable=True) for name in INDEXED],
        _foreign_key("action_id", "action"),
        _foreign_key("instance_id", "instance"),
        _foreign_key("seance_id", "seance"),
        _foreign_key("agenda_item_id", "agenda_item"),
        _foreign_key("contact_id", "contact"),
        _foreign_key("organisation_id", "organisation"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_document")),
        sa.UniqueConstraint("kind", "entity_id", name=op.f("uq_search_document_kind")),
    )
    with op.batch_alter_table("search_document", schema=None) as batch_op:
        for name in INDEXED:
            batch_op.create_index(batch_op.f(f"ix_search_document_{name}"), [name], unique=False)


def _ensure_unaccent(conn: sa.Connection) -> None:
    """Install ``unaccent`` (trusted since PostgreSQL 13) or explain who must."""
    installed = conn.scalar(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'"))
    if installed:
        return
    available = conn.scalar(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'")
    )
    if not available:
        raise DatabaseUnavailableError(
            UNACCENT_MISSING.format(reason="extension absente du serveur")
        )
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except sa.exc.DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0]
        raise DatabaseUnavailableError(UNACCENT_MISSING.format(reason=reason)) from exc


def _postgres_index(conn: sa.Connection) -> None:
    _ensure_unaccent(conn)
    exists = conn.scalar(sa.text("SELECT 1 FROM pg_ts_config WHERE cfgname = 'gusp_french'"))
    for statement in [] if exists else POSTGRES_CONFIG:
        conn.exec_driver_sql(statement)
    for statement in POSTGRES_VECTOR:
        conn.exec_driver_sql(statement)


def upgrade() -> None:
    _add_columns()
    _create_documents()
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            conn.exec_driver_sql(statement)
    else:
        _postgres_index(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for name in ("search_document_au", "search_document_ad", "search_document_ai"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        conn.exec_driver_sql("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_document")
    if conn.dialect.name != "sqlite":
        conn.exec_driver_sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS gusp_french")
    with op.batch_alter_table("action_update", schema=None) as batch_op:
        for column in ("reason", "new_value", "old_value", "field"):
            batch_op.drop_column(column)
    with op.batch_alter_table("action", schema=None) as batch_op:
        for column in ("outcome", "confidential", "indicator", "origin_note"):
            batch_op.drop_column(column)
