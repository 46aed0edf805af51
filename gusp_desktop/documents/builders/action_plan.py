"""The plan d'actions sent to partners: a landscape table and the same rows as a spreadsheet.

A bailleur or a ville receives the actions it pilots or takes part in, with where each one
stands (state, progress, last follow-up point) and overdue ones highlighted, in PDF or DOCX
to read, or in XLSX / CSV to sort and filter in their own tools.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from gusp_desktop.documents.builders import common as c
from gusp_desktop.documents.french import NBSP, long_date
from gusp_desktop.documents.model import (
    Block,
    Column,
    Document,
    DocumentHeader,
    KeyValues,
    Paragraph,
    Table,
)
from gusp_desktop.documents.tabular import TabularColumn, TabularData
from gusp_desktop.domain.actions import ActionRow
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.redaction import RESTRICTED_NOTICE

TITLE = "Plan d'actions"
YES, NO = "Oui", "Non"
# Weights are points of a landscape page (728 pt between margins) at the compact type size:
# numbers, dates, states and header words fit on one line, the two texts share the rest.
PDF_COLUMNS = (
    Column("N°", 42),
    Column("Quartier", 36),
    Column("Site", 49),
    Column("Thème", 49),
    Column("Action", 108),
    Column("Pilote", 57),
    Column("Partenaires", 48),
    Column("Échéance initiale", 43, "center"),
    Column("Échéance révisée", 43, "center"),
    Column("Priorité", 33),
    Column("État", 47),
    Column("%", 26, "right"),
    Column("Dernier point", 90),
    Column("Axe ATFPB", 29, "center"),
    Column("En retard", 28, "center"),
)
# The full theme labels are too long for a fifteen-column page; the spreadsheet keeps them.
SHORT_THEMES = {
    Theme.PROPRETE: "Propreté, déchets",
    Theme.TRANQUILLITE: "Tranquillité",
    Theme.ECLAIRAGE: "Éclairage",
    Theme.STATIONNEMENT: "Stationnement, voirie",
    Theme.ESPACES_VERTS: "Espaces verts",
    Theme.BATI: "Bâti, parties communes",
    Theme.ACCESSIBILITE: "Accessibilité",
    Theme.EQUIPEMENTS: "Équipements",
    Theme.NPNRU: "NPNRU",
    Theme.PARTICIPATION: "Participation",
}
SHEET_COLUMNS = (
    TabularColumn("N°", width=12),
    TabularColumn("Quartier", width=10),
    TabularColumn("Site", width=24),
    TabularColumn("Thème", width=26),
    TabularColumn("Action", width=48),
    TabularColumn("Pilote", width=30),
    TabularColumn("Partenaires", width=16),
    TabularColumn("Échéance initiale", "date", width=12),
    TabularColumn("Échéance révisée", "date", width=12),
    TabularColumn("Priorité", width=10),
    TabularColumn("État", width=12),
    TabularColumn("%", "percent", width=7),
    TabularColumn("Date du dernier point", "date", width=12),
    TabularColumn("Dernier point", width=50),
    TabularColumn("Axe ATFPB", width=30),
    TabularColumn("En retard", width=10),
)


@dataclass(frozen=True)
class LastPoint:
    """The latest follow-up of an action: when, and what was said."""

    on: dt.date
    comment: str


@dataclass(frozen=True)
class ActionPlan:
    """What an exported plan shows: rows in order, their last points, filters in words.

    ``filters`` are (label, value) pairs such as (« Pilote ou partenaire », « Marve Habitat
    (OPH) »); ``organisation_name`` is who issues the document; ``partner_name`` the
    partner the plan is made for, named in its title.
    """

    rows: tuple[ActionRow, ...]
    as_of: dt.date
    organisation_name: str = c.DEFAULT_ORGANISATION
    filters: tuple[tuple[str, str], ...] = ()
    last_points: Mapping[int, LastPoint] = field(default_factory=dict)
    quartiers: tuple[str, ...] = ()
    # Restricted actions included at a member's request: « Diffusion restreinte » everywhere.
    restricted: bool = False
    partner_name: str = ""


def _pilot(row: ActionRow) -> str:
    code = row.pilot_organisation_code
    return f"{code} – {row.pilot_contact_name}" if row.pilot_contact_name else code


def _last_point_text(point: LastPoint | None) -> str:
    if point is None:
        return c.DASH
    comment = point.comment.strip() or "point sans commentaire"
    return c.fr(f"{c.short_date(point.on)} : {comment}")


def _axis_number(row: ActionRow) -> str:
    return row.atfpb_axis.value if row.atfpb_axis is not None else c.DASH


def _pdf_row(row: ActionRow, point: LastPoint | None) -> tuple[str, ...]:
    return (
        row.number,
        row.quartier_code,
        c.fr(row.site_name) or c.DASH,
        SHORT_THEMES.get(row.theme, row.theme.label),
        c.fr(row.title),
        c.fr(_pilot(row)),
        ", ".join(row.partner_codes) or c.DASH,
        c.short_date(row.initial_deadline),
        c.short_date(row.revised_deadline),
        row.priority.label,
        row.status.label,
        f"{row.progress}{NBSP}%",
        _last_point_text(point),
        _axis_number(row),
        YES if row.overdue else NO,
    )


def _summary(plan: ActionPlan) -> str:
    total = len(plan.rows)
    late = sum(1 for row in plan.rows if row.overdue)
    text = c.actions_count(total)
    return text + (f", dont {late} en retard." if late else ", aucune en retard.")


def build_action_plan_document(plan: ActionPlan, *, logo_path: Path | None = None) -> Document:
    """The plan as a landscape table with repeated header row and overdue rows highlighted."""
    pairs = (*plan.filters, ("Situation au", long_date(plan.as_of)), ("Total", _summary(plan)))
    legend = (
        "Les lignes surlignées signalent les actions en retard : échéance (révisée, à défaut "
        "initiale) dépassée alors que l'action n'est ni réalisée ni abandonnée. « Axe ATFPB » : "
        "axe du cadre national de l'abattement de TFPB."
    )
    rows = tuple(_pdf_row(row, plan.last_points.get(row.id)) for row in plan.rows)
    highlighted = frozenset(i for i, row in enumerate(plan.rows) if row.overdue)
    blocks: list[Block] = [
        KeyValues(tuple((label, c.fr(value)) for label, value in pairs)),
        Table(PDF_COLUMNS, rows, highlighted_rows=highlighted, compact=True),
        Paragraph(c.fr(legend), small=True),
    ]
    header = DocumentHeader(
        organisation_name=c.fr(plan.organisation_name),
        instance="Gestion urbaine et sociale de proximité",
        quartiers=tuple(c.fr(q) for q in plan.quartiers),
        date_text=f"Situation au {c.short_date(plan.as_of)}",
    )
    return Document(
        title=c.fr(f"{TITLE} – {plan.partner_name}" if plan.partner_name else TITLE),
        subtitle=c.fr(_subtitle(plan)),
        header=header,
        blocks=tuple(blocks),
        landscape=True,
        logo_path=logo_path,
        footer_note=c.fr(_footer(plan)),
        watermark=RESTRICTED_NOTICE if plan.restricted else "",
    )


def _footer(plan: ActionPlan) -> str:
    note = f"{TITLE} – situation au {c.short_date(plan.as_of)}"
    return f"{note} – {RESTRICTED_NOTICE}" if plan.restricted else note


def _subtitle(plan: ActionPlan) -> str:
    parts = [value for _label, value in plan.filters if value != plan.partner_name]
    if ("Pilote ou partenaire", plan.partner_name) in plan.filters:
        parts.insert(0, "Actions pilotées ou suivies en partenariat")
    elif plan.partner_name:
        parts.insert(0, "Actions pilotées")
    return " – ".join(parts) if parts else "Toutes les actions"


def action_plan_table(plan: ActionPlan) -> TabularData:
    """The same rows for XLSX and CSV, with real dates and numbers instead of French text."""
    rows = []
    for row in plan.rows:
        point = plan.last_points.get(row.id)
        rows.append(
            (
                row.number,
                row.quartier_code,
                row.site_name,
                row.theme.label,
                row.title,
                _pilot(row),
                ", ".join(row.partner_codes),
                row.initial_deadline,
                row.revised_deadline,
                row.priority.label,
                row.status.label,
                row.progress,
                point.on if point else None,
                point.comment if point else "",
                row.atfpb_axis.label if row.atfpb_axis is not None else "",
                YES if row.overdue else NO,
            )
        )
    highlighted = frozenset(i for i, row in enumerate(plan.rows) if row.overdue)
    notice = RESTRICTED_NOTICE if plan.restricted else ""
    return TabularData(SHEET_COLUMNS, tuple(rows), highlighted, sheet_title=TITLE, notice=notice)
