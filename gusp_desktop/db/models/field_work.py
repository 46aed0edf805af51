"""Field work: a walk's parcours and haltes, and the photos of its constats.

Photo bytes live in their own table (``constat_photo_data``) so that lists, the audit trail
and row-level checks read the small descriptive row only, and the image is fetched when it
is shown or printed.
"""

import datetime as dt

from sqlalchemy import ForeignKey, LargeBinary, Text
from sqlalchemy.orm import Mapped, mapped_column

from gusp_desktop.db import tables
from gusp_desktop.db.base import Base, Tracked


class Parcours(Tracked, Base):
    """What a walk sets out to look at (its route is the ordered haltes)."""

    __tablename__ = "parcours"

    seance_id: Mapped[int] = mapped_column(
        ForeignKey("seance.id", ondelete="CASCADE"), primary_key=True
    )
    objectives: Mapped[str] = mapped_column(Text, default="")


class Halte(Tracked, Base):
    """One stop of a walk, in route order."""

    __table__ = tables.halte
    __tablename__ = tables.halte.name

    id: Mapped[int]
    seance_id: Mapped[int]
    position: Mapped[int]
    name: Mapped[str]
    site_id: Mapped[int | None]
    address: Mapped[str]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    arrives_at: Mapped[dt.datetime | None]
    notes: Mapped[str]


class ConstatPhoto(Tracked, Base):
    """A photo taken on a walk: where and when (from its EXIF), what it shows.

    ``seance_id`` is set for photos of a walk, even before they are grouped into a constat,
    so the walk's confidentiality covers them.
    """

    __table__ = tables.constat_photo
    __tablename__ = tables.constat_photo.name

    id: Mapped[int]
    seance_id: Mapped[int | None]
    constat_id: Mapped[int | None]
    halte_id: Mapped[int | None]
    filename: Mapped[str]
    sha256: Mapped[str]
    taken_at: Mapped[dt.datetime | None]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    width: Mapped[int]
    height: Mapped[int]
    byte_size: Mapped[int]


class ConstatPhotoData(Base):
    """The stored image (JPEG, EXIF removed) and its thumbnail."""

    __tablename__ = "constat_photo_data"

    photo_id: Mapped[int] = mapped_column(
        ForeignKey("constat_photo.id", ondelete="CASCADE"), primary_key=True
    )
    image: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
