"""Validation of actions: every refused input gets a French message on its field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Constat, Contact, Organisation, Quartier, Seance, Site
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.text import check_length, check_required

TITLE_MAX = 300
DESCRIPTION_MAX = 20_000
COMMENT_MAX = 10_000


def check_text_fields(errors: dict[str, str], title: str, description: str) -> None:
    """Title required and bounded; description bounded."""
    check_required(errors, "title", title, "L'intitulé de l'action")
    check_length(errors, "title", title, "L'intitulé de l'action", TITLE_MAX)
    check_length(errors, "description", description, "La description", DESCRIPTION_MAX)


def check_pilot(
    session: Session, errors: dict[str, str], organisation_id: int, contact_id: int | None
) -> None:
    """The pilot organisation must exist and the pilot contact must belong to it."""
    if session.get(Organisation, organisation_id) is None:
        errors["pilot_organisation_id"] = "Organisation pilote inconnue."
        return
    if contact_id is None:
        return
    contact = session.get(Contact, contact_id)
    if contact is None:
        errors["pilot_contact_id"] = "Contact pilote inconnu."
    elif contact.organisation_id != organisation_id:
        errors["pilot_contact_id"] = Message(
            "{full_name} n'appartient pas à l'organisation pilote.", full_name=contact.full_name
        )


def check_place(
    session: Session, errors: dict[str, str], quartier_id: int, site_id: int | None
) -> None:
    """The quartier must exist and the site, when given, must be inside it."""
    if session.get(Quartier, quartier_id) is None:
        errors["quartier_id"] = "Quartier inconnu."
        return
    if site_id is None:
        return
    site = session.get(Site, site_id)
    if site is None:
        errors["site_id"] = "Site inconnu."
    elif site.quartier_id != quartier_id:
        errors["site_id"] = Message(
            "Le site « {name} » n'est pas dans ce quartier.", name=site.name
        )


def check_partners(session: Session, errors: dict[str, str], partner_ids: tuple[int, ...]) -> None:
    """Every partner organisation must exist."""
    if not partner_ids:
        return
    found = set(session.scalars(select(Organisation.id).where(Organisation.id.in_(partner_ids))))
    missing = [str(p) for p in partner_ids if p not in found]
    if missing:
        errors["partner_ids"] = Message(
            "Organisation(s) partenaire(s) inconnue(s) : {items}.", items=", ".join(missing)
        )


def check_deadline(
    errors: dict[str, str], field: str, deadline: dt.date | None, not_before: dt.date
) -> None:
    """A deadline set now cannot already lie before the day it is set."""
    if deadline is not None and deadline < not_before:
        errors[field] = Message(
            (
                "L'échéance ({deadline}) ne peut pas précéder la date de création de "
                "l'action ({not_before})."
            ),
            deadline=f"{deadline:%d/%m/%Y}",
            not_before=f"{not_before:%d/%m/%Y}",
        )


def check_numbers(errors: dict[str, str], progress: int | None, cost: Decimal | None) -> None:
    """Progress is a percentage; a cost is never negative."""
    if progress is not None and not 0 <= progress <= 100:
        errors["progress"] = "L'avancement est un pourcentage entre 0 et 100."
    if cost is not None and cost < 0:
        errors["cost"] = "Le coût ne peut pas être négatif."


def check_origin(
    session: Session, errors: dict[str, str], seance_id: int | None, constat_id: int | None
) -> None:
    """An origin séance or constat must exist."""
    if seance_id is not None and session.get(Seance, seance_id) is None:
        errors["origin_seance_id"] = "Séance d'origine inconnue."
    if constat_id is not None and session.get(Constat, constat_id) is None:
        errors["origin_constat_id"] = "Constat d'origine inconnu."


def raise_if(errors: dict[str, str]) -> None:
    """Raise the collected errors, if any."""
    if errors:
        raise ValidationError(errors)


NOTE_MAX = 20_000
INDICATOR_MAX = 2_000


def check_notes(errors: dict[str, str], origin_note: str, indicator: str) -> None:
    """Constat/origin and indicator are free texts, bounded."""
    check_length(errors, "origin_note", origin_note, "Le constat / l'origine", NOTE_MAX)
    check_length(errors, "indicator", indicator, "L'indicateur", INDICATOR_MAX)


def check_comment(errors: dict[str, str], field: str, text: str) -> None:
    """Comments, reasons and outcomes are bounded."""
    if len(text) > COMMENT_MAX:
        errors[field] = Message(
            "Le texte est trop long (maximum {comment_max} caractères).", comment_max=COMMENT_MAX
        )
