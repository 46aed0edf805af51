"""Loader step: a plan of Les Hauts-de-Marve, drawn at load time and georeferenced.

A coordinator without network still sees the walk on the map when the quartier has a plan;
the demo shows it with a plan de quartier like a town's technical services would hand over:
streets, the blocks of the residences, the square and the butte, names. It is drawn in
Web Mercator at one metre per pixel, so the three control points (at the square, the north
car park and the avenue du Beffroi, where the haltes of the DEM stand) fit a similarity
exactly, and the sites of :mod:`~gusp_desktop.demo.territory` fall on their drawing.
"""

from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw, ImageFont

from gusp_desktop.demo.clock import Refs
from gusp_desktop.demo.steps import Steps
from gusp_desktop.demo.territory import SITE_POSITIONS
from gusp_desktop.domain.georeference import ControlPoint, PlanDraft, TransformKind
from gusp_desktop.domain.web_mercator import to_world
from gusp_desktop.paths import resource_path

QUARTIER = "HM"
NAME = "Plan de quartier des Hauts-de-Marve (services techniques de Marvelin)"
NORTH_WEST = (50.3690, 3.5165)
SOUTH_EAST = (50.3590, 3.5305)
METRES_PER_PIXEL = 1.0
ANCHORS = ("tisserands", "parking_nord", "beffroi")

_GROUND, _STREET, _EDGE = (244, 240, 228), (255, 255, 255), (196, 188, 170)
_BLOCK, _GREEN, _PARKING, _INK = (214, 196, 176), (188, 218, 168), (222, 222, 226), (60, 60, 70)
# Streets as polylines of sites (or positions), with their names.
_STREETS: tuple[tuple[str, tuple[str | tuple[float, float], ...], int], ...] = (
    ("Rue des Filatures", ("res_filatures", "filatures", "mdq", "tisserands"), 14),
    ("Avenue du Beffroi", ("maison_projet", "butte", "res_beffroi", "beffroi"), 18),
    ("Allée des Aubépines", ("tour_c", "aubepines", "tour_d"), 10),
    ("Rue du Tissage", ("tisserands", "parking_sud", (50.3600, 3.5290)), 12),
    ("Rue de l'École", ("tisserands", "ecole", "beffroi"), 12),
    ("Chemin de la Butte", ("parking_nord", "cheminement", "butte"), 8),
)
_BLOCKS = {
    "tour_a": (22, 22),
    "tour_b": (22, 22),
    "tour_c": (22, 22),
    "tour_d": (22, 22),
    "res_filatures": (70, 28),
    "res_beffroi": (80, 26),
    "mdq": (30, 20),
    "ecole": (60, 40),
    "maison_projet": (24, 16),
}
_LABELS = {
    "tour_a": "A",
    "tour_b": "B",
    "tour_c": "C",
    "tour_d": "D",
    "res_filatures": "Résidence des Filatures",
    "res_beffroi": "Résidence du Beffroi",
    "mdq": "Maison de quartier",
    "ecole": "École Jean-Macé",
    "maison_projet": "Maison du projet",
    "tisserands": "Square des Tisserands",
    "butte": "Butte verte",
    "parking_nord": "P nord",
    "parking_sud": "P sud",
    "chantier": "Chantier NPNRU",
}


def _scale() -> float:
    """World units per pixel at the plan's latitude (Mercator stretches by 1/cos φ)."""
    latitude = (NORTH_WEST[0] + SOUTH_EAST[0]) / 2
    return METRES_PER_PIXEL / (40_075_016.686 * math.cos(math.radians(latitude)))


def to_pixel(latitude: float, longitude: float) -> tuple[float, float]:
    """Where a position is drawn on the plan (x to the right, y downwards)."""
    origin, point, scale = to_world(*NORTH_WEST), to_world(latitude, longitude), _scale()
    return (point.x - origin.x) / scale, (point.y - origin.y) / scale


def plan_size() -> tuple[int, int]:
    width, height = to_pixel(*SOUTH_EAST)
    return math.ceil(width), math.ceil(height)


def control_points() -> tuple[ControlPoint, ...]:
    """The three sites that tie the plan to the ground."""
    points = []
    for key in ANCHORS:
        latitude, longitude = SITE_POSITIONS[key]
        x, y = to_pixel(latitude, longitude)
        points.append(ControlPoint(round(x, 1), round(y, 1), latitude, longitude))
    return tuple(points)


def draw_plan() -> bytes:
    """The plan as a PNG: ground, green spaces, parkings, streets, blocks, then names."""
    image = Image.new("RGB", plan_size(), _GROUND)
    draw = ImageDraw.Draw(image)
    small, large = _font(13), _font(18, bold=True)
    at = {key: to_pixel(*position) for key, position in SITE_POSITIONS.items()}
    for key, radius in (("tisserands", 45), ("butte", 60)):
        x, y = at[key]
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=_GREEN)
    for key in ("parking_nord", "parking_sud"):
        x, y = at[key]
        draw.rectangle((x - 40, y - 25, x + 40, y + 25), fill=_PARKING, outline=_EDGE)
    for name, stops, width in _STREETS:
        line = [at[s] if isinstance(s, str) else to_pixel(*s) for s in stops]
        draw.line(line, fill=_EDGE, width=width + 4, joint="curve")
        draw.line(line, fill=_STREET, width=width, joint="curve")
        segments = zip(line, line[1:], strict=False)
        (x1, y1), (x2, y2) = max(segments, key=lambda s: math.dist(*s))
        where = ((x1 + x2) / 2, (y1 + y2) / 2 - width / 2 - 3)
        draw.text(where, name, fill=(110, 90, 60), font=small, anchor="mb")
    for key, (w, h) in _BLOCKS.items():
        x, y = at[key]
        draw.rectangle((x - w / 2, y - h / 2, x + w / 2, y + h / 2), fill=_BLOCK, outline=_INK)
    for key, label in _LABELS.items():
        x, y = at[key]
        below = 8 + _BLOCKS.get(key, (0, 0))[1] / 2 if len(label) > 1 else 0
        draw.text((x, y + below), label, fill=_INK, font=small, anchor="mt" if below else "mm")
    draw.text((16, 14), "Les Hauts-de-Marve — Marvelin", fill=_INK, font=large)
    draw.text((16, 36), "Nord en haut — échelle : 100 m", fill=_INK, font=small)
    draw.line((16, 58, 116, 58), fill=_INK, width=3)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The documents' DejaVu (accents included), Pillow's own font if it is missing."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(str(resource_path("fonts", name)), size)
    except OSError:
        return ImageFont.load_default(size)


def load_quartier_plan(refs: Refs, steps: Steps) -> None:
    """Import the plan of Les Hauts-de-Marve with its control points (a similarity), as the
    coordinator does from the walk's « Plan… » button."""
    steps.at(refs.clock.at(refs.clock.day("03/03"), "10:00"), steps.loading_user)
    draft = PlanDraft(
        quartier_id=refs.quartiers[QUARTIER].id,
        name=NAME,
        image=draw_plan(),
        points=control_points(),
        kind=TransformKind.SIMILARITY,
    )
    steps.quartier_plans.add(draft)
