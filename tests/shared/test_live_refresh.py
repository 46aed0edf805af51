"""Live refresh in the window: another client's commit is announced within a second, and
after a lost connection the watcher reconnects and announces what changed meanwhile."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from gusp_desktop.db.engine import make_engine
from gusp_desktop.domain.actions import StatusChange
from gusp_desktop.domain.changes import ChangeSet, EntityRef
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.live_changes import shared_changes
from gusp_desktop.ui.live_refresh import LiveRefresh, install_live_refresh
from gusp_desktop.ui.tasks import ImmediateTaskRunner
from tests.fixtures.databases import PG_ADMIN_DSN
from tests.shared.helpers import Seed, live_context

pytestmark = pytest.mark.postgres


class Client:
    """One desktop client: its own engine, context, task runner and live refresh."""

    def __init__(self, url: str, username: str) -> None:
        self.engine: Engine = make_engine(url)
        self.context: ServiceContext = live_context(self.engine, username)
        self.tasks = ImmediateTaskRunner()
        self.received: list[tuple[ChangeSet, float]] = []
        self.tasks.data_changed.connect(lambda c, _i: self.received.append((c, time.monotonic())))
        live = install_live_refresh(self.tasks, shared_changes(self.context, self.engine.url))
        assert isinstance(live, LiveRefresh)
        self.live = live
        self.actions = ActionService(self.context)

    def close(self) -> None:
        self.live.stop()
        self.tasks.shutdown()
        self.engine.dispose()

    def saw(self, ref: EntityRef) -> bool:
        return any(ref in changes.refs for changes, _ in self.received)


@pytest.fixture
def clients(qapp: object, shared_url: str) -> Iterator[tuple[Client, Client]]:
    pair = (Client(shared_url, "claire"), Client(shared_url, "samir"))
    yield pair
    for client in pair:
        client.close()


def test_install_is_a_no_op_on_a_local_file(qapp: object, tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    ctx = live_context(engine, "claire")
    assert shared_changes(ctx, engine.url) is None
    assert install_live_refresh(ImmediateTaskRunner(), None) is None
    assert ctx.listeners == []
    engine.dispose()


def test_commit_is_announced_in_the_other_client_within_a_second(
    qtbot: QtBot, clients: tuple[Client, Client], seed: Seed
) -> None:
    writer, reader = clients
    ref = EntityRef("action", seed.actions[0])
    committed = time.monotonic()
    writer.actions.follow_up(seed.actions[0], None, StatusChange(comment="vu ailleurs"))
    qtbot.waitUntil(lambda: reader.saw(ref), timeout=3000)
    arrival = next(t for changes, t in reader.received if ref in changes.refs)
    assert arrival - committed < 1.0
    qtbot.wait(100)
    assert not writer.saw(ref)  # a client's own commits are not echoed back to it


def test_lost_connection_reconnects_and_reads_what_changed_meanwhile(
    qtbot: QtBot, clients: tuple[Client, Client], seed: Seed
) -> None:
    writer, reader = clients
    lost: list[str] = []
    restored: list[bool] = []
    reader.live.connection_lost.connect(lost.append)
    reader.live.connection_restored.connect(lambda: restored.append(True))
    pid = reader.live._changes._feed._require().info.backend_pid  # the listening connection
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    qtbot.waitUntil(lambda: bool(lost), timeout=3000)
    assert "reconnexion" in lost[0] and not reader.live.online
    writer.actions.follow_up(seed.actions[1], None, StatusChange(comment="pendant la coupure"))
    qtbot.waitUntil(lambda: bool(restored), timeout=3000)
    qtbot.waitUntil(lambda: reader.saw(EntityRef("action", seed.actions[1])), timeout=3000)
    assert reader.live.online


def test_a_refused_write_announces_nothing(
    qtbot: QtBot, clients: tuple[Client, Client], seed: Seed
) -> None:
    writer, reader = clients
    with pytest.raises(ValidationError):
        writer.actions.follow_up(seed.actions[0], None, StatusChange())  # nothing to record
    qtbot.wait(300)
    assert reader.received == []
