"""The plan d'actions as a list: filtered, sorted and paged in SQL over the Core tables.

Only ``db.tables`` here, no mapped class: ``actions list`` reads the plan without importing
and mapping the model (a third of such a command's run). :class:`ActionService` lists and
counts through these same functions, so the window, the exports and the command line apply
one filter, one order and one confidentiality rule.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from gusp_desktop.db.tables import action_partner, organisation
from gusp_desktop.domain import rules
from gusp_desktop.domain.actions import ActionQuery, ActionRow
from gusp_desktop.services.actions.query import (
    apply_filters,
    apply_order,
    base_select,
    count_select,
)
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.confidentiality import NOTHING, Readable, readable
from gusp_desktop.services.listing import read_list

if TYPE_CHECKING:  # a session, or the connection of a read of columns
    from gusp_desktop.services.base import Reader

ALL_ACTIONS = ActionQuery()


def list_actions(context: ServiceContext, spec: ActionQuery = ALL_ACTIONS) -> list[ActionRow]:
    """Actions matching ``spec`` that the user may read, sorted and paged in SQL.

    With ``spec.include_restricted`` False (a document for a wider audience) no restricted
    action is listed, whoever reads.
    """
    today = context.today()
    with context.read_columns() as session:
        scope = list_scope(session, context, spec)
        query = apply_order(apply_filters(base_select(spec), spec, today, scope), spec)
        return read_list(session, query, lambda found: _rows(session, found, today))


def count_actions(context: ServiceContext, spec: ActionQuery = ALL_ACTIONS) -> int:
    """How many actions match ``spec`` (ignoring paging)."""
    with context.read_columns() as session:
        scope = list_scope(session, context, spec)
        query = apply_filters(count_select(spec), spec, context.today(), scope)
        return int(session.scalar(query) or 0)


def list_scope(session: Reader, context: ServiceContext, spec: ActionQuery) -> Readable:
    """What a list may show: what the user may read, or nothing restricted."""
    return readable(session, context.user) if spec.include_restricted else NOTHING


def _rows(session: Reader, found: list[Any], today: dt.date) -> list[ActionRow]:
    """The page's rows with their partners, each built once (a page per keystroke)."""
    partners = partner_codes(session, [r.id for r in found])
    return [action_row(r, today, partners.get(r.id, ())) for r in found]


def action_row(r: Any, today: dt.date, partner_codes: tuple[str, ...] = ()) -> ActionRow:
    """The list's row of one action read by :func:`~.query.base_select`."""
    return ActionRow(
        id=r.id,
        version=r.version,
        number=r.number,
        title=r.title,
        description=r.description,
        theme=r.theme,
        quartier_id=r.quartier_id,
        quartier_code=r.quartier_code,
        site_id=r.site_id,
        site_name=r.site_name or "",
        pilot_organisation_id=r.pilot_organisation_id,
        pilot_organisation_code=r.pilot_code,
        pilot_organisation_name=r.pilot_name,
        pilot_contact_id=r.pilot_contact_id,
        pilot_contact_name=r.contact_name or "",
        initial_deadline=r.initial_deadline,
        revised_deadline=r.revised_deadline,
        deadline=rules.effective_deadline(r.initial_deadline, r.revised_deadline),
        deadline_note=r.deadline_note,
        priority=r.priority,
        status=r.status,
        progress=r.progress,
        atfpb_axis=r.atfpb_axis,
        cost=r.cost,
        origin_seance_id=r.origin_seance_id,
        origin_constat_id=r.origin_constat_id,
        overdue=rules.is_overdue(r.status, r.initial_deadline, r.revised_deadline, today),
        updated_at=r.updated_at,
        origin_note=r.origin_note,
        indicator=r.indicator,
        restricted=r.restricted,
        restricted_origin=bool(r.effectively_restricted) and not r.restricted,
        outcome=r.outcome,
        created_at=r.created_at,
        partner_codes=partner_codes,
    )


def partner_codes(session: Reader, action_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """The partners' codes of each action, in code order (in chunks under SQLite's limit)."""
    if not action_ids:
        return {}
    result: dict[int, list[str]] = {}
    for chunk_start in range(0, len(action_ids), 900):
        chunk = action_ids[chunk_start : chunk_start + 900]
        query = (
            select(action_partner.c.action_id, organisation.c.code)
            .join(organisation, organisation.c.id == action_partner.c.organisation_id)
            .where(action_partner.c.action_id.in_(chunk))
            .order_by(organisation.c.code)
        )
        for action_id, code in session.execute(query):
            result.setdefault(action_id, []).append(code)
    return {k: tuple(v) for k, v in result.items()}
