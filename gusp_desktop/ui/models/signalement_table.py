"""Signalements as a table: one line each, late ones on a light red background."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtCore import QPersistentModelIndex as _Persistent
from PySide6.QtGui import QBrush, QColor

from gusp_desktop.domain.signalements import SignalementRow
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP
from gusp_desktop.ui.labels import tr_label

Index = QModelIndex | _Persistent
_ROOT = QModelIndex()
OVERDUE_BACKGROUND = QColor("#f8d7da")
HEADERS = (
    QT_TRANSLATE_NOOP("SignalementTable", "N°"),
    QT_TRANSLATE_NOOP("SignalementTable", "Reçu le"),
    QT_TRANSLATE_NOOP("SignalementTable", "Canal"),
    QT_TRANSLATE_NOOP("SignalementTable", "Catégorie"),
    QT_TRANSLATE_NOOP("SignalementTable", "Quartier"),
    QT_TRANSLATE_NOOP("SignalementTable", "Lieu"),
    QT_TRANSLATE_NOOP("SignalementTable", "Organisation"),
    QT_TRANSLATE_NOOP("SignalementTable", "Statut"),
    QT_TRANSLATE_NOOP("SignalementTable", "Échéance"),
    QT_TRANSLATE_NOOP("SignalementTable", "Action"),
)

#: Where the place is shown (the column that takes the table's spare width).
PLACE_COLUMN = 5


def cells(row: SignalementRow) -> list[str]:
    """The texts of one line, as shown."""
    late = QCoreApplication.translate("SignalementTable", " (en retard)") if row.overdue else ""
    return [
        str(row.id),
        row.received_at.astimezone(PARIS).strftime("%d/%m/%Y %H:%M"),
        tr_label(row.channel),
        row.category_label,
        row.quartier_code,
        row.site_name or row.address,
        row.organisation_code or QCoreApplication.translate("SignalementTable", "à orienter"),
        tr_label(row.status),
        row.due_date.strftime("%d/%m/%Y") + late,
        row.action_number,
    ]


class SignalementTableModel(QAbstractTableModel):
    """The signalements the page's filters selected."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SignalementRow] = []
        self._cells: list[list[str]] = []

    def set_rows(self, rows: Sequence[SignalementRow]) -> None:
        """Show new lines."""
        self.beginResetModel()
        self.rows = list(rows)
        self._cells = [cells(r) for r in self.rows]
        self.endResetModel()

    def row_of(self, signalement_id: int) -> int:
        """The line of a signalement, -1 when it is not shown."""
        return next((i for i, r in enumerate(self.rows) if r.id == signalement_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SignalementTable", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and self.rows[index.row()].overdue:
            return QBrush(OVERDUE_BACKGROUND)
        return None
