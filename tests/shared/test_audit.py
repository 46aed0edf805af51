"""The audit trail read back per action, per séance and globally (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from gusp_desktop.db.models import Instance
from gusp_desktop.domain.actions import StatusChange
from gusp_desktop.domain.agenda import AgendaItemData
from gusp_desktop.domain.audit import AuditQuery
from gusp_desktop.domain.changes import ChangeSet, EntityRef
from gusp_desktop.domain.enums import InstanceType
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.meetings import SeanceData
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.agenda import AgendaService
from gusp_desktop.services.audit import AuditService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.meetings import MeetingService
from tests.fixtures.databases import FIXED_NOW, make_context
from tests.shared.helpers import seed_actions


def test_per_action_with_before_and_after(ctx: ServiceContext, engine: Engine) -> None:
    seed = seed_actions(ctx, count=2)
    samir = make_context(engine, username="samir")
    ActionService(samir).follow_up(seed.actions[0], None, StatusChange(progress=40))
    audit = AuditService(ctx)
    events = audit.for_action(seed.actions[0])
    assert [e.operation for e in events] == ["create", "update"]
    assert events[0].author == "claire" and events[1].author == "samir"
    change = {c.field: (c.before, c.after) for c in events[1].changes}
    assert change["progress"] == (0, 40)
    assert events[1].entity_label == "Action" and events[1].operation_label == "modification"


def test_global_filters_and_catch_up(ctx: ServiceContext, engine: Engine) -> None:
    seed = seed_actions(ctx, count=3)
    ActionService(make_context(engine, username="samir")).follow_up(
        seed.actions[2], None, StatusChange(comment="x", progress=10)
    )
    audit = AuditService(ctx)
    # On PostgreSQL the seed's quartier and organisations, written straight through a session
    # and not through a service, are audited by the server's triggers under its login.
    direct = 3 if engine.dialect.name == "postgresql" else 0
    assert audit.count_events() == 4 + direct
    assert [e.author for e in audit.list_events(AuditQuery(author="samir"))] == ["samir"]
    newest = audit.list_events(AuditQuery(limit=1))[0]
    assert newest.entity_id == seed.actions[2]
    assert set(audit.authors()) - {"postgres"} == {"claire", "samir"}
    assert audit.count_events(AuditQuery(author="postgres")) == direct
    day = dt.timedelta(days=1)
    assert audit.count_events(AuditQuery(since=FIXED_NOW - day, until=FIXED_NOW + day)) == 4
    # The server's own events carry the server's time, not the application's fixed clock.
    assert audit.count_events(AuditQuery(since=FIXED_NOW + day)) == direct
    changes, last = audit.changes_since(newest.id - 1)
    assert changes == ChangeSet(frozenset({EntityRef("action", seed.actions[2])}))
    assert last == newest.id == audit.last_event_id()
    with pytest.raises(ValidationError):
        audit.list_events(AuditQuery(since=dt.datetime(2025, 1, 1)))  # no time zone


def test_per_seance_includes_children_even_deleted(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        instance = Instance(code="CT-HM", name="Comité technique", type=InstanceType.COTECH)
        session.add(instance)
        session.flush()
        instance_id = instance.id
    meetings, agenda = MeetingService(ctx), AgendaService(ctx)
    first = meetings.create_seance(SeanceData(instance_id, FIXED_NOW + dt.timedelta(days=7))).value
    other = meetings.create_seance(SeanceData(instance_id, FIXED_NOW + dt.timedelta(days=30))).value
    kept = agenda.add_item(first.id, AgendaItemData(title="Propreté")).value
    gone = agenda.add_item(first.id, AgendaItemData(title="Éclairage")).value
    agenda.add_item(other.id, AgendaItemData(title="Ailleurs"))
    agenda.remove_item(gone.id, gone.version)
    events = AuditService(ctx).for_seance(first.id)
    seen = [(e.entity, e.entity_id, e.operation) for e in events]
    assert ("seance", first.id, "create") in seen
    assert ("agenda_item", kept.id, "create") in seen
    assert ("agenda_item", gone.id, "delete") in seen
    assert all(e.entity_id != other.id or e.entity != "seance" for e in events)
    assert not any(e.after.get("title") == "Ailleurs" for e in events)
