"""The command line against the real server: schema, roles, profiles, refusal of a newer schema."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from gusp_desktop.db.engine import make_engine
from gusp_desktop.db.models import User
from gusp_desktop.domain.enums import UserRole
from tests.fixtures.databases import create_pg_database, drop_pg_database, pg_url
from tests.shared.conftest import Roles
from tests.shared.helpers import Seed

pytestmark = pytest.mark.postgres
CLI = str(Path(sys.executable).with_name("gusp-desktop"))


def run(
    *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    environment.pop("GUSP_DB_URL", None)
    return subprocess.run(
        [CLI, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**environment, **(env or {})},
    )


def test_upgrade_creates_the_schema_on_an_empty_server_database() -> None:
    name = create_pg_database()
    try:
        url = pg_url(name)
        assert "base vide" in run("--db", url, "db", "current").stdout
        upgraded = run("--db", url, "db", "upgrade")
        assert upgraded.returncode == 0 and "mis à jour" in upgraded.stdout
        assert "(à jour)" in run("--db", url, "db", "current").stdout
        assert "déjà à jour" in run("--db", url, "db", "upgrade").stdout
    finally:
        drop_pg_database(name)


def test_a_newer_schema_is_never_written(shared_db: str, seed: Seed) -> None:
    with psycopg.connect(f"host=127.0.0.1 user=postgres dbname={shared_db}") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_futur'")
    url = pg_url(shared_db)
    for command in (("actions", "list"), ("actions", "update", "HM-25-001", "--comment", "x")):
        result = run("--db", url, *command)
        assert result.returncode == 1 and "plus récent" in result.stderr
    assert run("--db", url, "db", "upgrade").returncode == 1


def test_grant_then_the_lecteur_cannot_write(shared_db: str, seed: Seed, roles: Roles) -> None:
    env = {"GUSP_ROLE_PREFIX": roles.prefix}
    login = roles.login("lea")
    url = pg_url(shared_db)
    granted = run("--db", url, "db", "grant", login, "lecteur", "--display-name", "Léa", env=env)
    assert granted.returncode == 0, granted.stderr
    assert f"« {login} » a le rôle lecteur" in granted.stdout
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.scalar(select(User.role).where(User.username == login)) is UserRole.LECTEUR
    engine.dispose()
    as_lea = roles.url(login)
    assert "HM-25-001" in run("--db", as_lea, "actions", "list").stdout
    refused = run("--db", as_lea, "actions", "update", "HM-25-001", "--comment", "non")
    assert refused.returncode == 1 and "Lecteur" in refused.stderr
    bad_role = run("--db", url, "db", "grant", login, "chef", env=env)
    assert bad_role.returncode == 2 and "rôle inconnu" in bad_role.stderr


def test_connect_profiles_from_the_command_line(shared_db: str, seed: Seed, tmp_path: Path) -> None:
    env = {"GUSP_CONFIG_DIR": str(tmp_path), "GUSP_DATA_DIR": str(tmp_path / "data")}
    added = run(
        "connect", "add", "equipe", "--host", "127.0.0.1", "--database", shared_db,
        "--user", "postgres", "--password-stdin", env=env, stdin="secret\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "non vérifiée" in added.stdout and "trousseau sécurisé" in added.stdout
    assert "secret" not in (tmp_path / "connexions.json").read_text(encoding="utf-8")
    tested = run("connect", "test", "equipe", env=env)
    assert tested.returncode == 0 and "Connexion réussie" in tested.stdout
    assert run("connect", "use", "equipe", env=env).returncode == 0
    assert "equipe" in run("connect", "list", env=env).stdout
    listed = run("actions", "list", env=env)  # no --db: the active profile
    assert listed.returncode == 0 and "HM-25-001" in listed.stdout
    run("connect", "add", "ailleurs", "--host", "127.0.0.1", "--port", "1", "--database", "x",
        "--user", "postgres", env=env)  # fmt: skip
    failed = run("connect", "test", "ailleurs", env=env)
    assert failed.returncode == 1 and "injoignable" in failed.stderr
    assert run("connect", "use", "--local", env=env).returncode == 0
    assert run("connect", "test", "absent", env=env).returncode == 1
