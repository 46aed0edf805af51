"""Shared-database benchmark: notification latency and edit throughput with 10 clients.

Run: ``.venv/bin/python bench/bench_shared.py`` (needs the PostgreSQL server at 127.0.0.1:5432;
creates and drops its own database). Every figure is printed with its ratio to a baseline
measured in the same run on the same server, so machines of different speed can be compared:

* latency: a commit through the services in client A → ``TaskRunner.announce`` in client B's
  Qt event loop (QSocketNotifier), against a bare psycopg NOTIFY → LISTEN round trip;
* throughput: follow-up edits through the services (one transaction: version check, history,
  audit, NOTIFY) for 1 client, 10 client processes on distinct actions and 10 on 3 shared
  actions (conflicts expected), against a bare psycopg ``UPDATE`` loop.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import select
import statistics
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psycopg  # noqa: E402
from sqlalchemy import Engine  # noqa: E402

from gusp_desktop.db import migrate  # noqa: E402
from gusp_desktop.db.engine import make_engine, make_session_factory  # noqa: E402
from gusp_desktop.db.models import Organisation, Quartier  # noqa: E402
from gusp_desktop.db.notify import ChangePublisher, conninfo_from_url, new_origin  # noqa: E402
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.actions import ActionDraft, StatusChange  # noqa: E402
from gusp_desktop.domain.enums import OrganisationType, Theme, UserRole  # noqa: E402
from gusp_desktop.domain.errors import ConflictError  # noqa: E402
from gusp_desktop.services.actions.service import ActionService  # noqa: E402
from gusp_desktop.services.base import ServiceContext

PER_CLIENT = 5  # actions per client: histories stay the length of a real action's
ADMIN_DSN = os.environ.get("GUSP_BENCH_PG_DSN", "host=127.0.0.1 port=5432 user=postgres")


def dsn(database: str) -> str:
    return f"{ADMIN_DSN} dbname={database}"


def url(database: str) -> str:
    params = dict(part.split("=", 1) for part in ADMIN_DSN.split())
    return (
        f"postgresql+psycopg://{params.get('user', 'postgres')}@{params.get('host', '127.0.0.1')}"
        f":{params.get('port', '5432')}/{database}"
    )


# -- set-up -----------------------------------------------------------------------------------


def create_database(actions: int) -> tuple[str, list[int]]:
    """A fresh migrated database with ``actions`` actions; returns its name and their ids."""
    name = f"gusp_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{ADMIN_DSN} dbname=postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    engine = make_engine(url(name))
    migrate.upgrade(engine)
    ids = seed(engine, actions)
    engine.dispose()
    return name, ids


def seed(engine: Engine, count: int) -> list[int]:
    """A quartier, a pilot and ``count`` actions."""
    context = client_context(engine, "bench")
    with context.session_factory.begin() as session:
        quartier = Quartier(code="HM", name="Les Hauts-de-Marve")
        pilot = Organisation(code="MH", name="Marve Habitat", type=OrganisationType.BAILLEUR)
        session.add_all([quartier, pilot])
        session.flush()
        q, p = quartier.id, pilot.id
    service = ActionService(context)
    draft = ActionDraft(
        title="Action", quartier_id=q, theme=Theme.PROPRETE, pilot_organisation_id=p
    )
    return [service.create(draft).value.id for _ in range(count)]


def drop_database(name: str) -> None:
    with psycopg.connect(f"{ADMIN_DSN} dbname=postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def client_context(engine: Engine, username: str) -> ServiceContext:
    """A coordinator's context with the real clock, as a running client has."""
    user = CurrentUser(username, username, UserRole.COORDINATEUR)
    return ServiceContext(make_session_factory(engine), user)


# -- baselines --------------------------------------------------------------------------------


def bare_update_rate(database: str, action_id: int, count: int) -> float:
    """Single-statement optimistic UPDATEs per second on one autocommit connection."""
    with psycopg.connect(dsn(database), autocommit=True) as conn:
        version = conn.execute("SELECT version FROM action WHERE id = %s", (action_id,)).fetchone()
        current = int(version[0]) if version else 1
        start = time.perf_counter()
        for n in range(count):
            conn.execute(
                "UPDATE action SET progress = %s, version = version + 1 "
                "WHERE id = %s AND version = %s",
                (n % 100, action_id, current),
            )
            current += 1
        return count / (time.perf_counter() - start)


