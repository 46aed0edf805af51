"""Writing minutes: autosaved notes, decisions, locking and the CR content, on both engines."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from gusp_desktop.db.models import ActionUpdate, AuditEvent, Decision
from gusp_desktop.domain.agenda import AgendaItemData
from gusp_desktop.domain.enums import ActionStatus, AttendanceStatus, SeanceStatus, UserRole
from gusp_desktop.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from gusp_desktop.domain.meetings import SeanceEditData
from gusp_desktop.services.agenda import AgendaService
from gusp_desktop.services.attendance import AttendanceService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.meetings import MeetingService
from gusp_desktop.services.minutes import MinutesService
from tests.db.test_meetings import World, add_action, count, force_status, plan, seed
from tests.fixtures.databases import make_context

S = SeanceStatus


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return seed(ctx)


@pytest.fixture
def seance(ctx: ServiceContext, world: World) -> int:
    return plan(ctx, world.cotech, dt.date(2025, 6, 12))


@pytest.fixture
def item(ctx: ServiceContext, seance: int) -> int:
    """A point of a séance that has been held, ready for its minutes."""
    item_id = AgendaService(ctx).add_item(seance, AgendaItemData("Propreté")).value.id
    force_status(ctx, seance, S.TENUE)
    return item_id


def notes_of(ctx: ServiceContext, item_id: int) -> tuple[int, str]:
    (found,) = [
        i for s in MeetingService(ctx).list_seances() for i in AgendaService(ctx).list_items(s.id)
        if i.id == item_id
    ]  # fmt: skip
    return found.version, found.notes


def test_autosave_increments_version_and_touches_one_row(ctx: ServiceContext, item: int) -> None:
    service = MinutesService(ctx)
    first = service.save_notes(item, 1, "Les bornes sont saturées ")
    assert first.value == 2
    assert first.changes.entities() == {"agenda_item"} and first.changes.ids("agenda_item") == {
        item
    }
    second = service.save_notes(item, first.value, "Les bornes sont saturées le lundi.")
    assert second.value == 3
    assert notes_of(ctx, item) == (3, "Les bornes sont saturées le lundi.")


def test_unchanged_notes_write_nothing(ctx: ServiceContext, item: int, engine: Engine) -> None:
    service = MinutesService(ctx)
    service.save_notes(item, 1, "Texte")
    audits = count(engine, AuditEvent)
    again = service.save_notes(item, 2, "Texte")
    assert (again.value, bool(again.changes)) == (2, False)
    assert count(engine, AuditEvent) == audits


def test_stale_autosave_is_a_conflict_and_changes_nothing(
    ctx: ServiceContext, item: int, engine: Engine
) -> None:
    service = MinutesService(ctx)
    service.save_notes(item, 1, "Version de Claire")
    audits = count(engine, AuditEvent)
    with pytest.raises(ConflictError) as caught:
        service.save_notes(item, 1, "Version d'Inès")
    assert caught.value.stored["notes"] == "Version de Claire"
    assert caught.value.attempted == {"notes": "Version d'Inès"}
    assert caught.value.stored_version == 2
    assert notes_of(ctx, item) == (2, "Version de Claire")
    assert count(engine, AuditEvent) == audits


def test_huge_texts_are_refused(ctx: ServiceContext, item: int, engine: Engine) -> None:
    service = MinutesService(ctx)
    with pytest.raises(ValidationError) as caught:
        service.save_notes(item, 1, "x" * 1_000_000)
    assert set(caught.value.errors) == {"notes"}
    with pytest.raises(ValidationError) as caught:
        service.add_decision(item, "x" * 1_000_000)
    assert set(caught.value.errors) == {"text"}
    with pytest.raises(ValidationError):
        service.add_decision(item, "   ")
    assert notes_of(ctx, item) == (1, "") and count(engine, Decision) == 0


def test_decisions_keep_positions(ctx: ServiceContext, seance: int, item: int) -> None:
    service = MinutesService(ctx)
    ids = [service.add_decision(item, f"Décision {n}").value.id for n in (1, 2, 3)]
    reworded = service.update_decision(ids[2], 1, "  Décision 3 reformulée ")
    assert (reworded.value.text, reworded.value.version) == ("Décision 3 reformulée", 2)
    with pytest.raises(ConflictError):
        service.update_decision(ids[2], 1, "Autre")
    service.remove_decision(ids[0], 1)
    (listed,) = AgendaService(ctx).list_items(seance)
    assert [(d.position, d.text) for d in listed.decisions] == [
        (1, "Décision 2"),
        (2, "Décision 3 reformulée"),
    ]
    assert service.add_decision(item, "Décision 4").value.position == 3


@pytest.mark.parametrize(
    ("status", "message"),
    [(S.PLANIFIEE, "une fois la séance tenue"), (S.CONVOQUEE, "une fois la séance tenue"),
     (S.CR_VALIDE, "validé"), (S.CR_SIGNE, "signé"), (S.ANNULEE, "annulée")],
)  # fmt: skip
def test_minutes_locked_outside_writing(
    ctx: ServiceContext, seance: int, item: int, status: S, message: str
) -> None:
    service = MinutesService(ctx)
    decision = service.add_decision(item, "Décision").value
    force_status(ctx, seance, status)
    attempts: list[Callable[[], object]] = [
        lambda: service.save_notes(item, 1, "Texte"),
        lambda: service.add_decision(item, "Autre"),
        lambda: service.update_decision(decision.id, decision.version, "Autre"),
        lambda: service.remove_decision(decision.id, decision.version),
        lambda: service.start_writing(seance),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError, match=message):
            attempt()
    (listed,) = AgendaService(ctx).list_items(seance)
    assert (listed.notes, [d.text for d in listed.decisions]) == ("", ["Décision"])


def test_start_writing(ctx: ServiceContext, seance: int, item: int) -> None:
    service = MinutesService(ctx)
    started = service.start_writing(seance)
    assert started.value.status is S.CR_REDACTION
    assert started.changes.ids("seance") == {seance}
    again = service.start_writing(seance)
    assert (again.value.status, again.value.version, bool(again.changes)) == (
        S.CR_REDACTION,
        started.value.version,
        False,
    )
    assert service.save_notes(item, 1, "Rédaction").value == 2


def test_reader_cannot_write(ctx: ServiceContext, item: int, engine: Engine) -> None:
    reader = MinutesService(make_context(engine, UserRole.LECTEUR, "lea"))
    with pytest.raises(PermissionDeniedError):
        reader.save_notes(item, 1, "Texte")
    with pytest.raises(PermissionDeniedError):
        reader.add_decision(item, "Décision")
    assert notes_of(ctx, item) == (1, "")


def _held_seance_with_everything(ctx: ServiceContext, w: World, seance: int) -> None:
    """Attendance in every state, two points with notes and decisions, actions and a follow-up."""
    agenda, minutes, attendance = AgendaService(ctx), MinutesService(ctx), AttendanceService(ctx)
    first = agenda.add_item(seance, AgendaItemData("Suivi du plan", presenter_id=w.claire)).value
    agenda.add_item(seance, AgendaItemData("Questions diverses"))
    detail = MeetingService(ctx).get_seance(seance)
    MeetingService(ctx).update_seance(
        seance,
        detail.version,
        SeanceEditData(
            detail.starts_at,
            120,
            detail.place,
            w.etienne,
            w.claire,
            "Faits marquants",
            "En septembre",
        ),
    )
    force_status(ctx, seance, S.TENUE)
    statuses = {
        w.claire: (AttendanceStatus.PRESENT, None),
        w.etienne: (AttendanceStatus.PRESENT, None),
        w.julien: (AttendanceStatus.REPRESENTE, w.ines),
        w.thierry: (AttendanceStatus.EXCUSE, None),
        w.ines: (AttendanceStatus.ABSENT, None),
    }
    for row in attendance.list_attendance(seance):
        status, representative = statuses[row.contact_id]
        attendance.set_status(row.id, row.version, status, representative)
    attendance.add_participant(seance, w.sophie)
    minutes.save_notes(first.id, first.version, "Les bornes du square sont saturées.")
    minutes.add_decision(first.id, "Le SYMEVAL remplace les bornes avant l'été.")
    followed = add_action(ctx, w, "HM-25-002", dt.date(2025, 4, 30), pilot_organisation_id=w.sd,
                          pilot_contact_id=w.thierry)  # fmt: skip
    add_action(ctx, w, "HM-25-010", dt.date(2025, 9, 30), ActionStatus.A_ENGAGER,
               origin_seance_id=seance)  # fmt: skip
    add_action(ctx, w, "HM-25-001", dt.date(2025, 1, 31), ActionStatus.REALISEE)
    add_action(ctx, w, "CO-25-003", dt.date(2025, 1, 31), quartier_id=w.co)
    with ctx.session_factory.begin() as s:
        for sequence, comment in ((1, "Commande passée"), (2, "Livraison en juillet")):
            update = ActionUpdate(
                action_id=followed,
                sequence=sequence,
                seance_id=seance,
                status=ActionStatus.EN_COURS,
                comment=comment,
                author="claire",
            )
            s.add(update)


def test_minutes_content(ctx: ServiceContext, world: World, seance: int) -> None:
    _held_seance_with_everything(ctx, world, seance)
    later = plan(ctx, world.cotech, dt.date(2025, 9, 11))
    cancelled = plan(ctx, world.cotech, dt.date(2025, 7, 3))
    force_status(ctx, cancelled, S.ANNULEE)
    content = MinutesService(ctx).minutes_content(seance)

    assert (content.instance_code, content.seance_number, content.local_time) == (
        "COTECH-GUSP",
        1,
        "14:00",
    )
    assert content.quartiers == ("HM – Les Hauts-de-Marve", "PR – Le Pré-Rolland")
    assert content.president and content.president.name == "Étienne Vasseur"
    assert content.secretary and content.secretary.organisation_code == "CAMA"
    assert (content.summary, content.next_meeting_note) == ("Faits marquants", "En septembre")
    assert [p.name for p in content.present] == [
        "Claire Demarquette",
        "Sophie Lemaire-Dubreucq",  # same organisation as Étienne Vasseur: by surname
        "Étienne Vasseur",
    ]
    assert [(p.name, p.represented_by_name) for p in content.represented] == [
        ("Julien Cappelaere", "Inès Taleb")
    ]
    assert [p.name for p in content.excused] == ["Thierry Maes"]
    assert [p.name for p in content.absent] == ["Inès Taleb"]
    assert content.unrecorded == ()
    first, second = content.agenda
    assert (first.title, first.presenter_name, first.notes) == (
        "Suivi du plan",
        "Claire Demarquette",
        "Les bornes du square sont saturées.",
    )
    assert first.decisions == ("Le SYMEVAL remplace les bornes avant l'été.",)
    assert second.decisions == ()
    (followed,) = content.followed_actions
    assert (followed.number, followed.pilot_code, followed.pilot_contact_name) == (
        "HM-25-002",
        "SD",
        "Thierry Maes",
    )
    assert (followed.comment, followed.overdue, followed.status_label) == (
        "Livraison en juillet",
        True,
        "En cours",
    )
    assert [a.number for a in content.new_actions] == ["HM-25-010"]
    assert [(a.number, a.overdue) for a in content.follow_up] == [
        ("HM-25-002", True),
        ("HM-25-010", False),
    ]
    assert content.next_seance and content.next_seance.local_date == dt.date(2025, 9, 11)
    assert content.next_seance.number == MeetingService(ctx).get_seance(later).number
    emails = [p.email for p in content.distribution]
    assert "claire.demarquette@cama.example" in emails and len(emails) == 5  # Sophie not invited
    assert content.as_of == dt.date(2025, 6, 15)
    actions = MinutesService(ctx).seance_actions(seance)  # the window's compte rendu tab
    assert actions.new_actions == content.new_actions
    assert actions.followed_actions == content.followed_actions


def test_minutes_content_is_json_serialisable(
    ctx: ServiceContext, world: World, seance: int
) -> None:
    _held_seance_with_everything(ctx, world, seance)
    content = MinutesService(ctx).minutes_content(seance)

    def iso(value: object) -> str:
        assert isinstance(value, dt.date)  # date or datetime, nothing else needs help
        return value.isoformat()

    payload = json.loads(json.dumps(dataclasses.asdict(content), default=iso))
    assert payload["starts_at"] == "2025-06-12T12:00:00+00:00"
    assert payload["represented"][0]["represented_by_name"] == "Inès Taleb"
    assert payload["follow_up"][0]["deadline"] == "2025-04-30"
    assert payload["next_seance"] is None


def test_minutes_content_of_an_empty_seance(ctx: ServiceContext, world: World) -> None:
    copil = plan(ctx, world.copil, dt.date(2025, 6, 26))
    content = MinutesService(ctx).minutes_content(copil)
    assert (content.quartiers, content.agenda, content.president) == ((), (), None)
    assert content.distribution == () and content.follow_up == ()
