"""Signalements: categories with their délais, routing rules, Open311 codes, who reported

Revision ID: 0011_signalements
Revises: 0010_returns_key
Create Date: 2026-12-04 20:00:00

``signalement`` holds what was reported, where, its category, the organisation it is routed
to, its status and due date, and the action it led to; ``signalement_reporter`` keeps who
reported it apart (personal data, not readable by lecteurs on a shared server);
``signalement_category`` the délai of each category; ``signalement_route`` the editable
routing rules; ``signalement_service_code`` the Open311 service codes of a city's platform.
On PostgreSQL every new table gets the audit trigger of ``0006_server_security``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_signalements"
down_revision = "0010_returns_key"
branch_labels = None
depends_on = None

# Table → (parent entity, parent key, when the parent's event also describes the row).
AUDITED = {
    "signalement_category": ("", "", ""),
    "signalement_route": ("", "", ""),
    "signalement_service_code": ("", "", ""),
    "signalement": ("", "", ""),
    "signalement_reporter": ("signalement", "signalement_id", "always"),
}


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


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def _configuration_tables() -> None:
    op.create_table(
        "signalement_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("theme", sa.String(length=32), nullable=False),
        sa.Column("delay_days", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_tracked(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signalement_category")),
        sa.UniqueConstraint("code", name=op.f("uq_signalement_category_code")),
    )
    op.create_table(
        "signalement_route",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("theme", sa.String(length=32), nullable=True),
        sa.Column("gestionnaire_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        *_tracked(),
        _fk("category_id", "signalement_route", "signalement_category", "CASCADE"),
        _fk("gestionnaire_id", "signalement_route", "organisation", "RESTRICT"),
        _fk("organisation_id", "signalement_route", "organisation", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signalement_route")),
    )
    _indexes("signalement_route", "category_id", "gestionnaire_id", "organisation_id")
    op.create_table(
        "signalement_service_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_code", sa.String(length=64), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        *_tracked(),
        _fk("category_id", "signalement_service_code", "signalement_category", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signalement_service_code")),
        sa.UniqueConstraint("service_code", name=op.f("uq_signalement_service_code_service_code")),
    )
    _indexes("signalement_service_code", "category_id")


def _signalement_tables() -> None:
    op.create_table(
        "signalement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("external_id", sa.String(length=160), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("quartier_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("transmitted_at", sa.DateTime(), nullable=True),
        sa.Column("taken_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        *_tracked(),
        _fk("category_id", "signalement", "signalement_category", "RESTRICT"),
        _fk("quartier_id", "signalement", "quartier", "RESTRICT"),
        _fk("site_id", "signalement", "site", "RESTRICT"),
        _fk("organisation_id", "signalement", "organisation", "RESTRICT"),
        _fk("action_id", "signalement", "action", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signalement")),
        sa.UniqueConstraint("source", "external_id", name=op.f("uq_signalement_source")),
    )
    _indexes(
        "signalement",
        "received_at",
        "category_id",
        "quartier_id",
        "organisation_id",
        "status",
        "action_id",
    )
    op.create_table(
        "signalement_reporter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signalement_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        _fk("signalement_id", "signalement_reporter", "signalement", "CASCADE"),
        _fk("contact_id", "signalement_reporter", "contact", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signalement_reporter")),
        sa.UniqueConstraint("signalement_id", name=op.f("uq_signalement_reporter_signalement_id")),
    )
    _indexes("signalement_reporter", "contact_id")


def upgrade() -> None:
    _configuration_tables()
    _signalement_tables()
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
    for table in ("signalement_reporter", "signalement", "signalement_service_code"):
        op.drop_table(table)
    op.drop_table("signalement_route")
    op.drop_table("signalement_category")
