"""Directory service: organisations, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    Organisation,
    Quartier,
    Site,
)
from gusp_desktop.domain.changes import EntityRef
from gusp_desktop.domain.directory import OrganisationData
from gusp_desktop.domain.enums import OrganisationType
from gusp_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    ValidationError,
)
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.directory import DirectoryService
from tests.db.directory_world import ONE_MB, audit_rows, insert, org, person, pilot_action, snapshot


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


def _partner_action(engine: Engine, organisation_id: int) -> None:
    pilot = Organisation(code="SD", name="SYMEVAL", type=OrganisationType.DECHETS)
    (pilot_id,) = insert(engine, pilot)
    pilot_action(engine, pilot_id)
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
        (lambda ctx, engine, oid: pilot_action(engine, oid), "1 action(s) pilotée(s)"),
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
