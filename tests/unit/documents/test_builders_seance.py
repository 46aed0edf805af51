"""Convocation (with its ICS), ordre du jour and feuille d'émargement builders."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from gusp_desktop.documents import pdf
from gusp_desktop.documents.builders.agenda import build_agenda_document
from gusp_desktop.documents.builders.attendance import build_attendance_document
from gusp_desktop.documents.builders.cancellation import (
    build_cancellation_document,
    build_cancellation_invitation,
)
from gusp_desktop.documents.builders.convocation import (
    build_convocation_document,
    build_convocation_invitation,
)
from gusp_desktop.documents.model import BulletList, DocumentError, Table
from tests.unit.documents.builder_samples import (
    CLAIRE,
    YANNICK,
    agenda_item,
    make_content,
    make_detail,
    replace,
)
from tests.unit.documents.test_builders import headings, texts
from tests.unit.documents.tools import pdf_page_count

NBSP = "\u00a0"
STAMP = dt.datetime(2025, 6, 1, 8, 0, tzinfo=dt.UTC)


def _event(ics: bytes) -> object:
    calendar = Calendar.from_ical(ics)
    return next(iter(calendar.walk("VEVENT")))


def test_convocation_letter() -> None:
    document = build_convocation_document(
        make_content(), make_detail(), issued_on=dt.date(2025, 6, 1)
    )
    assert document.title == "Convocation"
    all_text = texts(document)
    assert all_text[0] == "Le 1er juin 2025"
    assert {"ORDRE DU JOUR", "DESTINATAIRES"} <= set(headings(document))
    agenda = next(b for b in document.blocks if isinstance(b, BulletList) and b.ordered)
    assert agenda.items[1] == "Suivi du plan d’actions (Claire Demarquette, 45\u00a0min)"
    assert any("claire.demarquette@example.fr" in t for t in all_text)


def test_invitation_in_paris_time_from_the_secretary() -> None:
    # SEQUENCE is the séance's ics_sequence (raised by each move), not its row version.
    ics = build_convocation_invitation(
        make_content(), make_detail(version=7, ics_sequence=2), stamp=STAMP
    )
    event = _event(ics)
    start = event["DTSTART"]  # type: ignore[index]
    assert start.params["TZID"] == "Europe/Paris"
    assert start.dt.hour == 9 and start.dt.minute == 30
    assert str(event["ORGANIZER"]) == "mailto:claire.demarquette@example.fr"  # type: ignore[index]
    attendees = {str(a) for a in event["ATTENDEE"]}  # type: ignore[index]
    # The organiser is not invited to her own meeting; Inès has no e-mail address.
    assert attendees == {
        "mailto:yannick.forestier@example.fr",
        "mailto:julien@example.fr",
        "mailto:lea@example.fr",
        "mailto:karim@example.fr",
    }
    assert "Inès Taleb" in str(event["DESCRIPTION"])  # type: ignore[index]
    assert event["SEQUENCE"] == 2  # type: ignore[index]
    assert str(event["UID"]) == "seance-4@gusp-desktop.local"  # type: ignore[index]


def test_invitation_falls_back_to_the_president_then_refuses() -> None:
    no_mail = replace(CLAIRE, email="")
    content = make_content(secretary=no_mail)
    event = _event(build_convocation_invitation(content, make_detail(), stamp=STAMP))
    assert str(event["ORGANIZER"]) == "mailto:yannick.forestier@example.fr"  # type: ignore[index]
    nobody = make_content(secretary=no_mail, president=replace(YANNICK, email=""))
    with pytest.raises(DocumentError, match="adresse électronique"):
        build_convocation_invitation(nobody, make_detail(), stamp=STAMP)


def test_agenda_shows_indicative_times() -> None:
    document = build_agenda_document(make_content(), make_detail())
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert [row[4] for row in table.rows] == [
        "9\u00a0h\u00a030",
        "9\u00a0h\u00a040",
        "10\u00a0h\u00a025",
    ]
    assert [row[5] for row in table.rows] == ["10\u00a0min", "45\u00a0min", "15\u00a0min"]
    empty = build_agenda_document(make_content(), make_detail(agenda=()))
    assert not any(isinstance(b, Table) for b in empty.blocks)
    assert pdf.render_pdf_bytes(empty).startswith(b"%PDF")


def test_attendance_sheet_prefilled_with_room_to_sign() -> None:
    functions = {8: "Responsable d'agence"}
    document = build_attendance_document(make_content(), functions=functions, blank_rows=4)
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert [c.title for c in table.columns][-1] == "Signature"
    assert table.min_row_height_mm >= 12
    assert len(table.rows) == 6 + 4
    julien = next(row for row in table.rows if row[2] == "Julien Cappelaere")
    assert julien[1:] == ("Marve Habitat (OPH)", "Julien Cappelaere", "Responsable d’agence", "")
    assert all(row[1:] == ("", "", "", "") for row in table.rows[6:])
    assert pdf.render_pdf_bytes(document).startswith(b"%PDF")


def test_attendance_sheet_of_a_seance_without_invitees() -> None:
    document = build_attendance_document(make_content(distribution=()))
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert len(table.rows) == 6
    assert table.caption == "0 personne invitée"


def test_convocation_with_long_agenda_lays_out(tmp_path: Path) -> None:
    agenda = tuple(agenda_item(i, "Point " + "très long " * 40, 5) for i in range(1, 41))
    document = build_convocation_document(make_content(), make_detail(agenda=agenda))
    path = tmp_path / "convocation.pdf"
    pdf.render_pdf(document, path)
    assert pdf_page_count(path) > 2
    assert len(next(b for b in document.blocks if isinstance(b, BulletList)).items) == 40


def test_cancellation_notice_and_calendar_withdrawal() -> None:
    detail = make_detail(ics_sequence=3, cancellation_reason="Grève des transports")
    document = build_cancellation_document(make_content(), detail)
    assert document.title == "Avis d'annulation"
    all_text = texts(document)
    assert any(t.endswith("est annulée.") for t in all_text)
    assert "Motif : Grève des transports" in all_text
    assert "DESTINATAIRES" in headings(document)
    event = _event(build_cancellation_invitation(make_content(), detail, stamp=STAMP))
    assert str(event["UID"]) == "seance-4@gusp-desktop.local"  # type: ignore[index]
    assert event["SEQUENCE"] == 3  # type: ignore[index]
    assert str(event["STATUS"]) == "CANCELLED"  # type: ignore[index]
    calendar = Calendar.from_ical(build_cancellation_invitation(make_content(), detail))
    assert str(calendar["METHOD"]) == "CANCEL"
    with pytest.raises(DocumentError, match="n'est pas annulée"):
        build_cancellation_document(make_content(), make_detail())


def test_draft_minutes_carry_the_mark_on_every_page() -> None:
    from gusp_desktop.documents.builders.minutes import DRAFT_MARK, build_minutes_document

    assert build_minutes_document(make_content()).watermark == ""
    assert build_minutes_document(make_content(), draft=True).watermark == DRAFT_MARK


def test_convocation_dated_from_the_issuing_town_names_the_instance_with_its_article() -> None:
    claire = replace(CLAIRE, town="Marvelin")
    content = make_content(
        secretary=claire,
        instance_type="cellule_veille",
        instance_type_label="Cellule de veille",
        instance_name="Cellule de veille Hauts-de-Marve",
    )
    document = build_convocation_document(content, make_detail(), issued_on=dt.date(2026, 12, 4))
    all_text = texts(document)
    assert all_text[0] == "Marvelin, le 4 décembre 2026"
    joined = " ".join(all_text)
    assert "à la séance n°\u00a04 de la cellule de veille Hauts-de-Marve" in joined
    assert " du Cellule" not in joined and "(e)" not in joined
    # The address stands alone: a justified sentence never carries it.
    assert any(t.startswith("Courriel") and "@" in t for t in all_text)
    assert not any("@" in t and "empêchement" in t for t in all_text)
    assert document.header.instance == "Cellule de veille Hauts-de-Marve"


def test_president_agrees_with_the_known_civility() -> None:
    nadia = replace(YANNICK, name="Nadia Belkacem-Roussel", civility="madame")
    document = build_convocation_document(make_content(president=nadia), make_detail())
    assert any(t.startswith("Présidente de séance") for t in texts(document))
    unknown = build_convocation_document(make_content(), make_detail())
    assert not any("Président(e)" in t for t in texts(unknown))
