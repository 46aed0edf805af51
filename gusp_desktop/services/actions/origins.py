"""The constats an action came from, for its detail."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Constat, ConstatPhoto, Halte, constat_action
from gusp_desktop.domain.actions import OriginConstat


def origin_constats(session: Session, action_id: int) -> list[OriginConstat]:
    """Each constat linked to the action, with its first photo (shown in the detail)."""
    first_photo = (
        select(func.min(ConstatPhoto.id))
        .where(ConstatPhoto.constat_id == Constat.id)
        .correlate(Constat)
        .scalar_subquery()
    )
    query = (
        select(Constat, Halte.name, first_photo)
        .join(constat_action, constat_action.c.constat_id == Constat.id)
        .outerjoin(Halte, Halte.id == Constat.halte_id)
        .where(constat_action.c.action_id == action_id)
        .order_by(Constat.observed_on, Constat.id)
    )
    found = []
    for constat, halte_name, photo_id in session.execute(query):
        where = f", {halte_name}" if halte_name else (f", {constat.place}" if constat.place else "")
        label = (
            f"Constat n° {constat.id} ({constat.source.label}) "
            f"du {constat.observed_on:%d/%m/%Y}{where}"
        )
        found.append(OriginConstat(constat.id, label, constat.description, photo_id))
    return found
