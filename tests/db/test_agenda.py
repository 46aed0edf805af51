"""The ordre du jour: positions, validation, locking, timing and suggestions, on both engines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from gusp_desktop.db.models import AgendaItem, AuditEvent
from gusp_desktop.domain.agenda import AgendaItemData
from gusp_desktop.domain.enums import ActionStatus, AgendaItemKind, SeanceStatus, UserRole
from gusp_desktop.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from gusp_desktop.services.agenda import FOLLOW_UP_TITLE, PREVIOUS_MINUTES_TITLE, AgendaService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.minutes import MinutesService
from tests.db.test_meetings import World, add_action, count, force_status, plan, seed
from tests.fixtures.databases import make_context

S = SeanceStatus


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return seed(ctx)


@pytest.fixture
def seance(ctx: ServiceContext, world: World) -> int:
    return plan(ctx, world.cotech, dt.date(2025, 6, 19))


def titled(*titles: str) -> list[AgendaItemData]:
    return [AgendaItemData(t) for t in titles]


def fill(ctx: ServiceContext, seance_id: int, *titles: str) -> list[int]:
    service = AgendaService(ctx)
    return [service.add_item(seance_id, d).value.id for d in titled(*titles)]


def order(ctx: ServiceContext, seance_id: int) -> list[tuple[int, str]]:
    return [(i.position, i.title) for i in AgendaService(ctx).list_items(seance_id)]


def test_add_at_end_and_at_a_position(ctx: ServiceContext, world: World, seance: int) -> None:
    service = AgendaService(ctx)
    fill(ctx, seance, "Suivi", "Questions diverses")
    first = service.add_item(
        seance,
        AgendaItemData(
            "  Émargement  ", AgendaItemKind.INFORMATION, world.claire, 5, "Tour de table"
        ),
        position=1,
    )
    assert (first.value.position, first.value.title) == (1, "Émargement")
    assert first.value.presenter_name == "Claire Demarquette"
    service.add_item(seance, AgendaItemData("Propreté"), position=3)
    service.add_item(seance, AgendaItemData("Calendrier"), position=99)
    assert order(ctx, seance) == [
        (1, "Émargement"),
        (2, "Suivi"),
        (3, "Propreté"),
        (4, "Questions diverses"),
        (5, "Calendrier"),
    ]
    # Shifted points are reported so their views refresh.
    assert len(first.changes.ids("agenda_item")) == 3


def test_move_keeps_positions_and_versions(ctx: ServiceContext, seance: int) -> None:
    service = AgendaService(ctx)
    a, b, c, d = fill(ctx, seance, "A", "B", "C", "D")
    versions = {i.id: i.version for i in service.list_items(seance)}
    moved = service.move_item(d, 1).value
    assert [(i.position, i.title) for i in moved] == [(1, "D"), (2, "A"), (3, "B"), (4, "C")]
    service.move_item(d, 99)
    service.move_item(b, 0)
    assert order(ctx, seance) == [(1, "B"), (2, "A"), (3, "C"), (4, "D")]
    # Reordering is not editing: an autosave started before the move must still succeed.
    assert {i.id: i.version for i in service.list_items(seance)} == versions


def test_reorder_and_its_guard(ctx: ServiceContext, seance: int, engine: Engine) -> None:
    service = AgendaService(ctx)
    a, b, c = fill(ctx, seance, "A", "B", "C")
    result = service.reorder(seance, [c, a, b])
    assert [i.title for i in result.value] == ["C", "A", "B"]
    assert result.changes.ids("agenda_item") == {a, b, c}
    audits = count(engine, AuditEvent)
    for wrong in ([c, a], [c, a, b, b], [c, a, b, 424_242], [c, a, a]):
        with pytest.raises(ValidationError, match="rechargez"):
            service.reorder(seance, wrong)
    assert order(ctx, seance) == [(1, "C"), (2, "A"), (3, "B")]
    assert count(engine, AuditEvent) == audits


def test_remove_renumbers(ctx: ServiceContext, seance: int, engine: Engine) -> None:
    service = AgendaService(ctx)
    a, b, c, d = fill(ctx, seance, "A", "B", "C", "D")
    service.remove_item(b, 1)
    service.remove_item(a, 1)
    assert order(ctx, seance) == [(1, "C"), (2, "D")]
    assert count(engine, AgendaItem) == 2


def test_update_and_stale_version(ctx: ServiceContext, world: World, seance: int) -> None:
    service = AgendaService(ctx)
    (item_id,) = fill(ctx, seance, "Propreté")
    data = AgendaItemData("Propreté et encombrants", AgendaItemKind.DECISION, world.julien, 20)
    updated = service.update_item(item_id, 1, data).value
    assert (updated.version, updated.kind, updated.presenter_name) == (
        2,
        AgendaItemKind.DECISION,
        "Julien Cappelaere",
    )
    with pytest.raises(ConflictError) as caught:
        service.update_item(item_id, 1, AgendaItemData("Autre titre"))
    assert caught.value.stored["title"] == "Propreté et encombrants"
    assert caught.value.attempted["title"] == "Autre titre"
    with pytest.raises(ConflictError):
        service.remove_item(item_id, 1)
    assert service.list_items(seance) == [updated]


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (AgendaItemData("   "), {"title"}),
        (AgendaItemData("x" * 1_000_000), {"title"}),
        (AgendaItemData("x" * 301), {"title"}),
        (AgendaItemData("Point", planned_minutes=601), {"planned_minutes"}),
        (AgendaItemData("Point", planned_minutes=-1), {"planned_minutes"}),
        (AgendaItemData("Point", presenter_id=424_242), {"presenter_id"}),
        (AgendaItemData("", planned_minutes=-5), {"title", "planned_minutes"}),
    ],
)
def test_bad_input_refused(
    ctx: ServiceContext, seance: int, engine: Engine, data: AgendaItemData, fields: set[str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        AgendaService(ctx).add_item(seance, data)
    assert set(caught.value.errors) == fields
    assert count(engine, AgendaItem) == 0


def test_limits_are_accepted(ctx: ServiceContext, seance: int) -> None:
    item = AgendaService(ctx).add_item(seance, AgendaItemData("x" * 300, planned_minutes=600))
    assert item.value.planned_minutes == 600


@pytest.mark.parametrize(
    ("status", "message"),
    [(S.CR_VALIDE, "validé"), (S.CR_SIGNE, "signé"), (S.ANNULEE, "annulée")],
)
def test_locked_agenda(
    ctx: ServiceContext, seance: int, engine: Engine, status: S, message: str
) -> None:
    service = AgendaService(ctx)
    a, b = fill(ctx, seance, "A", "B")
    force_status(ctx, seance, status)
    attempts: list[Callable[[], object]] = [
        lambda: service.add_item(seance, AgendaItemData("C")),
        lambda: service.update_item(a, 1, AgendaItemData("A bis")),
        lambda: service.remove_item(a, 1),
        lambda: service.move_item(b, 1),
        lambda: service.reorder(seance, [b, a]),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError, match=message):
            attempt()
    assert order(ctx, seance) == [(1, "A"), (2, "B")]


def test_reader_cannot_edit(ctx: ServiceContext, seance: int, engine: Engine) -> None:
    reader = AgendaService(make_context(engine, UserRole.LECTEUR, "lea"))
    with pytest.raises(PermissionDeniedError):
        reader.add_item(seance, AgendaItemData("A"))
    assert reader.list_items(seance) == []


def test_timing(ctx: ServiceContext, seance: int) -> None:
    service = AgendaService(ctx)
    assert service.timing(seance).planned_minutes == 0
    for minutes in (60, 60):
        service.add_item(seance, AgendaItemData("Point", planned_minutes=minutes))
    timing = service.timing(seance)
    assert (timing.planned_minutes, timing.duration_minutes) == (120, 150)
    assert (timing.margin_minutes, timing.overrun) == (30, False)
    service.add_item(seance, AgendaItemData("Point", planned_minutes=45))
    assert service.timing(seance).overrun


def test_no_suggestion_without_reason(ctx: ServiceContext, world: World, seance: int) -> None:
    add_action(ctx, world, "HM-25-001", dt.date(2025, 3, 31), ActionStatus.REALISEE)
    add_action(ctx, world, "CO-25-002", dt.date(2025, 3, 31), quartier_id=world.co)
    previous = plan(ctx, world.cotech, dt.date(2025, 6, 12))
    force_status(ctx, previous, S.CR_VALIDE)
    assert AgendaService(ctx).suggest_items(seance) == []


def test_previous_minutes_suggested_while_draft(
    ctx: ServiceContext, world: World, seance: int
) -> None:
    service = AgendaService(ctx)
    previous = plan(ctx, world.cotech, dt.date(2025, 6, 5))
    cancelled = plan(ctx, world.cotech, dt.date(2025, 6, 12))
    force_status(ctx, cancelled, S.ANNULEE)
    plan(ctx, world.copil, dt.date(2025, 6, 13))  # another instance: not "previous"
    for status in (S.CR_REDACTION, S.CR_RELECTURE):
        force_status(ctx, previous, status)
        (suggestion,) = service.suggest_items(seance)
        assert suggestion.title == PREVIOUS_MINUTES_TITLE
        assert "n° 1 du 05/06/2025" in suggestion.description  # numbered in date order
    force_status(ctx, previous, S.TENUE)
    assert service.suggest_items(seance) == []
    # The first séance has no previous one.
    assert service.suggest_items(previous) == []


def test_follow_up_lists_late_actions_first(ctx: ServiceContext, world: World, seance: int) -> None:
    add_action(ctx, world, "HM-25-001", dt.date(2025, 9, 30), ActionStatus.A_ENGAGER)
    add_action(ctx, world, "HM-25-002", dt.date(2025, 4, 30), pilot_organisation_id=world.sd)
    add_action(ctx, world, "PR-25-003", dt.date(2025, 6, 14), quartier_id=world.pr)
    add_action(ctx, world, "HM-25-004", dt.date(2025, 1, 31), ActionStatus.REALISEE)
    add_action(ctx, world, "CO-25-005", dt.date(2025, 1, 31), quartier_id=world.co)
    add_action(
        ctx, world, "HM-25-006", dt.date(2025, 2, 28), ActionStatus.REPORTEE,
        revised_deadline=dt.date(2025, 10, 31),
    )  # fmt: skip
    (suggestion,) = AgendaService(ctx).suggest_items(seance)
    assert suggestion.title == FOLLOW_UP_TITLE
    assert suggestion.kind is AgendaItemKind.SUIVI
    lines = suggestion.description.splitlines()
    assert lines == [
        "Actions en retard :",
        "- HM-25-002 — Action HM-25-002 — SD",
        "- PR-25-003 — Action PR-25-003 — MH",
        "",
        "Autres actions ouvertes :",
        "- HM-25-001 — Action HM-25-001 — MH",
        "- HM-25-006 — Action HM-25-006 — MH",
    ]


def test_instance_without_perimeter_covers_all_quartiers(ctx: ServiceContext, world: World) -> None:
    add_action(ctx, world, "CO-25-001", dt.date(2025, 1, 31), quartier_id=world.co)
    copil = plan(ctx, world.copil, dt.date(2025, 6, 26))
    (suggestion,) = AgendaService(ctx).suggest_items(copil)
    assert "CO-25-001" in suggestion.description


def test_suggestions_once_added_are_not_repeated(
    ctx: ServiceContext, world: World, seance: int
) -> None:
    service = AgendaService(ctx)
    add_action(ctx, world, "HM-25-001", dt.date(2025, 4, 30))
    previous = plan(ctx, world.cotech, dt.date(2025, 6, 12))
    force_status(ctx, previous, S.CR_REDACTION)
    suggestions = service.suggest_items(seance)
    assert [s.title for s in suggestions] == [PREVIOUS_MINUTES_TITLE, FOLLOW_UP_TITLE]
    service.add_item(seance, suggestions[1])
    assert [s.title for s in service.suggest_items(seance)] == [PREVIOUS_MINUTES_TITLE]


def test_no_suggestion_for_a_locked_agenda(ctx: ServiceContext, world: World, seance: int) -> None:
    add_action(ctx, world, "HM-25-001", dt.date(2025, 4, 30))
    assert len(AgendaService(ctx).suggest_items(seance)) == 1
    force_status(ctx, seance, S.ANNULEE)
    assert AgendaService(ctx).suggest_items(seance) == []


def test_notes_survive_a_reorder(ctx: ServiceContext, seance: int) -> None:
    a, b = fill(ctx, seance, "A", "B")
    force_status(ctx, seance, S.TENUE)
    AgendaService(ctx).reorder(seance, [b, a])
    assert MinutesService(ctx).save_notes(a, 1, "Relevé des échanges").value == 2
