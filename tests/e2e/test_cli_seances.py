"""A séance's life from the command line, as a user types it, on the demo territory.

Calendar files are read back with icalendar and PDFs with pdftotext, page by page: nothing
here trusts the code that wrote them.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.e2e.test_cli_core import run
from tests.unit.documents.tools import pdf_page_count, require

SHOW_KEYS = {
    "id", "instance", "number", "date", "starts_at", "place", "duration", "status",
    "invitees", "agenda", "signatures", "missing_signatures",
}  # fmt: skip
DRAFT_MARK = "PROJET — document de travail"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("seances")
    result = run(home, "demo")
    assert result.returncode == 0, result.stderr
    return home


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(home, *args)


def ok(home: Path, *args: str) -> str:
    result = cli(home, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def show(home: Path, seance_id: int) -> dict[str, object]:
    record: dict[str, object] = json.loads(
        ok(home, "meetings", "show", str(seance_id), "--format", "json")
    )
    return record


def audit_count(home: Path) -> int:
    with sqlite3.connect(home / "data" / "gusp.sqlite3") as conn:
        return int(conn.execute("SELECT count(*) FROM audit_event").fetchone()[0])


def event_of(path: Path) -> tuple[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    (event,) = calendar.walk("VEVENT")
    return str(calendar["METHOD"]), event


def test_create_reschedule_convene_and_cancel(demo: Path) -> None:
    created = json.loads(
        ok(demo, "meetings", "create", "--instance", "cotech-iq", "--date", "2031-03-04T09:30",
           "--duration", "90", "--president", "etienne vasseur", "--format", "json")
    )  # fmt: skip
    assert {"id", "instance", "number", "date", "starts_at", "status"} <= set(created)
    assert (created["instance"], created["date"], created["status"]) == (
        "COTECH-IQ", "2031-03-04", "planifiee",
    )  # fmt: skip
    assert created["starts_at"] == "2031-03-04T08:30:00+00:00"  # 09:30 in Paris, winter time
    seance = int(created["id"])
    detail = show(demo, seance)
    assert set(detail) >= SHOW_KEYS
    assert (detail["duration"], detail["president"]) == (90, "Étienne Vasseur")
    invitees = detail["invitees"]
    assert isinstance(invitees, list) and invitees
    assert all({"name", "organisation", "role", "attendance"} <= set(i) for i in invitees)
    assert detail["missing_signatures"] == ["president", "secretaire"]
    # An earlier séance of the same year comes first: the new one is renumbered.
    earlier = json.loads(
        ok(demo, "meetings", "create", "--instance", "COTECH-IQ", "--date", "2031-01-14T09:30",
           "--format", "json")
    )  # fmt: skip
    assert (earlier["number"], show(demo, seance)["number"]) == (1, 2)

    first_ics, moved_ics = demo / "invitation.ics", demo / "invitation-2.ics"
    ok(demo, "export", "convocation", str(seance), "-o", str(first_ics))
    assert show(demo, seance)["status"] == "convoquee"  # exporting the convocation convenes
    out = ok(demo, "meetings", "update", str(seance), "--date", "2031-03-11T10:00")
    assert "invitation mise à jour" in out
    ok(demo, "export", "convocation", str(seance), "-o", str(moved_ics))
    (method1, event1), (method2, event2) = event_of(first_ics), event_of(moved_ics)
    assert method1 == method2 == "REQUEST"
    assert str(event2["UID"]) == str(event1["UID"])  # type: ignore[index]
    assert event2["SEQUENCE"] > event1["SEQUENCE"]  # type: ignore[index]
    # The convened séance keeps n° 2, even when an earlier one is planned now.
    ok(demo, "meetings", "create", "--instance", "COTECH-IQ", "--date", "2031-02-01T09:30")
    assert show(demo, seance)["number"] == 2

    cancelled = ok(demo, "meetings", "cancel", str(seance), "--reason", "Grève des transports")
    assert "annulée" in cancelled
    cancel_ics = demo / "annulation.ics"
    ok(demo, "export", "cancellation", str(seance), "-o", str(cancel_ics))
    method, event = event_of(cancel_ics)
    assert method == "CANCEL" and str(event["STATUS"]) == "CANCELLED"  # type: ignore[index]
    assert str(event["UID"]) == str(event1["UID"])  # type: ignore[index]
    assert event["SEQUENCE"] > event2["SEQUENCE"]  # type: ignore[index]
    require("pdftotext")
    for suffix in ("pdf", "docx"):
        ok(demo, "export", "cancellation", str(seance), "-o", str(demo / f"avis.{suffix}"))
    text = subprocess.run(
        ["pdftotext", str(demo / "avis.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Avis d’annulation" in text and "Grève des transports" in text  # typographic ’
    refused = cli(demo, "export", "convocation", str(seance), "-o", str(demo / "x.pdf"))
    assert refused.returncode == 1 and "annulée" in refused.stderr


def test_hold_is_refused_before_the_date_then_accepted_and_undone(demo: Path) -> None:
    future = json.loads(
        ok(demo, "meetings", "create", "--instance", "COPIL-CDV", "--date", "2032-05-06T10:00",
           "--format", "json")
    )["id"]  # fmt: skip
    before = audit_count(demo)
    refused = cli(demo, "meetings", "hold", str(future))
    assert refused.returncode == 1
    assert "avant son début" in refused.stderr and refused.stderr.startswith("Erreur : ")
    assert audit_count(demo) == before and show(demo, future)["status"] == "planifiee"
    past = json.loads(
        ok(demo, "meetings", "create", "--instance", "COPIL-CDV", "--date", "2020-01-06T10:00",
           "--format", "json")
    )["id"]  # fmt: skip
    assert "Tenue" in ok(demo, "meetings", "hold", str(past))
    assert "Planifiée" in ok(demo, "meetings", "hold", str(past), "--undo")
    ok(demo, "meetings", "hold", str(past))
    # Out of order: the minutes cannot go to review before they are being written.
    before = audit_count(demo)
    review = cli(demo, "minutes", "review", str(past))
    assert review.returncode == 1 and "n'est pas en rédaction" in review.stderr
    convene = cli(demo, "meetings", "convene", str(past))
    assert convene.returncode == 1 and "ne peut pas passer" in convene.stderr
    assert audit_count(demo) == before


def test_bad_input_is_refused_in_french_and_writes_nothing(demo: Path) -> None:
    before = audit_count(demo)
    cases = [
        (("meetings", "create", "--instance", "COTECH-IQ", "--date", "2031-02-30T09:00"),
         "Date invalide"),
        (("meetings", "create", "--instance", "COTECH-IQ", "--date", "demain"), "Date invalide"),
        (("meetings", "create", "--instance", "INCONNUE", "--date", "2031-02-03T09:00"),
         "Instance « INCONNUE » introuvable"),
        (("meetings", "create", "--instance", "COTECH-IQ", "--date", "2031-02-03T09:00",
          "--secretary", "Personne Inconnue"), "introuvable dans l'annuaire"),
        (("meetings", "create", "--instance", "COTECH-IQ", "--date", "2031-02-03T09:00",
          "--duration", "deux heures"), "Durée invalide"),
        (("meetings", "update", "4", "--date", "2031-02-03T09:00"), "a eu lieu"),
        (("meetings", "invite", "5", "--contact", "Personne Inconnue"), "introuvable"),
        (("meetings", "cancel", "1", "--reason", "Trop tard"), "ne peut pas passer"),
        (("meetings", "show", "99999"), "introuvable"),
    ]  # fmt: skip
    for args, message in cases:
        result = cli(demo, *args)
        assert result.returncode == 1, (args, result.stderr)
        assert result.stderr.startswith("Erreur : ") and message in result.stderr, (
            args,
            result.stderr,
        )
        assert "Traceback" not in result.stderr
    assert audit_count(demo) == before


def test_invitations_review_and_draft_minutes(demo: Path) -> None:
    seance = json.loads(
        ok(demo, "meetings", "create", "--instance", "ME-CO", "--date", "2031-06-01T18:00",
           "--format", "json")
    )["id"]  # fmt: skip
    assert "Aucun nouveau membre" in ok(
        demo, "meetings", "invite", str(seance), "--instance-members"
    )
    assert "Bruno Lefebvre-Wattel" in ok(
        demo, "meetings", "invite", str(seance), "--contact", "bruno lefebvre"
    )
    # Minutes being written (séance 4 of the demo): review round, then the draft.
    listing = json.loads(ok(demo, "meetings", "list", "--format", "json"))
    writing = next(s for s in listing if s["status"] == "cr_redaction")["id"]
    out = ok(demo, "minutes", "review", str(writing), "--reviewer", "Yannick Forestier")
    assert "relecture (tour 1) : Yannick Forestier" in out
    assert show(demo, writing)["status"] == "cr_relecture"
    draft = demo / "projet.pdf"
    ok(demo, "export", "minutes", str(writing), "--draft", "-o", str(draft))
    require("pdftotext")
    pages = pdf_page_count(draft)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(draft), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        assert DRAFT_MARK in text, f"page {page} sans la mention de projet"
    final = demo / "final.pdf"
    ok(demo, "export", "minutes", str(writing), "-o", str(final))
    assert (
        DRAFT_MARK
        not in subprocess.run(
            ["pdftotext", str(final), "-"], capture_output=True, text=True, check=True
        ).stdout
    )


def test_convocation_without_invitees_warns(demo: Path) -> None:
    seance = json.loads(
        ok(demo, "meetings", "create", "--instance", "ME-CO", "--date", "2031-07-01T18:00",
           "--format", "json")
    )  # fmt: skip
    # A séance planned before invitations existed has nobody on its list.
    with sqlite3.connect(demo / "data" / "gusp.sqlite3") as conn:
        conn.execute("DELETE FROM attendance WHERE seance_id = ?", (seance["id"],))
    result = cli(demo, "export", "convocation", str(seance["id"]), "-o", str(demo / "c.pdf"))
    assert result.returncode == 0, result.stderr
    assert "Attention : Aucun destinataire" in result.stderr
