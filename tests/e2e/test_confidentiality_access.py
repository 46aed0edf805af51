"""Who reads the cellule de veille: a non-member finds nothing of it in the services, the
search or the command line and may not include it; a member reads it and may include it in a
document, which is then marked « Diffusion restreinte » (see ``confidentiality_demo``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import SeanceStatus, UserRole
from gusp_desktop.domain.errors import NotFoundError, PermissionDeniedError
from gusp_desktop.main import main
from tests.e2e import confidentiality_demo
from tests.e2e.confidentiality_demo import (
    CANARY_ACTION,
    CANARY_NAME,
    CANARY_NUMBER,
    CELLULE,
    SPAN_NOTE,
    Demo,
    leaks,
    text_of,
)
from tests.unit.documents.tools import pdf_text

demo = confidentiality_demo.demo


def test_the_cellule_is_invisible_to_a_non_member(demo: Demo) -> None:
    services = demo.services_for("yannick", UserRole.SECRETAIRE)
    assert not any(r.number == CANARY_NUMBER for r in services.actions.list_actions())
    with pytest.raises(NotFoundError):
        services.actions.get_by_number(CANARY_NUMBER)
    with pytest.raises(NotFoundError):
        services.meetings.get_seance(demo.cellule_ids[0])
    with pytest.raises(NotFoundError):
        services.minutes.minutes_content(demo.cellule_ids[0])
    with pytest.raises(NotFoundError):
        services.minutes.seance_actions(demo.cellule_ids[0])
    found = services.search.search("hall tour")
    assert found and not any(h.restricted or h.seance_id in demo.cellule_ids for h in found)
    assert services.search.search("Canarial") == []
    assert services.search.search("Témoinier") == []  # marked in the open COTECH's notes
    assert services.search.search("Spanwick") == []  # marked in a public action's comment
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
