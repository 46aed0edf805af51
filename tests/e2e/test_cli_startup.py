"""What a command loads: only its own services, and no Alembic on a database already at head.

The two lists read the Core tables through a connection: neither maps the ORM model
(``db.models``), nor loads the search index's machinery that mapping installs, nor imports
the ORM at all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Run the command in the interpreter, then write the names of the loaded modules to a file.
LIST_AND_REPORT = """
import json, sys
from gusp_desktop.main import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(sorted(sys.modules), out)
sys.exit(code)
"""


def _modules(tmp_path: Path, *args: str) -> set[str]:
    env = dict(os.environ, GUSP_DATA_DIR=str(tmp_path / "data"), GUSP_USER="claire")
    env.pop("GUSP_DB_URL", None)
    report = tmp_path / "modules.json"
    db = ["--db", str(tmp_path / "base.sqlite3")]
    result = subprocess.run(
        [sys.executable, "-c", LIST_AND_REPORT, str(report), *db, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(report.read_text(encoding="utf-8")))


NO_MODEL = {"gusp_desktop.db.models", "gusp_desktop.db.search.sync", "sqlalchemy.orm"}


def test_listing_the_plan_loads_its_list_only_and_no_alembic_nor_model(tmp_path: Path) -> None:
    created = _modules(tmp_path, "db", "upgrade")
    assert "alembic" in created  # creating the schema runs the migrations
    assert "gusp_desktop.db.models" in created
    loaded = _modules(tmp_path, "actions", "list", "--format", "json")
    assert {"gusp_desktop.services.lists", "gusp_desktop.db.tables"} <= loaded
    unwanted = NO_MODEL | {
        "alembic",  # the stored revision is compared with the head read from the files
        "gusp_desktop.services.actions.service",  # the plan's editing service
        "gusp_desktop.services.exports",
        "gusp_desktop.services.meetings",
        "gusp_desktop.services.field_work",
        "gusp_desktop.services.atfpb",
        "gusp_desktop.services.relances",
        "gusp_desktop.documents.builders",
        "gusp_desktop.domain.field_work",
        "gusp_desktop.domain.signalements",
        "PIL",
    }
    assert unwanted & loaded == set()


def test_listing_seances_leaves_the_atfpb_and_plan_commands_and_the_model_out(
    tmp_path: Path,
) -> None:
    _modules(tmp_path, "db", "upgrade")
    loaded = _modules(tmp_path, "meetings", "list")
    assert "gusp_desktop.services.seance_lists" in loaded
    unwanted = NO_MODEL | {
        "gusp_desktop.services.meetings",  # the séances' editing service
        "gusp_desktop.services.atfpb",
        "gusp_desktop.cli.action_commands",
        "alembic",
    }
    assert unwanted & loaded == set()
