"""« Préparer la carte hors connexion »: every tile of the quartier for zooms 13 to 18.

Before going out in the field the coordinator downloads the tiles of the area into the cache.
Downloads go a few at a time through the map's own :class:`TileLoader` (the same cache, the
same server, nothing to configure), tiles already cached are skipped, and the user sees the
progress and can cancel at any time; what was downloaded stays.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject, Signal

from gusp_desktop.domain import web_mercator as wm
from gusp_desktop.ui.map.tiles import TileLoader

OFFLINE_ZOOMS = range(13, 19)
#: Beyond this the area is not a quartier; the servers' terms forbid bulk downloads.
MAX_TILES = 5000
PARALLEL = 4


class OfflinePreparation(QObject):
    """Downloads a list of tiles, ``PARALLEL`` at a time, into the loader's cache."""

    progress = Signal(int, int)  # done, total
    finished = Signal(int, int)  # downloaded, failed

    def __init__(
        self, loader: TileLoader, tiles: list[wm.Tile], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.loader = loader
        self.total = len(tiles)
        self.queue = deque(t for t in tiles if not loader.cache.has(t))
        self.done = self.total - len(self.queue)
        self.downloaded = 0
        self.failed = 0
        self.cancelled = False
        self._mine: set[wm.Tile] = set()
        self._ended = False
        loader.tile_done.connect(self._tile_done)

    def start(self) -> None:
        self.progress.emit(self.done, self.total)
        self._next()

    def cancel(self) -> None:
        """Stop: nothing more is asked and the downloads on their way are abandoned."""
        self.cancelled = True
        self.queue.clear()
        for tile in list(self._mine):
            self.loader.abort(tile)
        self._finish_if_idle()

    def _next(self) -> None:
        while self.queue and len(self._mine) < PARALLEL and not self.cancelled:
            tile = self.queue.popleft()
            if self.loader.fetch(tile):
                self._mine.add(tile)
            else:
                # The loader refused: the network is known absent; count it and go on later.
                self.failed += 1
                self.done += 1
        self.progress.emit(self.done, self.total)
        self._finish_if_idle()

    def _tile_done(self, tile: wm.Tile, ok: bool) -> None:
        if tile not in self._mine:
            return
        self._mine.discard(tile)
        self.done += 1
        if ok:
            self.downloaded += 1
        else:
            self.failed += 1
        self._next()

    def _finish_if_idle(self) -> None:
        if self._ended or self._mine or (self.queue and not self.cancelled):
            return
        self._ended = True
        self.loader.tile_done.disconnect(self._tile_done)
        self.finished.emit(self.downloaded, self.failed)


def tiles_to_prepare(bounds: wm.Bounds) -> list[wm.Tile]:
    """The tiles of the box for every offline zoom, coarsest first."""
    return [tile for zoom in OFFLINE_ZOOMS for tile in wm.tiles_covering(bounds, zoom)]
