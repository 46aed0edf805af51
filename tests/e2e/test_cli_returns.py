"""``import returns`` as a user types it, on both engines: a review that writes nothing, then
``--apply-all`` that writes only the changes without conflict."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tests.e2e.test_cli_core import suffix as short
from tests.e2e.test_cli_plan import cli, demo_db, history

__all__ = ["demo_db"]  # the fixture, shared with the plan's command-line tests


def _edit(source: Path, target: Path) -> None:
    book = load_workbook(source)
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    titles = {str(cell.value): cell.column for cell in sheet[1]}
    lines = {short(str(row[0].value)): row[0].row for row in sheet.iter_rows(min_row=2)}
    sheet.cell(row=lines["HM-010"], column=titles["%"], value=85)
    sheet.cell(row=lines["HM-010"], column=titles["Commentaire"], value="Réparé.")
    sheet.cell(row=lines["HM-013"], column=titles["Pilote"], value="Quelqu'un d'autre")
    sheet.cell(row=lines["HM-013"], column=titles["%"], value=90)
    sheet.cell(row=lines["HM-018"], column=titles["%"], value=250)
    book.save(target)


def test_review_then_apply_all(demo_db: tuple[Path, str | None], tmp_path: Path) -> None:
    exported = tmp_path / "plan-MH.xlsx"
    done = cli(demo_db, "export", "actions", "--organisation", "MH", "-o", str(exported))
    assert done.returncode == 0, done.stderr
    returned = tmp_path / "retour-MH.xlsx"
    _edit(exported, returned)
    listed = cli(demo_db, "actions", "list", "--organisation", "MH", "--format", "json")
    numbers = {short(row["number"]): row["number"] for row in json.loads(listed.stdout)}
    before = len(history(demo_db, numbers["HM-010"]))
    untouched = len(history(demo_db, numbers["HM-013"]))
    for mode in ((), ("--dry-run",)):
        review = cli(demo_db, "import", "returns", str(returned), *mode, "--format", "json")
        assert review.returncode == 0, review.stderr
        assert "rien n'a été écrit" in review.stderr
        rows = {short(row["action_number"]): row for row in json.loads(review.stdout)}
        assert rows["HM-010"]["status"] == "ok"
        assert {(c["field"], c["new"]) for c in rows["HM-010"]["changes"]} == {
            ("progress", "85 %"),
            ("comment", "Réparé."),
        }
        assert rows["HM-013"]["status"] == "locked_cell_changed"
        assert "Pilote" in rows["HM-013"]["message"]
        assert rows["HM-018"]["status"] == "invalid"
        assert all(
            set(row) >= {"action_number", "changes", "status", "message"} for row in rows.values()
        )
        assert len(history(demo_db, numbers["HM-010"])) == before
    applied = cli(
        demo_db,
        "import",
        "returns",
        str(returned),
        "--apply-all",
        "--sender",
        "Inès Taleb",
        "--format",
        "json",
    )
    assert applied.returncode == 0, applied.stderr
    rows = {short(row["action_number"]): row for row in json.loads(applied.stdout)}
    assert rows["HM-010"]["applied"] and not rows["HM-013"]["applied"]
    assert len(history(demo_db, numbers["HM-013"])) == untouched
    entries = history(demo_db, numbers["HM-010"])
    assert len(entries) > before
    assert any("Inès Taleb" in str(entry.get("author")) for entry in entries[before:]), entries
    refused = cli(demo_db, "import", "returns", str(tmp_path / "absent.xlsx"))
    assert refused.returncode == 1 and "absent.xlsx" in refused.stderr
