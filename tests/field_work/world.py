"""A small territory with two walks, built row by row for the field-work tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gusp_desktop.db.models import Instance, Organisation, Quartier, Seance, Site
from gusp_desktop.domain.enums import InstanceType, OrganisationType, SeanceStatus
from gusp_desktop.domain.field_work import HalteDraft
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.registry import Services

WALK_START = dt.datetime(2025, 3, 25, 13, 0, tzinfo=dt.UTC)  # 14:00 in Paris
# Three haltes about 300 m apart, reached every 30 minutes.
HALTES = [
    ("Square des Tisserands", 50.3600, 3.5200, 0),
    ("Abords de l'école", 50.3630, 3.5230, 30),
    ("Parking nord", 50.3660, 3.5260, 60),
]


@dataclass
class World:
    hm: int
    mh: int
    vm: int
    tour_b: int
    square: int
    walk: int
    cotech: int
    secret_walk: int


def build_world(ctx: ServiceContext) -> World:
    with ctx.session_factory.begin() as s:
        hm = Quartier(code="HM", name="Les Hauts-de-Marve", communes="Marvelin")
        mh = Organisation(code="MH", name="Marve Habitat", type=OrganisationType.BAILLEUR)
        vm = Organisation(code="VM", name="Ville de Marvelin", type=OrganisationType.COMMUNE)
        s.add_all([hm, mh, vm])
        s.flush()
        tour_b = Site(quartier_id=hm.id, name="Tour B", gestionnaire_id=mh.id)
        square = Site(quartier_id=hm.id, name="Square des Tisserands", gestionnaire_id=vm.id)
        dem = Instance(code="DEM-HM", name="DEM Hauts-de-Marve", type=InstanceType.DEM)
        cotech = Instance(code="COTECH", name="COTECH", type=InstanceType.COTECH)
        secret = Instance(
            code="ME-SECRET",
            name="Marche restreinte",
            type=InstanceType.MARCHE_EXPLORATOIRE,
            restricted=True,
        )
        dem.quartiers = [hm]
        secret.quartiers = [hm]
        s.add_all([tour_b, square, dem, cotech, secret])
        s.flush()
        seances = [
            Seance(
                instance_id=i.id,
                number=1,
                number_year=2025,
                starts_at=WALK_START,
                status=SeanceStatus.TENUE,
            )
            for i in (dem, cotech, secret)
        ]
        s.add_all(seances)
        s.flush()
        return World(hm.id, mh.id, vm.id, tour_b.id, square.id, *(x.id for x in seances))


def add_haltes(services: Services, seance_id: int) -> list[int]:
    ids = []
    for name, lat, lon, minutes in HALTES:
        draft = HalteDraft(
            name=name,
            latitude=lat,
            longitude=lon,
            arrives_at=WALK_START + dt.timedelta(minutes=minutes),
        )
        ids.append(services.field_work.parcours.add_halte(seance_id, draft).value.id)
    return ids
