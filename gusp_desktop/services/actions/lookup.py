"""Codes and names typed on the command line turned into ids, with French errors."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Contact, Organisation, Quartier, Site
from gusp_desktop.domain.actions import ReferenceCodes, ResolvedReferences
from gusp_desktop.domain.errors import Message
from gusp_desktop.domain.text import search_key


def _organisation(session: Session, code: str) -> int | None:
    return session.scalar(select(Organisation.id).where(Organisation.code == code.strip().upper()))


def _contact(session: Session, organisation_id: int, name: str) -> int | None:
    """A contact of the organisation by full name or last name, accents and case ignored."""
    wanted = search_key(name)
    contacts = session.scalars(select(Contact).where(Contact.organisation_id == organisation_id))
    matches = [
        c.id for c in contacts if wanted in (search_key(c.full_name), search_key(c.last_name))
    ]
    return matches[0] if len(matches) == 1 else None


def _site(session: Session, quartier_id: int, name: str) -> int | None:
    wanted = search_key(name)
    sites = session.scalars(select(Site).where(Site.quartier_id == quartier_id))
    matches = [s.id for s in sites if search_key(s.name) == wanted]
    return matches[0] if len(matches) == 1 else None


def resolve(
    session: Session,
    codes: ReferenceCodes,
    errors: dict[str, str],
    current_quartier_id: int | None = None,
    current_pilot_id: int | None = None,
) -> ResolvedReferences:
    """Ids for ``codes``; unknown ones are reported in ``errors`` under their field."""
    quartier_id = current_quartier_id
    if codes.quartier is not None:
        quartier_id = session.scalar(
            select(Quartier.id).where(Quartier.code == codes.quartier.strip().upper())
        )
        if quartier_id is None:
            errors["quartier_id"] = Message(
                "Quartier inconnu : « {quartier} ».", quartier=codes.quartier
            )
    pilot_id = current_pilot_id
    if codes.pilot is not None:
        pilot_id = _organisation(session, codes.pilot)
        if pilot_id is None:
            errors["pilot_organisation_id"] = Message(
                "Organisation pilote inconnue : « {pilot} ».", pilot=codes.pilot
            )
    contact_id = None
    if codes.pilot_contact and pilot_id is not None:
        contact_id = _contact(session, pilot_id, codes.pilot_contact)
        if contact_id is None:
            errors["pilot_contact_id"] = Message(
                "Contact « {pilot_contact} » introuvable dans l'organisation pilote.",
                pilot_contact=codes.pilot_contact,
            )
    site_id = None
    if codes.site and quartier_id is not None:
        site_id = _site(session, quartier_id, codes.site)
        if site_id is None:
            errors["site_id"] = Message(
                "Site « {site} » introuvable dans ce quartier.", site=codes.site
            )
    partner_ids = None
    if codes.partners is not None:
        found = {code: _organisation(session, code) for code in codes.partners if code.strip()}
        unknown = [code for code, found_id in found.items() if found_id is None]
        if unknown:
            errors["partner_ids"] = Message(
                "Organisation(s) partenaire(s) inconnue(s) : {items}.", items=", ".join(unknown)
            )
        partner_ids = tuple(i for i in found.values() if i is not None)
    return ResolvedReferences(
        quartier_id=quartier_id if codes.quartier is not None else None,
        pilot_organisation_id=pilot_id if codes.pilot is not None else None,
        pilot_contact_id=contact_id,
        site_id=site_id,
        partner_ids=partner_ids,
    )
