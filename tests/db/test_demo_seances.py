"""The demo's séances are run through the calls of the séances page, like a user's.

Planned, given their ordre du jour, convened, held, minuted and validated by the séance's
secretary at the demo's moments: their history and audit trail read like those of a séance
typed at the command line, their validated minutes are frozen with the plan of that day, and
a failure in the middle of them leaves the database as empty as it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select

from gusp_desktop.db.base import Base
from gusp_desktop.db.models import AuditEvent, Instance, MinutesVersion, Seance
from gusp_desktop.demo import meetings, seance_loader
from gusp_desktop.demo.clock import HELD, PARIS, shift_for
from gusp_desktop.demo.loader import load_demo
from gusp_desktop.demo.meetings import INSTANCES, SEANCES
from gusp_desktop.demo.seed_file import SeedFileError
from gusp_desktop.domain.agenda import AgendaItemData
from gusp_desktop.domain.enums import AttendanceStatus, SeanceStatus
from gusp_desktop.domain.meetings import SeanceData, SeanceEvent, SeanceHighlights
from gusp_desktop.main import main
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.agenda import AgendaService
from gusp_desktop.services.attendance import AttendanceService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.meetings import MeetingService
from gusp_desktop.services.minutes import MinutesService
from gusp_desktop.services.registry import Services
from tests.fixtures.databases import make_services
from tests.fixtures.demo import FreshDemo

_MEMBERS = {i.code: len(i.members) for i in INSTANCES}
_SECRETARY_ACCOUNT = "claire"  # Claire Demarquette minutes every demo instance


def _cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, url: str, *args: str) -> None:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("GUSP_USER", "claire")
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    assert main(["--db", url, *args]) == 0


def _seance_ids(ctx: ServiceContext) -> dict[str, int]:
    """Demo séance key → id, matched on the seed's instance and date."""
    clock_shift = _shift(ctx)
    with ctx.read() as session:
        rows = session.scalars(select(Seance)).all()
        found = {(r.instance.code, r.starts_at.astimezone(PARIS).date()): r.id for r in rows}
    ids = {}
    for s in SEANCES:
        d, m = (int(p) for p in s.day.split("/"))
        ids[s.key] = found[(s.instance, dt.date(2025, m, d) + clock_shift)]
    return ids


def _shift(ctx: ServiceContext) -> dt.timedelta:
    return dt.timedelta(days=shift_for(ctx.today()))


def _history_shape(events: tuple[SeanceEvent, ...]) -> list[tuple[Any, ...]]:
    return [(e.operation, e.before_status, e.after_status) for e in events]


def _audit_shape(ctx: ServiceContext, seance_id: int) -> tuple[list[str], set[tuple[str, str]]]:
    """The séance's own audit entries in order, and the kinds of entries of its rows."""
    with ctx.read() as session:
        own = session.scalars(
            select(AuditEvent.operation)
            .where(AuditEvent.entity == "seance", AuditEvent.entity_id == seance_id)
            .order_by(AuditEvent.id)
        ).all()
        seance = session.get(Seance, seance_id)
        assert seance is not None
        children = {
            "attendance": {a.id for a in seance.attendance},
            "agenda_item": {i.id for i in seance.agenda},
            "decision": {d.id for i in seance.agenda for d in i.decisions},
        }
        kinds = {
            (entity, operation)
            for entity, ids in children.items()
            for operation in session.scalars(
                select(AuditEvent.operation).where(
                    AuditEvent.entity == entity, AuditEvent.entity_id.in_(ids)
                )
            )
        }
        versions = session.scalars(
            select(AuditEvent.operation).where(
                AuditEvent.entity == "minutes_version",
                AuditEvent.entity_id.in_(
                    select(MinutesVersion.id).where(MinutesVersion.seance_id == seance_id)
                ),
            )
        ).all()
        assert versions, seance_id
        kinds |= {("minutes_version", op) for op in versions}
    return list(own), kinds


