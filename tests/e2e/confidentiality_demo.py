"""The demonstration territory with canaries, shared by the confidentiality walk-throughs.

The demo territory is loaded in a SQLite file; canaries are added where a careless output would
pick them up: a resident's name in a cellule de veille note, a marked span of personal data in
the notes of the inter-quartiers COTECH, in a follow-up comment of a public action and in the
walks' constats, a resident who reported signalements. Outputs are read back with tools that
share nothing with the renderers (pdftotext, python-docx, openpyxl, the csv module, icalendar).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from gusp_desktop.db.engine import make_engine
from gusp_desktop.db.models import (
    Action,
    AgendaItem,
    AtfpbLine,
    Constat,
    Contact,
    Signalement,
    SignalementReporter,
    User,
    atfpb_line_action,
)
from gusp_desktop.domain.actions import StatusChange
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.redaction import mark
from gusp_desktop.services.registry import Services
from tests.fixtures.databases import make_context, make_services
from tests.fixtures.demo import DemoTemplates
from tests.unit.documents.tools import pdf_text

CELLULE = "CV-HM"
CANARY_ACTION = "Suivi en cellule de veille (hors plan public)"
CANARY_NUMBER = "HM-25-019"
CANARY_NAME = "Gisèle Canarial"  # written in a cellule de veille note
SPAN_NOTE = "Marcel Témoinier"  # marked in the COTECH's notes
SPAN_COMMENT = "Lucienne Spanwick"  # marked in a public action's follow-up comment
SPAN_CONSTAT = "Ginette Constatour"  # marked in each walk's constats
REPORTER = "Hortense Signalière"  # reported a signalement (personal data)
# Texts of the cellule de veille's own points and notes (demo data).
CELLULE_TEXTS = (
    "Rappel des règles de confidentialité",
    "Situations individuelles suivies",
    "Deux jeunes majeurs orientés",
)
FORBIDDEN = (
    CANARY_ACTION, CANARY_NUMBER, CANARY_NAME, SPAN_NOTE, SPAN_COMMENT, SPAN_CONSTAT, REPORTER,
    *CELLULE_TEXTS,
)  # fmt: skip
PARTNERS = ("DP", "PM", "TUM", "VM", "MH")  # DP pilots the canary action, PM/TUM/VM partners


@dataclass
class Demo:
    directory: Path
    db_path: Path
    engine: Engine
    cotech_id: int
    cellule_ids: list[int]
    files: dict[str, Path] = field(default_factory=dict)

    def services_for(self, username: str, role: UserRole) -> Services:
        context = make_context(self.engine, role, username)
        return make_services(self.engine, self.directory / "data", context)


def _add_canaries(services: Services, engine: Engine) -> tuple[int, list[int]]:
    """The canaries; returns the held COTECH inter-quartiers of 12/06 and the cellule's séances."""
    seances = services.meetings.list_seances()
    cotech = next(
        s
        for s in seances
        if s.instance_code == "COTECH-IQ" and s.local_date == dt.date(2025, 6, 12)
    )
    cellule = [s.id for s in seances if s.instance_code == CELLULE]
    point = services.meetings.get_seance(cotech.id).agenda[1]
    services.minutes.save_notes(
        point.id, point.version, point.notes + f"\n\nSignalé par {mark(SPAN_NOTE)}, locataire."
    )
    public = services.actions.get_by_number("HM-25-002")
    services.actions.follow_up(
        public.row.id,
        None,
        StatusChange(comment=f"Relance de {mark(SPAN_COMMENT)} au 3 square des Tisserands."),
    )
    # The cellule's minutes are validated: the name goes in as a row written long ago would;
    # the canary action is also linked to a line of Marve Habitat's 2024 ATFPB programme.
    from sqlalchemy.orm import Session

    with Session(engine) as session, session.begin():
        line_id = session.scalar(
            select(AtfpbLine.id).where(AtfpbLine.year == 2024).order_by(AtfpbLine.id)
        )
        canary_id = session.scalar(select(Action.id).where(Action.number == CANARY_NUMBER))
        session.execute(insert(atfpb_line_action).values(line_id=line_id, action_id=canary_id))
        item = session.scalars(
            select(AgendaItem).where(AgendaItem.seance_id == cellule[0]).order_by(AgendaItem.id)
        ).all()[1]
        item.notes += f" La famille de {CANARY_NAME} est relogée."
        _add_reporter(session)
        for constat in session.scalars(select(Constat)):
            constat.description += f" Vu avec {mark(SPAN_CONSTAT)}."
            constat.resident_words += f" « Je suis {mark(SPAN_CONSTAT)}. »"
    return cotech.id, cellule


def _add_reporter(session: Session) -> None:
    """Every signalement routed to an organisation was reported by the same resident, who
    also signed its description."""
    known = {r.signalement_id: r for r in session.scalars(select(SignalementReporter))}
    routed = session.scalars(select(Signalement).where(Signalement.organisation_id.is_not(None)))
    for signalement in routed:
        signalement.description += f" Signalé par {REPORTER}."
        reporter = known.get(signalement.id)
        if reporter is None:
            session.add(SignalementReporter(signalement_id=signalement.id, name=REPORTER))
        else:
            reporter.name = REPORTER


def _add_member(engine: Engine) -> None:
    """Julien Cappelaere (Marve Habitat) sits in the cellule de veille: a secretary account."""
    from sqlalchemy.orm import Session

    with Session(engine) as session, session.begin():
        contact = session.scalar(select(Contact).where(Contact.last_name == "Cappelaere"))
        assert contact is not None
        session.add(
            User(
                username="julien",
                display_name="Julien Cappelaere",
                role=UserRole.SECRETAIRE,
                contact_id=contact.id,
                active=True,
            )
        )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_templates: DemoTemplates) -> Iterator[Demo]:
    directory = tmp_path_factory.mktemp("confidentiality")
    db_path = directory / "demo.sqlite3"
    demo_templates.copy_to(db_path)
    engine = make_engine(f"sqlite:///{db_path}")
    services = make_services(engine, directory / "data")
    cotech, cellule = _add_canaries(services, engine)
    _add_member(engine)
    yield Demo(directory, db_path, engine, cotech, cellule)
    engine.dispose()


# -- reading files back ------------------------------------------------------------------------


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
        parts += [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def xlsx_text(path: Path) -> str:
    book = load_workbook(path)
    parts = []
    for sheet in book.worksheets:
        parts += [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
        parts += [sheet.oddHeader.center.text or "", sheet.oddFooter.center.text or ""]
    return "\n".join(parts)


def csv_text(path: Path) -> str:
    rows = csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";")
    return "\n".join(";".join(row) for row in rows)


def ics_text(path: Path) -> str:
    calendar = Calendar.from_ical(path.read_bytes())
    return "\n".join(
        f"{key}:{value}" for event in calendar.walk("VEVENT") for key, value in event.items()
    )


def html_text(path: Path) -> str:
    return re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))


def text_of(path: Path) -> str:
    readers = {
        ".pdf": pdf_text, ".docx": docx_text, ".xlsx": xlsx_text, ".csv": csv_text,
        ".html": html_text,
    }  # fmt: skip
    reader = readers.get(path.suffix, ics_text)
    return re.sub(r"[\s\u00a0\u202f]+", " ", reader(path))


def leaks(text: str) -> list[str]:
    folded = text.casefold()
    found = [canary for canary in FORBIDDEN if canary.casefold() in folded]
    return found + (["marque ⟪⟫"] if "⟪" in text or "⟫" in text else [])
