"""Civility of contacts: kept by the directory, migrated on both engines, agreed in documents."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from gusp_desktop.db import migrate
from gusp_desktop.db.engine import make_engine
from gusp_desktop.domain.directory import ContactData, OrganisationData
from gusp_desktop.domain.enums import OrganisationType, SeanceStatus
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.directory import DirectoryService
from gusp_desktop.services.personal_data.service import PersonalDataService
from tests.fixtures.databases import (
    downgrade,
    make_services,
)
from tests.fixtures.demo import DemoTemplates
from tests.unit.documents.tools import pdf_text

BEFORE = "0012_quartier_plan"


def test_the_directory_keeps_a_civility_as_typed_or_chosen(ctx: ServiceContext) -> None:
    service = DirectoryService(ctx)
    mh = service.create_organisation(
        OrganisationData("MH", "Marve Habitat", OrganisationType.BAILLEUR)
    ).value
    created = service.create_contact(ContactData(mh.id, "Inès", "Taleb", civility=" Mme ")).value
    assert created.civility == "madame"
    assert service.get_contact(created.id).civility == "madame"
    data = ContactData(mh.id, "Inès", "Taleb", civility="Monsieur")
    changed = service.update_contact(created.id, created.version, data).value
    assert (changed.civility, changed.version) == ("monsieur", created.version + 1)
    blank = service.update_contact(changed.id, changed.version, replace(data, civility="")).value
    assert blank.civility == ""
    with pytest.raises(ValidationError) as refused:
        service.update_contact(blank.id, blank.version, replace(data, civility="Docteur"))
    assert "Docteur" in refused.value.errors["civility"]
    assert service.get_contact(created.id).civility == ""


def test_anonymising_blanks_the_civility(ctx: ServiceContext, engine: Engine) -> None:
    service = DirectoryService(ctx)
    mh = service.create_organisation(
        OrganisationData("MH", "Marve Habitat", OrganisationType.BAILLEUR)
    ).value
    contact = service.create_contact(ContactData(mh.id, "Inès", "Taleb", civility="madame"))
    PersonalDataService(ctx).anonymise(contact.value.id)
    assert service.get_contact(contact.value.id).civility == ""
    with engine.connect() as conn:
        after = conn.execute(
            text("SELECT after FROM audit_event WHERE entity = 'contact' AND operation = 'create'")
        ).scalar_one()
    assert '"madame"' not in after  # the card's event no longer says it either


def _anonymise_function(engine: Engine) -> str:
    if engine.dialect.name != "postgresql":
        return "civility"  # SQLite has no server function: the service blanks the events
    with engine.connect() as conn:
        return str(
            conn.exec_driver_sql(
                "SELECT pg_get_functiondef('gusp_anonymise_contact_audit(integer)'::regprocedure)"
            ).scalar_one()
        )


def test_the_migration_adds_and_removes_the_column_keeping_contacts(
    fresh_engine: Engine,
) -> None:
    engine = fresh_engine
    migrate.upgrade_to(engine, BEFORE)
    tracked = "1, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'test', 'test'"
    tracked_columns = "version, created_at, updated_at, created_by, updated_by"
    with engine.begin() as conn:
        conn.exec_driver_sql(
            f"INSERT INTO organisation (id, code, name, type, address, active, {tracked_columns}) "
            f"VALUES (1, 'MH', 'Marve Habitat', 'bailleur', '', true, {tracked})"
        )
        conn.exec_driver_sql(
            "INSERT INTO contact (id, organisation_id, first_name, last_name, function, email, "
            f"phone, active, {tracked_columns}) "
            f"VALUES (1, 1, 'Inès', 'Taleb', '', '', '', true, {tracked})"
        )
    migrate.upgrade_to(engine, "0013_contact_civility")
    column = {c["name"]: c for c in inspect(engine).get_columns("contact")}["civility"]
    assert column["nullable"] is False and column["default"] is None
    assert "civility" in _anonymise_function(engine)
    with engine.begin() as conn:
        assert conn.exec_driver_sql("SELECT civility FROM contact").scalar_one() == ""
        conn.exec_driver_sql("UPDATE contact SET civility = 'madame'")
    downgrade(engine, BEFORE)
    assert "civility" not in {c["name"] for c in inspect(engine).get_columns("contact")}
    if engine.dialect.name == "postgresql":
        assert "civility" not in _anonymise_function(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT last_name FROM contact").scalar_one() == "Taleb"
    migrate.upgrade_to(engine, migrate.head_revision())
    assert migrate.current_revision(engine) == migrate.head_revision()


@pytest.fixture
def demo_file(tmp_path: Path, demo_templates: DemoTemplates) -> Iterator[Engine]:
    path = demo_templates.copy_to(tmp_path / "demo.sqlite3")
    engine = make_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


def test_the_compte_rendu_agrees_with_the_president_and_secretary(
    demo_file: Engine, tmp_path: Path
) -> None:
    services = make_services(demo_file, tmp_path / "data")
    held = [s for s in services.meetings.list_seances() if s.status is not SeanceStatus.PLANIFIEE]
    detail = services.meetings.get_seance(held[0].id)
    assert detail.president_id is not None and detail.secretary_id is not None
    directory = services.directory

    def set_civility(contact_id: int, civility: str) -> None:
        c = directory.get_contact(contact_id)
        data = ContactData(
            c.organisation_id, c.first_name, c.last_name, c.function, c.email, c.phone,
            c.active, civility,
        )  # fmt: skip
        directory.update_contact(c.id, c.version, data)

    def minutes_text(name: str) -> str:
        path = services.exports.minutes(detail.id, tmp_path / name, "pdf")
        return " ".join(pdf_text(Path(path)).split())

    set_civility(detail.president_id, "madame")
    set_civility(detail.secretary_id, "monsieur")
    text_fr = minutes_text("madame.pdf")
    assert "Présidente de séance" in text_fr and "Rédacteur" in text_fr
    assert "Président de séance" not in text_fr and "Présidence de séance" not in text_fr
    set_civility(detail.president_id, "monsieur")
    set_civility(detail.secretary_id, "madame")
    text_fr = minutes_text("monsieur.pdf")
    assert "Président de séance" in text_fr and "Rédactrice" in text_fr
    set_civility(detail.president_id, "")
    assert "Présidence de séance" in minutes_text("inconnue.pdf")
