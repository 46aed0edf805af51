"""Instance service: instances, perimeters and members, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from gusp_desktop.db.base import Base
from gusp_desktop.db.models import AuditEvent, Instance, Membership, Seance
from gusp_desktop.domain.changes import EntityRef
from gusp_desktop.domain.directory import ContactData, OrganisationData
from gusp_desktop.domain.enums import (
    InstanceType,
    MemberKind,
    MemberRole,
    OrganisationType,
    UserRole,
)
from gusp_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from gusp_desktop.domain.instances import InstanceData, InstanceDTO
from gusp_desktop.domain.territory import QuartierData
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.directory import DirectoryService
from gusp_desktop.services.instances import InstanceService
from gusp_desktop.services.territory import TerritoryService
from tests.fixtures.databases import FIXED_NOW, make_context

WATCHED = ("instance", "instance_quartier", "membership", "audit_event")
ONE_MB = "x" * 1_000_000
P, S, M, INV = MemberRole.PRESIDENT, MemberRole.SECRETAIRE, MemberRole.MEMBRE, MemberRole.INVITE
TIT, SUP = MemberKind.TITULAIRE, MemberKind.SUPPLEANT


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables the service touches, to prove a refusal changed nothing."""
    result = {}
    with engine.connect() as conn:
        for name in WATCHED:
            table = Base.metadata.tables[name]
            query = select(table).order_by(*table.primary_key.columns)
            result[name] = [tuple(row) for row in conn.execute(query)]
    return result


def audit_rows(engine: Engine, entity: str) -> list[AuditEvent]:
    with Session(engine) as session:
        query = select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)
        return list(session.scalars(query))


@pytest.fixture
def world(ctx: ServiceContext) -> dict[str, int]:
    """Three quartiers and four contacts of the demo territory, by short name."""
    territory, directory = TerritoryService(ctx), DirectoryService(ctx)
    ids = {}
    for code, name in (("HM", "Les Hauts-de-Marve"), ("PR", "Le Pré-Rolland"), ("CO", "Coteaux")):
        ids[code] = territory.create_quartier(QuartierData(code, name)).value.id
    cama = OrganisationData("CAMA", "Marvelin Agglomération", OrganisationType.EPCI)
    mh = OrganisationData("MH", "Marve Habitat", OrganisationType.BAILLEUR)
    cama_id = directory.create_organisation(cama).value.id
    mh_id = directory.create_organisation(mh).value.id
    people = (
        ("claire", cama_id, "Claire", "Demarquette"),
        ("yannick", cama_id, "Yannick", "Forestier"),
        ("ines", mh_id, "Inès", "Taleb"),
        ("julien", mh_id, "Julien", "Cappelaere"),
    )
    for key, org_id, first, last in people:
        ids[key] = directory.create_contact(ContactData(org_id, first, last)).value.id
    return ids


def cotech(ctx: ServiceContext, world: dict[str, int], **extra: Any) -> InstanceDTO:
    values: dict[str, Any] = {
        "code": "COTECH",
        "name": "Comité technique GUSP inter-quartiers",
        "type": InstanceType.COTECH,
        "quartier_ids": (world["PR"], world["HM"]),
    }
    return InstanceService(ctx).create_instance(InstanceData(**(values | extra))).value


# --- instances -----------------------------------------------------------------------------


