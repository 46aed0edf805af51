"""What every service shares: the current user, one transaction per call, change sets, audit.

A service call opens a :class:`UnitOfWork`, does its reads and writes, and commits once;
on any error everything rolls back, so a refused input never leaves half a change behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from sqlalchemy import Connection, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import DBAPIError

from gusp_desktop.db.engine import SessionFactory
from gusp_desktop.db.errors import domain_error
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.changes import ChangeSet, EntityRef
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.errors import (
    ConflictError,
    Message,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from gusp_desktop.domain.timezone import PARIS

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_ID = 2**63 - 1  # ids are 64-bit signed integers on SQLite and PostgreSQL

# Fields never worth showing in an audit diff.
_AUDIT_SKIP = frozenset({"search_text", "created_at", "updated_at", "created_by", "updated_by"})


if TYPE_CHECKING:  # the ORM is imported with the first session, not by a read of columns
    from sqlalchemy.orm import Session, sessionmaker

    # Where plain columns are selected: a session, or a connection when no session is needed.
    Reader: TypeAlias = Session | Connection

ChangeListener = Callable[[ChangeSet], None]
# Sessions whose ``info`` holds this key (the units of work of one load joined in a single
# outer transaction, the demo) add their PostgreSQL audit events to the list it names; the
# load's last unit of work sends them all in one call before the transaction commits.
AUDIT_DEFER_TO = "audit_defer_to"


@dataclass
class ServiceContext:
    """Everything a service needs, built once by the composition root."""

    session_factory: SessionFactory | sessionmaker[Session]
    user: CurrentUser
    clock: Callable[[], dt.datetime] = field(default=lambda: dt.datetime.now(dt.UTC))
    listeners: list[ChangeListener] = field(default_factory=list)

    def now(self) -> dt.datetime:
        """Current instant, aware UTC."""
        return self.clock()

    def today(self) -> dt.date:
        """Today's date in France, where deadlines fall."""
        return self.clock().astimezone(PARIS).date()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (rolled back at the end)."""
        with self.session_factory() as session:
            try:
                yield session
            except DBAPIError as exc:
                _raise_known(exc)
                raise

    @contextlib.contextmanager
    def read_columns(self) -> Iterator[Reader]:
        """A read-only look at plain columns of ``db.tables`` (rolled back at the end).

        With the engine's sessions (:class:`~gusp_desktop.db.engine.SessionFactory`) it is a
        connection of that engine, as a session would check out: a command that only lists
        never imports the ORM. A session factory bound elsewhere (the demo's load, inside its
        one transaction) gives a session of it, so the read sees what the load wrote.
        """
        with reading(self.session_factory) as reader:
            try:
                yield reader
            except DBAPIError as exc:
                _raise_known(exc)
                raise

    def prepare_model(self) -> None:
        """Import, map and configure the ORM model now, ahead of need.

        Lists read plain columns (:meth:`read_columns`), so the window fills its first page
        without the model; the other pages' details and every write use it. The window calls
        this in a worker once that page is filled (~200 ms that a first click would pay).
        """
        from sqlalchemy.orm import configure_mappers

        import gusp_desktop.db.models  # noqa: F401 - maps every class on import

        configure_mappers()

    @contextlib.contextmanager
    def write(self, *allowed: UserRole) -> Iterator[UnitOfWork]:
        """One transaction; commit on success, roll back everything on error."""
        from sqlalchemy.orm.exc import StaleDataError  # loaded with the session below

        self.require(*allowed)
        uow = UnitOfWork(self, self.session_factory())
        try:
            with uow.session.begin():
                yield uow
                uow.send_audit()
        except StaleDataError as exc:
            raise uow.conflict_from_stale() from exc
        except DBAPIError as exc:
            _raise_known(exc)
            raise
        finally:
            uow.session.close()
        changes = ChangeSet(frozenset(uow.changed))
        for listener in list(self.listeners):
            try:
                listener(changes)
            except Exception:  # a listener must never undo a committed write
                log.exception("Change listener failed")

    def require(self, *allowed: UserRole) -> None:
        """Refuse the call unless the user's role is among ``allowed`` (none = coordinator)."""
        roles = set(allowed) | {UserRole.COORDINATEUR}
        if self.user.role not in roles:
            raise PermissionDeniedError(
                f"Votre rôle (« {self.user.role.label} ») ne permet pas cette modification."
            )


