"""The map: tiles from a local server, the disk cache offline, markers, plan, Terrain tab.

Tiles are PNGs generated in the test, each of a colour computed from its z/x/y, served by an
``http.server`` in a thread; no test reaches a real tile server.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from gusp_desktop.domain import web_mercator as wm
from gusp_desktop.domain.georeference import ControlPoint, fit
from gusp_desktop.domain.map_layers import MapLayers, MapMarker, MarkerKind, Shape
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.constat_form import ConstatDialog
from gusp_desktop.ui.dialogs.preferences import PreferencesDialog
from gusp_desktop.ui.map.offline import OfflinePreparation
from gusp_desktop.ui.map.panel import MapPanel
from gusp_desktop.ui.map.plan_dialog import PlanDialog
from gusp_desktop.ui.map.tiles import (
    OPENSTREETMAP,
    PLAN_IGN,
    TileCache,
    TileLoader,
    TileSource,
    tile_source,
)
from gusp_desktop.ui.map.view import MapView, PlanBackground
from gusp_desktop.ui.pages.seances.page import SeancesPage
from gusp_desktop.ui.pages.seances.view import TAB_FIELD
from gusp_desktop.ui.pages.signalements import SignalementsPage
from gusp_desktop.ui.settings import AppSettings

PARIS = (48.8566, 2.3522)


def tile_colour(z: int, x: int, y: int) -> tuple[int, int, int]:
    return ((x * 37) % 200 + 20, (y * 53) % 200 + 20, (z * 11) % 200 + 20)


class TileServer:
    """Serves /z/x/y.png tiles of one colour each and counts the requests."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                match = re.fullmatch(r"/(\d+)/(\d+)/(\d+)\.png", self.path)
                if not match:
                    self.send_error(404)
                    return
                z, x, y = (int(g) for g in match.groups())
                buffer = io.BytesIO()
                Image.new("RGB", (256, 256), tile_colour(z, x, y)).save(buffer, "PNG")
                body = buffer.getvalue()
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[TileServer]:
    running = TileServer()
    monkeypatch.setenv("GUSP_TILE_URL", running.url)
    monkeypatch.setenv("GUSP_CACHE_DIR", str(tmp_path / "cache"))
    yield running
    running.stop()


def _source(preference: str = "") -> TileSource:
    source = tile_source(preference)
    assert source is not None
    return source


def _marker(kind: MarkerKind, ident: int, lat: float, lon: float) -> MapMarker:
    return MapMarker(kind, ident, lat, lon, f"{kind} {ident}", Shape.CIRCLE, "#d62728")


def _view(qtbot: QtBot, loader: TileLoader | None) -> MapView:
    view = MapView(loader)
    qtbot.addWidget(view)
    view.resize(512, 384)
    view.show()
    return view


def _wait_tiles(qtbot: QtBot, view: MapView) -> QImage:
    assert view.loader is not None
    view.grab()  # painting asks for the visible tiles
    loader = view.loader
    qtbot.waitUntil(lambda: loader.pending() == 0, timeout=10_000)
    return view.grab().toImage()


def _centre_colour(view: MapView, image: QImage) -> tuple[QColor, wm.Tile]:
    """The colour painted in the middle of the tile under the view's centre."""
    point = QPointF(view.width() / 2, view.height() / 2)
    world = view.to_world(point)
    count = 2**view.zoom
    tile = wm.Tile(view.zoom, int(world.x * count), int(world.y * count))
    middle = view.to_screen(wm.World((tile.x + 0.5) / count, (tile.y + 0.5) / count))
    x = min(max(int(middle.x()), 0), view.width() - 1)
    y = min(max(int(middle.y()), 0), view.height() - 1)
    return image.pixelColor(x, y), tile


def _same(colour: QColor, rgb: tuple[int, int, int]) -> bool:
    painted = (colour.red(), colour.green(), colour.blue())
    return all(abs(a - b) <= 2 for a, b in zip(painted, rgb, strict=True))


