"""Relances on both engines: who is asked about what, restricted actions left out, the log.

The demo is loaded with the clock on its « today » (15/06/2025). Expected rows are read back
with plain SQL, never from the service under test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, bindparam, text

from gusp_desktop.domain.errors import PermissionDeniedError, ValidationError
from gusp_desktop.domain.relances import RelanceMode, RelanceTemplates
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.registry import Services
from tests.fixtures.databases import make_context, make_services
from tests.fixtures.demo import FreshDemo

CANARY = "Suivi en cellule de veille (hors plan public)"


@pytest.fixture
def demo(ctx: ServiceContext, engine: Engine, tmp_path: Path, fresh_demo: FreshDemo) -> Services:
    fresh_demo(engine)
    return make_services(engine, tmp_path / "data", ctx)


def _open_visible_numbers(engine: Engine) -> set[str]:
    """Open actions partners may see: not marked, not born in a restricted instance."""
    query = text(
        "SELECT a.number FROM action a "
        "LEFT JOIN seance s ON s.id = a.origin_seance_id "
        "LEFT JOIN instance i ON i.id = s.instance_id "
        "WHERE a.status NOT IN ('realisee', 'abandonnee') AND NOT a.restricted "
        "AND (i.id IS NULL OR NOT i.restricted)"
    )
    with engine.connect() as conn:
        return set(conn.scalars(query))


def _canary_number(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.scalar(text("SELECT number FROM action WHERE title = :t"), {"t": CANARY}))


def _next_inter_quartiers(services: Services) -> int:
    return next(s.id for s in services.relances.coming_seances() if "inter-quartiers" in s.label)


def test_batch_covers_open_actions_without_the_cellule_de_veille(
    demo: Services, engine: Engine
) -> None:
    batch = demo.relances.batch(_next_inter_quartiers(demo))
    listed = [a.number for r in batch.recipients for a in r.actions]
    assert len(listed) == len(set(listed)), "an action is in one message only"
    assert set(listed) == _open_visible_numbers(engine)
    assert _canary_number(engine) not in listed
    assert batch.skipped_restricted >= 1
    with engine.connect() as conn:
        for recipient in batch.recipients:
            pilots = set(
                conn.execute(
                    text(
                        "SELECT o.code, coalesce(c.email, '') FROM action a "
                        "JOIN organisation o ON o.id = a.pilot_organisation_id "
                        "LEFT JOIN contact c ON c.id = a.pilot_contact_id "
                        "WHERE a.number IN :numbers"
                    ).bindparams(bindparam("numbers", expanding=True)),
                    {"numbers": [a.number for a in recipient.actions]},
                )
            )
            assert {code for code, _ in pilots} == {recipient.organisation_code}
            assert {email for _, email in pilots} <= {recipient.email, ""}
            overdue = [a.overdue for a in recipient.actions]
            assert overdue == sorted(overdue, reverse=True), "overdue actions come first"


def test_restricted_by_hand_and_past_dates(demo: Services, engine: Engine) -> None:
    seance = _next_inter_quartiers(demo)
    first = demo.relances.batch(seance).recipients[0].actions[0]
    with engine.begin() as conn:
        conn.execute(text("UPDATE action SET restricted = true WHERE id = :i"), {"i": first.id})
    again = [a.id for r in demo.relances.batch(seance).recipients for a in r.actions]
    assert first.id not in again
    with pytest.raises(ValidationError, match="passé"):
        demo.relances.batch(on=dt.date(2025, 6, 1))
    with pytest.raises(ValidationError):
        demo.relances.batch()


def test_record_logs_and_writes_history(demo: Services, engine: Engine) -> None:
    batch = demo.relances.batch(_next_inter_quartiers(demo), organisations=["MH"])
    recipient = batch.recipients[0]
    relance_id = demo.relances.record(
        batch, recipient, mode=RelanceMode.ENVOI, subject="Relance", message_id="<x@y>"
    )
    assert demo.relances.sent_keys(batch) == {recipient.key}
    records = demo.relances.records(action_id=recipient.actions[0].id)
    assert [r.id for r in records] == [relance_id]
    assert records[0].email == recipient.email and records[0].author == "claire"
    history = demo.actions.history(recipient.actions[0].id)
    assert history[-1].field == "relance" and recipient.email in history[-1].new_value
    with engine.connect() as conn:
        linked = conn.scalar(
            text("SELECT count(*) FROM relance_action WHERE relance_id = :r"), {"r": relance_id}
        )
        events = set(
            conn.execute(text("SELECT entity, operation FROM audit_event WHERE author = 'claire'"))
        )
    assert linked == len(recipient.actions)
    assert ("relance", "create") in events
    assert not {op for _, op in events if op.startswith("sql_")}, "the server added nothing"


def test_reader_may_not_log_and_templates_are_checked(
    demo: Services, engine: Engine, tmp_path: Path
) -> None:
    from gusp_desktop.domain.enums import UserRole

    reader = make_services(engine, Path("unused"), make_context(engine, UserRole.LECTEUR, "bob"))
    batch = reader.relances.batch(_next_inter_quartiers(demo), organisations=["LA"])
    with pytest.raises(PermissionDeniedError):
        reader.relances.record(
            batch, batch.recipients[0], mode=RelanceMode.ENVOI, subject="x", message_id="y"
        )
    folder = tmp_path / "brouillons-lecteur"
    folder.mkdir()
    with pytest.raises(PermissionDeniedError):
        reader.relance_delivery.write_drafts(batch, folder)
    assert list(folder.iterdir()) == []
    with pytest.raises(ValidationError, match=r"\$inconnue"):
        demo.relances.save_templates(RelanceTemplates(subject="Objet $inconnue", body="Texte"))
    with pytest.raises(ValidationError, match=r"\$\$"):
        demo.relances.save_templates(RelanceTemplates(subject="Objet", body="Coût : 5 $"))
    saved = demo.relances.save_templates(RelanceTemplates("Avant le $date_seance", "Bonjour"))
    subject, body = demo.relances.wording(batch, batch.recipients[0])
    assert saved.subject == "Avant le $date_seance"
    assert subject.startswith("Avant le ") and "2025" in subject and body == "Bonjour"


def test_anonymising_a_contact_replaces_them_in_the_relances_log(
    demo: Services, engine: Engine
) -> None:
    batch = demo.relances.batch(_next_inter_quartiers(demo), organisations=["LA"])
    recipient = next(r for r in batch.recipients if r.contact_id is not None)
    demo.relances.record(
        batch, recipient, mode=RelanceMode.BROUILLON, subject="Relance", message_id="<a@b>"
    )
    assert recipient.contact_id is not None
    report = demo.personal_data.contacts.anonymise(recipient.contact_id).value
    kept = [row for row in report.unchanged_mentions if row.table == "action_update"]
    assert any("relance" in str(row.values).lower() for row in kept), (
        "the relance lines of the history, never rewritten, are listed in the report"
    )
    with engine.connect() as conn:
        name, address = conn.execute(
            text("SELECT contact_name, email FROM relance WHERE contact_id = :c"),
            {"c": recipient.contact_id},
        ).one()
    assert recipient.contact_name not in name and address == ""
    assert name.startswith("Personne anonymisée")
