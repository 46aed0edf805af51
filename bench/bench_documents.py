"""A 50-point compte rendu with a 300-action annex, rendered to PDF and DOCX.

The application's path (builder → neutral document → renderer) is timed against the same
content written directly with reportlab and python-docx in the same run, so the ratio shows
what the neutral model, French typography, page furniture and safety checks cost.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import docx
from docx.shared import Cm
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import Figure, measure, print_table  # noqa: E402

from gusp_desktop.documents.builders.minutes import build_minutes_document  # noqa: E402
from gusp_desktop.documents.docx import render_docx_bytes  # noqa: E402
from gusp_desktop.documents.pdf import render_pdf_bytes  # noqa: E402
from gusp_desktop.documents.pdf_styles import FONT, FONT_BOLD, register_fonts  # noqa: E402
from gusp_desktop.domain.minutes import ActionLine, MinutesContent, MinutesItem, PersonLine

POINTS = 50
ANNEX = 300
REPEAT = 5
NOTE = (
    "Le bailleur indique que le nettoyage des halls est désormais assuré six jours sur sept ; "
    "les habitants présents confirment l'amélioration, sauf à la tour C où les dépôts "
    "d'encombrants persistent en pied d'immeuble. La Ville rappelle le calendrier de collecte. "
)


def _people(count: int, organisation: str) -> tuple[PersonLine, ...]:
    return tuple(
        PersonLine(i, f"Personne {i} Dupont-Lefèvre", organisation[:4].upper(), organisation)
        for i in range(count)
    )


def _action(i: int, comment: str = "") -> ActionLine:
    return ActionLine(
        number=f"HM-25-{i:03d}",
        title=f"Enlever les encombrants en pied de tour {i} et poser une signalétique",
        pilot_code="MH",
        pilot_contact_name="Julien Cappelaere",
        deadline=dt.date(2025, 3, 31) + dt.timedelta(days=i),
        status="en_cours",
        status_label="En cours",
        overdue=i % 5 == 0,
        comment=comment,
    )


def content() -> MinutesContent:
    """Fifty points with notes and decisions, actions reviewed in séance, a 300-row annex."""
    items = tuple(
        MinutesItem(
            position=i,
            title=f"Point {i} : propreté et encombrants de la résidence « Les Aubépines »",
            kind="suivi",
            kind_label="Suivi",
            presenter_name="Claire Demarquette",
            description="",
            notes="\n\n".join([NOTE * 3] * 3),
            decisions=(f"Décision {i} : échéance reportée au 30/09 ; point au prochain comité.",),
        )
        for i in range(1, POINTS + 1)
    )
    start = dt.datetime(2025, 6, 12, 7, 30, tzinfo=dt.UTC)
    present = _people(14, "Marve Habitat (OPH)")
    return MinutesContent(
        seance_id=1, seance_number=4, instance_code="COTECH", instance_name="COTECH GUSP",
        instance_type="cotech", instance_type_label="Comité technique", confidential=False,
        quartiers=("HM – Les Hauts-de-Marve",), starts_at=start, local_date=start.date(),
        local_time="09:30", duration_minutes=150, place="Mairie annexe", status="cr_redaction",
        status_label="Compte rendu en rédaction", president=present[0], secretary=present[1],
        summary=NOTE, present=present, excused=_people(2, "Ville"), absent=(), represented=(),
        unrecorded=(), agenda=items,
        followed_actions=tuple(_action(i, "Point fait en séance.") for i in range(1, 101)),
        new_actions=(), follow_up=tuple(_action(i) for i in range(1, ANNEX + 1)),
        next_meeting_note="", next_seance=None, distribution=present, as_of=dt.date(2025, 6, 15),
    )  # fmt: skip


# ----------------------------------------------------------------------------- baselines


def _action_rows(lines: tuple[ActionLine, ...]) -> list[list[str]]:
    return [
        [a.number, a.title, f"{a.pilot_code} – {a.pilot_contact_name}", f"{a.deadline:%d/%m/%Y}"]
        + [a.status_label]
        for a in lines
    ]


def raw_reportlab(data: MinutesContent) -> bytes:
    """The same text with reportlab alone: paragraphs, tables with repeated header rows."""
    register_fonts()
    body = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=13.5)
    head = ParagraphStyle("h", fontName=FONT_BOLD, fontSize=13, leading=16, spaceBefore=10)
    cell = ParagraphStyle("c", fontName=FONT, fontSize=8.5, leading=10.5)
    header = ["N°", "Action", "Pilote", "Échéance", "État"]
    widths = [2 * cm, 6.5 * cm, 3.5 * cm, 2 * cm, 3 * cm]

    def table(lines: tuple[ActionLine, ...]) -> Table:
        rows = [[Paragraph(v, cell) for v in row] for row in [header, *_action_rows(lines)]]
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.4, "grey")])
        return t

    story = [Paragraph("Compte rendu", head), Paragraph(data.summary, body)]
    story += [Paragraph(f"{p.organisation_name} : {p.name}", body) for p in data.present]
    for item in data.agenda:
        story.append(Paragraph(f"{item.position}. {item.title}", head))
        story += [Paragraph(part, body) for part in item.notes.split("\n\n")]
        story += [Paragraph(f"• {d}", body) for d in item.decisions]
        story.append(table(data.followed_actions[item.position - 1 : item.position + 1]))
    story += [PageBreak(), Paragraph("Annexe", head), table(data.follow_up)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, initialFontName=FONT).build(story)
    return buffer.getvalue()


def raw_docx(data: MinutesContent) -> bytes:
    """The same text with python-docx alone, tables in the built-in grid style."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    document.add_heading("Compte rendu", 0)
    document.add_paragraph(data.summary)
    for p in data.present:
        document.add_paragraph(f"{p.organisation_name} : {p.name}", style="List Bullet")

    def table(lines: tuple[ActionLine, ...]) -> None:
        rows = _action_rows(lines)
        t = document.add_table(rows=len(rows) + 1, cols=5)
        t.style = "Table Grid"
        header = ["N°", "Action", "Pilote", "Échéance", "État"]
        for cells, values in zip(t.rows, [header, *rows], strict=True):
            for c, v in zip(cells.cells, values, strict=True):
                c.text = v

    for item in data.agenda:
        document.add_heading(f"{item.position}. {item.title}", 2)
        for part in item.notes.split("\n\n"):
            document.add_paragraph(part)
        for d in item.decisions:
            document.add_paragraph(d, style="List Bullet")
        table(data.followed_actions[item.position - 1 : item.position + 1])
    document.add_page_break()
    document.add_heading("Annexe", 1)
    table(data.follow_up)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> None:
    data = content()
    render_pdf_bytes(build_minutes_document(data))  # warm-up: fonts, imports
    raw_reportlab(data)
    model = measure(lambda: build_minutes_document(data), REPEAT)
    figures = [
        Figure("modèle neutre seul (builder)", model),
        Figure(
            "compte rendu → PDF (builder + rendu)",
            measure(lambda: render_pdf_bytes(build_minutes_document(data)), REPEAT),
            "reportlab seul, même contenu",
            measure(lambda: raw_reportlab(data), REPEAT),
        ),
        Figure(
            "compte rendu → DOCX (builder + rendu)",
            measure(lambda: render_docx_bytes(build_minutes_document(data)), REPEAT),
            "python-docx seul, même contenu",
            measure(lambda: raw_docx(data), REPEAT),
        ),
    ]
    print_table(f"Compte rendu de {POINTS} points, annexe de {ANNEX} actions", figures)


if __name__ == "__main__":
    main()
