"""A partner's tableau de suivi goes out and comes back: Marve Habitat's plan on both engines.

The plan is exported through the service, edited from outside (openpyxl, LibreOffice, the csv
module) the way a partner would, then imported: each kind of damage is reported with its
status, nothing is written before acceptance, and what is accepted becomes follow-up points
authored by the partner and tied to the coming comité technique. Expected values come from
the services and DOMAIN.md, never from the code that writes or reads the files.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import Engine, func, select

from gusp_desktop.db.models import ActionUpdate, AuditEvent
from gusp_desktop.domain.actions import ActionQuery, StatusChange
from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.domain.errors import ConflictError
from gusp_desktop.domain.returns import ReturnDecision, ReturnReview
from gusp_desktop.services.registry import Services
from tests.fixtures.databases import make_services
from tests.fixtures.demo import FreshDemo
from tests.unit.documents.tools import require

MH = ActionQuery(involving_code="MH")
EDITABLE = ("État", "%", "Commentaire", "Nouvelle échéance proposée")


@dataclass
class Plan:
    services: Services
    path: Path
    numbers: list[str]


@pytest.fixture
def plan(engine: Engine, tmp_path: Path, fresh_demo: FreshDemo) -> Iterator[Plan]:
    fresh_demo(engine)
    services = make_services(engine, tmp_path / "data")
    path = services.exports.export_action_plan(MH, tmp_path / "plan-MH.xlsx", "xlsx")
    numbers = [row.number for row in services.actions.list_actions(MH)]
    yield Plan(services, path, numbers)


def _columns(sheet: Worksheet) -> dict[str, int]:
    return {str(cell.value): cell.column for cell in sheet[1] if cell.value}


def _line(sheet: Worksheet, number: str) -> int:
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == number:
            return int(row[0].row)
    raise AssertionError(number)


def _set(sheet: Worksheet, number: str, title: str, value: object) -> None:
    sheet.cell(row=_line(sheet, number), column=_columns(sheet)[title], value=value)


def _history_count(services: Services) -> int:
    with services.context.read() as session:
        return int(session.scalar(select(func.count()).select_from(ActionUpdate)) or 0)


def _by_number(review: ReturnReview) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in review.rows:
        found.setdefault(row.action_number, []).append(row.status)
    return found


def _soffice_roundtrip(source: Path, folder: Path) -> Path:
    """Open and save ``source`` with LibreOffice (headless), as a partner using it would."""
    soffice = require("soffice") if shutil.which("soffice") else require("libreoffice")
    folder.mkdir()
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file:///tmp/lo-returns-{os.getpid()}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    converted = folder / source.name
    assert done.returncode == 0 and converted.is_file(), (done.stdout, done.stderr)
    return converted


def test_the_export_reads_back_protected_with_a_hidden_stamp(plan: Plan) -> None:
    book = load_workbook(plan.path)
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == plan.numbers
    assert sheet.protection.sheet and book.security is not None and book.security.lockStructure
    columns = _columns(sheet)
    assert all(title in columns for title in EDITABLE)
    line = _line(sheet, plan.numbers[0])
    for title, number in columns.items():
        cell = sheet.cell(row=line, column=number)
        assert cell.protection.locked == (title not in EDITABLE), title
        coloured = cell.fill.fgColor.rgb not in (None, "00000000")
        assert coloured == (title in EDITABLE), title  # the first row is not overdue
    rules = {
        str(rule.sqref).split(":")[0][0]: rule for rule in sheet.data_validations.dataValidation
    }
    letters = {title: sheet.cell(row=1, column=columns[title]).column_letter for title in EDITABLE}
    status_rule = rules[letters["État"]]
    assert status_rule.type == "list"
    assert all(status.label in status_rule.formula1 for status in ActionStatus)
    progress_rule = rules[letters["%"]]
    assert (progress_rule.type, progress_rule.formula1, progress_rule.formula2) == (
        "whole",
        "0",
        "100",
    )
    hidden = [s for s in book.worksheets if s.sheet_state == "veryHidden"]
    assert len(hidden) == 1 and hidden[0].protection.sheet
    stamped = [row[2] for row in hidden[0].iter_rows(min_row=2, values_only=True)]
    assert stamped == plan.numbers
    versions = {r.number: r.version for r in plan.services.actions.list_actions(MH)}
    assert [int(str(row[3])) for row in hidden[0].iter_rows(min_row=2, values_only=True)] == [
        versions[n] for n in plan.numbers
    ]


def _partner_edits(plan: Plan, target: Path) -> dict[str, str]:
    """Edit the exported file as a careless partner would; returns what each row should give."""
    book = load_workbook(plan.path)
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    n = {short: f"HM-25-{short}" for short in ("010", "013", "018", "037", "039", "045")}
    n |= {short: f"HM-25-{short}" for short in ("051", "055", "005", "004")}
    _set(sheet, n["010"], "%", 80)
    _set(sheet, n["010"], "Commentaire", "Porte réparée ; point d'eau remis le 20/06.")
    _set(sheet, n["010"], "Nouvelle échéance proposée", dt.datetime(2025, 7, 15))
    _set(sheet, n["013"], "État", "Réalisée")
    _set(sheet, n["013"], "Commentaire", "Badges Vigik posés sur les quatre halls.")
    _set(sheet, n["018"], "Action", "Intitulé réécrit par le partenaire")  # locked cell
    _set(sheet, n["018"], "%", 70)
    _set(sheet, n["039"], "Commentaire", "=SUM(1,2)")  # formula
    _set(sheet, n["045"], "Nouvelle échéance proposée", "après l'été")  # date as text
    _set(sheet, n["004"], "Nouvelle échéance proposée", "30/10/2025")  # readable text date
    _set(sheet, n["055"], "%", 150)  # out of range
    _set(sheet, n["051"], "%", 40)  # the app changes it meanwhile: conflict
    sheet.delete_rows(_line(sheet, n["037"]))  # row deleted
    last = sheet.max_row + 1
    sheet.cell(row=last, column=1, value="HM-25-999")  # row added
    sheet.cell(row=last, column=5, value="Nouvelle action proposée")
    source = [c.value for c in sheet[_line(sheet, n["005"])]]
    for column, value in enumerate(source, start=1):  # row duplicated
        sheet.cell(row=last + 1, column=column, value=value)
    book.save(target)
    return {
        n["010"]: "ok",
        n["013"]: "ok",
        n["018"]: "locked_cell_changed",
        n["039"]: "invalid",
        n["045"]: "invalid",
        n["004"]: "ok",
        n["055"]: "invalid",
        n["051"]: "conflict",
        n["037"]: "invalid",
        "HM-25-999": "unknown",
        n["005"]: "invalid",
    }


def _meanwhile(plan: Plan) -> None:
    """The coordinator records a point on HM-25-051 (its progress) after the export."""
    action = plan.services.actions.get_by_number("HM-25-051").row
    change = StatusChange(progress=90, comment="Point en comité.")
    plan.services.actions.follow_up(action.id, action.version, change)


def _check_review(review: ReturnReview, expected: dict[str, str]) -> None:
    statuses = _by_number(review)
    for number, status in expected.items():
        assert set(statuses[number]) == {status}, (number, statuses[number], review)
    assert len(statuses["HM-25-005"]) == 2
    assert all(row.message for row in review.rows if row.status != "ok")
    untouched = [s for number, s in statuses.items() if number not in expected]
    assert untouched and all(s == ["ok"] for s in untouched)


def test_openpyxl_and_libreoffice_returns_are_reviewed_then_applied(
    plan: Plan, tmp_path: Path
) -> None:
    services = plan.services
    edited = tmp_path / "retour-MH.xlsx"
    expected = _partner_edits(plan, edited)
    _meanwhile(plan)
    points = _history_count(services)
    review = services.returns.review(edited)
    _check_review(review, expected)
    libre = services.returns.review(_soffice_roundtrip(edited, tmp_path / "lo"))
    _check_review(libre, expected)
    assert [(r.action_number, r.status, r.changes) for r in libre.rows] == [
        (r.action_number, r.status, r.changes) for r in review.rows
    ]
    assert _history_count(services) == points, "a review writes nothing"
    changes = {
        row.action_number: {c.field: (c.old, c.new) for c in row.changes} for row in review.rows
    }
    assert changes["HM-25-010"]["progress"][1] == "80 %"
    assert changes["HM-25-010"]["comment"] == ("—", "Porte réparée ; point d'eau remis le 20/06.")
    assert changes["HM-25-010"]["proposed_deadline"][1] == "15/07/2025"
    assert changes["HM-25-013"]["status"][1] == "Réalisée"
    assert review.organisation_code == "MH"
    assert review.seance_label.startswith("COTECH") and "11/09/2025" in review.seance_label

    applied = services.returns.apply(libre, libre.auto_decision(), sender="Inès Taleb")
    assert sorted(applied.value.action_numbers) == ["HM-25-004", "HM-25-010", "HM-25-013"]
    author = "Inès Taleb – Marve Habitat (OPH)"
    assert applied.value.author == author
    ten = services.actions.get_by_number("HM-25-010")
    assert ten.row.progress == 80 and ten.row.revised_deadline == dt.date(2025, 7, 15)
    new_points = [h for h in ten.history if h.author == author]
    assert new_points and {h.seance_id for h in new_points} == {review.seance_id}
    assert any("Porte réparée" in h.comment for h in new_points)
    thirteen = services.actions.get_by_number("HM-25-013").row
    assert thirteen.status is ActionStatus.REALISEE and thirteen.outcome
    assert services.actions.get_by_number("HM-25-004").row.revised_deadline == dt.date(2025, 10, 30)
    for untouched in ("HM-25-018", "HM-25-039", "HM-25-045", "HM-25-055", "HM-25-051", "HM-25-005"):
        history = services.actions.get_by_number(untouched).history
        assert not [h for h in history if h.author == author], untouched
    assert services.actions.get_by_number("HM-25-051").row.progress == 90
    with services.context.read() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.operation == "partner_return")
        ).all()
    assert len(events) == 3 and all("retour-MH.xlsx" in e.after for e in events)


def test_a_conflict_is_applied_only_when_accepted_by_hand(plan: Plan, tmp_path: Path) -> None:
    services = plan.services
    book = load_workbook(plan.path)
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    _set(sheet, "HM-25-010", "%", 75)
    edited = tmp_path / "retour.xlsx"
    book.save(edited)
    row = services.actions.get_by_number("HM-25-010").row
    services.actions.follow_up(row.id, row.version, StatusChange(progress=33, comment="Relevé."))
    review = services.returns.review(edited)
    (line,) = [r for r in review.rows if r.action_number == "HM-25-010"]
    assert line.status == "conflict" and line.changes[0].current == "33 %"
    assert review.auto_decision().fields(line.line) == frozenset()
    services.returns.apply(review, review.auto_decision())
    assert services.actions.get_by_number("HM-25-010").row.progress == 33
    services.returns.apply(review, ReturnDecision({line.line: frozenset({"progress"})}))
    assert services.actions.get_by_number("HM-25-010").row.progress == 75


def test_an_action_changed_after_the_review_refuses_the_whole_import(
    plan: Plan, tmp_path: Path
) -> None:
    services = plan.services
    book = load_workbook(plan.path)
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    _set(sheet, "HM-25-010", "%", 75)
    _set(sheet, "HM-25-013", "%", 85)
    edited = tmp_path / "retour.xlsx"
    book.save(edited)
    review = services.returns.review(edited)
    row = services.actions.get_by_number("HM-25-013").row
    services.actions.follow_up(row.id, row.version, StatusChange(comment="Entre-temps."))
    points = _history_count(services)
    with pytest.raises(ConflictError):
        services.returns.apply(review, review.auto_decision())
    assert _history_count(services) == points
    assert services.actions.get_by_number("HM-25-010").row.progress != 75


def test_a_forged_stamp_and_a_foreign_file_are_unknown(plan: Plan, tmp_path: Path) -> None:
    services = plan.services
    book = load_workbook(plan.path)
    hidden = next(s for s in book.worksheets if s.sheet_state == "veryHidden")
    hidden.cell(row=2, column=4, value="999")  # version of the first row
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    _set(sheet, plan.numbers[0], "%", 10)
    forged = tmp_path / "forged.xlsx"
    book.save(forged)
    review = services.returns.review(forged)
    assert _by_number(review)[plan.numbers[0]] == ["unknown"]
    del book[hidden.title]
    sheet.protection.sheet = False
    stripped = tmp_path / "sans-controle.xlsx"
    book.save(stripped)
    review = services.returns.review(stripped)
    assert {row.status for row in review.rows} == {"unknown"}
    assert review.auto_decision().accepted == {}


def test_csv_returns(plan: Plan, tmp_path: Path) -> None:
    services = plan.services
    exported = services.exports.export_action_plan(MH, tmp_path / "plan-MH.csv", "csv")
    lines = list(csv.reader(io.StringIO(exported.read_bytes().decode("utf-8-sig")), delimiter=";"))
    header = lines[0]
    assert header[-1].startswith("Contrôle") and "Commentaire" in header
    rows = {line[0]: line for line in lines[1:]}
    rows["HM-25-010"][header.index("%")] = "65 %"
    rows["HM-25-010"][header.index("Commentaire")] = "Réponse par CSV."
    rows["HM-25-013"][header.index("Action")] = "Titre changé"
    rows["HM-25-018"][header.index("Nouvelle échéance proposée")] = "bientôt"
    del rows["HM-25-014"]  # a line deleted: the signed last line still lists it
    edited = tmp_path / "retour.csv"
    with edited.open("w", encoding="cp1252", newline="") as handle:  # as French Excel saves
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows.values())
    review = services.returns.review(edited)
    statuses = _by_number(review)
    assert statuses["HM-25-010"] == ["ok"] and statuses["HM-25-013"] == ["locked_cell_changed"]
    assert statuses["HM-25-018"] == ["invalid"] and statuses["HM-25-014"] == ["invalid"]
    (deleted,) = [row for row in review.rows if row.action_number == "HM-25-014"]
    assert deleted.line == 0 and "supprimée" in deleted.message
    services.returns.apply(review, review.auto_decision())
    assert services.actions.get_by_number("HM-25-010").row.progress == 65
    no_control = tmp_path / "sans-controle.csv"
    with no_control.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header[:-1])
        writer.writerows(row[:-1] for row in rows.values())
    assert {r.status for r in services.returns.review(no_control).rows} == {"unknown"}
