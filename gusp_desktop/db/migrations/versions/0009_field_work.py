"""Field work: parcours and haltes of walks, qualified constats, photos stored in the database

Revision ID: 0009_field_work
Revises: 0008_relances
Create Date: 2026-12-04 20:00:00

A DEM or marche exploratoire séance gets its objectives (``parcours``) and ordered haltes;
constats gain their halte, coordinates, polarity, gravité, gestionnaire, préconisation, the
residents' words and a status; ``constat_action`` links constats and the actions they fed;
photos are described in ``constat_photo`` and their bytes kept in ``constat_photo_data``.

On PostgreSQL the new tables get the audit trigger of 0006 (the photo bytes excepted: the
descriptive row, with its SHA-256, is what the trail records) and the row-level security of
0007: rows of a walk whose instance is closed to the login are invisible, and so are the
audit events describing them (a restrictive policy added to those of 0007).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_field_work"
down_revision = "0008_relances"
branch_labels = None
depends_on = None

# Table → (parent entity, parent key, when the parent's event also describes the row).
AUDITED = {
    "parcours": ("seance", "seance_id", "delete"),
    "halte": ("seance", "seance_id", "delete"),
    "constat_photo": ("constat", "constat_id", "delete"),
    "constat_action": ("constat", "constat_id", "always"),
}

CLOSED_CONSTATS = "(SELECT unnest(gusp_closed_in('constat')))"
CLOSED_PHOTOS = "(SELECT unnest(gusp_closed_in('constat_photo')))"


def _outside(column: str, closed: str) -> str:
    return f"({column} IS NULL OR {column} NOT IN {closed})"


_SEANCES = "(SELECT unnest(gusp_closed_seances()))"
_ACTIONS = "(SELECT unnest(gusp_closed_actions()))"
POLICIES = {
    "parcours": _outside("seance_id", _SEANCES),
    "halte": _outside("seance_id", _SEANCES),
    "constat_photo": _outside("seance_id", _SEANCES),
    "constat_photo_data": _outside("photo_id", CLOSED_PHOTOS),
    "constat_action": f"{_outside('constat_id', CLOSED_CONSTATS)} AND "
    f"{_outside('action_id', _ACTIONS)}",
}
AUDIT_POLICY = (
    "CREATE POLICY gusp_restricted_field ON audit_event AS RESTRICTIVE FOR SELECT USING (NOT ("
    "(entity = 'halte' AND entity_id IN (SELECT unnest(gusp_closed_in('halte'))))"
    " OR (entity = 'constat_photo' AND entity_id IN " + CLOSED_PHOTOS + ")))"
)


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
    ]


def _fk(column: str, table: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def _create_tables() -> None:
    op.create_table(
        "parcours",
        sa.Column("seance_id", sa.Integer(), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=False),
        *_tracked(),
        _fk("seance_id", "parcours", "seance", "CASCADE"),
        sa.PrimaryKeyConstraint("seance_id", name=op.f("pk_parcours")),
    )
    op.create_table(
        "halte",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seance_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("arrives_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_tracked(),
        _fk("seance_id", "halte", "seance", "CASCADE"),
        _fk("site_id", "halte", "site", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_halte")),
    )
    with op.batch_alter_table("halte", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_halte_seance_id"), ["seance_id"], unique=False)
    with op.batch_alter_table("constat", schema=None) as batch_op:
        batch_op.add_column(sa.Column("halte_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("latitude", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("longitude", sa.Float(), nullable=True))
        batch_op.add_column(
            sa.Column("positive", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("gravity", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("gestionnaire_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("preconisation", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("resident_words", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("status", sa.String(length=32), nullable=False, server_default="a_qualifier")
        )
        batch_op.add_column(
            sa.Column("status_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_constat_halte_id"), ["halte_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_constat_halte_id_halte"),
            "halte",
            ["halte_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_constat_gestionnaire_id_organisation"),
            "organisation",
            ["gestionnaire_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    # Server defaults only filled the existing rows: the application always gives values.
    with op.batch_alter_table("constat", schema=None) as batch_op:
        for column in ("positive", "preconisation", "resident_words", "status", "status_reason"):
            batch_op.alter_column(column, server_default=None)
    op.create_table(
        "constat_action",
        sa.Column("constat_id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        _fk("constat_id", "constat_action", "constat", "CASCADE"),
        _fk("action_id", "constat_action", "action", "CASCADE"),
        sa.PrimaryKeyConstraint("constat_id", "action_id", name=op.f("pk_constat_action")),
    )
    with op.batch_alter_table("constat_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_constat_action_action_id"), ["action_id"], unique=False
        )
    op.create_table(
        "constat_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seance_id", sa.Integer(), nullable=True),
        sa.Column("constat_id", sa.Integer(), nullable=True),
        sa.Column("halte_id", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        *_tracked(),
        _fk("seance_id", "constat_photo", "seance", "RESTRICT"),
        _fk("constat_id", "constat_photo", "constat", "CASCADE"),
        _fk("halte_id", "constat_photo", "halte", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_constat_photo")),
    )
    with op.batch_alter_table("constat_photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_constat_photo_seance_id"), ["seance_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_constat_photo_constat_id"), ["constat_id"], unique=False
        )
    op.create_table(
        "constat_photo_data",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        _fk("photo_id", "constat_photo_data", "constat_photo", "CASCADE"),
        sa.PrimaryKeyConstraint("photo_id", name=op.f("pk_constat_photo_data")),
    )


def _server_side(conn: sa.Connection) -> None:
    for table, (parent, key, covers) in AUDITED.items():
        conn.exec_driver_sql(
            f'CREATE CONSTRAINT TRIGGER gusp_audit AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
            f"EXECUTE FUNCTION gusp_audit_row('{table}', '{parent}', '{key}', '{covers}')"
        )
    for table, visible in POLICIES.items():
        conn.exec_driver_sql(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
        conn.exec_driver_sql(
            f'CREATE POLICY gusp_restricted ON "{table}" USING ({visible}) WITH CHECK ({visible})'
        )
    conn.exec_driver_sql(AUDIT_POLICY)


def upgrade() -> None:
    _create_tables()
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _server_side(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP POLICY IF EXISTS gusp_restricted_field ON audit_event")
    op.drop_table("constat_photo_data")
    with op.batch_alter_table("constat_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_constat_photo_constat_id"))
        batch_op.drop_index(batch_op.f("ix_constat_photo_seance_id"))
    op.drop_table("constat_photo")
    with op.batch_alter_table("constat_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_constat_action_action_id"))
    op.drop_table("constat_action")
    with op.batch_alter_table("constat", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_constat_gestionnaire_id_organisation"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_constat_halte_id_halte"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_constat_halte_id"))
        for column in (
            "status_reason",
            "status",
            "resident_words",
            "preconisation",
            "gestionnaire_id",
            "gravity",
            "positive",
            "longitude",
            "latitude",
            "halte_id",
        ):
            batch_op.drop_column(column)
    with op.batch_alter_table("halte", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_halte_seance_id"))
    op.drop_table("halte")
    op.drop_table("parcours")
