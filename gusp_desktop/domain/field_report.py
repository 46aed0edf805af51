"""What the reports of a walk show, as plain values the document builders render.

The compte rendu (diagnostic en marchant, marche exploratoire) follows the walk: objectives,
date, route, participants, then per halte the constats with their photos, gestionnaire,
préconisation and the actions they fed (pilot, deadline); the priorities close it. The
restitution, months later, tells residents for each constat what was done; it names nobody.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReportPhoto:
    """A photo ready to print: JPEG bytes without EXIF, already compressed for the page."""

    data: bytes
    caption: str


@dataclass(frozen=True)
class ReportAction:
    """An action a constat fed, as the reports quote it."""

    number: str
    title: str
    pilot: str
    deadline: str
    status: str
    # What was done, from the action's history: dated entries, newest last.
    follow_up: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportConstat:
    number: int
    text: str
    positive: bool
    theme: str
    gravity: str
    place: str
    gestionnaire: str
    preconisation: str
    resident_words: str
    status: str
    status_reason: str
    photos: tuple[ReportPhoto, ...]
    actions: tuple[ReportAction, ...]


@dataclass(frozen=True)
class ReportHalte:
    position: int
    name: str
    place: str
    time: str
    constats: tuple[ReportConstat, ...]


@dataclass(frozen=True)
class FieldReport:
    """One walk, for the compte rendu or the restitution."""

    organisation: str
    walk_kind: str  # « Diagnostic en marchant », « Marche exploratoire »
    instance: str
    seance_label: str
    date_text: str
    place: str
    objectives: str
    participants: tuple[str, ...]
    haltes: tuple[ReportHalte, ...]
    confidential: bool
    generated_on: str
    #: PNG of the route, the haltes and the constats (empty when nothing has coordinates).
    route_map: bytes = b""
