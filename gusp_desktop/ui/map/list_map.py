"""A list and its map as two tabs (« Liste », « Carte »), for pages listing placed rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QTabWidget, QWidget

from gusp_desktop.domain.map_layers import build_layers
from gusp_desktop.domain.signalements import SignalementRow
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.map.panel import MapPanel


class ListAndMap(QTabWidget):
    """The page's table in one tab, the same rows on a map in the other; a marker clicked
    calls ``open_marker(kind, id)``, the page's own way of opening a row."""

    def __init__(
        self,
        context: PageContext,
        table: QWidget,
        open_marker: Callable[[str, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.map = MapPanel(context)
        self.addTab(table, self.tr("Liste"))
        self.addTab(self.map, self.tr("Carte"))
        self.map.marker_clicked.connect(open_marker)

    def show_signalements(self, rows: Iterable[SignalementRow]) -> None:
        self.map.set_layers(build_layers(signalements=rows))