def test_demo_seance_and_cli_seance_have_the_same_history_and_audit_shape(
    ctx: ServiceContext,
    engine: Engine,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fresh_demo: FreshDemo,
) -> None:
    fresh_demo(engine)
    meetings = MeetingService(ctx)
    demo_id = _seance_ids(ctx)["iq3"]  # validated: planned, convened, held, minuted, frozen
    demo = meetings.get_seance(demo_id)
    _cli(monkeypatch, tmp_path, db_url, "meetings", "create", "--instance", "COTECH-IQ",
         "--date", "2025-06-13T09:30", "--format", "json")  # fmt: skip
    typed_id = max(s.id for s in meetings.list_seances())
    # What the command line does not cover, as the séances page does it, on the same clock.
    ctx = ServiceContext(session_factory=ctx.session_factory, user=ctx.user)
    meetings = MeetingService(ctx)
    agenda, minutes = AgendaService(ctx), MinutesService(ctx)
    item = agenda.add_item(typed_id, AgendaItemData(title="Point d'étape")).value
    _cli(monkeypatch, tmp_path, db_url, "meetings", "convene", str(typed_id))
    _cli(monkeypatch, tmp_path, db_url, "meetings", "hold", str(typed_id))
    attendance = AttendanceService(ctx)
    for line in attendance.list_attendance(typed_id):
        attendance.set_status(line.id, line.version, AttendanceStatus.EXCUSE)
    meetings.change_status(typed_id, None, SeanceStatus.CR_REDACTION)
    minutes.save_notes(item.id, item.version, "Échanges sur le calendrier.")
    minutes.add_decision(item.id, "Calendrier validé.")
    meetings.update_highlights(typed_id, None, SeanceHighlights(summary="Point d'étape."))
    _cli(monkeypatch, tmp_path, db_url, "minutes", "validate", str(typed_id))
    capsys.readouterr()

    typed = meetings.get_seance(typed_id)
    assert _history_shape(meetings.history(demo_id)) == _history_shape(meetings.history(typed_id))
    assert _audit_shape(ctx, demo_id) == _audit_shape(ctx, typed_id)
    assert [e.operation for e in meetings.history(demo_id)][:2] == ["create", "status"]
    assert {e.author for e in meetings.history(demo_id)} == {_SECRETARY_ACCOUNT}
    assert (demo.status, typed.status) == (SeanceStatus.CR_VALIDE, SeanceStatus.CR_VALIDE)
    assert len(demo.attendance) == _MEMBERS["COTECH-IQ"] == len(typed.attendance)