def test_tiles_served_then_read_from_the_cache_with_the_server_stopped(
    qtbot: QtBot, server: TileServer, tmp_path: Path
) -> None:
    source = _source()
    assert source.template == server.url
    cache = TileCache(tmp_path / "tiles")
    view = _view(qtbot, TileLoader(source, cache))
    view.zoom, view.centre = 16, wm.to_world(*PARIS)
    image = _wait_tiles(qtbot, view)
    colour, tile = _centre_colour(view, image)
    assert _same(colour, tile_colour(tile.z, tile.x, tile.y))
    first = len(server.requests)
    assert 4 <= first <= 12  # 512 × 384 pixels: 2 or 3 columns, 2 or 3 rows
    assert cache.has(tile)

    server.stop()
    again = _view(qtbot, TileLoader(source, TileCache(tmp_path / "tiles")))
    again.zoom, again.centre = 16, wm.to_world(*PARIS)
    image = again.grab().toImage()  # everything from the disk, nothing pending
    assert again.loader is not None and again.loader.pending() == 0
    colour, tile = _centre_colour(again, image)
    assert _same(colour, tile_colour(tile.z, tile.x, tile.y))
    assert len(server.requests) == first
    assert not again.loader.offline


def test_offline_notice_and_no_freeze(qtbot: QtBot, page_context: PageContext) -> None:
    panel = MapPanel(page_context)  # the tests' tile URL is a closed local port
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.show()
    panel.set_layers(MapLayers(markers=(_marker(MarkerKind.CONSTAT, 1, *PARIS),)))
    with qtbot.waitSignal(panel.loader.offline_changed, timeout=10_000) as blocker:
        panel.view.grab()
    assert blocker.args == [True]
    assert panel.notice.isVisible()
    assert "Hors connexion" in panel.notice.text()
    # While offline the view does not ask again for every repaint.
    qtbot.waitUntil(lambda: panel.loader.pending() == 0, timeout=10_000)
    panel.view.grab()
    assert panel.loader.pending() == 0


def test_clicking_a_marker_emits_its_kind_and_id(qtbot: QtBot) -> None:
    view = _view(qtbot, None)
    constat = _marker(MarkerKind.CONSTAT, 41, 48.8566, 2.3522)
    signalement = _marker(MarkerKind.SIGNALEMENT, 7, 48.8576, 2.3542)
    view.set_layers(MapLayers(markers=(constat, signalement)))
    for marker, expected in ((constat, ["constat", 41]), (signalement, ["signalement", 7])):
        at = view.marker_position(marker).toPoint()
        assert view.rect().contains(at)
        with qtbot.waitSignal(view.marker_clicked, timeout=1000) as blocker:
            qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at)
        assert blocker.args == expected
    # A drag pans the map and opens nothing.
    before = view.centre
    with qtbot.assertNotEmitted(view.marker_clicked):
        at = view.marker_position(constat).toPoint()
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at)
        qtbot.mouseMove(view, at + QPoint(60, 40))
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at + QPoint(60, 40))
    assert view.centre != before


def test_zoom_keys_and_recentre(qtbot: QtBot) -> None:
    view = _view(qtbot, None)
    view.set_layers(
        MapLayers(
            route=((48.850, 2.340), (48.856, 2.350)),
            markers=(_marker(MarkerKind.HALTE, 1, 48.850, 2.340),),
        )
    )
    fitted = view.zoom
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == fitted + 1
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == fitted - 1
    view.centre = wm.World(0.1, 0.1)
    view.recentre()
    assert view.zoom == fitted
    for lat, lon in view.layers.route:
        assert view.rect().contains(view.to_screen(wm.to_world(lat, lon)).toPoint())


def test_offline_preparation_downloads_the_area(
    qtbot: QtBot, server: TileServer, tmp_path: Path
) -> None:
    loader = TileLoader(_source(), TileCache(tmp_path / "tiles"))
    area = wm.Bounds(48.8560, 2.3510, 48.8575, 2.3535)
    tiles = [t for z in range(13, 19) for t in wm.tiles_covering(area, z)]
    loader.cache.put(tiles[0], b"already there")
    preparation = OfflinePreparation(loader, tiles)
    seen: list[tuple[int, int]] = []
    preparation.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(preparation.finished, timeout=20_000) as blocker:
        preparation.start()
    assert blocker.args == [len(tiles) - 1, 0]
    assert all(loader.cache.has(t) for t in tiles)
    assert len(server.requests) == len(tiles) - 1
    assert seen[-1] == (len(tiles), len(tiles))

    # Cancelled at once: nothing more is asked.
    other = wm.Bounds(48.80, 2.30, 48.81, 2.31)
    more = list(wm.tiles_covering(other, 18))
    cancelled = OfflinePreparation(loader, more)
    with qtbot.waitSignal(cancelled.finished, timeout=20_000):
        cancelled.start()
        cancelled.cancel()
    qtbot.waitUntil(lambda: loader.pending() == 0, timeout=10_000)
    assert len(server.requests) <= len(tiles) - 1 + 4


