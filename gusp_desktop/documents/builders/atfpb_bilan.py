"""The bilan annuel ATFPB of a bailleur and quartier, and the consolidated view for the COPIL.

The bilan is what the commune, the EPCI and the État examine each year, axis by axis: planned
against realised, the share of the abattement justified, the detail and indicators of every
line, the lines still unjustified, the partners' opinions and the signatories' boxes. The
spreadsheet carries the same numbers as plain values (no formula), one sheet of lines and one
summary sheet per axis, so Excel and LibreOffice show them identically.
"""

from __future__ import annotations

from decimal import Decimal

from gusp_desktop.documents.builders.common import DASH, fr, issued_document
from gusp_desktop.documents.french import short_date
from gusp_desktop.documents.model import (
    Block,
    BulletList,
    Column,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    SignatureSlot,
    SignatureSlots,
    Table,
)
from gusp_desktop.documents.tabular import CellValue, TabularColumn, TabularData
from gusp_desktop.domain.atfpb import (
    AxisSummary,
    Bilan,
    Consolidation,
    LineDTO,
    euros,
    percent,
    percent_text,
)

TITLE = "Bilan annuel ATFPB"
CONSOLIDATION_TITLE = "Bilans ATFPB du contrat de ville"
SUMMARY_COLUMNS = (
    Column("Axe", 150),
    Column("Prévu", 58, "right"),
    Column("Réalisé", 58, "right"),
    Column("Écart", 58, "right"),
    Column("Lignes", 30, "right"),
    Column("Réalisé N-1", 58, "right"),
)
LINE_COLUMNS = (
    Column("Axe", 22, "center"),
    Column("Action", 100),
    Column("Résidences", 55),
    Column("Nature", 56),
    Column("Prévu", 54, "right"),
    Column("Réalisé", 54, "right"),
    Column("Réalisation", 58),
    Column("Actions", 50),
)
INDICATOR_COLUMNS = (
    Column("Axe", 22, "center"),
    Column("Action", 130),
    Column("Indicateur", 100),
    Column("Cible", 60),
    Column("Valeur", 60),
    Column("Cofinancements", 70),
)


def nature(line: LineDTO) -> str:
    """« Renforcement » or « Droit commun »: what the abattement pays for, or not."""
    return "Renforcement" if line.reinforcement else "Droit commun"


def realisation_text(line: LineDTO) -> str:
    """The line's realisation as shown (« À renseigner » until reported)."""
    return line.status.label if line.status else "À renseigner"


def _axis_row(axis: AxisSummary) -> tuple[str, ...]:
    return (
        axis.label,
        euros(axis.planned),
        euros(axis.realised),
        euros(axis.gap),
        str(axis.lines),
        euros(axis.previous_realised),
    )


def summary_table(axes: tuple[AxisSummary, ...], planned: Decimal, realised: Decimal) -> Table:
    """Eight axes and the total; axes realised below plan are highlighted."""
    previous = [a.previous_realised for a in axes]
    known = [p for p in previous if p is not None]
    total = (
        "Total",
        euros(planned),
        euros(realised),
        euros(realised - planned),
        str(sum(a.lines for a in axes)),
        euros(sum(known, Decimal("0.00"))) if known else DASH,
    )
    return Table(
        columns=SUMMARY_COLUMNS,
        rows=(*(_axis_row(a) for a in axes), total),
        highlighted_rows=frozenset(i for i, a in enumerate(axes) if a.under_used),
        caption="En rouge : axes réalisés en deçà du prévu.",
        compact=True,
    )


