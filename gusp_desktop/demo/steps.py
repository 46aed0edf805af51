"""The services the demo loader calls, in one transaction, at the demo's own moments.

The demo tells a year that already happened: séances held in March, actions followed up in
April. It is written through the same service methods the window and the command line use,
so its rows, history and audit are what a user's actions leave; only the time and the author
are the demo's. :func:`one_transaction` gives a copy of the caller's context whose clock and
user the loader sets before each call (:meth:`Steps.at`), and whose units of work are
savepoints of a single outer transaction: the load commits as a whole, or leaves nothing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from gusp_desktop.db.search import sync
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.changes import ChangeSet, EntityRef
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext

log = logging.getLogger(__name__)


class Moment:
    """A clock that shows whatever instant the loader last set."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


@dataclasses.dataclass
class Steps:
    """The demo's service context (clock and user set per step) and the services it calls."""

    context: ServiceContext
    moment: Moment
    changed: set[EntityRef]
    index: sync.Pending
    actions: ActionService = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        self.actions = ActionService(self.context)

    def finish(self, session: Session) -> None:
        """Let ``session``, the load's outermost unit of work, index every row at its commit
        (once, rather than at each call's savepoint)."""
        sync.take_deferred(session, self.index)

    def at(self, when: dt.datetime, author: CurrentUser | None = None) -> None:
        """The next service calls happen at ``when``, made by ``author`` (else the last one)."""
        self.moment.at = when
        if author is not None:
            self.context.user = author


@contextlib.contextmanager
def one_transaction(context: ServiceContext) -> Iterator[Steps]:
    """Steps over one transaction on one connection, committed if the block succeeds.

    Each service call's unit of work joins it as a savepoint (SQLAlchemy's
    ``join_transaction_mode="create_savepoint"``): a call refused midway rolls back to its
    savepoint, and any error leaving the block rolls the whole load back. The caller's
    listeners hear of the load once, after the commit.
    """
    engine = _engine(context.session_factory)
    changed: set[EntityRef] = set()
    index: sync.Pending = {}
    with engine.connect() as connection, connection.begin():
        _begin_for_savepoints(connection)
        factory = sessionmaker(
            bind=connection,
            expire_on_commit=False,
            join_transaction_mode="create_savepoint",
            info=sync.deferring(index),
        )
        moment = Moment(context.now())
        demo = dataclasses.replace(
            context,
            session_factory=factory,
            clock=moment,
            listeners=[lambda changes: changed.update(changes.refs)],
        )
        yield Steps(demo, moment, changed, index)
    changes = ChangeSet(frozenset(changed))
    for listener in list(context.listeners):
        try:
            listener(changes)
        except Exception:  # as after any commit: a listener never undoes what is written
            log.exception("Change listener failed")


def _engine(factory: sessionmaker[Session]) -> Engine:
    bind: Any = factory.kw.get("bind")
    if not isinstance(bind, Engine):
        raise TypeError("Le chargement de démonstration demande une base (moteur SQLAlchemy).")
    return bind


def _begin_for_savepoints(connection: Connection) -> None:
    """On SQLite, open the transaction now: Python's driver only begins one before a write,
    and a savepoint opened outside a transaction would commit when released."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
