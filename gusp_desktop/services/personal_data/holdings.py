"""Finding every row that names a contact: by a link, or in free text.

Links are the foreign keys to ``contact`` (memberships, émargement, séances chaired, points
presented, actions piloted, copies, review rounds, user accounts) plus the audit events of the
contact's own card. Mentions are the contact's name written in a text (notes, decisions,
descriptions, follow-up comments, frozen minutes), found case-insensitively; what a mention is
shown with is a short excerpt, never the whole text (it may name other people). Signed
comptes rendus are found through their signer's name and through the séances the contact
chaired.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attendance,
    AuditEvent,
    Constat,
    Contact,
    Decision,
    Instance,
    Membership,
    MinutesReviewer,
    MinutesVersion,
    Relance,
    Seance,
    SeanceRecipient,
    SignalementReporter,
    SignedFile,
    User,
)
from gusp_desktop.domain.personal_data import HeldRow, SignedCopy
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.signed_minutes.files import SignedArchive

EXCERPT = 80


@dataclass(frozen=True)
class Link:
    """A foreign key to ``contact``: the table, its column, and what it makes of the person."""

    model: type[Any]
    column: str
    relation: str


LINKS = (
    Link(Membership, "contact_id", "membre de l'instance"),
    Link(Attendance, "contact_id", "invité(e) à la séance (émargement)"),
    Link(Attendance, "represented_by_id", "représente un(e) invité(e)"),
    Link(Seance, "president_id", "président(e) de séance"),
    Link(Seance, "secretary_id", "secrétaire de séance"),
    Link(AgendaItem, "presenter_id", "présente le point"),
    Link(Action, "pilot_contact_id", "pilote de l'action"),
    Link(SeanceRecipient, "contact_id", "destinataire du compte rendu"),
    Link(MinutesReviewer, "contact_id", "relecteur du compte rendu"),
    Link(User, "contact_id", "compte utilisateur"),
    Link(Relance, "contact_id", "destinataire d'une relance"),
    Link(SignalementReporter, "contact_id", "auteur d'un signalement"),
)


@dataclass(frozen=True)
class TextField:
    """Free text where a name may be written; ``editable`` texts can be occulted."""

    model: type[Any]
    columns: tuple[str, ...]
    label: str
    editable: bool = True


TEXTS = (
    TextField(AgendaItem, ("title", "description", "notes"), "notes du point"),
    TextField(Decision, ("text",), "décision"),
    TextField(Action, ("title", "description", "origin_note", "outcome", "indicator"), "action"),
    TextField(
        Seance,
        ("summary", "next_meeting_note", "distribution_note", "cancellation_reason"),
        "séance",
    ),
    TextField(
        Constat,
        ("description", "place", "resident_words", "preconisation", "status_reason"),
        "constat",
    ),
    TextField(SignalementReporter, ("name",), "auteur d'un signalement"),
    # Follow-up history is never rewritten, nor are frozen versions of the minutes.
    TextField(
        ActionUpdate,
        ("comment", "reason", "old_value", "new_value"),
        "point de suivi",
        editable=False,
    ),
    TextField(MinutesVersion, ("snapshot",), "version figée du compte rendu", editable=False),
)


def seance_label(session: Session, seance_id: int | None) -> str:
    """« COTECH-GUSP n° 3 du 12/06/2025 »."""
    if seance_id is None:
        return ""
    row = session.execute(
        select(Instance.code, Seance.number, Seance.starts_at)
        .join(Instance, Instance.id == Seance.instance_id)
        .where(Seance.id == seance_id)
    ).first()
    if row is None:
        return f"séance n° {seance_id}"
    return f"{row.code} n° {row.number} du {row.starts_at.astimezone(PARIS):%d/%m/%Y}"


def plain(value: Any) -> Any:
    """A column value as JSON can hold it."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return getattr(value, "value", value)


def row_values(row: Any) -> dict[str, Any]:
    """Every column of an ORM row, JSON-ready (search shadows left out)."""
    return {
        c.key: plain(getattr(row, c.key))
        for c in row.__mapper__.column_attrs
        if c.key != "search_text"
    }


def linked_rows(session: Session, contact_id: int) -> Iterator[HeldRow]:
    """Rows whose foreign keys point at the contact."""
    for link in LINKS:
        column = getattr(link.model, link.column)
        for row in session.scalars(select(link.model).where(column == contact_id)):
            yield HeldRow(
                link.model.__tablename__,
                int(row.id),
                link.relation,
                _summary(session, row),
                row_values(row),
            )


