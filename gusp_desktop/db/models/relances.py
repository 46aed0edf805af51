"""The log of relances: each message produced for a pilot, and the actions it was about.

A row is written when a draft is saved or a message accepted by the mail server, in its own
transaction, so an interrupted batch knows exactly which messages already left and a retry
sends only the others.
"""

import datetime as dt

from sqlalchemy import Column, Date, ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column

from gusp_desktop.db.base import Base, EnumText, UtcDateTime, utcnow
from gusp_desktop.domain.vocabularies import RelanceMode

relance_action = Table(
    "relance_action",
    Base.metadata,
    Column("relance_id", ForeignKey("relance.id", ondelete="CASCADE"), primary_key=True),
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Relance(Base):
    """One message to one contact of a pilot organisation (draft or sent)."""

    __tablename__ = "relance"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    author: Mapped[str] = mapped_column(String(80))
    mode: Mapped[RelanceMode] = mapped_column(EnumText(RelanceMode))
    seance_id: Mapped[int | None] = mapped_column(
        ForeignKey("seance.id", ondelete="SET NULL"), index=True
    )
    meeting_date: Mapped[dt.date] = mapped_column(Date)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(400), default="")
    message_id: Mapped[str] = mapped_column(String(200), default="")
