"""Directory service: contacts, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    AgendaItem,
    Attendance,
    Instance,
    Membership,
    Seance,
    User,
)
from gusp_desktop.domain.directory import ContactData
from gusp_desktop.domain.enums import InstanceType, MemberRole, OrganisationType, UserRole
from gusp_desktop.domain.errors import (
    ConflictError,
    ValidationError,
)
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.directory import DirectoryService
from tests.db.directory_world import ONE_MB, audit_rows, insert, org, person, pilot_action, snapshot
from tests.fixtures.databases import FIXED_NOW


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
    pilot_action(engine, organisation_id)
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