def _identification(bilan: Bilan) -> KeyValues:
    c = bilan.convention
    signatories = "; ".join(
        f"{s.organisation_name} ({short_date(s.signed_on) if s.signed_on else 'non signée'})"
        for s in c.signatories
    )
    return KeyValues(
        (
            ("Bailleur", c.bailleur_name),
            ("Quartier prioritaire", f"{c.quartier_name} ({c.quartier_code})"),
            ("Convention", f"{c.start_year}–{c.end_year}"),
            ("Logements concernés", fr(f"{c.logements:,}".replace(",", " "))),
            (f"Abattement {bilan.year}", euros(bilan.abattement)),
            (f"Abattement {bilan.year - 1}", euros(bilan.previous_abattement)),
            ("Droit commun de référence", c.droit_commun or DASH),
            ("Signataires", signatories or DASH),
        )
    )


def _use_paragraphs(bilan: Bilan) -> list[Block]:
    text = (
        f"Part de l'abattement justifiée : {percent_text(bilan.used_percent)} "
        f"(programmée : {percent_text(bilan.planned_percent)} ; "
        f"{bilan.year - 1} : {percent_text(bilan.previous_used_percent)})."
    )
    blocks: list[Block] = [Paragraph(fr(text))]
    if bilan.under_used and bilan.abattement is not None:
        missing = bilan.abattement - bilan.realised_total
        blocks.append(
            Paragraph(
                fr(f"Sous-consommation : {euros(missing)} de l'abattement ne sont pas justifiés."),
                emphasis=True,
            )
        )
    return blocks


def _line_row(line: LineDTO) -> tuple[str, ...]:
    return (
        line.axis.value,
        line.title,
        line.residences or DASH,
        nature(line),
        euros(line.planned),
        euros(line.realised),
        realisation_text(line),
        ", ".join(line.action_numbers) or DASH,
    )


def _lines_table(lines: tuple[LineDTO, ...]) -> Table:
    return Table(
        columns=LINE_COLUMNS,
        rows=tuple(_line_row(line) for line in lines),
        highlighted_rows=frozenset(i for i, line in enumerate(lines) if line.issues),
        caption="En rouge : lignes sans justification complète.",
        compact=True,
    )


def _indicators_table(lines: tuple[LineDTO, ...]) -> Table:
    rows = tuple(
        (
            line.axis.value,
            line.title,
            line.indicator or DASH,
            line.target or DASH,
            line.indicator_value or DASH,
            line.cofinancing or DASH,
        )
        for line in lines
    )
    return Table(columns=INDICATOR_COLUMNS, rows=rows, compact=True)


def _explanations(lines: tuple[LineDTO, ...]) -> list[Block]:
    items = []
    for line in lines:
        why = "; ".join(t for t in (line.reason, line.gap_explanation) if t.strip())
        if why:
            items.append(fr(f"{line.title} ({euros(line.gap)}) : {why}"))
    return [BulletList(tuple(items))] if items else [Paragraph("Aucun écart à expliquer.")]


def _unjustified(bilan: Bilan) -> list[Block]:
    items = tuple(fr(f"{line.title} : {', '.join(line.issues)}") for line in bilan.unjustified)
    return [BulletList(items)] if items else [Paragraph("Toutes les lignes sont justifiées.")]


def bilan_document(bilan: Bilan, issuer: str) -> Document:
    """The bilan annuel as a neutral document (PDF and DOCX say the same)."""
    c = bilan.convention
    o = bilan.opinions
    blocks: list[Block] = [
        Heading("Identification"),
        _identification(bilan),
        Heading("Synthèse par axe"),
        summary_table(bilan.axes, bilan.planned_total, bilan.realised_total),
        *_use_paragraphs(bilan),
        Heading("Détail des actions"),
        _lines_table(bilan.lines),
        Heading("Indicateurs", 2),
        _indicators_table(bilan.lines),
        Heading("Écarts au prévisionnel et motifs", 2),
        *_explanations(bilan.lines),
        Heading("Lignes à justifier", 2),
        *_unjustified(bilan),
        Heading("Avis des partenaires"),
        KeyValues(
            (
                ("Avis de la commune", o.commune or "Non rendu"),
                ("Avis de l'EPCI", o.epci or "Non rendu"),
                ("Avis de l'État", o.etat or "Non rendu"),
            )
        ),
        Heading("Signatures"),
        SignatureSlots(
            tuple(SignatureSlot(s.organisation_type, s.organisation_name) for s in c.signatories)
            or (SignatureSlot("Le bailleur", c.bailleur_name),)
        ),
    ]
    return issued_document(
        f"{TITLE} {bilan.year}",
        blocks,
        issuer=issuer,
        subtitle=f"{c.bailleur_name} – {c.quartier_name}",
        instance="Abattement de TFPB en QPV",
        quartiers=(c.quartier_name,),
        date_text=f"Exercice {bilan.year}",
        footer_note=f"Bilan ATFPB {bilan.year} – {c.bailleur_code} – {c.quartier_code}",
    )


