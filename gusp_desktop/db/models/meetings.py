"""Instances (committees), their members, séances, agenda, attendance and decisions."""

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gusp_desktop.db import tables
from gusp_desktop.db.base import Base, EnumText, Tracked, UtcDateTime
from gusp_desktop.db.models.territory import Quartier
from gusp_desktop.db.tables import instance_quartier
from gusp_desktop.domain.enums import (
    AgendaItemKind,
    AttendanceStatus,
    InstanceType,
    MemberKind,
    MemberRole,
    SeanceStatus,
)


class Instance(Tracked, Base):
    """A standing body that meets: comité technique, COPIL, cellule de veille, DEM…

    A ``restricted`` instance (a cellule de veille) keeps everything born in it — séances,
    agenda, notes, decisions, actions, constats — for its members (see ``domain.classification``).
    """

    __table__ = tables.instance
    __tablename__ = tables.instance.name

    id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    type: Mapped[InstanceType]
    periodicity: Mapped[str]
    restricted: Mapped[bool]
    default_place: Mapped[str]
    default_duration_minutes: Mapped[int]

    quartiers: Mapped[list[Quartier]] = relationship(
        secondary=instance_quartier, order_by="Quartier.code"
    )
    members: Mapped[list["Membership"]] = relationship(
        back_populates="instance", cascade="all, delete-orphan"
    )


class Membership(Tracked, Base):
    """A contact sitting in an instance, with a role."""

    __table__ = tables.membership
    __tablename__ = tables.membership.name

    id: Mapped[int]
    instance_id: Mapped[int]
    contact_id: Mapped[int]
    role: Mapped[MemberRole]
    kind: Mapped[MemberKind]

    instance: Mapped[Instance] = relationship(back_populates="members")


class Seance(Tracked, Base):
    """One meeting of an instance.

    Séances are numbered per instance and per year (``number_year``, the Paris year of the
    date the number was given for); ``convened_at`` is when the convocation last went out,
    ``ics_sequence`` the SEQUENCE of its calendar invitation (raised at every change of date,
    place or duration, and at cancellation, so calendars update the event they already hold).
    """

    __table__ = tables.seance
    __tablename__ = tables.seance.name

    id: Mapped[int]
    instance_id: Mapped[int]
    number: Mapped[int]
    number_year: Mapped[int]
    starts_at: Mapped[dt.datetime]
    duration_minutes: Mapped[int]
    place: Mapped[str]
    status: Mapped[SeanceStatus]
    president_id: Mapped[int | None]
    secretary_id: Mapped[int | None]
    summary: Mapped[str]
    next_meeting_note: Mapped[str]
    distribution_note: Mapped[str]
    convened_at: Mapped[dt.datetime | None]
    ics_sequence: Mapped[int]
    cancelled_at: Mapped[dt.datetime | None]
    cancelled_by: Mapped[str]
    cancellation_reason: Mapped[str]

    instance: Mapped[Instance] = relationship()
    agenda: Mapped[list["AgendaItem"]] = relationship(
        back_populates="seance", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    attendance: Mapped[list["Attendance"]] = relationship(
        back_populates="seance", cascade="all, delete-orphan"
    )


class AgendaItem(Tracked, Base):
    """A point of the ordre du jour, with its minutes notes."""

    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    seance_id: Mapped[int] = mapped_column(ForeignKey("seance.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[AgendaItemKind] = mapped_column(
        EnumText(AgendaItemKind), default=AgendaItemKind.INFORMATION
    )
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="RESTRICT"))
    planned_minutes: Mapped[int] = mapped_column(Integer, default=10)
    description: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Marked by hand: this point (title, notes, decisions) is for the instance's members only.
    # Every point of a restricted instance is restricted whatever this says.
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)

    seance: Mapped[Seance] = relationship(back_populates="agenda")
    decisions: Mapped[list["Decision"]] = relationship(
        back_populates="agenda_item", order_by="Decision.position", cascade="all, delete-orphan"
    )


class Decision(Tracked, Base):
    """A decision recorded under an agenda item."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="decisions")


class Attendance(Tracked, Base):
    """Whether a contact attended a séance (émargement)."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("seance_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seance_id: Mapped[int] = mapped_column(ForeignKey("seance.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[AttendanceStatus | None] = mapped_column(EnumText(AttendanceStatus))
    represented_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="RESTRICT")
    )
    invited: Mapped[bool] = mapped_column(Boolean, default=True)
    # The invitee's seat in the instance when invited (None: not a member of the instance).
    member_role: Mapped[MemberRole | None] = mapped_column(EnumText(MemberRole))
    member_kind: Mapped[MemberKind | None] = mapped_column(EnumText(MemberKind))

    seance: Mapped[Seance] = relationship(back_populates="attendance")


class SeanceRecipient(Tracked, Base):
    """Someone who receives the compte rendu without being invited (« copie à »)."""

    __tablename__ = "seance_recipient"
    __table_args__ = (UniqueConstraint("seance_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seance_id: Mapped[int] = mapped_column(ForeignKey("seance.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )


class MinutesReviewer(Tracked, Base):
    """A person the draft compte rendu was sent to for remarks, in one review round."""

    __tablename__ = "minutes_reviewer"
    __table_args__ = (UniqueConstraint("seance_id", "round", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seance_id: Mapped[int] = mapped_column(ForeignKey("seance.id", ondelete="CASCADE"))
    round: Mapped[int] = mapped_column(Integer)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    sent_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


_PARIS = ZoneInfo("Europe/Paris")


@event.listens_for(Seance, "before_insert")
def _default_number_year(_mapper: Any, _connection: Any, target: Seance) -> None:
    """A séance created without a numbering year is numbered in the year of its date."""
    year: int | None = target.number_year
    if year is None:
        target.number_year = target.starts_at.astimezone(_PARIS).year