def test_demo_seance_history_follows_its_year(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    meetings = MeetingService(ctx)
    ids = _seance_ids(ctx)
    for s in SEANCES:
        events = meetings.history(ids[s.key])
        times = [e.at for e in events]
        assert times == sorted(times), s.key
        assert max(times) <= ctx.now(), s.key
        statuses = [e.after_status for e in events if e.after_status is not None]
        expected = {
            SeanceStatus.PLANIFIEE: [],
            SeanceStatus.CONVOQUEE: [SeanceStatus.CONVOQUEE],
            SeanceStatus.CR_REDACTION: [
                SeanceStatus.CONVOQUEE,
                SeanceStatus.TENUE,
                SeanceStatus.CR_REDACTION,
            ],
        }.get(
            s.status,
            [
                SeanceStatus.CONVOQUEE,
                SeanceStatus.TENUE,
                SeanceStatus.CR_REDACTION,
                SeanceStatus.CR_VALIDE,
            ],
        )
        assert statuses == expected, s.key
        held = [e.at for e in events if e.after_status is SeanceStatus.TENUE]
        detail = meetings.get_seance(ids[s.key])
        assert all(at >= detail.starts_at for at in held), s.key


def test_validated_demo_minutes_are_frozen_with_the_plan_of_their_day(
    ctx: ServiceContext, engine: Engine, tmp_path: Path, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    services: Services = make_services(engine, tmp_path, ctx)
    signed, actions = services.signed_minutes, ActionService(ctx)
    ids = _seance_ids(ctx)
    validated = [s for s in SEANCES if s.status is SeanceStatus.CR_VALIDE]
    assert len(validated) == 10
    histories = {a.number: actions.get(a.id).history for a in actions.list_actions()}
    for s in validated:
        versions = signed.versions(ids[s.key])
        assert [v.number for v in versions] == [1], s.key
        version = versions[0]
        validated_at = version.validated_at
        assert validated_at is not None and version.validated_by == _SECRETARY_ACCOUNT
        assert not version.signed_files
        content = signed.frozen_content(version.id)  # refused if the fingerprint did not match
        detail = services.meetings.get_seance(ids[s.key])
        ends = detail.starts_at + dt.timedelta(minutes=detail.duration_minutes)
        assert content.as_of == (ends.astimezone(PARIS) + dt.timedelta(days=14)).date()
        assert content.agenda and content.summary == detail.summary, s.key
        assert content.present, s.key
        # Each action listed shows the status it had on the day of validation.
        lines = [*content.new_actions, *content.follow_up, *content.followed_actions]
        assert lines, s.key
        for line in lines:
            before = [h for h in histories[line.number] if h.at <= validated_at]
            assert before, (s.key, line.number)
            assert line.status == before[-1].status.value, (s.key, line.number)
    iq1 = signed.frozen_content(signed.versions(ids["iq1"])[0].id)
    opened = {line.number for line in iq1.new_actions}
    assert opened and {line.number for line in iq1.followed_actions} <= opened  # a new plan


def test_attendance_counts_match_the_seed(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    attendance = AttendanceService(ctx)
    ids = _seance_ids(ctx)
    for s in SEANCES:
        lines = attendance.list_attendance(ids[s.key])
        assert len(lines) == _MEMBERS[s.instance] and all(line.invited for line in lines)
        counts = Counter(line.status for line in lines)
        if s.status not in HELD:
            assert counts == {None: _MEMBERS[s.instance]}, s.key
            continue
        others = len(s.excused) + len(s.absent) + len(s.represented)
        expected = {
            AttendanceStatus.PRESENT: _MEMBERS[s.instance] - others,
            AttendanceStatus.EXCUSE: len(s.excused),
            AttendanceStatus.ABSENT: len(s.absent),
            AttendanceStatus.REPRESENTE: len(s.represented),
        }
        assert counts == {k: v for k, v in expected.items() if v}, s.key
        for line in lines:
            assert (line.represented_by_id is not None) == (
                line.status is AttendanceStatus.REPRESENTE
            )


def test_seances_are_numbered_per_instance_and_year_in_date_order(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    """On a clock that carries the demo's autumn into the next year, the application's own
    numbering starts again at 1 in that year."""
    now = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
    fresh_demo(engine, now)
    with ctx.read() as session:
        rows = session.scalars(select(Seance).order_by(Seance.starts_at)).all()
        numbers: dict[tuple[int, int], list[int]] = {}
        for row in rows:
            assert row.number_year == row.starts_at.astimezone(PARIS).year
            numbers.setdefault((row.instance_id, row.number_year), []).append(row.number)
        renumbered = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.operation == "renumber")
        )
    assert len({year for _, year in numbers}) == 2
    assert all(found == list(range(1, len(found) + 1)) for found in numbers.values())
    assert renumbered == 0  # planned in date order, never moved


def _rows(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            table.name: conn.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def test_a_failure_among_the_seances_leaves_every_table_empty(
    ctx: ServiceContext, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = _rows(engine)
    calls: list[str] = []
    run = seance_loader._Seances.run

    def fail_on_the_sixth(self: Any, seed: Any) -> None:
        calls.append(seed.key)
        if len(calls) == 6:
            raise RuntimeError("panne simulée pendant les séances")
        run(self, seed)

    monkeypatch.setattr(seance_loader._Seances, "run", fail_on_the_sixth)

    with pytest.raises(RuntimeError, match="pendant les séances"):
        load_demo(ctx)

    assert len(calls) == 6
    assert _rows(engine) == empty  # séances, attendance, audit trail and search index included


def test_an_attendance_naming_someone_outside_the_instance_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The séances are data (``meetings.json``): a misspelt name stops the import."""
    first = SEANCES[0]
    wrong = dataclasses.replace(first, excused=("vasseur-typo",))
    monkeypatch.setattr(meetings, "SEANCES", (wrong, *SEANCES[1:]))
    with pytest.raises(SeedFileError, match=f"séance {first.key}"):
        meetings._check_names()
    monkeypatch.setattr(meetings, "SEANCES", (dataclasses.replace(first, excused=()),))
    meetings._check_names()


@contextlib.contextmanager
def _statements(engine: Engine) -> Iterator[list[str]]:
    sent: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_planning_and_minutes_read_their_people_in_a_few_queries(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    """Inviting fourteen members rather than five, or listing them in the compte rendu, adds
    the lines written, not a query per person read."""
    fresh_demo(engine)
    meetings, minutes = MeetingService(ctx), MinutesService(ctx)
    with ctx.read() as session:
        instances = {i.code: i.id for i in session.scalars(select(Instance))}
    planned = {}
    for code in ("COTECH-IQ", "ME-CO"):  # after the year's séances: none is renumbered
        data = SeanceData(instances[code], dt.datetime(2025, 12, 20, 9, 0))
        with _statements(engine) as sent:
            planned[code] = (meetings.create_seance(data).value, len(sent))
    (big, big_sent), (small, small_sent) = planned["COTECH-IQ"], planned["ME-CO"]
    extra = len(big.attendance) - len(small.attendance)
    assert extra == _MEMBERS["COTECH-IQ"] - _MEMBERS["ME-CO"] == 9
    assert big_sent - small_sent <= 2 * extra  # each line inserted and audited, nothing read

    ids = _seance_ids(ctx)
    read = {}
    for key in ("iq2", "me2"):
        with _statements(engine) as sent:
            content = minutes.minutes_content(ids[key])
        read[key] = (len(content.distribution), len(sent))
    assert read["iq2"][0] - read["me2"][0] >= 9
    assert abs(read["iq2"][1] - read["me2"][1]) <= 2
