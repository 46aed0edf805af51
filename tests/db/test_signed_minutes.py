"""Validated minutes are frozen: snapshot, refusals after validation, errata (both engines)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update

from gusp_desktop.db.models import Action, AuditEvent, MinutesVersion, Seance
from gusp_desktop.domain.agenda import AgendaItemData
from gusp_desktop.domain.enums import SeanceStatus, UserRole
from gusp_desktop.domain.errors import PermissionDeniedError, ValidationError
from gusp_desktop.domain.meetings import SeanceEditData
from gusp_desktop.domain.signed_minutes import VersionStatus
from gusp_desktop.services.agenda import AgendaService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.meetings import MeetingService
from gusp_desktop.services.minutes import MinutesService
from gusp_desktop.services.signed_minutes.files import SignedArchive
from gusp_desktop.services.signed_minutes.service import SignedMinutesService
from gusp_desktop.services.signed_minutes.snapshot import SnapshotError
from gusp_desktop.signing.identities import IdentityStore
from tests.db.test_meetings import World, add_action, count, force_status, plan, seed
from tests.fixtures.databases import make_context

S = SeanceStatus
DAY = dt.date(2025, 6, 12)


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return seed(ctx)


@pytest.fixture
def seance(ctx: ServiceContext, world: World) -> int:
    """A held COTECH with one point, one decision and one action, minutes being written."""
    seance_id = plan(ctx, world.cotech, DAY)
    item = AgendaService(ctx).add_item(seance_id, AgendaItemData("Propreté des halls")).value.id
    force_status(ctx, seance_id, S.CR_REDACTION)
    MinutesService(ctx).save_notes(item, 1, "Les halls de la tour C sont nettoyés le lundi.")
    MinutesService(ctx).add_decision(item, "Passage quotidien à partir du 1er juillet.")
    add_action(ctx, world, "HM-25-001", dt.date(2025, 9, 30), origin_seance_id=seance_id)
    return seance_id


@pytest.fixture
def service(ctx: ServiceContext, tmp_path: Path) -> SignedMinutesService:
    return signed_minutes_service(ctx, tmp_path)


def signed_minutes_service(ctx: ServiceContext, folder: Path) -> SignedMinutesService:
    """The service as the application wires it, its identities and archive in ``folder``."""
    return SignedMinutesService(
        ctx,
        minutes=MinutesService(ctx),
        identities=IdentityStore(folder / "identities"),
        archive=SignedArchive(folder / "archive"),
    )


def status_of(ctx: ServiceContext, seance_id: int) -> SeanceStatus:
    return MeetingService(ctx).get_seance(seance_id).status


def test_validation_freezes_a_snapshot_and_moves_the_seance(
    ctx: ServiceContext, seance: int, service: SignedMinutesService, engine: Engine
) -> None:
    live = MinutesService(ctx).minutes_content(seance)
    mutation = service.validate(seance)
    version = mutation.value
    assert (version.number, version.previous_id, version.status) == (1, None, VersionStatus.VALIDE)
    assert version.validated_by == "claire" and version.validated_at is not None
    assert len(version.snapshot_sha256) == 64 and version.signed_files == ()
    assert status_of(ctx, seance) is S.CR_VALIDE
    assert mutation.changes.entities() >= {"minutes_version", "seance"}
    frozen = service.frozen_content(version.id)
    assert frozen.agenda == live.agenda and frozen.new_actions == live.new_actions
    assert (frozen.status, frozen.status_label) == ("cr_valide", "Compte rendu validé")
    with engine.connect() as conn:
        events = conn.scalars(select(AuditEvent.operation).where(AuditEvent.entity_id > 0)).all()
    assert "validate" in events


def test_later_edits_do_not_change_the_validated_minutes(
    ctx: ServiceContext, seance: int, service: SignedMinutesService
) -> None:
    version = service.validate(seance).value
    with ctx.session_factory.begin() as s:
        s.execute(update(Action).values(title="Titre changé après validation"))
    assert MinutesService(ctx).minutes_content(seance).new_actions[0].title.startswith("Titre")
    frozen = service.frozen_content(version.id)
    assert frozen.new_actions[0].title == "Action HM-25-001"
    assert frozen.agenda[0].notes == "Les halls de la tour C sont nettoyés le lundi."


def test_edits_are_refused_after_validation(
    ctx: ServiceContext, seance: int, service: SignedMinutesService
) -> None:
    service.validate(seance)
    item = AgendaService(ctx).list_items(seance)[0]
    minutes = MinutesService(ctx)
    for attempt in (
        lambda: minutes.save_notes(item.id, item.version, "Réécriture"),
        lambda: minutes.add_decision(item.id, "Décision ajoutée après coup"),
        lambda: AgendaService(ctx).add_item(seance, AgendaItemData("Point ajouté")),
    ):
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert "validé" in caught.value.message
    detail = MeetingService(ctx).get_seance(seance)
    edit = SeanceEditData(detail.starts_at, detail.duration_minutes, "Autre lieu")
    with pytest.raises(ValidationError, match="erratum"):
        MeetingService(ctx).update_seance(seance, detail.version, edit)


def test_revalidation_is_refused_with_a_clear_message(
    ctx: ServiceContext, seance: int, service: SignedMinutesService, engine: Engine
) -> None:
    service.validate(seance)
    before = count(engine, MinutesVersion)
    with pytest.raises(ValidationError) as caught:
        service.validate(seance)
    assert caught.value.message == (
        "Le compte rendu de la séance COTECH-GUSP n° 1 du 12/06/2025 est déjà validé "
        "(version 1) : il ne peut plus être modifié ni revalidé. "
        "Une correction passe par un erratum."
    )
    assert count(engine, MinutesVersion) == before


@pytest.mark.parametrize("status", [S.PLANIFIEE, S.TENUE, S.ANNULEE])
def test_validation_needs_minutes_in_writing(
    ctx: ServiceContext, seance: int, service: SignedMinutesService, status: SeanceStatus
) -> None:
    force_status(ctx, seance, status)
    with pytest.raises(ValidationError, match="en rédaction ou en relecture"):
        service.validate(seance)
    assert service.versions(seance) == []


def test_minutes_validated_before_versions_existed_are_frozen_as_they_stand(
    ctx: ServiceContext, seance: int, service: SignedMinutesService
) -> None:
    force_status(ctx, seance, S.CR_VALIDE)
    version = service.validate(seance).value
    assert version.number == 1 and status_of(ctx, seance) is S.CR_VALIDE


def test_erratum_references_the_previous_version_and_reopens_writing(
    ctx: ServiceContext, seance: int, service: SignedMinutesService
) -> None:
    first = service.validate(seance).value
    erratum = service.create_erratum(seance, "  Décision mal retranscrite.  ").value
    assert (erratum.number, erratum.previous_id) == (2, first.id)
    assert erratum.status is VersionStatus.REDACTION
    assert erratum.erratum_reason == "Décision mal retranscrite."
    assert status_of(ctx, seance) is S.CR_REDACTION
    item = AgendaService(ctx).list_items(seance)[0]
    MinutesService(ctx).save_notes(item.id, item.version, "Les halls sont nettoyés chaque jour.")
    second = service.validate(seance).value
    assert (second.id, second.status) == (erratum.id, VersionStatus.VALIDE)
    assert service.frozen_content(second.id).agenda[0].notes.endswith("chaque jour.")
    assert service.frozen_content(first.id).agenda[0].notes.endswith("le lundi.")
    assert [v.number for v in service.versions(seance)] == [1, 2]
    assert service.versions(seance)[0].snapshot_sha256 == first.snapshot_sha256


def test_erratum_rules(ctx: ServiceContext, seance: int, service: SignedMinutesService) -> None:
    with pytest.raises(ValidationError, match="sans erratum"):
        service.create_erratum(seance, "Trop tôt")
    service.validate(seance)
    with pytest.raises(ValidationError, match="motif de l'erratum"):
        service.create_erratum(seance, "   ")
    service.create_erratum(seance, "Coquille")
    with pytest.raises(ValidationError, match="déjà en cours de rédaction"):
        service.create_erratum(seance, "Encore une")
    with pytest.raises(Exception, match="pas encore validée"):
        service.frozen_content(service.versions(seance)[-1].id)


def test_a_snapshot_altered_in_the_database_is_detected(
    ctx: ServiceContext, seance: int, service: SignedMinutesService
) -> None:
    version = service.validate(seance).value
    with ctx.session_factory.begin() as s:
        row = s.get(MinutesVersion, version.id)
        assert row is not None
        row.snapshot = row.snapshot.replace("le lundi", "le mardi")
    with pytest.raises(SnapshotError, match="altérée"):
        service.frozen_content(version.id)


def test_readers_cannot_validate(
    engine: Engine, seance: int, tmp_path: Path, ctx: ServiceContext
) -> None:
    reader = signed_minutes_service(make_context(engine, UserRole.LECTEUR, "lea"), tmp_path)
    with pytest.raises(PermissionDeniedError):
        reader.validate(seance)
    with pytest.raises(PermissionDeniedError):
        reader.create_erratum(seance, "Non")
    with ctx.session_factory() as s:
        assert s.scalar(select(Seance.status).where(Seance.id == seance)) is S.CR_REDACTION
