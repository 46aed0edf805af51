"""Web Mercator (EPSG:3857) as tile servers use it: the maths of the map, without Qt.

Plan IGN, OpenStreetMap and every « XYZ » server cut the same square world into 2^z × 2^z
tiles of 256 pixels at zoom z. Positions here are *world coordinates*: x and y in [0, 1],
x growing eastwards from the antimeridian and y growing southwards from the top edge
(≈ 85.05° N), so that pixels of any zoom are these numbers × 256 × 2^z and a plan image's
pixels (y downwards too) relate to them by a similarity or an affine transform without a
mirror. The window, the offline preparation and the report's route image all use this one
module, so a marker, a tile and a printed route always agree.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

TILE_SIZE = 256
#: Latitude of the top and bottom edges of the square world.
MAX_LATITUDE = math.degrees(math.atan(math.sinh(math.pi)))
MIN_ZOOM = 0
MAX_ZOOM = 19
EARTH_RADIUS_M = 6_378_137.0


@dataclass(frozen=True)
class World:
    """A point in world coordinates (0..1 both ways, y southwards)."""

    x: float
    y: float


@dataclass(frozen=True)
class Tile:
    """One tile of an XYZ server: column x, row y (from the north), zoom z."""

    z: int
    x: int
    y: int


@dataclass(frozen=True)
class Bounds:
    """A latitude/longitude box (south, west, north, east), in degrees."""

    south: float
    west: float
    north: float
    east: float

    def grown(self, fraction: float, minimum_deg: float = 0.002) -> Bounds:
        """The box widened on each side by ``fraction`` of its size (at least ``minimum_deg``),
        so that markers on its edge are not cut and a single point still gets a neighbourhood."""
        dlat = max((self.north - self.south) * fraction, minimum_deg)
        dlon = max((self.east - self.west) * fraction, minimum_deg)
        return Bounds(
            max(self.south - dlat, -MAX_LATITUDE),
            max(self.west - dlon, -180.0),
            min(self.north + dlat, MAX_LATITUDE),
            min(self.east + dlon, 180.0),
        )


def to_world(latitude: float, longitude: float) -> World:
    """World coordinates of a WGS 84 position (latitudes clamped to the square world)."""
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, latitude))
    x = (longitude + 180.0) / 360.0
    sin_lat = math.sin(math.radians(lat))
    y = 0.5 - math.log((1 + sin_lat) / (1 - sin_lat)) / (4 * math.pi)
    return World(x, min(1.0, max(0.0, y)))


def to_lat_lon(point: World) -> tuple[float, float]:
    """Latitude and longitude of world coordinates (the inverse of :func:`to_world`)."""
    longitude = point.x * 360.0 - 180.0
    latitude = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * point.y))))
    return latitude, longitude


def world_size(zoom: float) -> float:
    """Width of the whole world in pixels at ``zoom`` (fractional zooms allowed)."""
    return float(TILE_SIZE * 2.0**zoom)


def tile_at(latitude: float, longitude: float, zoom: int) -> Tile:
    """The tile containing a position, as the servers number them."""
    point = to_world(latitude, longitude)
    count = 2**zoom
    x = min(count - 1, max(0, int(math.floor(point.x * count))))
    y = min(count - 1, max(0, int(math.floor(point.y * count))))
    return Tile(zoom, x, y)


def tile_bounds(tile: Tile) -> Bounds:
    """The latitude/longitude box a tile covers."""
    count = 2**tile.z
    north, west = to_lat_lon(World(tile.x / count, tile.y / count))
    south, east = to_lat_lon(World((tile.x + 1) / count, (tile.y + 1) / count))
    return Bounds(south, west, north, east)


def tiles_covering(bounds: Bounds, zoom: int) -> Iterator[Tile]:
    """Every tile of ``zoom`` that touches the box, row by row from the north-west."""
    top_left = tile_at(bounds.north, bounds.west, zoom)
    bottom_right = tile_at(bounds.south, bounds.east, zoom)
    for y in range(top_left.y, bottom_right.y + 1):
        for x in range(top_left.x, bottom_right.x + 1):
            yield Tile(zoom, x, y)


def count_tiles(bounds: Bounds, zooms: Iterable[int]) -> int:
    """How many tiles :func:`tiles_covering` yields over several zooms (without listing them)."""
    total = 0
    for zoom in zooms:
        top_left = tile_at(bounds.north, bounds.west, zoom)
        bottom_right = tile_at(bounds.south, bounds.east, zoom)
        total += (bottom_right.x - top_left.x + 1) * (bottom_right.y - top_left.y + 1)
    return total


def bounds_of(points: Iterable[tuple[float, float]]) -> Bounds | None:
    """The smallest box around (latitude, longitude) points; None when there is none."""
    listed = list(points)
    if not listed:
        return None
    lats = [p[0] for p in listed]
    lons = [p[1] for p in listed]
    return Bounds(min(lats), min(lons), max(lats), max(lons))


def zoom_to_fit(bounds: Bounds, width_px: int, height_px: int, max_zoom: int = 18) -> int:
    """The largest whole zoom at which the box fits in a view of that size."""
    top_left = to_world(bounds.north, bounds.west)
    bottom_right = to_world(bounds.south, bounds.east)
    span_x = max(bottom_right.x - top_left.x, 1e-12)
    span_y = max(bottom_right.y - top_left.y, 1e-12)
    for zoom in range(max_zoom, MIN_ZOOM - 1, -1):
        size = world_size(zoom)
        if span_x * size <= width_px and span_y * size <= height_px:
            return zoom
    return MIN_ZOOM


def centre_of(bounds: Bounds) -> World:
    """The middle of a box in world coordinates (not in degrees: Mercator stretches y)."""
    top_left = to_world(bounds.north, bounds.west)
    bottom_right = to_world(bounds.south, bounds.east)
    return World((top_left.x + bottom_right.x) / 2, (top_left.y + bottom_right.y) / 2)


def metres_per_pixel(latitude: float, zoom: float) -> float:
    """Ground resolution of a pixel at a latitude and zoom (for a scale bar)."""
    circumference = 2 * math.pi * EARTH_RADIUS_M
    return circumference * math.cos(math.radians(latitude)) / world_size(zoom)


def tile_url(template: str, tile: Tile) -> str:
    """A server's URL for one tile: ``{z}``, ``{x}``, ``{y}`` replaced (WMTS's TILEMATRIX,
    TILECOL and TILEROW are the same numbers in the « PM » matrix set)."""
    return (
        template.replace("{z}", str(tile.z)).replace("{x}", str(tile.x)).replace("{y}", str(tile.y))
    )
