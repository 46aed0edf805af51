"""Checks of what a user types about a séance: dates, durations, officers, texts, reasons."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gusp_desktop.db.models import Contact
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.meetings import SeanceEditData, SeanceHighlights
from gusp_desktop.domain.text import check_length, check_required, clean
from gusp_desktop.services.seance_records import as_utc

DURATION_MAX = 720
SUMMARY_MAX = 50_000
NOTE_MAX = 5_000
REASON_MAX = 2_000


def validate_edit(session: Session, data: SeanceEditData) -> SeanceEditData:
    """The edit cleaned (UTC date, trimmed texts), or a ValidationError naming each field."""
    data = SeanceEditData(
        starts_at=as_utc(data.starts_at),
        duration_minutes=data.duration_minutes,
        place=clean(data.place),
        president_id=data.president_id,
        secretary_id=data.secretary_id,
        summary=data.summary.strip(),
        next_meeting_note=data.next_meeting_note.strip(),
    )
    errors: dict[str, str] = {}
    if not 1 <= data.duration_minutes <= DURATION_MAX:
        errors["duration_minutes"] = Message(
            "La durée doit être comprise entre 1 et {duration_max} minutes.",
            duration_max=DURATION_MAX,
        )
    check_length(errors, "place", data.place, "Le lieu", 300)
    check_length(errors, "summary", data.summary, "Le résumé", SUMMARY_MAX)
    check_length(
        errors,
        "next_meeting_note",
        data.next_meeting_note,
        "Le mot sur la prochaine réunion",
        NOTE_MAX,
    )
    for key, contact_id, label in (
        ("president_id", data.president_id, "Président(e) de séance inconnu(e)."),
        ("secretary_id", data.secretary_id, "Secrétaire de séance inconnu(e)."),
    ):
        if contact_id is not None and session.get(Contact, contact_id) is None:
            errors[key] = label
    if errors:
        raise ValidationError(errors)
    return data


def check_highlights(data: SeanceHighlights) -> SeanceHighlights:
    """Faits marquants, prochaine réunion and diffusion note, trimmed and within bounds."""
    data = SeanceHighlights(
        summary=data.summary.strip(),
        next_meeting_note=data.next_meeting_note.strip(),
        distribution_note=data.distribution_note.strip(),
    )
    errors: dict[str, str] = {}
    check_length(errors, "summary", data.summary, "Les faits marquants", SUMMARY_MAX)
    check_length(
        errors, "next_meeting_note", data.next_meeting_note, "La prochaine réunion", NOTE_MAX
    )
    check_length(
        errors, "distribution_note", data.distribution_note, "La note de diffusion", NOTE_MAX
    )
    if errors:
        raise ValidationError(errors)
    return data


def cancellation_reason(reason: str) -> str:
    """The reason of a cancellation, required: the avis d'annulation states it."""
    reason = reason.strip()
    errors: dict[str, str] = {}
    check_required(errors, "reason", reason, "Le motif de l'annulation")
    check_length(errors, "reason", reason, "Le motif de l'annulation", REASON_MAX)
    if errors:
        raise ValidationError(errors)
    return reason
