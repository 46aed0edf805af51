"""Changing existing actions: full edits, follow-up points, bulk changes on a selection.

Each function works inside the caller's unit of work, so a refused input anywhere leaves
nothing written; every tracked field that changes gets its own history entry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Action, Organisation, Seance, Site
from gusp_desktop.domain import rules
from gusp_desktop.domain.actions import ActionEdit, BulkChange, StatusChange
from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.domain.errors import Message
from gusp_desktop.domain.rules import CLOSED_ACTION_STATUSES
from gusp_desktop.domain.text import clean, search_key
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.actions import checks
from gusp_desktop.services.actions.history import append_entry, record_changes, tracked_values
from gusp_desktop.services.base import UnitOfWork

NOTHING_TO_RECORD = "Rien à enregistrer : indiquez un nouvel état, un commentaire ou une échéance."
OUTCOME_REQUIRED = (
    "Indiquez le résultat de l'action (ce qui a été fait, ou pourquoi elle est abandonnée) "
    "pour la clore."
)


def created_on(action: Action) -> dt.date:
    """The day the action was created, in France: no deadline may precede it."""
    return action.created_at.astimezone(PARIS).date()


def organisations(session: Session, ids: Sequence[int]) -> list[Organisation]:
    """Organisation rows for ``ids`` (already checked to exist)."""
    if not ids:
        return []
    return list(session.scalars(select(Organisation).where(Organisation.id.in_(ids))))


def search_text(session: Session, action: Action) -> str:
    """The folded text the plan's quick filter matches with LIKE."""
    pilot = session.get(Organisation, action.pilot_organisation_id)
    site = session.get(Site, action.site_id) if action.site_id else None
    return action_search_text(action, site, pilot)


def action_search_text(action: Action, site: Site | None, pilot: Organisation | None) -> str:
    """The quick-filter text from already loaded rows: every writer (edits, demo) uses it."""
    parts = [action.number, action.title, action.description, site.name if site else ""]
    parts += [pilot.code, pilot.name] if pilot else []
    return search_key(" ".join(parts))


# -- full edit ---------------------------------------------------------------------------------


def validated_edit(uow: UnitOfWork, action: Action, edit: ActionEdit) -> ActionEdit:
    """Cleaned ``edit``, or a ValidationError naming every refused field."""
    edit = dataclasses.replace(
        edit,
        title=clean(edit.title),
        description=edit.description.strip(),
        origin_note=edit.origin_note.strip(),
        indicator=edit.indicator.strip(),
        partner_ids=tuple(dict.fromkeys(edit.partner_ids)),
        quartier_id=edit.quartier_id or action.quartier_id,
    )
    errors: dict[str, str] = {}
    session = uow.session
    checks.check_text_fields(errors, edit.title, edit.description)
    checks.check_notes(errors, edit.origin_note, edit.indicator)
    checks.check_place(session, errors, edit.quartier_id or action.quartier_id, edit.site_id)
    checks.check_pilot(session, errors, edit.pilot_organisation_id, edit.pilot_contact_id)
    checks.check_partners(session, errors, edit.partner_ids)
    created = created_on(action)
    if edit.initial_deadline != action.initial_deadline:
        checks.check_deadline(errors, "initial_deadline", edit.initial_deadline, created)
    if edit.revised_deadline != action.revised_deadline:
        checks.check_deadline(errors, "revised_deadline", edit.revised_deadline, created)
    checks.check_numbers(errors, None, edit.cost)
    checks.raise_if(errors)
    return edit


def apply_edit(uow: UnitOfWork, action: Action, edit: ActionEdit) -> None:
    """Copy every field of ``edit`` onto the row (without flushing half-way)."""
    with uow.session.no_autoflush:
        for item in dataclasses.fields(ActionEdit):
            if item.name != "partner_ids":
                setattr(action, item.name, getattr(edit, item.name))
        action.partners = organisations(uow.session, edit.partner_ids)
        action.search_text = search_text(uow.session, action)
        uow.stamp(action)


def _implied(before: dict[str, Any], action: Action) -> frozenset[str]:
    """Progress set to 100 % by « réalisée » is part of the status change, not an entry."""
    finished = action.status == ActionStatus.REALISEE != before.get("status")
    return frozenset({"progress"}) if finished else frozenset()


# -- follow-up points --------------------------------------------------------------------------


def _closing(action: Action, status: ActionStatus | None) -> bool:
    return (
        status is not None
        and status in CLOSED_ACTION_STATUSES
        and action.status not in CLOSED_ACTION_STATUSES
    )


def check_follow_up(uow: UnitOfWork, action: Action, change: StatusChange) -> None:
    """Refuse an impossible transition, a bad number or date, a closing without outcome."""
    errors: dict[str, str] = {}
    if change.status is not None and not rules.can_change_action_status(
        action.status, change.status
    ):
        errors["status"] = rules.action_status_error(action.status, change.status)
    if change.revised_deadline is not None:
        checks.check_deadline(
            errors, "revised_deadline", change.revised_deadline, created_on(action)
        )
    checks.check_numbers(errors, change.progress, None)
    checks.check_comment(errors, "comment", change.comment)
    checks.check_comment(errors, "deadline_reason", change.deadline_reason)
    checks.check_comment(errors, "outcome", change.outcome)
    if change.seance_id is not None and uow.session.get(Seance, change.seance_id) is None:
        errors["seance_id"] = "Séance inconnue."
    if _closing(action, change.status) and not (change.outcome or change.comment).strip():
        errors["outcome"] = OUTCOME_REQUIRED
    if (
        change.status in (None, action.status)
        and not change.comment.strip()
        and change.revised_deadline in (None, action.revised_deadline)
        and change.progress in (None, action.progress)
    ):
        errors.setdefault("_", NOTHING_TO_RECORD)
    checks.raise_if(errors)


