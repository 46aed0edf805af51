"""The bilans' reckoning inside an open session, shared by the bilan service and the COPIL's
agenda suggestions."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import AtfpbConvention, AtfpbLine, Organisation, Quartier
from gusp_desktop.domain.agenda import AgendaItemData
from gusp_desktop.domain.atfpb import (
    Bilan,
    Consolidation,
    Opinions,
    compute_bilan,
    euros,
    percent_text,
)
from gusp_desktop.domain.enums import AgendaItemKind
from gusp_desktop.services.atfpb.records import convention_dto, line_dtos, lines_of

COPIL_ITEM_TITLE = "Bilans ATFPB"


def bilan_in(session: Session, convention: AtfpbConvention, year: int) -> Bilan:
    """The bilan of a convention for ``year``, with N-1 when the convention ran then."""
    dto = convention_dto(session, convention)
    lines = line_dtos(session, lines_of(session, convention.id, year), public_only=True)
    previous = None
    if convention.start_year <= year - 1:
        previous = (
            line_dtos(session, lines_of(session, convention.id, year - 1), public_only=True) or None
        )
    record = dto.year(year)
    opinions = (
        Opinions(record.avis_commune, record.avis_epci, record.avis_etat) if record else Opinions()
    )
    return compute_bilan(dto, year, lines, previous, opinions)


def consolidation_in(session: Session, year: int) -> Consolidation:
    """Every convention running in ``year``, all bailleurs and quartiers."""
    rows = session.scalars(
        select(AtfpbConvention)
        .join(Organisation, Organisation.id == AtfpbConvention.bailleur_id)
        .join(Quartier, Quartier.id == AtfpbConvention.quartier_id)
        .where(AtfpbConvention.start_year <= year, AtfpbConvention.end_year >= year)
        .order_by(Organisation.code, Quartier.code)
    )
    return Consolidation(year, tuple(bilan_in(session, r, year) for r in rows))


def latest_reported_year_in(session: Session, up_to: int) -> int | None:
    """The last year up to ``up_to`` with at least one realised line."""
    return session.scalar(
        select(AtfpbLine.year)
        .where(AtfpbLine.year <= up_to, AtfpbLine.status.is_not(None))
        .order_by(AtfpbLine.year.desc())
        .limit(1)
    )


def copil_item_in(session: Session, up_to: int) -> AgendaItemData | None:
    """The « Bilans ATFPB » point with each bailleur's figures, once a year's bilans exist."""
    year = latest_reported_year_in(session, up_to)
    if year is None:
        return None
    consolidation = consolidation_in(session, year)
    lines = []
    for b in consolidation.bilans:
        c = b.convention
        missing = len(b.unjustified)
        lines.append(
            f"- {c.bailleur_name} – {c.quartier_code} : {c.logements} logements, "
            f"abattement {euros(b.abattement)}, réalisé {euros(b.realised_total)} "
            f"({percent_text(b.used_percent)})"
            + (f", {missing} ligne(s) à justifier" if missing else "")
        )
    total = (
        f"Total : {consolidation.logements} logements, abattements "
        f"{euros(consolidation.abattement)}, réalisé {euros(consolidation.realised_total)} "
        f"({percent_text(consolidation.used_percent)})."
    )
    return AgendaItemData(
        title=f"{COPIL_ITEM_TITLE} {year}",
        kind=AgendaItemKind.INFORMATION,
        planned_minutes=20,
        description="\n".join([*lines, total]),
    )