def test_create_get_and_list_instances(
    ctx: ServiceContext, engine: Engine, world: dict[str, int]
) -> None:
    service = InstanceService(ctx)
    data = InstanceData(
        " cotech-hm ",
        " COTECH  site NPNRU ",
        InstanceType.COTECH,
        (world["PR"], world["HM"], world["PR"]),
        "Tous les deux mois",
        False,
        " Mairie  de Marvelin ",
        90,
    )
    mutation = service.create_instance(data)
    created = mutation.value
    assert (created.code, created.name, created.default_place) == (
        "COTECH-HM",
        "COTECH site NPNRU",
        "Mairie de Marvelin",
    )
    assert created.quartier_codes == ("HM", "PR")
    assert created.quartier_ids == (world["HM"], world["PR"])
    assert (created.version, created.default_duration_minutes, created.members) == (1, 90, ())
    assert mutation.changes.ids("instance") == {created.id}
    assert service.get_instance(created.id) == created

    veille = InstanceData(
        "CV-HM", "Cellule de veille", InstanceType.CELLULE_VEILLE, restricted=True
    )
    service.create_instance(veille)
    listed = service.list_instances()
    assert [i.code for i in listed] == ["COTECH-HM", "CV-HM"]
    assert listed[1].restricted and listed[1].quartier_ids == ()
    assert json.loads(audit_rows(engine, "instance")[0].after)["quartier_ids"] == sorted(
        [world["HM"], world["PR"]]
    )
    with pytest.raises(NotFoundError, match="Instance n° 999 introuvable"):
        service.get_instance(999)


def test_update_instance_changes_fields_and_perimeter(
    ctx: ServiceContext, engine: Engine, world: dict[str, int]
) -> None:
    service = InstanceService(ctx)
    created = cotech(ctx, world)
    data = InstanceData(
        "COTECH", "Comité technique GUSP", InstanceType.COTECH, (world["CO"],), "Mensuel"
    )
    updated = service.update_instance(created.id, created.version, data).value
    assert (updated.name, updated.periodicity, updated.quartier_codes, updated.version) == (
        "Comité technique GUSP",
        "Mensuel",
        ("CO",),
        2,
    )
    assert service.get_instance(created.id) == updated
    event = audit_rows(engine, "instance")[-1]
    assert event.operation == "update"
    assert json.loads(event.before) == {
        "name": "Comité technique GUSP inter-quartiers",
        "periodicity": "",
        "quartier_ids": sorted([world["HM"], world["PR"]]),
        "version": 1,
    }
    assert json.loads(event.after)["quartier_ids"] == [world["CO"]]


def test_a_perimeter_only_change_still_bumps_the_version(
    ctx: ServiceContext, world: dict[str, int]
) -> None:
    service = InstanceService(ctx)
    created = cotech(ctx, world)
    data = InstanceData(created.code, created.name, created.type, (world["HM"],))
    updated = service.update_instance(created.id, created.version, data).value
    assert (updated.version, updated.quartier_codes) == (2, ("HM",))
    with pytest.raises(ConflictError):
        service.update_instance(created.id, created.version, data)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": " "}, "name", "Le nom de l'instance est obligatoire."),
        ({"name": ONE_MB}, "name", "Le nom de l'instance : 1000000 caractères"),
        ({"code": "co tech"}, "code", "Le code de l'instance « CO TECH » invalide"),
        ({"code": "copil"}, "code", "Le code d'instance « COPIL » est déjà utilisé."),
        ({"type": "assemblee"}, "type", "Type d'instance inconnu : « assemblee »."),
        ({"quartier_ids": (998, 999)}, "quartier_ids", "Quartier(s) inconnu(s) dans le périmètre"),
        ({"periodicity": "p" * 101}, "periodicity", "« Périodicité » : 101 caractères"),
        ({"default_place": ONE_MB}, "default_place", "Le lieu habituel : "),
        ({"default_duration_minutes": 0}, "default_duration_minutes", "entre 1 et 1440 minutes"),
        ({"default_duration_minutes": 1441}, "default_duration_minutes", "entre 1 et 1440"),
    ],
)
def test_instance_validation_refuses_and_changes_nothing(
    ctx: ServiceContext,
    engine: Engine,
    world: dict[str, int],
    change: dict[str, Any],
    field: str,
    message: str,
) -> None:
    service = InstanceService(ctx)
    existing = cotech(ctx, world, code="COPIL", type=InstanceType.COPIL)
    values: dict[str, Any] = {"code": "COTECH", "name": "COTECH", "type": "cotech"}
    before = snapshot(engine)
    with pytest.raises(ValidationError) as caught:
        service.create_instance(InstanceData(**(values | change)))
    assert list(caught.value.errors) == [field]
    assert message in caught.value.errors[field]
    if field != "code" or "COPIL" not in message:
        with pytest.raises(ValidationError) as caught:
            update = InstanceData(**(values | {"code": "COPIL"} | change))
            service.update_instance(existing.id, existing.version, update)
        assert message in caught.value.errors[field]
    assert snapshot(engine) == before


