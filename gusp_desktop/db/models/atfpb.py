"""ATFPB: conventions per bailleur and quartier, their years, and the programme lines."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gusp_desktop.db.base import Base, EnumText, Tracked
from gusp_desktop.domain.enums import AtfpbAxis, Realisation

atfpb_line_action = Table(
    "atfpb_line_action",
    Base.metadata,
    Column("line_id", ForeignKey("atfpb_line.id", ondelete="CASCADE"), primary_key=True),
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True),
)


class AtfpbConvention(Tracked, Base):
    """The convention ATFPB of a bailleur for one quartier over a period of years."""

    __tablename__ = "atfpb_convention"
    __table_args__ = (UniqueConstraint("bailleur_id", "quartier_id", "start_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bailleur_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    quartier_id: Mapped[int] = mapped_column(
        ForeignKey("quartier.id", ondelete="RESTRICT"), index=True
    )
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    logements: Mapped[int] = mapped_column(Integer)
    droit_commun: Mapped[str] = mapped_column(Text, default="")

    signatories: Mapped[list["AtfpbSignatory"]] = relationship(
        cascade="all, delete-orphan", order_by="AtfpbSignatory.id"
    )
    years: Mapped[list["AtfpbYear"]] = relationship(
        cascade="all, delete-orphan", order_by="AtfpbYear.year"
    )


class AtfpbSignatory(Base):
    """A signatory of a convention (État, EPCI, commune, bailleur) and its signature date."""

    __tablename__ = "atfpb_signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    convention_id: Mapped[int] = mapped_column(
        ForeignKey("atfpb_convention.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    signed_on: Mapped[dt.date | None] = mapped_column(Date)


class AtfpbYear(Tracked, Base):
    """One year of a convention: the abattement amount and the partners' opinions."""

    __tablename__ = "atfpb_year"
    __table_args__ = (UniqueConstraint("convention_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    convention_id: Mapped[int] = mapped_column(
        ForeignKey("atfpb_convention.id", ondelete="CASCADE")
    )
    year: Mapped[int] = mapped_column(Integer)
    abattement: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    avis_commune: Mapped[str] = mapped_column(Text, default="")
    avis_epci: Mapped[str] = mapped_column(Text, default="")
    avis_etat: Mapped[str] = mapped_column(Text, default="")


class AtfpbLine(Tracked, Base):
    """A line of a programme annuel and, once reported, its realisation."""

    __tablename__ = "atfpb_line"
    __table_args__ = (Index("ix_atfpb_line_convention_year", "convention_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    convention_id: Mapped[int] = mapped_column(
        ForeignKey("atfpb_convention.id", ondelete="RESTRICT")
    )
    year: Mapped[int] = mapped_column(Integer)
    axis: Mapped[AtfpbAxis] = mapped_column(EnumText(AtfpbAxis))
    title: Mapped[str] = mapped_column(String(300))
    residences: Mapped[str] = mapped_column(String(300), default="")
    reinforcement: Mapped[bool] = mapped_column(Boolean, default=True)
    cofinancing: Mapped[str] = mapped_column(String(300), default="")
    indicator: Mapped[str] = mapped_column(String(200), default="")
    target: Mapped[str] = mapped_column(String(100), default="")
    planned: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    realised: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    status: Mapped[Realisation | None] = mapped_column(EnumText(Realisation))
    reason: Mapped[str] = mapped_column(Text, default="")
    indicator_value: Mapped[str] = mapped_column(String(100), default="")
    gap_explanation: Mapped[str] = mapped_column(Text, default="")
