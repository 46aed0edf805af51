"""Exporting and anonymising what the application holds about one contact (RGPD).

The export is a read: every row that names the contact, listed, with the signed comptes
rendus that name them. Anonymising is one transaction, for coordinators: the contact's name,
civility, e-mail, phone and function are replaced and the contact is deactivated, but every link
stays (memberships, émargement, séances chaired, actions piloted), so counts and histories stay
true; the name is occulted in the texts that may change (notes, decisions, actions, séances,
constats) and blanked in the audit events of the card itself; follow-up history and frozen
minutes versions are append-only and are reported, as are the signed PDFs, left intact since
changing a byte would break their signatures. The events written for it name fields, never
the former values.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    AuditEvent,
    Contact,
    Organisation,
    Relance,
    SignalementReporter,
)
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.personal_data import (
    ANONYMOUS_FIRST_NAME,
    PERSONAL_FIELDS,
    REDACTED_VALUE,
    AnonymisationReport,
    ContactDossier,
    HeldRow,
    anonymous_last_name,
    name_forms,
    occult_name,
)
from gusp_desktop.domain.text import search_key
from gusp_desktop.services.actions import editing
from gusp_desktop.services.base import ServiceContext, UnitOfWork, get_or_404
from gusp_desktop.services.personal_data import holdings
from gusp_desktop.services.signed_minutes.files import SignedArchive


class PersonalDataService:
    """The rights of the people in the directory: access (export) and erasure (anonymise)."""

    def __init__(self, context: ServiceContext, archive: SignedArchive | None = None) -> None:
        self.context = context
        self.archive = archive

    def find_contact(self, name: str) -> int:
        """The contact called ``name`` (« Léa Martin », « martin lea », or « #12 »).

        Several people with that name: a French error listing them with their ids.
        """
        wanted = name.strip()
        if wanted.lstrip("#").isdigit():
            with self.context.read() as session:
                return get_or_404(session, Contact, int(wanted.lstrip("#")), "Contact").id
        key = " ".join(sorted(search_key(wanted).split()))
        if not key:
            raise ValidationError({"name": "Donnez le nom du contact (prénom et nom)."})
        with self.context.read() as session:
            rows = session.execute(
                select(Contact.id, Contact.first_name, Contact.last_name, Organisation.code)
                .join(Organisation, Organisation.id == Contact.organisation_id)
                .order_by(Contact.id)
            ).all()
        found = [r for r in rows if _key(r.first_name, r.last_name) == key]
        if not found:
            found = [r for r in rows if key in _key(r.first_name, r.last_name)]
        if not found:
            raise NotFoundError(Message("Aucun contact ne s'appelle « {wanted} ».", wanted=wanted))
        if len(found) > 1:
            listed = ", ".join(f"#{r.id} {r.first_name} {r.last_name} ({r.code})" for r in found)
            raise ValidationError(
                {
                    "name": Message(
                        "Plusieurs contacts répondent à « {wanted} » : {listed}. Désignez-en un "
                        "par son numéro (#12).",
                        wanted=wanted,
                        listed=listed,
                    )
                }
            )
        return int(found[0].id)

    def export(self, contact_id: int) -> ContactDossier:
        """Everything held about the contact: their card, every row naming them, signed PDFs."""
        with self.context.read() as session:
            contact = get_or_404(session, Contact, contact_id, "Contact")
            forms = name_forms(contact.first_name, contact.last_name)
            identity = holdings.row_values(contact)
            organisation = session.get(Organisation, contact.organisation_id)
            identity["organisation"] = organisation.name if organisation else ""
            rows = [
                *holdings.linked_rows(session, contact_id),
                *holdings.card_events(session, contact_id),
                *holdings.mention_rows(session, forms),
            ]
            signed = holdings.signed_copies(session, contact, forms, self.archive)
            return ContactDossier(
                contact_id, contact.full_name, self.context.now(), identity, tuple(rows),
                tuple(signed),
            )  # fmt: skip

    def anonymise(self, contact_id: int) -> Mutation[AnonymisationReport]:
        """Replace the contact's identity everywhere it can be, keeping every link."""
        with self.context.write() as uow:
            session = uow.session
            contact = get_or_404(session, Contact, contact_id, "Contact")
            forms = name_forms(contact.first_name, contact.last_name)
            links = _links_kept(session, contact_id)
            signed = holdings.signed_copies(session, contact, forms, self.archive)
            unchanged = _unchanged_mentions(session, forms)
            occulted = _occult_texts(uow, forms)
            _replace_identity(uow, contact)
            redacted = _redact_card_events(session, contact_id)
            report = AnonymisationReport(
                contact_id, contact.full_name, links, occulted, redacted,
                tuple(unchanged), tuple(signed),
            )  # fmt: skip
        return Mutation(report, uow.changes())


def _key(first_name: str, last_name: str) -> str:
    return " ".join(sorted(search_key(f"{first_name} {last_name}").split()))


def _links_kept(session: Session, contact_id: int) -> dict[str, int]:
    """How many rows of each kind still point at the contact (they are all kept)."""
    counts: dict[str, int] = {}
    for link in holdings.LINKS:
        column = getattr(link.model, link.column)
        found = session.scalar(select(func.count()).where(column == contact_id)) or 0
        if found:
            counts[link.relation] = counts.get(link.relation, 0) + int(found)
    return counts


def _unchanged_mentions(session: Session, forms: tuple[str, ...]) -> list[HeldRow]:
    return [
        row
        for row in holdings.mention_rows(session, forms)
        if row.table in {t.model.__tablename__ for t in holdings.TEXTS if not t.editable}
    ]


def _occult_texts(uow: UnitOfWork, forms: tuple[str, ...]) -> int:
    """Occult the name in every editable text; each row changed gets an event naming fields."""
    changed = 0
    for text_field, row, columns in list(holdings.mentions(uow.session, forms, editable=True)):
        for column in columns:
            setattr(row, column, occult_name(getattr(row, column), forms))
        if isinstance(row, Action):  # the plan's quick filter must not find the name either
            row.search_text = editing.search_text(uow.session, row)
        if isinstance(row, SignalementReporter):  # their means of contact go with the name
            row.phone = row.email = ""
            uow.audit("signalement", row.signalement_id, "anonymise", None, {"auteur": "occulté"})
            changed += 1
            continue
        uow.stamp(row)
        entity = text_field.model.__tablename__
        uow.audit(entity, int(row.id), "anonymise", None, {"champs": sorted(columns)})
        changed += 1
    return changed


def _replace_identity(uow: UnitOfWork, contact: Contact) -> None:
    contact.first_name = ANONYMOUS_FIRST_NAME
    contact.last_name = anonymous_last_name(contact.id)
    contact.function = ""
    contact.email = ""
    contact.phone = ""
    contact.civility = ""
    contact.active = False
    uow.stamp(contact)
    uow.audit("contact", contact.id, "anonymise", None, {"champs": list(PERSONAL_FIELDS)})
    # The relances log keeps the name and address the message went to: replaced too.
    for relance in uow.session.scalars(select(Relance).where(Relance.contact_id == contact.id)):
        relance.contact_name, relance.email = contact.full_name, ""
        uow.audit("relance", relance.id, "anonymise", None, {"champs": ["contact_name", "email"]})


def _redact_card_events(session: Session, contact_id: int) -> int:
    """Blank the personal fields in the events of the contact's card.

    On a shared server only the owner may change the trail: a function it defines does this
    one change, for coordinators. On a local file the events are rewritten here.
    """
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        statement = text("SELECT gusp_anonymise_contact_audit(:contact)")
        return int(session.scalar(statement, {"contact": contact_id}) or 0)
    query = select(AuditEvent).where(
        AuditEvent.entity == "contact",
        AuditEvent.entity_id == contact_id,
        or_(AuditEvent.before != "", AuditEvent.after != ""),
    )
    changed = 0
    for event in session.scalars(query):
        before, after = _redacted(event.before), _redacted(event.after)
        if (before, after) != (event.before, event.after):
            event.before, event.after = before, after
            changed += 1
    return changed


def _redacted(value: str) -> str:
    if not value:
        return value
    try:
        data: Any = json.loads(value)
    except ValueError:
        return value
    if not isinstance(data, dict):
        return value
    cleaned = {k: REDACTED_VALUE if k in PERSONAL_FIELDS else v for k, v in data.items()}
    return json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
