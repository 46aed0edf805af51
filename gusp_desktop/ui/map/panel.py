"""The « Carte » panel: the map with its buttons and the « hors connexion » notice.

Pages put it beside or instead of their table and connect ``marker_clicked`` to the code
that already opens a constat or a signalement.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain import web_mercator as wm
from gusp_desktop.domain.map_layers import MapLayers
from gusp_desktop.ui.context import PageContext, PagePart
from gusp_desktop.ui.map.offline import MAX_TILES, OFFLINE_ZOOMS, OfflinePreparation
from gusp_desktop.ui.map.tiles import TileLoader, tile_source
from gusp_desktop.ui.map.view import MapView, PlanBackground


class MapPanel(PagePart):
    """Map, zoom buttons, « Recentrer », offline preparation and the network notice."""

    marker_clicked = Signal(str, int)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        source = tile_source(context.settings.tile_url)
        self.loader = TileLoader(source, parent=self) if source is not None else None
        self.view = MapView(self.loader)
        self.view.marker_clicked.connect(self.marker_clicked)
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom avant (+ ou molette)"))
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom arrière (− ou molette)"))
        for button in (self.zoom_in_button, self.zoom_out_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") + 24)
        self.recentre_button = QPushButton(self.tr("Recentrer"))
        self.recentre_button.setToolTip(self.tr("Montrer toutes les données de la carte"))
        self.prepare_button = QPushButton(self.tr("Hors connexion…"))
        self.prepare_button.setToolTip(
            self.tr("Préparer la carte hors connexion : télécharger les fonds du secteur")
        )
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #8a4b00;")
        self.notice.setWordWrap(True)
        self.notice.hide()
        buttons = QHBoxLayout()
        for button in (
            self.zoom_in_button,
            self.zoom_out_button,
            self.recentre_button,
            self.prepare_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.toolbar = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)  # its own line: beside the buttons it wrapped word by word
        layout.addWidget(self.view, 1)
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.recentre_button.clicked.connect(self.view.recentre)
        self.prepare_button.clicked.connect(self.prepare_offline)
        if self.loader is not None:
            self.loader.offline_changed.connect(self._show_offline)
        self.prepare_button.setEnabled(self.loader is not None)
        self.preparation: OfflinePreparation | None = None
        self._recentre_when_shown = False

    def set_layers(self, layers: MapLayers) -> None:
        """Show new data; the view is recentred the first time it has something to show."""
        first = not self.view.layers.markers and not self.view.layers.route
        self.view.set_layers(layers, recentre=first and self.isVisible())
        # A second load while hidden (the signalements arriving after the walk) must not
        # cancel the recentring the first one asked for.
        if first and not self.isVisible():
            self._recentre_when_shown = True

    def set_plan(self, plan: PlanBackground | None) -> None:
        self.view.set_plan(plan)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._recentre_when_shown:
            self._recentre_when_shown = False
            self.view.recentre()

    def _show_offline(self, offline: bool) -> None:
        self.notice.setText(
            self.tr("Hors connexion : fonds de carte du cache seulement (ou le plan importé).")
        )
        self.notice.setVisible(offline)

    def area(self) -> wm.Bounds | None:
        """The box to prepare: the data grown by a third (the quartier around the walk)."""
        bounds = self.view.layers.bounds()
        return None if bounds is None else bounds.grown(0.33, 0.003)

    def prepare_offline(self) -> None:
        """Download the area's tiles for zooms 13 to 18, with progress and « Annuler »."""
        area, loader = self.area(), self.loader
        title = self.tr("Préparer la carte hors connexion")
        if area is None or loader is None:
            self._prompts.info(self, title, self.tr("Aucun point placé sur la carte."))
            return
        count = wm.count_tiles(area, OFFLINE_ZOOMS)
        if count > MAX_TILES:
            message = self.tr("Le secteur demande {n} tuiles (au plus {max}).")
            self._prompts.info(self, title, message.format(n=count, max=MAX_TILES))
            return
        tiles = [t for z in OFFLINE_ZOOMS for t in wm.tiles_covering(area, z)]
        preparation = OfflinePreparation(loader, tiles, self)
        dialog = QProgressDialog(
            self.tr("Téléchargement des fonds de carte…"), self.tr("Annuler"), 0, count, self
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(preparation.cancel)
        preparation.progress.connect(lambda done, _total: dialog.setValue(done))

        def finished(downloaded: int, failed: int) -> None:
            dialog.reset()
            dialog.deleteLater()
            text = self.tr("{n} tuile(s) téléchargée(s), {f} en échec ; {c} au total en cache.")
            total_cached = sum(1 for t in tiles if loader.cache.has(t))
            self.notice.setText(text.format(n=downloaded, f=failed, c=total_cached))
            self.notice.show()
            self.preparation = None

        preparation.finished.connect(finished)
        self.preparation = preparation
        preparation.start()
