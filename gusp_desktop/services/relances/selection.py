"""Who receives a relance and about which actions: open, visible to partners, grouped by pilot.

Restricted content never leaves in a relance, whoever prepares it (a coordinator sees the
cellule de veille): an action is left out when it is marked restricted or was born in a séance
of a restricted instance (directly or through its constat), the rule the server's row-level
security applies (``gusp_closed_actions``); a follow-up point written in a restricted séance is
never quoted as the « dernier point ».
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    ActionUpdate,
    Constat,
    Contact,
    Instance,
    Organisation,
    Seance,
)
from gusp_desktop.domain.actions import ActionRow
from gusp_desktop.domain.redaction import redact
from gusp_desktop.domain.relances import RelanceAction, RelanceRecipient
from gusp_desktop.domain.timezone import PARIS

_CHUNK = 900  # ids per IN (...) list, under SQLite's parameter limit


def restricted_seances() -> Select[int]:
    """Séances of restricted instances (a sub-select)."""
    return (
        select(Seance.id)
        .join(Instance, Instance.id == Seance.instance_id)
        .where(Instance.restricted.is_(True))
    )


def restricted_action_ids(session: Session, action_ids: Sequence[int]) -> set[int]:
    """Among ``action_ids``, those partners must never see."""
    closed: set[int] = set()
    hidden = restricted_seances()
    for start in range(0, len(action_ids), _CHUNK):
        chunk = list(action_ids[start : start + _CHUNK])
        query = (
            select(Action.id)
            .outerjoin(Constat, Constat.id == Action.origin_constat_id)
            .where(
                Action.id.in_(chunk),
                or_(
                    Action.restricted.is_(True),
                    Action.origin_seance_id.in_(hidden),
                    Constat.seance_id.in_(hidden),
                ),
            )
        )
        closed.update(session.scalars(query))
    return closed


def last_points(session: Session, action_ids: Sequence[int]) -> dict[int, tuple[dt.date, str]]:
    """Each action's latest follow-up comment that was not written in a restricted séance,
    marked personal data « [occulté] » (a relance goes to a partner)."""
    points: dict[int, tuple[dt.date, str]] = {}
    hidden = restricted_seances()
    visible = and_(
        ActionUpdate.comment != "",
        or_(ActionUpdate.seance_id.is_(None), ActionUpdate.seance_id.not_in(hidden)),
    )
    for start in range(0, len(action_ids), _CHUNK):
        chunk = list(action_ids[start : start + _CHUNK])
        latest = (
            select(ActionUpdate.action_id, func.max(ActionUpdate.sequence).label("sequence"))
            .where(ActionUpdate.action_id.in_(chunk), visible)
            .group_by(ActionUpdate.action_id)
            .subquery()
        )
        query = select(ActionUpdate.action_id, ActionUpdate.at, ActionUpdate.comment).join(
            latest,
            and_(
                ActionUpdate.action_id == latest.c.action_id,
                ActionUpdate.sequence == latest.c.sequence,
            ),
        )
        for action_id, at, comment in session.execute(query):
            points[action_id] = (at.astimezone(PARIS).date(), redact(comment, reveal=False))
    return points


def relance_action(row: ActionRow, point: tuple[dt.date, str] | None) -> RelanceAction:
    """One action as the pilot reads it."""
    return RelanceAction(
        id=row.id,
        number=row.number,
        title=row.title,
        quartier_code=row.quartier_code,
        site_name=row.site_name,
        status_label=row.status.label,
        progress=row.progress,
        deadline=row.deadline,
        deadline_note=row.deadline_note,
        overdue=row.overdue,
        last_point_date=point[0] if point else None,
        last_point=point[1] if point else "",
    )


def sort_key(action: RelanceAction) -> tuple[bool, dt.date, str]:
    """Overdue first, then by deadline (undated last), then by number."""
    return (not action.overdue, action.deadline or dt.date.max, action.number)


def group_by_contact(
    session: Session, rows: Iterable[ActionRow], points: dict[int, tuple[dt.date, str]]
) -> tuple[RelanceRecipient, ...]:
    """One recipient per pilot contact; actions without a pilot contact go to the
    organisation's first active contact with an e-mail address."""
    groups: dict[tuple[int, int | None], list[RelanceAction]] = {}
    fallback: dict[int, int | None] = {}
    for row in rows:
        contact_id = row.pilot_contact_id
        if contact_id is None:
            org = row.pilot_organisation_id
            if org not in fallback:
                fallback[org] = _first_contact(session, org)
            contact_id = fallback[org]
        key = (row.pilot_organisation_id, contact_id)
        groups.setdefault(key, []).append(relance_action(row, points.get(row.id)))
    recipients = [
        _recipient(session, org_id, contact_id, actions)
        for (org_id, contact_id), actions in groups.items()
    ]
    return tuple(sorted(recipients, key=lambda r: (r.organisation_code, r.contact_name)))


def _first_contact(session: Session, organisation_id: int) -> int | None:
    return session.scalar(
        select(Contact.id)
        .where(
            Contact.organisation_id == organisation_id,
            Contact.active.is_(True),
            Contact.email != "",
        )
        .order_by(Contact.id)
        .limit(1)
    )


def _recipient(
    session: Session, organisation_id: int, contact_id: int | None, actions: list[RelanceAction]
) -> RelanceRecipient:
    organisation = session.get(Organisation, organisation_id)
    assert organisation is not None
    contact = session.get(Contact, contact_id) if contact_id is not None else None
    usable = contact is not None and contact.active
    return RelanceRecipient(
        organisation_id=organisation.id,
        organisation_code=organisation.code,
        organisation_name=organisation.name,
        contact_id=contact.id if contact is not None else None,
        contact_name=contact.full_name if contact is not None else "",
        email=contact.email.strip() if usable and contact is not None else "",
        actions=tuple(sorted(actions, key=sort_key)),
    )
