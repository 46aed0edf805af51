"""DOCX rendering, re-read with python-docx and converted by LibreOffice."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm
from PIL import Image

from gusp_desktop.documents import docx as docx_renderer
from gusp_desktop.documents.french import french_typography
from gusp_desktop.documents.model import Column, Paragraph, Table

from .samples import ACCENTS, HIGHLIGHTED, ROW_COUNT, sample_document, small_document
from .tools import libreoffice_to_pdf, pdf_page_count, pdf_text


@pytest.fixture(scope="module")
def sample_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "compte-rendu.docx"
    docx_renderer.render_docx(sample_document(), path)
    return path


def _open(path: Path) -> Any:
    """The document re-read by python-docx, typed loosely to reach into its XML."""
    return docx.Document(str(path))


def _close(length: Any, expected: Any) -> bool:
    """Lengths are stored in twentieths of a point, so compare to within a twip."""
    return length is not None and abs(length - expected) <= 635


def _action_table(document: Any) -> Any:
    for table in document.tables:
        if table.rows[0].cells[0].text == "N°":
            return table
    raise AssertionError("tableau de suivi introuvable")


def test_text_and_headings(sample_docx: Path) -> None:
    document = _open(sample_docx)
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", "Compte rendu du comité technique") in paragraphs
    assert ("Heading 1", "Suivi des actions") in paragraphs
    assert ("Heading 2", "Section sans contenu") in paragraphs
    texts = "\n".join(text for _, text in paragraphs)
    assert french_typography(f"Caractères : {ACCENTS}") in texts  # typography at rendering
    assert "Balises <b>non interprétées</b> & co" in texts
    assert "François Œuvray (bailleur)" in texts


def test_table_rows_and_repeated_header(sample_docx: Path) -> None:
    table = _action_table(_open(sample_docx))
    assert len(table.rows) == ROW_COUNT + 1
    header = table.rows[0]._tr
    assert header.trPr is not None
    assert header.trPr.find(qn("w:tblHeader")) is not None
    assert table.rows[1]._tr.trPr is None or table.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None
    assert [cell.text for cell in table.rows[0].cells] == [
        "N°",
        "Action",
        "Pilote",
        "Échéance",
        "État",
    ]
    assert table.rows[ROW_COUNT].cells[1].text.startswith(f"Action n° {ROW_COUNT}\u202f:")


def _fill(cell: Any) -> str | None:
    shading = cell._tc.tcPr.find(qn("w:shd")) if cell._tc.tcPr is not None else None
    return None if shading is None else shading.get(qn("w:fill"))


def test_highlighted_rows_shaded(sample_docx: Path) -> None:
    table = _action_table(_open(sample_docx))
    for index in range(ROW_COUNT):
        fills = {_fill(cell) for cell in table.rows[index + 1].cells}
        if index in HIGHLIGHTED:
            assert fills == {"F8D7DA"}, index
        else:
            assert "F8D7DA" not in fills, index


def test_column_widths_on_grid_and_cells(sample_docx: Path) -> None:
    table = _action_table(_open(sample_docx))
    grid = [column.width for column in table.columns]
    assert all(width for width in grid)
    # Weights 0.6 / 4 / 2 / 1.3 / 1.2 over 17 cm of text width.
    assert abs(grid[1] / grid[0] - 4 / 0.6) < 0.01
    assert abs(sum(grid) - Cm(17)) < Cm(0.01)
    for row in (table.rows[0], table.rows[150], table.rows[-1]):
        assert [cell.width for cell in row.cells] == grid


def test_page_is_a4_with_french_dejavu_normal_style(sample_docx: Path) -> None:
    document = _open(sample_docx)
    section = document.sections[0]
    assert _close(section.page_width, Cm(21)) and _close(section.page_height, Cm(29.7))
    assert section.orientation == WD_ORIENT.PORTRAIT
    normal = document.styles["Normal"]
    assert normal.font.name == "DejaVu Sans"
    lang = normal.element.rPr.find(qn("w:lang"))
    assert lang is not None and lang.get(qn("w:val")) == "fr-FR"


def test_headings_use_dejavu_not_theme_fonts(sample_docx: Path) -> None:
    with zipfile.ZipFile(sample_docx) as archive:
        styles = archive.read("word/styles.xml").decode()
    assert "majorHAnsi" not in styles.split('w:styleId="Heading1"')[1].split("</w:style>")[0]


def test_header_and_page_fields(sample_docx: Path) -> None:
    document = _open(sample_docx)
    section = document.sections[0]
    header_text = "\n".join(
        cell.text for table in section.header.tables for row in table.rows for cell in row.cells
    )
    for expected in ("Ville de Montreuil-sur-Loire", "Comité technique GUSP", "Séance n° 4"):
        assert expected in header_text
    footer = section.footer.paragraphs[0]._p
    instructions = [field.get(qn("w:instr")).strip() for field in footer.iter(qn("w:fldSimple"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert "Diffusion\u202f: membres du comité" in section.footer.paragraphs[0].text


def test_signature_boxes_have_borders(sample_docx: Path) -> None:
    document = _open(sample_docx)
    table = next(t for t in document.tables if "Le président de séance" in t.rows[0].cells[0].text)
    first = table.rows[0].cells[0]
    borders = first._tc.tcPr.find(qn("w:tcBorders"))
    assert borders is not None and borders.find(qn("w:top")).get(qn("w:val")) == "single"
    assert "Marc Dupont" in first.text


def test_landscape_section(tmp_path: Path) -> None:
    path = tmp_path / "paysage.docx"
    docx_renderer.render_docx(small_document(landscape=True), path)
    section = _open(path).sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert _close(section.page_width, Cm(29.7)) and _close(section.page_height, Cm(21))


def test_logo_and_empty_table(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 400), (30, 80, 160)).save(logo)
    columns = (Column("Nom"), Column("Signature"))
    document = small_document(logo_path=logo, blocks=(Table(columns),))
    path = tmp_path / "logo.docx"
    docx_renderer.render_docx(document, path)
    with zipfile.ZipFile(path) as archive:
        assert any(name.startswith("word/media/") for name in archive.namelist())
    table = _open(path).tables[0]
    assert len(table.rows) == 2
    assert table.rows[1].cells[0].text == "Aucun élément à afficher."


def test_corrupt_logo_is_skipped(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"not an image")
    path = tmp_path / "logo-illisible.docx"
    docx_renderer.render_docx(small_document(logo_path=logo), path)
    header = _open(path).sections[0].header
    assert len(header.tables[0].columns) == 2  # no logo column
    with zipfile.ZipFile(path) as archive:
        assert not any(name.startswith("word/media/") for name in archive.namelist())


def test_control_characters_pasted_in_text_do_not_break_the_file(tmp_path: Path) -> None:
    path = tmp_path / "controle.docx"
    docx_renderer.render_docx(small_document(blocks=(Paragraph("avant\x0bapr\x00ès"),)), path)
    assert "avantaprès" in [p.text for p in _open(path).paragraphs]


def test_failure_midway_keeps_previous_file(tmp_path: Path, monkeypatch: Any) -> None:
    path = tmp_path / "cr.docx"
    path.write_bytes(b"previous version")

    def explode(doc: Any, block: Any, width: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setitem(docx_renderer._WRITERS, Table, explode)
    with pytest.raises(RuntimeError, match="boom"):
        docx_renderer.render_docx(sample_document(), path)
    assert path.read_bytes() == b"previous version"
    assert sorted(os.listdir(tmp_path)) == ["cr.docx"]


@pytest.mark.slow
def test_libreoffice_converts_it(sample_docx: Path, tmp_path: Path) -> None:
    converted = libreoffice_to_pdf(sample_docx, tmp_path)
    assert converted.is_file()
    total = pdf_page_count(converted)
    assert total > 5
    first = pdf_text(converted, 1)
    assert "Compte rendu du comité technique" in first
    assert re.search(rf"Page 1 / {total}\b", first)
    second = pdf_text(converted, 2)
    assert "Échéance" in second and "Action n°" in second
