"""The route picture of a walk: markers and line drawn, cached tiles as background."""

from __future__ import annotations

import io

from PIL import Image

from gusp_desktop.documents.route_image import render_route_png
from gusp_desktop.domain import web_mercator as wm
from gusp_desktop.domain.map_layers import (
    ROUTE_COLOUR,
    MapLayers,
    MapMarker,
    MarkerKind,
    Shape,
)

ROUTE = ((48.8500, 2.3400), (48.8520, 2.3430), (48.8540, 2.3450))


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _layers() -> MapLayers:
    markers = (
        MapMarker(MarkerKind.CONSTAT, 3, 48.8510, 2.3420, "c", Shape.CIRCLE, "#d62728"),
        MapMarker(MarkerKind.SIGNALEMENT, 4, 48.8530, 2.3405, "s", Shape.SQUARE, "#9467bd"),
        *(
            MapMarker(MarkerKind.HALTE, i, lat, lon, "h", Shape.DIAMOND, ROUTE_COLOUR, str(i))
            for i, (lat, lon) in enumerate(ROUTE, start=1)
        ),
    )
    return MapLayers(ROUTE, markers)


def test_route_and_markers_on_cached_tiles() -> None:
    asked: list[wm.Tile] = []
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), (250, 240, 200)).save(buffer, "PNG")
    tile_bytes = buffer.getvalue()

    def tile(t: wm.Tile) -> bytes | None:
        asked.append(t)
        return tile_bytes

    data = render_route_png(_layers(), 900, 600, tile, credit="© IGN – Plan IGN")
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG" and image.size == (900, 600)
    colours = {colour for _count, colour in image.convert("RGB").getcolors(900 * 600) or []}
    for expected in ("#d62728", "#9467bd", ROUTE_COLOUR):
        assert _rgb(expected) in colours
    assert (250, 240, 200) in colours
    zoom = asked[0].z
    assert {t.z for t in asked} == {zoom}
    for lat, lon in ROUTE:
        assert wm.tile_at(lat, lon, zoom) in asked


def test_without_tiles_or_positions() -> None:
    plain = Image.open(io.BytesIO(render_route_png(_layers(), 400, 300)))
    assert plain.size == (400, 300)
    empty = Image.open(io.BytesIO(render_route_png(MapLayers(), 400, 300)))
    assert len(empty.convert("RGB").getcolors(400 * 300) or []) > 1  # the notice is written