def reading(
    factory: SessionFactory | sessionmaker[Session],
) -> contextlib.AbstractContextManager[Reader]:
    """What :meth:`ServiceContext.read_columns` reads through: a connection of the engine of
    a :class:`~gusp_desktop.db.engine.SessionFactory`, else a session of ``factory``."""
    if isinstance(factory, SessionFactory):
        return factory.engine.connect()
    return factory()


class UnitOfWork:
    """The open transaction of one service call."""

    def __init__(self, context: ServiceContext, session: Session) -> None:
        self.context = context
        self.session = session
        self.author = context.user.username
        self.now = context.now()
        self.changed: set[EntityRef] = set()
        self._pending_conflict: tuple[str, int, dict[str, Any], dict[str, Any]] | None = None
        self._pending_model: type[Any] | None = None
        self._server_audit = session.get_bind().dialect.name == "postgresql"
        self._unsent_audit: list[dict[str, Any]] = []

    def changes(self) -> ChangeSet:
        """What this unit of work changed (read it after the ``with`` block commits)."""
        return ChangeSet(frozenset(self.changed))

    def touch(self, entity: str, entity_id: int) -> None:
        """Mark a row as changed (for the change set)."""
        self.changed.add(EntityRef(entity, entity_id))

    def stamp(self, row: Any, *, created: bool = False) -> None:
        """Set author and time columns of a tracked row."""
        if created:
            row.created_by = self.author
            row.created_at = self.now
        row.updated_by = self.author
        row.updated_at = self.now

    def audit(
        self,
        entity: str,
        entity_id: int,
        operation: str,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
    ) -> None:
        """Append an audit event in the same transaction as the change it describes.

        An update that changed nothing leaves no event: the trail lists real changes only.
        """
        if operation == "update" and not before and not after:
            return
        event = {
            "at": self.now,
            "author": self.author,
            "entity": entity,
            "entity_id": entity_id,
            "operation": operation,
            "before": _to_json(before),
            "after": _to_json(after),
        }
        if self._server_audit:
            self._unsent_audit.append(event)
        else:
            # Imported by writers only: a read-only command maps no model class.
            from gusp_desktop.db.models import AuditEvent

            self.session.add(AuditEvent(**event))
        self.touch(entity, entity_id)

    def queue_audit(self, events: list[dict[str, Any]]) -> None:
        """Send, before this unit of work's own events, those the other units of the same
        load deferred to ``events`` (emptied)."""
        self._unsent_audit[:0] = events
        events.clear()

    def send_audit(self) -> None:
        """On PostgreSQL, hand this transaction's events to the server before it commits.

        Application roles may not insert into ``audit_event``: ``gusp_audit()`` writes the
        events with the server's login and time, and the audit triggers then know these rows
        were described (see ``docs/architecture.md``, « Audit on the server »).
        """
        if not self._unsent_audit:
            return
        deferred: list[dict[str, Any]] | None = self.session.info.get(AUDIT_DEFER_TO)
        if deferred is not None:  # a load of many units of work sends once, before its commit
            deferred.extend(self._unsent_audit)
            self._unsent_audit = []
            return
        events = [
            event | {"at": event["at"].astimezone(dt.UTC).replace(tzinfo=None).isoformat()}
            for event in self._unsent_audit
        ]
        self._unsent_audit = []
        self.session.execute(
            text("SELECT gusp_audit(CAST(:events AS jsonb))"),
            {"events": json.dumps(events, ensure_ascii=False)},
        )

    # -- the one way services create, edit and delete a tracked row --------------------------

    def add_row(self, entity: str, row: T) -> T:
        """Insert a new tracked row: stamped, flushed (so it has an id) and audited."""
        self.stamp(row, created=True)
        self.session.add(row)
        self.session.flush()
        self.audit(entity, row.id, "create", None, row_values(row))  # type: ignore[attr-defined]
        return row

    def update_row(
        self, entity: str, row: Any, expected: int | None, values: Mapping[str, Any]
    ) -> None:
        """Apply ``values`` to a row read at version ``expected``; audit only what changed.

        A stale ``expected`` raises ConflictError before anything is written; a race lost at
        flush time is turned into the same error by ``ServiceContext.write``.
        """
        self.expect_version(entity, row, expected, values)
        before = row_values(row)
        for key, value in values.items():
            setattr(row, key, value)
        self.stamp(row)
        self.session.flush()
        self.audit(entity, row.id, "update", *diff(before, row_values(row)))

    def delete_row(self, entity: str, row: Any) -> None:
        """Delete a row whose version and references the caller has checked, with its event."""
        self.audit(entity, row.id, "delete", row_values(row), None)
        self.session.delete(row)

    def expect_version(
        self, entity: str, row: Any, expected: int | None, attempted: Mapping[str, Any]
    ) -> None:
        """Raise ConflictError when ``row`` changed since the caller read version ``expected``."""
        stored = row_values(row)
        self._pending_conflict = (entity, int(row.id), stored, dict(attempted))
        self._pending_model = type(row)
        if expected is not None and row.version != expected:
            raise ConflictError(entity, row.id, stored, attempted, stored_version=row.version)

    def conflict_from_stale(self) -> ConflictError:
        """Turn a lost race detected at flush time into the same conflict error."""
        if self._pending_conflict is None:
            return ConflictError("enregistrement", 0, {}, {})
        entity, entity_id, stored, attempted = self._pending_conflict
        fresh = self._reread(entity_id)
        if fresh is None:
            return ConflictError(entity, entity_id, stored, attempted)
        return ConflictError(entity, entity_id, fresh, attempted, stored_version=fresh["version"])

    def _reread(self, entity_id: int) -> dict[str, Any] | None:
        """The winner's values, read after the lost race, so a conflict dialog shows them."""
        if self._pending_model is None:
            return None
        try:
            with self.context.session_factory() as session:
                row = session.get(self._pending_model, entity_id)
                return None if row is None else row_values(row)
        except DBAPIError:
            return None


