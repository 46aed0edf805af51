"""Upgrading a database written before the séance lifecycle keeps every séance consistent."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import Engine, text

from gusp_desktop.db import migrate
from gusp_desktop.db.engine import make_engine
from tests.fixtures.databases import create_pg_database, drop_pg_database, pg_url

STAMP = "'2025-01-02 08:00:00', '2025-01-03 08:00:00', 'x', 'x'"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def old_engine(request: pytest.FixtureRequest, tmp_path) -> Iterator[Engine]:
    """A database at the first revision, holding two years of séances of one instance."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / f'{uuid.uuid4().hex}.sqlite3'}")
        name = None
    else:
        name = create_pg_database()
        engine = make_engine(pg_url(name))
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001_initial")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organisation (id, code, name, type, address, active, version, "
                f"created_at, updated_at, created_by, updated_by) VALUES "
                f"(1, 'CAMA', 'Agglo', 'epci', '', true, 1, {STAMP})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO contact (id, organisation_id, first_name, last_name, function, "
                "email, phone, active, version, created_at, updated_at, created_by, updated_by) "
                f"VALUES (1, 1, 'Claire', 'Demarquette', '', '', '', true, 1, {STAMP})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO instance (id, code, name, type, periodicity, confidential, "
                "default_place, default_duration_minutes, version, created_at, updated_at, "
                f"created_by, updated_by) VALUES (1, 'COTECH', 'Cotech', 'cotech', '', false, "
                f"'', 120, 1, {STAMP})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO membership (id, instance_id, contact_id, role, kind, version, "
                f"created_at, updated_at, created_by, updated_by) VALUES "
                f"(1, 1, 1, 'secretaire', 'titulaire', 1, {STAMP})"
            )
        )
        # 31/12/2024 23:30 UTC is already 2025 in Paris.
        for seance_id, number, starts, status in (
            (1, 1, "2024-11-05 08:30:00", "cr_valide"),
            (2, 2, "2024-12-31 23:30:00", "convoquee"),
            (3, 3, "2025-02-10 08:30:00", "planifiee"),
        ):
            conn.execute(
                text(
                    "INSERT INTO seance (id, instance_id, number, starts_at, duration_minutes, "
                    "place, status, summary, next_meeting_note, version, created_at, "
                    f"updated_at, created_by, updated_by) VALUES ({seance_id}, 1, {number}, "
                    f"'{starts}', 120, '', '{status}', '', '', 1, {STAMP})"
                )
            )
        conn.execute(
            text(
                "INSERT INTO attendance (id, seance_id, contact_id, invited, version, "
                f"created_at, updated_at, created_by, updated_by) VALUES "
                f"(1, 2, 1, true, 1, {STAMP})"
            )
        )
    yield engine
    engine.dispose()
    if name is not None:
        drop_pg_database(name)


def test_upgrade_numbers_by_year_dates_convocations_and_seats(old_engine: Engine) -> None:
    migrate.upgrade(old_engine)
    assert migrate.current_revision(old_engine) == migrate.head_revision()
    with old_engine.connect() as conn:
        seances = conn.execute(
            text("SELECT id, number_year, convened_at, ics_sequence FROM seance ORDER BY id")
        ).all()
        seat = conn.execute(text("SELECT member_role, member_kind FROM attendance")).one()
    assert [(row[0], row[1]) for row in seances] == [(1, 2024), (2, 2025), (3, 2025)]
    convened = [row[2] for row in seances]
    assert convened[0] is None and convened[2] is None
    assert str(convened[1]).startswith("2025-01-03")
    assert {row[3] for row in seances} == {0}
    assert tuple(seat) == ("secretaire", "titulaire")
