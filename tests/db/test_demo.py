"""The demo territory « Marvelin Agglomération » loads as DOMAIN.md §5 describes it.

Expected values are copied from DOMAIN.md (not computed from the demo modules), on both engines.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from gusp_desktop.db.engine import make_session_factory
from gusp_desktop.db.models import (
    Action,
    ActionSequence,
    ActionUpdate,
    AgendaItem,
    Attendance,
    AuditEvent,
    Constat,
    Contact,
    Decision,
    Instance,
    Organisation,
    Quartier,
    Seance,
    Site,
    User,
)
from gusp_desktop.demo.loader import DemoSummary, load_demo
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    InstanceType,
    OrganisationType,
    SeanceStatus,
    UserRole,
)
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.rules import ACTION_TRANSITIONS, is_overdue
from gusp_desktop.services.base import ServiceContext
from tests.fixtures.demo import FreshDemo

PARIS = ZoneInfo("Europe/Paris")
DEMO_TODAY = dt.date(2025, 6, 15)

# DOMAIN.md §5: « EC items past due (HM-02/05/10/15/18, CO-09, PR-29) show « en retard » ».
OVERDUE_AT_DEMO_TODAY = {
    "HM-25-002",
    "HM-25-005",
    "HM-25-010",
    "HM-25-015",
    "HM-25-018",
    "CO-25-009",
    "PR-25-029",
}
# Counted by hand in DOMAIN.md's list of 60 actions.
STATUS_COUNTS = {
    ActionStatus.REALISEE: 29,
    ActionStatus.EN_COURS: 18,
    ActionStatus.A_ENGAGER: 8,
    ActionStatus.REPORTEE: 4,
    ActionStatus.ABANDONNEE: 1,
}
ORGANISATION_CODES = {
    "CAMA": OrganisationType.EPCI,
    "VM": OrganisationType.COMMUNE,
    "VH": OrganisationType.COMMUNE,
    "VSA": OrganisationType.COMMUNE,
    "DP": OrganisationType.ETAT,
    "MH": OrganisationType.BAILLEUR,
    "LA": OrganisationType.BAILLEUR,
    "SD": OrganisationType.DECHETS,
    "PM": OrganisationType.POLICE,
    "TUM": OrganisationType.MEDIATION,
    "RQ": OrganisationType.REGIE,
    "CC": OrganisationType.CONSEIL_CITOYEN,
    "MB": OrganisationType.TRANSPORT,
    "PN": OrganisationType.POLICE,
}


def _d(day: str) -> dt.date:
    d, m = day.split("/")
    return dt.date(2025, int(m), int(d))


# The 2025 calendar of DOMAIN.md, keyed by (instance type, quartiers of its perimeter).
# The three cellule de veille dates are not given by DOMAIN.md: only their count is checked.
_ALL = ("CO", "HM", "PR")
CALENDAR: dict[tuple[InstanceType, tuple[str, ...]], list[dt.date] | int] = {
    (InstanceType.COTECH, _ALL): [
        _d(x) for x in ("16/01", "06/03", "24/04", "12/06", "11/09", "23/10", "04/12")
    ],
    (InstanceType.COTECH, ("HM",)): [_d(x) for x in ("13/02", "15/05", "09/10")],
    (InstanceType.CELLULE_VEILLE, ("HM",)): 3,
    (InstanceType.DEM, ("HM",)): [_d("25/03")],
    (InstanceType.DEM, ("PR",)): [_d("17/06")],
    (InstanceType.MARCHE_EXPLORATOIRE, ("CO",)): [_d("09/04"), _d("20/05")],
    (InstanceType.COPIL, _ALL): [_d("26/06"), _d("11/12")],
}


def _context(engine: Engine, now: dt.datetime) -> ServiceContext:
    return ServiceContext(
        session_factory=make_session_factory(engine),
        user=CurrentUser("claire", "Claire Demarquette", UserRole.COORDINATEUR),
        clock=lambda: now,
    )


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _counts(ctx: ServiceContext) -> dict[str, int]:
    models = (
        Quartier, Site, Organisation, Contact, User, Instance, Seance, AgendaItem, Decision,
        Attendance, Constat, Action, ActionUpdate, ActionSequence, AuditEvent,
    )  # fmt: skip
    with ctx.read() as session:
        return {model.__name__: _count(session, model) for model in models}


def _local(at: dt.datetime) -> dt.datetime:
    return at.astimezone(PARIS)


def _calendar(session: Session) -> dict[tuple[InstanceType, tuple[str, ...]], list[dt.datetime]]:
    result: dict[tuple[InstanceType, tuple[str, ...]], list[dt.datetime]] = {}
    for instance in session.scalars(select(Instance)):
        key = (instance.type, tuple(sorted(q.code for q in instance.quartiers)))
        starts = session.scalars(
            select(Seance.starts_at).where(Seance.instance_id == instance.id)
        ).all()
        result[key] = sorted(_local(s) for s in starts)
    return result


def test_counts_match_domain(ctx: ServiceContext) -> None:
    summary = load_demo(ctx)

    assert summary == DemoSummary(
        quartiers=3,
        organisations=14,
        contacts=15,
        instances=7,
        seances=19,
        actions=60,
        history_entries=summary.history_entries,
        shift_days=0,
    )
    assert 2 * 60 <= summary.history_entries <= 4 * 60
    counts = _counts(ctx)
    assert counts["Quartier"] == 3
    assert counts["Organisation"] == 14
    assert counts["Contact"] == 15
    assert counts["Seance"] == 19
    assert counts["Action"] == 60
    assert counts["ActionUpdate"] == summary.history_entries
    with ctx.read() as session:
        events = session.execute(
            select(AuditEvent.entity, AuditEvent.operation, AuditEvent.entity_id, AuditEvent.at)
        ).all()
        created_at = dict(session.execute(select(Action.id, Action.created_at)).all())
    described = Counter(e.entity for e in events if not e.operation.startswith("sql"))
    assert described["demo"] == 1  # the loader describes its own work in one event…
    # …the actions were written by the action service, which described each one, dated as
    # its history: the same events a coordinator's « Nouvelle action » leaves…
    creations = {
        e.entity_id: e.at for e in events if (e.entity, e.operation) == ("action", "create")
    }
    assert creations == created_at
    follow_ups = {
        (e.entity_id, e.at) for e in events if (e.entity, e.operation) == ("action", "update")
    }
    assert described["action"] == 60 + len(follow_ups) and len(follow_ups) >= 60
    # …so the shared server's triggers find nothing undescribed among them.
    recorded = [e for e in events if e.entity == "action" and e.operation == "sql_insert"]
    assert recorded == []
    with ctx.read() as session:
        quartiers = {q.code: q for q in session.scalars(select(Quartier))}
        orgs = {o.code: o.type for o in session.scalars(select(Organisation))}
        users = {u.username: u.role for u in session.scalars(select(User))}
    assert set(quartiers) == {"HM", "PR", "CO"}
    assert quartiers["HM"].npnru and not quartiers["PR"].npnru and not quartiers["CO"].npnru
    assert quartiers["HM"].communes == "Marvelin"
    assert orgs == ORGANISATION_CODES
    assert users["claire"] is UserRole.COORDINATEUR
    assert users["yannick"] is UserRole.SECRETAIRE
    assert UserRole.LECTEUR in users.values()


def test_each_action_has_two_to_four_dated_history_entries(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    now = ctx.now()
    with ctx.read() as session:
        actions = session.scalars(select(Action)).all()
        assert len(actions) == 60
        for action in actions:
            history = action.history
            assert [h.sequence for h in history] == list(range(1, len(history) + 1))
            # A follow-up point that changes status and progress writes one line per field,
            # at the same instant, as the action service records any follow-up.
            times = sorted({h.at for h in history})
            assert 2 <= len(times) <= 4, action.number
            assert [h.at for h in history] == sorted(h.at for h in history), action.number
            assert times[-1] < now, action.number
            assert history[-1].status is action.status, action.number
            assert action.created_at == times[0]


def test_history_transitions_follow_the_rules(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    with ctx.read() as session:
        for action in session.scalars(select(Action)):
            statuses = [h.status for h in action.history]
            for before, after in zip(statuses, statuses[1:], strict=False):
                assert before == after or after in ACTION_TRANSITIONS[before], (
                    action.number,
                    before,
                    after,
                )


def test_overdue_actions_at_demo_today(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    today = ctx.today()
    assert today == DEMO_TODAY
    with ctx.read() as session:
        actions = session.scalars(select(Action)).all()
    overdue = {
        a.number
        for a in actions
        if is_overdue(a.status, a.initial_deadline, a.revised_deadline, today)
    }
    assert overdue == OVERDUE_AT_DEMO_TODAY


def test_status_counts_match_the_list(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    with ctx.read() as session:
        statuses = Counter(session.scalars(select(Action.status)).all())
    assert dict(statuses) == STATUS_COUNTS


def test_action_details_follow_the_list(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    today = ctx.today()
    with ctx.read() as session:
        by_number = {a.number: a for a in session.scalars(select(Action))}
        orgs = {o.id: o.code for o in session.scalars(select(Organisation))}
        sites = {s.id: s.name for s in session.scalars(select(Site))}
        codes = {q.id: q.code for q in session.scalars(select(Quartier))}
        sequences = {
            (codes[s.quartier_id], s.year): s.last_value
            for s in session.scalars(select(ActionSequence))
        }
        partner_counts = [len(a.partners) for a in by_number.values()]

    hm14 = by_number["HM-25-014"]
    assert hm14.title == "Médiateurs 17h-22h d'avril à octobre"
    assert orgs[hm14.pilot_organisation_id] == "TUM"
    assert "Tisserands" in sites[hm14.site_id or 0]
    assert hm14.initial_deadline == dt.date(2025, 4, 30)
    assert hm14.status is ActionStatus.REALISEE and hm14.progress == 100
    assert by_number["HM-25-001"].atfpb_axis is not None
    assert by_number["HM-25-001"].atfpb_axis.value == "4"
    assert by_number["CO-25-042"].atfpb_axis is not None
    assert by_number["CO-25-042"].atfpb_axis.value == "8"
    assert by_number["HM-25-019"].initial_deadline is None
    assert by_number["HM-25-019"].deadline_note == "mensuel"
    for number in ("HM-25-039", "HM-25-053", "HM-25-055"):
        assert by_number[number].initial_deadline is None
        assert by_number[number].deadline_note == "permanent"
    reported = [a for a in by_number.values() if a.status is ActionStatus.REPORTEE]
    assert sorted(a.number for a in reported) == [
        "HM-25-024",
        "HM-25-056",
        "PR-25-007",
        "PR-25-036",
    ]
    assert all(a.revised_deadline is not None and a.revised_deadline > today for a in reported)
    for action in by_number.values():
        if action.status is ActionStatus.REALISEE:
            assert action.progress == 100, action.number
        else:
            assert 0 <= action.progress < 100, action.number
        assert action.search_text and action.search_text == action.search_text.lower()
        assert (action.origin_seance_id is None) != (action.origin_constat_id is None)
    assert "mediateurs" in hm14.search_text
    assert min(partner_counts) >= 1 and max(partner_counts) <= 3
    assert sequences == {("HM", 2025): 60, ("PR", 2025): 59, ("CO", 2025): 58}


def test_every_action_site_belongs_to_its_quartier(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    with ctx.read() as session:
        sites = {s.id: s.quartier_id for s in session.scalars(select(Site))}
        codes = {q.id: q.code for q in session.scalars(select(Quartier))}
        actions = session.scalars(select(Action)).all()
    with_site = [a for a in actions if a.site_id is not None]
    assert len(with_site) >= 55
    for action in with_site:
        assert sites[action.site_id or 0] == action.quartier_id, action.number
    for action in actions:
        assert action.number.startswith(codes[action.quartier_id] + "-25-"), action.number


def test_origins_precede_actions(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    with ctx.read() as session:
        seances = {s.id: s for s in session.scalars(select(Seance))}
        constats = {c.id: c for c in session.scalars(select(Constat))}
        for action in session.scalars(select(Action)):
            created = action.history[0].at
            if action.origin_seance_id is not None:
                origin = seances[action.origin_seance_id]
                assert origin.starts_at <= created, action.number
                assert origin.status is not SeanceStatus.PLANIFIEE
            else:
                constat = constats[action.origin_constat_id]  # type: ignore[index]
                assert constat.observed_on <= _local(created).date(), action.number
                assert constat.quartier_id == action.quartier_id
            for entry in action.history:
                if entry.seance_id is not None:
                    seance = seances[entry.seance_id]
                    assert _local(seance.starts_at).date() == _local(entry.at).date()


def test_calendar_and_minutes_at_demo_today(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    now = ctx.now()
    with ctx.read() as session:
        calendar = _calendar(session)
        seances = session.scalars(select(Seance)).all()
        instances = {i.id: i for i in session.scalars(select(Instance))}
        perimeters = {i.id: len(i.quartiers) for i in instances.values()}
        attendance = session.scalars(select(Attendance)).all()
        by_id = {s.id: s for s in seances}
        veille = [i for i in instances.values() if i.type is InstanceType.CELLULE_VEILLE]
        assert len(veille) == 1 and veille[0].restricted
        for seance in seances:
            if seance.starts_at < now:
                assert seance.agenda, seance.id
                assert any(item.notes for item in seance.agenda)
                assert seance.attendance
    assert set(calendar) == set(CALENDAR)
    for key, expected in CALENDAR.items():
        days = [s.date() for s in calendar[key]]
        if isinstance(expected, list):
            assert days == expected, key
        else:
            assert len(days) == expected, key
    for seance in seances:
        held = seance.starts_at < now
        cotech_iq = (
            instances[seance.instance_id].type is InstanceType.COTECH
            and perimeters[seance.instance_id] == 3
        )
        if held and cotech_iq and _local(seance.starts_at).date() == _d("12/06"):
            assert seance.status is SeanceStatus.CR_REDACTION
        elif held:
            assert seance.status is SeanceStatus.CR_VALIDE
        else:
            assert seance.status in (SeanceStatus.PLANIFIEE, SeanceStatus.CONVOQUEE)
        if instances[seance.instance_id].type is InstanceType.COPIL:
            june = _local(seance.starts_at).date() == _d("26/06")
            assert (seance.status is SeanceStatus.CONVOQUEE) == june
    represented = [a for a in attendance if a.status is AttendanceStatus.REPRESENTE]
    assert represented and all(a.represented_by_id for a in represented)
    held_rows = [a for a in attendance if by_id[a.seance_id].starts_at < now]
    assert {AttendanceStatus.PRESENT, AttendanceStatus.EXCUSE} <= {a.status for a in held_rows}


def test_shifted_load_keeps_weekdays_and_stays_current(engine: Engine) -> None:
    now = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
    ctx = _context(engine, now)
    summary = load_demo(ctx)

    # 2025-06-15 → 2026-11-25 is 528 days, rounded to 75 whole weeks.
    assert summary.shift_days == 525
    assert summary.shift_days % 7 == 0
    shift = dt.timedelta(days=summary.shift_days)
    with ctx.read() as session:
        calendar = _calendar(session)
        seances = session.scalars(select(Seance)).all()
        actions = session.scalars(select(Action)).all()
        texts = [i.title + i.notes for i in session.scalars(select(AgendaItem))]
        texts += [h.comment for h in session.scalars(select(ActionUpdate))]
        first_cotech = session.scalars(select(Seance).order_by(Seance.starts_at)).first()
        history_times = [h.at for a in actions for h in a.history]
    for key, expected in CALENDAR.items():
        if isinstance(expected, list):
            shifted = calendar[key]
            assert [s.date() for s in shifted] == [d + shift for d in expected], key
            assert [s.weekday() for s in shifted] == [d.weekday() for d in expected], key
    assert first_cotech is not None
    assert _local(first_cotech.starts_at).strftime("%A %H:%M") == "Thursday 09:30"
    assert any(s.starts_at > now for s in seances)
    assert any(s.starts_at < now for s in seances)
    today = ctx.today()
    overdue = {
        a.number
        for a in actions
        if is_overdue(a.status, a.initial_deadline, a.revised_deadline, today)
    }
    assert overdue == {n.replace("-25-", "-26-") for n in OVERDUE_AT_DEMO_TODAY}
    assert all(a.number[3:5] == "26" for a in actions)
    assert len(history_times) > 120 and max(history_times) < now
    assert not [t for t in texts if "{" in t or "}" in t]


def test_second_load_is_refused_and_changes_nothing(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    before = _counts(ctx)

    with pytest.raises(ValidationError) as refused:
        load_demo(ctx)

    assert refused.value.errors == {
        "_": "La base n'est pas vide : le territoire de démonstration ne se charge que dans une "
        "base vide."
    }
    assert _counts(ctx) == before


def test_refuses_a_database_with_a_single_organisation(ctx: ServiceContext) -> None:
    with ctx.write() as uow:
        row = Organisation(code="XX", name="Déjà là", type=OrganisationType.AUTRE)
        uow.stamp(row, created=True)
        uow.session.add(row)
    before = _counts(ctx)

    with pytest.raises(ValidationError):
        load_demo(ctx)

    assert _counts(ctx) == before
    assert before["Quartier"] == 0 and before["Organisation"] == 1
