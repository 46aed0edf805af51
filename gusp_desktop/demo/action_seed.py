"""Shapes of the demo plan d'actions: actions and their history."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.demo.seed_file import check, check_day
from gusp_desktop.domain.enums import ActionStatus, AtfpbAxis, Priority, Theme

STATUS_CODES: dict[str, ActionStatus] = {
    "R": ActionStatus.REALISEE,
    "EC": ActionStatus.EN_COURS,
    "AE": ActionStatus.A_ENGAGER,
    "RP": ActionStatus.REPORTEE,
    "AB": ActionStatus.ABANDONNEE,
}


@dataclass(frozen=True)
class UpdateSeed:
    """One history entry; linked to the séance held that day when there is one."""

    day: str  # "dd/mm" in 2025
    status: str  # key of STATUS_CODES
    progress: int | None
    comment: str
    author: str = "claire"

    def __post_init__(self) -> None:
        check_day(self.day)
        check(self.status in STATUS_CODES, f"état inconnu « {self.status} »")
        check(self.progress is None or 0 <= self.progress <= 100, "avancement hors de 0 à 100")


@dataclass(frozen=True)
class ActionSeed:
    """One line of the plan, as DOMAIN.md §5 lists it, plus what the list leaves implicit.

    ``deadline`` is "dd/mm" or a note such as "mensuel"/"permanent" (no date then);
    ``origin`` is a séance key or ``"constat:<key>"``.
    """

    n: int
    quartier: str
    site: str | None
    title: str
    pilot: str
    contact: str | None
    deadline: str
    status: str
    theme: Theme
    origin: str
    history: tuple[UpdateSeed, ...]
    description: str = ""
    partners: tuple[str, ...] = ()
    axis: AtfpbAxis | None = None
    revised: str | None = None
    priority: Priority = Priority.NORMALE
    cost: int | None = None

    def __post_init__(self) -> None:
        check(self.status in STATUS_CODES, f"état inconnu « {self.status} »")
        check(self.n > 0, f"numéro {self.n} au lieu d'un entier positif")
