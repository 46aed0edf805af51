"""Photo files chosen in a form, shown as thumbnails before they are sent to the service.

The service decodes, downscales and strips every file when the form is saved (and refuses
them all if one is unreadable); here they are only listed, with a thumbnail when Qt can read
the file (HEIC shows its name only).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ICON = QSize(72, 54)


def photo_strip(icon: QSize, height: int) -> QListWidget:
    """One row of thumbnails, several selectable at once: how photos are shown wherever they
    are picked (a signalement's form, a walk's photos waiting for their constat)."""
    strip = QListWidget()
    strip.setViewMode(QListView.ViewMode.IconMode)
    strip.setIconSize(icon)
    strip.setFlow(QListView.Flow.LeftToRight)
    strip.setWrapping(False)
    strip.setFixedHeight(height)
    strip.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    return strip


class PhotoFiles(QWidget):
    """A list of photo files with « Ajouter des photos… » and « Retirer »."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = photo_strip(ICON, ICON.height() + 40)
        self.add_button = QPushButton(self.tr("Ajouter des photos…"))
        self.remove_button = QPushButton(self.tr("Retirer"))
        for button in (self.add_button, self.remove_button):
            button.setMinimumWidth(button.sizeHint().width())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove_selected)

    def choose(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Photos du signalement"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.heic *.heif)"),
        )
        self.add_files([Path(f) for f in files])

    def add_files(self, paths: Sequence[Path]) -> None:
        """List ``paths`` (a file already listed is not listed twice)."""
        known = set(self.paths())
        for path in paths:
            if path in known:
                continue
            known.add(path)
            item = QListWidgetItem(path.name)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            reader = QImageReader(str(path))
            reader.setAutoTransform(True)
            reader.setScaledSize(reader.size().scaled(ICON, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            if not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            self.list.addItem(item)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def paths(self) -> list[Path]:
        """The files listed, in order."""
        return [
            Path(str(self.list.item(i).data(Qt.ItemDataRole.UserRole)))
            for i in range(self.list.count())
        ]
