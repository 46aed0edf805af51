"""The signalements report of one organisation: PDF and DOCX say the same, the spreadsheet
carries the same numbers as plain values.

Who reported a signalement and its free description never appear: the report goes to a
partner, the category and the place say what it is about. The photos sent with the
signalements close the document, captioned the same way, re-encoded without any EXIF.
"""

from __future__ import annotations

from gusp_desktop.documents.builders.common import DASH, fr, issued_document, short_date
from gusp_desktop.documents.french import long_date
from gusp_desktop.documents.model import (
    Block,
    Column,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Picture,
    Pictures,
    Table,
)
from gusp_desktop.documents.tabular import CellValue, TabularColumn, TabularData
from gusp_desktop.domain.signalement_report import OrganisationReport, ReportLine
from gusp_desktop.domain.signalement_rules import DelayStats

TITLE = "Signalements – bilan de traitement"
CHUNK_ROWS = 30
CATEGORY_COLUMNS = (
    Column("Catégorie", 120),
    Column("Délai (j)", 38, "right"),
    Column("Reçus", 34, "right"),
    Column("Ouverts", 38, "right"),
    Column("En retard", 40, "right"),
    Column("Traités", 38, "right"),
    Column("Rejetés", 38, "right"),
    Column("Délai moyen (j)", 48, "right"),
    Column("Délai médian (j)", 48, "right"),
    Column("Dans le délai", 46, "right"),
)
LINE_COLUMNS = (
    Column("N°", 24, "right"),
    Column("Reçu le", 44),
    Column("Canal", 44),
    Column("Catégorie", 80),
    Column("Lieu", 100),
    Column("Statut", 50),
    Column("Échéance", 44),
    Column("Clos le", 44),
    Column("Délai (j)", 34, "right"),
    Column("Action", 46),
)
OVERDUE_COLUMNS = (
    Column("N°", 24, "right"),
    Column("Reçu le", 48),
    Column("Catégorie", 100),
    Column("Lieu", 120),
    Column("Statut", 56),
    Column("Échéance", 48),
    Column("Retard (j)", 40, "right"),
    Column("Action", 50),
)


def number(value: float | None) -> str:
    """« 4,5 » (French decimal comma), « — » when nothing was treated."""
    if value is None:
        return DASH
    text = f"{value:.1f}".replace(".", ",")
    return text.removesuffix(",0")


def share(stats: DelayStats) -> str:
    """« 75 % » of the treated signalements closed by their due date."""
    percent = stats.within_percent
    return DASH if percent is None else fr(f"{number(percent)} %")


def _stats_row(stats: DelayStats, delay: str) -> tuple[str, ...]:
    return (
        stats.category_label,
        delay,
        str(stats.received),
        str(stats.open),
        str(stats.overdue),
        str(stats.treated),
        str(stats.rejected),
        number(stats.mean_days),
        number(stats.median_days),
        share(stats),
    )


def _summary(report: OrganisationReport) -> KeyValues:
    t = report.total
    return KeyValues(
        (
            ("Organisation", f"{report.organisation_name} ({report.organisation_code})"),
            ("Période", report.period),
            ("Situation au", long_date(report.today)),
            ("Signalements reçus", str(t.received)),
            ("Encore ouverts", f"{t.open}, dont {t.overdue} en retard"),
            ("Traités", str(t.treated)),
            ("Rejetés", str(t.rejected)),
            ("Délai de traitement moyen", f"{number(t.mean_days)} jour(s)"),
            ("Délai de traitement médian", f"{number(t.median_days)} jour(s)"),
            ("Traités dans le délai", share(t)),
        )
    )


def _line_row(line: ReportLine) -> tuple[str, ...]:
    return (
        str(line.id),
        short_date(line.received_on),
        line.channel,
        line.category,
        line.place or DASH,
        line.status,
        short_date(line.due_date),
        short_date(line.closed_on),
        DASH if line.days is None else str(line.days),
        line.action_number or DASH,
    )


def _overdue_row(line: ReportLine) -> tuple[str, ...]:
    return (
        str(line.id),
        short_date(line.received_on),
        line.category,
        line.place or DASH,
        line.status,
        short_date(line.due_date),
        str(line.days_late),
        line.action_number or DASH,
    )


