"""Field work: the parcours of a diagnostic en marchant or a marche exploratoire, its haltes,
the constats made on the way and their photos, as plain values.

A walk is a séance whose instance is a DEM or a marche exploratoire; its route is an ordered
list of haltes. A constat may sit at a halte or anywhere in a quartier; it is qualified
(« à qualifier ») then turned into one or more actions, handled directly, or dropped with a
reason. Photos are stored in the database, downscaled, so a shared server shares them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from gusp_desktop.domain.enums import OrganisationType, Theme
from gusp_desktop.domain.errors import Message
from gusp_desktop.domain.vocabularies import ConstatStatus as ConstatStatus
from gusp_desktop.domain.vocabularies import Gravity as Gravity

TEXT_MAX = 4000
NAME_MAX = 200
PLACE_MAX = 300
# Haltes closer than this to a photo's position win over the time rule (metres).
NEAR_ENOUGH_M = 150.0


def coordinate_problem(latitude: float | None, longitude: float | None) -> str | None:
    """Why a pair of coordinates is refused (French), or None when it is usable.

    Both or neither: a latitude alone places nothing. Ranges are the WGS 84 ones.
    """
    if latitude is None and longitude is None:
        return None
    if latitude is None or longitude is None:
        return Message("Indiquez la latitude et la longitude ensemble.")
    if not (math.isfinite(latitude) and -90.0 <= latitude <= 90.0):
        return Message(
            "Latitude hors limites ({latitude}) : entre -90 et 90 degrés.", latitude=latitude
        )
    if not (math.isfinite(longitude) and -180.0 <= longitude <= 180.0):
        return Message(
            "Longitude hors limites ({longitude}) : entre -180 et 180 degrés.", longitude=longitude
        )
    return None


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine): haltes are a few hundred metres apart."""
    radius = 6_371_000.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(a))


@dataclass(frozen=True)
class HaltePoint:
    """What placing a photo needs to know of a halte."""

    id: int
    position: int
    latitude: float | None
    longitude: float | None
    arrives_at: dt.datetime | None


def nearest_halte(
    haltes: Sequence[HaltePoint],
    latitude: float | None,
    longitude: float | None,
    taken_at: dt.datetime | None,
) -> int | None:
    """The halte a photo belongs to, by place first, then by time; None when nothing tells.

    A phone's position is the strongest clue: the closest halte with coordinates wins when
    it is within a few hundred metres. Otherwise the walk's timetable decides: the last halte
    reached at the time of the photo (the group stays at a halte until the next one).
    """
    if latitude is not None and longitude is not None:
        placed = [h for h in haltes if h.latitude is not None and h.longitude is not None]
        if placed:
            best = min(
                placed,
                key=lambda h: distance_m(latitude, longitude, h.latitude or 0, h.longitude or 0),
            )
            assert best.latitude is not None and best.longitude is not None
            if distance_m(latitude, longitude, best.latitude, best.longitude) <= 4 * NEAR_ENOUGH_M:
                return best.id
    if taken_at is not None:
        timed = sorted(
            (h for h in haltes if h.arrives_at is not None), key=lambda h: h.arrives_at or taken_at
        )
        reached = [h for h in timed if h.arrives_at is not None and h.arrives_at <= taken_at]
        if reached:
            return reached[-1].id
        if timed:
            return timed[0].id
    return None


# What the theme says about who manages a problem, when the site's gestionnaire is not the one.
_THEME_MANAGER: dict[Theme, OrganisationType] = {
    Theme.ECLAIRAGE: OrganisationType.COMMUNE,
    Theme.STATIONNEMENT: OrganisationType.COMMUNE,
    Theme.ACCESSIBILITE: OrganisationType.COMMUNE,
}
# Themes a bailleur handles on its own residences whatever the table above says.
_BAILLEUR_THEMES = frozenset(
    {Theme.PROPRETE, Theme.BATI, Theme.ESPACES_VERTS, Theme.TRANQUILLITE, Theme.ACCESSIBILITE}
)


def manager_type(theme: Theme, site_manager: OrganisationType | None) -> OrganisationType | None:
    """The type of organisation to propose as gestionnaire; None: the site's own gestionnaire.

    A bailleur's residence is its business for upkeep, parties communes and tranquillité;
    lighting, parking and the public way belong to the commune (domanialité).
    """
    if site_manager is OrganisationType.BAILLEUR and theme in _BAILLEUR_THEMES:
        return None
    if theme in _THEME_MANAGER:
        return _THEME_MANAGER[theme]
    return None if site_manager is not None else OrganisationType.COMMUNE