def test_stale_instance_update_is_a_conflict(
    ctx: ServiceContext, engine: Engine, world: dict[str, int]
) -> None:
    service = InstanceService(ctx)
    created = cotech(ctx, world)
    first = InstanceData("COTECH", "Premier", InstanceType.COTECH)
    service.update_instance(created.id, created.version, first)
    before = snapshot(engine)
    second = InstanceData("COTECH", "Second", InstanceType.COTECH, (world["CO"],))
    with pytest.raises(ConflictError) as caught:
        service.update_instance(created.id, created.version, second)
    conflict = caught.value
    assert (conflict.entity, conflict.entity_id, conflict.stored_version) == (
        "instance",
        created.id,
        2,
    )
    assert conflict.stored["name"] == "Premier"
    assert conflict.attempted["name"] == "Second"
    assert conflict.attempted["quartier_ids"] == [world["CO"]]
    with pytest.raises(ConflictError):
        service.delete_instance(created.id, created.version)
    assert snapshot(engine) == before


def test_delete_instance_takes_members_and_perimeter_along(
    ctx: ServiceContext, engine: Engine, world: dict[str, int]
) -> None:
    service = InstanceService(ctx)
    created = cotech(ctx, world)
    member = service.add_member(created.id, world["ines"]).value
    mutation = service.delete_instance(created.id, created.version)
    assert EntityRef("instance", created.id) in mutation.changes.refs
    assert EntityRef("membership", member.id) in mutation.changes.refs
    after = snapshot(engine)
    assert (after["instance"], after["membership"], after["instance_quartier"]) == ([], [], [])
    assert len(TerritoryService(ctx).list_quartiers()) == 3
    assert [e.operation for e in audit_rows(engine, "membership")] == ["create", "delete"]
    deleted = audit_rows(engine, "instance")[-1]
    assert (deleted.operation, deleted.after) == ("delete", "")
    assert json.loads(deleted.before)["code"] == "COTECH"


def test_delete_instance_refused_once_it_has_met(
    ctx: ServiceContext, engine: Engine, world: dict[str, int]
) -> None:
    created = cotech(ctx, world)
    with Session(engine) as session, session.begin():
        session.add(Seance(instance_id=created.id, number=1, starts_at=FIXED_NOW))
    before = snapshot(engine)
    with pytest.raises(ValidationError) as caught:
        InstanceService(ctx).delete_instance(created.id, created.version)
    assert caught.value.errors["_"] == (
        "Impossible de supprimer l'instance « COTECH » : 1 séance(s) y sont rattachées."
    )
    assert snapshot(engine) == before


# --- members -------------------------------------------------------------------------------


def test_members_are_listed_president_first_then_by_name(
    ctx: ServiceContext, engine: Engine, world: dict[str, int]
) -> None:
    service = InstanceService(ctx)
    created = cotech(ctx, world)
    service.add_member(created.id, world["julien"], M)
    service.add_member(created.id, world["ines"], INV)
    service.add_member(created.id, world["yannick"], S)
    mutation = service.add_member(created.id, world["claire"], P)
    president = mutation.value
    assert (president.contact_name, president.organisation_code, president.role) == (
        "Claire Demarquette",
        "CAMA",
        P,
    )
    assert (president.organisation_name, president.kind, president.version) == (
        "Marvelin Agglomération",
        TIT,
        1,
    )
    assert mutation.changes.ids("membership") == {president.id}
    assert mutation.changes.ids("instance") == {created.id}
    members = service.get_instance(created.id).members
    assert [m.contact_name for m in members] == [
        "Claire Demarquette",
        "Yannick Forestier",
        "Julien Cappelaere",
        "Inès Taleb",
    ]
    assert service.list_instances()[0].members == members
    event = audit_rows(engine, "membership")[-1]
    assert json.loads(event.after) | {"id": 0} == {
        "id": 0,
        "instance_id": created.id,
        "contact_id": world["claire"],
        "role": "president",
        "kind": "titulaire",
        "version": 1,
    }


