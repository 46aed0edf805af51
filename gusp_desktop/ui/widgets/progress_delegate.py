"""The « Avancement » column as a thin bar beside its percentage, painted (no widget per row)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gusp_desktop.ui.models.action_columns import PROGRESS_ROLE

Index = QModelIndex | QPersistentModelIndex
TRACK = QColor("#dfe3e8")
BAR = QColor("#2b5797")
DONE = QColor("#2e7d32")


class ProgressDelegate(QStyledItemDelegate):
    """Background as any cell (selection, late actions), then the bar and « 60 % » at its right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(PROGRESS_ROLE)
        if not isinstance(value, int):
            super().paint(painter, option, index)
            return
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = option.fontMetrics
        text_width = metrics.horizontalAdvance("100\u00a0%") + 4
        rect = option.rect.adjusted(4, 0, -4, 0)
        track = QRectF(rect.left(), rect.center().y() - 3, rect.width() - text_width - 4, 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(track, 3, 3)
        if value > 0:
            filled = QRectF(track.left(), track.top(), track.width() * min(value, 100) / 100, 6)
            painter.setBrush(DONE if value >= 100 else BAR)
            painter.drawRoundedRect(filled, 3, 3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (
            option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Text
        )
        painter.setPen(option.palette.color(role))
        label = rect.adjusted(rect.width() - text_width, 0, 0, 0)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(label, int(align), text)
        painter.restore()
