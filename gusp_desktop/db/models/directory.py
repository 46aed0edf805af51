"""Partner organisations and their contacts."""

from sqlalchemy.orm import Mapped, relationship

from gusp_desktop.db import tables
from gusp_desktop.db.base import Base, Tracked
from gusp_desktop.domain.enums import OrganisationType


class Organisation(Tracked, Base):
    """A partner: EPCI, commune, État, bailleur, association…"""

    __table__ = tables.organisation
    __tablename__ = tables.organisation.name

    id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    type: Mapped[OrganisationType]
    address: Mapped[str]
    active: Mapped[bool]

    contacts: Mapped[list["Contact"]] = relationship(
        back_populates="organisation", order_by="Contact.last_name"
    )


class Contact(Tracked, Base):
    """A person at a partner organisation."""

    __table__ = tables.contact
    __tablename__ = tables.contact.name

    id: Mapped[int]
    organisation_id: Mapped[int]
    first_name: Mapped[str]
    last_name: Mapped[str]
    function: Mapped[str]
    email: Mapped[str]
    phone: Mapped[str]
    civility: Mapped[str]
    active: Mapped[bool]

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")

    @property
    def full_name(self) -> str:
        """First name then last name, as written on French documents."""
        return f"{self.first_name} {self.last_name}".strip()
