"""Ordres du jour of the demo séances, read from ``agendas.json`` beside this module.

Points, minutes notes and decisions are data: a coordinator can correct the demo's wording
without touching code. :mod:`~gusp_desktop.demo.seed_file` turns each entry into an
:class:`AgendaSeed` and refuses, at import, an unknown key, a nature that does not exist or a
séance that :mod:`~gusp_desktop.demo.meetings` does not plan, so a typo never loads half a
territory.
"""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.demo.meetings import SEANCES
from gusp_desktop.demo.seed_file import SeedFile, SeedFileError, check
from gusp_desktop.domain.enums import AgendaItemKind


@dataclass(frozen=True)
class ItemSeed:
    """A point of the ordre du jour; notes and decisions only for held séances."""

    title: str
    kind: AgendaItemKind
    presenter: str | None
    minutes: int
    notes: str = ""
    decisions: tuple[str, ...] = ()
    description: str = ""

    def __post_init__(self) -> None:
        check(self.minutes >= 0, f"durée {self.minutes} min au lieu d'un nombre positif")


@dataclass(frozen=True)
class AgendaSeed:
    """The points of one séance, in order."""

    seance: str
    items: tuple[ItemSeed, ...]


def read_agendas() -> dict[str, tuple[ItemSeed, ...]]:
    """Séance key → its points, in order; one ordre du jour per séance."""
    seeds = SeedFile("agendas.json")
    agendas = seeds.entries("agendas", AgendaSeed)
    seeds.refer("agendas", "seance", (a.seance for a in agendas), {s.key for s in SEANCES})
    if len({a.seance for a in agendas}) != len(agendas):
        raise SeedFileError(
            "Données de démonstration agendas.json : deux ordres du jour d'une séance"
        )
    return {a.seance: a.items for a in agendas}
