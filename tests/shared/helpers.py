"""Seed data and small helpers shared by the shared-database tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select

from gusp_desktop.db.engine import make_session_factory
from gusp_desktop.db.models import ActionUpdate, AuditEvent, Organisation, Quartier
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.actions import ActionDraft, ActionEdit
from gusp_desktop.domain.enums import OrganisationType, Theme, UserRole
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext


@dataclass(frozen=True)
class Seed:
    """Ids of the seeded rows."""

    quartier: int
    pilot: int
    partner: int
    actions: tuple[int, ...]


def seed_actions(ctx: ServiceContext, count: int) -> Seed:
    """A quartier, two organisations and ``count`` actions created through the service."""
    with ctx.session_factory.begin() as session:
        quartier = Quartier(code="HM", name="Les Hauts-de-Marve")
        pilot = Organisation(code="MH", name="Marve Habitat", type=OrganisationType.BAILLEUR)
        partner = Organisation(code="VM", name="Ville de Marvelin", type=OrganisationType.COMMUNE)
        session.add_all([quartier, pilot, partner])
        session.flush()
        ids = (quartier.id, pilot.id, partner.id)
    service = ActionService(ctx)
    actions = tuple(
        service.create(
            ActionDraft(
                title=f"Action partagée n° {i + 1}",
                quartier_id=ids[0],
                theme=Theme.PROPRETE,
                pilot_organisation_id=ids[1],
                partner_ids=(ids[2],),
                description="Première ligne.\nDeuxième ligne.",
                initial_deadline=dt.date(2025, 9, 30),
            )
        ).value.id
        for i in range(count)
    )
    return Seed(ids[0], ids[1], ids[2], actions)


def live_context(engine: Engine, username: str) -> ServiceContext:
    """A coordinator's context with the real clock (as a running client has)."""
    return ServiceContext(
        session_factory=make_session_factory(engine),
        user=CurrentUser(username, username.title(), UserRole.COORDINATEUR),
    )


def edit_of(service: ActionService, action_id: int, **changes: Any) -> ActionEdit:
    """The action's current editable fields, with ``changes`` applied."""
    detail = service.get(action_id)
    row = detail.row
    values: dict[str, Any] = {
        "title": row.title,
        "theme": row.theme,
        "pilot_organisation_id": row.pilot_organisation_id,
        "pilot_contact_id": row.pilot_contact_id,
        "site_id": row.site_id,
        "description": row.description,
        "partner_ids": detail.partner_ids,
        "initial_deadline": row.initial_deadline,
        "revised_deadline": row.revised_deadline,
        "deadline_note": row.deadline_note,
        "priority": row.priority,
        "atfpb_axis": row.atfpb_axis,
        "cost": row.cost,
    }
    values.update(changes)
    return ActionEdit(**values)


def history_comments(engine: Engine, action_id: int) -> list[str]:
    """Comments of an action's history, in order."""
    with engine.connect() as conn:
        query = (
            select(ActionUpdate.comment)
            .where(ActionUpdate.action_id == action_id)
            .order_by(ActionUpdate.sequence)
        )
        return list(conn.scalars(query))


def audit_count(engine: Engine) -> int:
    """Number of audit events the application wrote (on PostgreSQL the triggers also record,
    as ``sql_…`` events, rows the tests seed without going through the services)."""
    with engine.connect() as conn:
        query = select(func.count()).where(AuditEvent.operation.not_like("sql%"))
        return int(conn.scalar(query.select_from(AuditEvent)) or 0)
