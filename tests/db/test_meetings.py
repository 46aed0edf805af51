"""Séances: numbering, invitations, lifecycle and deletion, on SQLite and PostgreSQL.

The helpers at the top build a small Marvelin world straight with the ORM (the directory and
instance services are written in parallel); the agenda, attendance and minutes tests reuse them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

import pytest
from sqlalchemy import Engine, func, select, update

from gusp_desktop.db.models import (
    Action,
    Attendance,
    AuditEvent,
    Contact,
    Instance,
    Membership,
    Organisation,
    Quartier,
    Seance,
)
from gusp_desktop.domain.enums import (
    ActionStatus,
    InstanceType,
    MemberKind,
    MemberRole,
    OrganisationType,
    SeanceStatus,
    Theme,
    UserRole,
)
from gusp_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from gusp_desktop.domain.meetings import SeanceData, SeanceEditData, SeanceSummary
from gusp_desktop.domain.rules import seance_status_error
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.meetings import MeetingService
from tests.fixtures.databases import make_context

S = SeanceStatus


@dataclass(frozen=True)
class World:
    """Ids of the rows every meeting test starts from."""

    hm: int
    pr: int
    co: int
    cama: int
    mh: int
    sd: int
    vm: int
    claire: int
    etienne: int
    julien: int
    ines: int
    thierry: int
    sophie: int
    retired: int
    cotech: int
    copil: int


def seed(ctx: ServiceContext) -> World:
    """Quartiers, organisations, contacts, a COTECH on HM+PR with members, a COPIL with none."""
    with ctx.session_factory.begin() as s:
        hm, pr, co = (
            Quartier(code="HM", name="Les Hauts-de-Marve"),
            Quartier(code="PR", name="Le Pré-Rolland"),
            Quartier(code="CO", name="Les Coteaux"),
        )
        orgs = {
            "CAMA": Organisation(
                code="CAMA", name="Communauté d'agglomération", type=OrganisationType.EPCI
            ),
            "MH": Organisation(code="MH", name="Marve Habitat", type=OrganisationType.BAILLEUR),
            "SD": Organisation(code="SD", name="SYMEVAL", type=OrganisationType.DECHETS),
            "VM": Organisation(code="VM", name="Ville de Marvelin", type=OrganisationType.COMMUNE),
        }
        s.add_all([hm, pr, co, *orgs.values()])
        s.flush()

        def person(org: str, first: str, last: str, active: bool = True) -> Contact:
            email = f"{first.lower()}.{last.lower()}@{org.lower()}.example"
            contact = Contact(
                organisation_id=orgs[org].id,
                first_name=first,
                last_name=last,
                email=email,
                active=active,
            )
            s.add(contact)
            return contact

        claire = person("CAMA", "Claire", "Demarquette")
        etienne = person("VM", "Étienne", "Vasseur")
        julien = person("MH", "Julien", "Cappelaere")
        ines = person("MH", "Inès", "Taleb")
        thierry = person("SD", "Thierry", "Maes")
        sophie = person("VM", "Sophie", "Lemaire-Dubreucq")
        retired = person("MH", "Ancien", "Gardien", active=False)
        cotech = Instance(
            code="COTECH-GUSP",
            name="Comité technique GUSP inter-quartiers",
            type=InstanceType.COTECH,
            default_place="Hôtel d'agglomération, salle 2",
            default_duration_minutes=150,
            quartiers=[hm, pr],
        )
        copil = Instance(code="COPIL", name="Comité de pilotage", type=InstanceType.COPIL)
        s.add_all([cotech, copil])
        s.flush()
        for contact, role, kind in (
            (etienne, MemberRole.PRESIDENT, MemberKind.TITULAIRE),
            (claire, MemberRole.SECRETAIRE, MemberKind.TITULAIRE),
            (julien, MemberRole.MEMBRE, MemberKind.TITULAIRE),
            (thierry, MemberRole.MEMBRE, MemberKind.TITULAIRE),
            (ines, MemberRole.MEMBRE, MemberKind.SUPPLEANT),
            (retired, MemberRole.MEMBRE, MemberKind.TITULAIRE),
        ):
            s.add(Membership(instance_id=cotech.id, contact_id=contact.id, role=role, kind=kind))
        return World(
            hm.id, pr.id, co.id, orgs["CAMA"].id, orgs["MH"].id, orgs["SD"].id, orgs["VM"].id,
            claire.id, etienne.id, julien.id, ines.id, thierry.id, sophie.id, retired.id,
            cotech.id, copil.id,
        )  # fmt: skip


def paris(day: dt.date, hour: int = 14, minute: int = 0) -> dt.datetime:
    """An aware instant at a Paris wall-clock time."""
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=PARIS)


def plan(ctx: ServiceContext, instance_id: int, day: dt.date, hour: int = 14) -> int:
    """Create a séance through the service and return its id."""
    return MeetingService(ctx).create_seance(SeanceData(instance_id, paris(day, hour))).value.id


def force_status(ctx: ServiceContext, seance_id: int, status: SeanceStatus) -> None:
    """Put a séance in any status directly, to set up a test without walking the lifecycle."""
    with ctx.session_factory.begin() as s:
        s.execute(update(Seance).where(Seance.id == seance_id).values(status=status))


def add_action(
    ctx: ServiceContext,
    w: World,
    number: str,
    deadline: dt.date | None,
    status: ActionStatus = ActionStatus.EN_COURS,
    **extra: object,
) -> int:
    """An action row (quartier HM and pilot MH unless given in ``extra``)."""
    values: dict[str, object] = {
        "number": number,
        "title": f"Action {number}",
        "theme": Theme.PROPRETE,
        "quartier_id": w.hm,
        "pilot_organisation_id": w.mh,
        "status": status,
        "initial_deadline": deadline,
    }
    values.update(extra)
    with ctx.session_factory.begin() as s:
        action = Action(**values)
        s.add(action)
        s.flush()
        return action.id


def count(engine: Engine, model: type[object]) -> int:
    """Rows in a table."""
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return seed(ctx)


def test_create_numbers_per_instance_and_invites_members(ctx: ServiceContext, world: World) -> None:
    service = MeetingService(ctx)
    first = service.create_seance(SeanceData(world.cotech, paris(dt.date(2025, 9, 11)))).value
    second = service.create_seance(SeanceData(world.cotech, paris(dt.date(2025, 10, 23)))).value
    other = service.create_seance(SeanceData(world.copil, paris(dt.date(2025, 6, 26)))).value
    assert (first.number, second.number, other.number) == (1, 2, 1)
    invited = {a.contact_id for a in second.attendance}
    # The inactive member is not invited; the suppléante is.
    assert invited == {world.etienne, world.claire, world.julien, world.thierry, world.ines}
    assert all(a.invited and a.status is None for a in second.attendance)
    assert (first.place, first.duration_minutes) == ("Hôtel d'agglomération, salle 2", 150)
    assert (first.president_name, first.secretary_name) == ("Étienne Vasseur", "Claire Demarquette")
    assert first.status is S.PLANIFIEE and first.local_date == dt.date(2025, 9, 11)
    assert other.attendance == () and other.president_id is None


def test_deleting_a_planned_seance_closes_the_gap(ctx: ServiceContext, world: World) -> None:
    service = MeetingService(ctx)
    ids = [plan(ctx, world.cotech, dt.date(2025, 9, day)) for day in (1, 2, 3)]
    service.delete_seance(ids[1], service.get_seance(ids[1]).version)
    assert service.get_seance(ids[2]).number == 2
    assert (
        service.create_seance(SeanceData(world.cotech, paris(dt.date(2025, 9, 4)))).value.number
        == 3
    )


def test_create_reports_change_set_and_audit(
    ctx: ServiceContext, world: World, engine: Engine
) -> None:
    mutation = MeetingService(ctx).create_seance(
        SeanceData(world.cotech, paris(dt.date(2025, 9, 11)))
    )
    assert mutation.changes.ids("seance") == {mutation.value.id}
    assert mutation.changes.ids("attendance") == {a.id for a in mutation.value.attendance}
    with engine.connect() as conn:  # the seed, written outside the services, is left out
        events = conn.scalar(select(func.count()).where(AuditEvent.author == ctx.user.username))
    assert events == 1 + len(mutation.value.attendance)


def test_explicit_values_win_and_officers_are_invited(ctx: ServiceContext, world: World) -> None:
    data = SeanceData(
        world.copil,
        dt.datetime(2025, 12, 11, 9, 30),  # naive: Paris wall-clock time
        duration_minutes=90,
        place="Mairie de Marvelin",
        president_id=world.sophie,
        secretary_id=world.claire,
    )
    detail = MeetingService(ctx).create_seance(data).value
    assert detail.starts_at == dt.datetime(2025, 12, 11, 8, 30, tzinfo=dt.UTC)
    assert (detail.duration_minutes, detail.place) == (90, "Mairie de Marvelin")
    assert {a.contact_id for a in detail.attendance} == {world.sophie, world.claire}


def test_list_by_paris_date_and_instance(ctx: ServiceContext, world: World) -> None:
    service = MeetingService(ctx)
    late = service.create_seance(SeanceData(world.cotech, paris(dt.date(2025, 6, 13), 0))).value
    early = service.create_seance(SeanceData(world.cotech, paris(dt.date(2025, 6, 12), 23))).value
    copil = service.create_seance(SeanceData(world.copil, paris(dt.date(2025, 6, 26)))).value
    assert late.starts_at.date() == dt.date(2025, 6, 12)  # still the 12th in UTC
    assert [s.id for s in service.list_seances()] == [early.id, late.id, copil.id]
    only_13 = service.list_seances(from_date=dt.date(2025, 6, 13), to_date=dt.date(2025, 6, 13))
    assert [(s.id, s.local_date) for s in only_13] == [(late.id, dt.date(2025, 6, 13))]
    assert [s.id for s in service.list_seances(instance_id=world.copil)] == [copil.id]
    assert only_13[0].instance_code == "COTECH-GUSP"


def test_the_list_reads_each_seance_as_its_page_does(ctx: ServiceContext, world: World) -> None:
    """The list reads the tables (no mapped class); the page reads the séance through the
    ORM: both give the same summary of every séance."""
    service = MeetingService(ctx)
    held = plan(ctx, world.cotech, dt.date(2025, 6, 12), hour=9)
    force_status(ctx, held, S.TENUE)
    plan(ctx, world.copil, dt.date(2025, 6, 26))
    listed = service.list_seances()
    assert len(listed) == 2
    for summary in listed:
        detail = service.get_seance(summary.id)
        from_page = {f.name: getattr(detail, f.name) for f in fields(SeanceSummary)}
        assert summary == SeanceSummary(**from_page)
    assert {s.status for s in listed} == {S.TENUE, S.PLANIFIEE}


def test_full_lifecycle_is_allowed(ctx: ServiceContext, world: World) -> None:
    service = MeetingService(ctx)
    seance_id = plan(ctx, world.cotech, dt.date(2025, 6, 12))
    version = service.get_seance(seance_id).version
    for target in (S.CONVOQUEE, S.TENUE, S.CR_REDACTION, S.CR_RELECTURE):
        mutation = service.change_status(seance_id, version, target)
        assert mutation.value.status is target
        assert mutation.value.version == version + 1
        assert mutation.changes.ids("seance") == {seance_id}
        version = mutation.value.version


@pytest.mark.parametrize("target", [S.CR_VALIDE, S.CR_SIGNE])
def test_validation_and_signature_are_not_bare_status_changes(
    ctx: ServiceContext, world: World, target: S
) -> None:
    service = MeetingService(ctx)
    seance_id = plan(ctx, world.cotech, dt.date(2025, 6, 12))
    force_status(ctx, seance_id, S.CR_RELECTURE if target is S.CR_VALIDE else S.CR_VALIDE)
    version = service.get_seance(seance_id).version
    with pytest.raises(ValidationError, match="en validant ou en signant"):
        service.change_status(seance_id, version, target)
    assert service.get_seance(seance_id).version == version


@pytest.mark.parametrize(
    ("current", "target"),
    [(S.PLANIFIEE, S.CR_VALIDE), (S.CR_REDACTION, S.PLANIFIEE), (S.CR_VALIDE, S.CR_REDACTION),
     (S.CR_SIGNE, S.ANNULEE), (S.ANNULEE, S.TENUE)],
)  # fmt: skip
def test_forbidden_transition_changes_nothing(
    ctx: ServiceContext, world: World, engine: Engine, current: S, target: S
) -> None:
    service = MeetingService(ctx)
    seance_id = plan(ctx, world.cotech, dt.date(2025, 6, 12))
    force_status(ctx, seance_id, current)
    before = service.get_seance(seance_id)
    audits = count(engine, AuditEvent)
    with pytest.raises(ValidationError) as caught:
        service.change_status(seance_id, before.version, target)
    assert caught.value.errors == {"status": seance_status_error(current, target)}
    assert service.get_seance(seance_id) == before
    assert count(engine, AuditEvent) == audits


def test_stale_version_conflict_keeps_both_values(ctx: ServiceContext, world: World) -> None:
    service = MeetingService(ctx)
    seance = service.get_seance(plan(ctx, world.cotech, dt.date(2025, 6, 12)))
    service.change_status(seance.id, seance.version, S.CONVOQUEE)
    edit = SeanceEditData(seance.starts_at, 60, place="Maison de quartier")
    with pytest.raises(ConflictError) as caught:
        service.update_seance(seance.id, seance.version, edit)
    assert caught.value.stored["place"] == "Hôtel d'agglomération, salle 2"
    assert caught.value.attempted["place"] == "Maison de quartier"
    assert caught.value.stored_version == seance.version + 1
    assert service.get_seance(seance.id).place == "Hôtel d'agglomération, salle 2"


def test_update_seance_and_validation(ctx: ServiceContext, world: World) -> None:
    service = MeetingService(ctx)
    seance = service.get_seance(plan(ctx, world.cotech, dt.date(2025, 6, 12)))
    edit = SeanceEditData(
        paris(dt.date(2025, 6, 19), 10),
        120,
        place="  Maison de   quartier ",
        president_id=world.sophie,
        summary="Faits marquants : réouverture du square.",
        next_meeting_note="Prochaine réunion en septembre.",
    )
    updated = service.update_seance(seance.id, seance.version, edit).value
    assert (updated.place, updated.local_date) == ("Maison de quartier", dt.date(2025, 6, 19))
    assert updated.president_name == "Sophie Lemaire-Dubreucq"
    assert world.sophie in {a.contact_id for a in updated.attendance}
    bad = SeanceEditData(seance.starts_at, 0, place="x" * 1_000_000, secretary_id=424_242)
    with pytest.raises(ValidationError) as caught:
        service.update_seance(seance.id, updated.version, bad)
    assert set(caught.value.errors) == {"duration_minutes", "place", "secretary_id"}
    assert service.get_seance(seance.id) == updated


def test_update_refused_once_minutes_validated(ctx: ServiceContext, world: World) -> None:
    service = MeetingService(ctx)
    seance_id = plan(ctx, world.cotech, dt.date(2025, 6, 12))
    force_status(ctx, seance_id, S.CR_VALIDE)
    seance = service.get_seance(seance_id)
    with pytest.raises(ValidationError, match="ne peut plus être modifiée"):
        service.update_seance(seance_id, seance.version, SeanceEditData(seance.starts_at, 60))


def test_delete_planned_seance_with_its_sheet(
    ctx: ServiceContext, world: World, engine: Engine
) -> None:
    service = MeetingService(ctx)
    seance = service.get_seance(plan(ctx, world.cotech, dt.date(2025, 6, 12)))
    mutation = service.delete_seance(seance.id, seance.version)
    assert mutation.changes.ids("seance") == {seance.id}
    assert count(engine, Seance) == 0 and count(engine, Attendance) == 0
    with pytest.raises(NotFoundError):
        service.get_seance(seance.id)


def test_delete_refused_when_held_or_referenced(
    ctx: ServiceContext, world: World, engine: Engine
) -> None:
    service = MeetingService(ctx)
    held = plan(ctx, world.cotech, dt.date(2025, 6, 5))
    force_status(ctx, held, S.TENUE)
    with pytest.raises(ValidationError, match="planifiée ou annulée"):
        service.delete_seance(held, service.get_seance(held).version)
    planned = plan(ctx, world.cotech, dt.date(2025, 6, 12))
    add_action(ctx, world, "HM-25-001", None, origin_seance_id=planned)
    with pytest.raises(ValidationError, match="1 action"):
        service.delete_seance(planned, service.get_seance(planned).version)
    assert count(engine, Seance) == 2


def test_roles(ctx: ServiceContext, world: World, engine: Engine) -> None:
    reader = MeetingService(make_context(engine, UserRole.LECTEUR, "lea"))
    data = SeanceData(world.cotech, paris(dt.date(2025, 6, 12)))
    with pytest.raises(PermissionDeniedError):
        reader.create_seance(data)
    seance_id = plan(ctx, world.cotech, dt.date(2025, 6, 12))
    with pytest.raises(PermissionDeniedError):
        reader.change_status(seance_id, 1, S.CONVOQUEE)
    assert reader.get_seance(seance_id).status is S.PLANIFIEE
    secretary = MeetingService(make_context(engine, UserRole.SECRETAIRE, "ines"))
    assert secretary.change_status(seance_id, 1, S.CONVOQUEE).value.status is S.CONVOQUEE


def test_unknown_rows(ctx: ServiceContext, world: World) -> None:
    service = MeetingService(ctx)
    with pytest.raises(NotFoundError):
        service.create_seance(SeanceData(424_242, paris(dt.date(2025, 6, 12))))
    with pytest.raises(NotFoundError):
        service.change_status(424_242, 1, S.TENUE)
