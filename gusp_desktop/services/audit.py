"""Reading the audit trail: who changed what and when, per action, per séance or globally.

Audit events are written by ``UnitOfWork.audit`` in the same transaction as the change they
describe, and on a shared server no application role may update or delete them
(``db/grants.py``). This service only reads them, decoding the JSON before/after values.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    AgendaItem,
    Attendance,
    AuditEvent,
    Decision,
    MinutesVersion,
    SignedFile,
)
from gusp_desktop.domain.audit import AuditEntry, AuditQuery
from gusp_desktop.domain.changes import ChangeSet, EntityRef
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.services.base import ServiceContext

MAX_LIMIT = 5000
ALL_EVENTS = AuditQuery()
# Children of a séance whose audit rows carry a ``seance_id`` in their before/after values.
SEANCE_CHILDREN = (
    "agenda_item",
    "attendance",
    "minutes_version",
    "minutes_reviewer",
    "seance_recipient",
)


class AuditService:
    """The audit trail, read-only (every role may read it)."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def list_events(self, query: AuditQuery = ALL_EVENTS) -> list[AuditEntry]:
        """Events matching ``query``, newest first by default, paged in SQL."""
        statement = _filtered(select(AuditEvent), _checked(query))
        order = AuditEvent.id.desc() if query.newest_first else AuditEvent.id.asc()
        statement = statement.order_by(order).limit(query.limit).offset(query.offset)
        with self.context.read() as session:
            return [_entry(e) for e in session.scalars(statement)]

    def count_events(self, query: AuditQuery = ALL_EVENTS) -> int:
        """How many events match ``query`` (ignoring paging)."""
        statement = _filtered(select(func.count(AuditEvent.id)), _checked(query))
        with self.context.read() as session:
            return int(session.scalar(statement) or 0)

    def for_action(self, action_id: int) -> list[AuditEntry]:
        """Everything that happened to one action, oldest first."""
        return self.list_events(
            AuditQuery(entity="action", entity_id=action_id, limit=MAX_LIMIT, newest_first=False)
        )

    def for_seance(self, seance_id: int) -> list[AuditEntry]:
        """A séance's events and those of its agenda, attendance, decisions and minutes."""
        with self.context.read() as session:
            condition = _seance_condition(session, seance_id)
            statement = select(AuditEvent).where(condition).order_by(AuditEvent.id)
            return [_entry(e) for e in session.scalars(statement.limit(MAX_LIMIT))]

    def authors(self) -> list[str]:
        """Everyone who appears in the trail (for the author filter)."""
        with self.context.read() as session:
            return list(session.scalars(select(AuditEvent.author).distinct().order_by("author")))

    def last_event_id(self) -> int:
        """Id of the newest event (0 when the trail is empty)."""
        with self.context.read() as session:
            return int(session.scalar(select(func.max(AuditEvent.id))) or 0)

    def changes_since(self, event_id: int) -> tuple[ChangeSet, int]:
        """Rows named by events after ``event_id``, and the newest id seen."""
        statement = select(AuditEvent.id, AuditEvent.entity, AuditEvent.entity_id).where(
            AuditEvent.id > event_id
        )
        with self.context.read() as session:
            rows = session.execute(statement).all()
        refs = frozenset(EntityRef(entity, entity_id) for _, entity, entity_id in rows)
        return ChangeSet(refs), max((r[0] for r in rows), default=event_id)


def _checked(query: AuditQuery) -> AuditQuery:
    errors: dict[str, str] = {}
    if not 1 <= query.limit <= MAX_LIMIT:
        errors["limit"] = Message(
            "Nombre d'événements demandé invalide (1 à {max_limit}).", max_limit=MAX_LIMIT
        )
    if query.offset < 0:
        errors["offset"] = "Décalage négatif refusé."
    for name in ("since", "until"):
        moment = getattr(query, name)
        if moment is not None and moment.tzinfo is None:
            errors[name] = "Date sans fuseau horaire refusée."
    if query.since and query.until and query.since > query.until:
        errors["until"] = "La date de fin précède la date de début."
    if errors:
        raise ValidationError(errors)
    return query


def _filtered(statement: Select[Any], query: AuditQuery) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = []
    if query.entity:
        conditions.append(AuditEvent.entity == query.entity)
    if query.entity_id is not None:
        conditions.append(AuditEvent.entity_id == query.entity_id)
    if query.author:
        conditions.append(AuditEvent.author == query.author)
    if query.since is not None:
        conditions.append(AuditEvent.at >= query.since)
    if query.until is not None:
        conditions.append(AuditEvent.at <= query.until)
    return statement.where(*conditions)


def _seance_condition(session: Session, seance_id: int) -> ColumnElement[bool]:
    """Events of the séance itself and of every row that belongs (or belonged) to it."""
    item_ids = list(session.scalars(select(AgendaItem.id).where(AgendaItem.seance_id == seance_id)))
    owned = {
        "seance": [seance_id],
        "agenda_item": item_ids,
        "attendance": list(
            session.scalars(select(Attendance.id).where(Attendance.seance_id == seance_id))
        ),
        "minutes_version": list(
            session.scalars(select(MinutesVersion.id).where(MinutesVersion.seance_id == seance_id))
        ),
    }
    owned["decision"] = _children(session, Decision.id, Decision.agenda_item_id, item_ids)
    owned["signed_file"] = _children(
        session, SignedFile.id, SignedFile.minutes_version_id, owned["minutes_version"]
    )
    parts = [_of(entity, ids) for entity, ids in owned.items()]
    parts += [_mentions(entity, "seance_id", seance_id) for entity in SEANCE_CHILDREN]
    parts += [_mentions("decision", "agenda_item_id", item_id) for item_id in item_ids]
    return or_(*parts)


def _children(
    session: Session, id_column: Any, parent_column: Any, parents: list[int]
) -> list[int]:
    if not parents:
        return []
    return list(session.scalars(select(id_column).where(parent_column.in_(parents))))


def _of(entity: str, ids: list[int]) -> ColumnElement[bool]:
    if not ids:
        return false()
    return and_(AuditEvent.entity == entity, AuditEvent.entity_id.in_(ids))


def _mentions(entity: str, key: str, value: int) -> ColumnElement[bool]:
    """Rows since deleted are found through the id recorded in their audited values."""
    patterns = [f'%"{key}": {value},%', f'%"{key}": {value}}}%']
    texts = [column.like(p) for column in (AuditEvent.before, AuditEvent.after) for p in patterns]
    return and_(AuditEvent.entity == entity, or_(*texts))


def _decode(text: str) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"_": text}
    return value if isinstance(value, dict) else {"_": value}


def _entry(event: AuditEvent) -> AuditEntry:
    return AuditEntry(
        id=event.id,
        at=event.at,
        author=event.author,
        entity=event.entity,
        entity_id=event.entity_id,
        operation=event.operation,
        before=_decode(event.before),
        after=_decode(event.after),
    )
