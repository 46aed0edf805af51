"""The émargement of a séance: who was invited, who came, who was excused or represented."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from gusp_desktop.db.models import Attendance, Contact, Membership, Seance
from gusp_desktop.domain.attendance import AttendanceDTO
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import AttendanceStatus, SeanceStatus, UserRole
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.text import search_key
from gusp_desktop.services.agenda import contact_name, refuse_if_locked
from gusp_desktop.services.base import ServiceContext, UnitOfWork, diff, get_or_404, row_values

WHAT = "L'émargement"


def attendance_dto(session: Session, row: Attendance) -> AttendanceDTO:
    """Plain copy of an attendance line with names resolved."""
    contact = get_or_404(session, Contact, row.contact_id, "Contact")
    organisation = contact.organisation
    return AttendanceDTO(
        id=row.id,
        version=row.version,
        seance_id=row.seance_id,
        contact_id=contact.id,
        contact_name=contact.full_name,
        organisation_id=organisation.id,
        organisation_code=organisation.code,
        organisation_name=organisation.name,
        status=row.status,
        represented_by_id=row.represented_by_id,
        represented_by_name=contact_name(session, row.represented_by_id),
        invited=row.invited,
        member_role=row.member_role,
        member_kind=row.member_kind,
    )


def seance_attendance(session: Session, seance_id: int) -> list[AttendanceDTO]:
    """The attendance sheet of a séance, by organisation then surname and first name.

    Sorted in Python on accent-free keys so that « Écart » files under E on both engines.
    """
    rows = list(session.scalars(select(Attendance).where(Attendance.seance_id == seance_id)))
    # Everyone named on the sheet and their organisations in one query, not one per line.
    named = {row.contact_id for row in rows} | {row.represented_by_id for row in rows}
    people = {
        contact.id: contact
        for contact in session.scalars(
            select(Contact)
            .where(Contact.id.in_(named - {None}))
            .options(selectinload(Contact.organisation))
        )
    }
    keyed = []
    for row in rows:
        dto = attendance_dto(session, row)
        contact = people[row.contact_id]
        key = (
            search_key(dto.organisation_name),
            search_key(contact.last_name),
            search_key(contact.first_name),
            row.id,
        )
        keyed.append((key, dto))
    return [dto for _, dto in sorted(keyed, key=lambda pair: pair[0])]


def _membership(session: Session, seance_id: int, contact_id: int) -> Membership | None:
    seance = get_or_404(session, Seance, seance_id, "Séance")
    return session.scalar(
        select(Membership).where(
            Membership.instance_id == seance.instance_id, Membership.contact_id == contact_id
        )
    )


def invite_contact(uow: UnitOfWork, seance_id: int, contact_id: int) -> Attendance | None:
    """Put a contact on the sheet as invited, with their seat in the instance; None when
    already invited.

    Someone first added on the spot and invited afterwards keeps their line, now marked invited.
    """
    row = uow.session.scalar(
        select(Attendance).where(
            Attendance.seance_id == seance_id, Attendance.contact_id == contact_id
        )
    )
    if row is not None and row.invited:
        return None
    return _seat(uow, seance_id, contact_id, row, _membership(uow.session, seance_id, contact_id))


def _seat(
    uow: UnitOfWork,
    seance_id: int,
    contact_id: int,
    row: Attendance | None,
    member: Membership | None,
) -> Attendance:
    """Mark ``row`` (the contact's line, None when there is none yet) invited with ``member``'s
    seat, or add the line."""
    seat = {
        "invited": True,
        "member_role": member.role if member else None,
        "member_kind": member.kind if member else None,
    }
    if row is not None:
        before = row_values(row)
        for key, value in seat.items():
            setattr(row, key, value)
        uow.stamp(row)
        uow.session.flush()
        uow.audit("attendance", row.id, "update", *diff(before, row_values(row)))
        return row
    row = Attendance(seance_id=seance_id, contact_id=contact_id, status=None, **seat)
    uow.add_row("attendance", row)
    return row


def invite_members(uow: UnitOfWork, seance: Seance) -> list[Attendance]:
    """Invite every active member of the séance's instance not invited yet.

    Titulaires and suppléants alike (the line carries the seat, so documents can flag the
    suppléants); people who left their organisation are not invited. The members, their
    contacts and the sheet are read in three queries, not three per member.
    """
    session = uow.session
    members = list(
        session.scalars(
            select(Membership)
            .where(Membership.instance_id == seance.instance_id)
            .order_by(Membership.id)
        )
    )
    ids = {member.contact_id for member in members}
    contacts = {c.id: c for c in session.scalars(select(Contact).where(Contact.id.in_(ids)))}
    lines = {
        line.contact_id: line
        for line in session.scalars(select(Attendance).where(Attendance.seance_id == seance.id))
    }
    invited = []
    for member in members:
        contact = contacts.get(member.contact_id)
        line = lines.get(member.contact_id)
        if contact is None or not contact.active or (line is not None and line.invited):
            continue
        lines[contact.id] = _seat(uow, seance.id, contact.id, line, member)
        invited.append(lines[contact.id])
    return invited


def _open_seance(session: Session, seance_id: int) -> Seance:
    seance = get_or_404(session, Seance, seance_id, "Séance")
    refuse_if_locked(seance, WHAT)
    return seance


def _known_contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise ValidationError({"contact_id": "Contact inconnu dans l'annuaire."})
    return contact


def _check_representative(
    session: Session, row: Attendance, status: AttendanceStatus | None, representative: int | None
) -> int | None:
    """The representative to store: required for « représenté », cleared otherwise."""
    if status is not AttendanceStatus.REPRESENTE:
        return None
    if representative is None:
        raise ValidationError(
            {"represented_by_id": "Indiquez la personne qui représente ce participant."}
        )
    if representative == row.contact_id:
        raise ValidationError(
            {"represented_by_id": "Une personne ne peut pas se représenter elle-même."}
        )
    if session.get(Contact, representative) is None:
        raise ValidationError({"represented_by_id": "Représentant inconnu dans l'annuaire."})
    return representative


class AttendanceService:
    """Use cases on the émargement."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def list_attendance(self, seance_id: int) -> list[AttendanceDTO]:
        """The attendance sheet, by organisation then name."""
        with self.context.read() as session:
            get_or_404(session, Seance, seance_id, "Séance")
            return seance_attendance(session, seance_id)

    def set_status(
        self,
        attendance_id: int,
        expected_version: int,
        status: AttendanceStatus | None,
        represented_by_id: int | None = None,
    ) -> Mutation[AttendanceDTO]:
        """Record présent, excusé, absent or représenté (then with the representative)."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = get_or_404(uow.session, Attendance, attendance_id, "Ligne d'émargement")
            _open_seance(uow.session, row.seance_id)
            status = None if status is None else AttendanceStatus(status)
            representative = _check_representative(uow.session, row, status, represented_by_id)
            values = {"status": status, "represented_by_id": representative}
            uow.expect_version("attendance", row, expected_version, values)
            before = row_values(row)
            row.status, row.represented_by_id = status, representative
            uow.stamp(row)
            uow.session.flush()
            uow.audit("attendance", row.id, "update", *diff(before, row_values(row)))
            dto = attendance_dto(uow.session, row)
        return Mutation(dto, uow.changes())

    def add_participant(
        self,
        seance_id: int,
        contact_id: int,
        status: AttendanceStatus = AttendanceStatus.PRESENT,
    ) -> Mutation[AttendanceDTO]:
        """Add someone who came without being invited (a représenté needs set_status)."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            _open_seance(uow.session, seance_id)
            contact = _known_contact(uow.session, contact_id)
            status = AttendanceStatus(status)
            if status is AttendanceStatus.REPRESENTE:
                raise ValidationError(
                    {"status": "Ajoutez d'abord la personne, puis indiquez qui la représente."}
                )
            duplicate = uow.session.scalar(
                select(Attendance.id).where(
                    Attendance.seance_id == seance_id, Attendance.contact_id == contact_id
                )
            )
            if duplicate is not None:
                raise ValidationError(
                    {
                        "contact_id": Message(
                            "{full_name} figure déjà sur la feuille d'émargement.",
                            full_name=contact.full_name,
                        )
                    }
                )
            row = Attendance(
                seance_id=seance_id, contact_id=contact_id, status=status, invited=False
            )
            uow.add_row("attendance", row)
            dto = attendance_dto(uow.session, row)
        return Mutation(dto, uow.changes())

    def remove_participant(self, attendance_id: int, expected_version: int) -> Mutation[None]:
        """Remove a line added on the spot; invited people stay on the sheet (mark them absent)."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = get_or_404(uow.session, Attendance, attendance_id, "Ligne d'émargement")
            _open_seance(uow.session, row.seance_id)
            uow.expect_version("attendance", row, expected_version, {})
            if row.invited:
                raise ValidationError(
                    {
                        "_": "Une personne invitée reste sur la feuille d'émargement : "
                        "indiquez plutôt qu'elle est absente ou excusée."
                    }
                )
            uow.delete_row("attendance", row)
        return Mutation(None, uow.changes())

    def invite(self, seance_id: int, contact_id: int) -> Mutation[AttendanceDTO]:
        """Invite one more contact to a séance."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            _open_seance(uow.session, seance_id)
            contact = _known_contact(uow.session, contact_id)
            row = invite_contact(uow, seance_id, contact_id)
            if row is None:
                raise ValidationError(
                    {
                        "contact_id": Message(
                            "{full_name} est déjà invité(e) à cette séance.",
                            full_name=contact.full_name,
                        )
                    }
                )
            dto = attendance_dto(uow.session, row)
        return Mutation(dto, uow.changes())

    def invite_instance_members(self, seance_id: int) -> Mutation[tuple[AttendanceDTO, ...]]:
        """Invite the instance's active members who are not invited yet; returns the new lines.

        Meant for séances planned before invitations existed, or after members joined.
        """
        with self.context.write(UserRole.SECRETAIRE) as uow:
            seance = _open_seance(uow.session, seance_id)
            rows = invite_members(uow, seance)
            dtos = tuple(attendance_dto(uow.session, row) for row in rows)
        return Mutation(dtos, uow.changes())

    def uninvite(self, attendance_id: int, expected_version: int | None) -> Mutation[None]:
        """Take someone off the invitation list of a séance that has not taken place yet.

        Once the séance is held the sheet is a record: an invited person stays on it, marked
        absent or excused.
        """
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = get_or_404(uow.session, Attendance, attendance_id, "Ligne d'émargement")
            seance = _open_seance(uow.session, row.seance_id)
            uow.expect_version("attendance", row, expected_version, {"invited": False})
            if seance.status not in (SeanceStatus.PLANIFIEE, SeanceStatus.CONVOQUEE):
                raise ValidationError(
                    {
                        "_": "La séance a eu lieu : la personne reste sur la feuille "
                        "d'émargement (indiquez qu'elle est absente ou excusée)."
                    }
                )
            if not row.invited:
                raise ValidationError({"_": "Cette personne n'est pas invitée à la séance."})
            uow.delete_row("attendance", row)
        return Mutation(None, uow.changes())
