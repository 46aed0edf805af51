"""Shape of an ordre du jour point in the demo data, shared by the agenda modules."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.domain.enums import AgendaItemKind

INFO = AgendaItemKind.INFORMATION
DECI = AgendaItemKind.DECISION
SUIVI = AgendaItemKind.SUIVI


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


def item(
    title: str,
    kind: AgendaItemKind,
    presenter: str | None,
    minutes: int,
    notes: str = "",
    *decisions: str,
    description: str = "",
) -> ItemSeed:
    """Compact constructor used by the data modules."""
    return ItemSeed(title, kind, presenter, minutes, notes, decisions, description)


def cotech_planned(previous: str) -> tuple[ItemSeed, ...]:
    """Standard ordre du jour of a COTECH inter-quartiers not yet held."""
    return (
        item(f"Validation du compte rendu du {previous}", DECI, "demarquette", 5),
        item(
            "Suivi du plan d'actions : retards d'abord",
            SUIVI,
            "demarquette",
            40,
            description="Actions en retard, puis reportées, puis par thème et par site.",
        ),
        item("Retours des diagnostics en marchant", SUIVI, "demarquette", 15),
        item("Chantier NPNRU des Hauts-de-Marve", INFO, "forestier", 15),
        item("Propreté, déchets et encombrants", SUIVI, "maes", 20),
        item("Tranquillité résidentielle", SUIVI, "haddouche", 20),
        item("Calendrier des prochaines rencontres", INFO, "demarquette", 5),
        item("Questions diverses", INFO, None, 10),
    )
