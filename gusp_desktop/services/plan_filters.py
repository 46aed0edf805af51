"""A plan d'actions' filters as a reader states them, and the partner it is made for.

An exported plan must say what it holds: « Pilote ou partenaire : Marve Habitat (OPH) », the
quartier, the instance, the states, the themes… with names rather than codes or ids, so that a
partner reading it knows at once it is their own plan. Every filter the window or the command
line can set is described here; none is silently left out of the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Instance, Organisation, Quartier, Site
from gusp_desktop.domain.actions import ActionQuery


@dataclass(frozen=True)
class PlanFilters:
    """(label, value) pairs in reading order, and the partner's name when there is one."""

    pairs: tuple[tuple[str, str], ...]
    partner_name: str = ""


def _organisation_names(session: Session, codes: list[str]) -> list[str]:
    query = select(Organisation.code, Organisation.name).where(Organisation.code.in_(codes))
    rows = {code: name for code, name in session.execute(query)}
    return [rows.get(code, code) for code in codes]


def quartier_names(session: Session, codes: set[str]) -> tuple[str, ...]:
    """« HM – Les Hauts-de-Marve » for each code, in code order."""
    if not codes:
        return ()
    rows = session.execute(
        select(Quartier.code, Quartier.name).where(Quartier.code.in_(sorted(codes)))
    )
    return tuple(f"{code} – {name}" for code, name in sorted(rows))


def _date(value: object) -> str:
    return f"{value:%d/%m/%Y}"


def _deadline(query: ActionQuery) -> str:
    start, end = query.deadline_from, query.deadline_to
    if start and end:
        return f"du {_date(start)} au {_date(end)}"
    return f"à partir du {_date(start)}" if start else f"jusqu'au {_date(end)}"


def describe_filters(session: Session, query: ActionQuery) -> PlanFilters:
    """The filters of ``query`` in words; the partner is the organisation involved (pilot or
    partner) or the only pilot asked for."""
    pairs: list[tuple[str, str]] = []
    partner = ""
    if query.involving_code:
        (partner,) = _organisation_names(session, [query.involving_code.upper()])
        pairs.append(("Pilote ou partenaire", partner))
    if query.pilot_codes:
        names = _organisation_names(session, [c.upper() for c in query.pilot_codes])
        partner = partner or (names[0] if len(names) == 1 else "")
        pairs.append(("Pilote", ", ".join(names)))
    if query.quartier_codes:
        names_q = quartier_names(session, {c.upper() for c in query.quartier_codes})
        pairs.append(("Quartier", ", ".join(names_q)))
    if query.site_id is not None:
        site = session.scalar(select(Site.name).where(Site.id == query.site_id))
        pairs.append(("Site", site or str(query.site_id)))
    if query.instance_id is not None:
        name = session.scalar(select(Instance.name).where(Instance.id == query.instance_id))
        pairs.append(("Instance", f"Périmètre de l'instance {name or query.instance_id}"))
    if query.themes:
        pairs.append(("Thème", ", ".join(theme.label for theme in query.themes)))
    if query.axes:
        pairs.append(("Axe ATFPB", ", ".join(axis.label for axis in query.axes)))
    if query.statuses:
        pairs.append(("État", ", ".join(status.label for status in query.statuses)))
    if query.deadline_from or query.deadline_to:
        pairs.append(("Échéance", _deadline(query)))
    if query.overdue_only:
        pairs.append(("Retard", "Actions en retard uniquement"))
    if query.text.strip():
        pairs.append(("Recherche", f"« {query.text.strip()} »"))
    return PlanFilters(tuple(pairs), partner)
