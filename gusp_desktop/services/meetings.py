"""Séances of the instances: planning, rescheduling, cancelling, numbering, history.

Service API (reads return plain values; writes one transaction each, ``Mutation`` with the
séance's new ``SeanceDetail`` and the ChangeSet):
    MeetingService.list_seances(instance_id=None, from_date=None, to_date=None)
    MeetingService.get_seance(seance_id) -> SeanceDetail
    MeetingService.create_seance(SeanceData)
    MeetingService.update_seance(seance_id, expected_version, SeanceEditData)
    MeetingService.reschedule(seance_id, expected_version | None, RescheduleData)
    MeetingService.cancel_seance(seance_id, expected_version | None, reason)
    MeetingService.change_status(seance_id, expected_version | None, target)
    MeetingService.update_highlights(seance_id, expected_version | None, SeanceHighlights)
    MeetingService.add_recipient(seance_id, contact_id) / remove_recipient(seance_id, contact_id)
    MeetingService.history(seance_id) -> tuple[SeanceEvent, ...]
    MeetingService.delete_seance(seance_id, expected_version) -> Mutation[None]

Numbering: within an instance and a year, séances not convened yet are numbered in date
order; a séance convened, held or cancelled keeps its number for good. Changing the date,
time, place or duration raises the calendar invitation's SEQUENCE so calendars move the event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields, replace
from typing import TypeVar

from sqlalchemy import select

from gusp_desktop.db.models import (
    Action,
    ActionUpdate,
    Attendance,
    Constat,
    Contact,
    Instance,
    MinutesVersion,
    Seance,
    SeanceRecipient,
)
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import MemberKind, MemberRole, SeanceStatus, UserRole
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.meetings import (
    RescheduleData,
    SeanceData,
    SeanceDetail,
    SeanceEditData,
    SeanceEvent,
    SeanceHighlights,
    SeanceSummary,
)
from gusp_desktop.domain.rules import HELD_STATUSES, number_is_locked
from gusp_desktop.services import seance_lists
from gusp_desktop.services.attendance import invite_contact, invite_members
from gusp_desktop.services.base import (
    ServiceContext,
    UnitOfWork,
    diff,
    refuse_if_used,
    row_values,
)
from gusp_desktop.services.confidentiality import readable
from gusp_desktop.services.seance_checks import (
    DURATION_MAX,
    cancellation_reason,
    check_highlights,
    validate_edit,
)
from gusp_desktop.services.seance_history import seance_history
from gusp_desktop.services.seance_records import (
    as_utc,
    load_seance,
    lock_instance,
    paris_year,
    renumber,
    seance_detail,
    seance_label,
    seance_summary,
)
from gusp_desktop.services.seance_status import apply_status

__all__ = [
    "DURATION_MAX",
    "MeetingService",
    "as_utc",
    "seance_detail",
    "seance_summary",
]

_S = SeanceStatus
T = TypeVar("T")
# Minutes validated or signed belong to a frozen record: the séance's own fields freeze with them.
FROZEN_STATUSES = frozenset({_S.CR_VALIDE, _S.CR_SIGNE})
DELETABLE_STATUSES = frozenset({_S.PLANIFIEE, _S.ANNULEE})
# What a calendar invitation shows: a change here means a new SEQUENCE.
EVENT_FIELDS = ("starts_at", "duration_minutes", "place")


def _titular(instance: Instance, role: MemberRole) -> int | None:
    """The titular member holding ``role`` (the first one named, if several)."""
    for member in sorted(instance.members, key=lambda m: m.id):
        if member.role is role and member.kind is MemberKind.TITULAIRE:
            return member.contact_id
    return None


def _default(given: T | None, default: T) -> T:
    return default if given is None else given


def _with_defaults(data: SeanceData, instance: Instance) -> SeanceEditData:
    """Fill what the user left blank from the instance, so planning a séance is one click."""
    return SeanceEditData(
        starts_at=data.starts_at,
        duration_minutes=_default(data.duration_minutes, instance.default_duration_minutes),
        place=_default(data.place, instance.default_place),
        president_id=_default(data.president_id, _titular(instance, MemberRole.PRESIDENT)),
        secretary_id=_default(data.secretary_id, _titular(instance, MemberRole.SECRETAIRE)),
    )


def _invite_officers(uow: UnitOfWork, seance: Seance) -> None:
    """The président and secrétaire de séance are invited, even if not members."""
    for contact_id in dict.fromkeys((seance.president_id, seance.secretary_id)):
        contact = uow.session.get(Contact, contact_id) if contact_id is not None else None
        if contact is not None and contact.active:
            invite_contact(uow, seance.id, contact.id)


def _editable(row: Seance) -> None:
    if row.status in FROZEN_STATUSES:
        raise ValidationError(
            {
                "_": Message(
                    (
                        "La séance ne peut plus être modifiée : « {label} » (une correction "
                        "passe par un erratum)."
                    ),
                    label=row.status.label,
                )
            }
        )
    if row.status is _S.ANNULEE:
        raise ValidationError({"_": "La séance est annulée : rétablissez-la avant de la modifier."})


def _refuse_held_date_change(row: Seance, starts_at: dt.datetime) -> None:
    if row.status in HELD_STATUSES and starts_at != row.starts_at:
        raise ValidationError(
            {
                "starts_at": "La séance a eu lieu : sa date et son heure ne peuvent plus "
                "être modifiées."
            }
        )


def _apply_edit(uow: UnitOfWork, row: Seance, values: SeanceEditData) -> None:
    """Store the edit; a new date, place or duration raises the invitation's SEQUENCE and
    may renumber the planned séances of the years concerned."""
    before = row_values(row)
    old_year = row.number_year
    for f in fields(SeanceEditData):
        setattr(row, f.name, getattr(values, f.name))
    if any(before[name] != getattr(row, name) for name in EVENT_FIELDS):
        row.ics_sequence += 1
    if not number_is_locked(row.status, row.convened_at):
        row.number_year = paris_year(row.starts_at)
    uow.stamp(row)
    uow.session.flush()
    uow.audit("seance", row.id, "update", *diff(before, row_values(row)))
    if before["starts_at"] != row.starts_at and not number_is_locked(row.status, row.convened_at):
        renumber(uow, row.instance_id, old_year)
        if row.number_year != old_year:
            renumber(uow, row.instance_id, row.number_year)
    _invite_officers(uow, row)


def _edit_of(row: Seance) -> SeanceEditData:
    return SeanceEditData(**{f.name: getattr(row, f.name) for f in fields(SeanceEditData)})


class MeetingService:
    """Use cases on séances (see the module documentation for the API)."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    # -- reading ---------------------------------------------------------------------------

    def list_seances(
        self,
        instance_id: int | None = None,
        from_date: dt.date | None = None,
        to_date: dt.date | None = None,
        *,
        include_restricted: bool = True,
    ) -> list[SeanceSummary]:
        """Séances by date, optionally of one instance and between two French dates included.

        The window shows what the user may read; a list for a wider audience
        (``include_restricted=False``, the command line's default) leaves out every séance of
        a restricted instance, as ``actions list`` does.
        """
        return seance_lists.list_seances(
            self.context, instance_id, from_date, to_date, include_restricted=include_restricted
        )

    def hides_restricted(
        self, from_date: dt.date | None = None, to_date: dt.date | None = None
    ) -> bool:
        """True when séances of a restricted instance the user may not read fall between the
        dates: a count must then say something is left out, without saying how much."""
        return seance_lists.hides_restricted(self.context, from_date, to_date)

    def get_seance(self, seance_id: int) -> SeanceDetail:
        """One séance with its agenda, invitees, recipients and signatures.

        A séance of a restricted instance the user may not read does not exist for her (as
        the server's row-level security has it on PostgreSQL).
        """
        with self.context.read() as session:
            row = load_seance(session, seance_id)
            instance = row.instance
            if instance.restricted and not readable(session, self.context.user).may_read(
                instance.id
            ):
                raise NotFoundError(
                    Message("{what} n° {id} introuvable.", what="Séance", id=seance_id)
                )
            return seance_detail(session, row)

    def history(self, seance_id: int) -> tuple[SeanceEvent, ...]:
        """What happened to the séance, oldest first: every transition, date change,
        cancellation, review round, validation and signature, with who and when."""
        with self.context.read() as session:
            load_seance(session, seance_id)
            return seance_history(session, seance_id)

    # -- planning --------------------------------------------------------------------------

    def create_seance(self, data: SeanceData) -> Mutation[SeanceDetail]:
        """Plan a séance of an instance, number it in date order and invite all its members."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            instance = lock_instance(uow.session, data.instance_id)
            values = validate_edit(uow.session, _with_defaults(data, instance))
            year = paris_year(values.starts_at)
            row = Seance(instance_id=instance.id, number_year=year, status=_S.PLANIFIEE)
            for f in fields(SeanceEditData):
                setattr(row, f.name, getattr(values, f.name))
            renumber(uow, instance.id, year, new=row)
            uow.add_row("seance", row)
            invite_members(uow, row)
            _invite_officers(uow, row)
            dto = seance_detail(uow.session, row)
        return Mutation(dto, uow.changes())

    def update_seance(
        self, seance_id: int, expected_version: int | None, data: SeanceEditData
    ) -> Mutation[SeanceDetail]:
        """Edit date, duration, place, officers, faits marquants and next-meeting note.

        The date of a séance that took place never changes.
        """
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = load_seance(uow.session, seance_id)
            lock_instance(uow.session, row.instance_id)
            _editable(row)
            values = validate_edit(uow.session, data)
            attempted = {f.name: getattr(values, f.name) for f in fields(SeanceEditData)}
            uow.expect_version("seance", row, expected_version, attempted)
            _refuse_held_date_change(row, values.starts_at)
            _apply_edit(uow, row, values)
            dto = seance_detail(uow.session, row)
        return Mutation(dto, uow.changes())

    def reschedule(
        self, seance_id: int, expected_version: int | None, data: RescheduleData
    ) -> Mutation[SeanceDetail]:
        """Move a séance (date and time, duration, place); what is None stays.

        When the séance was already convened (``convened_at`` set), the front end offers to
        send the updated invitation: its SEQUENCE is already raised, its UID unchanged.
        """
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = load_seance(uow.session, seance_id)
            lock_instance(uow.session, row.instance_id)
            _editable(row)
            current = _edit_of(row)
            wanted = replace(
                current,
                starts_at=_default(data.starts_at, current.starts_at),
                duration_minutes=_default(data.duration_minutes, current.duration_minutes),
                place=_default(data.place, current.place),
            )
            values = validate_edit(uow.session, wanted)
            uow.expect_version("seance", row, expected_version, {"starts_at": values.starts_at})
            _refuse_held_date_change(row, values.starts_at)
            _apply_edit(uow, row, values)
            dto = seance_detail(uow.session, row)
        return Mutation(dto, uow.changes())

    def cancel_seance(
        self, seance_id: int, expected_version: int | None, reason: str
    ) -> Mutation[SeanceDetail]:
        """Cancel a séance that has not taken place, with its reason.

        The séance keeps its number (the avis d'annulation carries it) and its invitation's
        SEQUENCE goes up, so the METHOD:CANCEL file removes the event from calendars.
        """
        reason = cancellation_reason(reason)
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = load_seance(uow.session, seance_id)
            lock_instance(uow.session, row.instance_id)
            uow.expect_version("seance", row, expected_version, {"status": _S.ANNULEE})
            if row.status is _S.ANNULEE:
                raise ValidationError(
                    {
                        "status": Message(
                            "La séance {seance_label} est déjà annulée.",
                            seance_label=seance_label(row),
                        )
                    }
                )
            apply_status(uow, row, _S.ANNULEE, reason=reason)
            dto = seance_detail(uow.session, row)
        return Mutation(dto, uow.changes())

    def change_status(
        self, seance_id: int, expected_version: int | None, target: SeanceStatus
    ) -> Mutation[SeanceDetail]:
        """Move a séance along its lifecycle with the same guards as the dedicated calls.

        convoquée = convene, tenue = hold (never before the start), back from tenue = undo,
        planifiée from annulée = restore, en relecture = a review round sent to the proposed
        reviewers; annulée, validé and signé need their own calls (reason, validation,
        signatures) and are refused here.
        """
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = load_seance(uow.session, seance_id)
            lock_instance(uow.session, row.instance_id)
            target = SeanceStatus(target)
            uow.expect_version("seance", row, expected_version, {"status": target})
            apply_status(uow, row, target)
            dto = seance_detail(uow.session, row)
        return Mutation(dto, uow.changes())

    def delete_seance(self, seance_id: int, expected_version: int) -> Mutation[None]:
        """Delete a planned or cancelled séance that no action, constat or minutes refer to."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = load_seance(uow.session, seance_id)
            lock_instance(uow.session, row.instance_id)
            uow.expect_version("seance", row, expected_version, {})
            if row.status not in DELETABLE_STATUSES:
                raise ValidationError(
                    {
                        "_": Message(
                            (
                                "Seule une séance planifiée ou annulée peut être supprimée (statut "
                                "actuel : « {label} »)."
                            ),
                            label=row.status.label,
                        )
                    }
                )
            refuse_if_used(
                uow.session,
                Message("la séance n° {number}", number=row.number),
                [
                    (Action, Action.origin_seance_id == seance_id, "action(s) issue(s)"),
                    (ActionUpdate, ActionUpdate.seance_id == seance_id, "point(s) de suivi"),
                    (Constat, Constat.seance_id == seance_id, "constat(s)"),
                    (MinutesVersion, MinutesVersion.seance_id == seance_id, "compte(s) rendu(s)"),
                ],
            )
            uow.audit("seance", row.id, "delete", row_values(row), None)
            instance_id, year = row.instance_id, row.number_year
            uow.session.delete(row)
            uow.session.flush()
            renumber(uow, instance_id, year)
        return Mutation(None, uow.changes())

    # -- the compte rendu's own texts ------------------------------------------------------

    def update_highlights(
        self, seance_id: int, expected_version: int | None, data: SeanceHighlights
    ) -> Mutation[SeanceDetail]:
        """Faits marquants, prochaine réunion and the diffusion note printed in the CR."""
        data = check_highlights(data)
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = load_seance(uow.session, seance_id)
            _editable(row)
            values = {f.name: getattr(data, f.name) for f in fields(SeanceHighlights)}
            uow.update_row("seance", row, expected_version, values)
            dto = seance_detail(uow.session, row)
        return Mutation(dto, uow.changes())

    def add_recipient(self, seance_id: int, contact_id: int) -> Mutation[SeanceDetail]:
        """Send the compte rendu to someone who was not invited (« copie à »)."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = load_seance(uow.session, seance_id)
            _editable(row)
            contact = uow.session.get(Contact, contact_id)
            if contact is None:
                raise ValidationError({"contact_id": "Contact inconnu dans l'annuaire."})
            _refuse_duplicate_recipient(uow, row, contact)
            recipient = SeanceRecipient(seance_id=row.id, contact_id=contact.id)
            uow.stamp(recipient, created=True)
            uow.session.add(recipient)
            uow.session.flush()
            uow.audit("seance_recipient", recipient.id, "create", None, row_values(recipient))
            uow.touch("seance", row.id)
            dto = seance_detail(uow.session, row)
        return Mutation(dto, uow.changes())

    def remove_recipient(self, seance_id: int, contact_id: int) -> Mutation[SeanceDetail]:
        """Take someone off the « copie à » list."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = load_seance(uow.session, seance_id)
            _editable(row)
            recipient = uow.session.scalar(
                select(SeanceRecipient).where(
                    SeanceRecipient.seance_id == row.id, SeanceRecipient.contact_id == contact_id
                )
            )
            if recipient is None:
                raise ValidationError(
                    {"contact_id": "Cette personne ne figure pas dans la liste de diffusion."}
                )
            uow.audit("seance_recipient", recipient.id, "delete", row_values(recipient), None)
            uow.session.delete(recipient)
            uow.touch("seance", row.id)
            uow.session.flush()
            dto = seance_detail(uow.session, row)
        return Mutation(dto, uow.changes())


def _refuse_duplicate_recipient(uow: UnitOfWork, row: Seance, contact: Contact) -> None:
    invited = uow.session.scalar(
        select(Attendance.id).where(
            Attendance.seance_id == row.id,
            Attendance.contact_id == contact.id,
            Attendance.invited.is_(True),
        )
    )
    if invited is not None:
        raise ValidationError(
            {
                "contact_id": Message(
                    "{full_name} est invité(e) : le compte rendu lui est déjà adressé.",
                    full_name=contact.full_name,
                )
            }
        )
    listed = uow.session.scalar(
        select(SeanceRecipient.id).where(
            SeanceRecipient.seance_id == row.id, SeanceRecipient.contact_id == contact.id
        )
    )
    if listed is not None:
        raise ValidationError(
            {
                "contact_id": Message(
                    "{full_name} figure déjà dans la liste de diffusion.",
                    full_name=contact.full_name,
                )
            }
        )
