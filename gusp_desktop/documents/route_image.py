"""The route of a walk as a PNG picture, for the printed compte rendu.

Same layers, shapes and colours as the window's map (:mod:`gusp_desktop.domain.map_layers`),
drawn with Pillow so that a document is made without Qt and without network. Tiles already in
the map's cache can be handed in by the caller (``tile``: bytes of a tile or None); without
them the background is a plain light grid with a scale bar, still enough to read the order of
the haltes and where the constats are.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageFont

from gusp_desktop.domain import web_mercator as wm
from gusp_desktop.domain.map_layers import ROUTE_COLOUR, MapLayers, MapMarker, Shape
from gusp_desktop.paths import resource_path

TileGetter = Callable[[wm.Tile], bytes | None]
RADIUS = 9


def render_route_png(
    layers: MapLayers,
    width: int = 1200,
    height: int = 800,
    tile: TileGetter | None = None,
    credit: str = "",
) -> bytes:
    """PNG bytes of the route and markers fitted in ``width`` × ``height`` pixels; an empty
    picture with a notice when nothing has coordinates."""
    image = Image.new("RGB", (width, height), "#f2f3f5")
    draw = ImageDraw.Draw(image)
    bounds = layers.bounds()
    if bounds is None:
        draw.text(
            (20, 20), "Aucune position connue sur ce parcours.", fill="#555555", font=_font(18)
        )
        return _png(image)
    bounds = bounds.grown(0.12, 0.0008)
    zoom = wm.zoom_to_fit(bounds, width, height, max_zoom=18)
    centre = wm.centre_of(bounds)
    size = wm.world_size(zoom)

    def screen(point: wm.World) -> tuple[float, float]:
        return ((point.x - centre.x) * size + width / 2, (point.y - centre.y) * size + height / 2)

    _background(image, draw, screen, zoom, size, width, height, tile)
    route = [screen(wm.to_world(lat, lon)) for lat, lon in layers.route]
    if len(route) >= 2:
        draw.line(route, fill="white", width=9, joint="curve")
        draw.line(route, fill=ROUTE_COLOUR, width=5, joint="curve")
    for marker in layers.markers:
        _marker(draw, screen(wm.to_world(marker.latitude, marker.longitude)), marker)
    _scale_bar(draw, wm.to_lat_lon(centre)[0], zoom, height)
    if credit:
        font = _font(12)
        text_width = draw.textlength(credit, font=font)
        draw.rectangle((width - text_width - 12, height - 18, width, height), fill="#ffffff")
        draw.text((width - text_width - 6, height - 17), credit, fill="#333333", font=font)
    return _png(image)


def _background(
    image: Image.Image,
    draw: ImageDraw.ImageDraw,
    screen: Callable[[wm.World], tuple[float, float]],
    zoom: int,
    size: float,
    width: int,
    height: int,
    tile: TileGetter | None,
) -> None:
    count = 2**zoom
    x0, y0 = screen(wm.World(0, 0))
    first_x = max(0, math.floor(-x0 / wm.TILE_SIZE))
    first_y = max(0, math.floor(-y0 / wm.TILE_SIZE))
    last_x = min(count - 1, math.floor((width - x0) / wm.TILE_SIZE))
    last_y = min(count - 1, math.floor((height - y0) / wm.TILE_SIZE))
    for ty in range(first_y, last_y + 1):
        for tx in range(first_x, last_x + 1):
            left = round(x0 + tx * wm.TILE_SIZE)
            top = round(y0 + ty * wm.TILE_SIZE)
            data = tile(wm.Tile(zoom, tx, ty)) if tile is not None else None
            if data is not None:
                try:
                    with Image.open(io.BytesIO(data)) as picture:
                        image.paste(picture.convert("RGB"), (left, top))
                    continue
                except OSError:
                    pass  # a damaged tile leaves the grid
            draw.rectangle((left, top, left + wm.TILE_SIZE, top + wm.TILE_SIZE), outline="#dde1e6")


def _marker(draw: ImageDraw.ImageDraw, at: tuple[float, float], marker: MapMarker) -> None:
    x, y = at
    r = RADIUS
    if marker.shape is Shape.CIRCLE:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=marker.colour, outline="white", width=2)
    elif marker.shape is Shape.SQUARE:
        draw.rectangle((x - r, y - r, x + r, y + r), fill=marker.colour, outline="white", width=2)
    else:
        r += 3
        points = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
        draw.polygon(points, fill=marker.colour, outline="white", width=2)
    if marker.badge:
        draw.text((x, y), marker.badge, fill="white", font=_font(12, bold=True), anchor="mm")


def _scale_bar(draw: ImageDraw.ImageDraw, latitude: float, zoom: int, height: int) -> None:
    """A bar of a round length (10, 20, 50, 100… m) about 120 pixels long."""
    per_pixel = wm.metres_per_pixel(latitude, zoom)
    target = per_pixel * 120
    magnitude = 10 ** math.floor(math.log10(target))
    length = max(m for m in (magnitude, 2 * magnitude, 5 * magnitude) if m <= target)
    pixels = length / per_pixel
    left, bottom = 16, height - 16
    draw.rectangle((left - 4, bottom - 20, left + pixels + 50, bottom + 6), fill="#ffffff")
    draw.line((left, bottom, left + pixels, bottom), fill="#333333", width=3)
    label = f"{length / 1000:g} km" if length >= 1000 else f"{length:g} m"
    draw.text((left + pixels + 6, bottom - 14), label, fill="#333333", font=_font(12))


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(str(resource_path("fonts", name)), size)
    except OSError:
        return ImageFont.load_default()


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
