"""Large type and the HTML page, from hand-built documents (no database)."""

from __future__ import annotations

import datetime as dt

import docx
from docx.shared import Pt

from gusp_desktop.documents.builders.resident_summary import build_resident_summary
from gusp_desktop.documents.docx import build_docx
from gusp_desktop.documents.html import render_html
from gusp_desktop.documents.model import (
    BulletList,
    Column,
    Document,
    DocumentHeader,
    Heading,
    Paragraph,
    Table,
)
from gusp_desktop.documents.pdf_styles import build_styles
from gusp_desktop.domain.resident_summary import (
    ReportedTheme,
    ResidentSummary,
    SummaryAction,
    SummaryDecision,
)
from tests.resident_summary.reading import StrictHtml


def _summary() -> ResidentSummary:
    return ResidentSummary(
        issuer="Agglo <test>",
        quartier_code="HM",
        quartier_name="Les Hauts & Bas",
        communes="Marvelin",
        start=dt.date(2025, 1, 1),
        end=dt.date(2025, 6, 30),
        reported=(ReportedTheme("Éclairage", 2, 1, ("Rue <b>noire</b>",)),),
        decisions=(SummaryDecision(dt.date(2025, 3, 6), "comité technique", "Rampe PMR"),),
        actions=(SummaryAction("Éclairage", "Remplacer 4 candélabres HS", "", "Ville", True),),
        generated_on=dt.date(2025, 7, 1),
    )


def test_large_type_is_twelve_points_at_least_in_pdf_styles() -> None:
    large = build_styles().large()
    for name in ("body", "bullet", "cell", "header_cell", "key", "value", "small", "caption"):
        assert getattr(large, name).fontSize >= 12, name
    assert large.heading[0].fontSize > large.body.fontSize
    assert large.header_text.fontSize == build_styles().header_text.fontSize


def test_docx_uses_heading_styles_and_large_type() -> None:
    document = build_docx(build_resident_summary(_summary()))
    normal = document.styles["Normal"]
    assert isinstance(normal, docx.styles.style.ParagraphStyle)
    assert normal.font.size is not None and normal.font.size >= Pt(12)
    used = {p.style.name for p in document.paragraphs if p.style is not None}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet"} <= used


def test_html_escapes_text_and_keeps_structure() -> None:
    page = render_html(
        Document(
            title="T <x>",
            header=DocumentHeader("Org & co"),
            blocks=(
                Heading("A", 1),
                Paragraph("un\ndeux"),
                BulletList(("<script>",)),
                Heading("B", 1),
                Table((Column("N", align="right"),), (("3",),), caption="c"),
            ),
        )
    )
    assert "<script>" not in page and "&lt;script&gt;" in page
    parser = StrictHtml()
    parser.feed(page)
    assert parser.errors == [] and parser.stack == []
    tags = [t for t, _ in parser.starts]
    assert tags.count("section") == 2 and tags.count("h2") == 2
    assert ("th", {"scope": "col", "class": "nombre"}) in parser.starts


def test_glossary_explains_the_acronyms_used() -> None:
    page = render_html(build_resident_summary(_summary()))
    for term in ("GUSP", "Bailleur", "PMR", "HS", "Comité technique"):
        assert f"<dt>{term}</dt>" in page
    assert "<dt>NPNRU</dt>" not in page, "only the words the document uses"