@pytest.mark.parametrize(("role", "label"), [(P, "président"), (S, "secrétaire")])
def test_one_president_and_one_secretary_titulaire_only(
    ctx: ServiceContext, engine: Engine, world: dict[str, int], role: MemberRole, label: str
) -> None:
    service = InstanceService(ctx)
    created = cotech(ctx, world)
    service.add_member(created.id, world["claire"], role)
    before = snapshot(engine)
    with pytest.raises(ValidationError) as caught:
        service.add_member(created.id, world["ines"], role, TIT)
    assert caught.value.errors == {
        "role": f"Cette instance a déjà un {label} titulaire (Claire Demarquette) ; inscrivez "
        "ce contact comme suppléant ou changez d'abord le rôle du titulaire."
    }
    assert snapshot(engine) == before
    deputy = service.add_member(created.id, world["ines"], role, SUP).value
    with pytest.raises(ValidationError, match=f"déjà un {label} titulaire"):
        service.update_member(deputy.id, deputy.version, role, TIT)
    assert service.get_instance(created.id).members[1] == deputy


def test_update_member_changes_role_and_kind(
    ctx: ServiceContext, engine: Engine, world: dict[str, int]
) -> None:
    service = InstanceService(ctx)
    created = cotech(ctx, world)
    president = service.add_member(created.id, world["claire"], P).value
    same = service.update_member(president.id, president.version, P, TIT).value
    assert (same.role, same.kind) == (P, TIT)
    member = service.add_member(created.id, world["ines"]).value
    demoted = service.update_member(same.id, same.version, M, SUP).value
    assert (demoted.role, demoted.kind, demoted.version) == (M, SUP, same.version + 1)
    promoted = service.update_member(member.id, member.version, P, TIT).value
    assert promoted.role is P
    event = audit_rows(engine, "membership")[-1]
    assert (json.loads(event.before), json.loads(event.after)) == (
        {"role": "membre", "version": 1},
        {"role": "president", "version": 2},
    )


def test_a_contact_sits_only_once_and_must_exist(
    ctx: ServiceContext, engine: Engine, world: dict[str, int]
) -> None:
    service = InstanceService(ctx)
    created = cotech(ctx, world)
    service.add_member(created.id, world["ines"])
    before = snapshot(engine)
    with pytest.raises(ValidationError) as caught:
        service.add_member(created.id, world["ines"], INV, SUP)
    assert caught.value.errors == {"contact_id": "Inès Taleb est déjà membre de cette instance."}
    with pytest.raises(ValidationError) as caught:
        service.add_member(created.id, 999)
    assert caught.value.errors == {"contact_id": "Contact inconnu : choisissez-le dans l'annuaire."}
    with pytest.raises(ValidationError, match="Rôle ou qualité inconnu"):
        service.add_member(created.id, world["julien"], "chef")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match="Instance n° 999 introuvable"):
        service.add_member(999, world["julien"])
    assert snapshot(engine) == before


def test_remove_member_and_stale_member_versions(
    ctx: ServiceContext, engine: Engine, world: dict[str, int]
) -> None:
    service = InstanceService(ctx)
    created = cotech(ctx, world)
    member = service.add_member(created.id, world["ines"]).value
    service.update_member(member.id, member.version, INV, TIT)
    before = snapshot(engine)
    with pytest.raises(ConflictError) as caught:
        service.update_member(member.id, member.version, S, TIT)
    assert (caught.value.entity, caught.value.stored_version) == ("membership", 2)
    assert caught.value.stored["role"] is INV
    assert caught.value.attempted == {"role": S, "kind": TIT}
    with pytest.raises(ConflictError):
        service.remove_member(member.id, member.version)
    assert snapshot(engine) == before

    mutation = service.remove_member(member.id, member.version + 1)
    assert mutation.changes.ids("membership") == {member.id}
    assert service.get_instance(created.id).members == ()
    event = audit_rows(engine, "membership")[-1]
    assert (event.operation, event.after, json.loads(event.before)["role"]) == (
        "delete",
        "",
        "invite",
    )
    with pytest.raises(NotFoundError, match="Membre n° "):
        service.remove_member(member.id, member.version + 1)


