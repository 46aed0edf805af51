"""In-place status change in the plan d'actions: a combo box painted only while editing.

One editor exists at a time (no widget per row), so the table stays light with 100 000 rows.
Statuses the rules forbid from the current one are greyed out but still selectable: picking one
explains why it is refused, which teaches the lifecycle better than a silently missing entry.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.domain.rules import can_change_action_status
from gusp_desktop.ui.labels import tr_label

Index = QModelIndex | QPersistentModelIndex


class StatusDelegate(QStyledItemDelegate):
    """Edits the « État » column with the five action statuses."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("status_editor")
        current = index.data(Qt.ItemDataRole.EditRole)
        grey = QBrush(combo.palette().color(QPalette.ColorRole.PlaceholderText))
        for status in ActionStatus:
            combo.addItem(tr_label(status), status.value)
            if isinstance(current, ActionStatus) and not can_change_action_status(current, status):
                combo.setItemData(combo.count() - 1, grey, Qt.ItemDataRole.ForegroundRole)
        combo.activated.connect(self._on_combo_activated)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        combo = cast(QComboBox, editor)
        current = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(current, ActionStatus):
            combo.setCurrentIndex(combo.findData(current.value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        combo = cast(QComboBox, editor)
        model.setData(index, combo.currentData(), Qt.ItemDataRole.EditRole)

    @Slot(int)
    def _on_combo_activated(self, _index: int) -> None:
        """A choice made with the mouse or Entrée is committed at once, like a spreadsheet."""
        editor = cast(QWidget, self.sender())
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
