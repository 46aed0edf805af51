"""Narrow PDF columns break at word boundaries and hyphenate only a word too long."""

from __future__ import annotations

from pathlib import Path

import pytest

from gusp_desktop.documents import pdf
from gusp_desktop.documents.model import Column, Document, DocumentHeader, Table
from gusp_desktop.documents.wrapping import break_points, wrap_text
from tests.unit.documents.tools import run


def chars(text: str) -> float:
    """One point per character: a font where widths are easy to reason about."""
    return float(len(text))


def test_words_stay_whole_when_they_fit() -> None:
    assert wrap_text("Remplacer les candélabres", 14, chars) == "Remplacer les\ncandélabres"


def test_a_compound_name_breaks_at_its_own_hyphen() -> None:
    assert wrap_text("MH – Nadia Belkacem-Roussel", 12, chars) == "MH – Nadia\nBelkacem-\nRoussel"


def test_a_word_too_long_is_hyphenated_with_french_patterns() -> None:
    lines = wrap_text("Cheminement provisoire", 9, chars).split("\n")
    assert lines[0] == "Chemine-"
    assert lines[1].startswith("ment ")
    assert all(len(line) <= 9 for line in lines)


def test_no_break_spaces_never_break_and_lines_are_kept() -> None:
    assert wrap_text("100\u00a0% fait\nsuite", 6, chars) == "100\u00a0%\nfait\nsuite"


def test_break_points_prefer_the_longest_head() -> None:
    points = break_points("Belkacem-Roussel")
    assert points[0][0].startswith("Belkacem-Rous")
    assert ("Belkacem-", "Roussel") in break_points("Belkacem-Roussel", own_only=True)


@pytest.mark.parametrize("width", [10, 13, 20, 30])
def test_every_line_fits_and_nothing_is_lost(width: int) -> None:
    text = (
        "Désherbage et ramassage renforcés aux abords de l'école Jean-Macé "
        "anticonstitutionnellement"
    )
    lines = wrap_text(text, width, chars).split("\n")
    assert all(len(line) <= width for line in lines)
    rebuilt = " ".join(lines).replace("- ", "").replace(" ", "")
    assert rebuilt.replace("-", "") == text.replace(" ", "").replace("-", "")


def test_narrow_pdf_column_cuts_no_word(tmp_path: Path) -> None:
    """In a real PDF, a narrow pilot column shows « Belkacem- / Roussel » and
    « Chemine- / ment », never « Belk / acem » or « Cheminemen / t »."""
    columns = (Column("Pilote", 3), Column("Site", 3), Column("Reste", 18))
    rows = (("DP – Nadia Belkacem-Roussel", "Cheminement provisoire", ""),)
    narrow = Document("Essai", DocumentHeader("Org"), (Table(columns, rows),))
    path = tmp_path / "etroit.pdf"
    pdf.render_pdf(narrow, path)
    words = run("pdftotext", "-layout", str(path), "-").split()
    assert "Belkacem-" in words and "Roussel" in words
    assert "Chemine-" in words and "ment" in words
