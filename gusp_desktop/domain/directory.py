"""Plain values of the directory: organisations and contacts as edited and as read."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.domain.enums import OrganisationType


@dataclass(frozen=True)
class OrganisationData:
    """Editable fields of an organisation."""

    code: str
    name: str
    type: OrganisationType
    address: str = ""
    active: bool = True


@dataclass(frozen=True)
class OrganisationDTO:
    """An organisation as read, with how many contacts it has (active or not)."""

    id: int
    version: int
    code: str
    name: str
    type: OrganisationType
    address: str
    active: bool
    contact_count: int


@dataclass(frozen=True)
class ContactData:
    """Editable fields of a contact."""

    organisation_id: int
    first_name: str
    last_name: str
    function: str = ""
    email: str = ""
    phone: str = ""
    active: bool = True
    # « madame », « monsieur » or "" (see domain.wording.civility_value).
    civility: str = ""


@dataclass(frozen=True)
class ContactDTO:
    """A contact as read, with its organisation's code and name for lists and documents."""

    id: int
    version: int
    organisation_id: int
    organisation_code: str
    organisation_name: str
    first_name: str
    last_name: str
    full_name: str
    function: str
    email: str
    phone: str
    active: bool
    civility: str = ""
