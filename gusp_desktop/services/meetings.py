"""Séances of the instances: planning, numbering, invitations, status and deletion."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    ActionUpdate,
    Constat,
    Contact,
    Instance,
    MinutesVersion,
    Seance,
)
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import MemberKind, MemberRole, SeanceStatus, UserRole
from gusp_desktop.domain.errors import NotFoundError, ValidationError
from gusp_desktop.domain.meetings import SeanceData, SeanceDetail, SeanceEditData, SeanceSummary
from gusp_desktop.domain.rules import can_change_seance_status, seance_status_error
from gusp_desktop.domain.text import check_length, clean
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.agenda import contact_name, item_dto, seance_items
from gusp_desktop.services.attendance import invite_contact, seance_attendance
from gusp_desktop.services.base import (
    ServiceContext,
    UnitOfWork,
    diff,
    get_or_404,
    refuse_if_used,
    row_values,
)

_S = SeanceStatus
T = TypeVar("T")
DURATION_MAX = 720
# Minutes validated or signed belong to a frozen record: the séance's own fields freeze with them.
FROZEN_STATUSES = frozenset({_S.CR_VALIDE, _S.CR_SIGNE})
DELETABLE_STATUSES = frozenset({_S.PLANIFIEE, _S.ANNULEE})


def _summary_values(row: Seance) -> dict[str, Any]:
    instance = row.instance
    return {
        "id": row.id,
        "version": row.version,
        "instance_id": instance.id,
        "instance_code": instance.code,
        "instance_name": instance.name,
        "instance_type": instance.type,
        "number": row.number,
        "starts_at": row.starts_at,
        "local_date": row.starts_at.astimezone(PARIS).date(),
        "duration_minutes": row.duration_minutes,
        "place": row.place,
        "status": row.status,
    }


def seance_summary(row: Seance) -> SeanceSummary:
    """Plain copy of a séance for lists."""
    return SeanceSummary(**_summary_values(row))


def seance_detail(session: Session, row: Seance) -> SeanceDetail:
    """Plain copy of a séance with everything its page shows."""
    return SeanceDetail(
        **_summary_values(row),
        president_id=row.president_id,
        president_name=contact_name(session, row.president_id),
        secretary_id=row.secretary_id,
        secretary_name=contact_name(session, row.secretary_id),
        summary=row.summary,
        next_meeting_note=row.next_meeting_note,
        agenda=tuple(item_dto(session, r) for r in seance_items(session, row.id)),
        attendance=tuple(seance_attendance(session, row.id)),
    )


def as_utc(moment: dt.datetime) -> dt.datetime:
    """Aware UTC instant; a naive value is what a French user reads on the wall clock."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=PARIS)
    return moment.astimezone(dt.UTC)


