"""Who reported a signalement is closed to lecteurs by the server itself, and a raw change to a
signalement table is audited by the server."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import Engine, select

from gusp_desktop.db.models import AuditEvent
from gusp_desktop.domain.enums import UserRole
from tests.shared.conftest import Roles
from tests.shared.test_roles import grant, raw

pytestmark = pytest.mark.postgres


def test_reporters_are_closed_to_lecteurs_and_raw_writes_are_audited(
    admin_engine: Engine, roles: Roles
) -> None:
    reader = grant(admin_engine, roles, "lea", UserRole.LECTEUR)
    editor = grant(admin_engine, roles, "sam", UserRole.SECRETAIRE)
    with raw(roles, reader) as conn:
        assert conn.execute("SELECT count(*) FROM signalement").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT name FROM signalement_reporter")
    with raw(roles, editor) as conn:
        assert conn.execute("SELECT count(*) FROM signalement_reporter").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # coordinators configure
            conn.execute(
                "INSERT INTO signalement_category (code, label, theme, delay_days, active,"
                " version, created_at, updated_at, created_by, updated_by)"
                " VALUES ('X', 'X', 'proprete', 3, true, 1, now(), now(), '', '')"
            )
    with admin_engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO signalement_category (code, label, theme, delay_days, active, version,"
            " created_at, updated_at, created_by, updated_by)"
            " VALUES ('ENC', 'Encombrants', 'proprete', 7, true, 1, now(), now(), '', '')"
        )
    with admin_engine.connect() as conn:
        events = conn.execute(
            select(AuditEvent.operation).where(AuditEvent.entity == "signalement_category")
        ).all()
    assert [e.operation for e in events] == ["sql_insert"]


def test_signalement_photos_are_read_by_all_written_by_editors_and_audited(
    admin_engine: Engine, roles: Roles
) -> None:
    reader = grant(admin_engine, roles, "lou", UserRole.LECTEUR)
    editor = grant(admin_engine, roles, "max", UserRole.SECRETAIRE)
    with raw(roles, reader) as conn:
        assert conn.execute("SELECT count(*) FROM signalement_photo_data").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM signalement_photo")
    with raw(roles, editor) as conn:
        conn.execute("DELETE FROM signalement_photo_data")
        conn.execute("DELETE FROM signalement_photo")
    tracked = "1, now(), now(), '', ''"
    columns = "version, created_at, updated_at, created_by, updated_by"
    with admin_engine.begin() as conn:
        for statement in (
            f"INSERT INTO quartier (id, code, name, communes, npnru, description, {columns})"
            f" VALUES (90, 'ZZ', 'Z', '', false, '', {tracked})",
            f"INSERT INTO signalement_category (id, code, label, theme, delay_days, active,"
            f" {columns}) VALUES (90, 'ENC', 'Encombrants', 'proprete', 7, true, {tracked})",
            "INSERT INTO signalement (id, source, received_at, channel, category_id, quartier_id,"
            " address, description, status, status_reason, due_date,"
            f" {columns}) VALUES (90, 'saisie', now(), 'telephone', 90, 90, '', '', 'recu', '',"
            f" current_date, {tracked})",
            "INSERT INTO signalement_photo (id, signalement_id, filename, sha256, width, height,"
            f" byte_size, {columns}) VALUES (90, 90, 'a.jpg', 'x', 1, 1, 1, {tracked})",
        ):
            conn.exec_driver_sql(statement)
    with admin_engine.connect() as conn:
        events = conn.execute(
            select(AuditEvent.operation).where(AuditEvent.entity == "signalement_photo")
        ).all()
    assert [e.operation for e in events] == ["sql_insert"]
