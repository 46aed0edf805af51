"""Parcours, haltes and constats on SQLite and PostgreSQL: editing, qualifying, to action."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from gusp_desktop.db.models import AuditEvent, Constat, constat_action
from gusp_desktop.domain.enums import Theme, UserRole
from gusp_desktop.domain.errors import PermissionDeniedError, ValidationError
from gusp_desktop.domain.field_work import (
    ConstatDraft,
    ConstatQuery,
    ConstatStatus,
    Gravity,
    HalteDraft,
)
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.registry import Services
from tests.field_work.world import World, add_haltes, build_world
from tests.fixtures.databases import make_context, make_services


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return build_world(ctx)


@pytest.fixture
def services(engine: Engine, ctx: ServiceContext, tmp_path: Path) -> Services:
    return make_services(engine, tmp_path, ctx)


def _draft(w: World, **changes: object) -> ConstatDraft:
    base = ConstatDraft(
        quartier_id=w.hm,
        theme=Theme.PROPRETE,
        description="Sacs au pied des bornes.",
        seance_id=w.walk,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _audit(engine: Engine, entity: str) -> list[str]:
    with engine.connect() as conn:
        return list(conn.scalars(select(AuditEvent.operation).where(AuditEvent.entity == entity)))


def test_haltes_are_ordered_moved_and_deleted(services: Services, world: World) -> None:
    parcours = services.field_work.parcours
    ids = add_haltes(services, world.walk)
    parcours.set_objectives(world.walk, "Propreté et éclairage du cœur de quartier.")
    parcours.move_halte(ids[2], -2)
    route = parcours.get(world.walk)
    assert [h.id for h in route.haltes] == [ids[2], ids[0], ids[1]]
    assert [h.position for h in route.haltes] == [1, 2, 3]
    assert route.objectives.startswith("Propreté") and route.is_walk
    constat = services.field_work.constats.create(_draft(world, halte_id=ids[0])).value
    parcours.delete_halte(ids[0])
    assert [h.position for h in parcours.get(world.walk).haltes] == [1, 2]
    assert services.field_work.constats.get(constat.id).halte_id is None


def test_halte_refused_on_a_meeting_and_out_of_range(services: Services, world: World) -> None:
    parcours = services.field_work.parcours
    with pytest.raises(ValidationError, match="ni un diagnostic en marchant"):
        parcours.add_halte(world.cotech, HalteDraft(name="Hall"))
    with pytest.raises(ValidationError, match="Latitude hors limites"):
        parcours.add_halte(world.walk, HalteDraft(name="Hall", latitude=91.0, longitude=3.0))
    with pytest.raises(ValidationError, match="ensemble"):
        parcours.add_halte(world.walk, HalteDraft(name="Hall", latitude=50.0))
    assert parcours.get(world.walk).haltes == ()


def test_constat_fields_gestionnaire_proposed_and_audited(
    services: Services, world: World, engine: Engine
) -> None:
    constats = services.field_work.constats
    ids = add_haltes(services, world.walk)
    row = constats.create(
        _draft(
            world,
            halte_id=ids[1],
            site_id=world.tour_b,
            latitude=50.363,
            longitude=3.523,
            gravity=Gravity.FORTE,
            preconisation="Vidage deux fois par semaine.",
            resident_words="« On n'ose plus sortir les poubelles le soir. »",
        )
    ).value
    assert (row.halte_name, row.site_name, row.gestionnaire_code) == (
        "Abords de l'école",
        "Tour B",
        "MH",
    )
    assert row.status is ConstatStatus.A_QUALIFIER and row.resident_words.startswith("«")
    # Lighting is the commune's whatever the site: the proposal follows the theme.
    assert constats.propose_gestionnaire(world.hm, world.tour_b, Theme.ECLAIRAGE) == world.vm
    assert constats.propose_gestionnaire(world.hm, world.square, Theme.PROPRETE) == world.vm
    edited = constats.update(
        row.id, dataclasses.replace(row.draft(), positive=True), row.version
    ).value
    assert edited.positive and edited.version == row.version + 1
    assert _audit(engine, "constat") == ["create", "update"]
    with pytest.raises(ValidationError, match="Longitude hors limites"):
        constats.update(row.id, dataclasses.replace(row.draft(), latitude=1.0, longitude=200.0))


def test_bad_constat_changes_nothing(services: Services, world: World, engine: Engine) -> None:
    with pytest.raises(ValidationError) as caught:
        services.field_work.constats.create(
            _draft(world, description=" ", latitude=-95.0, longitude=0.0)
        )
    assert set(caught.value.errors) == {"description", "latitude"}
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Constat)) == 0


def test_status_rules(services: Services, world: World) -> None:
    constats = services.field_work.constats
    row = constats.create(_draft(world)).value
    with pytest.raises(ValidationError, match="pourquoi"):
        constats.set_status(row.id, ConstatStatus.SANS_SUITE)
    with pytest.raises(ValidationError, match="Transformer en action"):
        constats.set_status(row.id, ConstatStatus.TRANSFORME)
    dropped = constats.set_status(row.id, ConstatStatus.SANS_SUITE, "Relève du domaine privé.")
    assert dropped.value.status_reason == "Relève du domaine privé."
    assert constats.list_constats(ConstatQuery(status=ConstatStatus.SANS_SUITE))[0].id == row.id
    assert constats.list_constats(ConstatQuery(status=ConstatStatus.A_QUALIFIER)) == []


def test_constats_to_one_action_link_both_ways(
    services: Services, world: World, engine: Engine
) -> None:
    constats = services.field_work.constats
    first = constats.create(_draft(world, site_id=world.tour_b)).value
    second = constats.create(_draft(world, description="Encombrants dans le hall.")).value
    action = constats.to_action([first.id, second.id]).value
    assert action.pilot_organisation_code == "MH"  # the gestionnaire of the first constat
    assert (action.quartier_id, action.site_id, action.theme) == (
        world.hm,
        world.tour_b,
        Theme.PROPRETE,
    )
    assert action.origin_seance_id == world.walk and not action.restricted
    for constat_id in (first.id, second.id):
        row = constats.get(constat_id)
        assert row.status is ConstatStatus.TRANSFORME
        assert row.action_numbers == (action.number,)
    detail = services.actions.get(action.id)
    assert [o.id for o in detail.origin_constats] == [first.id, second.id]
    with pytest.raises(ValidationError, match=action.number):
        constats.delete(first.id)
    with pytest.raises(ValidationError, match="transformé"):
        constats.set_status(first.id, ConstatStatus.TRAITE)
    constats.unlink_action(second.id, action.number)
    assert constats.get(second.id).status is ConstatStatus.A_QUALIFIER
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(constat_action)) == 1


def test_to_action_needs_a_pilot_and_one_quartier(services: Services, world: World) -> None:
    constats = services.field_work.constats
    nobody = constats.create(_draft(world, theme=Theme.PARTICIPATION, seance_id=None)).value
    # Participation on no site: the commune of the quartier is proposed.
    assert nobody.gestionnaire_code == "VM"
    row = constats.create(
        _draft(world, theme=Theme.PARTICIPATION, gestionnaire_id=None, site_id=world.tour_b)
    ).value
    with pytest.raises(ValidationError, match="Aucun constat"):
        constats.to_action([])
    action = constats.to_action([row.id], pilot_organisation_id=world.vm).value
    assert action.pilot_organisation_code == "VM"


def test_constat_of_a_restricted_walk_makes_a_restricted_action(
    services: Services, world: World
) -> None:
    constats = services.field_work.constats
    row = constats.create(_draft(world, seance_id=world.secret_walk)).value
    assert row.restricted
    action = constats.to_action([row.id]).value
    assert action.restricted and action.origin_seance_id == world.secret_walk


def test_reader_cannot_write(engine: Engine, world: World, tmp_path: Path) -> None:
    reader = make_services(engine, tmp_path, make_context(engine, UserRole.LECTEUR, "lea"))
    with pytest.raises(PermissionDeniedError):
        reader.field_work.constats.create(_draft(world))
    with pytest.raises(PermissionDeniedError):
        reader.field_work.parcours.add_halte(world.walk, HalteDraft(name="Hall"))
