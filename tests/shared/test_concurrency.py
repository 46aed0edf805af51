"""Several clients on one PostgreSQL database: conflicts are reported, nothing is lost."""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select

from gusp_desktop.db.engine import make_engine
from gusp_desktop.db.models import Action, AuditEvent
from gusp_desktop.domain.actions import StatusChange
from gusp_desktop.domain.errors import ConflictError, DatabaseUnavailableError
from gusp_desktop.services.actions.service import ActionService
from tests.fixtures.databases import PG_ADMIN_DSN, make_context
from tests.shared.helpers import Seed, audit_count, edit_of, history_comments, live_context
from tests.shared.workers import EditJob, EditReport, run_edits

pytestmark = pytest.mark.postgres

CLIENTS, EDITS_PER_CLIENT, SHARED_ACTIONS = 10, 200, 3


def test_two_clients_one_conflict_no_lost_update(admin_engine: Engine, seed: Seed) -> None:
    first = ActionService(make_context(admin_engine, username="claire"))
    second = ActionService(make_context(admin_engine, username="samir"))
    action_id = seed.actions[0]
    version = first.get(action_id).row.version
    edits = [
        edit_of(first, action_id, title="Titre de Claire"),
        edit_of(second, action_id, title="Titre de Samir"),
    ]
    outcomes: list[object] = [None, None]
    barrier = threading.Barrier(2)

    def save(index: int, service: ActionService) -> None:
        barrier.wait()
        try:
            outcomes[index] = service.update(action_id, version, edits[index]).value
        except ConflictError as exc:
            outcomes[index] = exc

    threads = [threading.Thread(target=save, args=(i, s)) for i, s in enumerate((first, second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    conflicts = [o for o in outcomes if isinstance(o, ConflictError)]
    assert len(conflicts) == 1, outcomes
    winner = edits[outcomes.index(next(o for o in outcomes if not isinstance(o, ConflictError)))]
    stored = first.get(action_id).row
    assert stored.title == winner.title and stored.version > version
    # The loser sees the winner's values and version, ready for the conflict dialog.
    assert conflicts[0].stored["title"] == winner.title
    assert conflicts[0].stored_version == stored.version
    with admin_engine.connect() as conn:
        updates = conn.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.entity == "action", AuditEvent.operation == "update")
        )
    assert updates == 1


def test_stale_version_is_a_conflict_and_keeps_both_texts(admin_engine: Engine, seed: Seed) -> None:
    first = ActionService(live_context(admin_engine, "claire"))
    second = ActionService(live_context(admin_engine, "samir"))
    action_id = seed.actions[1]
    stale = second.get(action_id).row.version
    first.follow_up(action_id, stale, StatusChange(comment="Point de Claire"))
    with pytest.raises(ConflictError) as caught:
        second.follow_up(action_id, stale, StatusChange(comment="Point de Samir"))
    assert caught.value.attempted["comment"] == "Point de Samir"
    assert caught.value.stored_version == stale + 1
    assert history_comments(admin_engine, action_id)[-1] == "Point de Claire"
    assert "Point de Samir" not in history_comments(admin_engine, action_id)


@pytest.mark.slow
def test_ten_client_processes_lose_nothing(
    admin_engine: Engine, shared_url: str, seed: Seed
) -> None:
    shared = seed.actions[:SHARED_ACTIONS]
    start_at = time.time() + 3.0
    jobs = [
        EditJob(shared_url, f"client{n}", shared, EDITS_PER_CLIENT, start_at, seed=n)
        for n in range(CLIENTS)
    ]
    with multiprocessing.get_context("spawn").Pool(CLIENTS) as pool:
        reports: list[EditReport] = pool.map(run_edits, jobs, chunksize=1)
    assert [r.errors for r in reports] == [[] for _ in reports]
    for report in reports:
        assert len(report.acked) + len(report.conflicts) == EDITS_PER_CLIENT
    acked = [a for r in reports for a in r.acked]
    rejected = [c for r in reports for c in r.conflicts]
    assert rejected, "the test must provoke conflicts"
    _check_history(admin_engine, shared, acked, rejected)
    # One audit event per creation and per acknowledged edit, none for a refused one.
    assert audit_count(admin_engine) == len(seed.actions) + len(acked)


def _check_history(
    engine: Engine,
    shared: tuple[int, ...],
    acked: list[tuple[str, int]],
    rejected: list[tuple[str, int]],
) -> None:
    per_action = Counter(action_id for _, action_id in acked)
    for action_id in shared:
        comments = history_comments(engine, action_id)[1:]  # after « Action créée. »
        expected = [c for c, a in acked if a == action_id]
        assert sorted(comments) == sorted(expected)  # every acknowledged edit, nothing else
        assert not {c for c, a in rejected if a == action_id} & set(comments)
        with engine.connect() as conn:
            version = conn.scalar(select(Action.version).where(Action.id == action_id))
        assert version == 1 + per_action[action_id]


def test_connection_killed_mid_save_leaves_nothing_half_done(
    admin_engine: Engine, shared_url: str, seed: Seed
) -> None:
    engine = make_engine(shared_url)
    service = ActionService(live_context(engine, "claire"))
    action_id = seed.actions[2]
    before = (history_comments(engine, action_id), audit_count(engine))
    version = service.get(action_id).row.version
    inside, release = threading.Event(), threading.Event()
    backend: list[int] = []

    def hold_commit(conn: Any) -> None:
        if not backend:  # only the first save is held
            backend.append(conn.connection.driver_connection.info.backend_pid)
            inside.set()
            release.wait(10)

    event.listen(engine, "commit", hold_commit)
    errors: list[BaseException] = []

    def save() -> None:
        try:
            service.follow_up(action_id, version, StatusChange(comment="Interrompu"))
        except BaseException as exc:
            errors.append(exc)

    saver = threading.Thread(target=save)
    saver.start()
    assert inside.wait(10)
    _terminate(backend[0])
    release.set()
    saver.join(10)
    assert len(errors) == 1 and isinstance(errors[0], DatabaseUnavailableError)
    assert (history_comments(engine, action_id), audit_count(engine)) == before
    assert service.get(action_id).row.version == version
    row = service.follow_up(action_id, version, StatusChange(comment="Repris")).value
    assert row.version == version + 1
    assert history_comments(engine, action_id)[-1] == "Repris"
    engine.dispose()


def _terminate(pid: int) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        assert conn.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone() == (True,)
