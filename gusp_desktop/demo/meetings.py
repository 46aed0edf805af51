"""Demo instances with their members, and the séances of the year, read from ``meetings.json``.

Dates are those of the unshifted demo (« today » = 15/06/2025); the loader moves them by a
whole number of weeks. Times are local (Europe/Paris). In texts, ``{dd/mm}``,
``{dd/mm/yyyy}``, ``{HM-014}``, ``{Y}`` and ``{Y-1}`` are rendered with the same shift.
Séances carry no number: the application numbers them per instance and year, as it numbers
a user's. A key, role, status or attendance name the file does not know is refused when the
module is imported, so a typo never loads half a territory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from gusp_desktop.domain.enums import InstanceType, MemberKind, MemberRole, SeanceStatus


@dataclass(frozen=True)
class MemberSeed:
    """A contact sitting in an instance."""

    contact: str
    role: MemberRole = MemberRole.MEMBRE
    kind: MemberKind = MemberKind.TITULAIRE


@dataclass(frozen=True)
class InstanceSeed:
    """A standing body; the first president and secretary members chair and minute séances."""

    code: str
    name: str
    type: InstanceType
    periodicity: str
    restricted: bool
    default_place: str
    duration: int
    quartiers: tuple[str, ...]
    members: tuple[MemberSeed, ...]


@dataclass(frozen=True)
class SeanceSeed:
    """One meeting; attendance exceptions apply to held séances (everyone else is present)."""

    key: str
    instance: str
    day: str  # "dd/mm" in 2025
    time: str  # "hh:mm", Europe/Paris
    status: SeanceStatus
    place: str = ""
    excused: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    represented: tuple[tuple[str, str], ...] = ()  # (member, represented by)
    summary: str = ""
    next_meeting_note: str = ""


_INSTANCE_KEYS = {f for f in InstanceSeed.__dataclass_fields__}
_SEANCE_KEYS = {f for f in SeanceSeed.__dataclass_fields__}


def _checked(what: str, entry: dict[str, Any], allowed: set[str]) -> dict[str, Any]:
    if not set(entry) <= allowed:
        unknown = sorted(set(entry) - allowed)
        raise ValueError(f"Séances de démonstration, {what} : clés inconnues {unknown}")
    return dict(entry)


def _instance(entry: dict[str, Any]) -> InstanceSeed:
    values = _checked(entry.get("code", "?"), entry, _INSTANCE_KEYS)
    values["type"] = InstanceType(values["type"])
    values["quartiers"] = tuple(values["quartiers"])
    values["members"] = tuple(
        MemberSeed(
            _checked(values["code"], m, {"contact", "role", "kind"})["contact"],
            MemberRole(m.get("role", MemberRole.MEMBRE.value)),
            MemberKind(m.get("kind", MemberKind.TITULAIRE.value)),
        )
        for m in values["members"]
    )
    return InstanceSeed(**values)


def _seance(entry: dict[str, Any], members: dict[str, set[str]]) -> SeanceSeed:
    values = _checked(entry.get("key", "?"), entry, _SEANCE_KEYS)
    values["status"] = SeanceStatus(values["status"])
    values["represented"] = tuple(values.get("represented", {}).items())
    for name in ("excused", "absent"):
        values[name] = tuple(values.get(name, ()))
    named = {*values["excused"], *values["absent"], *(m for m, _ in values["represented"])}
    outsiders = named - members[values["instance"]]
    if outsiders:
        raise ValueError(f"Séance {values['key']} : non-membres dans l'émargement {outsiders}")
    return SeanceSeed(**values)


def _read() -> tuple[tuple[InstanceSeed, ...], tuple[SeanceSeed, ...]]:
    text = resources.files(__package__).joinpath("meetings.json").read_text(encoding="utf-8")
    data = json.loads(text)
    instances = tuple(_instance(e) for e in data["instances"])
    members = {i.code: {m.contact for m in i.members} for i in instances}
    return instances, tuple(_seance(e, members) for e in data["seances"])


INSTANCES, SEANCES = _read()
