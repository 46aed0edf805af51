"""Plans of a quartier on SQLite and PostgreSQL: stored with their control points, refused
whole when the image or the points are bad, audited, deleted with their image."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Engine, func, select, text

from gusp_desktop.db.models import AuditEvent, QuartierPlan, QuartierPlanImage
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.errors import PermissionDeniedError, ValidationError
from gusp_desktop.domain.georeference import ControlPoint, PlanDraft, TransformKind
from gusp_desktop.domain.territory import QuartierData
from gusp_desktop.services.registry import Services
from tests.fixtures.databases import make_context, make_services


@pytest.fixture
def services(engine: Engine, tmp_path: Path) -> Services:
    return make_services(engine, tmp_path / "data")


def _png(width: int = 300, height: int = 200) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 220, 240)).save(buffer, "PNG")
    return buffer.getvalue()


POINTS = (
    ControlPoint(0, 0, 48.8600, 2.3400),
    ControlPoint(300, 0, 48.8600, 2.3441),
    ControlPoint(0, 200, 48.8582, 2.3400),
)


def _quartier(services: Services) -> int:
    return services.territory.create_quartier(QuartierData(code="QPLAN", name="Plan test")).value.id


def test_plan_stored_read_regeoreferenced_and_deleted(services: Services, engine: Engine) -> None:
    quartier = _quartier(services)
    image = _png()
    info = services.plans.add(PlanDraft(quartier, "Plan de masse", image, POINTS[:2])).value
    assert (info.width, info.height, info.media_type) == (300, 200, "image/png")
    assert info.georeference.kind is TransformKind.SIMILARITY
    assert info.georeference.max_m < 0.5
    assert services.plans.image(info.id) == image
    [listed] = services.plans.list_plans(quartier)
    assert listed.points == POINTS[:2] and listed.quartier_code == "QPLAN"

    moved = services.plans.set_points(info.id, POINTS, TransformKind.AFFINE, info.version).value
    assert moved.georeference.kind is TransformKind.AFFINE and len(moved.points) == 3
    lat, lon = moved.georeference.transform.to_lat_lon(300, 200)
    assert lat == pytest.approx(48.8582, abs=1e-6) and lon == pytest.approx(2.3441, abs=1e-6)

    services.plans.delete(info.id)
    assert services.plans.list_plans(quartier) == []
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(QuartierPlanImage)) == 0
        operations = conn.execute(
            select(AuditEvent.operation).where(AuditEvent.entity == "quartier_plan")
        ).scalars()
        assert sorted(operations) == ["create", "delete", "update"]


@pytest.mark.parametrize(
    ("image", "points", "words"),
    [
        (b"not an image at all", POINTS, "n'est pas une image lisible"),
        (_png()[:60], POINTS, "« Plan cassé »"),
        (_png(), POINTS[:1], "au moins 2"),
        (_png(), (POINTS[0], ControlPoint(10, 10, 91.0, 2.0)), "Latitude hors limites"),
    ],
)
def test_bad_plans_write_nothing(
    services: Services, engine: Engine, image: bytes, points: tuple[ControlPoint, ...], words: str
) -> None:
    quartier = _quartier(services)
    with pytest.raises(ValidationError, match=words):
        services.plans.add(PlanDraft(quartier, "Plan cassé", image, points))
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(QuartierPlan)) == 0


def test_raw_sql_change_is_audited_on_postgres(services: Services, engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        return  # SQLite files have no server-side audit trigger
    quartier = _quartier(services)
    info = services.plans.add(PlanDraft(quartier, "Plan", _png(), POINTS)).value
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE quartier_plan SET name = 'Renommé' WHERE id = :id"), {"id": info.id}
        )
    with engine.connect() as conn:
        operations = conn.execute(
            select(AuditEvent.operation).where(
                AuditEvent.entity == "quartier_plan", AuditEvent.entity_id == info.id
            )
        ).scalars()
        assert "sql_update" in list(operations)


def test_only_coordinators_import_plans(services: Services, engine: Engine, tmp_path: Path) -> None:
    quartier = _quartier(services)
    secretary = make_services(
        engine, tmp_path / "other", make_context(engine, UserRole.SECRETAIRE, "sam")
    )
    with pytest.raises(PermissionDeniedError):
        secretary.plans.add(PlanDraft(quartier, "Plan", _png(), POINTS))
    assert secretary.plans.list_plans(quartier) == []
