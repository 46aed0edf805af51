"""XLSX and CSV exports, read back with openpyxl, zipfile and the csv module."""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gusp_desktop.documents import tabular
from gusp_desktop.documents.cells import neutralise
from gusp_desktop.documents.tabular import (
    TabularColumn,
    TabularData,
    write_csv,
    write_xlsx,
)

HOSTILE = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tcaché", "\r=1+1"]
COLUMNS = (
    TabularColumn("Action"),
    TabularColumn("Échéance", "date"),
    TabularColumn("N°", "int"),
    TabularColumn("Avancement", "percent"),
    TabularColumn("Coût", "money", width=14),
)


def _data() -> TabularData:
    rows: list[tuple[Any, ...]] = [
        (f"Action n° {i} : « cœur » à réparer", date(2025, 6, 12), i, 45, Decimal("1234.5"))
        for i in range(1, 21)
    ]
    rows += [(text, None, None, None, None) for text in HOSTILE]
    rows.append(("Texte\x0b avec caractère de contrôle", "pas une date", 3.5, 12.5, 10))
    return TabularData(COLUMNS, tuple(rows), frozenset({1, 4}), "Suivi: actions/2025 [QPV]")


@pytest.fixture(scope="module")
def workbook_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "suivi.xlsx"
    write_xlsx(_data(), path)
    return path


@pytest.fixture(scope="module")
def csv_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("csv") / "suivi.csv"
    write_csv(_data(), path)
    return path


def test_xlsx_rows_and_types(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path).active
    data = _data()
    assert sheet.max_row == len(data.rows) + 1
    assert [cell.value for cell in sheet[1]] == [column.title for column in COLUMNS]
    first = sheet[2]
    assert first[0].value == "Action n° 1 : « cœur » à réparer"
    assert isinstance(first[1].value, datetime) and first[1].is_date
    assert first[1].value.date() == date(2025, 6, 12)
    assert first[1].number_format == "DD/MM/YYYY"
    assert first[2].value == 1 and first[2].data_type == "n"
    assert first[3].value == pytest.approx(0.45) and "%" in first[3].number_format
    assert first[4].value == pytest.approx(1234.5)


def test_xlsx_mismatched_values_become_text(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path).active
    last = sheet[sheet.max_row]
    assert last[0].value == "Texte avec caractère de contrôle"
    assert last[1].value == "pas une date" and last[1].data_type == "s"
    assert last[2].value == 3.5  # a float in an int column is still a number


def test_xlsx_layout(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path).active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:E{len(_data().rows) + 1}"
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.title == "Suivi actions 2025 QPV"
    assert sheet.column_dimensions["E"].width == 14
    assert 8 <= sheet.column_dimensions["A"].width <= 60


def test_xlsx_highlighted_rows(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path).active
    for row_index in range(2, sheet.max_row + 1):
        colours = {cell.fill.fgColor.rgb for cell in sheet[row_index]}
        highlighted = row_index - 2 in {1, 4}
        assert any(str(c).endswith("F8D7DA") for c in colours) == highlighted, row_index


def test_xlsx_never_contains_a_formula(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path).active
    assert not [
        cell.coordinate for row in sheet.iter_rows() for cell in row if cell.data_type == "f"
    ]
    values = [row[0].value for row in sheet.iter_rows(min_row=22, max_row=27)]
    assert values == ["'" + text for text in HOSTILE]
    with zipfile.ZipFile(workbook_path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml


def _csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))


def test_csv_encoding_and_separators(csv_path: Path) -> None:
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].split(b"\r\n")[0] == "Action;Échéance;N°;Avancement;Coût".encode()
    assert raw.endswith(b"\r\n")
    assert re.search(rb"(?<!\r)\n", raw) is None  # every line ends with CRLF


def test_csv_values(csv_path: Path) -> None:
    rows = _csv_rows(csv_path)
    assert rows[1] == ["Action n° 1 : « cœur » à réparer", "12/06/2025", "1", "45%", "1234,50"]
    assert len(rows) == len(_data().rows) + 1


def test_csv_neutralises_formulas(csv_path: Path) -> None:
    rows = _csv_rows(csv_path)
    assert [row[0] for row in rows[21:27]] == ["'" + text for text in HOSTILE]


def test_neutralise_cases() -> None:
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("Bonjour") == "Bonjour"
    assert neutralise("") == ""
    assert neutralise("1-2") == "1-2"


def test_neutralise_sees_through_leading_controls_and_blanks() -> None:
    assert neutralise("\x01=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0"
    assert neutralise("\x1b\x7f+1") == "'+1"
    assert neutralise('  =HYPERLINK("http://x")') == '\'  =HYPERLINK("http://x")'
    assert neutralise("\u00a0@SUM(A1)").startswith("'")
    assert neutralise("Bon\x00jour\x9b") == "Bonjour"


def _is_control(char: str) -> bool:
    code = ord(char)
    return (
        (code < 32 and char not in "\t\r\n")
        or 0x7F <= code <= 0x9F
        or 0x202A <= code <= 0x202E
        or 0x2066 <= code <= 0x2069
    )


@given(st.text())
def test_neutralise_never_leaves_a_dangerous_start(text: str) -> None:
    result = neutralise(text)
    visible = result.lstrip(" \t\r\n\u00a0")
    assert result.startswith("'") or not visible.startswith(("=", "+", "-", "@"))
    assert not result.startswith(("\t", "\r", "\n"))
    cleaned = "".join(c for c in text if not _is_control(c))
    assert result in (cleaned, "'" + cleaned)


def test_rows_must_match_columns() -> None:
    with pytest.raises(ValueError, match="ligne 1"):
        TabularData((TabularColumn("A"),), (("a", "b"),))


def test_failure_midway_keeps_previous_file(tmp_path: Path, monkeypatch: Any) -> None:
    path = tmp_path / "suivi.xlsx"
    path.write_bytes(b"previous version")

    def explode(sheet: Any, data: Any) -> None:
        sheet.cell(row=2, column=1).value = "début"
        raise RuntimeError("boom")

    monkeypatch.setattr(tabular, "_write_rows", explode)
    with pytest.raises(RuntimeError, match="boom"):
        write_xlsx(_data(), path)
    assert path.read_bytes() == b"previous version"
    assert sorted(os.listdir(tmp_path)) == ["suivi.xlsx"]


def test_empty_export(tmp_path: Path) -> None:
    data = TabularData((TabularColumn("Action"), TabularColumn("Échéance", "date")))
    write_xlsx(data, tmp_path / "vide.xlsx")
    write_csv(data, tmp_path / "vide.csv")
    sheet = openpyxl.load_workbook(tmp_path / "vide.xlsx").active
    assert sheet.auto_filter.ref == "A1:B1"
    assert _csv_rows(tmp_path / "vide.csv") == [["Action", "Échéance"]]
