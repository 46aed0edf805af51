"""Constats of a walk as a table: thumbnail, halte, theme, text, polarity, status, actions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPixmap

from gusp_desktop.domain.field_work import ConstatRow
from gusp_desktop.ui.labels import tr_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
(
    COL_PHOTO,
    COL_HALTE,
    COL_THEME,
    COL_TEXT,
    COL_SIGN,
    COL_GRAVITY,
    COL_MANAGER,
    COL_STATUS,
    COL_ACTIONS,
) = range(9)
THUMB = QSize(96, 72)


class ConstatTableModel(QAbstractTableModel):
    """Plain rows from the constat service, thumbnails decoded once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ConstatRow] = []
        self._pixmaps: dict[int, QPixmap] = {}
        self._headers = [
            self.tr("Photo"),
            self.tr("Halte"),
            self.tr("Thème"),
            self.tr("Constat"),
            self.tr("+/−"),
            self.tr("Gravité"),
            self.tr("Gestionnaire"),
            self.tr("État"),
            self.tr("Actions"),
        ]

    def set_rows(self, rows: Sequence[ConstatRow], thumbnails: Mapping[int, bytes]) -> None:
        """Show new rows; ``thumbnails`` maps photo ids to JPEG bytes."""
        self.beginResetModel()
        self.rows = list(rows)
        self._pixmaps = {}
        for row in self.rows:
            if row.photo_ids and row.photo_ids[0] in thumbnails:
                pixmap = QPixmap()
                pixmap.loadFromData(thumbnails[row.photo_ids[0]], "JPEG")
                self._pixmaps[row.id] = pixmap.scaled(
                    THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
        self.endResetModel()

    def has_thumbnail(self, row: int) -> bool:
        """Whether the row shows a picture."""
        return self.rows[row].id in self._pixmaps

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == COL_PHOTO:
            return self._pixmaps.get(row.id)
        if role == Qt.ItemDataRole.SizeHintRole and column == COL_PHOTO:
            return THUMB
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            return row.description
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        return None

    def _text(self, row: ConstatRow, column: int) -> str:
        if column == COL_PHOTO:
            return str(row.photo_count) if row.photo_count > 1 else ""
        if column == COL_HALTE:
            return row.halte_name or row.place
        if column == COL_THEME:
            return tr_label(row.theme)
        if column == COL_TEXT:
            return row.description
        if column == COL_SIGN:
            return "+" if row.positive else "−"
        if column == COL_GRAVITY:
            return tr_label(row.gravity) if row.gravity else ""
        if column == COL_MANAGER:
            return row.gestionnaire_code
        if column == COL_STATUS:
            return tr_label(row.status)
        return ", ".join(row.action_numbers)
