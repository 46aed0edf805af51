"""Georeferencing a plan by control points: exact fits, residuals of a misplaced point."""

from __future__ import annotations

import math

import pytest

from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.field_work import distance_m
from gusp_desktop.domain.georeference import (
    ControlPoint,
    PlanTransform,
    TransformKind,
    fit,
)
from gusp_desktop.domain.web_mercator import World, to_lat_lon, to_world

ORIGIN = to_world(48.85, 2.34)
# About 0.5 m per pixel near Paris: the world is 40 075 km × cos(48.85°) wide.
SCALE = 0.5 / (40_075_016.7 * math.cos(math.radians(48.85)))


def _truth(angle_deg: float, shear: float = 0.0) -> PlanTransform:
    c, s = math.cos(math.radians(angle_deg)), math.sin(math.radians(angle_deg))
    a, b = SCALE * c, SCALE * (-s + shear)
    d, e = SCALE * s, SCALE * c
    return PlanTransform(a, b, ORIGIN.x, d, e, ORIGIN.y)


def _point(truth: PlanTransform, px: float, py: float) -> ControlPoint:
    lat, lon = truth.to_lat_lon(px, py)
    return ControlPoint(px, py, lat, lon)


def _error_m(found: PlanTransform, truth: PlanTransform, px: float, py: float) -> float:
    return distance_m(*found.to_lat_lon(px, py), *truth.to_lat_lon(px, py))


def test_two_points_give_the_similarity() -> None:
    truth = _truth(20.0)
    points = [_point(truth, 100, 200), _point(truth, 1800, 1300)]
    result = fit(points)
    assert result.kind is TransformKind.SIMILARITY
    assert result.max_m < 0.01
    for px, py in ((0, 0), (2000, 0), (900, 1500)):
        assert _error_m(result.transform, truth, px, py) < 0.05
    lat, lon = to_lat_lon(World(ORIGIN.x, ORIGIN.y))
    back = result.transform.to_pixel(lat, lon)
    assert back == pytest.approx((0.0, 0.0), abs=0.01)


def test_three_points_give_an_exact_affine() -> None:
    truth = _truth(-35.0, shear=0.15)
    points = [_point(truth, 0, 0), _point(truth, 1500, 100), _point(truth, 300, 1200)]
    result = fit(points, TransformKind.AFFINE)
    assert result.max_m < 0.01
    assert _error_m(result.transform, truth, 2000, 2000) < 0.05
    # The same points under a similarity show the plan's shear as residuals.
    similar = fit(points)
    assert similar.kind is TransformKind.SIMILARITY
    assert similar.rms_m > 10


def test_a_misplaced_corner_is_a_quarter_in_each_residual() -> None:
    """Affine on a rectangle's four corners: one corner moved by D leaves D/4 at each."""
    truth = _truth(10.0)
    corners = [(0, 0), (1000, 0), (0, 800), (1000, 800)]
    points = [_point(truth, px, py) for px, py in corners]
    moved = points[3]
    shifted = ControlPoint(moved.pixel_x, moved.pixel_y, moved.latitude + 0.0004, moved.longitude)
    displacement = distance_m(moved.latitude, moved.longitude, shifted.latitude, moved.longitude)
    result = fit([*points[:3], shifted])
    assert result.kind is TransformKind.AFFINE
    for residual in result.residuals_m:
        assert residual == pytest.approx(displacement / 4, rel=0.02)
    assert result.rms_m == pytest.approx(displacement / 4, rel=0.02)


@pytest.mark.parametrize(
    ("points", "kind", "words"),
    [
        ([ControlPoint(0, 0, 48.0, 2.0)], None, "au moins 2"),
        (
            [ControlPoint(0, 0, 48.0, 2.0), ControlPoint(5, 5, 48.1, 2.1)],
            TransformKind.AFFINE,
            "au moins 3",
        ),
        ([ControlPoint(0, 0, 48.0, 2.0), ControlPoint(0, 0, 48.1, 2.1)], None, "même pixel"),
        ([ControlPoint(0, 0, 48.0, 2.0), ControlPoint(5, 5, 95.0, 2.1)], None, "Point 2"),
        (
            [
                ControlPoint(0, 0, 48.0, 2.0),
                ControlPoint(5, 5, 48.1, 2.1),
                ControlPoint(10, 10, 48.2, 2.3),
            ],
            TransformKind.AFFINE,
            "alignés",
        ),
    ],
)
def test_refused_points(points: list[ControlPoint], kind: TransformKind | None, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        fit(points, kind)
