"""Map tiles: which server, a disk cache with a size limit, and background downloads.

The server is an XYZ URL template chosen in the preferences (``GUSP_TILE_URL`` wins, for tests
and locked-down installations); Plan IGN by default. Tiles are fetched by a
``QNetworkAccessManager`` (asynchronous: the window never waits on the network) and kept on
disk under the cache folder, one folder per server, so a quartier looked at or prepared at the
office is there in the field without network. When a request fails for lack of network the
loader says « hors connexion » and asks again only every half-minute.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from gusp_desktop import APP_NAME, __version__
from gusp_desktop.domain.web_mercator import Tile, tile_url
from gusp_desktop.fileio import write_bytes_atomic
from gusp_desktop.paths import cache_dir

PLAN_IGN = (
    "https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
    "&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM"
    "&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}"
)
OPENSTREETMAP = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
ENV_VARIABLE = "GUSP_TILE_URL"
#: Typed as the server: no tiles at all, the imported plan only.
NO_SERVER = ("aucun", "none")
DEFAULT_CACHE_BYTES = 300 * 1024 * 1024
RETRY_SECONDS = 30.0


@dataclass(frozen=True)
class TileSource:
    """A tile server and the credit its licence asks to show on the map."""

    template: str
    attribution: str

    @property
    def key(self) -> str:
        """Folder name of this server's cache (two servers' tiles never mix)."""
        return hashlib.sha256(self.template.encode()).hexdigest()[:16]


def attribution_for(template: str) -> str:
    """The credit to print on the map for a server (the licences of IGN and OSM ask for it)."""
    if "geopf.fr" in template or "ign.fr" in template:
        return "© IGN – Plan IGN"
    if "openstreetmap" in template:
        return "© les contributeurs d'OpenStreetMap"
    return "Fond de carte : " + QUrl(template.replace("{", "").replace("}", "")).host()


def tile_source(preference: str = "") -> TileSource | None:
    """The server to use: the environment variable, else the preference, else Plan IGN;
    None when « aucun » is chosen (the plan of the quartier is then the only background)."""
    template = os.environ.get(ENV_VARIABLE, "").strip() or preference.strip() or PLAN_IGN
    if template.lower() in NO_SERVER:
        return None
    return TileSource(template, attribution_for(template))


def template_problem(template: str) -> str:
    """French reason why a URL template cannot serve tiles, or an empty string."""
    if not template or template.lower() in NO_SERVER:
        return ""
    if not template.startswith(("http://", "https://")):
        return "L'adresse du serveur de tuiles doit commencer par http(s)://."
    missing = [p for p in ("{z}", "{x}", "{y}") if p not in template]
    if missing:
        return "L'adresse du serveur de tuiles doit contenir " + ", ".join(missing) + "."
    return ""


class TileCache:
    """Tiles on disk, the least recently used removed beyond ``max_bytes``."""

    def __init__(self, folder: Path, max_bytes: int = DEFAULT_CACHE_BYTES) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self._size: int | None = None

    def path(self, tile: Tile) -> Path:
        return self.folder / str(tile.z) / str(tile.x) / f"{tile.y}.tile"

    def get(self, tile: Tile) -> bytes | None:
        """The stored tile (its use noted for the size limit), or None."""
        path = self.path(tile)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        with contextlib.suppress(OSError):
            os.utime(path)
        return data

    def has(self, tile: Tile) -> bool:
        return self.path(tile).is_file()

    def put(self, tile: Tile, data: bytes) -> None:
        """Store a tile atomically, then trim the cache if it grew beyond its limit."""
        path = self.path(tile)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, data)
        self._size = self.size() + len(data)
        if self._size > self.max_bytes:
            self.trim()

    def size(self) -> int:
        if self._size is None:
            self._size = sum(f.stat().st_size for f in self._files())
        return self._size

    def trim(self) -> None:
        """Delete the least recently used tiles until the cache is at 90 % of its limit."""
        files = sorted(self._files(), key=lambda f: f.stat().st_mtime)
        total = sum(f.stat().st_size for f in files)
        for file in files:
            if total <= self.max_bytes * 0.9:
                break
            total -= file.stat().st_size
            file.unlink(missing_ok=True)
        self._size = total

    def _files(self) -> list[Path]:
        return (
            [f for f in self.folder.rglob("*.tile") if f.is_file()] if self.folder.exists() else []
        )


def default_cache(source: TileSource) -> TileCache:
    return TileCache(cache_dir() / "tiles" / source.key)


class TileLoader(QObject):
    """Tiles as pixmaps: memory, then disk, else downloaded in the background."""

    #: A tile asked for earlier has arrived (the view repaints).
    tile_ready = Signal(object)
    #: True when the server cannot be reached, False when it answers again.
    offline_changed = Signal(bool)
    #: A download finished, well or not (the offline preparation counts them).
    tile_done = Signal(object, bool)

    def __init__(
        self, source: TileSource, cache: TileCache | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.cache = cache or default_cache(source)
        self.offline = False
        self._memory: OrderedDict[Tile, QPixmap] = OrderedDict()
        self._pending: dict[Tile, QNetworkReply] = {}
        self._retry_at = 0.0
        self._network = QNetworkAccessManager(self)
        self._network.setTransferTimeout(15_000)
        # Through the manager, not a closure per reply: replies are its children and go with
        # it, so no answer ever reaches a loader already deleted with its map.
        self._network.finished.connect(self._reply_finished)

    def pixmap(self, tile: Tile, fetch: bool = True) -> QPixmap | None:
        """The tile now if it is in memory or on disk; else None, and it is downloaded
        (``tile_ready`` follows) unless ``fetch`` is false or the network is known absent."""
        cached = self._memory.get(tile)
        if cached is not None:
            self._memory.move_to_end(tile)
            return cached
        data = self.cache.get(tile)
        if data is not None:
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                self._remember(tile, pixmap)
                return pixmap
        if fetch:
            self.fetch(tile)
        return None

    def fetch(self, tile: Tile) -> bool:
        """Start downloading a tile; False when it is not asked (already on its way, or the
        network is absent and the next try is not due)."""
        if tile in self._pending:
            return False
        if self.offline and time.monotonic() < self._retry_at:
            return False
        request = QNetworkRequest(QUrl(tile_url(self.source.template, tile)))
        request.setHeader(QNetworkRequest.KnownHeaders.UserAgentHeader, f"{APP_NAME}/{__version__}")
        reply = self._network.get(request)
        reply.setProperty("tile", [tile.z, tile.x, tile.y])
        self._pending[tile] = reply
        return True

    def pending(self) -> int:
        return len(self._pending)

    def abort(self, tile: Tile) -> None:
        """Abandon one download (``tile_done`` follows, as a failure)."""
        reply = self._pending.get(tile)
        if reply is not None:
            reply.abort()

    def _reply_finished(self, reply: QNetworkReply) -> None:
        z, x, y = (int(n) for n in reply.property("tile"))
        self._finished(Tile(z, x, y), reply)

    def _finished(self, tile: Tile, reply: QNetworkReply) -> None:
        self._pending.pop(tile, None)
        reply.deleteLater()
        error = reply.error()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if error == QNetworkReply.NetworkError.NoError:
            data = bytes(reply.readAll().data())
            pixmap = QPixmap()
            ok = pixmap.loadFromData(data)
            if ok:
                self.cache.put(tile, data)
                self._remember(tile, pixmap)
            self._set_offline(False)
            self.tile_done.emit(tile, ok)
            if ok:
                self.tile_ready.emit(tile)
            return
        if status is None and error != QNetworkReply.NetworkError.OperationCanceledError:
            # No HTTP answer at all: no network, server down or unreachable.
            self._retry_at = time.monotonic() + RETRY_SECONDS
            self._set_offline(True)
        elif status is not None:
            self._set_offline(False)
        self.tile_done.emit(tile, False)

    def _set_offline(self, offline: bool) -> None:
        if offline != self.offline:
            self.offline = offline
            self.offline_changed.emit(offline)

    def _remember(self, tile: Tile, pixmap: QPixmap) -> None:
        self._memory[tile] = pixmap
        while len(self._memory) > 400:
            self._memory.popitem(last=False)
