"""Signalements on SQLite and PostgreSQL: routing rules, due dates and délais with an injected
clock, status rules, actions, audit and the reporter kept apart."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from gusp_desktop.db.models import AuditEvent, Signalement, SignalementReporter
from gusp_desktop.domain.enums import Theme, UserRole
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.signalements import (
    CategoryData,
    Channel,
    ReporterData,
    RouteData,
    SignalementData,
    SignalementQuery,
    SignalementStatus,
)
from gusp_desktop.services.registry import Services
from tests.signalements.setup import MovableClock, Place, build, paris, services_with_clock


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(paris(2025, 6, 2, 12))


@pytest.fixture
def services(engine: Engine, tmp_path: Path, clock: MovableClock) -> Services:
    return services_with_clock(engine, tmp_path, clock)


@pytest.fixture
def place(services: Services) -> Place:
    return build(services)


def intake(place: Place, category: int, site: int | None, **changes: object) -> SignalementData:
    data = SignalementData(
        received_at=paris(2025, 6, 2, 9, 30),
        channel=Channel.GARDIEN,
        category_id=category,
        quartier_id=place.quartier,
        site_id=site,
        description="Signalé par le gardien",
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def test_routing_rules_choose_the_organisation(services: Services, place: Place) -> None:
    records = services.signalements.records
    # A category rule beats the site's gestionnaire.
    assert records.add(intake(place, place.enc, place.tower)).value.organisation_code == "SD"
    # A theme rule applies when no category rule does.
    assert records.add(intake(place, place.ecl, place.tower)).value.organisation_code == "VM"
    # No rule: the site's gestionnaire (domanialité); no site: nobody yet.
    assert records.add(intake(place, place.asc, place.tower)).value.organisation_code == "MH"
    assert records.add(intake(place, place.asc, place.square)).value.organisation_code == "VM"
    assert records.add(intake(place, place.asc, None)).value.organisation_code == ""
    # A rule naming category and gestionnaire beats the category alone.
    services.signalements.settings.add_route(
        RouteData(place.mh, category_id=place.enc, gestionnaire_id=place.mh)
    )
    assert records.add(intake(place, place.enc, place.tower)).value.organisation_code == "MH"
    assert records.add(intake(place, place.enc, place.square)).value.organisation_code == "SD"
    # Chosen by hand: kept.
    chosen = intake(place, place.enc, place.tower, organisation_id=place.vm)
    assert records.add(chosen).value.organisation_code == "VM"
    with pytest.raises(ValidationError, match="existe déjà"):
        services.signalements.settings.add_route(RouteData(place.vm, theme=Theme.ECLAIRAGE))


def test_due_date_overdue_and_processing_delay_follow_the_clock(
    services: Services, place: Place, clock: MovableClock
) -> None:
    records = services.signalements.records
    row = records.add(intake(place, place.enc, place.tower)).value
    assert str(row.due_date) == "2025-06-09"  # received 02/06 + 7 days
    clock.set_paris(2025, 6, 9, 18)
    assert not records.get_row(row.id).overdue
    clock.set_paris(2025, 6, 10, 8)
    assert records.get_row(row.id).overdue
    assert [r.id for r in records.list_signalements(SignalementQuery(overdue_only=True))] == [
        row.id
    ]
    records.change_status(row.id, SignalementStatus.TRANSMIS)
    clock.set_paris(2025, 6, 12, 16)
    done = records.change_status(row.id, SignalementStatus.TRAITE).value
    assert not done.overdue and done.closed_at == clock.moment
    # A second one, treated the next day: within its délai.
    other = records.add(intake(place, place.enc, place.tower, received_at=paris(2025, 6, 11))).value
    clock.set_paris(2025, 6, 13)
    records.change_status(other.id, SignalementStatus.TRAITE)
    late = records.add(intake(place, place.asc, place.tower, received_at=paris(2025, 6, 1))).value
    stats = {s.organisation_code: s for _, s in records.summary_by_organisation()}
    sd = stats["SD"]
    assert (sd.received, sd.treated, sd.open, sd.overdue) == (2, 2, 0, 0)
    assert sd.mean_days == 6.0 and sd.median_days == 6.0  # 10 days and 2 days
    assert sd.within_delay == 1 and sd.within_percent == 50.0
    mh = stats["MH"]
    assert (mh.received, mh.open, mh.overdue, mh.treated, mh.mean_days) == (1, 1, 1, 0, None)
    assert records.get_row(late.id).overdue


def test_category_delay_is_editable_and_applies_to_new_signalements(
    services: Services, place: Place
) -> None:
    settings = services.signalements.settings
    first = services.signalements.records.add(intake(place, place.asc, place.tower)).value
    category = settings.category("ASC")
    settings.save_category(CategoryData(category.code, category.label, category.theme, 5))
    second = services.signalements.records.add(intake(place, place.asc, place.tower)).value
    assert (str(first.due_date), str(second.due_date)) == ("2025-06-04", "2025-06-07")
    with pytest.raises(ValidationError, match="entre 0 et 365"):
        settings.save_category(CategoryData("ASC", "Ascenseur", Theme.BATI, 400))


def test_status_rules(services: Services, place: Place) -> None:
    records = services.signalements.records
    row = records.add(intake(place, place.asc, None)).value
    with pytest.raises(ValidationError, match="Aucune organisation"):
        records.change_status(row.id, SignalementStatus.TRANSMIS)
    moved = records.change_status(
        row.id, SignalementStatus.TRANSMIS, organisation_id=place.mh
    ).value
    assert (moved.status, moved.organisation_code) == (SignalementStatus.TRANSMIS, "MH")
    with pytest.raises(ValidationError, match="motif du rejet"):
        records.change_status(row.id, SignalementStatus.REJETE)
    with pytest.raises(ValidationError, match="demande un motif"):
        records.change_status(row.id, SignalementStatus.RECU)
    rejected = records.change_status(row.id, SignalementStatus.REJETE, "Doublon").value
    assert rejected.status_reason == "Doublon" and rejected.closed_at is not None
    history = records.get(row.id).history
    assert [h.status for h in history] == [
        SignalementStatus.RECU,
        SignalementStatus.TRANSMIS,
        SignalementStatus.REJETE,
    ]
    assert history[-1].reason == "Doublon"


def test_bad_intake_is_refused_in_french(services: Services, place: Place) -> None:
    records = services.signalements.records
    with pytest.raises(ValidationError, match="Latitude hors limites"):
        records.add(intake(place, place.enc, None, latitude=95.0, longitude=3.0))
    with pytest.raises(ValidationError, match="latitude et la longitude"):
        records.add(intake(place, place.enc, None, latitude=50.0))
    with pytest.raises(ValidationError, match="dans le futur"):
        records.add(intake(place, place.enc, None, received_at=paris(2025, 7, 1)))
    with pytest.raises(ValidationError, match="n'est pas dans ce quartier"):
        records.add(intake(place, place.enc, place.tower, quartier_id=place.other_quartier))
    assert records.list_signalements() == []


def test_signalement_becomes_an_action_or_is_attached_to_one(
    services: Services, place: Place
) -> None:
    records = services.signalements.records
    row = records.add(intake(place, place.asc, place.tower, address="12 rue des Aubépines")).value
    linked = records.create_action(row.id).value
    assert linked.action_number.startswith("HM-")
    action = services.actions.get_by_number(linked.action_number)
    assert action.row.pilot_organisation_code == "MH"
    assert action.row.theme is Theme.BATI and action.row.site_id == place.tower
    assert f"Signalement n° {row.id}" in action.row.origin_note
    with pytest.raises(ValidationError, match="déjà rattaché"):
        records.create_action(row.id)
    other = records.add(intake(place, place.enc, place.tower)).value
    attached = records.attach_action(other.id, linked.action_number).value
    assert attached.action_id == linked.action_id
    assert records.detach_action(other.id).value.action_number == ""


def test_reporter_is_kept_apart_and_out_of_lists_and_audit(
    services: Services, place: Place, engine: Engine, tmp_path: Path, clock: MovableClock
) -> None:
    records = services.signalements.records
    reporter = ReporterData("Jeanne Habitante", "06 11 22 33 44", "jeanne@example.org")
    row = records.add(intake(place, place.enc, place.tower, reporter=reporter)).value
    assert records.get(row.id).reporter == reporter
    linked = records.add(
        intake(place, place.enc, place.tower, reporter=ReporterData(contact_id=place.contact))
    ).value
    assert records.get(linked.id).reporter_contact_name == "Rose Delattre"
    reader = services_with_clock(engine, tmp_path / "lecteur", clock, UserRole.LECTEUR)
    assert reader.signalements.records.get(row.id).reporter is None
    with engine.connect() as conn:
        trail = " ".join(
            e.before + e.after for e in conn.execute(select(AuditEvent.before, AuditEvent.after))
        )
    assert "Jeanne" not in trail and "06 11 22 33 44" not in trail
    assert "Jeanne" not in json.dumps([str(r) for r in records.list_signalements()])
    # RGPD: the contact's export lists the signalement they reported; anonymising keeps the link.
    dossier = services.personal_data.contacts.export(place.contact)
    assert any(r.table == "signalement_reporter" for r in dossier.rows)
    register = services.personal_data.register.build()
    assert any(c.name == "Auteurs des signalements" and c.records == 2 for c in register.categories)
    # A resident not in the directory may ask to be forgotten: the signalement stays.
    records.erase_reporter(row.id)
    assert records.get(row.id).reporter == ReporterData() and records.get_row(row.id).id == row.id
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(SignalementReporter)) == 1


def test_delete_is_audited_and_removes_the_reporter(
    services: Services, place: Place, engine: Engine
) -> None:
    records = services.signalements.records
    row = records.add(
        intake(place, place.enc, None, reporter=ReporterData("Jeanne Habitante"))
    ).value
    records.delete(row.id)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Signalement)) == 0
        assert conn.scalar(select(func.count()).select_from(SignalementReporter)) == 0
        operations = list(
            conn.scalars(
                select(AuditEvent.operation)
                .where(AuditEvent.entity == "signalement", AuditEvent.entity_id == row.id)
                .order_by(AuditEvent.id)
            )
        )
    assert operations == ["create", "delete"]
