"""The demo territory's walks have routes, constats with photos and linked actions."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from gusp_desktop.domain.field_work import ConstatStatus
from gusp_desktop.services.base import ServiceContext
from tests.fixtures.databases import make_services
from tests.fixtures.demo import FreshDemo


def test_demo_walks_have_haltes_constats_photos_and_actions(
    engine: Engine, ctx: ServiceContext, tmp_path: Path, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    services = make_services(engine, tmp_path, ctx)
    field = services.field_work
    constats = field.constats.list_constats()
    assert len(constats) >= 20
    assert all(c.photo_count >= 1 and c.halte_id is not None for c in constats)
    walks = {c.seance_id for c in constats if c.seance_id is not None}
    assert len(walks) == 2
    for seance_id in walks:
        route = field.parcours.get(seance_id)
        assert route.is_walk and len(route.haltes) >= 4 and route.objectives
    statuses = {c.status for c in constats}
    assert statuses == set(ConstatStatus)
    transformed = [c for c in constats if c.status is ConstatStatus.TRANSFORME]
    for row in transformed:
        action = services.actions.get_by_number(row.action_numbers[0])
        assert row.id in {o.id for o in action.origin_constats}
    photo = constats[0].photo_ids[0]
    assert field.photos.image(photo)[:2] == b"\xff\xd8"
    assert field.photos.thumbnails([photo])[photo][:2] == b"\xff\xd8"
