"""Signalements as a list, over the Core tables: the lines, their filters, the dashboard's
figures per organisation.

Only ``db.tables`` here, no mapped class: the window's first page (``services.lists``) reads
its signalement figures through a connection before the model is imported.
:class:`~gusp_desktop.services.signalements.service.SignalementService` lists through the same
functions. Lists select plain columns (no personal data: the reporter lives in another table)
and build :class:`SignalementRow` values directly, with « en retard » computed for the given
today.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select

from gusp_desktop.db.tables import (
    action,
    organisation,
    quartier,
    signalement,
    signalement_category,
    site,
)
from gusp_desktop.domain.errors import Message, NotFoundError
from gusp_desktop.domain.signalement_rules import DelayStats, is_overdue, stats_by_organisation
from gusp_desktop.domain.signalements import OPEN_STATUSES, SignalementQuery, SignalementRow
from gusp_desktop.services.listing import AnySelect, each, read_list

if TYPE_CHECKING:  # a session, or a connection where no mapped class is read
    from gusp_desktop.services.base import Reader

S, C = signalement, signalement_category


@functools.cache
def row_select() -> AnySelect:
    """Every column a list line shows, joined to the names it displays (built once: a
    statement is immutable, and building it costs more than reading one row)."""
    return (
        select(
            S.c.id,
            S.c.version,
            S.c.received_at,
            S.c.channel,
            S.c.category_id,
            C.c.code.label("category_code"),
            C.c.label.label("category_label"),
            C.c.theme,
            S.c.quartier_id,
            quartier.c.code.label("quartier_code"),
            S.c.site_id,
            site.c.name.label("site_name"),
            S.c.address,
            S.c.latitude,
            S.c.longitude,
            S.c.description,
            S.c.organisation_id,
            organisation.c.code.label("organisation_code"),
            S.c.status,
            S.c.status_reason,
            S.c.due_date,
            S.c.closed_at,
            S.c.action_id,
            action.c.number.label("action_number"),
            S.c.source,
            S.c.external_id,
        )
        .join(C, C.c.id == S.c.category_id)
        .join(quartier, quartier.c.id == S.c.quartier_id)
        .outerjoin(site, site.c.id == S.c.site_id)
        .outerjoin(organisation, organisation.c.id == S.c.organisation_id)
        .outerjoin(action, action.c.id == S.c.action_id)
    )


def to_row(r: Any, today: dt.date) -> SignalementRow:
    """One selected line as a value; « overdue » for ``today``."""
    return SignalementRow(
        id=r.id,
        version=r.version,
        received_at=r.received_at,
        channel=r.channel,
        category_id=r.category_id,
        category_code=r.category_code,
        category_label=r.category_label,
        theme=r.theme,
        quartier_id=r.quartier_id,
        quartier_code=r.quartier_code,
        site_id=r.site_id,
        site_name=r.site_name or "",
        address=r.address,
        latitude=r.latitude,
        longitude=r.longitude,
        description=r.description,
        organisation_id=r.organisation_id,
        organisation_code=r.organisation_code or "",
        status=r.status,
        status_reason=r.status_reason,
        due_date=r.due_date,
        closed_at=r.closed_at,
        overdue=is_overdue(r.status, r.due_date, today),
        action_id=r.action_id if r.action_number else None,
        action_number=r.action_number or "",
        source=r.source,
        external_id=r.external_id or "",
    )


def apply_query(stmt: AnySelect, query: SignalementQuery, today: dt.date) -> AnySelect:
    """The list's filters as SQL (overdue: open and due before today, as the rule says)."""
    if query.status is not None:
        stmt = stmt.where(S.c.status == query.status)
    if query.open_only or query.overdue_only:
        stmt = stmt.where(S.c.status.in_(sorted(OPEN_STATUSES)))
    if query.overdue_only:
        stmt = stmt.where(S.c.due_date < today)
    if query.organisation_id is not None:
        stmt = stmt.where(S.c.organisation_id == query.organisation_id)
    if query.quartier_id is not None:
        stmt = stmt.where(S.c.quartier_id == query.quartier_id)
    text = query.text.strip()
    if text:
        pattern = f"%{text}%"
        stmt = stmt.where(
            or_(
                S.c.description.ilike(pattern),
                S.c.address.ilike(pattern),
                C.c.label.ilike(pattern),
                site.c.name.ilike(pattern),
            )
        )
    return stmt


def list_rows(session: Reader, query: SignalementQuery, today: dt.date) -> list[SignalementRow]:
    """The signalements matching ``query``, most recent first."""
    stmt = apply_query(row_select(), query, today)
    order = (S.c.received_at.desc(), S.c.id.desc())
    return read_list(session, stmt, each(lambda r: to_row(r, today)), order=order)


def one_row(session: Reader, signalement_id: int, today: dt.date) -> SignalementRow:
    """One signalement's line."""
    found = session.execute(row_select().where(S.c.id == signalement_id)).first()
    if found is None:
        raise NotFoundError(
            Message("{what} n° {id} introuvable.", what="Signalement", id=signalement_id)
        )
    return to_row(found, today)


def summary_by_organisation(rows: Sequence[SignalementRow]) -> list[tuple[int | None, DelayStats]]:
    """(organisation id, received, open, overdue and délais) per organisation of ``rows``, the
    signalements not yet routed under None: the dashboard's figures."""
    ids = {r.organisation_code: r.organisation_id for r in rows}
    return [(ids.get(s.organisation_code), s) for s in stats_by_organisation(rows)]
