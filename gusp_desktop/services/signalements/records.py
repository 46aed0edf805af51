"""The lookups every signalement use case shares; the lines themselves are read by
``services.signalement_lists`` over the Core tables (the dashboard reads them without the
model)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from gusp_desktop.db.models import (
    Organisation,
    Quartier,
    SignalementCategory,
    SignalementReporter,
    SignalementRoute,
)
from gusp_desktop.domain.errors import Message, NotFoundError
from gusp_desktop.domain.signalements import CategoryDTO, RouteDTO
from gusp_desktop.domain.text import search_key
from gusp_desktop.services.signalement_lists import list_rows, one_row

__all__ = [  # the lines are read by signalement_lists, over the Core tables
    "category_by_code",
    "category_dto",
    "list_rows",
    "one_row",
    "organisation_by_code",
    "quartier_by_code",
    "reporter_of",
    "routes",
]

C = SignalementCategory


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
