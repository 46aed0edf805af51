"""Editing actions field by field, follow-up points, bulk changes: SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, select

from gusp_desktop.db.models import (
    Action,
    ActionUpdate,
    AuditEvent,
    Instance,
    Seance,
)
from gusp_desktop.domain.actions import ActionEdit, BulkChange, StatusChange
from gusp_desktop.domain.enums import ActionStatus, AtfpbAxis, InstanceType, Priority, Theme
from gusp_desktop.domain.errors import ConflictError, ValidationError
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext
from tests.db import test_actions
from tests.db.test_actions import World, draft
from tests.fixtures.databases import FIXED_NOW

world = test_actions.world  # the same small territory as the other action tests


def snapshot(engine: Engine) -> tuple[int, int, int, int]:
    """Rows that a refused change must leave untouched."""
    with engine.connect() as conn:
        return (
            conn.scalar(select(func.count()).select_from(Action)) or 0,
            conn.scalar(select(func.count()).select_from(ActionUpdate)) or 0,
            conn.scalar(select(func.count()).select_from(AuditEvent)) or 0,
            conn.scalar(select(func.sum(Action.version))) or 0,
        )


def field_entries(service: ActionService, action_id: int) -> dict[str, tuple[str, str]]:
    return {h.field: (h.old_value, h.new_value) for h in service.history(action_id) if h.field}


@pytest.fixture
def seance_id(ctx: ServiceContext, world: World) -> int:
    with ctx.session_factory.begin() as s:
        instance = Instance(code="CT-HM", name="Comité technique HM", type=InstanceType.COTECH)
        s.add(instance)
        s.flush()
        seance = Seance(
            instance_id=instance.id,
            number=4,
            number_year=2025,
            starts_at=dt.datetime(2025, 6, 12, 8, tzinfo=dt.UTC),
        )
        s.add(seance)
        s.flush()
        return seance.id


def test_edit_pilot_and_deadline_writes_one_history_entry_each(
    ctx: ServiceContext, world: World, seance_id: int
) -> None:
    service = ActionService(ctx)
    row = service.create(draft(world)).value
    edit = dataclasses.replace(
        ActionEdit.from_detail(service.get(row.id)),
        pilot_organisation_id=world.sd,
        pilot_contact_id=world.thierry,
        initial_deadline=dt.date(2025, 9, 30),
    )
    edited = service.update(row.id, row.version, edit, seance_id=seance_id).value
    assert edited.version == row.version + 1
    assert edited.pilot_organisation_code == "SD" and edited.deadline == dt.date(2025, 9, 30)
    changes = [h for h in service.history(row.id) if h.field]
    assert {h.field: (h.old_value, h.new_value) for h in changes} == {
        "pilot_organisation_id": ("Marve Habitat (MH)", "SYMEVAL (SD)"),
        "pilot_contact_id": ("Julien Cappelaere", "Thierry Maes"),
        "initial_deadline": ("31/07/2025", "30/09/2025"),
    }
    assert {h.author for h in changes} == {"claire"}
    assert {h.seance_id for h in changes} == {seance_id}
    assert changes[0].field_label == "Pilote"
    assert "CT-HM n° 4" in changes[0].seance_label


def test_every_field_is_editable_and_tracked(ctx: ServiceContext, world: World) -> None:
    service = ActionService(ctx)
    row = service.create(draft(world)).value
    edit = ActionEdit(
        title="Enlèvement bimensuel des encombrants",
        quartier_id=world.pr,
        site_id=world.forges,
        theme=Theme.BATI,
        pilot_organisation_id=world.vm,
        partner_ids=(world.mh,),
        initial_deadline=dt.date(2025, 8, 15),
        description="Nouvelle tournée.",
        origin_note="Constat du diagnostic en marchant du 25/03.",
        priority=Priority.HAUTE,
        atfpb_axis=AtfpbAxis.DECHETS,
        cost=Decimal("1250.50"),
        indicator="Nombre de dépôts signalés par mois",
        restricted=True,
    )
    after = service.update(row.id, row.version, edit).value
    assert (after.quartier_id, after.site_name, after.indicator) == (
        world.pr,
        "Résidence des Forges",
        "Nombre de dépôts signalés par mois",
    )
    assert after.number == row.number  # the stable name never moves
    assert after.restricted and after.cost == Decimal("1250.50")
    entries = field_entries(service, row.id)
    assert entries["partner_ids"] == ("SD, VM", "MH")
    assert entries["cost"] == ("—", "1 250,50 €")
    assert entries["atfpb_axis"][1].startswith("4 –")
    assert entries["restricted"] == ("non", "oui")
    assert entries["quartier_id"] == ("Les Hauts-de-Marve", "Le Pré-Rolland")
    assert set(entries) >= {"title", "description", "origin_note", "theme", "priority"}


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"title": "  "}, "title", "obligatoire"),
        ({"quartier_id": 9999, "site_id": None}, "quartier_id", "Quartier inconnu"),
        ({"pilot_organisation_id": 9999, "pilot_contact_id": None}, "pilot_organisation_id", ""),
        ({"cost": Decimal("-1")}, "cost", "négatif"),
        ({"initial_deadline": dt.date(2025, 6, 1)}, "initial_deadline", "précéder"),
        ({"partner_ids": (9999,)}, "partner_ids", "inconnue"),
    ],
)
def test_refused_edit_writes_nothing(
    ctx: ServiceContext,
    world: World,
    engine: Engine,
    change: dict[str, object],
    field: str,
    message: str,
) -> None:
    service = ActionService(ctx)
    row = service.create(draft(world)).value
    before = snapshot(engine)
    edit = dataclasses.replace(ActionEdit.from_detail(service.get(row.id)), **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        service.update(row.id, row.version, edit)
    assert message in info.value.errors[field]
    assert snapshot(engine) == before


def test_stale_edit_is_a_conflict(ctx: ServiceContext, world: World, engine: Engine) -> None:
    service = ActionService(ctx)
    row = service.create(draft(world)).value
    service.follow_up(row.id, row.version, StatusChange(ActionStatus.EN_COURS, "Lancée"))
    before = snapshot(engine)
    edit = dataclasses.replace(ActionEdit.from_detail(service.get(row.id)), title="Autre")
    with pytest.raises(ConflictError):
        service.update(row.id, row.version, edit)
    assert snapshot(engine) == before


def test_create_from_anywhere_with_every_field(ctx: ServiceContext, world: World) -> None:
    service = ActionService(ctx)
    row = service.create(
        draft(
            world,
            atfpb_axis=AtfpbAxis.PETITS_TRAVAUX,
            cost=Decimal("300"),
            priority=Priority.HAUTE,
            indicator="Délai de remplacement",
            origin_note="Signalement des locataires",
            restricted=True,
        )
    ).value
    assert row.origin_seance_id is None
    assert (row.atfpb_axis, row.cost, row.priority) == (
        AtfpbAxis.PETITS_TRAVAUX,
        Decimal("300.00"),
        Priority.HAUTE,
    )
    assert row.indicator == "Délai de remplacement" and row.restricted
    assert row.created_at == FIXED_NOW


def test_progress_report_and_reason(ctx: ServiceContext, world: World, engine: Engine) -> None:
    service = ActionService(ctx)
    row = service.create(draft(world)).value
    before = snapshot(engine)
    with pytest.raises(ValidationError) as info:
        service.follow_up(row.id, None, StatusChange(progress=101))
    assert "entre 0 et 100" in info.value.errors["progress"]
    assert snapshot(engine) == before
    change = StatusChange(
        status=ActionStatus.EN_COURS,
        progress=40,
        revised_deadline=dt.date(2025, 10, 15),
        deadline_reason="Génie civil reporté par la Ville.",
        comment="Bornes commandées.",
    )
    after = service.follow_up(row.id, None, change).value
    assert (after.progress, after.deadline) == (40, dt.date(2025, 10, 15))
    entries = {h.field: h for h in service.history(row.id) if h.field}
    assert (entries["progress"].old_value, entries["progress"].new_value) == ("0 %", "40 %")
    report = entries["revised_deadline"]
    assert (report.old_value, report.new_value) == ("—", "15/10/2025")
    assert report.reason == "Génie civil reporté par la Ville."
    assert service.history(row.id)[-1].comment == "Bornes commandées."


def test_closing_needs_an_outcome_and_reopening_is_recorded(
    ctx: ServiceContext, world: World, engine: Engine
) -> None:
    service = ActionService(ctx)
    row = service.create(draft(world)).value
    before = snapshot(engine)
    with pytest.raises(ValidationError) as info:
        service.follow_up(row.id, None, StatusChange(status=ActionStatus.ABANDONNEE))
    assert "résultat" in info.value.errors["outcome"]
    assert snapshot(engine) == before
    closed = service.follow_up(
        row.id, None, StatusChange(status=ActionStatus.REALISEE, outcome="Bornes remplacées.")
    ).value
    assert closed.outcome == "Bornes remplacées." and closed.progress == 100
    reopened = service.follow_up(
        row.id, None, StatusChange(status=ActionStatus.EN_COURS, comment="Dépôts revenus.")
    ).value
    assert reopened.status is ActionStatus.EN_COURS and reopened.outcome == ""
    statuses = [(h.old_value, h.new_value, h.reason) for h in service.history(row.id) if h.field]
    assert statuses == [
        ("À engager", "Réalisée", "Bornes remplacées."),
        ("Réalisée", "En cours", ""),
    ]


def test_bulk_status_change_on_three_actions(ctx: ServiceContext, world: World) -> None:
    service = ActionService(ctx)
    rows = [service.create(draft(world, title=f"Action {i}")).value for i in range(3)]
    result = service.bulk_update(
        [r.id for r in rows],
        BulkChange(status=ActionStatus.EN_COURS, comment="Revue du COTECH"),
        {r.id: r.version for r in rows},
    )
    assert [r.status for r in result.value] == [ActionStatus.EN_COURS] * 3
    assert result.changes.ids("action") == {r.id for r in rows}
    for row in rows:
        last = service.history(row.id)[-1]
        assert (last.field, last.old_value, last.new_value) == ("status", "À engager", "En cours")
        assert last.comment == "Revue du COTECH"


def test_bulk_pilot_theme_and_deadline_shift(ctx: ServiceContext, world: World) -> None:
    service = ActionService(ctx)
    a = service.create(draft(world)).value
    b = service.create(draft(world, initial_deadline=dt.date(2025, 12, 1))).value
    change = BulkChange(
        pilot_organisation_id=world.sd, deadline_shift_days=30, theme=Theme.TRANQUILLITE
    )
    moved = {r.id: r for r in service.bulk_update([a.id, b.id], change).value}
    assert moved[a.id].deadline == dt.date(2025, 8, 30)
    assert moved[b.id].deadline == dt.date(2025, 12, 31)
    assert {r.pilot_organisation_code for r in moved.values()} == {"SD"}
    assert {r.theme for r in moved.values()} == {Theme.TRANQUILLITE}
    assert set(field_entries(service, a.id)) >= {"pilot_organisation_id", "revised_deadline"}


def test_bulk_change_is_all_or_nothing(ctx: ServiceContext, world: World, engine: Engine) -> None:
    service = ActionService(ctx)
    dated = service.create(draft(world)).value
    undated = service.create(draft(world, initial_deadline=None)).value
    before = snapshot(engine)
    with pytest.raises(ValidationError) as info:
        service.bulk_update([dated.id, undated.id], BulkChange(deadline_shift_days=15))
    assert undated.number in info.value.errors["_"]
    assert snapshot(engine) == before


def test_duplicate_gets_a_new_number_and_the_same_fields(ctx: ServiceContext, world: World) -> None:
    service = ActionService(ctx)
    source = service.create(draft(world, cost=Decimal("80"), indicator="Tonnage")).value
    copy = service.duplicate(source.id).value
    assert copy.number != source.number
    assert copy.title == f"{source.title} (copie)"
    assert (copy.pilot_organisation_id, copy.site_id, copy.cost, copy.indicator) == (
        source.pilot_organisation_id,
        source.site_id,
        source.cost,
        source.indicator,
    )
    assert copy.partner_codes == source.partner_codes
    assert copy.status is ActionStatus.A_ENGAGER
    assert [h.comment for h in service.history(copy.id)] == [f"Copie de l'action {source.number}."]
