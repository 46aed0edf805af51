"""Relances: the log of messages sent to pilots before a séance

Revision ID: 0008_relances
Revises: 0007_row_security
Create Date: 2026-12-04 20:00:00

``relance`` records each message produced for a pilot organisation's contact (a draft saved
or a message accepted by the mail server: who, when, to whom, for which séance) and
``relance_action`` the actions it was about. On PostgreSQL both tables get the audit trigger of
every other table; their privileges are set by ``gusp_desktop.db.grants``. Relances never
carry restricted actions, so they need no row-level policy of their own.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_relances"
down_revision = "0007_row_security"
branch_labels = None
depends_on = None

# Table → (parent entity, parent key, when the parent's event also describes the row),
# as in 0006_server_security.AUDITED.
AUDITED = {
    "relance": ("", "", ""),
    "relance_action": ("relance", "relance_id", "always"),
}


def _create_tables() -> None:
    op.create_table(
        "relance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=80), nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=False),
        sa.Column("seance_id", sa.Integer(), nullable=True),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=400), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["seance_id"],
            ["seance.id"],
            name=op.f("fk_relance_seance_id_seance"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_relance_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_relance_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relance")),
    )
    with op.batch_alter_table("relance", schema=None) as batch_op:
        for column in ("seance_id", "organisation_id", "contact_id"):
            batch_op.create_index(batch_op.f(f"ix_relance_{column}"), [column], unique=False)
    op.create_table(
        "relance_action",
        sa.Column("relance_id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["relance_id"],
            ["relance.id"],
            name=op.f("fk_relance_action_relance_id_relance"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_relance_action_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("relance_id", "action_id", name=op.f("pk_relance_action")),
    )
    with op.batch_alter_table("relance_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_relance_action_action_id"), ["action_id"], unique=False
        )


def upgrade() -> None:
    _create_tables()
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for table, (parent, key, covers) in AUDITED.items():
        conn.exec_driver_sql(
            f'CREATE CONSTRAINT TRIGGER gusp_audit AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
            f"EXECUTE FUNCTION gusp_audit_row('{table}', '{parent}', '{key}', '{covers}')"
        )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        for table in AUDITED:
            conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS gusp_audit ON "{table}"')
    with op.batch_alter_table("relance_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relance_action_action_id"))
    op.drop_table("relance_action")
    with op.batch_alter_table("relance", schema=None) as batch_op:
        for column in ("contact_id", "organisation_id", "seance_id"):
            batch_op.drop_index(batch_op.f(f"ix_relance_{column}"))
    op.drop_table("relance")
