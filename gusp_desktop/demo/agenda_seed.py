"""Ordres du jour of the demo séances, read from ``agendas.json`` beside this module.

Points, minutes notes and decisions are data: a coordinator can correct the demo's wording
without touching code. Each entry becomes an :class:`ItemSeed`; an unknown key or nature is
refused at import so a typo never loads half a territory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from gusp_desktop.domain.enums import AgendaItemKind

_KEYS = {"title", "kind", "presenter", "minutes", "notes", "decisions", "description"}


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


def _item(seance: str, entry: dict[str, Any]) -> ItemSeed:
    if not set(entry) <= _KEYS:
        raise ValueError(f"Ordre du jour de démonstration « {seance} » : clés {sorted(entry)}")
    values = dict(entry)
    values["kind"] = AgendaItemKind(entry["kind"])
    values["decisions"] = tuple(entry.get("decisions", ()))
    return ItemSeed(**values)


def read_agendas() -> dict[str, tuple[ItemSeed, ...]]:
    """Séance key → its points, in order."""
    text = resources.files(__package__).joinpath("agendas.json").read_text(encoding="utf-8")
    agendas: dict[str, list[dict[str, Any]]] = json.loads(text)["agendas"]
    return {key: tuple(_item(key, e) for e in items) for key, items in agendas.items()}
