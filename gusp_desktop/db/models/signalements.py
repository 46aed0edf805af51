"""Signalements, their categories and routing rules, and who reported them (kept apart)."""

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from gusp_desktop.db.base import Base, EnumText, Tracked, UtcDateTime
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.vocabularies import Channel, SignalementStatus


class SignalementCategory(Tracked, Base):
    """What a signalement is about, and the délai (days) its responsible has to deal with it."""

    __tablename__ = "signalement_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    theme: Mapped[Theme] = mapped_column(EnumText(Theme))
    delay_days: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


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

    __tablename__ = "signalement"
    __table_args__ = (UniqueConstraint("source", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str | None] = mapped_column(String(160))
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), index=True)
    channel: Mapped[Channel] = mapped_column(EnumText(Channel))
    category_id: Mapped[int] = mapped_column(
        ForeignKey("signalement_category.id", ondelete="RESTRICT"), index=True
    )
    quartier_id: Mapped[int] = mapped_column(
        ForeignKey("quartier.id", ondelete="RESTRICT"), index=True
    )
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"))
    address: Mapped[str] = mapped_column(String(300), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    description: Mapped[str] = mapped_column(Text, default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[SignalementStatus] = mapped_column(EnumText(SignalementStatus), index=True)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date] = mapped_column(Date)
    transmitted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    taken_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="SET NULL"), index=True
    )


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