def apply_follow_up(uow: UnitOfWork, action: Action, change: StatusChange) -> None:
    """Change status, deadline and progress, then write the history entries."""
    before = tracked_values(action)
    outcome = (change.outcome or change.comment).strip()
    if change.status is not None and change.status != action.status:
        if _closing(action, change.status):
            action.outcome = outcome
        elif action.status in CLOSED_ACTION_STATUSES:
            action.outcome = ""  # reopened: the old outcome stays in the history
        action.status = change.status
        if change.status == ActionStatus.REALISEE:
            action.progress = 100
    if change.revised_deadline is not None:
        action.revised_deadline = change.revised_deadline
    if change.progress is not None and action.status != ActionStatus.REALISEE:
        action.progress = change.progress
    uow.stamp(action)
    uow.session.flush()
    changed = record_changes(
        uow,
        action,
        before,
        comment=change.comment,
        seance_id=change.seance_id,
        reasons={"status": change.outcome, "revised_deadline": change.deadline_reason},
        implied=_implied(before, action),
    )
    if not changed:
        append_entry(uow, action, comment=change.comment, seance_id=change.seance_id)


# -- bulk changes ------------------------------------------------------------------------------


def check_bulk_change(uow: UnitOfWork, change: BulkChange) -> None:
    """What does not depend on each action: something to do, known pilot and séance."""
    errors: dict[str, str] = {}
    if (
        change.status is None
        and change.pilot_organisation_id is None
        and not change.deadline_shift_days
        and change.theme is None
    ):
        errors["_"] = "Rien à modifier : choisissez un état, un pilote, un décalage ou un thème."
    if change.pilot_organisation_id is not None:
        checks.check_pilot(
            uow.session, errors, change.pilot_organisation_id, change.pilot_contact_id
        )
    elif change.pilot_contact_id is not None:
        errors["pilot_contact_id"] = "Choisissez l'organisation pilote avec son contact."
    if change.seance_id is not None and uow.session.get(Seance, change.seance_id) is None:
        errors["seance_id"] = "Séance inconnue."
    checks.check_comment(errors, "comment", change.comment)
    checks.raise_if(errors)


def bulk_problem(action: Action, change: BulkChange) -> str | None:
    """Why ``change`` cannot apply to this action, in French, or None."""
    if change.status is not None and not rules.can_change_action_status(
        action.status, change.status
    ):
        return rules.action_status_error(action.status, change.status)
    if _closing(action, change.status) and not (change.outcome or change.comment).strip():
        return Message(OUTCOME_REQUIRED)
    if change.deadline_shift_days:
        deadline = rules.effective_deadline(action.initial_deadline, action.revised_deadline)
        if deadline is None:
            return Message("pas d'échéance à décaler.")
        moved = deadline + dt.timedelta(days=change.deadline_shift_days)
        if moved < created_on(action):
            return Message(
                "l'échéance décalée ({moved}) précéderait la création de l'action ({created}).",
                moved=f"{moved:%d/%m/%Y}",
                created=f"{created_on(action):%d/%m/%Y}",
            )
    return None


def apply_bulk(uow: UnitOfWork, action: Action, change: BulkChange) -> None:
    """Apply an already checked bulk change to one action, with its history entries."""
    before = tracked_values(action)
    values: dict[str, Any] = {}
    if change.theme is not None:
        values["theme"] = change.theme
    if change.pilot_organisation_id is not None:
        values["pilot_organisation_id"] = change.pilot_organisation_id
        values["pilot_contact_id"] = change.pilot_contact_id
    if change.deadline_shift_days:
        deadline = rules.effective_deadline(action.initial_deadline, action.revised_deadline)
        assert deadline is not None  # bulk_problem refused actions without one
        values["revised_deadline"] = deadline + dt.timedelta(days=change.deadline_shift_days)
    with uow.session.no_autoflush:
        for key, value in values.items():
            setattr(action, key, value)
        if change.status is not None and change.status != action.status:
            if _closing(action, change.status):
                action.outcome = (change.outcome or change.comment).strip()
            elif action.status in CLOSED_ACTION_STATUSES:
                action.outcome = ""
            action.status = change.status
            if change.status == ActionStatus.REALISEE:
                action.progress = 100
        action.search_text = search_text(uow.session, action)
        uow.stamp(action)
    uow.session.flush()
    changed = record_changes(
        uow,
        action,
        before,
        comment=change.comment,
        seance_id=change.seance_id,
        reasons={"status": change.outcome, "revised_deadline": change.deadline_reason},
        implied=_implied(before, action),
    )
    if not changed and change.comment.strip():
        append_entry(uow, action, comment=change.comment, seance_id=change.seance_id)
