"""Checks and lookups the field-work services share."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gusp_desktop.db.models import Instance, Seance
from gusp_desktop.domain.enums import InstanceType, UserRole
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.field_work import coordinate_problem
from gusp_desktop.services.base import get_or_404

WRITERS = (UserRole.SECRETAIRE,)
WALK_TYPES = frozenset({InstanceType.DEM, InstanceType.MARCHE_EXPLORATOIRE})


def walk_seance(session: Session, seance_id: int) -> Seance:
    """The séance of a DEM or a marche exploratoire, or a French error.

    Other meetings have no route: a halte on a COTECH would mean nothing.
    """
    seance = get_or_404(session, Seance, seance_id, "Séance")
    if seance.instance.type not in WALK_TYPES:
        raise ValidationError(
            {
                "seance_id": Message(
                    (
                        "La séance n° {seance_id} ({code}) n'est ni un diagnostic en marchant ni "
                        "une marche exploratoire : elle n'a pas de parcours."
                    ),
                    seance_id=seance_id,
                    code=seance.instance.code,
                )
            }
        )
    return seance


def is_restricted(session: Session, seance_id: int | None) -> bool:
    """Whether rows born in this séance follow a restricted instance's rules."""
    if seance_id is None:
        return False
    seance = session.get(Seance, seance_id)
    instance = session.get(Instance, seance.instance_id) if seance else None
    return bool(instance and instance.restricted)


def check_coordinates(
    errors: dict[str, str], latitude: float | None, longitude: float | None
) -> None:
    """Record a French error for coordinates out of range or given alone."""
    problem = coordinate_problem(latitude, longitude)
    if problem:
        errors["latitude"] = problem