# -- values the services take -----------------------------------------------------------------


@dataclass(frozen=True)
class HalteDraft:
    """A stop of the route."""

    name: str
    site_id: int | None = None
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    arrives_at: dt.datetime | None = None
    notes: str = ""


@dataclass(frozen=True)
class ConstatDraft:
    """Every editable field of a constat (creation and full edit alike).

    ``description`` holds what the professionals observed; ``resident_words`` what residents
    said, kept apart so the report can quote them as theirs.
    """

    quartier_id: int
    theme: Theme
    description: str
    seance_id: int | None = None
    halte_id: int | None = None
    site_id: int | None = None
    place: str = ""
    latitude: float | None = None
    longitude: float | None = None
    positive: bool = False
    gravity: Gravity | None = None
    gestionnaire_id: int | None = None
    preconisation: str = ""
    resident_words: str = ""
    observed_on: dt.date | None = None


@dataclass(frozen=True)
class ConstatQuery:
    """Filters of the constats list (all optional)."""

    seance_id: int | None = None
    quartier_code: str | None = None
    status: ConstatStatus | None = None
    halte_id: int | None = None


# -- values the services return ---------------------------------------------------------------


@dataclass(frozen=True)
class HalteRow:
    id: int
    version: int
    seance_id: int
    position: int
    name: str
    site_id: int | None
    site_name: str
    address: str
    latitude: float | None
    longitude: float | None
    arrives_at: dt.datetime | None
    notes: str

    @property
    def point(self) -> HaltePoint:
        return HaltePoint(self.id, self.position, self.latitude, self.longitude, self.arrives_at)


@dataclass(frozen=True)
class Parcours:
    """A walk's route: objectives and ordered haltes."""

    seance_id: int
    version: int | None
    objectives: str
    haltes: tuple[HalteRow, ...]
    is_walk: bool
    restricted: bool
    quartier_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ConstatRow:
    id: int
    version: int
    quartier_id: int
    quartier_code: str
    seance_id: int | None
    halte_id: int | None
    halte_name: str
    site_id: int | None
    site_name: str
    place: str
    latitude: float | None
    longitude: float | None
    theme: Theme
    positive: bool
    gravity: Gravity | None
    gestionnaire_id: int | None
    gestionnaire_code: str
    gestionnaire_name: str
    preconisation: str
    resident_words: str
    description: str
    status: ConstatStatus
    status_reason: str
    observed_on: dt.date
    photo_count: int
    photo_ids: tuple[int, ...]
    action_numbers: tuple[str, ...]
    restricted: bool

    def draft(self) -> ConstatDraft:
        """This constat's fields, ready to be changed with ``dataclasses.replace``."""
        return ConstatDraft(
            quartier_id=self.quartier_id,
            theme=self.theme,
            description=self.description,
            seance_id=self.seance_id,
            halte_id=self.halte_id,
            site_id=self.site_id,
            place=self.place,
            latitude=self.latitude,
            longitude=self.longitude,
            positive=self.positive,
            gravity=self.gravity,
            gestionnaire_id=self.gestionnaire_id,
            preconisation=self.preconisation,
            resident_words=self.resident_words,
            observed_on=self.observed_on,
        )


@dataclass(frozen=True)
class PhotoRow:
    id: int
    seance_id: int | None
    constat_id: int | None
    halte_id: int | None
    filename: str
    taken_at: dt.datetime | None
    latitude: float | None
    longitude: float | None
    width: int
    height: int
    byte_size: int


@dataclass(frozen=True)
class PhotoImport:
    """What an import stored: the photos, each placed on a halte (or not), and the files
    skipped because the same photo was already there."""

    photos: tuple[PhotoRow, ...]
    placed: int
    unplaced: int
    duplicates: tuple[str, ...] = ()


@dataclass(frozen=True)
class PhotoGroup:
    """Photos proposed as one constat: taken together at one halte (see
    ``services.field_work.grouping``)."""

    photos: tuple[PhotoRow, ...]
    halte_id: int | None
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    latitude: float | None
    longitude: float | None

    @property
    def photo_ids(self) -> tuple[int, ...]:
        return tuple(p.id for p in self.photos)


@dataclass(frozen=True)
class ProposedConstat:
    """A constat the coordinator accepted in the review of an import, with its photos."""

    draft: ConstatDraft
    photo_ids: tuple[int, ...]