def bare_notify_latencies(database: str, count: int) -> list[float]:
    """NOTIFY on one connection → notification read on another (seconds)."""
    with (
        psycopg.connect(dsn(database), autocommit=True) as listener,
        psycopg.connect(dsn(database), autocommit=True) as sender,
    ):
        listener.execute("LISTEN bench")
        found: list[float] = []
        for n in range(count):
            start = time.perf_counter()
            sender.execute("SELECT pg_notify('bench', %s)", (str(n),))
            while True:
                select.select([listener.fileno()], [], [], 2.0)
                listener.pgconn.consume_input()
                if listener.pgconn.notifies() is not None:
                    break
            found.append(time.perf_counter() - start)
        return found


# -- latency through the application ----------------------------------------------------------


def app_notify_latencies(database: str, action_id: int, count: int) -> list[float]:
    """Client A commits a follow-up; client B's window is told (``announce``).

    Runs in a child process of its own, so Qt never lives in the process that forks the others.
    """
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from gusp_desktop.services.live_changes import shared_changes
    from gusp_desktop.ui.live_refresh import install_live_refresh
    from gusp_desktop.ui.tasks import ImmediateTaskRunner

    app = QCoreApplication.instance() or QCoreApplication([])
    engines = [make_engine(url(database)) for _ in range(2)]
    writer, reader = (client_context(e, name) for e, name in zip(engines, ("a", "b"), strict=True))
    tasks_a, tasks_b = ImmediateTaskRunner(), ImmediateTaskRunner()
    lives = [install_live_refresh(tasks_a, shared_changes(writer, engines[0].url)),
             install_live_refresh(tasks_b, shared_changes(reader, engines[1].url))]  # fmt: skip
    committed: list[float] = []
    received: list[float] = []
    writer.listeners.insert(0, lambda _changes: committed.append(time.perf_counter()))
    tasks_b.data_changed.connect(lambda _c, _i: received.append(time.perf_counter()))
    service = ActionService(writer)

    def edits() -> None:
        for n in range(count):
            service.follow_up(action_id, None, StatusChange(comment=f"latence {n}"))
            time.sleep(0.15)  # spaced beyond the 100 ms throttle: each one is seen alone

    thread = threading.Thread(target=edits)
    thread.start()
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: _quit_when_done(loop, thread, received, count))
    poll.start(20)
    QTimer.singleShot(int(count * 0.15 * 1000) + 10_000, loop.quit)
    loop.exec()
    thread.join()
    for live in lives:
        if live is not None:
            live.stop()
    for engine in engines:
        engine.dispose()
    app.processEvents()
    return [r - c for c, r in zip(committed, received, strict=False)]


def _quit_when_done(loop: Any, thread: threading.Thread, received: list[float], n: int) -> None:
    if not thread.is_alive() and len(received) >= n:
        loop.quit()


def in_child(function: Callable[..., object], *args: object) -> object:
    """Run ``function(*args)`` in a fresh (spawned) process and return its result."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(function, args)


# -- throughput -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    database: str
    client: str
    actions: tuple[int, ...]
    edits: int
    start_at: float
    with_versions: bool
    publish: bool = True


def client_process(job: Job) -> tuple[int, int, float, float, float]:
    """One client's follow-ups; returns (acknowledged, conflicts, start, finish, CPU seconds)."""
    engine = make_engine(url(job.database), pool_size=1)
    context = client_context(engine, job.client)
    if job.publish:
        _publish_like_a_window(context, engine)
    service, rng = ActionService(context), random.Random(job.client)
    known: dict[int, int | None] = {a: None for a in job.actions}
    acked = conflicts = 0
    while time.time() < job.start_at:
        time.sleep(0.001)
    started, cpu = time.time(), time.process_time()
    for n in range(job.edits):
        action_id = rng.choice(job.actions)
        try:
            row = service.follow_up(action_id, known[action_id], StatusChange(comment=f"{n}")).value
            acked += 1
            known[action_id] = row.version if job.with_versions else None
        except ConflictError as exc:
            conflicts += 1
            known[action_id] = exc.stored_version
    finished, cpu = time.time(), time.process_time() - cpu
    engine.dispose()
    return acked, conflicts, started, finished, cpu


def _publish_like_a_window(context: ServiceContext, engine: Engine) -> None:
    """Add the NOTIFY publisher a real client has (its listening side is not needed here)."""
    publisher = ChangePublisher(conninfo_from_url(engine.url), new_origin())
    context.listeners.append(
        lambda changes: publisher.publish((r.entity, r.id) for r in changes.refs)
    )


