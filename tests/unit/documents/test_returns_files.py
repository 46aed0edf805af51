"""The returnable plan read back without a database: hostile texts stay text and sign the same,
and a file that is not a returned plan is refused with a French message naming it."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gusp_desktop.documents.builders.action_plan import ActionPlan
from gusp_desktop.documents.returns_reader import read_returned_file
from gusp_desktop.documents.returns_workbook import return_columns, returnable_csv, returnable_xlsx
from gusp_desktop.domain.returns import (
    ReturnFileError,
    canonical,
    changed_locked_columns,
    stamp_is_genuine,
)
from tests.unit.documents.builder_samples import action_row

KEY = b"k" * 32
HOSTILE = '=HYPERLINK("http://exemple.invalid";"ici")\x07'


def _plan() -> ActionPlan:
    rows = (action_row(1, title=HOSTILE), action_row(2, revised_deadline=dt.date(2025, 9, 30)))
    return ActionPlan(rows=rows, as_of=dt.date(2025, 6, 15))


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_what_was_written_reads_back_genuine_and_unchanged(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"plan.{suffix}"
    writer = returnable_xlsx if suffix == "xlsx" else returnable_csv
    path.write_bytes(writer(_plan(), KEY, "MH"))
    returned = read_returned_file(path)
    assert returned.stamps is not None and len(returned.stamps) == 2
    columns = return_columns()
    titles = [column.title for column in columns.locked]
    for line, stamp in zip(returned.lines, returned.stamps, strict=True):
        assert stamp_is_genuine(KEY, stamp) and stamp.organisation == "MH"
        read = {
            c.title: canonical(line.cells[c.title].value, c.kind)
            for c in columns.locked
            if c.title in line.cells
        }
        assert changed_locked_columns(KEY, stamp, titles, read) == []
        assert not any(cell.formula for cell in line.cells.values())
    assert returned.stamps[1].revised_deadline == dt.date(2025, 9, 30)


def test_the_xlsx_formula_cell_stays_text() -> None:
    sheet = load_workbook(io.BytesIO(returnable_xlsx(_plan(), KEY))).active
    assert sheet is not None
    cell = sheet["E2"]
    assert cell.data_type == "s" and str(cell.value).startswith("'=HYPERLINK")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("retour.xlsx", b"ceci n'est pas un classeur"),
        ("retour.csv", b"Action;Etat\r\nx;y\r\n"),
        ("retour.docx", b"\x00\x01"),
        ("retour.csv", b""),
    ],
)
def test_a_file_that_is_not_a_returned_plan_is_refused(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReturnFileError, match=name):
        read_returned_file(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ReturnFileError, match="absent.xlsx"):
        read_returned_file(tmp_path / "absent.xlsx")
