"""The plan d'actions: actions, their history, numbering and the constats behind them."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gusp_desktop.db.base import Base, EnumText, Tracked, UtcDateTime, utcnow
from gusp_desktop.db.models.directory import Organisation
from gusp_desktop.domain.enums import ActionStatus, AtfpbAxis, ConstatSource, Priority, Theme
from gusp_desktop.domain.vocabularies import ConstatStatus, Gravity

action_partner = Table(
    "action_partner",
    Base.metadata,
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisation.id", ondelete="RESTRICT"), primary_key=True),
)


class Constat(Tracked, Base):
    """A finding from a walk, a marche exploratoire or a signalement.

    ``description`` is what the professionals observed, ``resident_words`` what residents
    said; the actions it led to are linked through ``constat_action`` (several constats may
    feed one action).
    """

    __tablename__ = "constat"

    id: Mapped[int] = mapped_column(primary_key=True)
    quartier_id: Mapped[int] = mapped_column(ForeignKey("quartier.id", ondelete="RESTRICT"))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"))
    seance_id: Mapped[int | None] = mapped_column(ForeignKey("seance.id", ondelete="RESTRICT"))
    source: Mapped[ConstatSource] = mapped_column(EnumText(ConstatSource))
    observed_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    theme: Mapped[Theme] = mapped_column(EnumText(Theme))
    description: Mapped[str] = mapped_column(Text)
    photo_path: Mapped[str] = mapped_column(String(500), default="")
    halte_id: Mapped[int | None] = mapped_column(
        ForeignKey("halte.id", ondelete="SET NULL"), index=True
    )
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    positive: Mapped[bool] = mapped_column(Boolean, default=False)
    gravity: Mapped[Gravity | None] = mapped_column(EnumText(Gravity))
    gestionnaire_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT")
    )
    preconisation: Mapped[str] = mapped_column(Text, default="")
    resident_words: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ConstatStatus] = mapped_column(
        EnumText(ConstatStatus), default=ConstatStatus.A_QUALIFIER
    )
    status_reason: Mapped[str] = mapped_column(Text, default="")


constat_action = Table(
    "constat_action",
    Base.metadata,
    Column("constat_id", ForeignKey("constat.id", ondelete="CASCADE"), primary_key=True),
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class ActionSequence(Base):
    """Last number given per quartier and year, so numbers are never reused."""

    __tablename__ = "action_sequence"

    quartier_id: Mapped[int] = mapped_column(
        ForeignKey("quartier.id", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Action(Tracked, Base):
    """One line of the plan d'actions."""

    __tablename__ = "action"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[Theme] = mapped_column(EnumText(Theme))
    quartier_id: Mapped[int] = mapped_column(
        ForeignKey("quartier.id", ondelete="RESTRICT"), index=True
    )
    site_id: Mapped[int | None] = mapped_column(
        ForeignKey("site.id", ondelete="RESTRICT"), index=True
    )
    pilot_organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    pilot_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="RESTRICT")
    )
    initial_deadline: Mapped[dt.date | None] = mapped_column(Date)
    revised_deadline: Mapped[dt.date | None] = mapped_column(Date)
    deadline_note: Mapped[str] = mapped_column(String(100), default="")
    priority: Mapped[Priority] = mapped_column(EnumText(Priority), default=Priority.NORMALE)
    status: Mapped[ActionStatus] = mapped_column(
        EnumText(ActionStatus), default=ActionStatus.A_ENGAGER
    )
    progress: Mapped[int] = mapped_column(Integer, default=0)
    atfpb_axis: Mapped[AtfpbAxis | None] = mapped_column(EnumText(AtfpbAxis))
    cost: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    origin_seance_id: Mapped[int | None] = mapped_column(
        ForeignKey("seance.id", ondelete="RESTRICT"), index=True
    )
    origin_constat_id: Mapped[int | None] = mapped_column(
        ForeignKey("constat.id", ondelete="RESTRICT")
    )
    origin_note: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    # What came of a closed action (réalisée or abandonnée), required to close it.
    outcome: Mapped[str] = mapped_column(Text, default="")
    # Accent- and case-free copy of the searchable text (see domain.text.search_key),
    # matched with LIKE by the plan's per-keystroke filter.
    search_text: Mapped[str] = mapped_column(Text, default="")

    partners: Mapped[list[Organisation]] = relationship(
        secondary=action_partner, order_by="Organisation.code"
    )
    history: Mapped[list["ActionUpdate"]] = relationship(
        back_populates="action", order_by="ActionUpdate.id", cascade="all, delete-orphan"
    )


# The plan's sorts: each index gives the first page of one column's order (then the number,
# the tie-break of ``services.actions.query.apply_order``) without sorting 100 000 rows; the
# theme and status ones also serve their filters. Migration 0016_plan_sort_indexes.
PLAN_SORT_INDEXES = (
    Index(
        "ix_action_effective_deadline",
        func.coalesce(Action.revised_deadline, Action.initial_deadline),
        Action.number,
    ),
    Index("ix_action_title_number", Action.title, Action.number),
    Index("ix_action_theme_number", Action.theme, Action.number),
    Index("ix_action_status_number", Action.status, Action.number),
    Index("ix_action_priority_number", Action.priority, Action.number),
    Index("ix_action_progress_number", Action.progress, Action.number),
    Index("ix_action_updated_number", Action.updated_at, Action.number),
)


class ActionUpdate(Base):
    """One entry of an action's history; append-only, never edited."""

    __tablename__ = "action_update"
    __table_args__ = (UniqueConstraint("action_id", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    seance_id: Mapped[int | None] = mapped_column(
        ForeignKey("seance.id", ondelete="RESTRICT"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    status: Mapped[ActionStatus] = mapped_column(EnumText(ActionStatus))
    progress: Mapped[int | None] = mapped_column(Integer)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(80))
    # Empty for a follow-up point; else the tracked field that changed, old → new as shown.
    field: Mapped[str] = mapped_column(String(32), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    # Why a deadline was pushed back (« report »), or what came of a closed action.
    reason: Mapped[str] = mapped_column(Text, default="")

    action: Mapped[Action] = relationship(back_populates="history")
