"""The « avis d'annulation » of a séance and the calendar file that withdraws it.

The notice tells the invitees which séance will not take place and why; the .ics file
(METHOD:CANCEL, same UID as the invitation, higher SEQUENCE) removes it from their calendars.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gusp_desktop.documents.builders import common as c
from gusp_desktop.documents.builders.convocation import (
    invitation_attendees,
    invitation_uid,
    organiser_of,
)
from gusp_desktop.documents.french import long_date
from gusp_desktop.documents.ics import build_cancellation
from gusp_desktop.documents.model import (
    Block,
    Document,
    DocumentError,
    Heading,
    KeyValues,
    Paragraph,
)
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.domain.minutes import MinutesContent
from gusp_desktop.domain.timezone import PARIS

TITLE = "Avis d'annulation"


def _reason(detail: SeanceDetail) -> str:
    if not detail.cancellation_reason:
        raise DocumentError(
            f"La séance n° {detail.number} n'est pas annulée : il n'y a pas d'avis d'annulation."
        )
    return detail.cancellation_reason


def _issued_on(detail: SeanceDetail, content: MinutesContent) -> dt.date:
    if detail.cancelled_at is None:
        return content.as_of
    return detail.cancelled_at.astimezone(PARIS).date()


def build_cancellation_document(
    content: MinutesContent, detail: SeanceDetail, *, logo_path: Path | None = None
) -> Document:
    """The notice sent to the invitees of a cancelled séance."""
    reason = _reason(detail)
    seance = c.seance_of_instance(content)
    announcement = (
        f"{seance[0].upper()}{seance[1:]}, prévue le "
        f"{long_date(content.local_date)} {c.time_span(content)}"
    )
    announcement += f" ({content.place})" if content.place else ""
    announcement += ", est annulée."
    blocks: list[Block] = [
        Paragraph(c.fr(c.letter_heading_date(content, _issued_on(detail, content)))),
        KeyValues(
            (
                ("Objet", c.fr(f"Annulation de {seance}")),
                ("Date prévue", long_date(content.local_date)),
                ("Horaire", c.time_span(content)),
                ("Lieu", c.fr(content.place) or c.DASH),
                ("Motif", c.fr(reason)),
            )
        ),
        Paragraph("Madame, Monsieur,"),
        Paragraph(c.fr(announcement)),
        Paragraph(c.fr(f"Motif : {reason}"), emphasis=True),
        Paragraph(
            c.fr(
                "La date de la prochaine séance vous sera communiquée ultérieurement. Le fichier "
                ".ics joint retire la séance de votre agenda."
            )
        ),
        Paragraph(
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
        ),
    ]
    if content.president is not None:
        blocks += [
            Paragraph(c.fr(content.president.name), emphasis=True),
            Paragraph(c.fr(c.president_role(content.president)), small=True),
        ]
    blocks += [
        Heading("DESTINATAIRES"),
        *c.people_blocks(content.distribution, "Aucun invité enregistré."),
    ]
    return Document(
        title=TITLE,
        subtitle=c.seance_subtitle(content),
        header=c.seance_header(content),
        blocks=tuple(blocks),
        logo_path=logo_path,
        footer_note=c.footer_note(content, TITLE),
    )


def build_cancellation_invitation(
    content: MinutesContent, detail: SeanceDetail, *, stamp: dt.datetime | None = None
) -> bytes:
    """The METHOD:CANCEL calendar file: same UID as the invitation, the séance's SEQUENCE
    (raised by the cancellation above any invitation sent before)."""
    reason = _reason(detail)
    organiser = organiser_of(content)
    return build_cancellation(
        uid=invitation_uid(content),
        summary=f"ANNULÉ – {c.seance_name(content)}",
        description="Séance annulée."
        if content.confidential
        else f"Séance annulée. Motif : {reason}",
        location=content.place,
        start=content.starts_at,
        duration_minutes=content.duration_minutes,
        organiser=organiser,
        attendees=invitation_attendees(content, organiser),
        sequence=detail.ics_sequence,
        stamp=stamp,
        confidential=content.confidential,
    )
