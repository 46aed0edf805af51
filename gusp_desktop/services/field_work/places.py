"""Halte, site and quartier as people type them, turned into ids (for the command line)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Quartier, Site
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.text import search_key
from gusp_desktop.services.base import get_or_404
from gusp_desktop.services.field_work.common import walk_seance
from gusp_desktop.services.field_work.parcours import find_halte


@dataclass(frozen=True)
class PlaceIds:
    """Where a constat was made."""

    quartier_id: int
    halte_id: int | None
    site_id: int | None


def resolve_place(
    session: Session,
    seance_id: int | None,
    halte: str | None,
    site: str | None,
    quartier: str | None,
) -> PlaceIds:
    """Ids for the names given; a French error naming what was not found."""
    halte_row = None
    quartiers: list[Quartier] = []
    if seance_id is not None:
        seance = walk_seance(session, seance_id)
        quartiers = list(seance.instance.quartiers)
        if halte:
            halte_row = find_halte(session, seance_id, halte)
    elif halte:
        raise ValidationError({"halte": "Une halte se choisit sur le parcours d'une séance."})
    if quartier:
        found = session.scalar(select(Quartier).where(Quartier.code == quartier.strip().upper()))
        if found is None:
            raise ValidationError(
                {"quartier_id": Message("Quartier inconnu : « {quartier} ».", quartier=quartier)}
            )
        quartiers = [found]
    site_row = _site(session, quartiers, site) if site else None
    if site_row is None and halte_row is not None and halte_row.site_id is not None:
        site_row = get_or_404(session, Site, halte_row.site_id, "Site")
    if site_row is not None:
        quartier_id = site_row.quartier_id
    elif len(quartiers) == 1:
        quartier_id = quartiers[0].id
    else:
        raise ValidationError(
            {"quartier_id": "Précisez le quartier (--quartier) ou le site du constat."}
        )
    return PlaceIds(
        quartier_id, halte_row.id if halte_row else None, site_row.id if site_row else None
    )


def _site(session: Session, quartiers: list[Quartier], name: str) -> Site:
    wanted = search_key(name)
    query = select(Site)
    if quartiers:
        query = query.where(Site.quartier_id.in_([q.id for q in quartiers]))
    matches = [s for s in session.scalars(query) if search_key(s.name) == wanted]
    if len(matches) != 1:
        where = " dans le quartier de la séance" if quartiers else ""
        problem = "introuvable" if not matches else "ambigu (plusieurs quartiers)"
        raise ValidationError(
            {
                "site_id": Message(
                    "Site « {name} » {problem}{where}.", name=name, problem=problem, where=where
                )
            }
        )
    return matches[0]
