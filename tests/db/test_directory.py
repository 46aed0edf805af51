"""Directory service: organisations and contacts, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from gusp_desktop.db.base import Base
from gusp_desktop.db.models import (
    Action,
    AgendaItem,
    Attendance,
    AuditEvent,
    Instance,
    Membership,
    Organisation,
    Quartier,
    Seance,
    Site,
    User,
)
from gusp_desktop.domain.changes import EntityRef
from gusp_desktop.domain.directory import ContactData, ContactDTO, OrganisationData, OrganisationDTO
from gusp_desktop.domain.enums import InstanceType, MemberRole, OrganisationType, Theme, UserRole
from gusp_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.directory import DirectoryService
from tests.fixtures.databases import FIXED_NOW, make_context

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


# --- organisations -------------------------------------------------------------------------


def test_create_list_and_get_organisations(ctx: ServiceContext) -> None:
    service = DirectoryService(ctx)
    mutation = service.create_organisation(
        OrganisationData(" mh ", "  Marve   Habitat ", OrganisationType.BAILLEUR, "1 rue  Haute")
    )
    mh = mutation.value
    assert (mh.code, mh.name, mh.address, mh.version, mh.contact_count) == (
        "MH",
        "Marve Habitat",
        "1 rue Haute",
        1,
        0,
    )
    assert EntityRef("organisation", mh.id) in mutation.changes.refs
    org(ctx, "CAMA", type=OrganisationType.EPCI)
    org(ctx, "VH", active=False)
    person(ctx, mh.id)

    assert [o.code for o in service.list_organisations()] == ["CAMA", "MH"]
    assert [o.code for o in service.list_organisations(include_inactive=True)] == [
        "CAMA",
        "MH",
        "VH",
    ]
    found = service.get_organisation_by_code(" mh")
    assert (found.id, found.contact_count, found.type) == (mh.id, 1, OrganisationType.BAILLEUR)
    assert service.get_organisation(mh.id) == found
    with pytest.raises(NotFoundError, match="« ZZ » inconnue"):
        service.get_organisation_by_code("ZZ")


def test_update_organisation_bumps_version_and_audits_the_difference(
    ctx: ServiceContext, engine: Engine
) -> None:
    service = DirectoryService(ctx)
    mh = org(ctx)
    data = OrganisationData("MH", "Marve Habitat OPH", OrganisationType.BAILLEUR, "Marvelin")
    updated = service.update_organisation(mh.id, mh.version, data).value
    assert (updated.name, updated.address, updated.version) == ("Marve Habitat OPH", "Marvelin", 2)
    assert service.get_organisation(mh.id) == updated

    create, update = audit_rows(engine, "organisation")
    assert (create.operation, create.before, create.author) == ("create", "", "claire")
    assert json.loads(create.after)["code"] == "MH"
    assert update.operation == "update"
    assert json.loads(update.before) == {"name": "Organisation MH", "address": "", "version": 1}
    assert json.loads(update.after) == {
        "name": "Marve Habitat OPH",
        "address": "Marvelin",
        "version": 2,
    }


def test_delete_organisation_removes_it_and_audits_the_old_values(
    ctx: ServiceContext, engine: Engine
) -> None:
    service = DirectoryService(ctx)
    mh = org(ctx)
    mutation = service.delete_organisation(mh.id, mh.version)
    assert mutation.changes.ids("organisation") == {mh.id}
    assert service.list_organisations(include_inactive=True) == []
    deleted = audit_rows(engine, "organisation")[-1]
    assert (deleted.operation, deleted.after) == ("delete", "")
    assert json.loads(deleted.before)["name"] == "Organisation MH"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": "   "}, "name", "Le nom de l'organisation est obligatoire."),
        ({"name": ONE_MB}, "name", ": 1000000 caractères, 200 au maximum"),
        (
            {"address": "a" * 301},
            "address",
            "Le champ « Adresse » : 301 caractères, 300 au maximum.",
        ),
        ({"code": "M H"}, "code", "Le code de l'organisation « M H » invalide"),
        ({"code": "C" * 17}, "code", "16 caractères au plus"),
        ({"code": "cama"}, "code", "Le code d'organisation « CAMA » est déjà utilisé."),
        ({"type": "banque"}, "type", "Type d'organisation inconnu : « banque »."),
    ],
)
def test_create_organisation_refuses_bad_input_and_changes_nothing(
    ctx: ServiceContext, engine: Engine, change: dict[str, Any], field: str, message: str
) -> None:
    org(ctx, "CAMA")
    before = snapshot(engine)
    values: dict[str, Any] = {"code": "MH", "name": "Marve Habitat", "type": "bailleur"}
    with pytest.raises(ValidationError) as caught:
        DirectoryService(ctx).create_organisation(OrganisationData(**(values | change)))
    assert list(caught.value.errors) == [field]
    assert message in caught.value.errors[field]
    assert snapshot(engine) == before


def test_update_organisation_reports_every_error_and_changes_nothing(
    ctx: ServiceContext, engine: Engine
) -> None:
    org(ctx, "CAMA")
    mh = org(ctx, "MH")
    before = snapshot(engine)
    with pytest.raises(ValidationError) as caught:
        DirectoryService(ctx).update_organisation(
            mh.id, mh.version, OrganisationData("CAMA", "", OrganisationType.BAILLEUR)
        )
    assert set(caught.value.errors) == {"code", "name"}
    assert "« CAMA » est déjà utilisé" in caught.value.message
    assert snapshot(engine) == before


def test_stale_organisation_update_is_a_conflict_that_overwrites_nothing(
    ctx: ServiceContext, engine: Engine
) -> None:
    service = DirectoryService(ctx)
    mh = org(ctx)
    data = OrganisationData("MH", "Premier", OrganisationType.BAILLEUR)
    service.update_organisation(mh.id, mh.version, data)
    before = snapshot(engine)
    late = OrganisationData("MH", "Second", OrganisationType.BAILLEUR)
    with pytest.raises(ConflictError) as caught:
        service.update_organisation(mh.id, mh.version, late)
    conflict = caught.value
    assert (conflict.entity, conflict.entity_id, conflict.stored_version) == (
        "organisation",
        mh.id,
        2,
    )
    assert conflict.stored["name"] == "Premier"
    assert conflict.attempted["name"] == "Second"
    assert "Conflit de modification" in conflict.message
    with pytest.raises(ConflictError):
        service.delete_organisation(mh.id, mh.version)
    assert snapshot(engine) == before


def _pilot_action(engine: Engine, organisation_id: int) -> None:
    (quartier_id,) = insert(engine, Quartier(code="HM", name="Les Hauts-de-Marve"))
    action = Action(
        number="HM-25-001",
        title="Enlèvement des encombrants",
        theme=Theme.PROPRETE,
        quartier_id=quartier_id,
        pilot_organisation_id=organisation_id,
    )
    insert(engine, action)


def _partner_action(engine: Engine, organisation_id: int) -> None:
    pilot = Organisation(code="SD", name="SYMEVAL", type=OrganisationType.DECHETS)
    (pilot_id,) = insert(engine, pilot)
    _pilot_action(engine, pilot_id)
    with Session(engine) as session, session.begin():
        action = session.scalars(select(Action)).one()
        action.partners.append(session.get_one(Organisation, organisation_id))


def _managed_site(engine: Engine, organisation_id: int) -> None:
    (quartier_id,) = insert(engine, Quartier(code="HM", name="Les Hauts-de-Marve"))
    insert(engine, Site(quartier_id=quartier_id, name="Tour A", gestionnaire_id=organisation_id))


@pytest.mark.parametrize(
    ("refer", "label"),
    [
        (lambda ctx, engine, oid: person(ctx, oid), "1 contact(s)"),
        (lambda ctx, engine, oid: _pilot_action(engine, oid), "1 action(s) pilotée(s)"),
        (lambda ctx, engine, oid: _partner_action(engine, oid), "1 action(s) en partenariat"),
        (lambda ctx, engine, oid: _managed_site(engine, oid), "1 site(s) en gestion"),
    ],
)
def test_delete_organisation_refused_while_referenced(
    ctx: ServiceContext,
    engine: Engine,
    refer: Callable[[ServiceContext, Engine, int], object],
    label: str,
) -> None:
    mh = org(ctx)
    refer(ctx, engine, mh.id)
    before = snapshot(engine)
    with pytest.raises(ValidationError) as caught:
        DirectoryService(ctx).delete_organisation(mh.id, mh.version)
    assert caught.value.errors["_"] == (
        "Impossible de supprimer le partenaire « MH » : "
        f"des éléments y font encore référence ({label})."
    )
    assert snapshot(engine) == before


# --- contacts ------------------------------------------------------------------------------


def test_create_get_update_and_delete_a_contact(ctx: ServiceContext, engine: Engine) -> None:
    service = DirectoryService(ctx)
    mh, la = org(ctx, "MH", name="Marve Habitat"), org(ctx, "LA", name="Logis de l'Aubrin")
    data = ContactData(mh.id, " Inès ", "Taleb", "Chargée DSU", " ines.taleb@marve-habitat.fr ")
    created = service.create_contact(data).value
    assert (created.full_name, created.email, created.organisation_code) == (
        "Inès Taleb",
        "ines.taleb@marve-habitat.fr",
        "MH",
    )
    assert service.get_contact(created.id) == created

    moved = ContactData(la.id, "Inès", "Taleb", "Qualité de service", phone="03 27 00 00 00")
    updated = service.update_contact(created.id, created.version, moved).value
    assert (updated.organisation_code, updated.organisation_name, updated.version) == (
        "LA",
        "Logis de l'Aubrin",
        2,
    )
    assert (updated.function, updated.email, updated.phone) == (
        "Qualité de service",
        "",
        "03 27 00 00 00",
    )
    assert service.get_contact(created.id) == updated

    service.delete_contact(updated.id, updated.version)
    assert service.list_contacts() == []
    operations = [(e.operation, e.entity_id) for e in audit_rows(engine, "contact")]
    assert operations == [(op, created.id) for op in ("create", "update", "delete")]
    update_event = audit_rows(engine, "contact")[1]
    assert json.loads(update_event.before)["organisation_id"] == mh.id
    assert json.loads(update_event.after)["organisation_id"] == la.id


def test_list_contacts_filters_and_searches_without_accents_or_case(ctx: ServiceContext) -> None:
    service = DirectoryService(ctx)
    vm = org(ctx, "VM", name="Ville de Marvelin", type=OrganisationType.COMMUNE)
    mh = org(ctx, "MH", name="Marve Habitat")
    person(ctx, vm.id, "Vasseur", first_name="Étienne", function="Adjoint au cadre de vie")
    person(ctx, mh.id, "Éluard", first_name="Paul", function="Gardien")
    person(ctx, mh.id, "Cappelaere", first_name="Julien", function="Responsable d'agence")

    names = [c.last_name for c in service.list_contacts()]
    assert names == ["Cappelaere", "Éluard", "Vasseur"]  # É sorts with E on both engines
    assert [c.last_name for c in service.list_contacts(organisation_id=mh.id)] == [
        "Cappelaere",
        "Éluard",
    ]
    assert [c.first_name for c in service.list_contacts(search="ETIENNE")] == ["Étienne"]
    assert [c.last_name for c in service.list_contacts(search="eluard")] == ["Éluard"]
    assert [c.last_name for c in service.list_contacts(search="cadre VIE")] == ["Vasseur"]
    assert [c.last_name for c in service.list_contacts(search="marvelin")] == ["Vasseur"]
    assert [c.last_name for c in service.list_contacts(search="mh agence")] == ["Cappelaere"]
    assert service.list_contacts(organisation_id=vm.id, search="gardien") == []


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"first_name": ""}, "first_name", "Le prénom est obligatoire."),
        ({"last_name": "  "}, "last_name", "Le nom est obligatoire."),
        ({"last_name": ONE_MB}, "last_name", "Le nom : 1000000 caractères"),
        (
            {"function": "f" * 201},
            "function",
            "Le champ « Fonction » : 201 caractères, 200 au maximum.",
        ),
        ({"email": "ines.taleb@"}, "email", "Adresse électronique invalide : « ines.taleb@ »."),
        (
            {"email": "a@b.fr" + "r" * 200},
            "email",
            "Le champ « Adresse électronique » : 206 caractères, 200 au maximum.",
        ),
        (
            {"phone": "0" * 41},
            "phone",
            "Le numéro de téléphone : 41 caractères, 40 au maximum.",
        ),
        ({"organisation_id": 999}, "organisation_id", "Organisation inconnue"),
    ],
)
def test_contact_validation_refuses_and_changes_nothing(
    ctx: ServiceContext, engine: Engine, change: dict[str, Any], field: str, message: str
) -> None:
    service = DirectoryService(ctx)
    mh = org(ctx)
    existing = person(ctx, mh.id)
    values: dict[str, Any] = {"organisation_id": mh.id, "first_name": "Inès", "last_name": "Taleb"}
    before = snapshot(engine)
    with pytest.raises(ValidationError) as caught:
        service.create_contact(ContactData(**(values | change)))
    assert list(caught.value.errors) == [field]
    assert message in caught.value.errors[field]
    with pytest.raises(ValidationError) as caught:
        service.update_contact(existing.id, existing.version, ContactData(**(values | change)))
    assert message in caught.value.errors[field]
    assert snapshot(engine) == before


def test_stale_contact_update_is_a_conflict(ctx: ServiceContext, engine: Engine) -> None:
    service = DirectoryService(ctx)
    mh = org(ctx)
    contact = person(ctx, mh.id)
    service.update_contact(contact.id, contact.version, ContactData(mh.id, "Inès", "Taleb-Roux"))
    before = snapshot(engine)
    with pytest.raises(ConflictError) as caught:
        service.update_contact(contact.id, contact.version, ContactData(mh.id, "Inès", "Autre"))
    assert caught.value.stored["last_name"] == "Taleb-Roux"
    assert caught.value.attempted["last_name"] == "Autre"
    assert caught.value.stored_version == 2
    with pytest.raises(ConflictError):
        service.delete_contact(contact.id, contact.version)
    assert snapshot(engine) == before


def _seance(engine: Engine, **links: int) -> int:
    (instance_id,) = insert(
        engine, Instance(code="COTECH", name="COTECH", type=InstanceType.COTECH)
    )
    (seance_id,) = insert(
        engine, Seance(instance_id=instance_id, number=1, starts_at=FIXED_NOW, **links)
    )
    return seance_id


def _member(engine: Engine, contact_id: int) -> None:
    (instance_id,) = insert(engine, Instance(code="COPIL", name="COPIL", type=InstanceType.COPIL))
    insert(
        engine, Membership(instance_id=instance_id, contact_id=contact_id, role=MemberRole.MEMBRE)
    )


def _attendance(engine: Engine, contact_id: int, other_id: int) -> None:
    insert(engine, Attendance(seance_id=_seance(engine), contact_id=contact_id))


def _represented(engine: Engine, contact_id: int, other_id: int) -> None:
    seance_id = _seance(engine)
    insert(
        engine, Attendance(seance_id=seance_id, contact_id=other_id, represented_by_id=contact_id)
    )


def _pilot(engine: Engine, contact_id: int, organisation_id: int) -> None:
    _pilot_action(engine, organisation_id)
    with Session(engine) as session, session.begin():
        session.scalars(select(Action)).one().pilot_contact_id = contact_id


def _presenter(engine: Engine, contact_id: int, other_id: int) -> None:
    insert(
        engine,
        AgendaItem(seance_id=_seance(engine), position=1, title="Suivi", presenter_id=contact_id),
    )


def _user(engine: Engine, contact_id: int, other_id: int) -> None:
    insert(
        engine,
        User(username="ines", display_name="Inès", role=UserRole.LECTEUR, contact_id=contact_id),
    )


@pytest.mark.parametrize(
    ("refer", "label"),
    [
        (lambda e, c, o, org_id: _member(e, c), "1 instance(s) dont il est membre"),
        (lambda e, c, o, org_id: _attendance(e, c, o), "1 ligne(s) d'émargement"),
        (lambda e, c, o, org_id: _represented(e, c, o), "1 ligne(s) d'émargement"),
        (lambda e, c, o, org_id: _pilot(e, c, org_id), "1 action(s) qu'il pilote"),
        (lambda e, c, o, org_id: _presenter(e, c, o), "1 point(s) d'ordre du jour"),
        (lambda e, c, o, org_id: _seance(e, president_id=c), "1 séance(s) qu'il préside"),
        (lambda e, c, o, org_id: _seance(e, secretary_id=c), "1 séance(s) dont il est secrétaire"),
        (lambda e, c, o, org_id: _user(e, c, o), "1 compte(s) utilisateur"),
    ],
)
def test_delete_contact_refused_while_referenced(
    ctx: ServiceContext,
    engine: Engine,
    refer: Callable[[Engine, int, int, int], object],
    label: str,
) -> None:
    mh = org(ctx)
    contact, other = person(ctx, mh.id), person(ctx, mh.id, "Cappelaere")
    refer(engine, contact.id, other.id, mh.id)
    before = snapshot(engine)
    with pytest.raises(ValidationError) as caught:
        DirectoryService(ctx).delete_contact(contact.id, contact.version)
    assert caught.value.errors["_"] == (
        "Impossible de supprimer le contact « Inès Taleb » : "
        f"des éléments y font encore référence ({label})."
    )
    assert snapshot(engine) == before


# --- roles ---------------------------------------------------------------------------------

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
    from gusp_desktop.db.models import AuditEvent, Organisation

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
