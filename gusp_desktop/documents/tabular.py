"""Spreadsheet exports (XLSX and CSV) of lists such as the tableau de suivi des actions.

Exports leave the application and are opened in spreadsheet software, where a cell that starts
with ``=`` can run a formula (CSV/formula injection). Every text cell is therefore neutralised
with :func:`~gusp_desktop.documents.cells.neutralise`, and XLSX text cells are always stored as
strings, never as formulas.
Dates and numbers are written as real dates and numbers so that sorting and filtering work.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from gusp_desktop.documents.cells import neutralise
from gusp_desktop.fileio import write_bytes_atomic

# openpyxl loads on the first XLSX export: the services and the window import this module.
if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

ColumnKind = Literal["text", "date", "int", "decimal", "percent", "money"]
CellValue = str | int | float | Decimal | date | None

DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
_NUMBER_FORMATS: dict[str, str] = {
    "int": "0",
    "decimal": "0.0",
    "percent": "0 %",
    "money": '#,##0.00\\ "€"',
}
HIGHLIGHT_FILL = "F8D7DA"
HEADER_FILL = "DCE3EC"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_MAX_CELL_TEXT = 32_767  # Excel refuses longer cell texts
_MAX_AUTO_WIDTH = 60
_MIN_AUTO_WIDTH = 8


@dataclass(frozen=True, slots=True)
class TabularColumn:
    """One exported column.

    ``kind`` decides how values are written: ``date`` expects :class:`datetime.date`,
    ``int`` whole numbers, ``decimal`` a number with one decimal (a mean délai in days),
    ``percent`` a number of percent (45 for 45 %, as the
    « % d'avancement » of an action), ``money`` an amount in euros. ``width`` is in
    spreadsheet character units; ``None`` sizes the column from its content.
    """

    title: str
    kind: ColumnKind = "text"
    width: float | None = None


@dataclass(frozen=True, slots=True)
class TabularData:
    """Rows to export; ``highlighted_rows`` are indexes into ``rows`` (e.g. overdue actions)."""

    columns: tuple[TabularColumn, ...]
    rows: tuple[tuple[CellValue, ...], ...] = ()
    highlighted_rows: frozenset[int] = field(default_factory=frozenset)
    sheet_title: str = "Export"
    # « Diffusion restreinte »: a last column repeating it on every row (a CSV has no pages),
    # and the printed header and footer of every page of the sheet.
    notice: str = ""

    def with_notice(self) -> TabularData:
        """The same data with the notice as a last column on every row (if there is one)."""
        if not self.notice:
            return self
        return TabularData(
            (*self.columns, TabularColumn("Diffusion", width=20)),
            tuple((*row, self.notice) for row in self.rows),
            self.highlighted_rows,
            self.sheet_title,
        )

    def __post_init__(self) -> None:
        width = len(self.columns)
        for index, row in enumerate(self.rows):
            if len(row) != width:
                raise ValueError(f"La ligne {index + 1} a {len(row)} valeurs au lieu de {width}.")


def _as_text(value: CellValue) -> str:
    """A value that does not match its column's kind, shown as French text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Oui" if value else "Non"
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _is_number(value: CellValue) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return False
    return not (isinstance(value, float) and not math.isfinite(value))


# ----------------------------------------------------------------------------- XLSX


def _xlsx_text(text: str) -> str:
    """Text an XLSX cell can hold: control characters (pasted from other software) removed,
    length capped, then neutralised."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", text)[:_MAX_CELL_TEXT])


def _sheet_title(title: str) -> str:
    """A sheet name Excel accepts: no []:*?/\\ and at most 31 characters."""
    cleaned = " ".join(_SHEET_FORBIDDEN.sub(" ", title).split()).strip("'")
    return cleaned[:31] or "Export"


def _xlsx_value(value: CellValue, kind: ColumnKind) -> tuple[object, str | None]:
    """The value to store and its number format; text is neutralised."""
    if kind == "date" and isinstance(value, date):
        return value, DATETIME_FORMAT if isinstance(value, datetime) else DATE_FORMAT
    if kind in _NUMBER_FORMATS and _is_number(value):
        assert value is not None and not isinstance(value, str | date)
        number = value / 100 if kind == "percent" else value
        return (float(number) if isinstance(number, Decimal) else number), _NUMBER_FORMATS[kind]
    if value is None:
        return None, None
    return _xlsx_text(_as_text(value)), None


def _display_length(value: CellValue, kind: ColumnKind) -> int:
    """Approximate width of a value once formatted, to size columns."""
    if kind == "date" and isinstance(value, date):
        return 16 if isinstance(value, datetime) else 10
    text = _as_text(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _column_width(data: TabularData, index: int) -> float:
    column = data.columns[index]
    if column.width is not None:
        return column.width
    longest = max(
        [len(column.title) + 3] + [_display_length(row[index], column.kind) for row in data.rows]
    )
    return float(min(_MAX_AUTO_WIDTH, max(_MIN_AUTO_WIDTH, longest + 2)))


def _write_header(sheet: Worksheet, data: TabularData) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill(fill_type="solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
    wrap = Alignment(wrap_text=True, vertical="center")
    for number, column in enumerate(data.columns, start=1):
        cell = sheet.cell(row=1, column=number)
        cell.value = _xlsx_text(column.title)
        cell.data_type = "s"
        cell.font = bold
        cell.fill = fill
        cell.alignment = wrap
        letter = get_column_letter(number)
        sheet.column_dimensions[letter].width = _column_width(data, number - 1)


def _write_rows(sheet: Worksheet, data: TabularData) -> None:
    from openpyxl.styles import Alignment, PatternFill

    highlight = PatternFill(fill_type="solid", start_color=HIGHLIGHT_FILL, end_color=HIGHLIGHT_FILL)
    top = Alignment(vertical="top", wrap_text=True)
    for index, row in enumerate(data.rows):
        highlighted = index in data.highlighted_rows
        for number, (value, column) in enumerate(zip(row, data.columns, strict=True), start=1):
            stored, number_format = _xlsx_value(value, column.kind)
            cell = sheet.cell(row=index + 2, column=number)
            cell.value = stored
            if isinstance(stored, str):
                cell.data_type = "s"  # never a formula, whatever the text looks like
                cell.alignment = top
            if number_format is not None:
                cell.number_format = number_format
            if highlighted:
                cell.fill = highlight


def _fill_sheet(sheet: Worksheet, data: TabularData) -> None:
    """Bold frozen header, an autofilter over the whole range and typed cells."""
    from openpyxl.utils import get_column_letter

    if data.notice:
        for part in (sheet.oddHeader.center, sheet.oddFooter.center):
            part.text = data.notice
        data = data.with_notice()
    sheet.title = _sheet_title(data.sheet_title)
    _write_header(sheet, data)
    _write_rows(sheet, data)
    sheet.freeze_panes = "A2"
    last = f"{get_column_letter(max(1, len(data.columns)))}{len(data.rows) + 1}"
    sheet.auto_filter.ref = f"A1:{last}"


def build_workbook(data: TabularData) -> Workbook:
    """One sheet with a bold frozen header, an autofilter over the whole range and typed cells."""
    return build_workbook_sheets((data,))


def build_workbook_sheets(sheets: Sequence[TabularData]) -> Workbook:
    """One sheet per ``TabularData``, in order (sheet titles must differ)."""
    if not sheets:
        raise ValueError("Un classeur doit avoir au moins une feuille.")
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    workbook = Workbook()
    first = workbook.active
    assert isinstance(first, Worksheet)
    _fill_sheet(first, sheets[0])
    for data in sheets[1:]:
        _fill_sheet(workbook.create_sheet(), data)
    workbook.properties.creator = "GUSP Desktop"
    workbook.properties.title = sheets[0].sheet_title
    return workbook


def workbook_bytes(sheets: Sequence[TabularData]) -> bytes:
    """An XLSX file of several sheets, as bytes."""
    buffer = io.BytesIO()
    build_workbook_sheets(sheets).save(buffer)
    return buffer.getvalue()


def xlsx_bytes(data: TabularData) -> bytes:
    """The XLSX file as bytes."""
    buffer = io.BytesIO()
    build_workbook(data).save(buffer)
    return buffer.getvalue()


def write_xlsx(data: TabularData, path: str | os.PathLike[str]) -> None:
    """Write ``data`` as an Excel workbook at ``path`` (atomically)."""
    write_bytes_atomic(path, xlsx_bytes(data))


# ----------------------------------------------------------------------------- CSV


def _french_number(value: int | float | Decimal, decimals: int | None) -> str:
    """« 1234,50 »: decimal comma and no thousands separator, as French Excel reads it."""
    text = f"{value:.{decimals}f}" if decimals is not None else str(value)
    return text.replace(".", ",")


def _csv_value(value: CellValue, kind: ColumnKind) -> str:
    if kind == "date" and isinstance(value, date):
        return _as_text(value)
    if kind in _NUMBER_FORMATS and _is_number(value):
        assert value is not None and not isinstance(value, str | date)
        if kind == "int":
            return _french_number(value, 0 if not isinstance(value, int) else None)
        if kind == "percent":
            return _french_number(value, None if isinstance(value, int) else 1) + "%"
        if kind == "decimal":
            return _french_number(value, 1)
        return _french_number(value, 2)
    return neutralise(_as_text(value))


def csv_text(value: CellValue, kind: ColumnKind) -> str:
    """One value as a CSV cell holds it (French numbers and dates, neutralised text)."""
    return _csv_value(value, kind)


def csv_bytes(data: TabularData) -> bytes:
    """UTF-8 with BOM, ``;`` separator and CRLF line ends: what French Excel opens directly."""
    data = data.with_notice()
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(column.title) for column in data.columns])
    for row in data.rows:
        writer.writerow(
            [
                _csv_value(value, column.kind)
                for value, column in zip(row, data.columns, strict=True)
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(data: TabularData, path: str | os.PathLike[str]) -> None:
    """Write ``data`` as a CSV file at ``path`` (atomically)."""
    write_bytes_atomic(path, csv_bytes(data))
