"""Directory service: only the coordinator writes it, through the one audited write pattern
(SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, select

from gusp_desktop.db.models import (
    AuditEvent,
    Organisation,
)
from gusp_desktop.domain.directory import ContactData, ContactDTO, OrganisationData, OrganisationDTO
from gusp_desktop.domain.enums import OrganisationType, UserRole
from gusp_desktop.domain.errors import (
    ConflictError,
    PermissionDeniedError,
)
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.directory import DirectoryService
from tests.db.directory_world import org, person, snapshot
from tests.fixtures.databases import make_context

WRITES: list[tuple[str, Callable[[DirectoryService, OrganisationDTO, ContactDTO], object]]] = [
    (
        "create_organisation",
        lambda s, o, c: s.create_organisation(
            OrganisationData("LA", "Logis", OrganisationType.BAILLEUR)
        ),
    ),
    (
        "update_organisation",
        lambda s, o, c: s.update_organisation(
            o.id, o.version, OrganisationData("MH", "Autre", OrganisationType.BAILLEUR)
        ),
    ),
    ("delete_organisation", lambda s, o, c: s.delete_organisation(o.id, o.version)),
    ("create_contact", lambda s, o, c: s.create_contact(ContactData(o.id, "Julien", "Cappelaere"))),
    (
        "update_contact",
        lambda s, o, c: s.update_contact(c.id, c.version, ContactData(o.id, "Inès", "Autre")),
    ),
    ("delete_contact", lambda s, o, c: s.delete_contact(c.id, c.version)),
]


@pytest.mark.parametrize("role", [UserRole.LECTEUR, UserRole.SECRETAIRE])
@pytest.mark.parametrize(("name", "write"), WRITES, ids=[name for name, _ in WRITES])
def test_only_the_coordinator_writes_the_directory(
    ctx: ServiceContext,
    engine: Engine,
    role: UserRole,
    name: str,
    write: Callable[[DirectoryService, OrganisationDTO, ContactDTO], object],
) -> None:
    mh = org(ctx)
    contact = person(ctx, mh.id)
    before = snapshot(engine)
    service = DirectoryService(make_context(engine, role, "lea"))
    with pytest.raises(PermissionDeniedError, match="ne permet pas cette modification"):
        write(service, mh, contact)
    assert snapshot(engine) == before
    assert [o.code for o in service.list_organisations()] == ["MH"]
    assert [c.full_name for c in service.list_contacts()] == ["Inès Taleb"]


def test_one_write_pattern_audits_create_change_and_delete(ctx: ServiceContext) -> None:
    """add_row / update_row / delete_row: events carry exactly what changed, stale refused."""

    with ctx.write() as uow:
        created = uow.add_row(
            "organisation", Organisation(code="ZZ", name="Zèbre", type=OrganisationType.COMMUNE)
        )
        new_id = created.id
    with ctx.write() as uow:
        row = uow.session.get(Organisation, new_id)
        uow.update_row("organisation", row, 1, {"name": "Zébrure", "code": "ZZ"})
    with pytest.raises(ConflictError), ctx.write() as uow:
        stale = uow.session.get(Organisation, new_id)
        uow.update_row("organisation", stale, 1, {"name": "Perdu"})
    with ctx.write() as uow:
        uow.delete_row("organisation", uow.session.get(Organisation, new_id))
    with ctx.read() as session:
        assert session.get(Organisation, new_id) is None
        events = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "organisation", AuditEvent.entity_id == new_id)
            .order_by(AuditEvent.id)
        ).all()
    assert [e.operation for e in events] == ["create", "update", "delete"]
    assert json.loads(events[1].before) == {"name": "Zèbre", "version": 1}
    assert json.loads(events[1].after) == {"name": "Zébrure", "version": 2}
    assert json.loads(events[2].before)["name"] == "Zébrure"
