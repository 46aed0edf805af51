"""The neutral document model refuses inconsistent documents early, with French messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from gusp_desktop.documents.model import (
    Column,
    Document,
    DocumentError,
    DocumentHeader,
    Heading,
    Table,
    printable,
)


def test_row_length_must_match_columns() -> None:
    with pytest.raises(DocumentError, match="ligne 2 du tableau a 1 cellules au lieu de 2"):
        Table((Column("A"), Column("B")), (("a", "b"), ("c",)))


def test_highlighted_rows_must_exist() -> None:
    with pytest.raises(DocumentError, match=r"\[3\]"):
        Table((Column("A"),), (("a",),), frozenset({0, 3}))


def test_table_needs_columns_with_positive_weight() -> None:
    with pytest.raises(DocumentError):
        Table(())
    with pytest.raises(DocumentError, match="largeur positive"):
        Column("A", 0)


def test_heading_level() -> None:
    with pytest.raises(DocumentError, match="Niveau de titre"):
        Heading("Titre", 4)


def test_usable_logo(tmp_path: Path) -> None:
    header = DocumentHeader("Ville")
    assert Document("T", header).usable_logo() is None
    assert Document("T", header, logo_path=tmp_path / "absent.png").usable_logo() is None
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"x")
    assert Document("T", header, logo_path=logo).usable_logo() == logo


def test_document_is_immutable() -> None:
    document = Document("T", DocumentHeader("Ville"))
    with pytest.raises(AttributeError):
        document.title = "autre"  # type: ignore[misc]


def test_printable_strips_characters_files_cannot_hold() -> None:
    document = Document(
        "Titre\x0b",
        DocumentHeader("Ville\x00"),
        (Table((Column("A\x01"),), (("b\x1f\tc\nd",),), frozenset({0})),),
    )
    cleaned = printable(document)
    assert cleaned.title == "Titre"
    assert cleaned.header.organisation_name == "Ville"
    table = cleaned.blocks[0]
    assert isinstance(table, Table)
    assert table.columns[0].title == "A"
    assert table.rows == (("b\tc\nd",),)
    assert table.highlighted_rows == frozenset({0})