def _validate(session: Session, data: SeanceEditData) -> SeanceEditData:
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
        errors["duration_minutes"] = (
            f"La durée doit être comprise entre 1 et {DURATION_MAX} minutes."
        )
    check_length(errors, "place", data.place, "Le lieu", 300)
    check_length(errors, "summary", data.summary, "Le résumé", 50_000)
    check_length(
        errors,
        "next_meeting_note",
        data.next_meeting_note,
        "Le mot sur la prochaine réunion",
        5_000,
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


def _invite(uow: UnitOfWork, seance: Seance, contact_ids: list[int | None]) -> None:
    """Put active contacts on the sheet; people who left their organisation are not invited."""
    for contact_id in dict.fromkeys(contact_ids):
        contact = uow.session.get(Contact, contact_id) if contact_id is not None else None
        if contact is not None and contact.active:
            invite_contact(uow, seance.id, contact.id)


def _editable(row: Seance) -> None:
    if row.status in FROZEN_STATUSES:
        raise ValidationError(
            {
                "_": f"La séance ne peut plus être modifiée : « {row.status.label} » "
                "(une correction passe par un erratum)."
            }
        )


WORKFLOW_STATUSES = frozenset({SeanceStatus.CR_VALIDE, SeanceStatus.CR_SIGNE})


class MeetingService:
    """Use cases on séances."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def list_seances(
        self,
        instance_id: int | None = None,
        from_date: dt.date | None = None,
        to_date: dt.date | None = None,
    ) -> list[SeanceSummary]:
        """Séances by date, optionally of one instance and between two French dates included."""
        query = select(Seance).order_by(Seance.starts_at, Seance.id)
        if instance_id is not None:
            query = query.where(Seance.instance_id == instance_id)
        if from_date is not None:
            query = query.where(Seance.starts_at >= _paris_midnight(from_date))
        if to_date is not None:
            query = query.where(Seance.starts_at < _paris_midnight(to_date + dt.timedelta(1)))
        with self.context.read() as session:
            return [seance_summary(r) for r in session.scalars(query)]

    def get_seance(self, seance_id: int) -> SeanceDetail:
        """One séance with its agenda and attendance sheet."""
        with self.context.read() as session:
            return seance_detail(session, get_or_404(session, Seance, seance_id, "Séance"))

    def create_seance(self, data: SeanceData) -> Mutation[SeanceDetail]:
        """Plan the next séance of an instance and invite all its members."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            instance = uow.session.scalar(
                select(Instance).where(Instance.id == data.instance_id).with_for_update()
            )
            if instance is None:
                raise NotFoundError(f"Instance n° {data.instance_id} introuvable.")
            values = _validate(uow.session, _with_defaults(data, instance))
            last = uow.session.scalar(
                select(func.max(Seance.number)).where(Seance.instance_id == instance.id)
            )
            row = Seance(instance_id=instance.id, number=(last or 0) + 1, status=_S.PLANIFIEE)
            _assign(row, values)
            uow.stamp(row, created=True)
            uow.session.add(row)
            uow.session.flush()
            uow.audit("seance", row.id, "create", None, row_values(row))
            members = [m.contact_id for m in sorted(instance.members, key=lambda m: m.id)]
            _invite(uow, row, [*members, row.president_id, row.secretary_id])
            dto = seance_detail(uow.session, row)
        return Mutation(dto, uow.changes())

    def update_seance(
        self, seance_id: int, expected_version: int, data: SeanceEditData
    ) -> Mutation[SeanceDetail]:
        """Edit date, duration, place, officers, summary and next-meeting note."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = get_or_404(uow.session, Seance, seance_id, "Séance")
            _editable(row)
            values = _validate(uow.session, data)
            attempted = {f.name: getattr(values, f.name) for f in fields(SeanceEditData)}
            uow.expect_version("seance", row, expected_version, attempted)
            before = row_values(row)
            _assign(row, values)
            uow.stamp(row)
            uow.session.flush()
            uow.audit("seance", row.id, "update", *diff(before, row_values(row)))
            if row.status is not _S.ANNULEE:
                _invite(uow, row, [row.president_id, row.secretary_id])
            dto = seance_detail(uow.session, row)
        return Mutation(dto, uow.changes())

    def change_status(
        self, seance_id: int, expected_version: int, target: SeanceStatus
    ) -> Mutation[SeanceDetail]:
        """Move a séance along its lifecycle; a forbidden step changes nothing."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = get_or_404(uow.session, Seance, seance_id, "Séance")
            target = SeanceStatus(target)
            uow.expect_version("seance", row, expected_version, {"status": target})
            if not can_change_seance_status(row.status, target):
                raise ValidationError({"status": seance_status_error(row.status, target)})
            if target in WORKFLOW_STATUSES and row.status is not target:
                # Validation freezes a snapshot and signing registers files: only the
                # signed-minutes service may take these steps, never a bare status change.
                raise ValidationError(
                    {
                        "status": f"« {target.label} » s'obtient en validant ou en signant le "
                        "compte rendu, pas par un simple changement d'état."
                    }
                )
            if row.status is not target:
                before = row.status
                row.status = target
                uow.stamp(row)
                uow.session.flush()
                uow.audit("seance", row.id, "status", {"status": before}, {"status": target})
            dto = seance_detail(uow.session, row)
        return Mutation(dto, uow.changes())

    def delete_seance(self, seance_id: int, expected_version: int) -> Mutation[None]:
        """Delete a planned or cancelled séance that no action, constat or minutes refer to."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = get_or_404(uow.session, Seance, seance_id, "Séance")
            uow.expect_version("seance", row, expected_version, {})
            if row.status not in DELETABLE_STATUSES:
                raise ValidationError(
                    {
                        "_": "Seule une séance planifiée ou annulée peut être supprimée "
                        f"(statut actuel : « {row.status.label} »)."
                    }
                )
            refuse_if_used(
                uow.session,
                f"la séance n° {row.number}",
                [
                    (Action, Action.origin_seance_id == seance_id, "action(s) issue(s)"),
                    (ActionUpdate, ActionUpdate.seance_id == seance_id, "point(s) de suivi"),
                    (Constat, Constat.seance_id == seance_id, "constat(s)"),
                    (MinutesVersion, MinutesVersion.seance_id == seance_id, "compte(s) rendu(s)"),
                ],
            )
            uow.audit("seance", row.id, "delete", row_values(row), None)
            uow.session.delete(row)
        return Mutation(None, uow.changes())


def _assign(row: Seance, values: SeanceEditData) -> None:
    for f in fields(SeanceEditData):
        setattr(row, f.name, getattr(values, f.name))


def _paris_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=PARIS).astimezone(dt.UTC)
