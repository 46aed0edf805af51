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

from gusp_desktop.db.engine import SessionFactory
from gusp_desktop.db.search import sync
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.changes import ChangeSet, EntityRef
from gusp_desktop.paths import data_location
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.agenda import AgendaService
from gusp_desktop.services.atfpb.conventions import ConventionService
from gusp_desktop.services.atfpb.programme import ProgrammeService
from gusp_desktop.services.attendance import AttendanceService
from gusp_desktop.services.base import AUDIT_DEFER_TO, ServiceContext, UnitOfWork
from gusp_desktop.services.directory import DirectoryService
from gusp_desktop.services.field_work.constats import ConstatService
from gusp_desktop.services.field_work.parcours import ParcoursService
from gusp_desktop.services.instances import InstanceService
from gusp_desktop.services.meetings import MeetingService
from gusp_desktop.services.minutes import MinutesService
from gusp_desktop.services.quartier_plans import QuartierPlanService
from gusp_desktop.services.seance_lifecycle import SeanceLifecycleService
from gusp_desktop.services.signalements.service import SignalementService
from gusp_desktop.services.signalements.settings import SignalementSettingsService
from gusp_desktop.services.signed_minutes.files import ARCHIVE_DIRNAME, SignedArchive
from gusp_desktop.services.signed_minutes.service import SignedMinutesService
from gusp_desktop.services.territory import TerritoryService
from gusp_desktop.signing.identities import IDENTITIES_DIRNAME, IdentityStore

log = logging.getLogger(__name__)


class Moment:
    """A clock that shows whatever instant the loader last set."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


class SeanceServices:
    """What the séances page calls: planning, ordre du jour, émargement, minutes, lifecycle."""

    def __init__(self, context: ServiceContext) -> None:
        self.meetings = MeetingService(context)
        self.agenda = AgendaService(context)
        self.attendance = AttendanceService(context)
        self.minutes = MinutesService(context)
        self.lifecycle = SeanceLifecycleService(context)
        # Validating only freezes rows: the identities and the archive of signed files are
        # named where the application keeps them, never read nor written by the load.
        where = data_location()
        self.signed_minutes = SignedMinutesService(
            context,
            minutes=self.minutes,
            identities=IdentityStore(where / IDENTITIES_DIRNAME),
            archive=SignedArchive(where / ARCHIVE_DIRNAME),
        )


@dataclasses.dataclass
class Steps:
    """The demo's service context (clock and user set per step) and the services it calls."""

    context: ServiceContext
    moment: Moment
    changed: set[EntityRef]
    index: sync.Pending
    audit: list[dict[str, Any]]
    loading_user: CurrentUser = dataclasses.field(init=False)
    actions: ActionService = dataclasses.field(init=False)
    directory: DirectoryService = dataclasses.field(init=False)
    territory: TerritoryService = dataclasses.field(init=False)
    instances: InstanceService = dataclasses.field(init=False)
    conventions: ConventionService = dataclasses.field(init=False)
    programme: ProgrammeService = dataclasses.field(init=False)
    signalements: SignalementService = dataclasses.field(init=False)
    signalement_settings: SignalementSettingsService = dataclasses.field(init=False)
    parcours: ParcoursService = dataclasses.field(init=False)
    constats: ConstatService = dataclasses.field(init=False)
    seances: SeanceServices = dataclasses.field(init=False)
    quartier_plans: QuartierPlanService = dataclasses.field(init=False)
    started: dt.datetime = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        self.loading_user = self.context.user
        self.actions = ActionService(self.context)
        self.directory = DirectoryService(self.context)
        self.territory = TerritoryService(self.context)
        self.instances = InstanceService(self.context)
        self.conventions = ConventionService(self.context)
        self.programme = ProgrammeService(self.context)
        self.signalements = SignalementService(self.context, self.actions)
        self.signalement_settings = SignalementSettingsService(self.context)
        self.parcours = ParcoursService(self.context)
        self.constats = ConstatService(self.context, self.actions)
        self.seances = SeanceServices(self.context)
        self.quartier_plans = QuartierPlanService(self.context)
        self.started = self.moment.at  # the load's real time: nothing is dated after it

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """The loader's own unit of work, for the rows no service writes, in the load's
        transaction; at its end the whole load is indexed for search, once.

        On error it is left to the load's rollback: a refused service call has already
        rolled the shared transaction back, which a second rollback would only warn about.
        """
        self.context.require()
        uow = UnitOfWork(self.context, self.context.session_factory())
        try:
            yield uow
            sync.take_deferred(uow.session, self.index)
            uow.session.info.pop(AUDIT_DEFER_TO, None)
            uow.queue_audit(self.audit)
            uow.send_audit()
            uow.session.commit()
            self.changed.update(uow.changed)
        finally:
            uow.session.close()

    def at(self, when: dt.datetime, author: CurrentUser | None = None) -> None:
        """The next service calls happen at ``when``, made by ``author`` (else the last one)."""
        self.moment.at = when
        if author is not None:
            self.context.user = author


@contextlib.contextmanager
def one_transaction(context: ServiceContext) -> Iterator[Steps]:
    """Steps over one transaction on one connection, committed if the block succeeds.

    Each service call's session joins that transaction (SQLAlchemy's
    ``join_transaction_mode="rollback_only"``): its commit only flushes and indexes into the
    load's transaction, while a call that fails (a service refusing its input) rolls the
    whole load back, as does any other error leaving the block. No savepoint is taken per
    call: a failed load is thrown away whole, and the load runs some 300 calls. The caller's
    listeners hear of the load once, after the commit.
    """
    engine = _engine(context.session_factory)
    changed: set[EntityRef] = set()
    index: sync.Pending = {}
    audit: list[dict[str, Any]] = []
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            _lock_for_the_load(connection)
            factory = sessionmaker(
                bind=connection,
                expire_on_commit=False,
                join_transaction_mode="rollback_only",
                info={**sync.deferring(index), AUDIT_DEFER_TO: audit},
            )
            moment = Moment(context.now())
            demo = dataclasses.replace(
                context,
                session_factory=factory,
                clock=moment,
                listeners=[lambda changes: changed.update(changes.refs)],
            )
            yield Steps(demo, moment, changed, index, audit)
        except BaseException:
            if transaction.is_active:  # a failed service call has already rolled it back
                transaction.rollback()
            raise
        transaction.commit()
    changes = ChangeSet(frozenset(changed))
    for listener in list(context.listeners):
        try:
            listener(changes)
        except Exception:  # as after any commit: a listener never undoes what is written
            log.exception("Change listener failed")


def _engine(factory: SessionFactory | sessionmaker[Session]) -> Engine:
    bind: Any = factory.engine if isinstance(factory, SessionFactory) else factory.kw.get("bind")
    if not isinstance(bind, Engine):
        raise TypeError("Le chargement de démonstration demande une base (moteur SQLAlchemy).")
    return bind


def _lock_for_the_load(connection: Connection) -> None:
    """On SQLite, take the write lock now (Python's driver would only begin the transaction
    at the first write, and another writer could then make the load fail halfway)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
