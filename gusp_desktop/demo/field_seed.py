"""Field work of the demo territory: the walks' routes and the constats made along them.

The seeds are data, in ``field.json`` beside this module, so they can be read and corrected
without touching code. An entry with unknown or missing keys, an unknown theme, gravity or
status, or a constat placed on a halte its walk does not have is refused when it is read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

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


def _walk(entry: dict[str, Any]) -> WalkSeed:
    values = dict(entry)
    values["haltes"] = tuple(HalteSeed(**h) for h in entry["haltes"])
    return WalkSeed(**values)


def _constat(entry: dict[str, Any]) -> ConstatSeed:
    values = dict(entry)
    values["theme"] = Theme(entry["theme"])
    if "gravity" in entry:
        values["gravity"] = Gravity(entry["gravity"])
    if "status" in entry:
        values["status"] = ConstatStatus(entry["status"])
    return ConstatSeed(**values)


def _read() -> tuple[tuple[WalkSeed, ...], tuple[ConstatSeed, ...]]:
    """The seeds of ``field.json``, checked against each other."""
    text = resources.files(__package__).joinpath("field.json").read_text(encoding="utf-8")
    data = json.loads(text)
    try:
        walks = tuple(_walk(entry) for entry in data["walks"])
        constats = tuple(_constat(entry) for entry in data["constats"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"Travail de terrain de démonstration : {exc}") from None
    routes = {w.seance: len(w.haltes) for w in walks}
    for c in constats:
        if not 1 <= c.halte <= routes.get(c.seance, 0):
            raise ValueError(
                f"Travail de terrain de démonstration : le constat {c.key} est à la halte "
                f"{c.halte}, que le parcours {c.seance} n'a pas"
            )
    if len({c.key for c in constats}) != len(constats):
        raise ValueError("Travail de terrain de démonstration : deux constats de même clé")
    return walks, constats


WALKS, CONSTATS = _read()
