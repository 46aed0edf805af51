"""Plans of a quartier georeferenced by control points (the map's background offline)

Revision ID: 0012_quartier_plan
Revises: 0011_signalements
Create Date: 2026-12-04 21:00:00

``quartier_plan`` holds a plan's name, size, control points (JSON: pixel ↔ latitude/longitude)
and the kind of transform fitted to them; its image bytes live in ``quartier_plan_image`` so
that lists and the audit trail read the small row only. On PostgreSQL both tables get the
audit trigger of ``0006_server_security`` (the image's changes are described by its plan's
events); grants follow from the tables' list (coordinators write them, everyone reads).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_quartier_plan"
down_revision = "0011_signalements"
branch_labels = None
depends_on = None

# Table → (parent entity, parent key, when the parent's event also describes the row).
AUDITED = {
    "quartier_plan": ("", "", ""),
    "quartier_plan_image": ("quartier_plan", "plan_id", "always"),
}


def upgrade() -> None:
    op.create_table(
        "quartier_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quartier_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=32), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("control_points", sa.Text(), nullable=False),
        sa.Column("transform_kind", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["quartier_id"],
            ["quartier.id"],
            name=op.f("fk_quartier_plan_quartier_id_quartier"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quartier_plan")),
    )
    with op.batch_alter_table("quartier_plan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quartier_plan_quartier_id"), ["quartier_id"], unique=False
        )
    op.create_table(
        "quartier_plan_image",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["quartier_plan.id"],
            name=op.f("fk_quartier_plan_image_plan_id_quartier_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("plan_id", name=op.f("pk_quartier_plan_image")),
    )
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
    op.drop_table("quartier_plan_image")
    op.drop_table("quartier_plan")
