"""Who is working."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.domain.enums import UserRole


@dataclass(frozen=True)
class CurrentUser:
    """Who is working; every write records ``username`` as its author."""

    username: str
    display_name: str
    role: UserRole = UserRole.COORDINATEUR
    #: False for a login the database does not list: the window says so instead of
    #: presenting the system account as a person.
    registered: bool = True
