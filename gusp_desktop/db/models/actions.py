"""The plan d'actions: actions, their history, numbering and the constats behind them."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gusp_desktop.db import tables
from gusp_desktop.db.base import Base, EnumText, Tracked, UtcDateTime, utcnow
from gusp_desktop.db.models.directory import Organisation
from gusp_desktop.db.tables import action_partner
from gusp_desktop.domain.enums import ActionStatus, AtfpbAxis, ConstatSource, Priority, Theme
from gusp_desktop.domain.vocabularies import ConstatStatus, Gravity


class Constat(Tracked, Base):
    """A finding from a walk, a marche exploratoire or a signalement.

    ``description`` is what the professionals observed, ``resident_words`` what residents
    said; the actions it led to are linked through ``constat_action`` (several constats may
    feed one action).
    """

    __table__ = tables.constat
    __tablename__ = tables.constat.name

    id: Mapped[int]
    quartier_id: Mapped[int]
    site_id: Mapped[int | None]
    seance_id: Mapped[int | None]
    source: Mapped[ConstatSource]
    observed_on: Mapped[dt.date]
    place: Mapped[str]
    theme: Mapped[Theme]
    description: Mapped[str]
    photo_path: Mapped[str]
    halte_id: Mapped[int | None]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    positive: Mapped[bool]
    gravity: Mapped[Gravity | None]
    gestionnaire_id: Mapped[int | None]
    preconisation: Mapped[str]
    resident_words: Mapped[str]
    status: Mapped[ConstatStatus]
    status_reason: Mapped[str]


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

    __table__ = tables.action
    __tablename__ = tables.action.name

    id: Mapped[int]
    number: Mapped[str]
    title: Mapped[str]
    description: Mapped[str]
    theme: Mapped[Theme]
    quartier_id: Mapped[int]
    site_id: Mapped[int | None]
    pilot_organisation_id: Mapped[int]
    pilot_contact_id: Mapped[int | None]
    initial_deadline: Mapped[dt.date | None]
    revised_deadline: Mapped[dt.date | None]
    deadline_note: Mapped[str]
    priority: Mapped[Priority]
    status: Mapped[ActionStatus]
    progress: Mapped[int]
    atfpb_axis: Mapped[AtfpbAxis | None]
    cost: Mapped[Decimal | None]
    origin_seance_id: Mapped[int | None]
    origin_constat_id: Mapped[int | None]
    origin_note: Mapped[str]
    indicator: Mapped[str]
    restricted: Mapped[bool]
    outcome: Mapped[str]
    search_text: Mapped[str]

    partners: Mapped[list[Organisation]] = relationship(
        secondary=action_partner, order_by="Organisation.code"
    )
    history: Mapped[list["ActionUpdate"]] = relationship(
        back_populates="action", order_by="ActionUpdate.id", cascade="all, delete-orphan"
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
