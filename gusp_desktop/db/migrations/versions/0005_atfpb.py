"""ATFPB conventions, yearly abattements and programme lines

Revision ID: 0005_atfpb
Revises: 0004_classification
Create Date: 2026-12-05 10:00:00

A convention per bailleur and quartier with its signatories; one row per year holding the
abattement and the partners' opinions on the bilan; the programme lines (axis, planned
amount, indicator) with their realisation, linked to the plan d'actions' actions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_atfpb"
down_revision = "0004_classification"
branch_labels = None
depends_on = None


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


def upgrade() -> None:
    op.create_table(
        "atfpb_convention",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bailleur_id", sa.Integer(), nullable=False),
        sa.Column("quartier_id", sa.Integer(), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=False),
        sa.Column("logements", sa.Integer(), nullable=False),
        sa.Column("droit_commun", sa.Text(), nullable=False),
        *_tracked(),
        _fk("bailleur_id", "atfpb_convention", "organisation", "RESTRICT"),
        _fk("quartier_id", "atfpb_convention", "quartier", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_atfpb_convention")),
        sa.UniqueConstraint(
            "bailleur_id",
            "quartier_id",
            "start_year",
            name=op.f("uq_atfpb_convention_bailleur_id"),
        ),
    )
    with op.batch_alter_table("atfpb_convention", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_atfpb_convention_bailleur_id"), ["bailleur_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_atfpb_convention_quartier_id"), ["quartier_id"], unique=False
        )
    op.create_table(
        "atfpb_signatory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("convention_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        _fk("convention_id", "atfpb_signatory", "atfpb_convention", "CASCADE"),
        _fk("organisation_id", "atfpb_signatory", "organisation", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_atfpb_signatory")),
    )
    with op.batch_alter_table("atfpb_signatory", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_atfpb_signatory_convention_id"), ["convention_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_atfpb_signatory_organisation_id"), ["organisation_id"], unique=False
        )
    op.create_table(
        "atfpb_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("convention_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("abattement", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("avis_commune", sa.Text(), nullable=False),
        sa.Column("avis_epci", sa.Text(), nullable=False),
        sa.Column("avis_etat", sa.Text(), nullable=False),
        *_tracked(),
        _fk("convention_id", "atfpb_year", "atfpb_convention", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_atfpb_year")),
        sa.UniqueConstraint("convention_id", "year", name=op.f("uq_atfpb_year_convention_id")),
    )
    op.create_table(
        "atfpb_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("convention_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("axis", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("residences", sa.String(length=300), nullable=False),
        sa.Column("reinforcement", sa.Boolean(), nullable=False),
        sa.Column("cofinancing", sa.String(length=300), nullable=False),
        sa.Column("indicator", sa.String(length=200), nullable=False),
        sa.Column("target", sa.String(length=100), nullable=False),
        sa.Column("planned", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("realised", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("indicator_value", sa.String(length=100), nullable=False),
        sa.Column("gap_explanation", sa.Text(), nullable=False),
        *_tracked(),
        _fk("convention_id", "atfpb_line", "atfpb_convention", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_atfpb_line")),
    )
    with op.batch_alter_table("atfpb_line", schema=None) as batch_op:
        batch_op.create_index(
            "ix_atfpb_line_convention_year", ["convention_id", "year"], unique=False
        )
    op.create_table(
        "atfpb_line_action",
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        _fk("line_id", "atfpb_line_action", "atfpb_line", "CASCADE"),
        _fk("action_id", "atfpb_line_action", "action", "CASCADE"),
        sa.PrimaryKeyConstraint("line_id", "action_id", name=op.f("pk_atfpb_line_action")),
    )


def downgrade() -> None:
    op.drop_table("atfpb_line_action")
    with op.batch_alter_table("atfpb_line", schema=None) as batch_op:
        batch_op.drop_index("ix_atfpb_line_convention_year")
    op.drop_table("atfpb_line")
    op.drop_table("atfpb_year")
    op.drop_table("atfpb_signatory")
    op.drop_table("atfpb_convention")
