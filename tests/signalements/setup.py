"""A small territory for signalements, built through the services, with a clock tests move."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from gusp_desktop.db.engine import make_session_factory
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.directory import ContactData, OrganisationData
from gusp_desktop.domain.enums import OrganisationType, Theme, UserRole
from gusp_desktop.domain.signalements import CategoryData, RouteData
from gusp_desktop.domain.territory import QuartierData, SiteData
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.registry import Services
from tests.fixtures.databases import make_services


class MovableClock:
    """The services' clock, set by the test (aware UTC)."""

    def __init__(self, start: dt.datetime) -> None:
        self.moment = start

    def __call__(self) -> dt.datetime:
        return self.moment

    def set_paris(self, year: int, month: int, day: int, hour: int = 10) -> None:
        self.moment = dt.datetime(year, month, day, hour, tzinfo=PARIS).astimezone(dt.UTC)


def paris(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    """A Paris wall-clock instant as aware UTC."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS).astimezone(dt.UTC)


@dataclass(frozen=True)
class Place:
    """Ids the tests need."""

    quartier: int
    other_quartier: int
    tower: int  # managed by MH, in HM
    square: int  # managed by VM, in HM
    mh: int
    vm: int
    sd: int
    contact: int
    enc: int  # encombrants, 7 days, routed to SD whatever the site
    ecl: int  # éclairage, 10 days, routed by theme to VM
    asc: int  # ascenseur, 2 days, no rule: the site's gestionnaire


def services_with_clock(
    engine: Engine, folder: Path, clock: MovableClock, role: UserRole = UserRole.COORDINATEUR
) -> Services:
    """Every service, on a context whose clock is ``clock``."""
    context = ServiceContext(
        session_factory=make_session_factory(engine),
        user=CurrentUser("claire", "Claire", role),
        clock=clock,
    )
    return make_services(engine, folder, context)


def build(services: Services) -> Place:
    """Three organisations, two quartiers, two sites, three categories and two rules."""
    d = services.directory
    mh = d.create_organisation(
        OrganisationData("MH", "Marve Habitat", OrganisationType.BAILLEUR)
    ).value
    vm = d.create_organisation(
        OrganisationData("VM", "Ville de Marvelin", OrganisationType.COMMUNE)
    ).value
    sd = d.create_organisation(OrganisationData("SD", "SYMEVAL", OrganisationType.DECHETS)).value
    contact = d.create_contact(ContactData(mh.id, "Rose", "Delattre", phone="0600000000")).value
    t = services.territory
    hm = t.create_quartier(QuartierData("HM", "Les Hauts-de-Marve")).value
    pr = t.create_quartier(QuartierData("PR", "Le Pré-Rolland")).value
    tower = t.create_site(
        SiteData(hm.id, "Tour Aubépine A", "12 rue des Aubépines", gestionnaire_id=mh.id)
    ).value
    square = t.create_site(
        SiteData(hm.id, "Square des Tisserands", "", gestionnaire_id=vm.id)
    ).value
    s = services.signalements.settings
    enc = s.save_category(CategoryData("ENC", "Encombrants", Theme.PROPRETE, 7)).value
    ecl = s.save_category(CategoryData("ECL", "Éclairage en panne", Theme.ECLAIRAGE, 10)).value
    asc = s.save_category(CategoryData("ASC", "Ascenseur en panne", Theme.BATI, 2)).value
    s.add_route(RouteData(sd.id, category_id=enc.id))
    s.add_route(RouteData(vm.id, theme=Theme.ECLAIRAGE))
    return Place(
        hm.id, pr.id, tower.id, square.id, mh.id, vm.id, sd.id, contact.id, enc.id, ecl.id, asc.id
    )
