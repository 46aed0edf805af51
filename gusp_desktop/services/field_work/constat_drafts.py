"""A constat as typed, checked before it is written: cleaned text, known places, and the
source (DEM, marche) its walk gives it. Kept apart from the service so the checks read as one
list and the service keeps to what it writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from gusp_desktop.db.models import Halte, Organisation, Quartier, Seance, Site
from gusp_desktop.domain.enums import ConstatSource, InstanceType
from gusp_desktop.domain.errors import Message, ValidationError, listing
from gusp_desktop.domain.field_work import PLACE_MAX, TEXT_MAX, ConstatDraft
from gusp_desktop.domain.text import check_length, check_required, clean
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.field_work.common import check_coordinates

_SOURCES = {
    InstanceType.DEM: ConstatSource.DEM,
    InstanceType.MARCHE_EXPLORATOIRE: ConstatSource.MARCHE,
}


def walk_source(
    session: Session, seance_id: int | None, current: ConstatSource | None = None
) -> ConstatSource:
    """DEM or marche from the walk's instance; a constat off any walk keeps its source."""
    if seance_id is not None:
        seance = session.get(Seance, seance_id)
        if seance is not None:
            return _SOURCES.get(seance.instance.type, ConstatSource.SEANCE)
    return current or ConstatSource.SEANCE


def draft_columns(draft: ConstatDraft) -> dict[str, Any]:
    """The draft's fields as the row's columns (same names)."""
    return {f.name: getattr(draft, f.name) for f in dataclasses.fields(ConstatDraft)}


def validated_draft(session: Session, draft: ConstatDraft, today: dt.date) -> ConstatDraft:
    """Cleaned draft, or a ValidationError naming every refused field."""
    draft = dataclasses.replace(
        draft,
        description=draft.description.strip(),
        place=clean(draft.place),
        preconisation=draft.preconisation.strip(),
        resident_words=draft.resident_words.strip(),
    )
    errors: dict[str, str] = {}
    check_required(errors, "description", draft.description, "Le texte du constat")
    for name, label in (
        ("description", "Le texte du constat"),
        ("preconisation", "La préconisation"),
        ("resident_words", "La parole des habitants"),
    ):
        check_length(errors, name, getattr(draft, name), label, TEXT_MAX)
    check_length(errors, "place", draft.place, "Le lieu", PLACE_MAX)
    check_coordinates(errors, draft.latitude, draft.longitude)
    if session.get(Quartier, draft.quartier_id) is None:
        errors["quartier_id"] = "Quartier inconnu."
    if draft.site_id is not None:
        site = session.get(Site, draft.site_id)
        if site is None:
            errors["site_id"] = "Site inconnu."
        elif site.quartier_id != draft.quartier_id:
            errors["site_id"] = Message(
                "Le site « {name} » n'est pas dans ce quartier.", name=site.name
            )
    if (
        draft.gestionnaire_id is not None
        and session.get(Organisation, draft.gestionnaire_id) is None
    ):
        errors["gestionnaire_id"] = "Gestionnaire inconnu."
    seance_id = draft.seance_id
    if draft.halte_id is not None:
        halte = session.get(Halte, draft.halte_id)
        if halte is None:
            errors["halte_id"] = "Halte inconnue."
        elif seance_id is not None and halte.seance_id != seance_id:
            errors["halte_id"] = Message(
                "La halte « {name} » n'est pas sur ce parcours.", name=halte.name
            )
        else:
            seance_id = halte.seance_id
    seance = session.get(Seance, seance_id) if seance_id is not None else None
    if seance_id is not None and seance is None:
        errors["seance_id"] = "Séance inconnue."
    if errors:
        raise ValidationError(errors)
    observed = draft.observed_on or (
        seance.starts_at.astimezone(PARIS).date() if seance is not None else today
    )
    return dataclasses.replace(draft, seance_id=seance_id, observed_on=observed)


def numbered_error(error: ValidationError, number: int) -> ValidationError:
    """The error of the ``number``-th proposed constat, saying which one it is."""
    text = listing(list(error.errors.values()), "{first} {rest}")
    return ValidationError(
        {"_": Message("Constat proposé n° {number} : {text}", number=number, text=text)}
    )
