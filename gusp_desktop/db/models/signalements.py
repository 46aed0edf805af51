"""Signalements, their categories and routing rules, and who reported them (kept apart)."""

import datetime as dt

from sqlalchemy import (
    ForeignKey,
    Integer,
    LargeBinary,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from gusp_desktop.db import tables
from gusp_desktop.db.base import Base, EnumText, Tracked, UtcDateTime
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.vocabularies import Channel, SignalementStatus


class SignalementCategory(Tracked, Base):
    """What a signalement is about, and the délai (days) its responsible has to deal with it."""

    __table__ = tables.signalement_category
    __tablename__ = tables.signalement_category.name

    id: Mapped[int]
    code: Mapped[str]
    label: Mapped[str]
    theme: Mapped[Theme]
    delay_days: Mapped[int]
    active: Mapped[bool]


class SignalementRoute(Tracked, Base):
    """A routing rule: category or theme × site gestionnaire → responsible organisation."""

    __tablename__ = "signalement_route"

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("signalement_category.id", ondelete="CASCADE"), index=True
    )
    theme: Mapped[Theme | None] = mapped_column(EnumText(Theme))
    gestionnaire_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )


class SignalementServiceCode(Tracked, Base):
    """An Open311 service code of a city's platform and the category it is imported as."""

    __tablename__ = "signalement_service_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    service_code: Mapped[str] = mapped_column(String(64), unique=True)
    category_id: Mapped[int] = mapped_column(
        ForeignKey("signalement_category.id", ondelete="CASCADE"), index=True
    )


class Signalement(Tracked, Base):
    """A dysfunction reported by a resident, a gardien, a partner or a city's application.

    ``source`` and ``external_id`` name the row in the file it was imported from, so importing
    the same file again adds nothing (NULL for signalements typed in, which never collide).
    """

    __table__ = tables.signalement
    __tablename__ = tables.signalement.name

    id: Mapped[int]
    source: Mapped[str]
    external_id: Mapped[str | None]
    received_at: Mapped[dt.datetime]
    channel: Mapped[Channel]
    category_id: Mapped[int]
    quartier_id: Mapped[int]
    site_id: Mapped[int | None]
    address: Mapped[str]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    description: Mapped[str]
    organisation_id: Mapped[int | None]
    status: Mapped[SignalementStatus]
    status_reason: Mapped[str]
    due_date: Mapped[dt.date]
    transmitted_at: Mapped[dt.datetime | None]
    taken_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]
    action_id: Mapped[int | None]


class SignalementReporter(Base):
    """Who reported a signalement: personal data, in a table of its own.

    Lecteurs of a shared server may not read it (``db/grants.py``); lists and documents never
    show it; a contact's RGPD export lists it and anonymising the contact clears it.
    """

    __tablename__ = "signalement_reporter"

    id: Mapped[int] = mapped_column(primary_key=True)
    signalement_id: Mapped[int] = mapped_column(
        ForeignKey("signalement.id", ondelete="CASCADE"), unique=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class SignalementPhoto(Tracked, Base):
    """A photo sent with a signalement (a resident's picture of the problem).

    Decoded, downscaled and stripped of its EXIF like a walk's photos; its time is kept, never
    its position: where a resident stood to take it may be their window.
    """

    __tablename__ = "signalement_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    signalement_id: Mapped[int] = mapped_column(
        ForeignKey("signalement.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    taken_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    byte_size: Mapped[int] = mapped_column(Integer)


class SignalementPhotoData(Base):
    """The stored image (JPEG, EXIF removed) and its thumbnail, read only to show or print."""

    __tablename__ = "signalement_photo_data"

    photo_id: Mapped[int] = mapped_column(
        ForeignKey("signalement_photo.id", ondelete="CASCADE"), primary_key=True
    )
    image: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
