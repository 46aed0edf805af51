"""Plain values of the territory: quartiers and sites."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuartierData:
    """Editable fields of a quartier."""

    code: str
    name: str
    communes: str = ""
    population: int | None = None
    npnru: bool = False
    description: str = ""


@dataclass(frozen=True)
class QuartierDTO(QuartierData):
    """A quartier as read."""

    id: int = 0
    version: int = 0


@dataclass(frozen=True)
class SiteData:
    """Editable fields of a site."""

    quartier_id: int
    name: str
    address: str = ""
    gestionnaire_id: int | None = None
    logements: int | None = None


@dataclass(frozen=True)
class SiteDTO(SiteData):
    """A site as read, with its quartier's code and its gestionnaire's code."""

    id: int = 0
    version: int = 0
    quartier_code: str = ""
    gestionnaire_code: str = ""
