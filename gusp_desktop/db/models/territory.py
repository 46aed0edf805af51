"""Quartiers prioritaires (QPV) and their sites."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gusp_desktop.db.base import Base, Tracked


class Quartier(Tracked, Base):
    """A quartier prioritaire de la politique de la ville."""

    __tablename__ = "quartier"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    communes: Mapped[str] = mapped_column(String(300), default="")
    population: Mapped[int | None] = mapped_column(Integer)
    npnru: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")

    sites: Mapped[list[Site]] = relationship(back_populates="quartier", order_by="Site.name")


class Site(Tracked, Base):
    """A place inside a quartier: a residence, a square, a street."""

    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    quartier_id: Mapped[int] = mapped_column(
        ForeignKey("quartier.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    gestionnaire_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    logements: Mapped[int | None] = mapped_column(Integer)

    quartier: Mapped[Quartier] = relationship(back_populates="sites")
