"""Web Mercator maths: tile numbers as tile servers count them, round trips, covering boxes."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gusp_desktop.domain import web_mercator as wm


def _slippy_tile(lat: float, lon: float, zoom: int) -> tuple[int, int]:
    """The OpenStreetMap wiki's formula (tangent + secant form), written independently."""
    n = 2**zoom
    lat_rad = math.radians(lat)
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(lat_rad)) / math.pi) / 2.0 * n)
    return x, y


@pytest.mark.parametrize(
    ("lat", "lon", "zoom", "expected"),
    [
        (0.0, 0.0, 1, (1, 1)),
        (0.0, 90.0, 2, (3, 2)),
        (84.0, -179.9, 3, (0, 0)),
        (-84.0, 179.9, 3, (7, 7)),
        # Paris, Hôtel de Ville at zoom 12: hand-computed with the formula above.
        (48.8566, 2.3522, 12, (2074, 1409)),
    ],
)
def test_known_tiles(lat: float, lon: float, zoom: int, expected: tuple[int, int]) -> None:
    tile = wm.tile_at(lat, lon, zoom)
    assert (tile.x, tile.y) == expected
    assert tile.z == zoom


@given(
    st.floats(min_value=-80, max_value=80),
    st.floats(min_value=-179.99, max_value=179.99),
    st.integers(min_value=0, max_value=19),
)
def test_tiles_agree_with_the_slippy_formula(lat: float, lon: float, zoom: int) -> None:
    tile = wm.tile_at(lat, lon, zoom)
    x, y = _slippy_tile(lat, lon, zoom)
    # Floating point may put a point lying exactly on a tile edge on either side.
    assert abs(tile.x - x) <= 1 and abs(tile.y - y) <= 1
    box = wm.tile_bounds(tile)
    assert box.south - 1e-9 <= lat <= box.north + 1e-9
    assert box.west - 1e-9 <= lon <= box.east + 1e-9


@given(st.floats(min_value=-85, max_value=85), st.floats(min_value=-180, max_value=180))
def test_round_trip(lat: float, lon: float) -> None:
    back_lat, back_lon = wm.to_lat_lon(wm.to_world(lat, lon))
    assert back_lat == pytest.approx(lat, abs=1e-9)
    assert back_lon == pytest.approx(lon, abs=1e-9)


def test_tile_edges() -> None:
    box = wm.tile_bounds(wm.Tile(1, 0, 0))
    assert box.north == pytest.approx(wm.MAX_LATITUDE)
    assert box.north == pytest.approx(85.0511287798, abs=1e-9)
    assert (box.west, box.east) == (-180.0, 0.0)
    assert box.south == pytest.approx(0.0, abs=1e-12)


def test_tiles_covering_a_quartier() -> None:
    # About 1.1 km × 1.5 km in Paris.
    box = wm.Bounds(48.85, 2.34, 48.86, 2.36)
    z13 = list(wm.tiles_covering(box, 13))
    z18 = list(wm.tiles_covering(box, 18))
    assert {t.z for t in z18} == {18}
    assert len(set(z18)) == len(z18)
    assert 1 <= len(z13) <= 4
    # Every corner's tile is in the list.
    for lat in (box.south, box.north):
        for lon in (box.west, box.east):
            assert wm.tile_at(lat, lon, 18) in z18
    assert wm.count_tiles(box, range(13, 19)) == sum(
        len(list(wm.tiles_covering(box, z))) for z in range(13, 19)
    )
    # About 1.47 km wide; at 48.85° a zoom-18 pixel is 0.597 × cos(48.85°) ≈ 0.39 m, a tile
    # about 100 m: fifteen columns, sixteen when the edges fall mid-tile.
    columns = {t.x for t in z18}
    assert 15 <= len(columns) <= 16


def test_zoom_to_fit_and_scale() -> None:
    box = wm.Bounds(48.85, 2.34, 48.86, 2.36)
    zoom = wm.zoom_to_fit(box, 800, 600)
    tl, br = wm.to_world(box.north, box.west), wm.to_world(box.south, box.east)
    assert (br.x - tl.x) * wm.world_size(zoom) <= 800
    assert (br.x - tl.x) * wm.world_size(zoom + 1) > 800 or (
        (br.y - tl.y) * wm.world_size(zoom + 1) > 600
    )
    # At the equator zoom 0 is 40 075 km for 256 pixels.
    assert wm.metres_per_pixel(0.0, 0) == pytest.approx(156_543.03, rel=1e-6)


def test_bounds_and_url() -> None:
    assert wm.bounds_of([]) is None
    box = wm.bounds_of([(48.0, 2.0), (48.1, 2.3), (47.9, 2.1)])
    assert box == wm.Bounds(47.9, 2.0, 48.1, 2.3)
    grown = wm.Bounds(48.0, 2.0, 48.0, 2.0).grown(0.1)
    assert grown.south < 48.0 < grown.north and grown.west < 2.0 < grown.east
    template = "https://h/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}"
    assert wm.tile_url(template, wm.Tile(15, 16598, 11273)) == (
        "https://h/wmts?TILEMATRIX=15&TILEROW=11273&TILECOL=16598"
    )
