"""Loader step for what the coordinator sets up in January: the annuaire, the quartiers and
their sites, the instances and who sits in them, each through the service its form uses.

Application accounts stay rows written here: no service creates them (the first start and the
server's logins do), and accounts that already exist are kept as they are.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Contact, Instance, Organisation, Quartier, Site, User
from gusp_desktop.demo.clock import Refs, stamp
from gusp_desktop.demo.meetings import INSTANCES
from gusp_desktop.demo.people import CONTACTS, ORGANISATIONS, USERS
from gusp_desktop.demo.steps import Steps
from gusp_desktop.demo.territory import QUARTIERS, SITES
from gusp_desktop.domain.directory import ContactData, OrganisationData
from gusp_desktop.domain.instances import InstanceData
from gusp_desktop.domain.territory import QuartierData, SiteData

Row = TypeVar("Row", Organisation, Contact, Quartier, Site)


def load_setup(refs: Refs, steps: Steps, when: dt.datetime) -> dict[str, Instance]:
    """Create the year's setting at ``when``, by the loading user; fill ``refs`` with the rows
    read back in the loader's own session and return the instances by code."""
    steps.at(when, steps.loading_user)
    orgs, contacts = _directory(steps)
    quartiers, sites = _territory(steps, orgs)
    _instances(steps, quartiers, contacts)
    session = refs.session
    refs.orgs.update(_rows(session, Organisation, orgs))
    refs.contacts.update(_rows(session, Contact, contacts))
    refs.quartiers.update(_rows(session, Quartier, quartiers))
    refs.sites.update(_rows(session, Site, sites))
    _accounts(refs, contacts, when)
    return {row.code: row for row in session.scalars(select(Instance))}


def _rows(session: Session, model: type[Row], ids: dict[str, int]) -> dict[str, Row]:
    """The rows the services created, by the demo's keys."""
    by_id = {row.id: row for row in session.scalars(select(model))}
    return {key: by_id[row_id] for key, row_id in ids.items()}


def _directory(steps: Steps) -> tuple[dict[str, int], dict[str, int]]:
    """Organisations, then their people; ids by organisation code and by contact key."""
    directory = steps.directory
    orgs = {
        o.code: directory.create_organisation(
            OrganisationData(code=o.code, name=o.name, type=o.type, address=o.address)
        ).value.id
        for o in ORGANISATIONS
    }
    contacts = {
        c.key: directory.create_contact(
            ContactData(
                organisation_id=orgs[c.organisation],
                first_name=c.first_name,
                last_name=c.last_name,
                function=c.function,
                email=c.email,
                phone=c.phone,
                civility=c.civility,
            )
        ).value.id
        for c in CONTACTS
    }
    return orgs, contacts


def _territory(steps: Steps, orgs: dict[str, int]) -> tuple[dict[str, int], dict[str, int]]:
    """Quartiers, then their sites; ids by quartier code and by site key."""
    territory = steps.territory
    quartiers = {
        q.code: territory.create_quartier(
            QuartierData(
                code=q.code,
                name=q.name,
                communes=q.communes,
                population=q.population,
                npnru=q.npnru,
                description=q.description,
            )
        ).value.id
        for q in QUARTIERS
    }
    sites = {
        s.key: territory.create_site(
            SiteData(
                quartier_id=quartiers[s.quartier],
                name=s.name,
                address=s.address,
                gestionnaire_id=orgs[s.gestionnaire] if s.gestionnaire else None,
                logements=s.logements,
            )
        ).value.id
        for s in SITES
    }
    return quartiers, sites


def _instances(steps: Steps, quartiers: dict[str, int], contacts: dict[str, int]) -> None:
    """Each instance with its perimeter, then its members in the order they are listed."""
    for i in INSTANCES:
        created = steps.instances.create_instance(
            InstanceData(
                code=i.code,
                name=i.name,
                type=i.type,
                quartier_ids=tuple(quartiers[code] for code in i.quartiers),
                periodicity=i.periodicity,
                restricted=i.restricted,
                default_place=i.default_place,
                default_duration_minutes=i.duration,
            )
        )
        for m in i.members:
            steps.instances.add_member(created.value.id, contacts[m.contact], m.role, m.kind)


def _accounts(refs: Refs, contacts: dict[str, int], when: dt.datetime) -> None:
    """The demo's logins, linked to their contact cards (existing accounts are kept)."""
    existing = set(refs.session.scalars(select(User.username)))
    for u in USERS:
        if u.username in existing:
            continue
        row: Any = User(
            username=u.username,
            display_name=u.display_name,
            role=u.role,
            contact_id=contacts[u.contact],
            active=True,
        )
        stamp(refs.uow, row, when)
        refs.session.add(row)
