"""Reading a returned tableau de suivi (XLSX saved by Excel or LibreOffice, or CSV) as plain values.

Nothing is judged here: cells are read as the file holds them (a formula stays a formula, a date
typed as text stays text) and the stamps are parsed; comparing them with the database is the
import service's job. Columns are found by their header, so a CSV whose columns were moved
still reads.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gusp_desktop.documents.returns_workbook import (
    CONTROL_COLUMN,
    STAMP_HEADER,
    STAMP_SHEET,
)
from gusp_desktop.domain.returns import (
    MANIFEST_FORMAT,
    NUMBER_COLUMN,
    STAMP_FORMAT,
    ReturnFileError,
    RowStamp,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

MAX_LINES = 100_000


@dataclass(frozen=True)
class ReadCell:
    """A cell as read: its value, whether it holds a formula, whether it is shown in %."""

    value: object = None
    formula: bool = False
    percent: bool = False


@dataclass(frozen=True)
class ReadLine:
    """One line of the plan sheet (``line`` as the spreadsheet numbers it) and its stamp text
    when the file carries it on the line itself (CSV)."""

    line: int
    cells: dict[str, ReadCell]
    control: str = ""


@dataclass(frozen=True)
class ReturnedFile:
    """The plan sheet's lines and the stamps; ``stamps`` is None when the file has none."""

    file_format: str
    titles: tuple[str, ...]
    lines: tuple[ReadLine, ...]
    stamps: tuple[RowStamp, ...] | None
    bad_stamps: tuple[str, ...] = field(default=())
    manifest: str = ""  # the CSV's signed list of exported rows, as read


def read_returned_file(path: Path) -> ReturnedFile:
    """Read an XLSX or a CSV return; a French ReturnFileError when it is neither."""
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReturnFileError(
            f"Impossible de lire le fichier « {path.name} » : {exc.strerror}."
        ) from exc
    if suffix == ".csv":
        return _read_csv(path.name, data)
    if suffix in (".xlsx", ".xlsm") or data[:2] == b"PK":
        return _read_xlsx(path.name, data)
    raise ReturnFileError(
        f"Le fichier « {path.name} » n'est ni un classeur .xlsx ni un fichier .csv."
    )


def parse_stamp(cells: tuple[str, ...]) -> RowStamp | None:
    """A stamp from its texts (hidden-sheet row or CSV « Contrôle » cell), None if malformed."""
    if len(cells) != len(STAMP_HEADER) or cells[0] != STAMP_FORMAT:
        return None
    try:
        deadline = dt.date.fromisoformat(cells[6]) if cells[6] else None
        return RowStamp(
            action_id=int(cells[1]),
            number=cells[2],
            version=int(cells[3]),
            status=cells[4],
            progress=int(cells[5]),
            revised_deadline=deadline,
            organisation=cells[7],
            cells=tuple(part for part in cells[8].split(",") if part),
            digest=cells[9],
        )
    except ValueError:
        return None


# ----------------------------------------------------------------------------- XLSX


def _read_xlsx(name: str, data: bytes) -> ReturnedFile:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ReturnFileError(
            f"Le fichier « {name} » n'est pas un classeur Excel lisible ({type(exc).__name__})."
        ) from exc
    plan = _plan_sheet(workbook.worksheets)
    if plan is None:
        raise ReturnFileError(
            f"Le fichier « {name} » ne contient pas de feuille de plan d'actions "
            f"(aucune feuille dont la cellule A1 est « {NUMBER_COLUMN} »)."
        )
    titles = tuple(_text(cell.value) for cell in plan[1])
    lines = []
    for number, row in enumerate(plan.iter_rows(min_row=2), start=2):
        if number > MAX_LINES:
            raise ReturnFileError(f"Le fichier « {name} » a plus de {MAX_LINES} lignes.")
        cells = {title: _cell(cell) for title, cell in zip(titles, row, strict=False) if title}
        if any(_filled(cell) for cell in cells.values()):
            lines.append(ReadLine(number, cells))
    hidden = STAMP_SHEET in workbook.sheetnames
    stamps, bad = _stamps(workbook[STAMP_SHEET]) if hidden else (None, ())
    return ReturnedFile("xlsx", titles, tuple(lines), stamps, bad)


