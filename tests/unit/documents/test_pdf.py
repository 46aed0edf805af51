"""PDF rendering, checked with poppler (pdftotext, pdffonts, pdfinfo, pdfimages, pdftoppm)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from reportlab.platypus import Spacer

from gusp_desktop.documents import pdf, pdf_blocks
from gusp_desktop.documents.model import BulletList, Paragraph
from gusp_desktop.documents.pdf_styles import markup

from .samples import ACCENTS, ROW_COUNT, sample_document, small_document
from .tools import (
    colour_pixels,
    pdf_fonts,
    pdf_image_count,
    pdf_page_count,
    pdf_page_size,
    pdf_text,
)

HIGHLIGHT_RGB = (0xF8, 0xD7, 0xDA)


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "compte-rendu.pdf"
    pdf.render_pdf(sample_document(), path)
    return path


def test_text_survives_with_french_characters(sample_pdf: Path) -> None:
    text = pdf_text(sample_pdf)
    for expected in (
        "Compte rendu du comité technique",
        "Relevé des décisions",
        "Participants",
        "Suivi des actions",
        "Section sans contenu",
        "François Œuvray",
        f"Action n° {ROW_COUNT}",
        "Marc Dupont",
        "Le président de séance",
        ACCENTS,
    ):
        assert expected in text, expected


def test_user_markup_is_printed_not_interpreted(sample_pdf: Path) -> None:
    assert "Balises <b>non interprétées</b> & co" in pdf_text(sample_pdf)


def test_header_and_numbered_footer_on_every_page(sample_pdf: Path) -> None:
    total = pdf_page_count(sample_pdf)
    assert total > 5  # 300 rows cannot fit on a few pages
    for page in (1, 2, total):
        text = pdf_text(sample_pdf, page)
        assert f"Page {page} / {total}" in text
        assert "Ville de Montreuil-sur-Loire" in text
        assert "Séance n° 4" in text
        assert "Les Hauts de Ville, La Noue" in text
        assert "Diffusion : membres du comité" in text


def test_only_embedded_dejavu_fonts(sample_pdf: Path) -> None:
    fonts = pdf_fonts(sample_pdf)
    assert fonts, "pdffonts listed no font"
    assert all(emb == "yes" for _, emb in fonts), fonts
    assert all("DejaVu" in name for name, _ in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)


def test_table_header_repeated_on_each_page_it_spans(sample_pdf: Path) -> None:
    pages_with_rows = [
        page
        for page in range(1, pdf_page_count(sample_pdf) + 1)
        if re.search(r"Action n° \d+ :", pdf_text(sample_pdf, page))
    ]
    assert len(pages_with_rows) > 3
    assert 2 in pages_with_rows
    for page in pages_with_rows:
        text = pdf_text(sample_pdf, page)
        assert "Échéance" in text and "Pilote" in text, page


def test_highlighted_rows_are_shaded(sample_pdf: Path, tmp_path: Path) -> None:
    # Rows 3 and 6 (indexes 2 and 5) are on page 1 in light red; page 2 has no highlighted row.
    assert colour_pixels(sample_pdf, 1, HIGHLIGHT_RGB, tmp_path) > 200
    assert colour_pixels(sample_pdf, 2, HIGHLIGHT_RGB, tmp_path) == 0


def test_portrait_a4(sample_pdf: Path) -> None:
    width, height = pdf_page_size(sample_pdf)
    assert (round(width), round(height)) == (595, 842)


def test_landscape_a4(tmp_path: Path) -> None:
    path = tmp_path / "paysage.pdf"
    pdf.render_pdf(small_document(landscape=True), path)
    width, height = pdf_page_size(path)
    assert (round(width), round(height)) == (842, 595)
    assert "Feuille d’émargement" in pdf_text(path)


def test_logo_drawn_on_every_page(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (30, 80, 160)).save(logo)
    path = tmp_path / "logo.pdf"
    pdf.render_pdf(sample_document(logo=logo), path)
    assert pdf_image_count(path) == pdf_page_count(path)


def test_missing_logo_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "sans-logo.pdf"
    pdf.render_pdf(small_document(logo_path=tmp_path / "absent.png"), path)
    assert pdf_image_count(path) == 0
    assert "Feuille d’émargement" in pdf_text(path)


def test_corrupt_logo_is_skipped(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"not an image")
    path = tmp_path / "logo-illisible.pdf"
    pdf.render_pdf(small_document(logo_path=logo), path)
    assert pdf_image_count(path) == 0


def test_markup_escapes_and_keeps_french_spaces_unbreakable() -> None:
    assert markup("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert markup("Date\u202f: «\u202foui\u202f»") == "Date\u00a0: «\u00a0oui\u00a0»"
    assert markup("ligne 1\nligne 2") == "ligne 1<br/>ligne 2"


def test_narrow_space_never_starts_a_line(tmp_path: Path) -> None:
    # A colon after U+202F must stay glued to its word; items of varying lengths make sure
    # that some line would otherwise end right before a colon. Left-aligned text is used so
    # that pdftotext sees ordinary word gaps.
    items = tuple(
        " ".join(f"{'m' * (shift + i % 5)}{i}\u202f:" for i in range(120)) for shift in range(1, 9)
    )
    blocks = (BulletList(items),)
    path = tmp_path / "espaces.pdf"
    pdf.render_pdf(small_document(blocks=blocks), path)
    lines = [line.strip() for line in pdf_text(path).splitlines()]
    assert sum(line.endswith(":") for line in lines) > 20
    assert not [line for line in lines if line.startswith(":")]


def _files(directory: Path) -> list[str]:
    return sorted(os.listdir(directory))


def test_failure_midway_keeps_previous_file(tmp_path: Path, monkeypatch: Any) -> None:
    path = tmp_path / "cr.pdf"
    path.write_bytes(b"previous version")

    class Exploding(Spacer):  # type: ignore[misc]
        def draw(self) -> None:
            raise RuntimeError("boom")

    def explode(block: Any, styles: Any, width: float) -> list[Any]:
        return [Exploding(1, 1)]

    monkeypatch.setitem(pdf_blocks._BUILDERS, Paragraph, explode)
    with pytest.raises(RuntimeError, match="boom"):
        pdf.render_pdf(sample_document(), path)
    assert path.read_bytes() == b"previous version"
    assert _files(tmp_path) == ["cr.pdf"]


def test_success_replaces_file_without_leftovers(tmp_path: Path) -> None:
    path = tmp_path / "cr.pdf"
    path.write_bytes(b"previous version")
    pdf.render_pdf(small_document(), path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert _files(tmp_path) == ["cr.pdf"]