def test_member_checks_wait_for_a_concurrent_change_on_postgres(
    ctx: ServiceContext, engine: Engine, world: dict[str, int]
) -> None:
    """Two coordinators naming a président at once: the second sees the first and is refused."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite admits one writer at a time: no race to test")
    created = cotech(ctx, world)
    with Session(engine) as other, ThreadPoolExecutor(1) as pool:
        other.execute(select(Instance).where(Instance.id == created.id).with_for_update())
        future = pool.submit(InstanceService(ctx).add_member, created.id, world["ines"], P)
        time.sleep(0.5)
        assert not future.done(), "add_member must wait for the instance lock"
        other.add(Membership(instance_id=created.id, contact_id=world["claire"], role=P))
        other.commit()
        with pytest.raises(ValidationError, match="déjà un président titulaire"):
            future.result(timeout=10)
    names = [m.contact_name for m in InstanceService(ctx).get_instance(created.id).members]
    assert names == ["Claire Demarquette"]


# --- roles ---------------------------------------------------------------------------------

Write = Callable[[InstanceService, InstanceDTO, dict[str, int]], object]
WRITES: list[tuple[str, Write]] = [
    (
        "create_instance",
        lambda s, i, w: s.create_instance(InstanceData("COPIL", "COPIL", InstanceType.COPIL)),
    ),
    (
        "update_instance",
        lambda s, i, w: s.update_instance(
            i.id, i.version, InstanceData("COTECH", "Autre", InstanceType.COTECH)
        ),
    ),
    ("delete_instance", lambda s, i, w: s.delete_instance(i.id, i.version)),
    ("add_member", lambda s, i, w: s.add_member(i.id, w["julien"])),
    ("update_member", lambda s, i, w: s.update_member(i.members[0].id, 1, M, SUP)),
    ("remove_member", lambda s, i, w: s.remove_member(i.members[0].id, 1)),
]


@pytest.mark.parametrize("role", [UserRole.LECTEUR, UserRole.SECRETAIRE])
@pytest.mark.parametrize(("name", "write"), WRITES, ids=[name for name, _ in WRITES])
def test_only_the_coordinator_writes_instances(
    ctx: ServiceContext,
    engine: Engine,
    world: dict[str, int],
    role: UserRole,
    name: str,
    write: Write,
) -> None:
    created = cotech(ctx, world)
    InstanceService(ctx).add_member(created.id, world["ines"], P)
    created = InstanceService(ctx).get_instance(created.id)
    before = snapshot(engine)
    service = InstanceService(make_context(engine, role, "lea"))
    with pytest.raises(PermissionDeniedError, match="ne permet pas cette modification"):
        write(service, created, world)
    assert snapshot(engine) == before
    assert service.list_instances() == [created]


def test_sites_are_listed_in_dictionary_order(ctx: ServiceContext, world: dict[str, int]) -> None:
    """« Résidence » before « Rue »: accents do not send a name to the end of the list."""
    from gusp_desktop.domain.territory import SiteData

    territory = TerritoryService(ctx)
    for name in ("Rue Haute", "Résidence Les Tilleuls", "école Jaurès", "Allée Verte"):
        territory.create_site(SiteData(world["HM"], name))
    territory.create_site(SiteData(world["CO"], "Abbaye"))
    names = [(s.quartier_code, s.name) for s in territory.list_sites()]
    assert names == [
        ("CO", "Abbaye"),
        ("HM", "Allée Verte"),
        ("HM", "école Jaurès"),
        ("HM", "Résidence Les Tilleuls"),
        ("HM", "Rue Haute"),
    ]
    only_hm = [s.name for s in territory.list_sites(world["HM"])]
    assert only_hm == ["Allée Verte", "école Jaurès", "Résidence Les Tilleuls", "Rue Haute"]
