"""An action's history: one entry per follow-up point and per changed tracked field.

Values are written as users read them (« Marve Habitat (MH) », « 31/07/2025 », « 40 % »), so
the history stays true even if an organisation is later renamed or a contact removed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Action, ActionUpdate, Contact, Organisation, Quartier, Site
from gusp_desktop.domain import rules
from gusp_desktop.domain.actions import TRACKED_FIELDS
from gusp_desktop.domain.enums import LabelledEnum
from gusp_desktop.services.base import UnitOfWork

EMPTY = "—"


def tracked_values(action: Action) -> dict[str, Any]:
    """Current values of every tracked field (partners as a sorted tuple of ids)."""
    values = {name: getattr(action, name) for name in TRACKED_FIELDS if name != "partner_ids"}
    values["partner_ids"] = tuple(sorted(o.id for o in action.partners))
    return values


def display(session: Session, name: str, value: Any) -> str:
    """A tracked field's value as users read it."""
    if value is None or value == () or value == "":
        return EMPTY
    lookups = {
        "quartier_id": lambda: _named(session.get(Quartier, value)),
        "site_id": lambda: _named(session.get(Site, value)),
        "pilot_organisation_id": lambda: _organisation(session.get(Organisation, value)),
        "pilot_contact_id": lambda: _contact(session.get(Contact, value)),
        "partner_ids": lambda: ", ".join(_codes(session, value)),
    }
    if name in lookups:
        return str(lookups[name]())
    return _plain(name, value)


def _plain(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, Decimal):
        return f"{value:,.2f} €".replace(",", " ").replace(".", ",")
    if name == "progress":
        return f"{value} %"
    return str(value)


def _named(row: Quartier | Site | None) -> str:
    return row.name if row is not None else EMPTY


def _organisation(row: Organisation | None) -> str:
    return f"{row.name} ({row.code})" if row is not None else EMPTY


def _contact(row: Contact | None) -> str:
    return row.full_name if row is not None else EMPTY


def _codes(session: Session, ids: tuple[int, ...]) -> list[str]:
    query = select(Organisation.code).where(Organisation.id.in_(ids)).order_by(Organisation.code)
    return list(session.scalars(query))


def append_entry(
    uow: UnitOfWork,
    action: Action,
    *,
    comment: str = "",
    seance_id: int | None = None,
    field: str = "",
    old_value: str = "",
    new_value: str = "",
    reason: str = "",
) -> None:
    """Append one entry, with the action's status, progress and deadline as they now are."""
    last = uow.session.scalar(
        select(func.max(ActionUpdate.sequence)).where(ActionUpdate.action_id == action.id)
    )
    pending = sum(
        1 for row in uow.session.new if isinstance(row, ActionUpdate) and row.action_id == action.id
    )
    uow.session.add(
        ActionUpdate(
            action_id=action.id,
            sequence=(last or 0) + pending + 1,
            seance_id=seance_id,
            at=uow.now,
            status=action.status,
            progress=action.progress,
            deadline=rules.effective_deadline(action.initial_deadline, action.revised_deadline),
            comment=comment.strip(),
            author=uow.author,
            field=field,
            old_value=old_value,
            new_value=new_value,
            reason=reason.strip(),
        )
    )


def record_changes(
    uow: UnitOfWork,
    action: Action,
    before: Mapping[str, Any],
    *,
    comment: str = "",
    seance_id: int | None = None,
    reasons: Mapping[str, str] | None = None,
    implied: frozenset[str] = frozenset(),
) -> list[str]:
    """One entry per tracked field that changed since ``before``; returns their names.

    The comment goes with the last entry only, so it is not repeated and readers that take
    an action's latest entry (minutes, exports) still find it; ``reasons`` attaches
    a reason to a field (why the deadline moved, what came of a closed action). Fields in
    ``implied`` follow from another change (progress 100 % with « réalisée ») and get no entry
    of their own.
    """
    after = tracked_values(action)
    changed = [
        name
        for name in TRACKED_FIELDS
        if name not in implied and before.get(name) != after.get(name)
    ]
    with uow.session.no_autoflush:
        for index, name in enumerate(changed):
            append_entry(
                uow,
                action,
                comment=comment if index == len(changed) - 1 else "",
                seance_id=seance_id,
                field=name,
                old_value=display(uow.session, name, before.get(name)),
                new_value=display(uow.session, name, after.get(name)),
                reason=(reasons or {}).get(name, ""),
            )
    return changed
