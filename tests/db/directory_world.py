"""What the directory tests share: a snapshot proving a refusal changed nothing, rows written
straight through the ORM, and an organisation or a contact made through the service."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from gusp_desktop.db.base import Base
from gusp_desktop.db.models import Action, AuditEvent, Quartier
from gusp_desktop.domain.directory import ContactData, ContactDTO, OrganisationData, OrganisationDTO
from gusp_desktop.domain.enums import OrganisationType, Theme
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.directory import DirectoryService

WATCHED = ("organisation", "contact", "audit_event")
ONE_MB = "x" * 1_000_000


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables these services touch, to prove a refusal changed nothing."""
    with engine.connect() as conn:
        return {
            name: [
                tuple(row)
                for row in conn.execute(
                    select(table).order_by(*Base.metadata.tables[name].primary_key.columns)
                )
            ]
            for name, table in ((n, Base.metadata.tables[n]) for n in WATCHED)
        }


def audit_rows(engine: Engine, entity: str) -> list[AuditEvent]:
    with Session(engine) as session:
        query = select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)
        return list(session.scalars(query))


def insert(engine: Engine, *rows: Any) -> list[int]:
    """Add rows no service writes yet (actions, séances…) straight through the ORM."""
    with Session(engine) as session, session.begin():
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def org(ctx: ServiceContext, code: str = "MH", **extra: Any) -> OrganisationDTO:
    values: dict[str, Any] = {"name": f"Organisation {code}", "type": OrganisationType.BAILLEUR}
    values.update(extra)
    return DirectoryService(ctx).create_organisation(OrganisationData(code=code, **values)).value


def person(
    ctx: ServiceContext, organisation_id: int, last: str = "Taleb", **extra: Any
) -> ContactDTO:
    values: dict[str, Any] = {"first_name": "Inès", "function": "Chargée DSU/TFPB"}
    values.update(extra)
    data = ContactData(organisation_id=organisation_id, last_name=last, **values)
    return DirectoryService(ctx).create_contact(data).value


def pilot_action(engine: Engine, organisation_id: int) -> None:
    """One action piloted by the organisation, in a quartier of its own."""
    (quartier_id,) = insert(engine, Quartier(code="HM", name="Les Hauts-de-Marve"))
    action = Action(
        number="HM-25-001",
        title="Enlèvement des encombrants",
        theme=Theme.PROPRETE,
        quartier_id=quartier_id,
        pilot_organisation_id=organisation_id,
    )
    insert(engine, action)
