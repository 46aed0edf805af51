"""The plan d'actions service on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine, func, select

from gusp_desktop.db.models import (
    Action,
    ActionUpdate,
    AuditEvent,
    Contact,
    Organisation,
    Quartier,
    Site,
)
from gusp_desktop.domain.actions import ActionDraft, ActionEdit, ActionQuery, StatusChange
from gusp_desktop.domain.enums import ActionStatus, OrganisationType, Theme, UserRole
from gusp_desktop.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from gusp_desktop.domain.rules import is_overdue
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext
from tests.fixtures.databases import make_context


@dataclass
class World:
    hm: int
    pr: int
    mh: int
    vm: int
    sd: int
    julien: int
    thierry: int
    tour_c: int
    forges: int


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    with ctx.session_factory.begin() as s:
        hm = Quartier(code="HM", name="Les Hauts-de-Marve")
        pr = Quartier(code="PR", name="Le Pré-Rolland")
        mh = Organisation(code="MH", name="Marve Habitat", type=OrganisationType.BAILLEUR)
        vm = Organisation(code="VM", name="Ville de Marvelin", type=OrganisationType.COMMUNE)
        sd = Organisation(code="SD", name="SYMEVAL", type=OrganisationType.DECHETS)
        s.add_all([hm, pr, mh, vm, sd])
        s.flush()
        julien = Contact(organisation_id=mh.id, first_name="Julien", last_name="Cappelaere")
        thierry = Contact(organisation_id=sd.id, first_name="Thierry", last_name="Maes")
        tour_c = Site(quartier_id=hm.id, name="Tour C des Aubépines")
        forges = Site(quartier_id=pr.id, name="Résidence des Forges")
        s.add_all([julien, thierry, tour_c, forges])
        s.flush()
        return World(hm.id, pr.id, mh.id, vm.id, sd.id, julien.id, thierry.id, tour_c.id, forges.id)


def draft(w: World, **overrides: object) -> ActionDraft:
    values: dict[str, object] = {
        "title": "Enlèvement hebdomadaire des encombrants",
        "quartier_id": w.hm,
        "theme": Theme.PROPRETE,
        "pilot_organisation_id": w.mh,
        "pilot_contact_id": w.julien,
        "site_id": w.tour_c,
        "partner_ids": (w.sd, w.vm),
        "initial_deadline": dt.date(2025, 7, 31),
    }
    values.update(overrides)
    return ActionDraft(**values)  # type: ignore[arg-type]


def counts(engine: Engine) -> tuple[int, int, int]:
    with engine.connect() as conn:
        return (
            conn.scalar(select(func.count()).select_from(Action)) or 0,
            conn.scalar(select(func.count()).select_from(ActionUpdate)) or 0,
            conn.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


def test_create_numbers_per_quartier_and_year(ctx: ServiceContext, world: World) -> None:
    service = ActionService(ctx)
    first = service.create(draft(world)).value
    second = service.create(draft(world, title="Deuxième")).value
    other = service.create(draft(world, quartier_id=world.pr, site_id=world.forges)).value
    assert (first.number, second.number, other.number) == ("HM-25-001", "HM-25-002", "PR-25-001")
    assert first.partner_codes == ("SD", "VM")
    assert first.pilot_contact_name == "Julien Cappelaere"
    history = service.history(first.id)
    assert [(h.status, h.author) for h in history] == [(ActionStatus.A_ENGAGER, "claire")]


def test_create_reports_change_set(ctx: ServiceContext, world: World) -> None:
    mutation = ActionService(ctx).create(draft(world))
    assert mutation.changes.ids("action") == {mutation.value.id}


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": "   "}, "title"),
        ({"title": "x" * 1_000_000}, "title"),
        ({"initial_deadline": dt.date(2025, 6, 14)}, "initial_deadline"),
        ({"pilot_organisation_id": 99_999}, "pilot_organisation_id"),
        ({"pilot_contact_id": -1}, "pilot_contact_id"),
        ({"partner_ids": (424_242,)}, "partner_ids"),
        ({"progress": 140}, "progress"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    ctx: ServiceContext, world: World, engine: Engine, overrides: dict[str, object], field: str
) -> None:
    service = ActionService(ctx)
    service.create(draft(world))
    before = counts(engine)
    with pytest.raises(ValidationError) as info:
        service.create(draft(world, **overrides))
    assert field in info.value.errors
    assert info.value.errors[field][0].isupper()  # a sentence, in French
    assert counts(engine) == before


def test_contact_of_another_organisation_is_refused(ctx: ServiceContext, world: World) -> None:
    with pytest.raises(ValidationError) as info:
        ActionService(ctx).create(draft(world, pilot_contact_id=world.thierry))
    assert "n'appartient pas" in info.value.errors["pilot_contact_id"]


def test_site_outside_quartier_is_refused(ctx: ServiceContext, world: World) -> None:
    with pytest.raises(ValidationError) as info:
        ActionService(ctx).create(draft(world, site_id=world.forges))
    assert "site_id" in info.value.errors


def test_follow_up_records_history_and_forbidden_transition_changes_nothing(
    ctx: ServiceContext, world: World, engine: Engine
) -> None:
    service = ActionService(ctx)
    row = service.create(draft(world)).value
    done = service.follow_up(
        row.id, row.version, StatusChange(ActionStatus.REALISEE, "Encombrants enlevés.")
    ).value
    assert done.status is ActionStatus.REALISEE and done.progress == 100
    before = counts(engine)
    with pytest.raises(ValidationError) as info:
        service.follow_up(done.id, done.version, StatusChange(ActionStatus.ABANDONNEE, "Non"))
    assert "ne peut pas passer" in info.value.errors["status"]
    assert counts(engine) == before
    assert [h.comment for h in service.history(row.id)][-1] == "Encombrants enlevés."


def test_revised_deadline_counts_for_overdue(ctx: ServiceContext, world: World) -> None:
    service = ActionService(ctx)
    row = service.create(draft(world, initial_deadline=dt.date(2025, 6, 20))).value
    later = ctx.today() + dt.timedelta(days=30)
    moved = service.follow_up(
        row.id, row.version, StatusChange(ActionStatus.REPORTEE, "Report", revised_deadline=later)
    ).value
    assert moved.deadline == later and moved.initial_deadline == dt.date(2025, 6, 20)


def test_two_sessions_editing_the_same_action_conflict(
    engine: Engine, world: World, ctx: ServiceContext
) -> None:
    row = ActionService(ctx).create(draft(world)).value
    alice = ActionService(make_context(engine, username="alice"))
    bob = ActionService(make_context(engine, username="bob"))
    alice.follow_up(row.id, row.version, StatusChange(ActionStatus.EN_COURS, "Alice"))
    edit = ActionEdit(title="Titre de Bob", theme=Theme.PROPRETE, pilot_organisation_id=world.mh)
    with pytest.raises(ConflictError) as info:
        bob.update(row.id, row.version, edit)
    assert info.value.stored["status"] is ActionStatus.EN_COURS
    assert info.value.attempted["title"] == "Titre de Bob"
    stored = alice.get(row.id).row
    assert stored.title == row.title and stored.status is ActionStatus.EN_COURS


def test_lecteur_cannot_write(engine: Engine, world: World) -> None:
    reader = ActionService(make_context(engine, UserRole.LECTEUR, "ines"))
    with pytest.raises(PermissionDeniedError):
        reader.create(draft(world))


def test_filters_and_sort(ctx: ServiceContext, world: World) -> None:
    service = ActionService(ctx)
    late = service.create(draft(world, title="Réparer la porte du local")).value
    with ctx.session_factory.begin() as s:  # make it late: deadline set in the past by hand
        s.get(Action, late.id).initial_deadline = dt.date(2025, 3, 31)
    service.create(
        draft(
            world,
            title="Cœur de cité",
            pilot_organisation_id=world.vm,
            pilot_contact_id=None,
            partner_ids=(),
        )
    )
    service.create(draft(world, quartier_id=world.pr, site_id=world.forges, title="Tri"))
    assert [r.number for r in service.list_actions(ActionQuery(overdue_only=True))] == [late.number]
    assert [r.title for r in service.list_actions(ActionQuery(text="coeur"))] == ["Cœur de cité"]
    assert service.count_actions(ActionQuery(quartier_codes=("pr",))) == 1
    assert service.count_actions(ActionQuery(pilot_codes=("VM",))) == 1
    assert service.count_actions(ActionQuery(involving_code="SD")) == 2
    titles = [r.title for r in service.list_actions(ActionQuery(sort_key="title", descending=True))]
    assert titles == sorted(titles, reverse=True)
    page = service.list_actions(ActionQuery(sort_key="number", limit=2, offset=1))
    assert [r.number for r in page] == ["HM-25-002", "PR-25-001"]


def test_sql_overdue_agrees_with_domain_rule(ctx: ServiceContext, world: World) -> None:
    service = ActionService(ctx)
    deadlines = [
        None,
        dt.date(2025, 1, 1),
        dt.date(2025, 6, 14),
        dt.date(2025, 6, 15),
        dt.date(2026, 1, 1),
    ]
    statuses = list(ActionStatus)
    with ctx.session_factory.begin() as s:
        for i, (deadline, status) in enumerate((d, st) for d in deadlines for st in statuses):
            s.add(
                Action(
                    number=f"T-{i}",
                    title="t",
                    theme=Theme.BATI,
                    quartier_id=world.hm,
                    pilot_organisation_id=world.mh,
                    status=status,
                    initial_deadline=deadline,
                )
            )
    expected = {
        r.number
        for r in service.list_actions()
        if is_overdue(r.status, r.initial_deadline, r.revised_deadline, ctx.today())
    }
    got = {r.number for r in service.list_actions(ActionQuery(overdue_only=True))}
    assert got == expected and len(expected) == 6


def test_concurrent_commit_between_read_and_write_is_a_conflict(
    engine: Engine, world: World, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI path (no expected version) still never overwrites a concurrent change."""
    from gusp_desktop.services.actions import editing
    from gusp_desktop.services.base import UnitOfWork

    row = ActionService(ctx).create(draft(world)).value
    other = ActionService(make_context(engine, username="bob"))
    original = editing.apply_follow_up

    raced: list[bool] = []

    def racing(uow: UnitOfWork, action: Action, change: StatusChange) -> None:
        if not raced:  # only the first caller is overtaken, by a complete save from bob
            raced.append(True)
            other.follow_up(row.id, None, StatusChange(ActionStatus.EN_COURS, "Bob passe avant"))
        original(uow, action, change)

    monkeypatch.setattr(editing, "apply_follow_up", racing)
    with pytest.raises(ConflictError):
        ActionService(ctx).follow_up(row.id, None, StatusChange(ActionStatus.ABANDONNEE, "Moi"))
    monkeypatch.undo()
    history = ActionService(ctx).history(row.id)
    assert [h.comment for h in history] == ["Action créée.", "Bob passe avant"]
    assert ActionService(ctx).get(row.id).row.status is ActionStatus.EN_COURS


def test_an_edit_moves_the_version_by_exactly_one(ctx: ServiceContext, world: World) -> None:
    service = ActionService(ctx)
    row = service.create(draft(world)).value
    edit = ActionEdit(
        title="Nouveau titre",
        theme=Theme.PROPRETE,
        pilot_organisation_id=world.vm,
        partner_ids=(world.sd,),
    )
    updated = service.update(row.id, row.version, edit).value
    assert updated.version == row.version + 1
    assert updated.partner_codes == ("SD",) and updated.pilot_organisation_code == "VM"
