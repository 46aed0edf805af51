"""``relances prepare`` end to end: the .eml drafts read back with Python's ``email`` package.

The demo is loaded with today's clock (its dates shifted so that the coming séances are ahead)
and the command runs in-process as a user types it. Each message is checked from outside:
headers and both alternatives through ``email``, the PDF through pdftotext, the XLSX through
openpyxl, the pilots and partners of every action listed through plain SQL. The cellule de
veille action is the canary: it must appear nowhere.
"""

from __future__ import annotations

import datetime as dt
import email
import json
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, bindparam, text

from gusp_desktop.db.engine import make_engine
from gusp_desktop.main import main
from gusp_desktop.services.registry import Services
from tests.fixtures.databases import make_services
from tests.fixtures.demo import DemoTemplates, demo_context
from tests.unit.documents.tools import pdf_text, require

CANARY = "Suivi en cellule de veille (hors plan public)"


@dataclass
class Drafts:
    directory: Path
    db_path: Path
    engine: Engine
    services: Services
    seance_id: int
    summary: dict[str, list[dict[str, Any]]]
    messages: dict[str, EmailMessage]


@pytest.fixture(scope="module")
def drafts(
    tmp_path_factory: pytest.TempPathFactory, demo_templates: DemoTemplates
) -> Iterator[Drafts]:
    directory = tmp_path_factory.mktemp("relances")
    db_path = directory / "demo.sqlite3"
    demo_templates.copy_to(db_path, now=None)
    engine = make_engine(f"sqlite:///{db_path}")
    context = demo_context(engine, now=None)
    services = make_services(engine, directory / "data", context)
    seance = next(s for s in services.relances.coming_seances() if "inter-quartiers" in s.label)
    out = directory / "brouillons"
    out.mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUSP_DATA_DIR", str(directory / "data"))
        patch.setenv("GUSP_CONFIG_DIR", str(directory / "config"))
        patch.setenv("GUSP_USER", "claire")
        patch.delenv("GUSP_DB_URL", raising=False)
        import contextlib
        import io

        buffer = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        with contextlib.redirect_stdout(buffer):
            code = main(["--db", str(db_path), "relances", "prepare", "--seance",
                         str(seance.id), "-o", str(out), "--format", "json"])  # fmt: skip
        buffer.seek(0)
        printed = buffer.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
    assert code == 0, printed
    summary = json.loads(printed)
    messages = {
        str(r["file"]): _parse(Path(str(r["file"]))) for r in summary["recipients"] if r["file"]
    }
    yield Drafts(directory, db_path, engine, services, seance.id, summary, messages)
    engine.dispose()


