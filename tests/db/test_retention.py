"""Retention of minutes notes: defaults, configuration, dry run, purge and anonymisation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine, select, text

from gusp_desktop.db.models import (
    AgendaItem,
    AuditEvent,
    Decision,
    Instance,
    MinutesVersion,
    Seance,
    SignedFile,
)
from gusp_desktop.domain.enums import InstanceType, UserRole
from gusp_desktop.domain.errors import PermissionDeniedError, ValidationError
from gusp_desktop.domain.retention import RetentionMethod, RetentionRuleData
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.personal_data.retention import RetentionService
from tests.fixtures.databases import make_context

NOTES = "Situation de ⟪Mme Zerbib, 12 rue des Lilas⟫ évoquée ; relogement en cours."
DECISION = "Orienter ⟪Mme Zerbib⟫ vers le CCAS."


@dataclass(frozen=True)
class Seances:
    old_cellule: int
    recent_cellule: int
    old_cotech: int


def _seance(session: object, instance: Instance, when: dt.datetime, number: int) -> int:
    seance = Seance(
        instance_id=instance.id, number=number, starts_at=when, summary=f"Faits : {NOTES}"
    )
    session.add(seance)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    item = AgendaItem(seance_id=seance.id, position=1, title="Situations", notes=NOTES)
    session.add(item)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    session.add(Decision(agenda_item_id=item.id, position=1, text=DECISION))  # type: ignore[attr-defined]
    return int(seance.id)


@pytest.fixture
def seances(ctx: ServiceContext) -> Seances:
    with ctx.session_factory.begin() as session:
        cellule = Instance(
            code="CV-HM", name="Cellule de veille", type=InstanceType.CELLULE_VEILLE,
            restricted=True,
        )  # fmt: skip
        cotech = Instance(code="CT", name="COTECH", type=InstanceType.COTECH)
        session.add_all([cellule, cotech])
        session.flush()
        six_years = dt.datetime(2019, 3, 5, 9, tzinfo=dt.UTC)  # today is 15/06/2025
        ids = Seances(
            _seance(session, cellule, six_years, 1),
            _seance(session, cellule, dt.datetime(2024, 3, 5, 9, tzinfo=dt.UTC), 1),
            _seance(session, cotech, six_years, 1),
        )
        version = MinutesVersion(
            seance_id=ids.old_cellule, number=1, status="signe", snapshot=f'{{"n": "{NOTES}"}}',
            snapshot_sha256="0" * 64,
        )  # fmt: skip
        session.add(version)
        session.flush()
        session.add(
            SignedFile(
                minutes_version_id=version.id, sha256="a" * 64, signer_name="Pierre Martin",
                signer_role="president", signature_count=2, signed_by="pierre",
            )
        )  # fmt: skip
    return ids


def texts(engine: Engine, seance_id: int) -> tuple[str, str, str]:
    with engine.connect() as conn:
        summary = conn.scalar(select(Seance.summary).where(Seance.id == seance_id))
        notes = conn.scalar(select(AgendaItem.notes).where(AgendaItem.seance_id == seance_id))
        decision = conn.scalar(
            select(Decision.text)
            .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
            .where(AgendaItem.seance_id == seance_id)
        )
    return str(summary), str(notes), str(decision)


def test_the_default_rule_anonymises_old_cellule_notes_after_a_dry_run(
    ctx: ServiceContext, engine: Engine, seances: Seances
) -> None:
    service = RetentionService(ctx)
    assert service.rules() == [
        RetentionRuleData(InstanceType.CELLULE_VEILLE, 5, RetentionMethod.ANONYMISE)
    ]
    untouched = texts(engine, seances.old_cellule)
    dry = service.run(dry_run=True)
    assert dry.dry_run and [i.seance_id for i in dry.items] == [seances.old_cellule]
    assert dry.items[0].points == 1
    assert dry.items[0].signed_versions == ("version 1 (2 signature(s))",)
    assert texts(engine, seances.old_cellule) == untouched  # nothing written

    done = service.run(dry_run=False)
    assert done.to_json()["seances"] == dry.to_json()["seances"]
    summary, notes, decision = texts(engine, seances.old_cellule)
    assert "Zerbib" not in summary + notes + decision
    assert notes == "Situation de [occulté] évoquée ; relogement en cours."
    assert decision == "Orienter [occulté] vers le CCAS."
    assert texts(engine, seances.recent_cellule) == untouched  # not old enough
    assert texts(engine, seances.old_cotech) == untouched  # no rule for COTECH
    with engine.connect() as conn:
        snapshot = conn.scalar(select(MinutesVersion.snapshot))
        events = conn.execute(
            select(AuditEvent.entity, AuditEvent.after).where(AuditEvent.operation == "retention")
        ).all()
    assert "Zerbib" in str(snapshot)  # frozen minutes are never rewritten: listed instead
    assert {e for e, _ in events} == {"seance", "agenda_item", "decision"}
    assert not any("Zerbib" in after for _, after in events)
    assert service.run(dry_run=True).items == ()  # already done


def test_rules_are_configurable_purge_and_keep(
    ctx: ServiceContext, engine: Engine, seances: Seances
) -> None:
    service = RetentionService(ctx)
    service.set_rule(InstanceType.CELLULE_VEILLE, 1, RetentionMethod.PURGE)
    service.set_rule(InstanceType.COTECH, 10, RetentionMethod.ANONYMISE)
    report = service.run(dry_run=False)
    assert {i.seance_id for i in report.items} == {seances.old_cellule, seances.recent_cellule}
    summary, notes, decision = texts(engine, seances.recent_cellule)
    mention = "[Notes supprimées le 15/06/2025 : durée de conservation de 1 an]"
    assert summary == notes == mention
    assert decision == "Orienter [occulté] vers le CCAS."  # decisions are kept, anonymised
    service.set_rule(InstanceType.CELLULE_VEILLE, 1, RetentionMethod.KEEP)
    assert [(r.instance_type, r.method) for r in service.rules()] == [
        (InstanceType.COTECH, RetentionMethod.ANONYMISE),
        (InstanceType.CELLULE_VEILLE, RetentionMethod.KEEP),
    ]
    assert service.run(dry_run=True).items == ()  # kept; the COTECH séance is 6 years old
    with pytest.raises(ValidationError):
        service.set_rule(InstanceType.COPIL, 0, RetentionMethod.PURGE)
    lecteur = RetentionService(make_context(engine, UserRole.LECTEUR, "lea"))
    assert lecteur.run(dry_run=True).dry_run  # anyone may look
    with pytest.raises(PermissionDeniedError):
        lecteur.run(dry_run=False)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM retention_rule")).scalar_one() == 2
