"""Reading ATFPB rows into the domain's plain values, and the lookups every use case shares."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    AtfpbConvention,
    AtfpbLine,
    AtfpbYear,
    Organisation,
    Quartier,
    atfpb_line_action,
)
from gusp_desktop.domain.atfpb import ConventionDTO, LineDTO, SignatoryDTO, YearDTO
from gusp_desktop.domain.enums import OrganisationType
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.services.confidentiality import NOTHING, action_condition


def year_dto(row: AtfpbYear) -> YearDTO:
    """One year of a convention as a value."""
    return YearDTO(
        id=row.id,
        version=row.version,
        year=row.year,
        abattement=row.abattement,
        avis_commune=row.avis_commune,
        avis_epci=row.avis_epci,
        avis_etat=row.avis_etat,
    )


def convention_dto(session: Session, row: AtfpbConvention) -> ConventionDTO:
    """A convention with its signatories and years."""
    bailleur = session.get(Organisation, row.bailleur_id)
    quartier = session.get(Quartier, row.quartier_id)
    assert bailleur is not None and quartier is not None
    signatories = []
    for s in row.signatories:
        org = session.get(Organisation, s.organisation_id)
        assert org is not None
        signatories.append(SignatoryDTO(org.id, org.code, org.name, org.type.label, s.signed_on))
    return ConventionDTO(
        id=row.id,
        version=row.version,
        bailleur_id=bailleur.id,
        bailleur_code=bailleur.code,
        bailleur_name=bailleur.name,
        quartier_id=quartier.id,
        quartier_code=quartier.code,
        quartier_name=quartier.name,
        start_year=row.start_year,
        end_year=row.end_year,
        logements=row.logements,
        droit_commun=row.droit_commun,
        signatories=tuple(signatories),
        years=tuple(year_dto(y) for y in row.years),
    )


def line_actions(
    session: Session, line_ids: Sequence[int], *, public_only: bool = False
) -> dict[int, list[tuple[int, str]]]:
    """Actions linked to each line: (id, number), by number; ``public_only`` (a bilan sent to
    the signatories) leaves restricted actions out."""
    linked: dict[int, list[tuple[int, str]]] = {i: [] for i in line_ids}
    if not line_ids:
        return linked
    query = (
        select(atfpb_line_action.c.line_id, Action.id, Action.number)
        .join(Action, Action.id == atfpb_line_action.c.action_id)
        .where(atfpb_line_action.c.line_id.in_(line_ids))
        .order_by(Action.number)
    )
    if public_only:
        query = query.where(action_condition(NOTHING))
    rows = session.execute(query)
    for line_id, action_id, number in rows:
        linked[line_id].append((action_id, number))
    return linked


def line_dtos(
    session: Session, rows: Sequence[AtfpbLine], *, public_only: bool = False
) -> list[LineDTO]:
    """Lines as values, with their linked actions (see :func:`line_actions`)."""
    linked = line_actions(session, [r.id for r in rows], public_only=public_only)
    return [line_dto(r, linked.get(r.id, [])) for r in rows]


def line_dto(row: AtfpbLine, actions: Sequence[tuple[int, str]]) -> LineDTO:
    """One line as a value."""
    return LineDTO(
        id=row.id,
        version=row.version,
        convention_id=row.convention_id,
        year=row.year,
        axis=row.axis,
        title=row.title,
        planned=row.planned,
        residences=row.residences,
        reinforcement=row.reinforcement,
        cofinancing=row.cofinancing,
        indicator=row.indicator,
        target=row.target,
        realised=row.realised,
        status=row.status,
        reason=row.reason,
        indicator_value=row.indicator_value,
        gap_explanation=row.gap_explanation,
        action_ids=tuple(a for a, _ in actions),
        action_numbers=tuple(n for _, n in actions),
    )


def lines_of(session: Session, convention_id: int, year: int) -> list[AtfpbLine]:
    """The programme lines of one convention and year, by axis then id."""
    return list(
        session.scalars(
            select(AtfpbLine)
            .where(AtfpbLine.convention_id == convention_id, AtfpbLine.year == year)
            .order_by(AtfpbLine.axis, AtfpbLine.id)
        )
    )


def organisation_by_code(session: Session, code: str) -> Organisation:
    """An organisation by its code (MH, LA…)."""
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


def require_bailleur(org: Organisation | None) -> Organisation:
    """Refuse anything but a bailleur social: only they get the abattement."""
    if org is None:
        raise ValidationError({"bailleur_id": "Organisation inconnue."})
    if org.type is not OrganisationType.BAILLEUR:
        raise ValidationError(
            {
                "bailleur_id": Message(
                    (
                        "« {name} » n'est pas un bailleur social ({label}) : pas de convention "
                        "ATFPB possible."
                    ),
                    name=org.name,
                    label=org.type.label,
                )
            }
        )
    return org


def convention_for(
    session: Session, bailleur_code: str, quartier_code: str, year: int
) -> AtfpbConvention:
    """The convention of a bailleur and quartier that covers ``year``.

    Refuses a non-bailleur, a year before or after every convention of the pair.
    """
    bailleur = require_bailleur(organisation_by_code(session, bailleur_code))
    quartier = quartier_by_code(session, quartier_code)
    rows = list(
        session.scalars(
            select(AtfpbConvention)
            .where(
                AtfpbConvention.bailleur_id == bailleur.id,
                AtfpbConvention.quartier_id == quartier.id,
            )
            .order_by(AtfpbConvention.start_year)
        )
    )
    if not rows:
        raise NotFoundError(
            Message(
                "Aucune convention ATFPB pour {code} sur le quartier {code2}.",
                code=bailleur.code,
                code2=quartier.code,
            )
        )
    for row in rows:
        if row.start_year <= year <= row.end_year:
            return row
    periods = ", ".join(f"{r.start_year}–{r.end_year}" for r in rows)
    raise ValidationError(
        {
            "year": Message(
                "L'année {year} est hors de la convention {code} – {code2} ({periods}).",
                year=year,
                code=bailleur.code,
                code2=quartier.code,
                periods=periods,
            )
        }
    )
