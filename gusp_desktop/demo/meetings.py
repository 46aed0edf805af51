"""Demo instances with their members, and the séances of the year, read from ``meetings.json``.

Dates are those of the unshifted demo (« today » = 15/06/2025); the loader moves them by a
whole number of weeks. Times are local (Europe/Paris). In texts, ``{dd/mm}``,
``{dd/mm/yyyy}``, ``{HM-014}``, ``{Y}`` and ``{Y-1}`` are rendered with the same shift.
Séances carry no number: the application numbers them per instance and year, as it numbers
a user's. The file is checked when the module is imported (:mod:`gusp_desktop.demo.seed_file`):
members name contacts of ``people.json``, an émargement names members of the instance.
"""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.demo.people import CONTACTS
from gusp_desktop.demo.seed_file import SeedFile, SeedFileError, check_day, check_time
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

    def __post_init__(self) -> None:
        check_day(self.day)
        check_time(self.time)

    @property
    def sheet(self) -> tuple[str, ...]:
        """The members the émargement names (everyone else is present)."""
        return (*self.excused, *self.absent, *(member for member, _ in self.represented))


_FILE = SeedFile("meetings.json")
INSTANCES = _FILE.entries("instances", InstanceSeed)
SEANCES = _FILE.entries("seances", SeanceSeed)
_FILE.refer("seances", "instance", (s.instance for s in SEANCES), {i.code for i in INSTANCES})


def _check_names() -> None:
    """Members are contacts of the annuaire; an émargement names members of the instance."""
    contacts = {c.key for c in CONTACTS}
    members = {i.code: {m.contact for m in i.members} for i in INSTANCES}
    for i in INSTANCES:
        if not members[i.code] <= contacts:
            unknown = sorted(members[i.code] - contacts)
            raise SeedFileError(f"meetings.json, instance {i.code} : contacts inconnus {unknown}")
    for s in SEANCES:
        representatives = {by for _, by in s.represented}
        outsiders = set(s.sheet) - members[s.instance] | representatives - contacts
        if outsiders:
            raise SeedFileError(
                f"meetings.json, séance {s.key} : {sorted(outsiders)} hors de l'instance "
                "ou de l'annuaire"
            )


_check_names()
