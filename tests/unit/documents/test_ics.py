"""Meeting invitations, parsed back with icalendar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from gusp_desktop.documents.ics import build_invitation, write_ics

PARIS = ZoneInfo("Europe/Paris")
ORGANISER = ("Élodie Martin", "elodie.martin@ville.example")
ATTENDEES = [
    ("Jean Dupont, bailleur", "jean.dupont@bailleur.example"),
    ('Zoé "Zaza" Œuvray', "zoe@asso.example"),
    ("Amicale des locataires", None),
    ("Gardien", "pas-une-adresse"),
]


def _invitation(start: datetime = datetime(2025, 6, 12, 14, 30), **changes: object) -> Calendar:
    arguments: dict[str, object] = {
        "uid": "seance-4@gusp.example",
        "summary": "Comité technique GUSP – séance n° 4",
        "description": "Ordre du jour : propreté, éclairage, « cœur » du quartier.",
        "location": "Maison de quartier des Œillets",
        "start": start,
        "duration_minutes": 120,
        "organiser": ORGANISER,
        "attendees": ATTENDEES,
        "sequence": 2,
    }
    arguments.update(changes)
    return Calendar.from_ical(build_invitation(**arguments))  # type: ignore[arg-type]


def _event(calendar: Calendar) -> Any:
    """The single VEVENT; typed loosely because property types depend on the content."""
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_request_with_paris_timezone() -> None:
    calendar = _invitation()
    assert str(calendar["METHOD"]) == "REQUEST"
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Paris"]
    event = _event(calendar)
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    start = event.decoded("DTSTART")
    assert start == datetime(2025, 6, 12, 14, 30, tzinfo=PARIS)
    assert event.decoded("DTEND") - start == timedelta(minutes=120)
    assert int(event["SEQUENCE"]) == 2
    assert str(event["UID"]) == "seance-4@gusp.example"
    assert str(event["SUMMARY"]) == "Comité technique GUSP – séance n° 4"


def test_organiser_and_attendees() -> None:
    event = _event(_invitation())
    organiser = event["ORGANIZER"]
    assert str(organiser) == "mailto:elodie.martin@ville.example"
    assert organiser.params["CN"] == "Élodie Martin"
    attendees = event["ATTENDEE"]
    assert [str(a) for a in attendees] == [
        "mailto:jean.dupont@bailleur.example",
        "mailto:zoe@asso.example",
    ]
    for attendee in attendees:
        assert attendee.params["ROLE"] == "REQ-PARTICIPANT"
        assert attendee.params["PARTSTAT"] == "NEEDS-ACTION"
        assert attendee.params["RSVP"] == "TRUE"
    assert attendees[0].params["CN"] == "Jean Dupont, bailleur"
    assert attendees[1].params["CN"] == "Zoé 'Zaza' Œuvray"


def test_attendees_without_email_listed_in_description() -> None:
    description = str(_event(_invitation())["DESCRIPTION"])
    assert description.startswith("Ordre du jour : propreté")
    assert "Amicale des locataires" in description
    assert "Gardien" in description
    assert "Jean Dupont" not in description


def test_aware_start_is_converted_to_paris_time() -> None:
    event = _event(_invitation(datetime(2025, 1, 9, 9, 0, tzinfo=UTC)))
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert event.decoded("DTSTART").replace(tzinfo=None) == datetime(2025, 1, 9, 10, 0)


def test_invalid_organiser_or_duration_rejected() -> None:
    with pytest.raises(ValueError, match="organisateur"):
        _invitation(organiser=("Sans adresse", ""))
    with pytest.raises(ValueError, match="durée"):
        _invitation(duration_minutes=0)


def test_write_ics(tmp_path: Path) -> None:
    path = tmp_path / "invitation.ics"
    write_ics(
        path,
        "uid-1@gusp.example",
        "Comité",
        "",
        "",
        datetime(2025, 10, 26, 10, 0),
        60,
        ORGANISER,
        [],
    )
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    event = _event(Calendar.from_ical(raw))
    # 26 October 2025 is the day winter time starts: 10:00 is then UTC+1.
    assert event.decoded("DTSTART").utcoffset() == timedelta(hours=1)
    assert "ATTENDEE" not in event
