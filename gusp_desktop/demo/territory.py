"""Demo territory « Marvelin Agglomération »: its three QPV and their sites (fictional).

The quartiers and sites, with the sites' positions, are data, in ``territory.json`` beside
this module.

Every site an action of the demo plan names exists here. ``gestionnaire`` is the code of the
organisation that owns or maintains the place (``None`` where the domanialité is disputed).
Logements of the bailleurs' residences add up to the figures of the 2024 ATFPB bilans
(Marve Habitat 1 850, Logis de l'Aubrin 640).
"""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.demo.seed_file import SeedFile, SeedFileError, check

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
    """A place inside a quartier; ``key`` is how the other demo modules refer to it.

    Its position (fictional, WGS 84, in the Valenciennes area) places the walks' haltes that
    stop there and the signalements made there, so they land on the map where a coordinator
    expects them."""

    key: str
    quartier: str
    name: str
    address: str
    latitude: float
    longitude: float
    gestionnaire: str | None = None
    logements: int | None = None

    def __post_init__(self) -> None:
        check(-90 <= self.latitude <= 90, f"latitude {self.latitude} hors de [-90, 90]")
        check(-180 <= self.longitude <= 180, f"longitude {self.longitude} hors de [-180, 180]")


def _read() -> tuple[tuple[QuartierSeed, ...], tuple[SiteSeed, ...]]:
    """The seeds of ``territory.json``, each site in a known quartier, keys unique."""
    seeds = SeedFile("territory.json")
    quartiers = seeds.entries("quartiers", QuartierSeed)
    sites = seeds.entries("sites", SiteSeed)
    seeds.refer("sites", "quartier", (s.quartier for s in sites), {q.code for q in quartiers})
    if len({s.key for s in sites}) != len(sites):
        raise SeedFileError("Données de démonstration territory.json : deux sites de même clé")
    return quartiers, sites


QUARTIERS, SITES = _read()

#: Where each site is, by key: (latitude, longitude).
SITE_POSITIONS: dict[str, tuple[float, float]] = {s.key: (s.latitude, s.longitude) for s in SITES}


def position_near(site: str, index: int) -> tuple[float, float]:
    """The site's position, moved a few metres by ``index`` so markers do not overlap."""
    latitude, longitude = SITE_POSITIONS[site]
    step = (index % 5) - 2
    return round(latitude + 0.00008 * step, 6), round(
        longitude + 0.00012 * ((index // 5) % 3 - 1), 6
    )
