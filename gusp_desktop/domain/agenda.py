"""Plain values of the ordre du jour: points as edited and as read, decisions, timing."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.domain.enums import AgendaItemKind


@dataclass(frozen=True)
class AgendaItemData:
    """Editable fields of a point of the ordre du jour."""

    title: str
    kind: AgendaItemKind = AgendaItemKind.INFORMATION
    presenter_id: int | None = None
    planned_minutes: int = 10
    description: str = ""


@dataclass(frozen=True)
class DecisionDTO:
    """A decision recorded under a point."""

    id: int
    version: int
    position: int
    text: str


@dataclass(frozen=True)
class AgendaItemDTO:
    """A point as read, with its minutes notes and decisions."""

    id: int
    version: int
    seance_id: int
    position: int
    title: str
    kind: AgendaItemKind
    presenter_id: int | None
    presenter_name: str
    planned_minutes: int
    description: str
    notes: str
    decisions: tuple[DecisionDTO, ...]


@dataclass(frozen=True)
class AgendaTiming:
    """Planned time of the points against the séance's duration (margin < 0: overrun)."""

    planned_minutes: int
    duration_minutes: int
    margin_minutes: int
    overrun: bool
