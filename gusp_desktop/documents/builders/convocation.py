"""The convocation to a séance and the calendar invitation (ICS) sent with it.

The letter says when, where and why, lists the ordre du jour and tells how to excuse oneself
or be represented. The invitation puts the meeting in every invitee's calendar in Paris time,
organised by the instance's secretary (or its president) so that replies reach them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gusp_desktop.documents.builders import common as c
from gusp_desktop.documents.french import long_date
from gusp_desktop.documents.ics import build_invitation
from gusp_desktop.documents.model import (
    Block,
    BulletList,
    Document,
    DocumentError,
    Heading,
    KeyValues,
    Paragraph,
)
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.domain.minutes import MinutesContent, PersonLine

TITLE = "Convocation"
UID_DOMAIN = "gusp-desktop.local"


def build_convocation_document(
    content: MinutesContent,
    detail: SeanceDetail,
    *,
    logo_path: Path | None = None,
    issued_on: dt.date | None = None,
) -> Document:
    """The convocation letter, dated ``issued_on`` (default: the content's today)."""
    blocks: list[Block] = [
        Paragraph(c.fr(c.letter_heading_date(content, issued_on or content.as_of))),
        *_facts(content),
        *_letter(content),
        *_agenda(detail),
        *_practical(content),
        *_closing(content),
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


def _facts(content: MinutesContent) -> list[Block]:
    subject = f"Convocation à {c.seance_of_instance(content)}"
    pairs = (
        ("Objet", c.fr(subject)),
        ("Date", long_date(content.local_date)),
        ("Horaire", c.time_span(content)),
        ("Lieu", c.fr(content.place) or c.DASH),
        ("Présidence", c.person_with_organisation(content.president)),
    )
    return [KeyValues(pairs)]


def _letter(content: MinutesContent) -> list[Block]:
    invitation = (
        f"Nous vous invitons à {c.seance_of_instance(content)}, qui se tiendra le "
        f"{long_date(content.local_date)} {c.time_span(content)}"
    )
    invitation += f", au lieu suivant : {content.place}." if content.place else "."
    return [Paragraph("Madame, Monsieur,"), Paragraph(c.fr(invitation))]


def _agenda(detail: SeanceDetail) -> list[Block]:
    points = c.planned_points(detail)
    if not points:
        text = "L'ordre du jour détaillé vous sera communiqué ultérieurement."
        return [Heading("ORDRE DU JOUR"), Paragraph(text)]
    items = []
    for item in points:
        extra = c.presenter_and_length(item)
        items.append(c.fr(f"{item.title} ({extra})" if extra else item.title))
    return [Heading("ORDRE DU JOUR"), BulletList(tuple(items), ordered=True)]


def _contact(person: PersonLine | None) -> str:
    return "le secrétariat de l'instance" if person is None else person.name


def _practical(content: MinutesContent) -> list[Block]:
    excuse = (
        f"En cas d'empêchement, merci d'en informer {_contact(content.secretary)} et, le cas "
        "échéant, de vous faire représenter par un membre de votre organisation."
    )
    # The address on a line of its own: inside a justified sentence, an unbreakable address
    # spreads the words of its line apart.
    secretary = content.secretary
    reach = [Paragraph(f"Courriel : {secretary.email}")] if secretary and secretary.email else []
    blocks: list[Block] = [
        Paragraph(c.fr(excuse)),
        *reach,
        Paragraph(
            c.fr(
                "Une invitation électronique (fichier .ics) accompagne la présente "
                "convocation : elle ajoute la séance à votre agenda."
            )
        ),
    ]
    if content.confidential:
        warning = (
            "Les échanges de cette instance sont confidentiels : merci de ne pas transmettre "
            "la présente convocation."
        )
        blocks.append(Paragraph(c.fr(warning), emphasis=True))
    return blocks


def _closing(content: MinutesContent) -> list[Block]:
    blocks: list[Block] = [
        Paragraph("Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.")
    ]
    if content.president is not None:
        blocks += [
            Paragraph(c.fr(content.president.name), emphasis=True),
            Paragraph(c.fr(c.president_role(content.president)), small=True),
        ]
    return blocks


# ----------------------------------------------------------------------------- invitation


def organiser_of(content: MinutesContent) -> tuple[str, str]:
    """The secretary, who receives the replies, else the president; one needs an e-mail."""
    for person in (content.secretary, content.president):
        if person is not None and person.email.strip():
            return person.name, person.email
    raise DocumentError(
        "L'invitation ne peut pas être produite : ni le secrétaire ni le président de séance "
        "n'a d'adresse électronique dans l'annuaire."
    )


def invitation_uid(content: MinutesContent) -> str:
    """Stable for the séance, so that a new version replaces the event in calendars."""
    return f"seance-{content.seance_id}@{UID_DOMAIN}"


RESTRICTED_AGENDA = (
    "Séance à diffusion restreinte : l'ordre du jour est communiqué aux membres de l'instance "
    "par la convocation."
)


def _description(content: MinutesContent, detail: SeanceDetail) -> str:
    """The agenda's titles; none for a restricted séance, whose invitation may sit in shared
    calendars and mail servers."""
    if content.confidential:
        return RESTRICTED_AGENDA
    lines = ["Ordre du jour :"]
    lines += [f"{i}. {item.title}" for i, item in enumerate(c.planned_points(detail), start=1)]
    if len(lines) == 1:
        lines.append("communiqué ultérieurement.")
    return "\n".join(lines)


def invitation_attendees(
    content: MinutesContent, organiser: tuple[str, str]
) -> list[tuple[str, str | None]]:
    """The invitees as (name, e-mail); the organiser is not asked to answer their own invitation."""
    return [
        (p.name, p.email or None)
        for p in content.distribution
        if p.email.strip().casefold() != organiser[1].strip().casefold()
    ]


def build_convocation_invitation(
    content: MinutesContent, detail: SeanceDetail, *, stamp: dt.datetime | None = None
) -> bytes:
    """The .ics invitation: one UID per séance, and the séance's ``ics_sequence``, raised at
    every change of date, time, place or duration, so an update moves the event in calendars
    instead of adding a second one."""
    organiser = organiser_of(content)
    return build_invitation(
        uid=invitation_uid(content),
        summary=c.seance_name(content),
        description=_description(content, detail),
        location=content.place,
        start=content.starts_at,
        duration_minutes=content.duration_minutes,
        organiser=organiser,
        attendees=invitation_attendees(content, organiser),
        sequence=detail.ics_sequence,
        stamp=stamp,
        confidential=content.confidential,
    )
