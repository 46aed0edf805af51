"""Records of the Annuaire and Territoire lists as a table model, filtered as the user types.

The model holds plain rows (service DTOs) and asks the record adapter for their column texts;
the search keeps the rows containing every typed word, case and accents ignored, the same
folding the database search uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from gusp_desktop.domain.text import search_key

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RecordColumns(Protocol):
    """How one kind of record is shown as table columns."""

    def headers(self) -> list[str]:
        """Column titles."""

    def cells(self, row: Any) -> list[str]:
        """Texts of one row."""


class RecordsModel(QAbstractTableModel):
    """Rows of one adapter, filtered by the words typed in the search box."""

    def __init__(self, adapter: RecordColumns, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._rows: list[Any] = []
        self._keys: list[str] = []
        self.visible: list[Any] = []
        self._words: list[str] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show new rows, keeping the filter."""
        self._rows = list(rows)
        self._keys = [search_key(" ".join(self._adapter.cells(r))) for r in self._rows]
        self._apply()

    def set_filter(self, text: str) -> None:
        """Keep rows containing every typed word (case and accents ignored)."""
        self._words = search_key(text).split()
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self.visible = [
            row
            for row, key in zip(self._rows, self._keys, strict=True)
            if all(w in key for w in self._words)
        ]
        self.endResetModel()

    def row_of(self, record_id: int) -> int:
        """Visible row of a record, -1 when hidden or absent."""
        return next((i for i, r in enumerate(self.visible) if r.id == record_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._adapter.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._adapter.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self._adapter.cells(self.visible[index.row()])[index.column()]
        return None
