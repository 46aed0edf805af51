"""Partner organisations and their contacts: the directory every other screen picks from.

Organisation codes (CAMA, VM, MH…) name partners on documents and in the plan d'actions, so
they are unique. Organisations and people that history still refers to (actions, séances,
émargements) are never deleted, only deactivated, so past minutes keep naming them.
"""

from __future__ import annotations

from dataclasses import fields, replace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    AgendaItem,
    Attendance,
    Contact,
    Membership,
    Organisation,
    Seance,
    Site,
    User,
)
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.directory import ContactData, ContactDTO, OrganisationData, OrganisationDTO
from gusp_desktop.domain.enums import OrganisationType
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.text import (
    check_code,
    check_email,
    check_length,
    check_required,
    clean,
    search_key,
)
from gusp_desktop.domain.wording import civility_value
from gusp_desktop.services.base import ServiceContext, get_or_404, refuse_if_used


def _organisation_dto(row: Organisation, contact_count: int) -> OrganisationDTO:
    return OrganisationDTO(
        id=row.id,
        version=row.version,
        code=row.code,
        name=row.name,
        type=row.type,
        address=row.address,
        active=row.active,
        contact_count=contact_count,
    )


def _contact_dto(row: Contact, organisation: Organisation) -> ContactDTO:
    return ContactDTO(
        id=row.id,
        version=row.version,
        organisation_id=organisation.id,
        organisation_code=organisation.code,
        organisation_name=organisation.name,
        first_name=row.first_name,
        last_name=row.last_name,
        full_name=row.full_name,
        function=row.function,
        email=row.email,
        phone=row.phone,
        active=row.active,
        civility=row.civility,
    )


def _contact_count(session: Session, organisation_id: int) -> int:
    query = select(func.count()).where(Contact.organisation_id == organisation_id)
    return session.scalar(query) or 0


def _values(data: OrganisationData | ContactData) -> dict[str, object]:
    return {f.name: getattr(data, f.name) for f in fields(data)}


def _validate_organisation(
    session: Session, data: OrganisationData, own_id: int | None
) -> OrganisationData:
    """Normalise then check an organisation, reporting every wrong field at once."""
    data = replace(
        data, code=clean(data.code).upper(), name=clean(data.name), address=clean(data.address)
    )
    errors: dict[str, str] = {}
    check_code(errors, "code", data.code, "Le code de l'organisation")
    check_required(errors, "name", data.name, "Le nom de l'organisation")
    check_length(errors, "name", data.name, "Le nom de l'organisation", 200)
    check_length(errors, "address", data.address, "Le champ « Adresse »", 300)
    try:
        data = replace(data, type=OrganisationType(data.type))
    except ValueError:
        errors["type"] = Message("Type d'organisation inconnu : « {type} ».", type=data.type)
    existing = session.scalar(select(Organisation.id).where(Organisation.code == data.code))
    if existing is not None and existing != own_id:
        errors["code"] = Message(
            "Le code d'organisation « {code} » est déjà utilisé.", code=data.code
        )
    if errors:
        raise ValidationError(errors)
    return data


def _validate_contact(session: Session, data: ContactData) -> tuple[ContactData, Organisation]:
    """Normalise then check a contact; returns its organisation, which must exist."""
    original_civility = data.civility
    data = replace(
        data,
        first_name=clean(data.first_name),
        last_name=clean(data.last_name),
        function=clean(data.function),
        email=clean(data.email),
        phone=clean(data.phone),
        civility=civility_value(data.civility),
    )
    errors: dict[str, str] = {}
    check_required(errors, "first_name", data.first_name, "Le prénom")
    check_length(errors, "first_name", data.first_name, "Le prénom", 100)
    check_required(errors, "last_name", data.last_name, "Le nom")
    check_length(errors, "last_name", data.last_name, "Le nom", 100)
    check_length(errors, "function", data.function, "Le champ « Fonction »", 200)
    check_length(errors, "email", data.email, "Le champ « Adresse électronique »", 200)
    if "email" not in errors:
        check_email(errors, "email", data.email)
    check_length(errors, "phone", data.phone, "Le numéro de téléphone", 40)
    if data.civility == "" and original_civility.strip():
        errors["civility"] = Message(
            "Civilité inconnue : « {value} » (madame, monsieur ou vide).",
            value=original_civility.strip(),
        )
    organisation = session.get(Organisation, data.organisation_id)
    if organisation is None:
        errors["organisation_id"] = "Organisation inconnue : choisissez-en une dans l'annuaire."
    if errors or organisation is None:
        raise ValidationError(errors)
    return data, organisation


def _matches(words: list[str], contact: Contact, organisation: Organisation) -> bool:
    """Every typed word must appear in the names, function or organisation (accents ignored)."""
    parts = (contact.first_name, contact.last_name, contact.function)
    haystack = search_key(" ".join((*parts, organisation.code, organisation.name)))
    return all(word in haystack for word in words)


