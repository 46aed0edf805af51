"""Classification: restricted instances, actions and minutes points

Revision ID: 0004_classification
Revises: 0003_plan_search
Create Date: 2026-12-04 17:30:00

``instance.confidential`` and ``action.confidential`` become ``restricted`` (same meaning,
« diffusion restreinte »); an agenda item gains its own ``restricted`` flag so one point of
a séance (its notes and decisions) can be kept for the instance's members. Everything born in
a restricted instance is restricted through its séance, whatever its own flag says.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_classification"
down_revision = "0003_plan_search"
branch_labels = None
depends_on = None


def _rename(table: str, old: str, new: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.alter_column(
            old, new_column_name=new, existing_type=sa.Boolean(), existing_nullable=False
        )


def upgrade() -> None:
    _rename("instance", "confidential", "restricted")
    _rename("action", "confidential", "restricted")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("restricted", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_column("restricted")
    _rename("action", "restricted", "confidential")
    _rename("instance", "restricted", "confidential")
