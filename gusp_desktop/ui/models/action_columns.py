"""The columns of the plan d'actions, shared by the flat table and the grouped view.

Seven columns are shown by default because they fit a 1366×768 screen beside the detail
panel (n°, action, quartier, pilote, échéance, état, avancement); the others are offered by
the header's context menu. A column with a SQL sort key sorts on the server; the others
(computed or many-valued) do not sort.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from gusp_desktop.domain.actions import ActionRow
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.i18n import NBSP, QT_TRANSLATE_NOOP, current_locale, short_date
from gusp_desktop.ui.labels import tr_label

CONTEXT = "ActionTableModel"
OVERDUE_BACKGROUND = QColor("#fde2e1")
#: Restricted actions (cellule de veille, marked by hand) stand out from the public plan.
RESTRICTED_BACKGROUND = QColor("#ece3f5")
ROW_ROLE = Qt.ItemDataRole.UserRole
#: The progress as an int, for the progress bar of the « Avancement » column.
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclasses.dataclass(frozen=True)
class Column:
    """One column: header (French source text), SQL sort key ("" : not sortable), cell text."""

    header: str
    sort_key: str
    text: Callable[[ActionRow], str]
    width: int
    shown: bool = False
    align_right: bool = False


def _money(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return f"{current_locale().toString(float(amount), 'f', 2)}{NBSP}€"


def _updated(row: ActionRow) -> str:
    return short_date(row.updated_at.astimezone(PARIS).date())


def _restricted(restricted: bool) -> str:
    return QCoreApplication.translate("ActionTableModel", "restreinte") if restricted else ""


COLUMNS: tuple[Column, ...] = (
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "N°"), "number", lambda r: r.number, 88, shown=True
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "Action"), "title", lambda r: r.title, 300, shown=True
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "Quartier"),
        "quartier",
        lambda r: r.quartier_code,
        64,
        shown=True,
    ),
    Column(QT_TRANSLATE_NOOP("ActionTableModel", "Site"), "site", lambda r: r.site_name, 170),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "Thème"), "theme", lambda r: tr_label(r.theme), 170
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "Pilote"),
        "pilot",
        lambda r: r.pilot_organisation_code,
        80,
        shown=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "Échéance"),
        "deadline",
        lambda r: short_date(r.deadline),
        84,
        shown=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "État"),
        "status",
        lambda r: tr_label(r.status),
        92,
        shown=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "Avancement"),
        "progress",
        lambda r: f"{r.progress}{NBSP}%",
        96,
        shown=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "Priorité"),
        "priority",
        lambda r: tr_label(r.priority),
        70,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "Contact pilote"),
        "",
        lambda r: r.pilot_contact_name,
        150,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "Partenaires"),
        "",
        lambda r: ", ".join(r.partner_codes),
        150,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "Axe ATFPB"),
        "",
        lambda r: tr_label(r.atfpb_axis) if r.atfpb_axis else "",
        170,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "Coût"),
        "",
        lambda r: _money(r.cost),
        90,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "Échéance initiale"),
        "",
        lambda r: short_date(r.initial_deadline),
        84,
    ),
    Column(QT_TRANSLATE_NOOP("ActionTableModel", "Modifiée le"), "updated", _updated, 84),
    Column(QT_TRANSLATE_NOOP("ActionTableModel", "Indicateur"), "", lambda r: r.indicator, 160),
    Column(
        QT_TRANSLATE_NOOP("ActionTableModel", "Diffusion"),
        "",
        lambda r: _restricted(r.is_restricted),
        90,
    ),
)
NUMBER_COLUMN = 0
TITLE_COLUMN = 1
STATUS_COLUMN = 7
PROGRESS_COLUMN = 8
DEFAULT_COLUMNS = tuple(i for i, c in enumerate(COLUMNS) if c.shown)
COLUMN_WIDTHS = tuple(c.width for c in COLUMNS)


def header_text(column: int) -> str:
    """The translated title of ``column``."""
    return QCoreApplication.translate(CONTEXT, COLUMNS[column].header)


def column_of(sort_key: str) -> int:
    """The column sorted by ``sort_key`` (the number's when unknown)."""
    keys = [c.sort_key for c in COLUMNS]
    return keys.index(sort_key) if sort_key in keys else NUMBER_COLUMN


# Roles as plain ints: a view asks ~3 000 times per paint, and comparing an int with a
# PySide6 enum member goes through Python's enum machinery each time (half the paint time).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROW = int(ROW_ROLE)
_PROGRESS = int(PROGRESS_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def cell_data(row: ActionRow, column: int, role: int) -> Any:
    """What a cell of ``row`` shows for ``role`` (None when nothing)."""
    if role == _DISPLAY:
        return COLUMNS[column].text(row)
    if role == _EDIT:
        return row.status if column == STATUS_COLUMN else COLUMNS[column].text(row)
    if role == _BACKGROUND:
        if row.overdue:
            return OVERDUE_BACKGROUND
        return RESTRICTED_BACKGROUND if row.is_restricted else None
    if role == _TOOLTIP:
        return tooltip(row)
    if role == _ALIGNMENT:
        return _RIGHT if COLUMNS[column].align_right else None
    if role == _ROW:
        return row
    if role == _PROGRESS:
        return row.progress
    return None


def tooltip(row: ActionRow) -> str:
    """The whole title (the cell elides it), and whether the action is late."""
    text = f"{row.number} — {row.title}"
    if row.overdue:
        text += "\n" + QCoreApplication.translate("ActionTableModel", "En retard")
    if row.is_restricted:
        text += "\n" + QCoreApplication.translate("ActionTableModel", "Diffusion restreinte")
    return text
