"""Séance lifecycle: yearly numbering, convocation date, ICS sequence, cancellation,
invitees' seats, extra recipients of the minutes and review rounds.

Revision ID: 0002_seance_lifecycle
Revises: 0001_initial
Create Date: 2026-12-04 16:15:54

Existing séances are numbered in the year of their date (their numbers, unique per instance,
stay unique per instance and year); a séance already « convoquée » takes its last change as
its convocation date; invitees take the seat they hold in the instance.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0002_seance_lifecycle"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

PARIS = ZoneInfo("Europe/Paris")


def _tracked_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
    ]


def _create_tables() -> None:
    op.create_table(
        "minutes_reviewer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seance_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        *_tracked_columns(),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_minutes_reviewer_contact_id_contact"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["seance_id"],
            ["seance.id"],
            name=op.f("fk_minutes_reviewer_seance_id_seance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_reviewer")),
        sa.UniqueConstraint(
            "seance_id", "round", "contact_id", name=op.f("uq_minutes_reviewer_seance_id")
        ),
    )
    with op.batch_alter_table("minutes_reviewer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_minutes_reviewer_contact_id"), ["contact_id"], unique=False
        )
    op.create_table(
        "seance_recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seance_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        *_tracked_columns(),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_seance_recipient_contact_id_contact"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["seance_id"],
            ["seance.id"],
            name=op.f("fk_seance_recipient_seance_id_seance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seance_recipient")),
        sa.UniqueConstraint("seance_id", "contact_id", name=op.f("uq_seance_recipient_seance_id")),
    )
    with op.batch_alter_table("seance_recipient", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seance_recipient_contact_id"), ["contact_id"], unique=False
        )


def _fill_number_years() -> None:
    """Each séance's numbering year is the Paris year of its date."""
    bind = op.get_bind()
    seance = sa.table(
        "seance",
        sa.column("id", sa.Integer()),
        sa.column("starts_at", sa.DateTime()),
        sa.column("number_year", sa.Integer()),
    )
    rows = bind.execute(sa.select(seance.c.id, seance.c.starts_at)).all()
    for seance_id, starts_at in rows:
        moment = (
            starts_at
            if isinstance(starts_at, dt.datetime)
            else dt.datetime.fromisoformat(str(starts_at))
        )
        year = moment.replace(tzinfo=dt.UTC).astimezone(PARIS).year
        bind.execute(sa.update(seance).where(seance.c.id == seance_id).values(number_year=year))


def _fill_existing() -> None:
    op.execute("UPDATE seance SET convened_at = updated_at WHERE status = 'convoquee'")
    for column in ("role", "kind"):
        op.execute(
            f"UPDATE attendance SET member_{column} = ("  # noqa: S608 - fixed column names
            f"SELECT m.{column} FROM membership m JOIN seance s ON s.instance_id = m.instance_id "
            "WHERE s.id = attendance.seance_id AND m.contact_id = attendance.contact_id"
            ") WHERE invited"
        )


def upgrade() -> None:
    _create_tables()
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("member_role", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("member_kind", sa.String(length=32), nullable=True))
    with op.batch_alter_table("seance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("number_year", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("distribution_note", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("convened_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("ics_sequence", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("cancelled_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("cancelled_by", sa.String(length=80), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("cancellation_reason", sa.Text(), nullable=False, server_default="")
        )
    _fill_number_years()
    _fill_existing()
    with op.batch_alter_table("seance", schema=None) as batch_op:
        batch_op.alter_column("number_year", existing_type=sa.Integer(), nullable=False)
        for name, kind in (
            ("distribution_note", sa.Text()),
            ("ics_sequence", sa.Integer()),
            ("cancelled_by", sa.String(length=80)),
            ("cancellation_reason", sa.Text()),
        ):
            batch_op.alter_column(name, existing_type=kind, server_default=None)
        batch_op.drop_constraint(batch_op.f("uq_seance_instance_id"), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_seance_instance_id"), ["instance_id", "number_year", "number"]
        )


def downgrade() -> None:
    with op.batch_alter_table("seance", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_seance_instance_id"), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_seance_instance_id"), ["instance_id", "number"]
        )
        for name in (
            "cancellation_reason",
            "cancelled_by",
            "cancelled_at",
            "ics_sequence",
            "convened_at",
            "distribution_note",
            "number_year",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_column("member_kind")
        batch_op.drop_column("member_role")
    with op.batch_alter_table("seance_recipient", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seance_recipient_contact_id"))
    op.drop_table("seance_recipient")
    with op.batch_alter_table("minutes_reviewer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_reviewer_contact_id"))
    op.drop_table("minutes_reviewer")
