"""Quartiers prioritaires (QPV) and their sites."""

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text
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

    sites: Mapped[list["Site"]] = relationship(back_populates="quartier", order_by="Site.name")


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