def _line_tables(lines: tuple[ReportLine, ...]) -> list[Block]:
    """The list in tables of a few pages each: one table of thousands of rows (a city's
    Open311 feed) makes the PDF layout re-split the rest at every page, quadratically."""
    if not lines:
        return [Paragraph("Aucun signalement sur la période.")]
    tables: list[Block] = []
    for start in range(0, len(lines), CHUNK_ROWS):
        chunk = lines[start : start + CHUNK_ROWS]
        flagged = frozenset(i for i, li in enumerate(chunk) if li.overdue)
        rows = tuple(_line_row(li) for li in chunk)
        tables.append(Table(LINE_COLUMNS, rows, highlighted_rows=flagged, compact=True))
    return tables


def report_document(report: OrganisationReport, issuer: str) -> Document:
    """The report as a neutral document."""
    categories = [
        _stats_row(s, str(report.delays.get(s.category_label, DASH))) for s in report.categories
    ]
    categories.append(_stats_row(report.total, ""))
    overdue = report.overdue
    blocks: list[Block] = [
        Heading("Synthèse"),
        _summary(report),
        Heading("Par catégorie"),
        Table(CATEGORY_COLUMNS, tuple(categories), compact=True),
        Paragraph(
            "Le délai de traitement court de la réception au jour où le signalement est "
            "traité ; l'échéance est la réception plus le délai de la catégorie.",
            small=True,
        ),
        Heading("Signalements en retard"),
    ]
    if overdue:
        blocks.append(Table(OVERDUE_COLUMNS, tuple(_overdue_row(li) for li in overdue)))
    else:
        blocks.append(Paragraph("Aucun signalement en retard."))
    blocks.append(Heading("Liste des signalements"))
    blocks.extend(_line_tables(report.lines))
    if report.photos:
        blocks.append(Heading("Photos"))
        blocks.append(Pictures(tuple(Picture(p.data, fr(p.caption)) for p in report.photos), 3))
    return issued_document(
        TITLE,
        blocks,
        issuer=issuer,
        subtitle=report.organisation_name,
        instance="Gestion urbaine de proximité",
        date_text=report.period,
        landscape=True,
        footer_note=f"Signalements – {report.organisation_code} – situation au "
        f"{short_date(report.today)}",
    )


_CATEGORY_SHEET = (
    TabularColumn("Catégorie", width=36),
    TabularColumn("Délai (jours)", "int", 12),
    TabularColumn("Reçus", "int", 8),
    TabularColumn("Ouverts", "int", 8),
    TabularColumn("En retard", "int", 10),
    TabularColumn("Traités", "int", 8),
    TabularColumn("Rejetés", "int", 8),
    TabularColumn("Délai moyen (jours)", "decimal", 14),
    TabularColumn("Délai médian (jours)", "decimal", 14),
    TabularColumn("Dans le délai", "percent", 14),
)
_LINE_SHEET = (
    TabularColumn("N°", "int", 6),
    TabularColumn("Reçu le", "date", 12),
    TabularColumn("Canal", width=14),
    TabularColumn("Catégorie", width=30),
    TabularColumn("Lieu", width=36),
    TabularColumn("Statut", width=14),
    TabularColumn("Échéance", "date", 12),
    TabularColumn("Clos le", "date", 12),
    TabularColumn("Délai (jours)", "int", 10),
    TabularColumn("Retard (jours)", "int", 10),
    TabularColumn("Action", width=12),
)


def _sheet_stats(stats: DelayStats, delay: int | None) -> tuple[CellValue, ...]:
    return (
        stats.category_label,
        delay,
        stats.received,
        stats.open,
        stats.overdue,
        stats.treated,
        stats.rejected,
        stats.mean_days,
        stats.median_days,
        stats.within_percent,
    )


def report_sheets(report: OrganisationReport) -> tuple[TabularData, ...]:
    """Two sheets: counts and délais per category (with the total), then every signalement."""
    stats = [_sheet_stats(s, report.delays.get(s.category_label)) for s in report.categories]
    stats.append(_sheet_stats(report.total, None))
    lines = tuple(
        (
            li.id,
            li.received_on,
            li.channel,
            li.category,
            li.place,
            li.status,
            li.due_date,
            li.closed_on,
            li.days,
            li.days_late,
            li.action_number,
        )
        for li in report.lines
    )
    return (
        TabularData(_CATEGORY_SHEET, tuple(stats), sheet_title="Par catégorie"),
        TabularData(
            _LINE_SHEET,
            lines,
            highlighted_rows=frozenset(i for i, li in enumerate(report.lines) if li.overdue),
            sheet_title="Signalements",
        ),
    )
