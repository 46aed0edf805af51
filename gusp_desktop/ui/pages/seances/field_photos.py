"""The walk's photos not yet given to a constat, as thumbnails under the constats table.

Imported photos land on their halte; here the coordinator picks the ones that show a constat
and gives them to it (« Rattacher au constat »), or starts a new constat from them. Choosing a
halte in the route shows that halte's photos only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.field_work import PhotoRow
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.context import PageContext, PagePart
from gusp_desktop.ui.widgets.photo_files import photo_strip

ICON = QSize(120, 90)


class PhotoStrip(PagePart):
    """Unattached photos of the walk, with the commands that give them to a constat."""

    #: The user asked to attach the selected photos to the selected constat.
    attach_requested = Signal(list)
    #: The user asked for a new constat made of the selected photos.
    new_constat_requested = Signal(list)
    #: The user asked which constats the photos make, grouped by halte and time.
    propose_requested = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.photos: list[PhotoRow] = []
        self._thumbnails: dict[int, bytes] = {}
        self.title = QLabel()
        self.list = photo_strip(ICON, ICON.height() + 48)
        self.attach_button = QPushButton(self.tr("Rattacher au constat"))
        self.attach_button.setToolTip(
            self.tr("Donner les photos choisies au constat sélectionné dans le tableau")
        )
        self.new_button = QPushButton(self.tr("Nouveau constat"))
        self.new_button.setToolTip(self.tr("Nouveau constat avec les photos choisies"))
        self.propose_button = QPushButton(self.tr("Proposer des constats…"))
        self.propose_button.setToolTip(
            self.tr("Regrouper les photos par halte et par prises de vue rapprochées")
        )
        # The sentence on its own line, wrapped, and the buttons in a column beside the
        # photos: in a row they widened the Terrain tab past a 1280 px window (a 1920 px
        # laptop at 150 %), on a line of their own they made it taller than 720 px.
        self.title.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.propose_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row)
        self.attach_button.clicked.connect(lambda: self.attach_requested.emit(self.selected()))
        self.new_button.clicked.connect(lambda: self.new_constat_requested.emit(self.selected()))
        self.propose_button.clicked.connect(self.propose_requested.emit)

    def set_photos(
        self, photos: Sequence[PhotoRow], thumbnails: Mapping[int, bytes], halte_id: int | None
    ) -> None:
        """Show the unattached photos (of ``halte_id`` when one is chosen)."""
        self.photos = list(photos)
        self._thumbnails = dict(thumbnails)
        self.show_halte(halte_id)

    def show_halte(self, halte_id: int | None) -> None:
        """Narrow the strip to one halte's photos (None: every unattached photo)."""
        self.list.clear()
        shown = [p for p in self.photos if halte_id is None or p.halte_id == halte_id]
        for photo in shown:
            when = f"{photo.taken_at.astimezone(PARIS):%H:%M}" if photo.taken_at else ""
            item = QListWidgetItem(f"{photo.filename}\n{when}".strip())
            pixmap = QPixmap()
            if pixmap.loadFromData(self._thumbnails.get(photo.id, b""), "JPEG"):
                item.setIcon(QIcon(pixmap))
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            self.list.addItem(item)
        self.title.setText(
            self.tr("Photos à rattacher : {n}").format(n=len(shown))
            if shown
            else self.tr("Aucune photo à rattacher.")
        )
        self.attach_button.setEnabled(bool(shown))
        self.new_button.setEnabled(bool(shown))
        self.propose_button.setEnabled(bool(self.photos))

    def selected(self) -> list[int]:
        """Ids of the photos chosen in the strip (all of them when none is)."""
        items = self.list.selectedItems() or [self.list.item(i) for i in range(self.list.count())]
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None]
