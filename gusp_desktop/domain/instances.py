"""Plain values of the instances (COTECH, COPIL…) and their members."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.domain.enums import InstanceType, MemberKind, MemberRole


@dataclass(frozen=True)
class InstanceData:
    """Editable fields of an instance; ``quartier_ids`` is its perimeter (may be empty)."""

    code: str
    name: str
    type: InstanceType
    quartier_ids: tuple[int, ...] = ()
    periodicity: str = ""
    restricted: bool = False
    default_place: str = ""
    default_duration_minutes: int = 120


@dataclass(frozen=True)
class MemberDTO:
    """A membership as read, with the contact's name and organisation."""

    id: int
    version: int
    contact_id: int
    contact_name: str
    organisation_code: str
    organisation_name: str
    role: MemberRole
    kind: MemberKind


@dataclass(frozen=True)
class InstanceDTO:
    """An instance as read, its perimeter sorted by quartier code and its members by role."""

    id: int
    version: int
    code: str
    name: str
    type: InstanceType
    quartier_ids: tuple[int, ...]
    quartier_codes: tuple[str, ...]
    periodicity: str
    restricted: bool
    default_place: str
    default_duration_minutes: int
    members: tuple[MemberDTO, ...]