class DirectoryService:
    """Use cases on organisations and contacts; writes are the coordinator's."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def list_organisations(self, include_inactive: bool = False) -> list[OrganisationDTO]:
        """Organisations by code; inactive ones only on request (they stay in history)."""
        with self.context.read() as session:
            query = select(Organisation)
            if not include_inactive:
                query = query.where(Organisation.active.is_(True))
            counts = dict(
                session.execute(
                    select(Contact.organisation_id, func.count()).group_by(Contact.organisation_id)
                ).all()
            )
            rows = sorted(session.scalars(query), key=lambda r: r.code)
            return [_organisation_dto(r, counts.get(r.id, 0)) for r in rows]

    def get_organisation(self, organisation_id: int) -> OrganisationDTO:
        """One organisation by id."""
        with self.context.read() as session:
            row = get_or_404(session, Organisation, organisation_id, "Organisation")
            return _organisation_dto(row, _contact_count(session, row.id))

    def get_organisation_by_code(self, code: str) -> OrganisationDTO:
        """One organisation by its code (CAMA, MH…), as typed in imports and the CLI."""
        with self.context.read() as session:
            query = select(Organisation).where(Organisation.code == clean(code).upper())
            row = session.scalar(query)
            if row is None:
                raise NotFoundError(Message("Organisation « {code} » inconnue.", code=code))
            return _organisation_dto(row, _contact_count(session, row.id))

    def create_organisation(self, data: OrganisationData) -> Mutation[OrganisationDTO]:
        """Add an organisation."""
        with self.context.write() as uow:
            data = _validate_organisation(uow.session, data, None)
            row = Organisation(**_values(data))
            uow.add_row("organisation", row)
            dto = _organisation_dto(row, 0)
        return Mutation(dto, uow.changes())

    def update_organisation(
        self, organisation_id: int, expected_version: int, data: OrganisationData
    ) -> Mutation[OrganisationDTO]:
        """Edit an organisation; refuses if someone else saved it since ``expected_version``."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, Organisation, organisation_id, "Organisation")
            values = _values(_validate_organisation(uow.session, data, organisation_id))
            uow.update_row("organisation", row, expected_version, values)
            dto = _organisation_dto(row, _contact_count(uow.session, row.id))
        return Mutation(dto, uow.changes())

    def delete_organisation(self, organisation_id: int, expected_version: int) -> Mutation[None]:
        """Delete an organisation nothing refers to (otherwise deactivate it)."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, Organisation, organisation_id, "Organisation")
            uow.expect_version("organisation", row, expected_version, {})
            refuse_if_used(
                uow.session,
                Message("le partenaire « {code} »", code=row.code),
                [
                    (Contact, Contact.organisation_id == row.id, "contact(s)"),
                    (Action, Action.pilot_organisation_id == row.id, "action(s) pilotée(s)"),
                    (
                        Action,
                        Action.partners.any(Organisation.id == row.id),
                        "action(s) en partenariat",
                    ),
                    (Site, Site.gestionnaire_id == row.id, "site(s) en gestion"),
                ],
            )
            uow.delete_row("organisation", row)
        return Mutation(None, uow.changes())

    def list_contacts(
        self, organisation_id: int | None = None, search: str | None = None
    ) -> list[ContactDTO]:
        """Contacts by name, optionally of one organisation and matching every typed word.

        Filtering happens in Python with ``search_key`` so that « etienne » finds
        « Étienne » on SQLite and PostgreSQL alike; a directory holds a few hundred people.
        """
        with self.context.read() as session:
            query = select(Contact, Organisation).join(
                Organisation, Contact.organisation_id == Organisation.id
            )
            if organisation_id is not None:
                query = query.where(Contact.organisation_id == organisation_id)
            words = search_key(search or "").split()
            rows = [(c, o) for c, o in session.execute(query) if _matches(words, c, o)]
            rows.sort(key=lambda r: (search_key(r[0].last_name), search_key(r[0].first_name)))
            return [_contact_dto(c, o) for c, o in rows]

    def get_contact(self, contact_id: int) -> ContactDTO:
        """One contact by id."""
        with self.context.read() as session:
            row = get_or_404(session, Contact, contact_id, "Contact")
            return _contact_dto(row, row.organisation)

    def create_contact(self, data: ContactData) -> Mutation[ContactDTO]:
        """Add a contact to an organisation."""
        with self.context.write() as uow:
            data, organisation = _validate_contact(uow.session, data)
            row = Contact(**_values(data))
            uow.add_row("contact", row)
            dto = _contact_dto(row, organisation)
        return Mutation(dto, uow.changes())

    def update_contact(
        self, contact_id: int, expected_version: int, data: ContactData
    ) -> Mutation[ContactDTO]:
        """Edit a contact (including moving them to another organisation)."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, Contact, contact_id, "Contact")
            data, organisation = _validate_contact(uow.session, data)
            values = _values(data)
            uow.update_row("contact", row, expected_version, values)
            dto = _contact_dto(row, organisation)
        return Mutation(dto, uow.changes())

    def delete_contact(self, contact_id: int, expected_version: int) -> Mutation[None]:
        """Delete a contact no instance, séance, action or account refers to."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, Contact, contact_id, "Contact")
            uow.expect_version("contact", row, expected_version, {})
            present = or_(Attendance.contact_id == row.id, Attendance.represented_by_id == row.id)
            refuse_if_used(
                uow.session,
                Message("le contact « {name} »", name=row.full_name),
                [
                    (Membership, Membership.contact_id == row.id, "instance(s) dont il est membre"),
                    (Attendance, present, "ligne(s) d'émargement"),
                    (Action, Action.pilot_contact_id == row.id, "action(s) qu'il pilote"),
                    (AgendaItem, AgendaItem.presenter_id == row.id, "point(s) d'ordre du jour"),
                    (Seance, Seance.president_id == row.id, "séance(s) qu'il préside"),
                    (Seance, Seance.secretary_id == row.id, "séance(s) dont il est secrétaire"),
                    (User, User.contact_id == row.id, "compte(s) utilisateur"),
                ],
            )
            uow.delete_row("contact", row)
        return Mutation(None, uow.changes())
