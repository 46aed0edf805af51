"""What a map shows: the route of a walk and markers for haltes, constats and signalements.

The window's map and the route image of the printed compte rendu draw the same values, with
the same shapes and colours, from this module: a constat is a circle (green when positive,
red to grey as it is dealt with), a signalement a square coloured by its status (red when
overdue), a halte a numbered blue diamond on the route line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from gusp_desktop.domain.field_work import ConstatRow, ConstatStatus, HalteRow
from gusp_desktop.domain.signalements import SignalementRow, SignalementStatus
from gusp_desktop.domain.web_mercator import Bounds, bounds_of


class MarkerKind(StrEnum):
    HALTE = "halte"
    CONSTAT = "constat"
    SIGNALEMENT = "signalement"


class Shape(StrEnum):
    CIRCLE = "circle"
    SQUARE = "square"
    DIAMOND = "diamond"


ROUTE_COLOUR = "#1f5fbf"

_CONSTAT_COLOURS = {
    ConstatStatus.A_QUALIFIER: "#d62728",
    ConstatStatus.TRANSFORME: "#ff7f0e",
    ConstatStatus.TRAITE: "#2f8f2f",
    ConstatStatus.SANS_SUITE: "#8c8c8c",
}
_SIGNALEMENT_COLOURS = {
    SignalementStatus.RECU: "#9467bd",
    SignalementStatus.TRANSMIS: "#e377c2",
    SignalementStatus.PRIS_EN_CHARGE: "#ff7f0e",
    SignalementStatus.TRAITE: "#2f8f2f",
    SignalementStatus.REJETE: "#8c8c8c",
}
POSITIVE_COLOUR = "#17becf"
OVERDUE_COLOUR = "#b00020"


@dataclass(frozen=True)
class MapMarker:
    """One clickable point: ``kind`` and ``id`` say what to open."""

    kind: MarkerKind
    id: int
    latitude: float
    longitude: float
    label: str
    shape: Shape
    colour: str
    #: Short text drawn inside (a halte's number).
    badge: str = ""


@dataclass(frozen=True)
class MapLayers:
    """Everything drawn: the route (haltes in order) and the markers, haltes last on top."""

    route: tuple[tuple[float, float], ...] = ()
    markers: tuple[MapMarker, ...] = ()

    def bounds(self) -> Bounds | None:
        """The box around the route and the markers (None when nothing is placed)."""
        return bounds_of([*self.route, *((m.latitude, m.longitude) for m in self.markers)])


def halte_markers(haltes: Sequence[HalteRow]) -> list[MapMarker]:
    return [
        MapMarker(
            MarkerKind.HALTE,
            h.id,
            h.latitude,
            h.longitude,
            f"Halte {h.position} : {h.name}",
            Shape.DIAMOND,
            ROUTE_COLOUR,
            str(h.position),
        )
        for h in haltes
        if h.latitude is not None and h.longitude is not None
    ]


def constat_marker(row: ConstatRow) -> MapMarker | None:
    if row.latitude is None or row.longitude is None:
        return None
    colour = POSITIVE_COLOUR if row.positive else _CONSTAT_COLOURS[row.status]
    sign = "+" if row.positive else "−"
    text = row.description if len(row.description) <= 60 else row.description[:59] + "…"
    return MapMarker(
        MarkerKind.CONSTAT,
        row.id,
        row.latitude,
        row.longitude,
        f"Constat n° {row.id} ({sign}, {row.status.label}) : {text}",
        Shape.CIRCLE,
        colour,
    )


def signalement_marker(row: SignalementRow) -> MapMarker | None:
    if row.latitude is None or row.longitude is None:
        return None
    colour = OVERDUE_COLOUR if row.overdue else _SIGNALEMENT_COLOURS[row.status]
    late = ", en retard" if row.overdue else ""
    return MapMarker(
        MarkerKind.SIGNALEMENT,
        row.id,
        row.latitude,
        row.longitude,
        f"Signalement n° {row.id} ({row.category_label}, {row.status.label}{late})",
        Shape.SQUARE,
        colour,
    )


def build_layers(
    haltes: Sequence[HalteRow] = (),
    constats: Iterable[ConstatRow] = (),
    signalements: Iterable[SignalementRow] = (),
) -> MapLayers:
    """The layers of a walk or of a quartier; rows without coordinates are left out."""
    ordered = sorted(haltes, key=lambda h: h.position)
    route = tuple(
        (h.latitude, h.longitude)
        for h in ordered
        if h.latitude is not None and h.longitude is not None
    )
    markers: list[MapMarker] = []
    for signalement in signalements:
        marker = signalement_marker(signalement)
        if marker is not None:
            markers.append(marker)
    for constat in constats:
        marker = constat_marker(constat)
        if marker is not None:
            markers.append(marker)
    markers.extend(halte_markers(ordered))
    return MapLayers(route, tuple(markers))
