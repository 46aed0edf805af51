"""Partner organisations and their contacts."""

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gusp_desktop.db.base import Base, EnumText, Tracked
from gusp_desktop.domain.enums import OrganisationType


class Organisation(Tracked, Base):
    """A partner: EPCI, commune, État, bailleur, association…"""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[OrganisationType] = mapped_column(EnumText(OrganisationType))
    address: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    contacts: Mapped[list["Contact"]] = relationship(
        back_populates="organisation", order_by="Contact.last_name"
    )


class Contact(Tracked, Base):
    """A person at a partner organisation."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    function: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # « madame », « monsieur » or "" (not known): documents write « Présidente de séance ».
    civility: Mapped[str] = mapped_column(String(16), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")

    @property
    def full_name(self) -> str:
        """First name then last name, as written on French documents."""
        return f"{self.first_name} {self.last_name}".strip()
