"""Every document of a held demo séance and each bailleur's plan d'actions, checked from outside.

The demo is loaded with the clock on its « today » (15/06/2025) in a SQLite file; the files are
exported once per module through ExportService, then read back with tools that share nothing
with the renderers: poppler (pdftotext, pdffonts, pdfinfo), LibreOffice, openpyxl, the csv
module and icalendar. Expected values come from DOMAIN.md and from the services, never from the
document builders.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import select

from gusp_desktop.db.engine import make_engine
from gusp_desktop.db.models import Quartier
from gusp_desktop.domain.actions import ActionDraft, ActionQuery
from gusp_desktop.domain.enums import Theme
from gusp_desktop.main import main
from gusp_desktop.services.exports import SeanceKind
from gusp_desktop.services.registry import Services
from tests.fixtures.databases import make_services
from tests.fixtures.demo import DemoTemplates
from tests.unit.documents.tools import pdf_fonts, pdf_page_count, pdf_text, require

SEANCE_KINDS: tuple[SeanceKind, ...] = (
    "agenda",
    "convocation",
    "attendance",
    "minutes",
    "decisions",
)
HOSTILE_TITLE = '=HYPERLINK("http://exemple.invalid";"Cliquez ici")'
# DOMAIN.md §4: headings of French GUSP minutes.
MINUTES_HEADINGS = (
    "Date",
    "Durée",
    "Lieu",
    "Objet",
    "Président de séance",  # the demo's president is « monsieur »: « Présidente » for madame
    "Participants",
    "Rédactrice",  # the demo's secretary is « madame »
    "Excusés",
    "État des présences",
    "Présents",
    "Excusés",
    "Absents",
    "Rappel de l'ordre du jour",
    "Résumé des décisions prises",
    "Questions diverses",
    "Calendrier des rencontres à venir",
    "Diffusion",
)
# DOMAIN.md §5: the EC actions past due on the demo's today, and the bailleurs' own actions.
OVERDUE = ("HM-002", "HM-005", "HM-010", "HM-015", "HM-018", "CO-009", "PR-029")
PILOTED = {
    "MH": ("HM-001", "HM-004", "HM-010", "HM-013", "HM-037", "HM-045", "HM-055"),
    "LA": ("PR-007", "PR-016", "PR-023", "PR-040", "PR-041", "CO-042", "PR-059"),
}


def number(short: str) -> str:
    """« HM-002 » of DOMAIN.md as the demo numbers it in 2025: « HM-25-002 »."""
    quartier, sequence = short.split("-")
    return f"{quartier}-25-{sequence}"


def flat(text: str) -> str:
    """Text with every run of spaces (no-break ones included) and line ends as one space, and
    typographic apostrophes as typed ones (the renderers print « l’école » for « l'école »)."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).replace("\u2019", "'").strip()


@dataclass
class Exported:
    directory: Path
    db_path: Path
    services: Services
    seance_id: int
    planned_id: int
    files: dict[str, Path] = field(default_factory=dict)
    progress: list[tuple[int, int, str]] = field(default_factory=list)


def _add_hostile_action(services: Services) -> None:
    with services.context.read() as session:
        quartier_id = session.scalar(select(Quartier.id).where(Quartier.code == "HM"))
    assert quartier_id is not None
    pilot = services.directory.get_organisation_by_code("MH")
    draft = ActionDraft(
        title=HOSTILE_TITLE,
        quartier_id=quartier_id,
        theme=Theme.PROPRETE,
        pilot_organisation_id=pilot.id,
        initial_deadline=dt.date(2025, 7, 15),
    )
    services.actions.create(draft, comment="@SOMME(A1:A9) signalé par un habitant")


def _pick_seances(services: Services) -> tuple[int, int]:
    """The COTECH inter-quartiers of 12/06/2025 (held, minutes in writing) and a planned one."""
    seances = services.meetings.list_seances()
    held = next(
        s
        for s in seances
        if s.local_date == dt.date(2025, 6, 12) and s.instance_code == "COTECH-IQ"
    )
    planned = next(s for s in seances if s.local_date == dt.date(2025, 9, 11))
    return held.id, planned.id


@pytest.fixture(scope="module")
def exported(
    tmp_path_factory: pytest.TempPathFactory, demo_templates: DemoTemplates
) -> Iterator[Exported]:
    directory = tmp_path_factory.mktemp("exports")
    db_path = directory / "demo.sqlite3"
    demo_templates.copy_to(db_path)
    engine = make_engine(f"sqlite:///{db_path}")
    services = make_services(engine, directory / "data")
    _add_hostile_action(services)
    held, planned = _pick_seances(services)
    result = Exported(directory, db_path, services, held, planned)
    exporter = services.exports
    for kind in SEANCE_KINDS:
        for fmt in ("pdf", "docx"):
            path = directory / f"{kind}.{fmt}"
            exporter.export_seance_document(
                kind, held, path, fmt, progress=lambda *step: result.progress.append(step)
            )
            result.files[f"{kind}.{fmt}"] = path
    result.files["convocation.ics"] = exporter.convocation(
        held, directory / "invitation.ics", "ics"
    )
    for code in PILOTED:
        for fmt in ("pdf", "docx", "xlsx", "csv"):
            path = directory / f"plan-{code}.{fmt}"
            exporter.export_action_plan(ActionQuery(involving_code=code), path, fmt)
            result.files[f"plan-{code}.{fmt}"] = path
    planned_kinds: tuple[SeanceKind, ...] = ("minutes", "attendance", "decisions")
    for kind in planned_kinds:
        path = directory / f"planned-{kind}.pdf"
        result.files[f"planned-{kind}.pdf"] = exporter.export_seance_document(
            kind, planned, path, "pdf"
        )
    yield result
    engine.dispose()


def test_every_pdf_has_only_embedded_fonts(exported: Exported) -> None:
    pdfs = [path for name, path in exported.files.items() if name.endswith(".pdf")]
    assert len(pdfs) == 5 + 2 + 3
    for path in pdfs:
        fonts = pdf_fonts(path)
        assert fonts and all(emb == "yes" for _, emb in fonts), (path.name, fonts)


def test_progress_is_reported_to_the_end(exported: Exported) -> None:
    assert exported.progress[0][:2] == (0, 3)
    assert exported.progress[-1][:2] == (3, 3)


def test_minutes_headings_names_and_action_numbers(exported: Exported) -> None:
    text = flat(pdf_text(exported.files["minutes.pdf"])).casefold()
    for heading in MINUTES_HEADINGS:
        assert heading.casefold() in text, heading
    detail = exported.services.meetings.get_seance(exported.seance_id)
    for line in detail.attendance:
        assert line.contact_name.casefold() in text, line.contact_name
    for short in OVERDUE:
        assert number(short).casefold() in text, short
    for item in detail.agenda:
        assert flat(item.title).casefold() in text, item.title
        for decision in item.decisions:
            assert flat(decision.text).casefold() in text, decision.text


def test_decisions_and_agenda_documents(exported: Exported) -> None:
    detail = exported.services.meetings.get_seance(exported.seance_id)
    decisions = flat(pdf_text(exported.files["decisions.pdf"]))
    agenda = flat(pdf_text(exported.files["agenda.pdf"]))
    assert "Relevé de décisions" in decisions and "Ordre du jour" in agenda
    for item in detail.agenda:
        assert flat(item.title) in agenda
        for decision in item.decisions:
            assert flat(decision.text) in decisions
    assert "Yannick Forestier" in agenda and "9 h 30" in agenda


def test_attendance_sheet_lists_every_invitee(exported: Exported) -> None:
    text = flat(pdf_text(exported.files["attendance.pdf"]))
    assert "Feuille d'émargement" in text and "Signature" in text
    detail = exported.services.meetings.get_seance(exported.seance_id)
    for line in detail.attendance:
        if line.invited:
            assert line.contact_name in text
            assert flat(line.organisation_name) in text


def test_convocation_and_its_invitation(exported: Exported) -> None:
    text = flat(pdf_text(exported.files["convocation.pdf"]))
    assert "Convocation" in text and "jeudi 12 juin 2025" in text and "Madame, Monsieur" in text
    calendar = Calendar.from_ical(exported.files["convocation.ics"].read_bytes())
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    event = calendar.walk("VEVENT")[0]
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert (event["DTSTART"].dt.hour, event["DTSTART"].dt.minute) == (9, 30)
    detail = exported.services.meetings.get_seance(exported.seance_id)
    emails = {
        exported.services.directory.get_contact(line.contact_id).email.lower()
        for line in detail.attendance
        if line.invited
    }
    organiser = str(event["ORGANIZER"]).removeprefix("mailto:").lower()
    attendees = {str(a).removeprefix("mailto:").lower() for a in event["ATTENDEE"]}
    assert organiser == "claire.demarquette@marvelin-agglo.fr"
    assert attendees == emails - {organiser}


@pytest.mark.parametrize("code", sorted(PILOTED))
def test_plan_pdf_of_each_bailleur(exported: Exported, code: str) -> None:
    path = exported.files[f"plan-{code}.pdf"]
    text = flat(pdf_text(path))
    rows = exported.services.actions.list_actions(ActionQuery(involving_code=code))
    for short in PILOTED[code]:
        assert number(short) in text, short
    for row in rows:
        assert row.number in text
    assert "Plan d'actions" in text and "Dernier point" in text


@pytest.mark.parametrize("code", sorted(PILOTED))
def test_plan_xlsx_has_the_service_rows_and_no_formula(exported: Exported, code: str) -> None:
    rows = exported.services.actions.list_actions(ActionQuery(involving_code=code))
    sheet = load_workbook(exported.files[f"plan-{code}.xlsx"]).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert [c.value for c in sheet[1]][:3] == ["N°", "Quartier", "Site"]
    values = list(sheet.iter_rows(min_row=2))
    assert [r[0].value for r in values] == [row.number for row in rows]
    assert not [c.coordinate for r in sheet.iter_rows() for c in r if c.data_type == "f"]
    for cells, row in zip(values, rows, strict=True):
        assert cells[4].value.removeprefix("'") == row.title
        if row.initial_deadline is not None:
            assert cells[7].value.date() == row.initial_deadline
        filled = cells[0].fill.fgColor.rgb not in (None, "00000000")
        assert filled == row.overdue, row.number
    if code == "MH":
        hostile = next(cells for cells in values if "HYPERLINK" in cells[4].value)
        assert hostile[4].value == "'" + HOSTILE_TITLE and hostile[4].data_type == "s"


@pytest.mark.parametrize("code", sorted(PILOTED))
def test_plan_csv_for_french_excel(exported: Exported, code: str) -> None:
    data = exported.files[f"plan-{code}.csv"].read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    rows = exported.services.actions.list_actions(ActionQuery(involving_code=code))
    assert lines[0][0] == "N°" and len(lines[0]) == 19 and lines[0][-1].startswith("Contrôle")
    assert [line[0] for line in lines[1:] if line[0]] == [row.number for row in rows]
    assert lines[-1][-1].startswith("gusp-liste")  # the signed list of the exported rows
    assert not any(cell.startswith(("=", "+", "@")) for line in lines for cell in line)


def test_planned_seance_documents_with_empty_sections(exported: Exported) -> None:
    minutes = flat(pdf_text(exported.files["planned-minutes.pdf"]))
    assert "Aucune décision n'a été prise au cours de cette séance." in minutes
    assert "Point abordé sans observation particulière." in minutes
    assert pdf_page_count(exported.files["planned-attendance.pdf"]) >= 1


def test_failed_export_leaves_the_previous_file(
    exported: Exported, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "cr.pdf"
    target.write_bytes(b"ancienne version")

    def broken(*args: object) -> bytes:
        raise RuntimeError("panne au milieu du rendu")

    monkeypatch.setattr("gusp_desktop.services.exports.render", broken)
    with pytest.raises(RuntimeError):
        exported.services.exports.minutes(exported.seance_id, target)
    assert target.read_bytes() == b"ancienne version"
    assert [p.name for p in tmp_path.iterdir()] == ["cr.pdf"]


@pytest.mark.slow
def test_libreoffice_opens_every_docx(exported: Exported, tmp_path: Path) -> None:
    sources = [path for name, path in exported.files.items() if name.endswith(".docx")]
    assert len(sources) == 7
    soffice = require("soffice") if shutil.which("soffice") else require("libreoffice")
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file:///tmp/lo-e2e-{os.getpid()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *map(str, sources),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for source in sources:
        converted = tmp_path / f"{source.stem}.pdf"
        assert converted.is_file(), (source.name, result.stdout, result.stderr)
        assert pdf_page_count(converted) >= 1
    minutes = flat(pdf_text(tmp_path / "minutes.pdf"))
    assert "ÉTAT DES PRÉSENCES" in minutes and number("HM-002") in minutes


def _cli(exported: Exported, *args: str) -> subprocess.CompletedProcess[str]:
    executable = Path(sys.executable).with_name("gusp-desktop")
    env = dict(os.environ, GUSP_DATA_DIR=str(exported.directory / "data"), GUSP_USER="claire")
    env.pop("GUSP_DB_URL", None)
    return subprocess.run(
        [str(executable), "--db", str(exported.db_path), "export", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_command_line_exports(exported: Exported, tmp_path: Path) -> None:
    """Two real invocations of the installed command, as a user types them."""
    minutes = tmp_path / "compte-rendu.pdf"
    done = _cli(exported, "minutes", str(exported.seance_id), "--format", "pdf", "-o", str(minutes))
    assert done.returncode == 0, done.stderr
    assert "ÉTAT DES PRÉSENCES" in pdf_text(minutes)
    plan = tmp_path / "plan.csv"
    late = _cli(exported, "actions", "--overdue", "--format", "csv", "-o", str(plan))
    assert late.returncode == 0, late.stderr
    numbers = {line.split(";")[0] for line in plan.read_text("utf-8-sig").splitlines()[1:]}
    assert {number(s) for s in OVERDUE} <= numbers


def test_command_line_refusals(
    exported: Exported, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Errors are French and exit with 1; checked in-process to spare two interpreter starts."""
    db = ["--db", str(exported.db_path), "export"]
    target = tmp_path / "x.ics"
    assert main([*db, "agenda", str(exported.seance_id), "--format", "ics", "-o", str(target)]) == 1
    assert "n'existe pas pour l'ordre du jour" in capsys.readouterr().err
    assert main([*db, "minutes", "9999", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "Séance n° 9999 introuvable" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
