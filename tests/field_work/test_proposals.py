"""Constats proposed from imported photos, then created in one go, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from gusp_desktop.db.models import AuditEvent, Constat
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.field_work import ConstatQuery
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.field_work.grouping import accepted
from gusp_desktop.services.registry import Services
from tests.field_work.photos import write_jpeg
from tests.field_work.world import HALTES, WALK_START, World, add_haltes, build_world
from tests.fixtures.databases import make_services

METRE = 1 / 111_195


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return build_world(ctx)


@pytest.fixture
def services(engine: Engine, ctx: ServiceContext, tmp_path: Path) -> Services:
    return make_services(engine, tmp_path, ctx)


def _local(seconds: int) -> dt.datetime:
    """Naive Paris time of the walk + seconds, as a phone writes it."""
    paris = dt.timezone(dt.timedelta(hours=1))
    return (WALK_START + dt.timedelta(seconds=seconds)).astimezone(paris).replace(tzinfo=None)


def _phone_folder(tmp_path: Path) -> Path:
    """A walk's photos: two things at halte 1, one at halte 2, and a plan without EXIF."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    (_n, lat1, lon1, _m), (_n2, lat2, lon2, _m2) = HALTES[0], HALTES[1]
    shots = [
        ("IMG_01.jpg", 60, lat1, lon1),  # overflowing bins, two angles
        ("IMG_02.jpg", 90, lat1 + 4 * METRE, lon1),
        ("IMG_03.jpg", 600, lat1 + 10 * METRE, lon1),  # ten minutes later: the broken bench
        ("IMG_04.jpg", 1900, lat2, lon2),  # at the school
        ("IMG_05.jpg", 1960, lat2 + 5 * METRE, lon2),
    ]
    for name, seconds, lat, lon in shots:
        write_jpeg(folder / name, (640, 480), taken_at=_local(seconds), lat=lat, lon=lon)
    write_jpeg(folder / "plan.jpg", (640, 480))
    return folder


def test_imported_photos_are_proposed_as_constats_then_created_together(
    services: Services, world: World, tmp_path: Path, engine: Engine
) -> None:
    haltes = add_haltes(services, world.walk)
    photos = services.field_work.photos
    imported = photos.import_folder(_phone_folder(tmp_path), seance_id=world.walk).value
    groups = photos.propose_constats(world.walk, [p.id for p in imported.photos])
    names = [[p.filename for p in g.photos] for g in groups]
    assert names == [
        ["IMG_01.jpg", "IMG_02.jpg"],
        ["IMG_03.jpg"],
        ["IMG_04.jpg", "IMG_05.jpg"],
        ["plan.jpg"],
    ]
    assert [g.halte_id for g in groups] == [haltes[0], haltes[0], haltes[1], None]
    bins, _bench, school, _plan = groups
    chosen = [
        accepted(
            bins,
            seance_id=world.walk,
            quartier_id=world.hm,
            description="Bacs débordants.",
            theme=Theme.PROPRETE,
        ),
        accepted(
            school,
            seance_id=world.walk,
            quartier_id=world.hm,
            description="Grille arrachée.",
            theme=Theme.BATI,
        ),
    ]
    created = services.field_work.constats.create_all(chosen).value
    assert [(c.description, c.photo_count, c.halte_id) for c in created] == [
        ("Bacs débordants.", 2, haltes[0]),
        ("Grille arrachée.", 2, haltes[1]),
    ]
    assert created[0].latitude == pytest.approx(HALTES[0][1] + 2 * METRE, abs=1e-6)
    # The bench and the plan stay on the walk, to attach by hand or to propose again.
    loose = [p.filename for p in photos.list_photos(seance_id=world.walk) if p.constat_id is None]
    assert sorted(loose) == ["IMG_03.jpg", "plan.jpg"]
    again = photos.propose_constats(world.walk)
    assert [[p.filename for p in g.photos] for g in again] == [["IMG_03.jpg"], ["plan.jpg"]]
    with engine.connect() as conn:
        events = conn.scalar(
            select(func.count()).where(
                AuditEvent.entity == "constat", AuditEvent.operation == "create"
            )
        )
    assert events == 2


def test_one_refused_proposal_creates_nothing(
    services: Services, world: World, tmp_path: Path, engine: Engine
) -> None:
    add_haltes(services, world.walk)
    photos = services.field_work.photos
    photos.import_folder(_phone_folder(tmp_path), seance_id=world.walk)
    groups = photos.propose_constats(world.walk)

    def proposal(index: int, text: str) -> object:
        return accepted(
            groups[index],
            seance_id=world.walk,
            quartier_id=world.hm,
            description=text,
            theme=Theme.PROPRETE,
        )

    constats = services.field_work.constats
    with pytest.raises(ValidationError, match="Constat proposé n° 2 : .*texte du constat"):
        constats.create_all([proposal(0, "Bacs."), proposal(1, "  ")])  # type: ignore[list-item]
    with pytest.raises(ValidationError, match="deux constats"):
        constats.create_all([proposal(0, "Bacs."), proposal(0, "Encore.")])  # type: ignore[list-item]
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Constat)) == 0
    # A photo someone already gave to a constat is not taken away from it.
    constats.create_all([proposal(0, "Bacs.")])  # type: ignore[list-item]
    with pytest.raises(ValidationError, match="déjà dans le constat"):
        constats.create_all([proposal(2, "École."), proposal(0, "Bacs, encore.")])  # type: ignore[list-item]
    rows = constats.list_constats(ConstatQuery(seance_id=world.walk))
    assert [r.description for r in rows] == ["Bacs."]
