"""Demo partners: the 14 organisations, their 15 contacts and the application users.

They are data, in ``people.json`` beside this module; all names, addresses, e-mail domains and
phone numbers are fictional. The accounts stay rows the setup step writes (no service creates
accounts): only their description lives in the file.
"""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.demo.seed_file import SeedFile
from gusp_desktop.domain.enums import OrganisationType, UserRole


@dataclass(frozen=True)
class OrganisationSeed:
    """A partner organisation, referred to by its code."""

    code: str
    name: str
    type: OrganisationType
    address: str


@dataclass(frozen=True)
class ContactSeed:
    """A person; ``key`` is how the other demo modules refer to them."""

    key: str
    organisation: str
    first_name: str
    last_name: str
    function: str
    email: str
    phone: str
    civility: str = ""  # « madame » or « monsieur »: the documents' « Présidente de séance »


@dataclass(frozen=True)
class UserSeed:
    """An application account, linked to a contact."""

    username: str
    display_name: str
    role: UserRole
    contact: str


_FILE = SeedFile("people.json")
ORGANISATIONS = _FILE.entries("organisations", OrganisationSeed)
CONTACTS = _FILE.entries("contacts", ContactSeed)
USERS = _FILE.entries("users", UserSeed)
_FILE.refer(
    "contacts", "organisation", (c.organisation for c in CONTACTS), {o.code for o in ORGANISATIONS}
)
_FILE.refer("users", "contact", (u.contact for u in USERS), {c.key for c in CONTACTS})