# ----------------------------------------------------------------------------- spreadsheets

_SUMMARY_SHEET = (
    TabularColumn("Axe", "int", 6),
    TabularColumn("Intitulé", width=58),
    TabularColumn("Prévu", "money", 16),
    TabularColumn("Réalisé", "money", 16),
    TabularColumn("Écart", "money", 16),
    TabularColumn("Lignes", "int", 8),
    TabularColumn("Réalisé N-1", "money", 16),
)
_LINE_SHEET = (
    TabularColumn("Bailleur", width=10),
    TabularColumn("Quartier", width=10),
    TabularColumn("Année", "int", 8),
    TabularColumn("Axe", "int", 6),
    TabularColumn("Action", width=50),
    TabularColumn("Résidences", width=24),
    TabularColumn("Nature", width=14),
    TabularColumn("Cofinancements", width=20),
    TabularColumn("Indicateur", width=24),
    TabularColumn("Cible", width=12),
    TabularColumn("Prévu", "money", 16),
    TabularColumn("Réalisé", "money", 16),
    TabularColumn("Écart", "money", 16),
    TabularColumn("Réalisation", width=18),
    TabularColumn("Motif", width=30),
    TabularColumn("Valeur de l'indicateur", width=14),
    TabularColumn("Explication de l'écart", width=30),
    TabularColumn("Actions du plan", width=18),
    TabularColumn("À justifier", width=30),
)


def _summary_sheet(
    axes: tuple[AxisSummary, ...], planned: Decimal, realised: Decimal
) -> TabularData:
    rows: list[tuple[CellValue, ...]] = [
        (
            int(a.axis.value),
            a.label,
            a.planned,
            a.realised,
            a.gap,
            a.lines,
            a.previous_realised,
        )
        for a in axes
    ]
    known = [a.previous_realised for a in axes if a.previous_realised is not None]
    rows.append(
        (
            None,
            "Total",
            planned,
            realised,
            realised - planned,
            sum(a.lines for a in axes),
            sum(known, Decimal("0.00")) if known else None,
        )
    )
    return TabularData(
        columns=_SUMMARY_SHEET,
        rows=tuple(rows),
        highlighted_rows=frozenset(i for i, a in enumerate(axes) if a.under_used),
        sheet_title="Synthèse par axe",
    )


def _line_sheet(bilans: tuple[Bilan, ...]) -> TabularData:
    rows: list[tuple[CellValue, ...]] = []
    flagged: set[int] = set()
    for bilan in bilans:
        c = bilan.convention
        for line in bilan.lines:
            if line.issues:
                flagged.add(len(rows))
            rows.append(
                (
                    c.bailleur_code,
                    c.quartier_code,
                    line.year,
                    int(line.axis.value),
                    line.title,
                    line.residences,
                    nature(line),
                    line.cofinancing,
                    line.indicator,
                    line.target,
                    line.planned,
                    line.realised,
                    line.gap,
                    realisation_text(line),
                    line.reason,
                    line.indicator_value,
                    line.gap_explanation,
                    ", ".join(line.action_numbers),
                    "; ".join(line.issues),
                )
            )
    return TabularData(
        columns=_LINE_SHEET,
        rows=tuple(rows),
        highlighted_rows=frozenset(flagged),
        sheet_title="Lignes",
    )