@dataclass(frozen=True)
class Rate:
    """Acknowledged edits per second, counts, and client CPU per attempt (ms)."""

    per_second: float
    acked: int
    conflicts: int
    cpu_ms: float


def throughput(
    database: str,
    actions: list[tuple[int, ...]],
    edits: int,
    versions: bool,
    publish: bool = True,
) -> Rate:
    """Edits per second for ``len(actions)`` client processes started together."""
    start_at = time.time() + 4.0  # every process imported and connected by then
    jobs = [
        Job(database, f"c{n}", a, edits, start_at, versions, publish) for n, a in enumerate(actions)
    ]
    with multiprocessing.get_context("spawn").Pool(len(jobs)) as pool:
        results = pool.map(client_process, jobs, chunksize=1)
    acked = sum(r[0] for r in results)
    conflicts = sum(r[1] for r in results)
    elapsed = max(r[3] for r in results) - min(r[2] for r in results)
    cpu_ms = 1000 * sum(r[4] for r in results) / (acked + conflicts)
    return Rate(acked / elapsed, acked, conflicts, cpu_ms)


# -- report -----------------------------------------------------------------------------------


def ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(rows: list[tuple[str, str, str]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200, help="éditions par client")
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--notifications", type=int, default=60)
    args = parser.parse_args()
    database, ids = create_database(PER_CLIENT * args.clients + 2)
    try:
        run(database, ids, args)
    finally:
        drop_database(database)


def run(database: str, ids: list[int], args: argparse.Namespace) -> None:
    bare = bare_update_rate(database, ids[-1], 2000)
    bare_latency = bare_notify_latencies(database, 200)
    app_latency = in_child(app_notify_latencies, database, ids[-2], args.notifications)
    assert isinstance(app_latency, list)
    own = [tuple(ids[n * PER_CLIENT : (n + 1) * PER_CLIENT]) for n in range(args.clients)]
    one = throughput(database, own[:1], args.edits, versions=False)
    many = throughput(database, own, args.edits, versions=False)
    silent = throughput(database, own, args.edits, versions=False, publish=False)
    contended = throughput(database, [tuple(ids[:3])] * args.clients, args.edits, True)
    base_ms = statistics.median(bare_latency) * 1000
    n = args.clients
    rows = [
        ("Mesure", "Valeur", "Ratio à la référence"),
        ("Référence : UPDATE psycopg nu, 1 connexion", f"{bare:,.0f} /s".replace(",", " "), "1,00"),
        ("Référence : NOTIFY→LISTEN psycopg nu, médiane", f"{base_ms:.2f} ms", "1,00"),
        ("Latence commit → rafraîchi ailleurs, médiane", f"{ms(app_latency, 0.5):.2f} ms",
         f"{ms(app_latency, 0.5) / base_ms:.1f} × NOTIFY nu"),
        ("Latence commit → rafraîchi ailleurs, p95", f"{ms(app_latency, 0.95):.2f} ms",
         f"{ms(app_latency, 0.95) / base_ms:.1f} × NOTIFY nu"),
        ("Débit éditions, 1 client", f"{one.per_second:.0f} /s",
         f"{one.per_second / bare:.3f} × UPDATE nu"),
        (f"Débit éditions, {n} clients (actions distinctes)", f"{many.per_second:.0f} /s",
         f"{many.per_second / bare:.3f} × UPDATE nu ; {many.per_second / one.per_second:.2f}"
         " × 1 client"),
        (f"Débit éditions, {n} clients sans NOTIFY", f"{silent.per_second:.0f} /s",
         f"{silent.per_second / bare:.3f} × UPDATE nu ; NOTIFY coûte "
         f"{1 - many.per_second / silent.per_second:.0%}"),
        (f"Débit acquitté, {n} clients sur 3 actions", f"{contended.per_second:.0f} /s",
         f"{contended.per_second / bare:.3f} × UPDATE nu ; conflits "
         f"{contended.conflicts}/{contended.acked + contended.conflicts}"),
        (f"CPU client par édition (1 / {n} / {n} sur 3 actions)",
         f"{one.cpu_ms:.1f} / {many.cpu_ms:.1f} / {contended.cpu_ms:.1f} ms", ""),
    ]  # fmt: skip
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nBase partagée — {len(app_latency)} notifications, {args.edits} éditions par client,"
          f" {os.cpu_count()} cœurs, charge {load}\n")  # fmt: skip
    report(rows)


if __name__ == "__main__":
    main()
