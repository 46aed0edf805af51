"""The map itself: tiles (or a georeferenced plan), the route and clickable markers.

A plain ``QWidget`` that paints, no web engine: the window stays light and works offline.
Positions are Web Mercator world coordinates (:mod:`gusp_desktop.domain.web_mercator`); the
view keeps a centre and a whole zoom, so tiles are drawn at their own size, crisp. The wheel
zooms around the mouse, + and − around the centre, a drag pans, a click on a marker emits
``marker_clicked(kind, id)`` for the page to open what it shows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from gusp_desktop.domain import web_mercator as wm
from gusp_desktop.domain.georeference import PlanTransform
from gusp_desktop.domain.map_layers import MapLayers, MapMarker, Shape
from gusp_desktop.ui.map.tiles import TileLoader

MARKER_RADIUS = 8
CLICK_TOLERANCE = 4
MIN_VIEW_ZOOM = 3
MAX_VIEW_ZOOM = 19


@dataclass(frozen=True)
class PlanBackground:
    """An imported plan and the transform from its pixels to the world."""

    image: QImage
    transform: PlanTransform
    credit: str = ""


class MapView(QWidget):
    """Paints the map; emits what the user clicks."""

    #: A marker was clicked: its kind (« halte », « constat », « signalement ») and id.
    marker_clicked = Signal(str, int)
    #: The view moved or zoomed (the scale and notice follow).
    view_changed = Signal()

    def __init__(self, loader: TileLoader | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.layers = MapLayers()
        self.plan: PlanBackground | None = None
        self.zoom = 15
        self.centre = wm.to_world(46.6, 2.4)
        self._press: QPoint | None = None
        self._press_centre = self.centre
        self._dragged = False
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(200, 150)
        if loader is not None:
            if loader.parent() is None:
                loader.setParent(self)  # deleted with the view, never answering into it
            loader.tile_ready.connect(self._repaint)
            loader.offline_changed.connect(self._repaint)

    def _repaint(self, _what: object = None) -> None:
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    # -- contents and position -------------------------------------------------------------

    def set_layers(self, layers: MapLayers, recentre: bool = True) -> None:
        self.layers = layers
        if recentre:
            self.recentre()
        self.update()

    def set_plan(self, plan: PlanBackground | None) -> None:
        self.plan = plan
        self.update()

    def recentre(self) -> None:
        """Show all the data (or the plan when there is no data), as close as it fits."""
        bounds = self.layers.bounds()
        if bounds is None and self.plan is not None:
            bounds = self._plan_bounds(self.plan)
        if bounds is None:
            return
        bounds = bounds.grown(0.1, 0.0005)
        width, height = max(self.width(), 200), max(self.height(), 150)
        self.zoom = max(MIN_VIEW_ZOOM, wm.zoom_to_fit(bounds, width, height, max_zoom=18))
        self.centre = wm.centre_of(bounds)
        self.view_changed.emit()
        self.update()

    def set_zoom(self, zoom: int, anchor: QPointF | None = None) -> None:
        """Zoom to ``zoom``, keeping the world point under ``anchor`` (default: centre) still."""
        zoom = max(MIN_VIEW_ZOOM, min(MAX_VIEW_ZOOM, zoom))
        if zoom == self.zoom:
            return
        if anchor is None:
            anchor = QPointF(self.width() / 2, self.height() / 2)
        fixed = self.to_world(anchor)
        self.zoom = zoom
        size = wm.world_size(zoom)
        self.centre = wm.World(
            fixed.x - (anchor.x() - self.width() / 2) / size,
            fixed.y - (anchor.y() - self.height() / 2) / size,
        )
        self.view_changed.emit()
        self.update()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom - 1)

    def to_screen(self, point: wm.World) -> QPointF:
        size = wm.world_size(self.zoom)
        return QPointF(
            (point.x - self.centre.x) * size + self.width() / 2,
            (point.y - self.centre.y) * size + self.height() / 2,
        )

    def to_world(self, pos: QPointF) -> wm.World:
        size = wm.world_size(self.zoom)
        return wm.World(
            self.centre.x + (pos.x() - self.width() / 2) / size,
            self.centre.y + (pos.y() - self.height() / 2) / size,
        )

    def marker_position(self, marker: MapMarker) -> QPointF:
        return self.to_screen(wm.to_world(marker.latitude, marker.longitude))

    def marker_at(self, pos: QPointF) -> MapMarker | None:
        """The topmost marker under a point (the last drawn wins)."""
        for marker in reversed(self.layers.markers):
            centre = self.marker_position(marker)
            if math.hypot(centre.x() - pos.x(), centre.y() - pos.y()) <= (
                MARKER_RADIUS + CLICK_TOLERANCE
            ):
                return marker
        return None

    def visible_tiles(self) -> list[wm.Tile]:
        top_left = self.to_world(QPointF(0, 0))
        bottom_right = self.to_world(QPointF(self.width(), self.height()))
        count = 2**self.zoom
        x0, x1 = math.floor(top_left.x * count), math.floor(bottom_right.x * count)
        y0, y1 = math.floor(top_left.y * count), math.floor(bottom_right.y * count)
        return [
            wm.Tile(self.zoom, x, y)
            for y in range(max(0, y0), min(count - 1, y1) + 1)
            for x in range(max(0, x0), min(count - 1, x1) + 1)
        ]

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#eef0f2"))
        if self.plan is not None:
            self._paint_plan(painter, self.plan)
        if self.loader is not None:
            self._paint_tiles(painter, self.loader)
        self._paint_route(painter)
        for marker in self.layers.markers:
            self._paint_marker(painter, marker)
        self._paint_credits(painter)
        painter.end()

    def _tile_rect(self, tile: wm.Tile) -> QRectF:
        count = 2**tile.z
        top_left = self.to_screen(wm.World(tile.x / count, tile.y / count))
        scale = 2 ** (self.zoom - tile.z)
        side = wm.TILE_SIZE * scale
        return QRectF(top_left.x(), top_left.y(), side, side)

    def _paint_tiles(self, painter: QPainter, loader: TileLoader) -> None:
        for tile in self.visible_tiles():
            pixmap = loader.pixmap(tile)
            if pixmap is not None:
                painter.drawPixmap(self._tile_rect(tile).toRect(), pixmap)
                continue
            # Meanwhile (or offline) a coarser tile from the cache, enlarged.
            for up in range(1, 5):
                parent = wm.Tile(tile.z - up, tile.x >> up, tile.y >> up)
                if parent.z < 0:
                    break
                coarse = loader.pixmap(parent, fetch=False)
                if coarse is None:
                    continue
                part = wm.TILE_SIZE >> up
                source = QRectF(
                    (tile.x - (parent.x << up)) * part,
                    (tile.y - (parent.y << up)) * part,
                    part,
                    part,
                )
                painter.drawPixmap(self._tile_rect(tile), coarse, source)
                break

    def _paint_plan(self, painter: QPainter, plan: PlanBackground) -> None:
        size = wm.world_size(self.zoom)
        t = plan.transform
        to_screen = QTransform(
            t.a * size,
            t.d * size,
            t.b * size,
            t.e * size,
            (t.c - self.centre.x) * size + self.width() / 2,
            (t.f - self.centre.y) * size + self.height() / 2,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setTransform(to_screen)
        painter.drawImage(0, 0, plan.image)
        painter.restore()

    def _paint_route(self, painter: QPainter) -> None:
        if len(self.layers.route) < 2:
            return
        line = QPolygonF([self.to_screen(wm.to_world(lat, lon)) for lat, lon in self.layers.route])
        painter.setPen(
            QPen(
                QColor(255, 255, 255, 200),
                7,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        painter.drawPolyline(line)
        painter.setPen(
            QPen(
                QColor("#1f5fbf"),
                4,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        painter.drawPolyline(line)

    def _paint_marker(self, painter: QPainter, marker: MapMarker) -> None:
        centre = self.marker_position(marker)
        r = MARKER_RADIUS
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(QBrush(QColor(marker.colour)))
        if marker.shape is Shape.CIRCLE:
            painter.drawEllipse(centre, r, r)
        elif marker.shape is Shape.SQUARE:
            painter.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        else:
            r += 2
            painter.drawPolygon(
                QPolygonF(
                    [
                        centre + QPointF(0, -r),
                        centre + QPointF(r, 0),
                        centre + QPointF(0, r),
                        centre + QPointF(-r, 0),
                    ]
                )
            )
        if marker.badge:
            font = QFont(painter.font())
            font.setPixelSize(10)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            box = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, marker.badge)

    def credits(self) -> str:
        parts = []
        if self.loader is not None:
            parts.append(self.loader.source.attribution)
        if self.plan is not None and self.plan.credit:
            parts.append(self.plan.credit)
        return " · ".join(parts)

    def _credits_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(11)
        return font

    def shown_credits(self) -> str:
        """The credits as painted: a long one (an imported plan's full name) is cut at its end,
        so what shows is its beginning, never a tail clipped by the map's left edge."""
        metrics = QFontMetrics(self._credits_font())
        return metrics.elidedText(
            self.credits(), Qt.TextElideMode.ElideRight, max(self.width() - 10, 0)
        )

    def _paint_credits(self, painter: QPainter) -> None:
        text = self.shown_credits()
        if not text:
            return
        painter.setFont(self._credits_font())
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + 10
        box = QRectF(self.width() - width, self.height() - 16, width, 16)
        painter.fillRect(box, QColor(255, 255, 255, 190))
        painter.setPen(QColor("#333333"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # -- interaction -------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() // 120
        if steps:
            self.set_zoom(self.zoom + steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif event.key() in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._press_centre = self.centre
            self._dragged = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None:
            delta = pos.toPoint() - self._press
            if self._dragged or delta.manhattanLength() > CLICK_TOLERANCE:
                self._dragged = True
                size = wm.world_size(self.zoom)
                self.centre = wm.World(
                    self._press_centre.x - delta.x() / size,
                    self._press_centre.y - delta.y() / size,
                )
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.view_changed.emit()
                self.update()
                return
        marker = self.marker_at(pos)
        if marker is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(event.globalPosition().toPoint(), marker.label, self)
        else:
            self.unsetCursor()
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragged:
                marker = self.marker_at(event.position())
                if marker is not None:
                    self.marker_clicked.emit(marker.kind.value, marker.id)
            self._press = None
            self._dragged = False
            self.unsetCursor()
        super().mouseReleaseEvent(event)

    @staticmethod
    def _plan_bounds(plan: PlanBackground) -> wm.Bounds | None:
        w, h = plan.image.width(), plan.image.height()
        corners = [plan.transform.to_lat_lon(x, y) for x, y in ((0, 0), (w, 0), (0, h), (w, h))]
        return wm.bounds_of(corners)
