"""The partner's tableau de suivi as a file that can come back: XLSX and CSV.

The plan's rows are those of :func:`~gusp_desktop.documents.builders.action_plan.action_plan_table`
plus two columns for the partner's answer (« Commentaire », « Nouvelle échéance proposée »).
In the XLSX the four editable columns (état, %, commentaire, nouvelle échéance) are unlocked,
coloured and validated (list of états, whole number 0–100, a date); every other cell is locked
by sheet protection. Sheet protection only prevents slips: what proves a returned row is the
stamp (see :mod:`gusp_desktop.domain.returns`), written in a very hidden sheet of the XLSX and
in a last « Contrôle » column of the CSV, which has no hidden place.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import secrets
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass

from gusp_desktop.documents.builders.action_plan import ActionPlan, action_plan_table
from gusp_desktop.documents.cells import neutralise
from gusp_desktop.documents.tabular import (
    TabularColumn,
    TabularData,
    build_workbook,
    csv_text,
)
from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.domain.returns import (
    EDITABLE_COLUMNS,
    STAMP_FORMAT,
    RowStamp,
    canonical,
    manifest_cell,
    signed,
)

_EPOCH = dt.date(2000, 1, 1)
MAX_CELL_TEXT = 32_000
STAMP_SHEET = "_gusp_retour"
GUIDE_SHEET = "Mode d'emploi"
CONTROL_COLUMN = "Contrôle (ne pas modifier)"
EDITABLE_FILL = "FFF2CC"
EDITABLE_HEADER_FILL = "FFD966"
PROGRESS_FORMAT = '0" %"'
STAMP_HEADER = (
    "format",
    "action_id",
    "numero",
    "version",
    "etat",
    "avancement",
    "echeance_revisee",
    "organisation",
    "cellules",
    "controle",
)
ANSWER_COLUMNS = (
    TabularColumn(EDITABLE_COLUMNS["comment"], width=40),
    TabularColumn(EDITABLE_COLUMNS["proposed_deadline"], "date", width=14),
)
GUIDE = (
    "Tableau de suivi à compléter et à renvoyer",
    "",
    "Remplissez uniquement les colonnes en jaune : « État », « % » (avancement, nombre entier "
    "de 0 à 100), « Commentaire » et « Nouvelle échéance proposée » (une date, par exemple "
    "31/10/2025).",
    "Les autres colonnes sont verrouillées : elles décrivent l'action telle qu'elle figure "
    "au plan d'actions.",
    "N'ajoutez ni ne supprimez de lignes et ne saisissez pas de formules : chaque ligne est "
    "contrôlée à l'import et toute modification est signalée au coordonnateur.",
    "Enregistrez le fichier au format .xlsx (Excel ou LibreOffice) et renvoyez-le.",
)


@dataclass(frozen=True)
class ReturnColumns:
    """The columns of a returnable plan: all of them, and the locked ones with their kinds."""

    columns: tuple[TabularColumn, ...]

    @property
    def titles(self) -> tuple[str, ...]:
        """Every title, in order."""
        return tuple(column.title for column in self.columns)

    @property
    def locked(self) -> tuple[TabularColumn, ...]:
        """The columns a partner may not change, in order (they are signed)."""
        editable = set(EDITABLE_COLUMNS.values())
        return tuple(column for column in self.columns if column.title not in editable)


def return_columns() -> ReturnColumns:
    """The columns of the returnable plan, the same for export and import."""
    base = action_plan_table(ActionPlan(rows=(), as_of=_EPOCH)).columns
    return ReturnColumns((*base, *ANSWER_COLUMNS))


def _table(plan: ActionPlan) -> TabularData:
    table = action_plan_table(plan)
    rows = tuple((*row, "", None) for row in table.rows)
    return TabularData(
        return_columns().columns, rows, table.highlighted_rows, sheet_title=table.sheet_title
    )


def _stamp(plan: ActionPlan, index: int, organisation: str) -> RowStamp:
    row = plan.rows[index]
    return RowStamp(
        action_id=row.id,
        number=row.number,
        version=row.version,
        status=row.status.value,
        progress=row.progress,
        revised_deadline=row.revised_deadline,
        organisation=organisation,
    )


def _locked_values(columns: ReturnColumns, values: Sequence[object]) -> list[tuple[str, str]]:
    """(title, canonical value) of each locked column of one written row."""
    by_title = dict(zip(columns.titles, values, strict=True))
    return [
        (column.title, canonical(by_title[column.title], column.kind)) for column in columns.locked
    ]


# ----------------------------------------------------------------------------- XLSX


def returnable_xlsx(plan: ActionPlan, key: bytes, organisation: str = "") -> bytes:
    """The plan as an XLSX a partner fills in and sends back (see the module's docstring)."""
    from openpyxl.workbook.protection import WorkbookProtection

    columns = return_columns()
    table = _table(plan)
    workbook = build_workbook(table)
    sheet = workbook.active
    assert sheet is not None
    stamps = []
    for index in range(len(plan.rows)):
        line = index + 2
        progress = sheet.cell(row=line, column=_position(columns, "progress"))
        progress.value = plan.rows[index].progress
        written = [sheet.cell(row=line, column=n).value for n in range(1, len(columns.columns) + 1)]
        stamps.append(
            signed(key, _stamp(plan, index, organisation), _locked_values(columns, written))
        )
    _open_answer_cells(sheet, columns, len(plan.rows))
    _validate(sheet, columns, len(plan.rows))
    _protect(sheet)
    _stamp_sheet(workbook, stamps)
    _guide_sheet(workbook)
    workbook.active = 0
    workbook.security = WorkbookProtection(
        workbookPassword=secrets.token_urlsafe(12), lockStructure=True
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _position(columns: ReturnColumns, field: str) -> int:
    """1-based column number of an editable field."""
    return columns.titles.index(EDITABLE_COLUMNS[field]) + 1


def _open_answer_cells(sheet: object, columns: ReturnColumns, count: int) -> None:
    """Unlock and colour the editable cells; mark their headers."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, PatternFill, Protection
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    fill = PatternFill(fill_type="solid", start_color=EDITABLE_FILL, end_color=EDITABLE_FILL)
    header_fill = PatternFill(
        fill_type="solid", start_color=EDITABLE_HEADER_FILL, end_color=EDITABLE_HEADER_FILL
    )
    for field in EDITABLE_COLUMNS:
        number = _position(columns, field)
        header = sheet.cell(row=1, column=number)
        header.fill = header_fill
        header.comment = Comment("Colonne à compléter par le partenaire.", "GUSP Desktop")
        if not count:
            continue
        # Styles are set once on the first cell and its style record copied to the others:
        # assigning fill, protection and alignment cell by cell costs seconds per thousand rows.
        first = sheet.cell(row=2, column=number)
        first.protection = Protection(locked=False)
        first.fill = fill
        first.alignment = Alignment(vertical="top", wrap_text=True)
        kind = columns.columns[number - 1].kind
        if field == "progress":
            first.number_format = PROGRESS_FORMAT
        elif kind == "date":
            first.number_format = "DD/MM/YYYY"
        for line in range(3, count + 2):
            sheet.cell(row=line, column=number)._style = copy(first._style)


def _validate(sheet: object, columns: ReturnColumns, count: int) -> None:
    """Data validation: a list of états, a whole number 0–100, a date."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    if not count:
        return
    labels = ",".join(status.label for status in ActionStatus)

    def area(field: str) -> str:
        letter = get_column_letter(_position(columns, field))
        return f"{letter}2:{letter}{count + 1}"

    rules = (
        (
            "status",
            DataValidation(type="list", formula1=f'"{labels}"', allow_blank=False),
            "Choisissez un état dans la liste.",
        ),
        (
            "progress",
            DataValidation(
                type="whole", operator="between", formula1="0", formula2="100", allow_blank=False
            ),
            "L'avancement est un nombre entier entre 0 et 100.",
        ),
        (
            "proposed_deadline",
            DataValidation(type="date", operator="greaterThan", formula1="36526", allow_blank=True),
            "Saisissez une date, par exemple 31/10/2025.",
        ),
    )
    for field, rule, message in rules:
        rule.error = message
        rule.errorTitle = "Valeur refusée"
        rule.showErrorMessage = True
        rule.prompt = message
        rule.showInputMessage = True
        rule.add(area(field))
        sheet.add_data_validation(rule)


def _protect(sheet: object) -> None:
    """Lock every cell but the answers; filters and column widths stay usable."""
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    protection = sheet.protection
    protection.sheet = True
    protection.password = secrets.token_urlsafe(12)
    protection.autoFilter = False
    protection.sort = False
    protection.formatColumns = False
    protection.formatRows = False
    protection.selectLockedCells = False
    protection.selectUnlockedCells = False


def _stamp_sheet(workbook: object, stamps: Sequence[RowStamp]) -> None:
    """The very hidden, protected sheet holding each row's stamp (as text cells)."""
    from openpyxl import Workbook

    assert isinstance(workbook, Workbook)
    sheet = workbook.create_sheet(STAMP_SHEET)
    sheet.append(STAMP_HEADER)
    for stamp in stamps:
        sheet.append(stamp_cells(stamp))
    for row in sheet.iter_rows():
        for cell in row:
            cell.data_type = "s"
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True
    sheet.protection.password = secrets.token_urlsafe(12)


def stamp_cells(stamp: RowStamp) -> tuple[str, ...]:
    """A stamp as the texts of the hidden sheet's row (the CSV joins them with « | »)."""
    deadline = stamp.revised_deadline.isoformat() if stamp.revised_deadline else ""
    return (
        STAMP_FORMAT,
        str(stamp.action_id),
        stamp.number,
        str(stamp.version),
        stamp.status,
        str(stamp.progress),
        deadline,
        stamp.organisation,
        ",".join(stamp.cells),
        stamp.digest,
    )


def _guide_sheet(workbook: object) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    assert isinstance(workbook, Workbook)
    sheet = workbook.create_sheet(GUIDE_SHEET)
    for text in GUIDE:
        sheet.append([text])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.column_dimensions["A"].width = 110
    for row in sheet.iter_rows(min_row=2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.protection.sheet = True


# ----------------------------------------------------------------------------- CSV


def returnable_csv(plan: ActionPlan, key: bytes, organisation: str = "") -> bytes:
    """The plan as a CSV for French Excel, each row ending with its stamp."""
    columns = return_columns()
    table = _table(plan)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(title) for title in (*columns.titles, CONTROL_COLUMN)])
    for index, row in enumerate(table.rows):
        texts = [
            csv_text(value, column.kind) for value, column in zip(row, columns.columns, strict=True)
        ]
        stamp = signed(key, _stamp(plan, index, organisation), _locked_values(columns, texts))
        writer.writerow([*texts, "|".join(stamp_cells(stamp))])
    manifest = manifest_cell(key, organisation, [row.id for row in plan.rows])
    if len(manifest) <= MAX_CELL_TEXT:  # a spreadsheet keeps no longer cell
        writer.writerow(["" for _title in columns.titles] + [manifest])
    return buffer.getvalue().encode("utf-8-sig")