def test_plan_is_drawn_where_its_control_points_say(qtbot: QtBot) -> None:
    """Without tiles a plan is the background: its pixels land on their positions."""
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#0000ff"))
    for x in range(200):
        for y in range(300):
            image.setPixelColor(x, y, QColor("#ff0000"))
    # 1 pixel ≈ 1 m: (0, 0) at the north-west corner, (400, 300) 400 m east, 300 m south.
    south_east = (PARIS[0] - 300 / 111_195, PARIS[1] + 400 / (111_195 * 0.6580))
    georeference = fit([ControlPoint(0, 0, *PARIS), ControlPoint(400, 300, *south_east)])
    view = _view(qtbot, None)
    view.set_plan(PlanBackground(image, georeference.transform, "Plan du bailleur"))
    view.recentre()
    shot = view.grab().toImage()
    for px, expected in ((100, "#ff0000"), (300, "#0000ff")):
        lat, lon = georeference.transform.to_lat_lon(px, 150)
        at = view.to_screen(wm.to_world(lat, lon)).toPoint()
        assert shot.pixelColor(at).name() == expected
    assert "Plan du bailleur" in view.credits()


def test_terrain_tab_has_the_walk_on_its_map(
    qtbot: QtBot,
    page_context: PageContext,
    demo_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = SeancesPage(page_context)
    qtbot.addWidget(page)
    page.refresh()
    seance = next(
        s.id for s in demo_services.meetings.list_seances() if s.instance_code == "DEM-HM"
    )
    page.open_seance(seance)
    assert page.seance_view.tabs.isTabVisible(TAB_FIELD)
    panel = page.seance_view.field_panel
    layers = panel.map.view.layers
    assert panel.data is not None
    placed = [h for h in panel.data.parcours.haltes if h.latitude is not None]
    assert len(layers.route) == len(placed) >= 2
    kinds = {m.kind for m in layers.markers}
    assert {MarkerKind.HALTE, MarkerKind.CONSTAT} <= kinds
    opened: list[str] = []

    def capture(dialog: ConstatDialog) -> int:
        opened.append(dialog.description_edit.toPlainText())
        return 0

    monkeypatch.setattr(ConstatDialog, "exec", capture)
    constat = next(m for m in layers.markers if m.kind is MarkerKind.CONSTAT)
    panel.map.marker_clicked.emit("constat", constat.id)
    expected = next(r for r in panel.model.rows if r.id == constat.id)
    assert opened == [expected.description]


def test_tile_server_preference_and_environment(
    qtbot: QtBot, app_settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = PreferencesDialog(app_settings)
    qtbot.addWidget(dialog)
    dialog.tile_edit.setText("https://tuiles.example.fr/{z}/{x}.png")
    dialog.accept()
    assert "{y}" in dialog.error_label.text()
    assert app_settings.tile_url == ""
    dialog.tile_edit.setText(OPENSTREETMAP)
    dialog.accept()
    assert app_settings.tile_url == OPENSTREETMAP
    monkeypatch.delenv("GUSP_TILE_URL")
    chosen = _source(app_settings.tile_url)
    assert chosen.template == OPENSTREETMAP
    assert "OpenStreetMap" in chosen.attribution
    assert _source("").template == PLAN_IGN
    assert "IGN" in _source("").attribution
    assert tile_source("aucun") is None
    monkeypatch.setenv("GUSP_TILE_URL", "http://127.0.0.1:1/{z}/{x}/{y}.png")
    assert _source(OPENSTREETMAP).template.startswith("http://127.0.0.1:1/")


def test_cache_keeps_under_its_limit(tmp_path: Path) -> None:
    cache = TileCache(tmp_path / "tiles", max_bytes=10_000)
    tiles = [wm.Tile(18, x, 1) for x in range(30)]
    for tile in tiles:
        cache.put(tile, bytes(1000))
    assert cache.size() <= 10_000
    assert cache.has(tiles[-1]) and not cache.has(tiles[0])


def test_plan_clicked_georeferenced_saved_and_shown_on_the_walk(
    qtbot: QtBot,
    page_context: PageContext,
    demo_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = SeancesPage(page_context)
    qtbot.addWidget(page)
    page.refresh()
    seance = next(
        s.id for s in demo_services.meetings.list_seances() if s.instance_code == "DEM-HM"
    )
    page.open_seance(seance)
    field_map = page.seance_view.field_panel.map
    # The demo's plan of the quartier is the walk's background until another is imported.
    assert "Plan de quartier des Hauts-de-Marve" in field_map.view.credits()
    assert "plan-masse" not in field_map.view.credits()
    field_map.view.resize(220, 200)  # a narrow map shows the credit's beginning, cut at its end
    shown = field_map.view.shown_credits()
    assert shown.endswith("…") and field_map.view.credits().startswith(shown[:-1])
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), (240, 230, 200)).save(buffer, "PNG")
    gaps: list[str] = []

    def georeference(dialog: PlanDialog) -> int:
        dialog.resize(1000, 600)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.set_image(buffer.getvalue(), "plan-masse")
        canvas = dialog.canvas
        for px, py in ((20.0, 20.0), (380.0, 280.0)):
            at = canvas.to_screen(px, py).toPoint()
            qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at)
        assert dialog.table.rowCount() == 2
        for row, (lat, lon) in enumerate((("50,3700", "3,5150"), ("50,3673", "3,5206"))):
            dialog.table.item(row, 2).setText(lat)  # type: ignore[union-attr]
            dialog.table.item(row, 3).setText(lon)  # type: ignore[union-attr]
        gaps.append(dialog.residual_label.text())
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(PlanDialog, "exec", georeference)
    field_map.plan_button.click()
    assert "écart moyen" in gaps[0]
    quartier = page.seance_view.field_panel.data.parcours.quartier_ids[0]  # type: ignore[union-attr]
    _demo, plan = demo_services.plans.list_plans(quartier)
    assert plan.name == "plan-masse" and len(plan.points) == 2
    assert plan.points[1].pixel_x == pytest.approx(380, abs=3)
    assert plan.points[1].latitude == pytest.approx(50.3673)
    assert field_map.view.plan is not None
    assert "plan-masse" in field_map.view.credits()


