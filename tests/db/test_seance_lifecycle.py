"""A séance's whole life through the services, on SQLite and PostgreSQL: numbering in date
order, rescheduling, convening, holding and undoing, review rounds, cancellation, invitations,
the compte rendu's own texts and the history read back from the audit trail."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from gusp_desktop.db.models import AuditEvent, Seance
from gusp_desktop.domain.agenda import AgendaItemData
from gusp_desktop.domain.enums import AttendanceStatus, MemberKind, MemberRole, SeanceStatus
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.meetings import RescheduleData, SeanceData, SeanceHighlights
from gusp_desktop.services.agenda import AgendaService
from gusp_desktop.services.attendance import AttendanceService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.meetings import MeetingService
from gusp_desktop.services.minutes import MinutesService
from gusp_desktop.services.minutes_review import MinutesReviewService
from gusp_desktop.services.seance_lifecycle import SeanceLifecycleService
from tests.db.test_meetings import World, count, paris, plan, seed
from tests.fixtures.databases import FIXED_NOW

S = SeanceStatus
PAST = dt.date(2025, 6, 12)  # FIXED_NOW is 15/06/2025
FUTURE = dt.date(2025, 9, 11)


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return seed(ctx)


@pytest.fixture
def meetings(ctx: ServiceContext) -> MeetingService:
    return MeetingService(ctx)


@pytest.fixture
def lifecycle(ctx: ServiceContext) -> SeanceLifecycleService:
    return SeanceLifecycleService(ctx)


def numbers(meetings: MeetingService, ids: list[int]) -> list[int]:
    return [meetings.get_seance(i).number for i in ids]


def test_planned_seances_are_numbered_in_date_order_and_convened_ones_keep_theirs(
    ctx: ServiceContext, world: World, meetings: MeetingService, lifecycle: SeanceLifecycleService
) -> None:
    march = plan(ctx, world.cotech, dt.date(2026, 3, 5))
    may = plan(ctx, world.cotech, dt.date(2026, 5, 7))
    assert numbers(meetings, [march, may]) == [1, 2]
    # A séance created later for 14/01 comes first: the planned ones follow the calendar.
    january = plan(ctx, world.cotech, dt.date(2026, 1, 14))
    assert numbers(meetings, [january, march, may]) == [1, 2, 3]
    lifecycle.convene(march)
    # A convened séance keeps n° 2 for good, even when an earlier one is added.
    february = plan(ctx, world.cotech, dt.date(2026, 2, 4))
    assert numbers(meetings, [january, february, march, may]) == [1, 3, 2, 4]
    # Moving a planned séance renumbers the planned ones, never the convened one.
    meetings.reschedule(may, None, RescheduleData(starts_at=dt.datetime(2026, 1, 2, 9, 30)))
    assert numbers(meetings, [may, january, february, march]) == [1, 3, 4, 2]
    # Each year starts again at 1; a séance moved to another year leaves the first one's list.
    next_year = plan(ctx, world.cotech, dt.date(2027, 1, 20))
    assert meetings.get_seance(next_year).number == 1
    meetings.reschedule(february, None, RescheduleData(starts_at=dt.datetime(2027, 1, 6, 9)))
    assert numbers(meetings, [february, next_year]) == [1, 2]
    assert numbers(meetings, [may, january, march]) == [1, 3, 2]
    # The other instance has its own numbers.
    assert meetings.get_seance(plan(ctx, world.copil, dt.date(2026, 1, 1))).number == 1


def test_reschedule_raises_the_invitation_sequence_and_keeps_the_rest(
    ctx: ServiceContext, world: World, meetings: MeetingService
) -> None:
    seance_id = plan(ctx, world.cotech, FUTURE)
    created = meetings.get_seance(seance_id)
    assert created.ics_sequence == 0
    moved = meetings.reschedule(
        seance_id, created.version, RescheduleData(starts_at=dt.datetime(2025, 9, 18, 10, 0))
    ).value
    assert moved.ics_sequence == 1
    assert moved.starts_at == paris(dt.date(2025, 9, 18), 10).astimezone(dt.UTC)
    assert (moved.place, moved.duration_minutes) == (created.place, created.duration_minutes)
    placed = meetings.reschedule(seance_id, None, RescheduleData(place="Mairie annexe")).value
    assert (placed.place, placed.ics_sequence) == ("Mairie annexe", 2)
    # Only the calendar's fields count: the faits marquants do not move the event.
    noted = meetings.update_highlights(seance_id, None, SeanceHighlights(summary="Bilan")).value
    assert noted.ics_sequence == 2 and noted.summary == "Bilan"


def test_bad_reschedules_change_nothing(
    ctx: ServiceContext, world: World, meetings: MeetingService, engine: Engine
) -> None:
    seance_id = plan(ctx, world.cotech, PAST)
    before = meetings.get_seance(seance_id)
    events = count(engine, AuditEvent)
    with pytest.raises(ValidationError, match="durée"):
        meetings.reschedule(seance_id, None, RescheduleData(duration_minutes=0))
    MeetingService(ctx).change_status(seance_id, None, S.TENUE)
    events = count(engine, AuditEvent)
    with pytest.raises(ValidationError, match="a eu lieu"):
        meetings.reschedule(seance_id, None, RescheduleData(starts_at=dt.datetime(2025, 6, 13)))
    after = meetings.get_seance(seance_id)
    assert (after.starts_at, after.ics_sequence) == (before.starts_at, before.ics_sequence)
    assert count(engine, AuditEvent) == events
    # The place of a held séance may still be corrected.
    assert meetings.reschedule(seance_id, None, RescheduleData(place="Salle 3")).value.place


def test_convene_marks_the_date_and_can_be_repeated(
    ctx: ServiceContext, world: World, lifecycle: SeanceLifecycleService
) -> None:
    seance_id = plan(ctx, world.cotech, FUTURE)
    convened = lifecycle.convene(seance_id).value
    assert convened.status is S.CONVOQUEE and convened.convened_at == FIXED_NOW
    assert convened.number_locked
    again = lifecycle.convene(seance_id, convened.version).value
    assert again.status is S.CONVOQUEE and again.version == convened.version + 1


def test_hold_is_refused_before_the_start_then_accepted_and_undone(
    ctx: ServiceContext, world: World, lifecycle: SeanceLifecycleService, engine: Engine
) -> None:
    future = plan(ctx, world.cotech, FUTURE)
    lifecycle.convene(future)
    events = count(engine, AuditEvent)
    with pytest.raises(ValidationError, match="commence le 11/09/2025 à 14:00"):
        lifecycle.hold(future)
    assert count(engine, AuditEvent) == events
    with pytest.raises(ValidationError, match="commence le"):
        MeetingService(ctx).change_status(future, None, S.TENUE)
    past = plan(ctx, world.cotech, PAST)
    lifecycle.convene(past)
    held = lifecycle.hold(past).value
    assert held.status is S.TENUE
    undone = lifecycle.undo_hold(past, held.version).value
    assert undone.status is S.CONVOQUEE
    # Undoing is refused once anything of the minutes is written.
    lifecycle.hold(past)
    item = AgendaService(ctx).add_item(past, AgendaItemData("Tour de table")).value
    MinutesService(ctx).add_decision(item.id, "Le local vélo est rouvert.")
    with pytest.raises(ValidationError, match="déjà saisies"):
        lifecycle.undo_hold(past)
    assert MeetingService(ctx).get_seance(past).status is S.TENUE


def test_review_round_lists_reviewers_and_the_date(
    ctx: ServiceContext, world: World, lifecycle: SeanceLifecycleService
) -> None:
    seance_id = plan(ctx, world.cotech, PAST)
    review = MinutesReviewService(ctx)
    lifecycle.hold(seance_id)
    with pytest.raises(ValidationError, match="n'est pas en rédaction"):
        review.send_for_review(seance_id, [world.julien])
    MinutesService(ctx).start_writing(seance_id)
    with pytest.raises(ValidationError, match="au moins un relecteur"):
        review.send_for_review(seance_id, [])
    first = review.send_for_review(seance_id, [world.etienne, world.julien]).value
    assert first.number == 1 and first.sent_at == FIXED_NOW
    assert [r.name for r in first.reviewers] == ["Étienne Vasseur", "Julien Cappelaere"]
    assert MeetingService(ctx).get_seance(seance_id).status is S.CR_RELECTURE
    review.return_to_writing(seance_id)
    # Proposed reviewers: the président, then the people present; never the secrétaire.
    sheet = AttendanceService(ctx).list_attendance(seance_id)
    for line in sheet:
        if line.contact_id in (world.claire, world.thierry):
            AttendanceService(ctx).set_status(line.id, line.version, AttendanceStatus.PRESENT)
    assert review.default_reviewers(seance_id) == (world.etienne, world.thierry)
    second = review.send_for_review(seance_id).value
    assert second.number == 2
    assert [r.contact_id for r in second.reviewers] == [world.etienne, world.thierry]
    assert [r.number for r in review.review_rounds(seance_id)] == [1, 2]


def test_cancel_needs_a_reason_keeps_the_number_and_can_be_undone(
    ctx: ServiceContext, world: World, meetings: MeetingService, engine: Engine
) -> None:
    first = plan(ctx, world.cotech, dt.date(2025, 10, 1))
    second = plan(ctx, world.cotech, dt.date(2025, 11, 1))
    events = count(engine, AuditEvent)
    with pytest.raises(ValidationError, match="motif de l'annulation est obligatoire"):
        meetings.cancel_seance(first, None, "   ")
    assert count(engine, AuditEvent) == events
    cancelled = meetings.cancel_seance(first, None, "Grève des transports").value
    assert cancelled.status is S.ANNULEE and cancelled.cancellation_reason == "Grève des transports"
    assert (cancelled.cancelled_at, cancelled.cancelled_by) == (FIXED_NOW, "claire")
    assert cancelled.ics_sequence == 1 and cancelled.number == 1
    # A later séance planned before the cancelled one does not take its number.
    earlier = plan(ctx, world.cotech, dt.date(2025, 9, 20))
    assert numbers(meetings, [earlier, first, second]) == [2, 1, 3]
    with pytest.raises(ValidationError, match="déjà annulée"):
        meetings.cancel_seance(first, None, "Encore")
    with pytest.raises(ValidationError, match="rétablissez-la"):
        meetings.reschedule(first, None, RescheduleData(place="Ailleurs"))
    restored = meetings.change_status(first, None, S.PLANIFIEE).value
    assert restored.status is S.PLANIFIEE and restored.cancellation_reason == ""
    assert restored.ics_sequence == 2
    assert numbers(meetings, [earlier, first, second]) == [1, 2, 3]
    held = plan(ctx, world.cotech, PAST)
    meetings.change_status(held, None, S.TENUE)
    with pytest.raises(ValidationError, match="Tenue"):
        meetings.cancel_seance(held, None, "Trop tard")


def test_invitations_carry_seats_and_can_be_completed_or_withdrawn(
    ctx: ServiceContext, world: World, meetings: MeetingService
) -> None:
    seance_id = plan(ctx, world.cotech, FUTURE)
    seats = {
        a.contact_id: (a.member_role, a.member_kind)
        for a in meetings.get_seance(seance_id).invitees
    }
    assert seats[world.etienne] == (MemberRole.PRESIDENT, MemberKind.TITULAIRE)
    assert seats[world.ines] == (MemberRole.MEMBRE, MemberKind.SUPPLEANT)
    attendance = AttendanceService(ctx)
    line = next(a for a in meetings.get_seance(seance_id).invitees if a.contact_id == world.ines)
    assert line.substitute
    attendance.uninvite(line.id, line.version)
    assert world.ines not in {a.contact_id for a in meetings.get_seance(seance_id).invitees}
    # The instance's members are invited again; those already invited are left alone.
    again = attendance.invite_instance_members(seance_id).value
    assert [a.contact_id for a in again] == [world.ines]
    assert attendance.invite_instance_members(seance_id).value == ()
    guest = attendance.invite(seance_id, world.sophie).value
    assert guest.member_role is None and not guest.substitute
    # Once the séance took place the sheet is a record.
    past = plan(ctx, world.cotech, PAST)
    meetings.change_status(past, None, S.TENUE)
    line = meetings.get_seance(past).invitees[0]
    with pytest.raises(ValidationError, match="a eu lieu"):
        attendance.uninvite(line.id, line.version)


def test_a_seance_planned_without_members_is_invited_on_demand(
    ctx: ServiceContext, world: World, meetings: MeetingService
) -> None:
    seance_id = plan(ctx, world.copil, FUTURE)
    assert meetings.get_seance(seance_id).invitees == ()
    assert AttendanceService(ctx).invite_instance_members(seance_id).value == ()


def test_highlights_and_recipients_are_edited_and_refused_once_validated(
    ctx: ServiceContext, world: World, meetings: MeetingService
) -> None:
    seance_id = plan(ctx, world.cotech, PAST)
    texts = SeanceHighlights("Sept actions en retard.", "Prochain COTECH le 11/09.", "Affichage")
    detail = meetings.update_highlights(seance_id, None, texts).value
    assert (detail.summary, detail.next_meeting_note, detail.distribution_note) == (
        "Sept actions en retard.",
        "Prochain COTECH le 11/09.",
        "Affichage",
    )
    detail = meetings.add_recipient(seance_id, world.sophie).value
    assert [r.name for r in detail.recipients] == ["Sophie Lemaire-Dubreucq"]
    with pytest.raises(ValidationError, match="déjà dans la liste"):
        meetings.add_recipient(seance_id, world.sophie)
    with pytest.raises(ValidationError, match="invité"):
        meetings.add_recipient(seance_id, world.julien)
    assert meetings.remove_recipient(seance_id, world.sophie).value.recipients == ()
    with ctx.session_factory.begin() as session:
        row = session.get(Seance, seance_id)
        assert row is not None
        row.status = S.CR_VALIDE
    with pytest.raises(ValidationError, match="erratum"):
        meetings.update_highlights(seance_id, None, SeanceHighlights("Autre"))


def test_history_tells_every_step_in_order(
    ctx: ServiceContext, world: World, meetings: MeetingService, lifecycle: SeanceLifecycleService
) -> None:
    seance_id = plan(ctx, world.cotech, PAST)
    meetings.reschedule(seance_id, None, RescheduleData(starts_at=dt.datetime(2025, 6, 13, 9)))
    lifecycle.convene(seance_id)
    lifecycle.hold(seance_id)
    lifecycle.undo_hold(seance_id)
    lifecycle.hold(seance_id)
    MinutesService(ctx).start_writing(seance_id)
    MinutesReviewService(ctx).send_for_review(seance_id, [world.julien])
    history = meetings.history(seance_id)
    assert [e.label for e in history] == [
        "Séance planifiée",
        "Modification : date et heure",
        "Planifiée → Convoquée",
        "Convoquée → Tenue",
        "Tenue → Convoquée",
        "Convoquée → Tenue",
        "Tenue → Compte rendu en rédaction",
        "Compte rendu en rédaction → Compte rendu en relecture",
    ]
    assert history[1].detail == "Nouvelle date : 13/06/2025 09:00"
    assert history[-1].detail == "Relecteurs : Julien Cappelaere"
    assert history[2].after_status is S.CONVOQUEE and history[2].author == "claire"


def test_create_seance_input_errors_write_nothing(
    ctx: ServiceContext, world: World, meetings: MeetingService, engine: Engine
) -> None:
    events = count(engine, AuditEvent)
    with pytest.raises(ValidationError, match="Président"):
        meetings.create_seance(SeanceData(world.cotech, paris(FUTURE), president_id=999))
    assert count(engine, Seance) == 0 and count(engine, AuditEvent) == events
