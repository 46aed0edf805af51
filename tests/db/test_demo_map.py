"""The demo territory on the map: signalements placed by their sites, and the offline plan
of Les Hauts-de-Marve georeferenced on them."""

from __future__ import annotations

import datetime as dt
import io
import math
from pathlib import Path

from PIL import Image
from sqlalchemy import Engine, select

from gusp_desktop.db.models import AuditEvent, QuartierPlan, Signalement, Site
from gusp_desktop.demo.quartier_plan import to_pixel
from gusp_desktop.demo.territory import SITE_POSITIONS, SITES
from gusp_desktop.domain.georeference import TransformKind
from gusp_desktop.services.base import ServiceContext
from tests.fixtures.databases import make_services
from tests.fixtures.demo import FreshDemo


def test_every_demo_signalement_is_on_the_map_near_its_site(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    """The signalements page's map shows the demo: each one placed within 50 m of its site."""
    fresh_demo(engine)
    names = {s.name: s.key for s in SITES}
    with ctx.read() as session:
        rows = session.execute(select(Signalement, Site.name).join(Site)).all()
    assert len(rows) == 30
    for signalement, site_name in rows:
        latitude, longitude = SITE_POSITIONS[names[site_name]]
        assert signalement.latitude is not None and signalement.longitude is not None
        assert abs(signalement.latitude - latitude) * 111_000 < 50
        assert abs(signalement.longitude - longitude) * 71_000 < 50


def test_the_demo_quartier_has_a_georeferenced_plan_drawn_to_scale(
    ctx: ServiceContext, engine: Engine, tmp_path: Path, fresh_demo: FreshDemo
) -> None:
    """Les Hauts-de-Marve has a plan for the offline map: a PNG whose three control points
    are demo sites, fitted exactly, and on which every other site of the quartier falls
    where the plan draws it."""
    fresh_demo(engine)
    services = make_services(engine, tmp_path, ctx)
    quartiers = {q.code: q.id for q in services.territory.list_quartiers()}
    assert services.plans.list_plans(quartiers["PR"]) == []
    [plan] = services.plans.list_plans(quartiers["HM"])
    assert plan.quartier_code == "HM" and "Hauts-de-Marve" in plan.name
    assert plan.georeference.kind is TransformKind.SIMILARITY and len(plan.points) == 3
    assert plan.georeference.max_m < 1.0
    positions = set(SITE_POSITIONS.values())
    assert all((p.latitude, p.longitude) in positions for p in plan.points)
    with Image.open(io.BytesIO(services.plans.image(plan.id))) as image:
        assert (image.format, image.size) == ("PNG", (plan.width, plan.height))
        assert image.size[0] > 800 and image.size[1] > 800
    for site in (s for s in SITES if s.quartier == "HM"):
        latitude, longitude = SITE_POSITIONS[site.key]
        x, y = plan.georeference.transform.to_pixel(latitude, longitude)
        assert 0 <= x < plan.width and 0 <= y < plan.height, site.key
        assert math.dist((x, y), to_pixel(latitude, longitude)) < 2.0, site.key


def test_the_demo_plan_is_imported_through_the_plan_service(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    """As a coordinator's import from « Plan… »: one audited creation, by whoever set the
    quartiers up, weeks after them (on the demo's March day), stamped at that moment."""
    fresh_demo(engine)

    def created(entity: str) -> list[tuple[str, dt.datetime]]:
        query = select(AuditEvent.author, AuditEvent.at).where(
            AuditEvent.entity == entity, AuditEvent.operation == "create"
        )
        return [(author, at) for author, at in session.execute(query)]

    with ctx.read() as session:
        [(author, at)] = created("quartier_plan")
        quartiers = created("quartier")
        plan = session.scalars(select(QuartierPlan)).one()
    assert {a for a, _ in quartiers} == {author}
    assert at - max(t for _, t in quartiers) > dt.timedelta(days=30)
    assert plan.created_at == at
