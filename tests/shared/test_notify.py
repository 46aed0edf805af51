"""LISTEN/NOTIFY between clients: publisher, feed, catch-up after a lost connection."""

from __future__ import annotations

import select as io_select
import time

import psycopg
import pytest
from sqlalchemy import Engine

from gusp_desktop.db import notify
from gusp_desktop.domain.actions import StatusChange
from gusp_desktop.services.actions.service import ActionService
from tests.fixtures.databases import PG_ADMIN_DSN
from tests.shared.helpers import Seed, live_context

pytestmark = pytest.mark.postgres


def wait_readable(feed: notify.ChangeFeed, timeout: float = 2.0) -> set[notify.Ref]:
    """Drain until something arrives (or the timeout passes)."""
    deadline, found = time.monotonic() + timeout, set[tuple[str, int]]()
    while not found and time.monotonic() < deadline:
        io_select.select([feed.fileno()], [], [], max(0.0, deadline - time.monotonic()))
        found = feed.drain()
    return found


def terminate(pid: int) -> None:
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_payload_round_trip_and_oversize_resync() -> None:
    refs = {("action", 3), ("action_update", 12)}
    decoded = notify.decode(notify.encode(refs, "abc"))
    assert decoded == notify.Notice("abc", frozenset(refs))
    huge = {("action", n) for n in range(2000)}
    assert notify.decode(notify.encode(huge, "abc")) == notify.Notice("abc", None)
    assert notify.decode("pas du json").refs is None


def test_feed_receives_others_and_ignores_its_own(shared_url: str) -> None:
    conninfo = notify.conninfo_from_url(shared_url)
    feed, other = notify.ChangeFeed(conninfo, "moi"), notify.ChangePublisher(conninfo, "autre")
    mine = notify.ChangePublisher(conninfo, "moi")
    try:
        assert feed.connect() == set()
        mine.publish([("action", 1)])
        other.publish([("action", 2), ("seance", 5)])
        assert wait_readable(feed) == {("action", 2), ("seance", 5)}
    finally:
        for closable in (feed, other, mine):
            closable.close()


def test_oversize_change_set_is_read_back_from_the_audit(
    shared_url: str, admin_engine: Engine, seed: Seed
) -> None:
    conninfo = notify.conninfo_from_url(shared_url)
    feed, publisher = notify.ChangeFeed(conninfo, "moi"), notify.ChangePublisher(conninfo, "x")
    try:
        feed.connect()
        ActionService(live_context(admin_engine, "samir")).follow_up(
            seed.actions[0], None, StatusChange(comment="gros lot")
        )
        publisher.publish(("action", n) for n in range(3000))
        assert wait_readable(feed) == {("action", seed.actions[0])}
    finally:
        feed.close()
        publisher.close()


def test_reconnected_feed_catches_up_and_publisher_reconnects(
    shared_url: str, admin_engine: Engine, seed: Seed
) -> None:
    conninfo = notify.conninfo_from_url(shared_url)
    feed, publisher = notify.ChangeFeed(conninfo, "moi"), notify.ChangePublisher(conninfo, "x")
    service = ActionService(live_context(admin_engine, "samir"))
    try:
        feed.connect()
        feed.close()  # the link drops…
        service.follow_up(seed.actions[1], None, StatusChange(comment="pendant la coupure"))
        assert feed.connect() == {("action", seed.actions[1])}  # …and comes back
        publisher.publish([("action", 7)])
        assert wait_readable(feed) == {("action", 7)}
        with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as admin:
            pids = admin.execute(
                "SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_notify%%'"
            ).fetchall()
        assert pids
        for (pid,) in pids:
            terminate(pid)
        publisher.publish([("action", 8)])  # reconnects once, transparently
        assert wait_readable(feed) == {("action", 8)}
    finally:
        feed.close()
        publisher.close()