def test_signalements_page_map_opens_the_clicked_signalement(
    qtbot: QtBot, page_context: PageContext, demo_services: Services
) -> None:
    with demo_services.context.session_factory() as session:
        session.execute(
            text(
                "UPDATE signalement SET latitude = 50.36 + id * 0.0004, "
                "longitude = 3.51 + (id % 7) * 0.0006 WHERE id % 3 = 0"
            )
        )
        session.commit()
    page = SignalementsPage(page_context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    placed = [r for r in demo_services.signalements.records.list_signalements() if r.latitude]
    markers = page.views.map.view.layers.markers
    assert len(placed) >= 5
    assert {m.id for m in markers} == {r.id for r in placed}
    assert {m.kind for m in markers} == {MarkerKind.SIGNALEMENT}
    page.views.setCurrentWidget(page.views.map)
    view = page.views.map.view
    view.recentre()
    target = markers[-1]
    at = view.marker_position(target).toPoint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at)
    selected = page.selected()
    assert selected is not None
    # Another marker may sit exactly on top (same address): the one drawn last is clicked.
    assert selected.id == target.id or (
        selected.latitude == target.latitude and selected.longitude == target.longitude
    )
    assert page.detail is not None and page.detail.row.id == selected.id


def test_no_tile_server_leaves_the_plan_alone(
    qtbot: QtBot, page_context: PageContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUSP_TILE_URL", "aucun")
    panel = MapPanel(page_context)
    qtbot.addWidget(panel)
    assert panel.loader is None and panel.view.loader is None
    assert not panel.prepare_button.isEnabled()
    assert panel.view.credits() == ""


def test_wheel_zooms_around_the_mouse(qtbot: QtBot) -> None:
    view = _view(qtbot, None)
    view.zoom, view.centre = 15, wm.to_world(*PARIS)
    at = QPointF(100, 80)
    under = view.to_world(at)
    event = QWheelEvent(
        at,
        view.mapToGlobal(at),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)
    assert view.zoom == 17
    still = view.to_world(at)
    assert still.x == pytest.approx(under.x, abs=1e-12)
    assert still.y == pytest.approx(under.y, abs=1e-12)


def test_data_loaded_twice_while_hidden_is_centred_when_shown(
    qtbot: QtBot, page_context: PageContext
) -> None:
    """The walk then its quartier's signalements arrive before the « Carte » tab is shown."""
    panel = MapPanel(page_context)
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    walk = MapLayers(markers=(_marker(MarkerKind.CONSTAT, 1, *PARIS),))
    panel.set_layers(walk)
    more = (_marker(MarkerKind.SIGNALEMENT, 2, PARIS[0] + 0.001, PARIS[1] + 0.001),)
    panel.set_layers(MapLayers(markers=walk.markers + more))
    panel.show()
    qtbot.waitExposed(panel)
    for marker in panel.view.layers.markers:
        point = panel.view.to_screen(wm.to_world(marker.latitude, marker.longitude))
        assert panel.view.rect().contains(point.toPoint()), marker
