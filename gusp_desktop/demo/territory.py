"""Demo territory « Marvelin Agglomération »: its three QPV and their sites (fictional).

The quartiers and sites are data, in ``territory.json`` beside this module.

Every site an action of the demo plan names exists here. ``gestionnaire`` is the code of the
organisation that owns or maintains the place (``None`` where the domanialité is disputed).
Logements of the bailleurs' residences add up to the figures of the 2024 ATFPB bilans
(Marve Habitat 1 850, Logis de l'Aubrin 640).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

TERRITORY_NAME = "Marvelin Agglomération"


@dataclass(frozen=True)
class QuartierSeed:
    """A quartier prioritaire (QPV)."""

    code: str
    name: str
    communes: str
    population: int
    npnru: bool
    description: str


@dataclass(frozen=True)
class SiteSeed:
    """A place inside a quartier; ``key`` is how the other demo modules refer to it."""

    key: str
    quartier: str
    name: str
    address: str
    gestionnaire: str | None = None
    logements: int | None = None


def _read() -> tuple[tuple[QuartierSeed, ...], tuple[SiteSeed, ...]]:
    """The seeds of ``territory.json``; an entry with unknown or missing keys is refused."""
    text = resources.files(__package__).joinpath("territory.json").read_text(encoding="utf-8")
    data = json.loads(text)
    try:
        quartiers = tuple(QuartierSeed(**entry) for entry in data["quartiers"])
        sites = tuple(SiteSeed(**entry) for entry in data["sites"])
    except TypeError as exc:
        raise ValueError(f"Territoire de démonstration : {exc}") from None
    return quartiers, sites


QUARTIERS, SITES = _read()
