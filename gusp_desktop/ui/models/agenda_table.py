"""The ordre du jour as a table model: edits and moves become requests, never local changes.

A cell edit or a drop does not change the rows here: the model emits what the user asked for,
the editor turns it into an undoable command that calls the service, and the rows come back
from the database. The table therefore always shows what is stored.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from gusp_desktop.domain.agenda import AgendaItemData, AgendaItemDTO
from gusp_desktop.domain.enums import AgendaItemKind
from gusp_desktop.services.agenda import PLANNED_MAX
from gusp_desktop.ui.labels import tr_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
MIME_TYPE = "application/x-gusp-agenda-item"
ItemIdRole = Qt.ItemDataRole.UserRole + 1
_CONTEXT = "AgendaModel"
HEADERS = (
    QT_TRANSLATE_NOOP("AgendaModel", "N°"),
    QT_TRANSLATE_NOOP("AgendaModel", "Intitulé"),
    QT_TRANSLATE_NOOP("AgendaModel", "Nature"),
    QT_TRANSLATE_NOOP("AgendaModel", "Intervenant"),
    QT_TRANSLATE_NOOP("AgendaModel", "Durée (min)"),
)
COL_POSITION, COL_TITLE, COL_KIND, COL_PRESENTER, COL_MINUTES = range(5)
_EDITABLE = frozenset({COL_TITLE, COL_KIND, COL_PRESENTER, COL_MINUTES})


def item_data(item: AgendaItemDTO) -> AgendaItemData:
    """The editable fields of a point, as the service takes them."""
    return AgendaItemData(
        title=item.title,
        kind=item.kind,
        presenter_id=item.presenter_id,
        planned_minutes=item.planned_minutes,
        description=item.description,
    )


class AgendaModel(QAbstractTableModel):
    """Points of one séance in order; emits move and edit requests."""

    #: (item id, new 1-based position) asked by a drop or by moveRows.
    move_requested = Signal(int, int)
    #: (item id, new AgendaItemData) asked by a cell edit.
    edit_requested = Signal(int, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItemDTO] = []
        self.editable = True

    # -- content -------------------------------------------------------------------------

    def set_items(self, items: Sequence[AgendaItemDTO]) -> None:
        """Show the points as stored."""
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def set_version(self, item_id: int, version: int) -> None:
        """Another tab saved this point (its notes): keep the version the next edit expects."""
        for row, item in enumerate(self.items):
            if item.id == item_id:
                self.items[row] = dataclasses.replace(item, version=version)

    def row_of(self, item_id: int) -> int:
        """Row of a point, -1 when absent."""
        return next((r for r, i in enumerate(self.items) if i.id == item_id), -1)

    def total_minutes(self) -> int:
        """Planned time of all the points."""
        return sum(i.planned_minutes for i in self.items)

    # -- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(_CONTEXT, str(HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(item, index.column())
        if role == Qt.ItemDataRole.EditRole:
            return _edit_value(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.description or None
        if role == ItemIdRole:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if index.column() in _EDITABLE:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        item = self.items[index.row()]
        before = item_data(item)
        after = _with_value(before, index.column(), value)
        if after is None or after == before:
            return False
        self.edit_requested.emit(item.id, after)
        return True

    # -- drag and drop -------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self.items[i.row()].id for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(MIME_TYPE, json.dumps(ids).encode("ascii"))
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """A dropped point moves to where it was dropped (between rows, or onto a row)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.editable or not data.hasFormat(MIME_TYPE):
            return False
        ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
        source = self.row_of(int(ids[0])) if len(ids) == 1 else -1
        if source < 0:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        return self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)

    def moveRows(
        self, source_parent: Index, source_row: int, count: int, dest_parent: Index, dest_child: int
    ) -> bool:
        """Ask to move one point before row ``dest_child`` (Qt's convention)."""
        if count != 1 or not 0 <= source_row < len(self.items) or not self.editable:
            return False
        if dest_child in (source_row, source_row + 1):
            return False
        new_index = dest_child - 1 if dest_child > source_row else dest_child
        self.move_requested.emit(self.items[source_row].id, new_index + 1)
        return True


def _display(item: AgendaItemDTO, column: int) -> Any:
    return (
        item.position,
        item.title,
        tr_label(item.kind),
        item.presenter_name,
        item.planned_minutes,
    )[column]


def _edit_value(item: AgendaItemDTO, column: int) -> Any:
    return (
        item.position,
        item.title,
        item.kind.value,
        item.presenter_id,
        item.planned_minutes,
    )[column]


def _with_value(data: AgendaItemData, column: int, value: Any) -> AgendaItemData | None:
    """``data`` with one field changed; None when the value cannot be right."""
    if column == COL_TITLE:
        title = str(value or "").strip()
        return dataclasses.replace(data, title=title) if title else None
    if column == COL_KIND:
        return dataclasses.replace(data, kind=AgendaItemKind(str(value)))
    if column == COL_PRESENTER:
        presenter = int(value) if value not in (None, "") else None
        return dataclasses.replace(data, presenter_id=presenter)
    if column == COL_MINUTES:
        minutes = int(value)
        return (
            dataclasses.replace(data, planned_minutes=minutes)
            if 0 <= minutes <= PLANNED_MAX
            else None
        )
    return None


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over (label, value) pairs given by ``choices``."""

    def __init__(
        self, choices: Callable[[], Sequence[tuple[str, Any]]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self._choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MinutesDelegate(QStyledItemDelegate):
    """Planned minutes between 0 and the service's maximum."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, PLANNED_MAX)
        return spin


def kind_choices() -> list[tuple[str, Any]]:
    """Natures of a point, as the kind column offers them."""
    return [(tr_label(kind), kind.value) for kind in AgendaItemKind]
