"""Field work of the demo territory: the walks' routes and the constats made along them.

The seeds are data, in ``field.json`` beside this module, so they can be read and corrected
without touching code. They are read by :mod:`gusp_desktop.demo.seed_file`; a site or quartier
the territory does not have, or a constat placed on a halte its walk does not have, is refused
as well when the module is imported.
"""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.demo.seed_file import SeedFile, SeedFileError
from gusp_desktop.demo.territory import QUARTIERS, SITES
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.field_work import ConstatStatus, Gravity


@dataclass(frozen=True)
class HalteSeed:
    """A stop of a route, in route order."""

    name: str
    site: str | None
    latitude: float
    longitude: float
    minutes: int  # after the start of the walk


@dataclass(frozen=True)
class WalkSeed:
    """The route of a walk (DEM or marche exploratoire), prepared before it is held."""

    seance: str
    objectives: str
    haltes: tuple[HalteSeed, ...]


@dataclass(frozen=True)
class ConstatSeed:
    """A finding of a walk, made at one of its haltes; ``key`` is how actions name it."""

    key: str
    seance: str
    halte: int  # position on the route
    quartier: str
    site: str | None
    place: str
    theme: Theme
    description: str
    positive: bool = False
    gravity: Gravity | None = None
    preconisation: str = ""
    resident_words: str = ""
    status: ConstatStatus = ConstatStatus.A_QUALIFIER
    status_reason: str = ""


def _read() -> tuple[tuple[WalkSeed, ...], tuple[ConstatSeed, ...]]:
    """The seeds of ``field.json``, checked against each other and against the territory."""
    seeds = SeedFile("field.json")
    walks = seeds.entries("walks", WalkSeed)
    constats = seeds.entries("constats", ConstatSeed)
    sites = {s.key for s in SITES}
    seeds.refer("walks", "site", (h.site for w in walks for h in w.haltes), sites)
    seeds.refer("constats", "site", (c.site for c in constats), sites)
    seeds.refer("constats", "quartier", (c.quartier for c in constats), {q.code for q in QUARTIERS})
    seeds.refer("constats", "seance", (c.seance for c in constats), {w.seance for w in walks})
    routes = {w.seance: len(w.haltes) for w in walks}
    for index, c in enumerate(constats, start=1):
        if not 1 <= c.halte <= routes[c.seance]:
            raise SeedFileError(
                f"Données de démonstration field.json, « constats » n° {index} ({c.key}), "
                f"halte : le parcours « {c.seance} » n'a pas de halte {c.halte}"
            )
    if len({c.key for c in constats}) != len(constats):
        raise SeedFileError("Données de démonstration field.json : deux constats de même clé")
    return walks, constats


WALKS, CONSTATS = _read()
