"""Quartiers prioritaires (QPV) and their sites."""

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gusp_desktop.db import tables
from gusp_desktop.db.base import Base, Tracked


class Quartier(Tracked, Base):
    """A quartier prioritaire de la politique de la ville."""

    __table__ = tables.quartier
    __tablename__ = tables.quartier.name

    id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    communes: Mapped[str]
    population: Mapped[int | None]
    npnru: Mapped[bool]
    description: Mapped[str]

    sites: Mapped[list["Site"]] = relationship(back_populates="quartier", order_by="Site.name")


class Site(Tracked, Base):
    """A place inside a quartier: a residence, a square, a street."""

    __table__ = tables.site
    __tablename__ = tables.site.name

    id: Mapped[int]
    quartier_id: Mapped[int]
    name: Mapped[str]
    address: Mapped[str]
    gestionnaire_id: Mapped[int | None]
    logements: Mapped[int | None]

    quartier: Mapped[Quartier] = relationship(back_populates="sites")


class QuartierPlan(Tracked, Base):
    """An imported plan of a quartier and its control points (the map's offline background)."""

    __tablename__ = "quartier_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    quartier_id: Mapped[int] = mapped_column(
        ForeignKey("quartier.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(32))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    #: JSON list of [pixel_x, pixel_y, latitude, longitude].
    control_points: Mapped[str] = mapped_column(Text)
    transform_kind: Mapped[str] = mapped_column(String(16))


class QuartierPlanImage(Base):
    """The plan's image bytes, read only when the map shows it."""

    __tablename__ = "quartier_plan_image"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("quartier_plan.id", ondelete="CASCADE"), primary_key=True
    )
    image: Mapped[bytes] = mapped_column(LargeBinary)