def _plan_sheet(sheets: list[Any]) -> Worksheet | None:
    from openpyxl.worksheet.worksheet import Worksheet

    for sheet in sheets:
        if (
            isinstance(sheet, Worksheet)
            and sheet.title != STAMP_SHEET
            and _text(sheet.cell(row=1, column=1).value) == NUMBER_COLUMN
        ):
            return sheet
    return None


def _cell(cell: object) -> ReadCell:
    value = getattr(cell, "value", None)
    formula = getattr(cell, "data_type", "") == "f" or type(value).__name__ in (
        "ArrayFormula",
        "DataTableFormula",
    )
    number_format = str(getattr(cell, "number_format", "") or "")
    percent = "%" in number_format.replace('" %"', "").replace('"%"', "")
    return ReadCell(value if not formula else str(getattr(value, "text", value)), formula, percent)


def _filled(cell: ReadCell) -> bool:
    return cell.value is not None and _text(cell.value) != ""


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _stamps(sheet: object) -> tuple[tuple[RowStamp, ...], tuple[str, ...]]:
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    stamps, bad = [], []
    for row in sheet.iter_rows(min_row=2, values_only=True):
        texts = tuple(_text(value) for value in row[: len(STAMP_HEADER)])
        if not any(texts):
            continue
        stamp = parse_stamp(texts)
        if stamp is None:
            bad.append(texts[2] if len(texts) > 2 else "")
        else:
            stamps.append(stamp)
    return tuple(stamps), tuple(bad)


# ----------------------------------------------------------------------------- CSV


def _decode(name: str, data: bytes) -> str:
    """UTF-8 (with or without BOM) as exported, else Windows-1252 as French Excel saves."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise ReturnFileError(
                f"Le fichier « {name} » n'est ni en UTF-8 ni en Windows-1252."
            ) from exc


def _read_csv(name: str, data: bytes) -> ReturnedFile:
    text = _decode(name, data)
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise ReturnFileError(f"Le fichier « {name} » n'est pas un CSV lisible : {exc}.") from exc
    if not rows or _text(rows[0][0] if rows[0] else "") != NUMBER_COLUMN:
        raise ReturnFileError(
            f"Le fichier « {name} » ne commence pas par l'en-tête du plan d'actions "
            f"(première colonne « {NUMBER_COLUMN} »)."
        )
    titles = tuple(_text(title) for title in rows[0])
    has_control = CONTROL_COLUMN in titles
    lines, stamps, bad = [], [], []
    manifest = ""
    for number, row in enumerate(rows[1:], start=2):
        if number > MAX_LINES:
            raise ReturnFileError(f"Le fichier « {name} » a plus de {MAX_LINES} lignes.")
        if not any(part.strip() for part in row):
            continue
        cells = {
            title: ReadCell(value, formula=value.lstrip().startswith("="))
            for title, value in zip(titles, row, strict=False)
            if title and title != CONTROL_COLUMN
        }
        control = ""
        if has_control:
            index = titles.index(CONTROL_COLUMN)
            control = row[index].strip() if index < len(row) else ""
            if control.startswith(MANIFEST_FORMAT) and not any(p.strip() for p in row[:index]):
                manifest = control
                continue
            stamp = parse_stamp(tuple(control.split("|"))) if control else None
            if stamp is not None:
                stamps.append(stamp)
            elif control:
                bad.append(control)
        lines.append(ReadLine(number, cells, control))
    return ReturnedFile(
        "csv", titles, tuple(lines), tuple(stamps) if has_control else None, tuple(bad), manifest
    )
