"""No restricted content reaches a wider audience: every document and export format, read back.

The demo territory is loaded in a SQLite file; canaries are added where a careless output would
pick them up: a resident's name in a cellule de veille note, a marked span of personal data in
the notes of the inter-quartiers COTECH and in a follow-up comment of a public action. Then,
for a secretary who is not a member of the cellule de veille (Yannick Forestier), every
document type of a séance of every instance she may see and every plan d'actions a partner
receives is exported and read back with tools that share nothing with the renderers
(pdftotext, python-docx, openpyxl, the csv module, icalendar), as is the command line's list.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import Engine, func, insert, select
from sqlalchemy.orm import Session

from gusp_desktop.db.engine import make_engine
from gusp_desktop.db.models import (
    Action,
    AgendaItem,
    AtfpbLine,
    Constat,
    Contact,
    Parcours,
    Signalement,
    SignalementReporter,
    User,
    atfpb_line_action,
)
from gusp_desktop.demo.loader import load_demo
from gusp_desktop.domain.actions import ActionQuery, StatusChange
from gusp_desktop.domain.enums import SeanceStatus, UserRole
from gusp_desktop.domain.errors import NotFoundError, PermissionDeniedError
from gusp_desktop.domain.redaction import OCCULTED, mark
from gusp_desktop.main import main
from gusp_desktop.services.exports import CALENDAR_KINDS, SEANCE_KINDS
from gusp_desktop.services.registry import Services
from tests.fixtures.databases import make_context, make_services
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
def demo(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[Demo]:
    directory = tmp_path_factory.mktemp("confidentiality")
    db_path = directory / "demo.sqlite3"
    shutil.copy(sqlite_template, db_path)
    engine = make_engine(f"sqlite:///{db_path}")
    services = make_services(engine, directory / "data")
    load_demo(services.context)
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


# -- the walk ----------------------------------------------------------------------------------


def _one_seance_per_instance(services: Services) -> list[int]:
    """The most advanced séance of each instance the user sees, and a planned one."""
    chosen: dict[str, int] = {}
    planned: int | None = None
    for seance in services.meetings.list_seances():
        if seance.status is SeanceStatus.PLANIFIEE:
            planned = planned or seance.id
        elif seance.status is not SeanceStatus.ANNULEE:
            chosen[seance.instance_code] = seance.id
    return [*chosen.values(), *([planned] if planned else [])]


def test_a_non_member_sees_nothing_restricted_in_any_document(demo: Demo) -> None:
    services = demo.services_for("yannick", UserRole.SECRETAIRE)
    seances = _one_seance_per_instance(services)
    assert demo.cotech_id in seances and not set(seances) & set(demo.cellule_ids)
    out = demo.directory / "yannick"
    out.mkdir()
    written: list[Path] = []
    for seance_id in seances:
        for kind in SEANCE_KINDS:
            if kind == "cancellation":
                continue
            formats = ("pdf", "docx", "ics") if kind in CALENDAR_KINDS else ("pdf", "docx")
            for fmt in formats:
                path = out / f"{seance_id}-{kind}.{fmt}"
                written.append(services.exports.export_seance_document(kind, seance_id, path, fmt))
    for code in (*PARTNERS, None):
        for fmt in ("pdf", "docx", "xlsx", "csv"):
            path = out / f"plan-{code or 'tout'}.{fmt}"
            query = ActionQuery(involving_code=code)
            written.append(services.exports.export_action_plan(query, path, fmt))
    atfpb = services.atfpb.bilans
    for convention in services.atfpb.conventions.list_conventions():
        for fmt in ("pdf", "docx", "xlsx"):
            path = out / f"bilan-{convention.id}.{fmt}"
            written.append(atfpb.export_bilan(convention.id, 2024, path, fmt))
    for fmt in ("pdf", "xlsx"):
        written.append(atfpb.export_consolidation(2024, out / f"consolidation.{fmt}", fmt))
    assert len(written) >= len(seances) * 11 + 6 * 4 + 2 * 3 + 2
    later = _later_outputs(demo, services, out)
    found = {path.name: leaks(text_of(path)) for path in [*written, *later]}
    assert {name: canaries for name, canaries in found.items() if canaries} == {}
    assert not leaks(_review_text(services, out / "plan-DP.xlsx"))
    assert not leaks(_relance_texts(services, out))
    walk_reports = [p for p in later if p.name.startswith(("diagnostic", "restitution"))]
    assert any(OCCULTED in text_of(p) for p in walk_reports if p.name.startswith("diag"))
    # The marked spans were there, and read « [occulté] » in a wider audience's documents.
    assert OCCULTED in text_of(out / f"{demo.cotech_id}-minutes.pdf")
    assert OCCULTED in text_of(out / "plan-MH.xlsx")


def _later_outputs(demo: Demo, services: Services, out: Path) -> list[Path]:
    """The walk's documents, the signalements reports and the residents' summary."""
    from sqlalchemy.orm import Session

    with Session(demo.engine) as session:
        walks = sorted(set(session.scalars(select(Parcours.seance_id))))
        routed = session.scalar(
            select(func.count())
            .select_from(SignalementReporter)
            .where(SignalementReporter.name == REPORTER)
        )
    assert walks and routed  # the canaries are where these documents read
    written: list[Path] = []
    for seance_id in walks:
        for kind in ("diagnostic", "restitution"):
            for fmt in ("pdf", "docx"):
                path = out / f"{kind}-{seance_id}.{fmt}"
                written.append(services.field_work.reports.export(kind, seance_id, path))
    for code in PARTNERS:
        for fmt in ("pdf", "docx", "xlsx"):
            path = out / f"signalements-{code}.{fmt}"
            written.append(services.signalements.reports.export(code, path, fmt))
    start, end = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    for fmt in ("pdf", "docx", "html"):
        path = out / f"synthese-HM.{fmt}"
        written.append(services.resident_summary.export("HM", start, end, path))
    return written


def _relance_texts(services: Services, out: Path) -> str:
    """The relances of today's batch: each message's text and its attached plans."""
    relances = services.relances
    batch = relances.batch(on=services.context.today())
    assert batch.recipients
    parts: list[str] = []
    for recipient in batch.recipients:
        message = relances.message(batch, recipient, sender="gusp@example.org", draft=True)
        body = message.get_body(("plain",))
        assert body is not None
        parts += [str(message["Subject"]), body.get_content()]
        for attachment in relances.attachments(recipient):
            path = out / f"relance-{recipient.organisation_code}-{attachment.filename}"
            path.write_bytes(attachment.data)
            parts.append(text_of(path))
    return "\n".join(parts)


def _review_text(services: Services, path: Path) -> str:
    """What the review of a returned tableau de suivi shows (the file as it was sent)."""
    review = services.returns.review(path)
    parts = [review.seance_label, review.organisation_name, *review.problems]
    for row in review.rows:
        parts += [row.action_number, row.message, *(str(c) for c in row.changes)]
    return "\n".join(parts)


def test_the_coordinators_documents_for_partners_leave_restricted_content_out(
    demo: Demo,
) -> None:
    """A coordinator reads everything, but what she sends partners does not carry it."""
    services = demo.services_for("claire", UserRole.COORDINATEUR)
    out = demo.directory / "claire"
    out.mkdir()
    written = [
        services.exports.export_seance_document(
            "minutes", demo.cotech_id, out / "cotech.pdf", "pdf"
        ),
        services.exports.export_action_plan(
            ActionQuery(involving_code="DP"), out / "plan-DP.csv", "csv"
        ),
        services.exports.export_action_plan(ActionQuery(), out / "plan.docx", "docx"),
    ]
    assert {p.name: leaks(text_of(p)) for p in written if leaks(text_of(p))} == {}
    assert any(r.number == CANARY_NUMBER for r in services.actions.list_actions())


def test_the_cellule_is_invisible_to_a_non_member(demo: Demo) -> None:
    services = demo.services_for("yannick", UserRole.SECRETAIRE)
    assert not any(r.number == CANARY_NUMBER for r in services.actions.list_actions())
    with pytest.raises(NotFoundError):
        services.actions.get_by_number(CANARY_NUMBER)
    with pytest.raises(NotFoundError):
        services.meetings.get_seance(demo.cellule_ids[0])
    with pytest.raises(NotFoundError):
        services.minutes.minutes_content(demo.cellule_ids[0])
    found = services.search.search("hall tour")
    assert found and not any(h.restricted or h.seance_id in demo.cellule_ids for h in found)
    assert services.search.search("Canarial") == []
    assert not any(h.action_number == CANARY_NUMBER for h in services.search.search("suivi"))


def test_include_restricted_is_refused_to_a_non_member(demo: Demo) -> None:
    services = demo.services_for("yannick", UserRole.SECRETAIRE)
    with pytest.raises(PermissionDeniedError, match="membre d'aucune instance restreinte"):
        services.exports.export_action_plan(
            ActionQuery(), demo.directory / "refused.pdf", "pdf", include_restricted=True
        )
    with pytest.raises(PermissionDeniedError):
        services.exports.export_seance_document(
            "minutes", demo.cotech_id, demo.directory / "refused.docx", "docx",
            include_restricted=True,
        )  # fmt: skip
    assert not (demo.directory / "refused.pdf").exists()
    assert not (demo.directory / "refused.docx").exists()


def test_a_member_reads_the_cellule_and_may_include_it(demo: Demo) -> None:
    services = demo.services_for("julien", UserRole.SECRETAIRE)
    out = demo.directory / "julien"
    out.mkdir()
    assert any(
        r.number == CANARY_NUMBER and r.is_restricted for r in services.actions.list_actions()
    )
    # The cellule's own compte rendu shows its content, names included, marked restricted.
    own = services.exports.export_seance_document(
        "minutes", demo.cellule_ids[0], out / "cellule.pdf", "pdf"
    )
    text = text_of(own)
    assert CANARY_NAME in text and CANARY_ACTION in text and "Diffusion restreinte" in text
    # A partner's plan leaves it out unless asked, and is then marked on every page.
    public = services.exports.export_action_plan(
        ActionQuery(involving_code="DP"), out / "plan-DP.pdf", "pdf"
    )
    assert CANARY_ACTION not in text_of(public)
    for fmt in ("pdf", "docx", "xlsx", "csv"):
        path = services.exports.export_action_plan(
            ActionQuery(involving_code="DP"), out / f"restreint.{fmt}", fmt,
            include_restricted=True,
        )  # fmt: skip
        text = text_of(path)
        assert CANARY_ACTION in text and "Diffusion restreinte" in text, fmt
    pages = pdf_text(out / "restreint.pdf").split("\f")
    assert all("Diffusion restreinte" in flat for flat in pages if flat.strip())


def test_restricted_seance_invitation_is_confidential_and_without_agenda(demo: Demo) -> None:
    services = demo.services_for("julien", UserRole.SECRETAIRE)
    planned = [
        s.id
        for s in services.meetings.list_seances()
        if s.instance_code == CELLULE and s.status is SeanceStatus.CONVOQUEE
    ]
    assert planned
    path = services.exports.export_seance_document(
        "convocation", planned[0], demo.directory / "cellule.ics", "ics"
    )
    event = next(iter(Calendar.from_ical(path.read_bytes()).walk("VEVENT")))
    assert str(event["CLASS"]) == "CONFIDENTIAL"
    description = str(event["DESCRIPTION"])
    assert "Ordre du jour" not in description
    titles = [p.title for p in services.meetings.get_seance(planned[0]).agenda]
    assert titles and not any(t in description for t in titles)
    public = services.exports.export_seance_document(
        "convocation", demo.cotech_id, demo.directory / "cotech.ics", "ics"
    )
    event = next(iter(Calendar.from_ical(public.read_bytes()).walk("VEVENT")))
    assert "CLASS" not in event and "Ordre du jour" in str(event["DESCRIPTION"])


def test_command_line_lists_and_exports(
    demo: Demo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(demo.db_path)
    monkeypatch.setenv("GUSP_DATA_DIR", str(demo.directory / "cli-data"))
    monkeypatch.setenv("GUSP_USER", "yannick")
    assert main(["--db", db, "actions", "list", "--format", "csv"]) == 0
    listed = capsys.readouterr().out
    assert "HM-25-001" in listed and not leaks(listed)
    assert main(["--db", db, "actions", "list", "--include-restricted"]) == 1
    assert "membre d'aucune instance restreinte" in capsys.readouterr().err
    target = demo.directory / "cli-refused.csv"
    assert main(["--db", db, "export", "actions", "-o", str(target), "--include-restricted"]) == 1
    assert not target.exists()
    monkeypatch.setenv("GUSP_USER", "julien")
    assert main(["--db", db, "actions", "list", "--include-restricted", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert CANARY_NUMBER in captured.out and "Diffusion restreinte" in captured.err
    assert main(["--db", db, "actions", "list", "--format", "json"]) == 0
    assert CANARY_NUMBER not in capsys.readouterr().out


def test_a_member_may_include_restricted_actions_in_another_instances_minutes(
    demo: Demo,
) -> None:
    services = demo.services_for("julien", UserRole.SECRETAIRE)
    out = demo.directory / "julien-cotech"
    out.mkdir()
    plain = services.exports.export_seance_document(
        "minutes", demo.cotech_id, out / "cotech.pdf", "pdf"
    )
    assert not leaks(text_of(plain))
    included = services.exports.export_seance_document(
        "minutes", demo.cotech_id, out / "cotech-restreint.docx", "docx", include_restricted=True
    )
    text = text_of(included)
    assert CANARY_ACTION in text and "Diffusion restreinte" in text
    assert SPAN_NOTE in text  # a restricted audience reads the marked words


def test_meetings_list_honours_the_rule_like_the_plan(
    demo: Demo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(demo.db_path)
    monkeypatch.setenv("GUSP_DATA_DIR", str(demo.directory / "cli-meetings"))
    monkeypatch.setenv("GUSP_USER", "yannick")
    assert main(["--db", db, "meetings", "list", "--format", "json"]) == 0
    listed = capsys.readouterr().out
    assert "COTECH-IQ" in listed and CELLULE not in listed
    assert main(["--db", db, "meetings", "list", "--include-restricted"]) == 1
    assert "membre d'aucune instance restreinte" in capsys.readouterr().err
    # A member's list for others leaves the cellule out too, unless she asks and is warned.
    monkeypatch.setenv("GUSP_USER", "julien")
    assert main(["--db", db, "meetings", "list", "--format", "json"]) == 0
    assert CELLULE not in capsys.readouterr().out
    assert main(["--db", db, "meetings", "list", "--include-restricted", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    rows = [r for r in captured.out.splitlines() if CELLULE in r]
    assert rows and all("restreinte" in r for r in rows)
    assert "Diffusion restreinte" in captured.err


def test_a_count_says_when_restricted_seances_are_left_out(demo: Demo) -> None:
    first = min(
        s.local_date
        for s in demo.services_for("julien", UserRole.SECRETAIRE).meetings.list_seances()
        if s.instance_code == CELLULE
    )
    for user, role, hidden in (
        ("yannick", UserRole.SECRETAIRE, True),
        ("julien", UserRole.SECRETAIRE, False),
        ("admin", UserRole.COORDINATEUR, False),
    ):
        meetings = demo.services_for(user, role).meetings
        assert meetings.hides_restricted(first, first) is hidden, user
        assert not meetings.hides_restricted(dt.date(1990, 1, 1), dt.date(1990, 12, 31))