def _summary(session: Session, row: Any) -> str:
    if isinstance(row, Seance):
        return seance_label(session, row.id)
    if isinstance(row, Membership):
        instance = session.get(Instance, row.instance_id)
        return f"{instance.code if instance else row.instance_id} ({row.role.label})"
    if isinstance(row, Action):
        return f"{row.number} {row.title}"
    if isinstance(row, AgendaItem):
        return f"{seance_label(session, row.seance_id)} : {row.title}"
    if isinstance(row, User):
        return row.username
    if isinstance(row, SignalementReporter):
        return f"signalement n° {row.signalement_id}"
    seance_id = getattr(row, "seance_id", None)
    return seance_label(session, seance_id)


def card_events(session: Session, contact_id: int) -> Iterator[HeldRow]:
    """The audit events of the contact's own card (what it said, and when)."""
    query = select(AuditEvent).where(
        AuditEvent.entity == "contact", AuditEvent.entity_id == contact_id
    )
    for event in session.scalars(query.order_by(AuditEvent.id)):
        values = {"auteur": event.author, "avant": _decoded(event.before)}
        values["après"] = _decoded(event.after)
        yield HeldRow(
            "audit_event",
            event.id,
            "historique de la fiche",
            f"{event.operation} le {event.at.astimezone(PARIS):%d/%m/%Y %H:%M}",
            values,
        )


def _decoded(text: str) -> Any:
    try:
        return json.loads(text) if text else {}
    except ValueError:
        return text


def mention_condition(columns: list[Any], forms: tuple[str, ...]) -> ColumnElement[bool]:
    """SQL pre-filter: one of the name's forms inside one of the columns (any case)."""
    parts = []
    for column in columns:
        for form in forms:
            parts += [column.contains(form, autoescape=True)]
            parts += [func.lower(column).contains(form.lower(), autoescape=True)]
    return or_(*parts)


def mentions(
    session: Session, forms: tuple[str, ...], *, editable: bool | None = None
) -> Iterator[tuple[TextField, Any, list[str]]]:
    """(text field, row, columns naming the person) for every row whose text names them."""
    if not forms:
        return
    for text in TEXTS:
        if editable is not None and text.editable != editable:
            continue
        columns = [getattr(text.model, c) for c in text.columns]
        query: Select[Any] = select(text.model).where(mention_condition(columns, forms))
        for row in session.scalars(query.order_by(text.model.id)):
            found = [c for c in text.columns if _names(getattr(row, c) or "", forms)]
            if found:
                yield text, row, found


def _names(text: str, forms: tuple[str, ...]) -> bool:
    folded = text.casefold()
    return any(form.casefold() in folded for form in forms)


def mention_rows(session: Session, forms: tuple[str, ...]) -> Iterator[HeldRow]:
    """The mentions, as listed in an export: an excerpt around the name, never whole notes."""
    for text, row, found in mentions(session, forms):
        excerpts = {c: excerpt(getattr(row, c), forms) for c in found}
        yield HeldRow(
            text.model.__tablename__,
            int(row.id),
            f"nommé(e) dans : {text.label}",
            _summary(session, row),
            excerpts,
        )


def excerpt(text: str, forms: tuple[str, ...]) -> str:
    """A few words on each side of the first mention."""
    folded = text.casefold()
    start = min((folded.find(f.casefold()) for f in forms if f.casefold() in folded), default=0)
    begin, end = max(0, start - EXCERPT), min(len(text), start + EXCERPT)
    return ("…" if begin else "") + text[begin:end].strip() + ("…" if end < len(text) else "")


def signed_copies(
    session: Session, contact: Contact, forms: tuple[str, ...], archive: SignedArchive | None
) -> list[SignedCopy]:
    """Signed PDFs that name the contact: signed by them, or of séances they chaired."""
    chaired = select(Seance.id).where(
        or_(Seance.president_id == contact.id, Seance.secretary_id == contact.id)
    )
    names = [f.casefold() for f in forms]
    query = (
        select(SignedFile, MinutesVersion)
        .join(MinutesVersion, MinutesVersion.id == SignedFile.minutes_version_id)
        .where(
            or_(
                MinutesVersion.seance_id.in_(chaired),
                func.lower(SignedFile.signer_name).in_(names),
            )
        )
        .order_by(SignedFile.id)
    )
    copies = []
    for signed, version in session.execute(query).all():
        path = ""
        if archive is not None:
            where = archive.path_for(
                version.seance_id, version.number, signed.signature_count, signed.sha256
            )
            path = str(where) if where.is_file() else ""
        copies.append(
            SignedCopy(
                seance_label(session, version.seance_id),
                version.number,
                signed.sha256,
                signed.signer_name,
                signed.signature_count,
                path,
            )
        )
    return copies