def _parse(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def _numbers_in(text_: str, known: set[str]) -> set[str]:
    return {n for n in known if n in text_}


def _all_numbers(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.scalars(text("SELECT number FROM action")))


def _pilots(engine: Engine, numbers: set[str]) -> set[tuple[str, str]]:
    query = text(
        "SELECT o.code, coalesce(c.email, '') FROM action a "
        "JOIN organisation o ON o.id = a.pilot_organisation_id "
        "LEFT JOIN contact c ON c.id = a.pilot_contact_id WHERE a.number IN :n"
    ).bindparams(bindparam("n", expanding=True))
    with engine.connect() as conn:
        return {(str(a), str(b)) for a, b in conn.execute(query, {"n": sorted(numbers)})}


def _involving(engine: Engine, code: str) -> set[str]:
    query = text(
        "SELECT a.number FROM action a JOIN organisation o ON o.id = a.pilot_organisation_id "
        "WHERE o.code = :c UNION SELECT a.number FROM action a "
        "JOIN action_partner p ON p.action_id = a.id "
        "JOIN organisation o ON o.id = p.organisation_id WHERE o.code = :c"
    )
    with engine.connect() as conn:
        return set(conn.scalars(query, {"c": code}))


def test_summary_lists_every_recipient_and_file(drafts: Drafts) -> None:
    recipients = drafts.summary["recipients"]
    assert recipients and all(
        set(r) >= {"organisation", "contact", "email", "actions", "file"} for r in recipients
    )
    written = sorted(p.name for p in (drafts.directory / "brouillons").iterdir())
    assert written == sorted(Path(str(r["file"])).name for r in recipients if r["file"])
    assert not [p for p in written if p.startswith(".")], "no temporary file left"


def test_each_draft_is_a_french_multipart_message_for_its_pilot(drafts: Drafts) -> None:
    known = _all_numbers(drafts.engine)
    with drafts.engine.connect() as conn:
        own = conn.scalar(
            text("SELECT c.email FROM contact c JOIN app_user u ON u.contact_id = c.id "
                 "WHERE u.username = 'claire'")
        )  # fmt: skip
    for record in drafts.summary["recipients"]:
        if not record["file"]:
            continue
        message = drafts.messages[str(record["file"])]
        assert message["X-Unsent"] == "1"
        assert message["To"].addresses[0].addr_spec == record["email"]
        assert message["To"].addresses[0].display_name == record["contact"]
        assert "séance" in message["Subject"] and message["Subject"].startswith("Relance")
        assert message["Message-ID"] and message["Date"]
        assert own and message["From"].addresses[0].addr_spec == own
        plain = message.get_body(("plain",))
        rich = message.get_body(("html",))
        assert plain is not None and rich is not None
        plain_text, html = plain.get_content(), rich.get_content()
        assert "Bonjour" in plain_text and "<table" in html
        listed = _numbers_in(plain_text, known)
        assert listed == set(record["actions"]) == _numbers_in(html, known)
        assert _pilots(drafts.engine, listed) <= {
            (str(record["organisation"]), str(record["email"])),
            (str(record["organisation"]), ""),
        }


def test_attachments_open_and_hold_only_that_partners_plan(drafts: Drafts, tmp_path: Path) -> None:
    require("pdftotext")
    known = _all_numbers(drafts.engine)
    for record in drafts.summary["recipients"]:
        if not record["file"]:
            continue
        message = drafts.messages[str(record["file"])]
        parts = {p.get_filename(): p for p in message.iter_attachments()}
        pdf = next(p for name, p in parts.items() if name and name.endswith(".pdf"))
        xlsx = next(p for name, p in parts.items() if name and name.endswith(".xlsx"))
        pdf_path = tmp_path / "plan.pdf"
        pdf_path.write_bytes(pdf.get_content())
        xlsx_path = tmp_path / "plan.xlsx"
        xlsx_path.write_bytes(xlsx.get_content())
        in_pdf = _numbers_in(pdf_text(pdf_path), known)
        sheet = load_workbook(xlsx_path).worksheets[0]
        cells = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
        in_xlsx = _numbers_in(cells, known)
        involved = _involving(drafts.engine, str(record["organisation"]))
        assert set(record["actions"]) <= in_xlsx <= involved
        assert in_pdf == in_xlsx
        assert CANARY not in cells


def test_the_cellule_de_veille_action_appears_nowhere(drafts: Drafts, tmp_path: Path) -> None:
    with drafts.engine.connect() as conn:
        canary = str(conn.scalar(text("SELECT number FROM action WHERE title = :t"), {"t": CANARY}))
    for path, message in drafts.messages.items():
        raw = Path(path).read_bytes()
        assert canary.encode() not in raw
        for part in message.walk():
            if part.get_content_maintype() == "text":
                assert CANARY not in part.get_content() and canary not in part.get_content()
            elif part.get_content_type() == "application/pdf":
                target = tmp_path / "p.pdf"
                target.write_bytes(part.get_content())
                assert canary not in pdf_text(target) and "cellule de veille" not in pdf_text(
                    target
                )
    assert not any(canary in r["actions"] for r in drafts.summary["recipients"])


def test_drafts_are_logged_and_shown_on_the_actions_history(drafts: Drafts) -> None:
    records = drafts.services.relances.records(seance_id=drafts.seance_id)
    sent = [r for r in drafts.summary["recipients"] if r["file"]]
    assert len(records) == len(sent)
    assert {r.email for r in records} == {str(r["email"]) for r in sent}
    first = sent[0]
    with drafts.engine.connect() as conn:
        action_id = conn.scalar(
            text("SELECT id FROM action WHERE number = :n"),
            {"n": first["actions"][0]},
        )
    history = drafts.services.actions.history(int(action_id))
    assert any(h.field == "relance" and str(first["email"]) in h.new_value for h in history)
    assert dt.date.today().year >= 2025


def test_the_joined_spreadsheet_comes_back_through_the_returns_import(
    drafts: Drafts, tmp_path: Path
) -> None:
    """A pilot fills in the XLSX of their relance and sends it back: it is recognised as theirs,
    each row signed, and the change they typed is the only one found."""
    record = next(r for r in drafts.summary["recipients"] if r["file"])
    message = drafts.messages[str(record["file"])]
    part = next(p for p in message.iter_attachments() if str(p.get_filename()).endswith(".xlsx"))
    returned = tmp_path / "retour.xlsx"
    returned.write_bytes(part.get_content())
    untouched = drafts.services.returns.review(returned)
    assert untouched.organisation_code == record["organisation"]
    assert {r.status for r in untouched.rows} == {"ok"}
    assert not [c for r in untouched.rows for c in r.changes]
    workbook = load_workbook(returned)
    sheet = workbook.worksheets[0]
    header = next(row for row in sheet.iter_rows() if any(c.value == "Commentaire" for c in row))
    column = next(c.column for c in header if c.value == "Commentaire")
    first = header[0].row + 1
    sheet.cell(row=first, column=column, value="Travaux terminés la semaine dernière.")
    workbook.save(returned)
    review = drafts.services.returns.review(returned)
    changed = [(r.action_number, c.field) for r in review.rows for c in r.changes]
    assert len(changed) == 1 and changed[0][1] == "comment"
    assert review.rows[0].status == "ok"
