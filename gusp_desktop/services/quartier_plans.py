"""Plans of a quartier: an image georeferenced by control points, the map's offline background.

The image is checked by decoding it (PNG or JPEG, a sensible size) before anything is written;
the transform is fitted when the plan is saved, so a plan whose points cannot define one is
refused with the reason, and fitted again when read (the points are the truth, the residuals
are shown beside the plan). The bytes live in their own table, read only to draw the map.
"""

from __future__ import annotations

import io
import json

from PIL import Image, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Quartier, QuartierPlan, QuartierPlanImage
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.georeference import (
    ControlPoint,
    PlanDraft,
    QuartierPlanInfo,
    TransformKind,
    fit,
)
from gusp_desktop.domain.text import clean
from gusp_desktop.services.base import ServiceContext, get_or_404

MAX_PLAN_BYTES = 40 * 1024 * 1024
MAX_PLAN_SIDE = 16_000
MEDIA_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg"}


def image_facts(data: bytes, name: str) -> tuple[str, int, int]:
    """Media type, width and height of a plan image; French error naming it otherwise."""
    if len(data) > MAX_PLAN_BYTES:
        size = len(data) // 1_048_576
        message = f"Le plan « {name} » est trop lourd ({size} Mo, 40 Mo au plus)."
        raise ValidationError({"image": message})
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format or ""
            width, height = image.size
            if kind in MEDIA_TYPES and max(width, height) <= MAX_PLAN_SIDE:
                image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ValidationError(
            {
                "image": Message(
                    "Le plan « {name} » n'est pas une image lisible ({exc}).", name=name, exc=exc
                )
            }
        ) from exc
    if kind not in MEDIA_TYPES:
        raise ValidationError(
            {"image": Message("Le plan « {name} » doit être un PNG ou un JPEG.", name=name)}
        )
    if max(width, height) > MAX_PLAN_SIDE:
        raise ValidationError(
            {
                "image": Message(
                    (
                        "Le plan « {name} » est trop grand ({width} × {height}, {max_plan_side} "
                        "pixels de côté au plus)."
                    ),
                    name=name,
                    width=width,
                    height=height,
                    max_plan_side=MAX_PLAN_SIDE,
                )
            }
        )
    return MEDIA_TYPES[kind], width, height


def _points_json(points: tuple[ControlPoint, ...]) -> str:
    return json.dumps([[p.pixel_x, p.pixel_y, p.latitude, p.longitude] for p in points])


def _info(session: Session, row: QuartierPlan) -> QuartierPlanInfo:
    points = tuple(ControlPoint(*map(float, p)) for p in json.loads(row.control_points))
    quartier = session.get(Quartier, row.quartier_id)
    return QuartierPlanInfo(
        id=row.id,
        version=row.version,
        quartier_id=row.quartier_id,
        quartier_code=quartier.code if quartier else "",
        name=row.name,
        media_type=row.media_type,
        width=row.width,
        height=row.height,
        points=points,
        georeference=fit(points, TransformKind(row.transform_kind)),
    )


class QuartierPlanService:
    """Import, re-georeference, list and delete the plans of the quartiers."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def list_plans(self, quartier_id: int | None = None) -> list[QuartierPlanInfo]:
        with self.context.read() as session:
            query = select(QuartierPlan).order_by(QuartierPlan.quartier_id, QuartierPlan.id)
            if quartier_id is not None:
                query = query.where(QuartierPlan.quartier_id == quartier_id)
            return [_info(session, row) for row in session.scalars(query)]

    def image(self, plan_id: int) -> bytes:
        with self.context.read() as session:
            row = session.get(QuartierPlanImage, plan_id)
            if row is None:
                raise NotFoundError(Message("{what} n° {id} introuvable.", what="Plan", id=plan_id))
            return bytes(row.image)

    def add(self, draft: PlanDraft) -> Mutation[QuartierPlanInfo]:
        """Store a new plan; nothing is written if the image or the points are refused."""
        name = clean(draft.name) or "Plan"
        media_type, width, height = image_facts(draft.image, name)
        georeference = fit(draft.points, draft.kind)
        with self.context.write() as uow:
            get_or_404(uow.session, Quartier, draft.quartier_id, "Quartier")
            row = QuartierPlan(
                quartier_id=draft.quartier_id,
                name=name[:200],
                media_type=media_type,
                width=width,
                height=height,
                control_points=_points_json(draft.points),
                transform_kind=georeference.kind.value,
            )
            uow.add_row("quartier_plan", row)
            uow.session.add(QuartierPlanImage(plan_id=row.id, image=draft.image))
            info = _info(uow.session, row)
        return Mutation(info, uow.changes())

    def set_points(
        self,
        plan_id: int,
        points: tuple[ControlPoint, ...],
        kind: TransformKind | None,
        expected_version: int | None = None,
    ) -> Mutation[QuartierPlanInfo]:
        """Georeference an existing plan again (points moved, added or removed)."""
        georeference = fit(points, kind)
        with self.context.write() as uow:
            row = get_or_404(uow.session, QuartierPlan, plan_id, "Plan")
            values = {
                "control_points": _points_json(points),
                "transform_kind": georeference.kind.value,
            }
            uow.update_row("quartier_plan", row, expected_version, values)
            info = _info(uow.session, row)
        return Mutation(info, uow.changes())

    def delete(self, plan_id: int) -> Mutation[int]:
        with self.context.write() as uow:
            row = get_or_404(uow.session, QuartierPlan, plan_id, "Plan")
            uow.delete_row("quartier_plan", row)
        return Mutation(plan_id, uow.changes())
