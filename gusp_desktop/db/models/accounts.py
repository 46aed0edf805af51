"""Users, the audit trail and signed minutes records."""

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gusp_desktop.db import tables
from gusp_desktop.db.base import Base, Tracked, UtcDateTime, utcnow
from gusp_desktop.domain.enums import UserRole


class User(Tracked, Base):
    """Someone who uses the application; the role decides what they may change."""

    __table__ = tables.app_user
    __tablename__ = tables.app_user.name

    id: Mapped[int]
    username: Mapped[str]
    display_name: Mapped[str]
    role: Mapped[UserRole]
    contact_id: Mapped[int | None]
    active: Mapped[bool]


class AuditEvent(Base):
    """Who changed what and when, with the values before and after (JSON)."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
    author: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(String(16))
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    # PostgreSQL transaction that wrote the event, so the audit triggers can tell the rows the
    # application described itself from writes nobody described (empty on SQLite).
    transaction_id: Mapped[int | None] = mapped_column(BigInteger, index=True)


class MinutesVersion(Tracked, Base):
    """A frozen version of a séance's minutes (validated, then signed; errata follow)."""

    __tablename__ = "minutes_version"
    __table_args__ = (UniqueConstraint("seance_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seance_id: Mapped[int] = mapped_column(ForeignKey("seance.id", ondelete="RESTRICT"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("minutes_version.id", ondelete="RESTRICT")
    )
    status: Mapped[str] = mapped_column(String(16))
    snapshot: Mapped[str] = mapped_column(Text)
    snapshot_sha256: Mapped[str] = mapped_column(String(64))
    erratum_reason: Mapped[str] = mapped_column(Text, default="")
    validated_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    validated_by: Mapped[str] = mapped_column(String(80), default="")


class SignedFile(Base):
    """The SHA-256 of each signed PDF revision produced for a minutes version."""

    __tablename__ = "signed_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_version_id: Mapped[int] = mapped_column(
        ForeignKey("minutes_version.id", ondelete="RESTRICT"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_role: Mapped[str] = mapped_column(String(40))
    signature_count: Mapped[int] = mapped_column(Integer)
    signed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    signed_by: Mapped[str] = mapped_column(String(80))
