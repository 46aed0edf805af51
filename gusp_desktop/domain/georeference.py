"""Georeferencing a scanned plan of the quartier by two, three or more control points.

When there is no network at all the map's background is a plan the coordinator imported
(the bailleur's plan de masse, a photo of the town's map). Each control point ties a pixel
of the image to a latitude/longitude. The plan is placed in Web Mercator world coordinates
(:mod:`gusp_desktop.domain.web_mercator`): Mercator is conformal, so at the scale of a
quartier a plan drawn to scale is a *similarity* of it (scale, rotation, shift: 2 points
suffice); a distorted scan needs an *affine* transform (3 points or more). Both are fitted by
least squares on centred coordinates (the numbers stay well conditioned although a pixel is
a hundred-millionth of the world), and every point's residual is reported in metres so the
user sees a badly placed point.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.field_work import coordinate_problem, distance_m
from gusp_desktop.domain.web_mercator import World, to_lat_lon, to_world


class TransformKind(StrEnum):
    SIMILARITY = "similarity"
    AFFINE = "affine"

    @property
    def label(self) -> str:
        """French label shown to users."""
        return "Similitude" if self is TransformKind.SIMILARITY else "Affine"


@dataclass(frozen=True)
class ControlPoint:
    """One pixel of the plan (x to the right, y downwards) and where it is on the ground."""

    pixel_x: float
    pixel_y: float
    latitude: float
    longitude: float


@dataclass(frozen=True)
class PlanTransform:
    """World = (a·px + b·py + c, d·px + e·py + f)."""

    a: float
    b: float
    c: float
    d: float
    e: float
    f: float

    def to_world(self, pixel_x: float, pixel_y: float) -> World:
        return World(
            self.a * pixel_x + self.b * pixel_y + self.c,
            self.d * pixel_x + self.e * pixel_y + self.f,
        )

    def to_lat_lon(self, pixel_x: float, pixel_y: float) -> tuple[float, float]:
        return to_lat_lon(self.to_world(pixel_x, pixel_y))

    def to_pixel(self, latitude: float, longitude: float) -> tuple[float, float]:
        """The plan's pixel at a position (the inverse transform)."""
        det = self.a * self.e - self.b * self.d
        point = to_world(latitude, longitude)
        dx, dy = point.x - self.c, point.y - self.f
        return (self.e * dx - self.b * dy) / det, (self.a * dy - self.d * dx) / det


@dataclass(frozen=True)
class Georeference:
    """A fitted transform with the residual of each control point, in metres on the ground."""

    kind: TransformKind
    transform: PlanTransform
    residuals_m: tuple[float, ...]

    @property
    def rms_m(self) -> float:
        """Root mean square of the residuals: the figure shown beside the plan."""
        if not self.residuals_m:
            return 0.0
        return math.sqrt(sum(r * r for r in self.residuals_m) / len(self.residuals_m))

    @property
    def max_m(self) -> float:
        return max(self.residuals_m, default=0.0)


def default_kind(count: int) -> TransformKind:
    """Similarity up to three points (the third then measures the error), affine beyond."""
    return TransformKind.SIMILARITY if count <= 3 else TransformKind.AFFINE


def fit(points: Sequence[ControlPoint], kind: TransformKind | None = None) -> Georeference:
    """Least-squares transform from the plan's pixels to the world; French errors when the
    points cannot define one (too few, out of range, on one line, at one pixel)."""
    chosen = kind or default_kind(len(points))
    needed = 2 if chosen is TransformKind.SIMILARITY else 3
    if len(points) < needed:
        raise ValidationError(
            {
                "points": f"Il faut au moins {needed} points de calage pour une transformation "
                f"{chosen.label.lower()} ({len(points)} indiqué(s))."
            }
        )
    for number, point in enumerate(points, start=1):
        problem = coordinate_problem(point.latitude, point.longitude)
        if problem:
            raise ValidationError(
                {"points": Message("Point {number} : {problem}", number=number, problem=problem)}
            )
    transform = _similarity(points) if chosen is TransformKind.SIMILARITY else _affine(points)
    residuals = tuple(
        distance_m(p.latitude, p.longitude, *transform.to_lat_lon(p.pixel_x, p.pixel_y))
        for p in points
    )
    return Georeference(chosen, transform, residuals)


def _centred(
    points: Sequence[ControlPoint],
) -> tuple[list[tuple[float, float, float, float]], float, float, float, float]:
    """(u, v, x, y) relative to the centroids, and the centroids (pixel, then world)."""
    worlds = [to_world(p.latitude, p.longitude) for p in points]
    n = len(points)
    mu = sum(p.pixel_x for p in points) / n
    mv = sum(p.pixel_y for p in points) / n
    mx = sum(w.x for w in worlds) / n
    my = sum(w.y for w in worlds) / n
    rows = [
        (p.pixel_x - mu, p.pixel_y - mv, w.x - mx, w.y - my)
        for p, w in zip(points, worlds, strict=True)
    ]
    return rows, mu, mv, mx, my


def _similarity(points: Sequence[ControlPoint]) -> PlanTransform:
    rows, mu, mv, mx, my = _centred(points)
    norm = sum(u * u + v * v for u, v, _x, _y in rows)
    if norm < 1e-9:
        raise ValidationError({"points": "Les points de calage sont au même pixel du plan."})
    a = sum(u * x + v * y for u, v, x, y in rows) / norm
    b = sum(u * y - v * x for u, v, x, y in rows) / norm
    if a == 0 and b == 0:
        raise ValidationError({"points": "Les points de calage sont au même endroit du terrain."})
    # x = a·u − b·v + c ; y = b·u + a·v + d
    return PlanTransform(a, -b, mx - a * mu + b * mv, b, a, my - b * mu - a * mv)


def _affine(points: Sequence[ControlPoint]) -> PlanTransform:
    rows, mu, mv, mx, my = _centred(points)
    suu = sum(u * u for u, _v, _x, _y in rows)
    svv = sum(v * v for _u, v, _x, _y in rows)
    suv = sum(u * v for u, v, _x, _y in rows)
    det = suu * svv - suv * suv
    if det <= 1e-9 * max(suu * svv, 1.0):
        raise ValidationError(
            {
                "points": "Les points de calage sont alignés sur le plan : choisissez-en un hors "
                "de la ligne des autres."
            }
        )

    def solve(target: int) -> tuple[float, float]:
        su = sum(r[0] * r[target] for r in rows)
        sv = sum(r[1] * r[target] for r in rows)
        return (su * svv - sv * suv) / det, (sv * suu - su * suv) / det

    a, b = solve(2)
    d, e = solve(3)
    if abs(a * e - b * d) < 1e-30:
        raise ValidationError({"points": "Les points de calage sont alignés sur le terrain."})
    return PlanTransform(a, b, mx - a * mu - b * mv, d, e, my - d * mu - e * mv)


@dataclass(frozen=True)
class PlanDraft:
    """A plan to store: the image file's bytes and its control points."""

    quartier_id: int
    name: str
    image: bytes
    points: tuple[ControlPoint, ...]
    kind: TransformKind | None = None


@dataclass(frozen=True)
class QuartierPlanInfo:
    """A stored plan without its image, with the transform fitted to its points."""

    id: int
    version: int
    quartier_id: int
    quartier_code: str
    name: str
    media_type: str
    width: int
    height: int
    points: tuple[ControlPoint, ...]
    georeference: Georeference
