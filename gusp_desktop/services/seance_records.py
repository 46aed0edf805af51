"""Database side of séances shared by the meeting, lifecycle and minutes services.

Reading a séance into its plain values, moving it along its lifecycle with an audit event,
and numbering: functions here take an open session or unit of work so that each service call
combines them in its own single transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Contact,
    Instance,
    MinutesVersion,
    Seance,
    SeanceRecipient,
    SignedFile,
)
from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.meetings import (
    RecipientLine,
    SeanceDetail,
    SeanceSummary,
    SignatureLine,
)
from gusp_desktop.domain.rules import (
    assign_numbers,
    can_change_seance_status,
    number_is_locked,
    seance_status_error,
)
from gusp_desktop.domain.signed_minutes import SignerRole, VersionStatus, missing_signers
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.agenda import contact_name, item_dto, seance_items
from gusp_desktop.services.attendance import seance_attendance
from gusp_desktop.services.base import UnitOfWork, get_or_404

_S = SeanceStatus


def as_utc(moment: dt.datetime) -> dt.datetime:
    """Aware UTC instant; a naive value is what a French user reads on the wall clock."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=PARIS)
    return moment.astimezone(dt.UTC)


def paris_year(moment: dt.datetime) -> int:
    """The year a séance is numbered in: the French calendar year of its date."""
    return as_utc(moment).astimezone(PARIS).year


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
        "restricted": bool(instance.restricted),
    }


def seance_summary(row: Seance) -> SeanceSummary:
    """Plain copy of a séance for lists."""
    return SeanceSummary(**_summary_values(row))


def seance_detail(session: Session, row: Seance) -> SeanceDetail:
    """Plain copy of a séance with everything its page shows."""
    signatures = signature_lines(session, row.id)
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
        distribution_note=row.distribution_note,
        convened_at=row.convened_at,
        ics_sequence=row.ics_sequence,
        cancelled_at=row.cancelled_at,
        cancelled_by=row.cancelled_by,
        cancellation_reason=row.cancellation_reason,
        recipients=recipient_lines(session, row.id),
        signatures=signatures,
        missing_signatures=missing_signers(s.role.value for s in signatures),
    )


def recipient_lines(session: Session, seance_id: int) -> tuple[RecipientLine, ...]:
    """The « copie à » recipients of the compte rendu, by name."""
    rows = session.execute(
        select(SeanceRecipient, Contact)
        .join(Contact, Contact.id == SeanceRecipient.contact_id)
        .where(SeanceRecipient.seance_id == seance_id)
    ).all()
    lines = [
        RecipientLine(
            id=recipient.id,
            contact_id=contact.id,
            name=contact.full_name,
            organisation_code=contact.organisation.code,
            organisation_name=contact.organisation.name,
            email=contact.email,
        )
        for recipient, contact in rows
    ]
    return tuple(sorted(lines, key=lambda line: (line.organisation_name, line.name, line.id)))


def signature_lines(session: Session, seance_id: int) -> tuple[SignatureLine, ...]:
    """Signatures registered on the latest version of the minutes, in signing order.

    An erratum being written has no signature yet: the signatures of the version it replaces
    do not count for it.
    """
    version = session.scalar(
        select(MinutesVersion)
        .where(MinutesVersion.seance_id == seance_id)
        .order_by(MinutesVersion.number.desc())
        .limit(1)
    )
    if version is None or version.status == VersionStatus.REDACTION.value:
        return ()
    files = session.scalars(
        select(SignedFile)
        .where(SignedFile.minutes_version_id == version.id)
        .order_by(SignedFile.signature_count, SignedFile.id)
    )
    lines = []
    for row in files:
        try:
            role = SignerRole(row.signer_role)
        except ValueError:  # a capacity this version does not know: not a required signature
            continue
        lines.append(SignatureLine(signer=row.signer_name, role=role, signed_at=row.signed_at))
    return tuple(lines)


def lock_instance(session: Session, instance_id: int) -> Instance:
    """The instance row, locked: séances of one instance are numbered one writer at a time."""
    instance = session.scalar(select(Instance).where(Instance.id == instance_id).with_for_update())
    if instance is None:
        raise NotFoundError(Message("{what} n° {id} introuvable.", what="Instance", id=instance_id))
    return instance


def renumber(uow: UnitOfWork, instance_id: int, year: int, new: Seance | None = None) -> None:
    """Number the planned séances of an instance and year in date order.

    Locked séances (convened, held or cancelled) keep their numbers; the others take the
    free numbers from 1 upwards, earliest first. ``new`` is a séance about to be inserted: it
    receives its number here, the others move around it. Changed rows first go to temporary
    negative numbers so the unique (instance, year, number) constraint holds at every statement.
    """
    session = uow.session
    rows = list(
        session.scalars(
            select(Seance).where(Seance.instance_id == instance_id, Seance.number_year == year)
        )
    )
    locked = [r for r in rows if number_is_locked(r.status, r.convened_at)]
    planned = [r for r in rows if not number_is_locked(r.status, r.convened_at)]
    if new is not None:
        planned.append(new)
    planned.sort(key=lambda r: (r.starts_at, r.id if r.id is not None else float("inf")))
    target = assign_numbers((r.number for r in locked), planned)
    if new is not None:
        new.number = target[new]
    moving = [r for r in planned if r is not new and r.number != target[r]]
    if not moving:
        return
    session.execute(
        update(Seance)
        .where(Seance.id.in_([r.id for r in moving]))
        .values(number=-Seance.id)
        .execution_options(synchronize_session=False)
    )
    for row in moving:
        before = row.number
        row.number = target[row]
        uow.stamp(row)
        uow.session.flush()
        uow.audit("seance", row.id, "renumber", {"number": before}, {"number": row.number})


def move_status(
    uow: UnitOfWork,
    row: Seance,
    target: SeanceStatus,
    details: dict[str, Any] | None = None,
) -> None:
    """Take one step of the lifecycle, refused when the rules do not allow it; audited.

    ``details`` (reason, reviewers, convocation date…) are recorded with the new status.
    """
    if not can_change_seance_status(row.status, target) or row.status is target:
        raise ValidationError({"status": seance_status_error(row.status, target)})
    before = row.status
    row.status = target
    uow.stamp(row)
    uow.session.flush()
    uow.audit("seance", row.id, "status", {"status": before}, {"status": target, **(details or {})})


def load_seance(session: Session, seance_id: int) -> Seance:
    """The séance row or a French « introuvable »."""
    return get_or_404(session, Seance, seance_id, "Séance")


def seance_label(row: Seance) -> str:
    """« n° 3 du 12/06/2025 » as messages name a séance."""
    return f"n° {row.number} du {row.starts_at.astimezone(PARIS):%d/%m/%Y}"
