"""Walks of a restricted instance: haltes, constats, photos and their trail stay inside it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine

from gusp_desktop.db import logins
from gusp_desktop.db.engine import make_engine, make_session_factory
from gusp_desktop.domain.enums import Theme, UserRole
from gusp_desktop.domain.field_work import ConstatDraft, HalteDraft
from gusp_desktop.services.accounts import resolve_user
from gusp_desktop.services.base import ServiceContext
from tests.field_work.photos import write_jpeg
from tests.field_work.world import World, build_world
from tests.fixtures.databases import make_services
from tests.shared.conftest import Roles

pytestmark = pytest.mark.postgres

TABLES = ("halte", "constat", "constat_photo", "constat_photo_data", "constat_action")


@pytest.fixture
def world(admin_ctx: ServiceContext, admin_engine: Engine, tmp_path: Path) -> World:
    """Both walks with a halte, a constat with its photo, turned into an action."""
    w = build_world(admin_ctx)
    services = make_services(admin_engine, tmp_path, admin_ctx)
    for seance in (w.walk, w.secret_walk):
        halte = services.field_work.parcours.add_halte(seance, HalteDraft(name="Hall")).value
        draft = ConstatDraft(
            quartier_id=w.hm,
            theme=Theme.TRANQUILLITE,
            description="Regroupements le soir.",
            seance_id=seance,
            halte_id=halte.id,
            site_id=w.tour_b,
        )
        photo = write_jpeg(tmp_path / f"hall{seance}.jpg")
        row = services.field_work.constats.create(draft, photos=[photo]).value
        services.field_work.constats.to_action([row.id])
    return w


@pytest.fixture
def engines() -> Iterator[list[Engine]]:
    found: list[Engine] = []
    yield found
    for engine in found:
        engine.dispose()


def _counts(roles: Roles, login: str) -> dict[str, int]:
    dsn = f"host=127.0.0.1 user={login} dbname={roles.database}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        counts = {
            t: int(str(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]))  # type: ignore[index]
            for t in TABLES
        }
        counts["audit"] = int(
            str(
                conn.execute(  # type: ignore[index]
                    "SELECT count(*) FROM audit_event WHERE entity IN ('halte', 'constat_photo')"
                ).fetchone()[0]
            )
        )
    return counts


def test_outsiders_see_the_open_walk_only_members_see_both(
    admin_engine: Engine, world: World, roles: Roles
) -> None:
    outsider = roles.login("sam")
    logins.grant_user(admin_engine, outsider, UserRole.SECRETAIRE, prefix=roles.prefix)
    member = roles.login("mia")
    logins.grant_user(
        admin_engine, member, UserRole.SECRETAIRE, prefix=roles.prefix, instances=["ME-SECRET"]
    )
    assert _counts(roles, outsider) == dict.fromkeys((*TABLES, "audit"), 1) | {"audit": 2}
    assert _counts(roles, member) == dict.fromkeys((*TABLES, "audit"), 2) | {"audit": 4}


def test_a_secretary_records_a_walk_through_the_application(
    admin_engine: Engine, world: World, roles: Roles, engines: list[Engine], tmp_path: Path
) -> None:
    """The grants cover every new table: haltes, constats with photos, actions from them."""
    login = roles.login("sam")
    logins.grant_user(admin_engine, login, UserRole.SECRETAIRE, prefix=roles.prefix)
    engine = make_engine(roles.url(login))
    engines.append(engine)
    factory = make_session_factory(engine)
    ctx = ServiceContext(factory, resolve_user(factory, "x", shared=True))
    services = make_services(engine, tmp_path, ctx)
    halte = services.field_work.parcours.add_halte(world.walk, HalteDraft(name="Parking")).value
    draft = ConstatDraft(
        quartier_id=world.hm,
        theme=Theme.PROPRETE,
        description="Dépôt sauvage.",
        seance_id=world.walk,
        halte_id=halte.id,
    )
    row = services.field_work.constats.create(
        draft, photos=[write_jpeg(tmp_path / "depot.jpg")]
    ).value
    number = services.field_work.constats.to_action([row.id]).value.number
    assert services.field_work.constats.get(row.id).action_numbers == (number,)
    assert services.field_work.photos.image(row.photo_ids[0])[:2] == b"\xff\xd8"
    seen = {c.id for c in services.field_work.constats.list_constats()}
    assert len(seen) == 2  # the open walk's two constats; the restricted one is not there
