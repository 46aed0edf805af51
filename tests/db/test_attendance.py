"""The émargement: statuses, representatives, participants on the spot, locking; both engines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from gusp_desktop.db.models import Attendance
from gusp_desktop.domain.attendance import AttendanceDTO
from gusp_desktop.domain.enums import AttendanceStatus, SeanceStatus, UserRole
from gusp_desktop.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from gusp_desktop.services.attendance import AttendanceService
from gusp_desktop.services.base import ServiceContext
from tests.db.test_meetings import World, count, force_status, plan, seed
from tests.fixtures.databases import make_context

A = AttendanceStatus


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return seed(ctx)


@pytest.fixture
def seance(ctx: ServiceContext, world: World) -> int:
    return plan(ctx, world.cotech, dt.date(2025, 6, 12))


def line(ctx: ServiceContext, seance_id: int, contact_id: int) -> AttendanceDTO:
    (found,) = [
        a for a in AttendanceService(ctx).list_attendance(seance_id) if a.contact_id == contact_id
    ]
    return found


def test_sheet_is_sorted_by_organisation_then_surname(ctx: ServiceContext, seance: int) -> None:
    sheet = AttendanceService(ctx).list_attendance(seance)
    assert [(a.organisation_code, a.contact_name) for a in sheet] == [
        ("CAMA", "Claire Demarquette"),
        ("MH", "Julien Cappelaere"),
        ("MH", "Inès Taleb"),
        ("SD", "Thierry Maes"),
        ("VM", "Étienne Vasseur"),
    ]
    assert sheet[1].organisation_name == "Marve Habitat"


def test_set_status_and_representative(ctx: ServiceContext, world: World, seance: int) -> None:
    service = AttendanceService(ctx)
    julien = line(ctx, seance, world.julien)
    present = service.set_status(julien.id, julien.version, A.PRESENT).value
    assert (present.status, present.version) == (A.PRESENT, julien.version + 1)
    represented = service.set_status(present.id, present.version, A.REPRESENTE, world.ines).value
    assert (represented.represented_by_id, represented.represented_by_name) == (
        world.ines,
        "Inès Taleb",
    )
    excused = service.set_status(represented.id, represented.version, A.EXCUSE, world.ines)
    assert excused.value.represented_by_id is None  # only a « représenté » keeps one
    assert excused.changes.ids("attendance") == {julien.id}


@pytest.mark.parametrize("representative", [None, "self", 424_242])
def test_represented_needs_another_known_person(
    ctx: ServiceContext, world: World, seance: int, representative: object
) -> None:
    julien = line(ctx, seance, world.julien)
    given = world.julien if representative == "self" else representative
    with pytest.raises(ValidationError) as caught:
        AttendanceService(ctx).set_status(julien.id, julien.version, A.REPRESENTE, given)  # type: ignore[arg-type]
    assert set(caught.value.errors) == {"represented_by_id"}
    assert line(ctx, seance, world.julien) == julien


def test_stale_status_is_a_conflict(ctx: ServiceContext, world: World, seance: int) -> None:
    service = AttendanceService(ctx)
    thierry = line(ctx, seance, world.thierry)
    service.set_status(thierry.id, thierry.version, A.PRESENT)
    with pytest.raises(ConflictError) as caught:
        service.set_status(thierry.id, thierry.version, A.ABSENT)
    assert (caught.value.stored["status"], caught.value.attempted["status"]) == (
        A.PRESENT,
        A.ABSENT,
    )
    assert line(ctx, seance, world.thierry).status is A.PRESENT


def test_participant_on_the_spot(
    ctx: ServiceContext, world: World, seance: int, engine: Engine
) -> None:
    service = AttendanceService(ctx)
    added = service.add_participant(seance, world.sophie).value
    assert (added.invited, added.status, added.contact_name) == (
        False,
        A.PRESENT,
        "Sophie Lemaire-Dubreucq",
    )
    for contact_id in (world.sophie, world.julien):
        with pytest.raises(ValidationError, match="figure déjà"):
            service.add_participant(seance, contact_id)
    with pytest.raises(ValidationError):
        service.add_participant(seance, 424_242)
    assert count(engine, Attendance) == 6
    service.remove_participant(added.id, added.version)
    assert count(engine, Attendance) == 5


def test_invited_people_cannot_be_removed(ctx: ServiceContext, world: World, seance: int) -> None:
    julien = line(ctx, seance, world.julien)
    with pytest.raises(ValidationError, match="absente ou excusée"):
        AttendanceService(ctx).remove_participant(julien.id, julien.version)
    assert line(ctx, seance, world.julien) == julien


def test_invite(ctx: ServiceContext, world: World, seance: int) -> None:
    service = AttendanceService(ctx)
    assert service.invite(seance, world.sophie).value.invited
    with pytest.raises(ValidationError, match="déjà invité"):
        service.invite(seance, world.sophie)
    other = plan(ctx, world.copil, dt.date(2025, 6, 26))
    spot = service.add_participant(other, world.julien).value
    invited = service.invite(other, world.julien).value
    assert (invited.id, invited.invited, invited.status) == (spot.id, True, A.PRESENT)


@pytest.mark.parametrize(
    ("status", "message"),
    [(SeanceStatus.ANNULEE, "annulée"), (SeanceStatus.CR_VALIDE, "validé"),
     (SeanceStatus.CR_SIGNE, "signé")],
)  # fmt: skip
def test_locked_sheet(
    ctx: ServiceContext, world: World, seance: int, status: SeanceStatus, message: str
) -> None:
    service = AttendanceService(ctx)
    julien = line(ctx, seance, world.julien)
    force_status(ctx, seance, status)
    attempts: list[Callable[[], object]] = [
        lambda: service.set_status(julien.id, julien.version, A.PRESENT),
        lambda: service.add_participant(seance, world.sophie),
        lambda: service.invite(seance, world.sophie),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError, match=message):
            attempt()
    assert len(service.list_attendance(seance)) == 5


def test_status_allowed_while_minutes_are_written(
    ctx: ServiceContext, world: World, seance: int
) -> None:
    force_status(ctx, seance, SeanceStatus.CR_RELECTURE)
    julien = line(ctx, seance, world.julien)
    updated = AttendanceService(ctx).set_status(julien.id, julien.version, A.EXCUSE)
    assert updated.value.status is A.EXCUSE


def test_reader_cannot_record(
    ctx: ServiceContext, world: World, seance: int, engine: Engine
) -> None:
    reader = AttendanceService(make_context(engine, UserRole.LECTEUR, "lea"))
    julien = line(ctx, seance, world.julien)
    with pytest.raises(PermissionDeniedError):
        reader.set_status(julien.id, julien.version, A.PRESENT)
    with pytest.raises(PermissionDeniedError):
        reader.add_participant(seance, world.sophie)
    assert reader.list_attendance(seance)[1] == julien