def get_or_404(session: Session, model: type[T], entity_id: int, label: str) -> T:
    """Load a row by id or raise a French NotFoundError.

    An id outside the 64-bit range both engines store cannot exist: it is not sent to the
    driver, which would overflow instead of finding nothing.
    """
    if not 0 < entity_id <= MAX_ID:
        raise NotFoundError(Message("{what} n° {id} introuvable.", what=label, id=entity_id))
    row = session.get(model, entity_id)
    if row is None:
        raise NotFoundError(Message("{what} n° {id} introuvable.", what=label, id=entity_id))
    return row


def refuse_if_used(
    session: Session, what: str, references: Iterable[tuple[type[Any], Any, str]]
) -> None:
    """Refuse a delete that would orphan history, naming what still refers to the row."""
    from sqlalchemy import func, select

    used = []
    for model, condition, label in references:
        count = session.scalar(select(func.count()).select_from(model).where(condition)) or 0
        if count:
            used.append(Message("{count} {label}", count=count, label=Message(label)))
    if used:
        raise ValidationError(
            {
                "_": Message(
                    "Impossible de supprimer {what} : des éléments y font encore référence "
                    "({used}).",
                    what=what,
                    used=tuple(used),
                )
            }
        )


def row_values(row: Any) -> dict[str, Any]:
    """Column values of an ORM row as plain Python values (for audit and conflicts)."""
    mapper = sa_inspect(type(row))
    return {
        col.key: getattr(row, col.key) for col in mapper.column_attrs if col.key not in _AUDIT_SKIP
    }


def diff(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that changed, as (before, after)."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | Decimal):
        return value.isoformat() if not isinstance(value, Decimal) else str(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    return value


def _to_json(values: Mapping[str, Any] | None) -> str:
    if values is None:
        return ""
    return json.dumps(
        {k: _jsonable(v) for k, v in values.items()}, ensure_ascii=False, sort_keys=True
    )


def _raise_known(exc: DBAPIError) -> None:
    """Raise the domain error for a database fault the user can act on; return for a bug.

    The caller then re-raises the original exception unchanged, so its traceback reaches the
    log as it was (never chained to itself).
    """
    known = domain_error(exc)
    if known is not None:
        raise known from exc


def ensure_unique(values: Iterable[int], label: str) -> list[int]:
    """Deduplicate ids while keeping order; refuse negative ids."""
    seen: list[int] = []
    for value in values:
        if value <= 0:
            raise ValidationError(
                {
                    "_": Message(
                        "{label} : identifiant invalide ({value}).", label=label, value=value
                    )
                }
            )
        if value not in seen:
            seen.append(value)
    return seen