def bilan_sheets(bilan: Bilan) -> tuple[TabularData, ...]:
    """The summary per axis, then every line."""
    return (
        _summary_sheet(bilan.axes, bilan.planned_total, bilan.realised_total),
        _line_sheet((bilan,)),
    )


# ----------------------------------------------------------------------------- consolidation

_CONVENTION_COLUMNS = (
    Column("Bailleur", 110),
    Column("Quartier", 40),
    Column("Logements", 45, "right"),
    Column("Abattement", 62, "right"),
    Column("Prévu", 62, "right"),
    Column("Réalisé", 62, "right"),
    Column("Utilisé", 40, "right"),
    Column("À justifier", 40, "right"),
)
_CONVENTION_SHEET = (
    TabularColumn("Bailleur", width=28),
    TabularColumn("Quartier", width=10),
    TabularColumn("Logements", "int", 10),
    TabularColumn("Abattement", "money", 16),
    TabularColumn("Prévu", "money", 16),
    TabularColumn("Réalisé", "money", 16),
    TabularColumn("Utilisé (%)", "percent", 12),
    TabularColumn("Lignes à justifier", "int", 10),
)


def _convention_table(consolidation: Consolidation) -> Table:
    rows = [
        (
            b.convention.bailleur_name,
            b.convention.quartier_code,
            str(b.convention.logements),
            euros(b.abattement),
            euros(b.planned_total),
            euros(b.realised_total),
            percent_text(b.used_percent),
            str(len(b.unjustified)),
        )
        for b in consolidation.bilans
    ]
    rows.append(
        (
            "Total",
            "",
            str(consolidation.logements),
            euros(consolidation.abattement),
            euros(consolidation.planned_total),
            euros(consolidation.realised_total),
            percent_text(consolidation.used_percent),
            str(sum(len(b.unjustified) for b in consolidation.bilans)),
        )
    )
    return Table(
        columns=_CONVENTION_COLUMNS,
        rows=tuple(rows),
        highlighted_rows=frozenset(
            i for i, b in enumerate(consolidation.bilans) if b.under_used or b.unjustified
        ),
        caption="En rouge : sous-consommation de l'abattement ou lignes à justifier.",
        compact=True,
    )


def consolidation_document(consolidation: Consolidation, issuer: str) -> Document:
    """All bailleurs and quartiers of the contrat de ville for one year, for the COPIL."""
    blocks: list[Block] = [
        Heading("Conventions"),
        _convention_table(consolidation),
        Heading("Synthèse par axe, tous bailleurs"),
        summary_table(
            consolidation.axes, consolidation.planned_total, consolidation.realised_total
        ),
    ]
    if not consolidation.bilans:
        blocks = [Paragraph(f"Aucune convention ATFPB en {consolidation.year}.")]
    return issued_document(
        f"{CONSOLIDATION_TITLE} – {consolidation.year}",
        blocks,
        issuer=issuer,
        instance="Comité de pilotage du contrat de ville",
        date_text=f"Exercice {consolidation.year}",
        footer_note=f"Bilans ATFPB {consolidation.year} – consolidation",
    )


def consolidation_sheets(consolidation: Consolidation) -> tuple[TabularData, ...]:
    """Conventions, summary per axis across them, and every line."""
    conventions = TabularData(
        columns=_CONVENTION_SHEET,
        rows=tuple(
            (
                b.convention.bailleur_name,
                b.convention.quartier_code,
                b.convention.logements,
                b.abattement,
                b.planned_total,
                b.realised_total,
                percent(b.realised_total, b.abattement),
                len(b.unjustified),
            )
            for b in consolidation.bilans
        ),
        sheet_title="Conventions",
    )
    return (
        conventions,
        _summary_sheet(
            consolidation.axes, consolidation.planned_total, consolidation.realised_total
        ),
        _line_sheet(consolidation.bilans),
    )
