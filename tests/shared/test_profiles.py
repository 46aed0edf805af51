"""Connection profiles and « Tester la connexion »: each failure gets its own diagnosis."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from gusp_desktop.bootstrap import Runtime
from gusp_desktop.db.engine import make_engine
from gusp_desktop.db.profiles import (
    UNVERIFIED_WARNING,
    ConnectionProfile,
    ProfileStore,
    Verdict,
    diagnose,
    resolve_password,
)
from gusp_desktop.domain.errors import DatabaseUnavailableError, NotFoundError, ValidationError
from tests.fixtures.databases import create_pg_database, drop_pg_database, pg_url
from tests.shared.private_server import PrivateServer

pytestmark = pytest.mark.postgres


def local(database: str, **overrides: object) -> ConnectionProfile:
    values: dict[str, object] = {
        "name": "equipe",
        "host": "127.0.0.1",
        "port": 5432,
        "database": database,
        "user": "postgres",
    }
    values.update(overrides)
    return ConnectionProfile(**values)  # type: ignore[arg-type]


def closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- the profiles file ---------------------------------------------------------------------------


def test_store_round_trip_never_writes_a_password(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "connexions.json")
    store.save(local("gusp", name=" equipe "))
    store.set_active("equipe")
    assert store.get("equipe").name == "equipe"
    assert store.active() == store.get("equipe")
    raw = (tmp_path / "connexions.json").read_text(encoding="utf-8")
    assert "password" not in raw and json.loads(raw)["active"] == "equipe"
    store.remove("equipe")
    assert store.active() is None and store.profiles() == []
    with pytest.raises(NotFoundError):
        store.get("equipe")


def test_sslmode_is_verify_full_with_a_ca_file_else_prefer_with_a_warning(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    verified = local("gusp", ca_file=str(ca)).validated()
    assert verified.sslmode == "verify-full" and verified.warning == ""
    assert verified.url().query["sslrootcert"] == str(ca)
    plain = local("gusp")
    assert plain.sslmode == "prefer" and plain.warning == UNVERIFIED_WARNING
    assert "sslmode=prefer" in plain.conninfo()


def test_invalid_profile_is_refused_field_by_field(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        ProfileStore(tmp_path / "p.json").save(
            ConnectionProfile("a b", "", "", "", port=0, ca_file=str(tmp_path / "absent.pem"))
        )
    assert set(caught.value.errors) == {"name", "host", "port", "database", "user", "ca_file"}


# -- diagnosis -----------------------------------------------------------------------------------


def test_unreachable_server(shared_db: str) -> None:
    result = diagnose(local(shared_db, port=closed_port()))
    assert result.verdict is Verdict.UNREACHABLE and not result.reached
    assert "injoignable" in result.message


def test_missing_database() -> None:
    result = diagnose(local("gusp_absente_xyz"))
    assert result.verdict is Verdict.DATABASE_MISSING
    assert "« gusp_absente_xyz » n'existe pas" in result.message


def test_unknown_user_is_an_authentication_failure(shared_db: str) -> None:
    result = diagnose(local(shared_db, user="personne_inconnue_xyz"))
    assert result.verdict is Verdict.AUTH_FAILED
    assert "Authentification refusée" in result.message


def test_wrong_password_on_a_password_protected_server(private_server: PrivateServer) -> None:
    profile = local(private_server.database, port=private_server.port, user=private_server.user)
    assert diagnose(profile, "mauvais").verdict is Verdict.AUTH_FAILED
    assert diagnose(profile, None).verdict is Verdict.PASSWORD_REQUIRED
    good = diagnose(profile, private_server.password)
    assert good.verdict is Verdict.SCHEMA_EMPTY and good.reached


def test_password_is_asked_when_needed(private_server: PrivateServer) -> None:
    profile = local(private_server.database, port=private_server.port, user=private_server.user)
    asked: list[str] = []

    def prompt(label: str) -> str | None:
        asked.append(label)
        return "mauvais" if len(asked) == 1 else private_server.password

    assert resolve_password(profile, None, prompt) == private_server.password
    assert len(asked) == 2 and "mot de passe" in asked[0].lower()
    assert resolve_password(profile, private_server.password, None) == private_server.password
    with pytest.raises(DatabaseUnavailableError, match="annulée"):
        resolve_password(profile, None, lambda _label: None)
    with pytest.raises(DatabaseUnavailableError, match="mot de passe"):
        resolve_password(profile, None, None)


def test_schema_states_are_told_apart(shared_db: str) -> None:
    assert diagnose(local(shared_db)).verdict is Verdict.OK
    engine = make_engine(pg_url(shared_db))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_futur'"))
    newer = diagnose(local(shared_db))
    assert newer.verdict is Verdict.SCHEMA_NEWER and "plus récent" in newer.message
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    assert diagnose(local(shared_db)).verdict is Verdict.SCHEMA_FOREIGN
    engine.dispose()
    empty = create_pg_database()
    try:
        result = diagnose(local(empty))
        assert result.verdict is Verdict.SCHEMA_EMPTY and "db upgrade" in result.message
    finally:
        drop_pg_database(empty)


def test_older_schema(shared_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Older = a revision this application knows that is not its head: pretend a newer head.
    from gusp_desktop.db import migrate

    monkeypatch.setattr(migrate, "head_revision", lambda: "0099_plus_tard")
    result = diagnose(local(shared_db))
    assert result.verdict is Verdict.SCHEMA_OLDER and "plus ancien" in result.message


# -- the runtime uses the active profile ---------------------------------------------------------


def test_runtime_uses_the_active_profile_and_its_login(shared_db: str, tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "connexions.json")
    store.save(local(shared_db))
    store.set_active("equipe")
    runtime = Runtime(None, profiles=store, password_prompt=None)
    try:
        assert runtime.is_shared and runtime.profile is not None
        user = runtime.context.user
        assert user.username == "postgres"  # the server's login, whatever GUSP_USER says
        assert user.role.value == "coordinateur"  # superuser without app_user row
    finally:
        runtime.close()
    by_name = Runtime("@equipe", profiles=store, password_prompt=None)
    assert by_name.url.database == shared_db


def test_runtime_refuses_a_newer_shared_schema(shared_db: str) -> None:
    with psycopg.connect(f"host=127.0.0.1 user=postgres dbname={shared_db}") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_futur'")
    runtime = Runtime(pg_url(shared_db))
    try:
        with pytest.raises(DatabaseUnavailableError, match="plus récent"):
            _ = runtime.context
    finally:
        runtime.close()
