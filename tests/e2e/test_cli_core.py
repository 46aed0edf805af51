"""The command line end to end, as a user types it, on a fresh data directory."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.databases import create_pg_database, drop_pg_database, pg_url

# DOMAIN.md §5: the EC actions past due on the demo's "today".
OVERDUE_SUFFIXES = {"HM-002", "HM-005", "HM-010", "HM-015", "HM-018", "CO-009", "PR-029"}


def run(tmp_path: Path, *args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, GUSP_DATA_DIR=str(tmp_path / "data"), GUSP_USER="claire")
    env.pop("GUSP_DB_URL", None)
    command = [sys.executable, "-m", "gusp_desktop"] + (["--db", db] if db else []) + list(args)
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def suffix(number: str) -> str:
    quartier, _year, sequence = number.split("-")
    return f"{quartier}-{sequence}"


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    result = run(tmp_path, "demo")
    assert result.returncode == 0, result.stderr
    assert "60 actions" in result.stdout
    return tmp_path


def test_fresh_start_creates_the_default_database(tmp_path: Path) -> None:
    assert "base vide" in run(tmp_path, "db", "current").stdout
    assert run(tmp_path, "actions", "list").returncode == 0
    result = run(tmp_path, "db", "current")
    assert result.returncode == 0, result.stderr
    assert "(à jour)" in result.stdout
    assert (tmp_path / "data" / "gusp.sqlite3").exists()


def test_overdue_actions_as_csv(demo_dir: Path) -> None:
    result = run(demo_dir, "actions", "list", "--overdue", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter=";"))
    assert {suffix(r["N°"]) for r in rows} == OVERDUE_SUFFIXES
    assert all(r["En retard"] == "oui" for r in rows)


def test_actions_json_fields(demo_dir: Path) -> None:
    result = run(demo_dir, "actions", "list", "--organisation", "MH", "--format", "json")
    records = json.loads(result.stdout)
    assert records and all(
        {"number", "title", "status", "deadline", "pilot_organisation", "quartier", "overdue"}
        <= set(r)
        for r in records
    )
    assert all(r["pilot_organisation"] == "MH" or "MH" in r["partners"] for r in records)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["deadline"]) for r in records if r["deadline"])


def test_update_records_history_and_refuses_forbidden_transition(demo_dir: Path) -> None:
    listing = json.loads(run(demo_dir, "actions", "list", "--format", "json").stdout)
    number = next(r["number"] for r in listing if suffix(r["number"]) == "HM-002")
    done = run(
        demo_dir, "actions", "update", number, "--status", "réalisée", "--comment", "Bornes posées"
    )
    assert done.returncode == 0, done.stderr
    history = json.loads(run(demo_dir, "actions", "history", number, "--format", "json").stdout)
    assert history[-1]["status"] == "realisee"
    assert history[-1]["comment"] == "Bornes posées" and history[-1]["author"] == "claire"
    refused = run(demo_dir, "actions", "update", number, "--status", "abandonnee")
    assert refused.returncode == 1
    assert "ne peut pas passer" in refused.stderr and "Traceback" not in refused.stderr
    after = json.loads(run(demo_dir, "actions", "history", number, "--format", "json").stdout)
    assert after == history


def test_deadline_before_creation_is_refused(demo_dir: Path) -> None:
    listing = json.loads(run(demo_dir, "actions", "list", "--format", "json").stdout)
    number = listing[0]["number"]
    result = run(demo_dir, "actions", "update", number, "--deadline", "2000-01-01")
    assert result.returncode == 1 and "ne peut pas précéder" in result.stderr


def test_demo_refuses_a_non_empty_database(demo_dir: Path) -> None:
    result = run(demo_dir, "demo")
    assert result.returncode == 1 and "n'est pas vide" in result.stderr
    # The list is for a wider audience: the cellule de veille's action is only listed on a
    # member's (here the coordinator's) request.
    assert len(json.loads(run(demo_dir, "actions", "list", "--format", "json").stdout)) == 59
    listed = run(demo_dir, "actions", "list", "--format", "json", "--include-restricted")
    assert len(json.loads(listed.stdout)) == 60 and "Diffusion restreinte" in listed.stderr


def test_meetings_json(demo_dir: Path) -> None:
    records = json.loads(run(demo_dir, "meetings", "list", "--format", "json").stdout)
    assert {"id", "instance", "date", "status"} <= set(records[0])
    # Like the plan, the list leaves the cellule de veille out unless a member asks for it.
    listed = run(demo_dir, "meetings", "list", "--format", "json", "--include-restricted")
    everything = json.loads(listed.stdout)
    assert len(everything) == 19 and "Diffusion restreinte" in listed.stderr
    restricted = [r for r in everything if r["diffusion"] == "restreinte"]
    assert restricted and {r["instance"] for r in restricted} == {"CV-HM"}
    assert len(records) == len(everything) - len(restricted)


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("Ceci n'est pas une base.\n" * 200, encoding="utf-8")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    result = run(tmp_path, "actions", "list", db=str(target))
    assert result.returncode == 1
    assert "n'est pas une base" in result.stderr and "Traceback" not in result.stderr
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "future.sqlite3"
    assert run(tmp_path, "db", "upgrade", db=str(db)).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    result = run(tmp_path, "demo", db=str(db))
    assert result.returncode == 1 and "plus récente" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM quartier").fetchone() == (0,)


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run(tmp_path, "actions", "list", "--status", "fini").returncode == 2
    assert run(tmp_path, "nimporte").returncode == 2


def test_version(tmp_path: Path) -> None:
    result = run(tmp_path, "--version")
    assert result.returncode == 0 and result.stdout.startswith("GUSP Desktop ")


@pytest.mark.postgres
def test_shared_server_upgrade_demo_and_list(tmp_path: Path) -> None:
    name = create_pg_database()
    try:
        url = pg_url(name)
        refused = run(tmp_path, "demo", db=url)
        assert refused.returncode == 1 and "db upgrade" in refused.stderr
        assert run(tmp_path, "db", "upgrade", db=url).returncode == 0
        assert run(tmp_path, "demo", db=url).returncode == 0
        result = run(tmp_path, "actions", "list", "--overdue", "--format", "json", db=url)
        assert {suffix(r["number"]) for r in json.loads(result.stdout)} == OVERDUE_SUFFIXES
    finally:
        drop_pg_database(name)


def test_help_and_usage_errors_speak_french(tmp_path: Path) -> None:
    help_text = run(tmp_path, "--help").stdout
    assert "utilisation :" in help_text and "affiche cette aide et quitte" in help_text
    assert "show this help" not in help_text
    missing = run(tmp_path, "actions")
    assert missing.returncode == 2
    assert "arguments obligatoires manquants" in missing.stderr
