"""Reading signalements into the domain's plain values, and the lookups every use case shares.

Lists select plain columns (no personal data: the reporter lives in another table) and build
:class:`SignalementRow` values directly, with « en retard » computed for the given today.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from gusp_desktop.db.models import (
    Action,
    Organisation,
    Quartier,
    Signalement,
    SignalementCategory,
    SignalementReporter,
    SignalementRoute,
    Site,
)
from gusp_desktop.domain.errors import Message, NotFoundError
from gusp_desktop.domain.signalement_rules import is_overdue
from gusp_desktop.domain.signalements import (
    OPEN_STATUSES,
    CategoryDTO,
    RouteDTO,
    SignalementQuery,
    SignalementRow,
)
from gusp_desktop.domain.text import search_key
from gusp_desktop.services.listing import AnySelect, each, read_list

S = Signalement
C = SignalementCategory


@functools.cache
def row_select() -> AnySelect:
    """Every column a list line shows, joined to the names it displays (built once: a
    statement is immutable, and building it costs more than reading one row)."""
    return (
        select(
            S.id,
            S.version,
            S.received_at,
            S.channel,
            S.category_id,
            C.code.label("category_code"),
            C.label.label("category_label"),
            C.theme,
            S.quartier_id,
            Quartier.code.label("quartier_code"),
            S.site_id,
            Site.name.label("site_name"),
            S.address,
            S.latitude,
            S.longitude,
            S.description,
            S.organisation_id,
            Organisation.code.label("organisation_code"),
            S.status,
            S.status_reason,
            S.due_date,
            S.closed_at,
            S.action_id,
            Action.number.label("action_number"),
            S.source,
            S.external_id,
        )
        .join(C, C.id == S.category_id)
        .join(Quartier, Quartier.id == S.quartier_id)
        .outerjoin(Site, Site.id == S.site_id)
        .outerjoin(Organisation, Organisation.id == S.organisation_id)
        .outerjoin(Action, Action.id == S.action_id)
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
        stmt = stmt.where(S.status == query.status)
    if query.open_only or query.overdue_only:
        stmt = stmt.where(S.status.in_(sorted(OPEN_STATUSES)))
    if query.overdue_only:
        stmt = stmt.where(S.due_date < today)
    if query.organisation_id is not None:
        stmt = stmt.where(S.organisation_id == query.organisation_id)
    if query.quartier_id is not None:
        stmt = stmt.where(S.quartier_id == query.quartier_id)
    text = query.text.strip()
    if text:
        pattern = f"%{text}%"
        stmt = stmt.where(
            or_(
                S.description.ilike(pattern),
                S.address.ilike(pattern),
                C.label.ilike(pattern),
                Site.name.ilike(pattern),
            )
        )
    return stmt


def list_rows(session: Session, query: SignalementQuery, today: dt.date) -> list[SignalementRow]:
    """The signalements matching ``query``, most recent first."""
    stmt = apply_query(row_select(), query, today)
    order = (S.received_at.desc(), S.id.desc())
    return read_list(session, stmt, each(lambda r: to_row(r, today)), order=order)


def one_row(session: Session, signalement_id: int, today: dt.date) -> SignalementRow:
    """One signalement's line."""
    found = session.execute(row_select().where(S.id == signalement_id)).first()
    if found is None:
        raise NotFoundError(
            Message("{what} n° {id} introuvable.", what="Signalement", id=signalement_id)
        )
    return to_row(found, today)


def category_dto(row: SignalementCategory) -> CategoryDTO:
    """A category as a value."""
    return CategoryDTO(
        row.id, row.version, row.code, row.label, row.theme, row.delay_days, row.active
    )


def category_by_code(session: Session, code: str) -> SignalementCategory:
    """A category by its code or its label (any case)."""
    wanted = search_key(code)
    for row in session.scalars(select(C).order_by(C.id)):
        if wanted in (search_key(row.code), search_key(row.label)):
            return row
    raise NotFoundError(Message("Catégorie de signalement « {code} » inconnue.", code=code))


def organisation_by_code(session: Session, code: str) -> Organisation:
    """An organisation by its code (MH, SD…)."""
    row = session.scalar(select(Organisation).where(Organisation.code == code.strip().upper()))
    if row is None:
        raise NotFoundError(Message("Organisation « {code} » inconnue.", code=code))
    return row


def quartier_by_code(session: Session, code: str) -> Quartier:
    """A quartier by its code (HM, PR…)."""
    row = session.scalar(select(Quartier).where(Quartier.code == code.strip().upper()))
    if row is None:
        raise NotFoundError(Message("Quartier « {code} » inconnu.", code=code))
    return row


def routes(session: Session) -> list[RouteDTO]:
    """Every routing rule with the codes it names."""
    gestionnaire = aliased(Organisation)
    target = aliased(Organisation)
    stmt = (
        select(
            SignalementRoute.id,
            SignalementRoute.category_id,
            C.code,
            SignalementRoute.theme,
            SignalementRoute.gestionnaire_id,
            gestionnaire.code,
            SignalementRoute.organisation_id,
            target.code,
        )
        .outerjoin(C, C.id == SignalementRoute.category_id)
        .outerjoin(gestionnaire, gestionnaire.id == SignalementRoute.gestionnaire_id)
        .join(target, target.id == SignalementRoute.organisation_id)
        .order_by(SignalementRoute.id)
    )
    return [
        RouteDTO(
            id=r[0],
            category_id=r[1],
            category_code=r[2] or "",
            theme=r[3],
            gestionnaire_id=r[4],
            gestionnaire_code=r[5] or "",
            organisation_id=r[6],
            organisation_code=r[7],
        )
        for r in session.execute(stmt)
    ]


def reporter_of(session: Session, signalement_id: int) -> SignalementReporter | None:
    """Who reported the signalement, when someone is recorded."""
    return session.scalar(
        select(SignalementReporter).where(SignalementReporter.signalement_id == signalement_id)
    )
