"""Meeting invitations (iCalendar, RFC 5545/5546) sent with a convocation.

The invitation is a METHOD:REQUEST so that Outlook, Thunderbird or a phone offer to accept
it; a cancellation is a METHOD:CANCEL with the same UID, which removes the event. Times are
written in Europe/Paris with its VTIMEZONE, so the meeting keeps its local time for every
partner, whatever their computer's time zone and across daylight-saving changes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:  # icalendar is imported when an invitation is written, not at start
    from icalendar import Timezone, vCalAddress

from gusp_desktop.fileio import write_bytes_atomic

PARIS_TZID = "Europe/Paris"
PARIS = ZoneInfo(PARIS_TZID)
PRODID = "-//GUSP Desktop//Invitations//FR"

_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")
_TIMEZONE_MARGIN = timedelta(days=400)


def _paris_time(start: datetime) -> datetime:
    """A naive time is Paris local time; an aware one is converted to Paris time."""
    if start.tzinfo is None:
        return start.replace(tzinfo=PARIS)
    return start.astimezone(PARIS)


def _clean_email(email: str | None) -> str | None:
    """The address if it looks like one, otherwise None (the person is listed in the text)."""
    candidate = (email or "").strip()
    if candidate.lower().startswith("mailto:"):
        candidate = candidate[len("mailto:") :]
    return candidate if _EMAIL.match(candidate) else None


def _clean_name(name: str) -> str:
    """A CN parameter value: one line and no double quote, which iCalendar cannot carry."""
    return " ".join(name.replace('"', "'").split())


def _description(description: str, without_email: list[str]) -> str:
    """The meeting text, followed by the invitees who could not receive the invitation."""
    if not without_email:
        return description
    listing = "Participants sans adresse électronique\u202f: " + ", ".join(without_email)
    return f"{description.rstrip()}\n\n{listing}" if description.strip() else listing


def _timezone(start: datetime) -> Timezone:
    """The Europe/Paris VTIMEZONE covering the meeting and a year around it."""
    from icalendar import Timezone

    day = start.date()
    timezone = Timezone.from_tzid(
        PARIS_TZID, first_date=day - _TIMEZONE_MARGIN, last_date=day + _TIMEZONE_MARGIN
    )
    timezone.pop("COMMENT", None)  # an English technical note, not for the invitees
    return timezone


def _attendees(
    attendees: Sequence[tuple[str, str | None]],
) -> tuple[list[vCalAddress], list[str]]:
    """Calendar addresses for invitees with an e-mail address; names of the others."""
    from icalendar import vCalAddress

    addresses: list[vCalAddress] = []
    without_email: list[str] = []
    for name, email in attendees:
        address = _clean_email(email)
        if address is None:
            if name.strip():
                without_email.append(_clean_name(name))
            continue
        addresses.append(
            vCalAddress.new(
                address,
                cn=_clean_name(name) or address,
                role="REQ-PARTICIPANT",
                partstat="NEEDS-ACTION",
                rsvp=True,
            )
        )
    return addresses, without_email


def build_invitation(
    uid: str,
    summary: str,
    description: str,
    location: str,
    start: datetime,
    duration_minutes: int,
    organiser: tuple[str, str],
    attendees: Sequence[tuple[str, str | None]],
    sequence: int = 0,
    stamp: datetime | None = None,
    confidential: bool = False,
) -> bytes:
    """The .ics content inviting ``attendees`` to a meeting organised by ``organiser``.

    ``uid`` must stay the same for every update of one meeting, with ``sequence`` increased,
    so that calendars replace the event instead of adding a second one. ``stamp`` defaults to
    now and only needs to be given for reproducible output.
    """
    return _calendar(
        "REQUEST",
        "CONFIRMED",
        uid,
        summary,
        description,
        location,
        start,
        duration_minutes,
        organiser,
        attendees,
        sequence,
        stamp,
        confidential,
    )


def build_cancellation(
    uid: str,
    summary: str,
    description: str,
    location: str,
    start: datetime,
    duration_minutes: int,
    organiser: tuple[str, str],
    attendees: Sequence[tuple[str, str | None]],
    sequence: int,
    stamp: datetime | None = None,
    confidential: bool = False,
) -> bytes:
    """The .ics that removes a meeting from the invitees' calendars (METHOD:CANCEL).

    RFC 5546: same UID as the invitation, a SEQUENCE higher than the last one sent, and
    STATUS:CANCELLED on the event.
    """
    return _calendar(
        "CANCEL",
        "CANCELLED",
        uid,
        summary,
        description,
        location,
        start,
        duration_minutes,
        organiser,
        attendees,
        sequence,
        stamp,
        confidential,
    )


def _calendar(
    method: str,
    status: str,
    uid: str,
    summary: str,
    description: str,
    location: str,
    start: datetime,
    duration_minutes: int,
    organiser: tuple[str, str],
    attendees: Sequence[tuple[str, str | None]],
    sequence: int,
    stamp: datetime | None,
    confidential: bool = False,
) -> bytes:
    """``confidential`` (a restricted instance's séance) adds CLASS:CONFIDENTIAL, which shared
    calendars honour by showing the slot as busy without its details."""
    from icalendar import Calendar, Event, vCalAddress

    if duration_minutes <= 0:
        raise ValueError("La durée de la réunion doit être positive.")
    organiser_email = _clean_email(organiser[1])
    if organiser_email is None:
        raise ValueError("L'organisateur doit avoir une adresse électronique valide.")
    begin = _paris_time(start)
    addresses, without_email = _attendees(attendees)
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", (stamp or datetime.now(UTC)).astimezone(UTC))
    event.add("dtstart", begin)
    event.add("dtend", begin + timedelta(minutes=duration_minutes))
    event.add("summary", summary)
    if location:
        event.add("location", location)
    event.add("description", _description(description, without_email))
    event.add("sequence", sequence)
    event.add("status", status)
    event.add("transp", "OPAQUE")
    if confidential:
        event.add("class", "CONFIDENTIAL")
    event.add("organizer", vCalAddress.new(organiser_email, cn=_clean_name(organiser[0]) or None))
    for address in addresses:
        event.add("attendee", address)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add_component(_timezone(begin))
    calendar.add_component(event)
    return bytes(calendar.to_ical())


def write_ics(
    path: str | os.PathLike[str],
    uid: str,
    summary: str,
    description: str,
    location: str,
    start: datetime,
    duration_minutes: int,
    organiser: tuple[str, str],
    attendees: Sequence[tuple[str, str | None]],
    sequence: int = 0,
) -> None:
    """Write the invitation described as in :func:`build_invitation` to ``path`` atomically."""
    content = build_invitation(
        uid,
        summary,
        description,
        location,
        start,
        duration_minutes,
        organiser,
        attendees,
        sequence,
    )
    write_bytes_atomic(path, content)
