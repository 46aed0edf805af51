"""Field work: a walk's parcours and haltes, and the photos of its constats.

Photo bytes live in their own table (``constat_photo_data``) so that lists, the audit trail
and row-level checks read the small descriptive row only, and the image is fetched when it
is shown or printed.
"""

import datetime as dt

from sqlalchemy import Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gusp_desktop.db.base import Base, Tracked, UtcDateTime


class Parcours(Tracked, Base):
    """What a walk sets out to look at (its route is the ordered haltes)."""

    __tablename__ = "parcours"

    seance_id: Mapped[int] = mapped_column(
        ForeignKey("seance.id", ondelete="CASCADE"), primary_key=True
    )
    objectives: Mapped[str] = mapped_column(Text, default="")


class Halte(Tracked, Base):
    """One stop of a walk, in route order."""

    __tablename__ = "halte"

    id: Mapped[int] = mapped_column(primary_key=True)
    seance_id: Mapped[int] = mapped_column(ForeignKey("seance.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"))
    address: Mapped[str] = mapped_column(String(300), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    arrives_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    notes: Mapped[str] = mapped_column(Text, default="")


class ConstatPhoto(Tracked, Base):
    """A photo taken on a walk: where and when (from its EXIF), what it shows.

    ``seance_id`` is set for photos of a walk, even before they are grouped into a constat,
    so the walk's confidentiality covers them.
    """

    __tablename__ = "constat_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    seance_id: Mapped[int | None] = mapped_column(
        ForeignKey("seance.id", ondelete="RESTRICT"), index=True
    )
    constat_id: Mapped[int | None] = mapped_column(
        ForeignKey("constat.id", ondelete="CASCADE"), index=True
    )
    halte_id: Mapped[int | None] = mapped_column(ForeignKey("halte.id", ondelete="SET NULL"))
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    taken_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    byte_size: Mapped[int] = mapped_column(Integer)


class ConstatPhotoData(Base):
    """The stored image (JPEG, EXIF removed) and its thumbnail."""

    __tablename__ = "constat_photo_data"

    photo_id: Mapped[int] = mapped_column(
        ForeignKey("constat_photo.id", ondelete="CASCADE"), primary_key=True
    )
    image: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
