"""Sending the draft compte rendu for remarks: review rounds, reviewers and their date.

compte rendu en rédaction → en relecture (a round: who received the draft, when, by whom)
→ back to rédaction to take the remarks in, or on to validation. The draft itself is the
compte rendu exported with « PROJET — document de travail » on every page.

Service API:
    MinutesReviewService.send_for_review(seance_id, reviewer_ids=None) -> Mutation[ReviewRound]
        (None: the président de séance and the people present, the secrétaire excepted)
    MinutesReviewService.return_to_writing(seance_id) -> Mutation[SeanceSummary]
    MinutesReviewService.review_rounds(seance_id) -> tuple[ReviewRound, ...]
    MinutesReviewService.default_reviewers(seance_id) -> tuple[int, ...]
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Attendance, Contact, MinutesReviewer, Seance
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import AttendanceStatus, SeanceStatus, UserRole
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.meetings import ReviewerLine, ReviewRound, SeanceSummary
from gusp_desktop.services.base import ServiceContext, UnitOfWork
from gusp_desktop.services.seance_records import (
    load_seance,
    move_status,
    seance_label,
    seance_summary,
)

_S = SeanceStatus


def default_reviewer_ids(session: Session, seance: Seance) -> tuple[int, ...]:
    """The président de séance, then whoever attended; the secrétaire wrote the draft."""
    present = session.scalars(
        select(Attendance.contact_id)
        .where(
            Attendance.seance_id == seance.id,
            Attendance.status == AttendanceStatus.PRESENT,
        )
        .order_by(Attendance.id)
    )
    ids = [seance.president_id, *present]
    return tuple(i for i in dict.fromkeys(ids) if i is not None and i != seance.secretary_id)


def _reviewers(session: Session, seance: Seance, ids: Sequence[int] | None) -> list[Contact]:
    chosen = default_reviewer_ids(session, seance) if ids is None else tuple(dict.fromkeys(ids))
    if not chosen:
        raise ValidationError(
            {"reviewers": "Choisissez au moins un relecteur du projet de compte rendu."}
        )
    contacts = []
    for contact_id in chosen:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise ValidationError(
                {
                    "reviewers": Message(
                        "Relecteur inconnu (contact n° {contact_id}).", contact_id=contact_id
                    )
                }
            )
        contacts.append(contact)
    return contacts


def review_row(uow: UnitOfWork, seance: Seance, reviewer_ids: Sequence[int] | None) -> int:
    """Record a review round and move the minutes to « en relecture »; returns the round."""
    if seance.status is not _S.CR_REDACTION:
        raise ValidationError(
            {
                "status": Message(
                    (
                        "Le compte rendu de la séance {seance_label} n'est pas en rédaction "
                        "(statut « {label} ») : il ne peut pas partir en relecture."
                    ),
                    seance_label=seance_label(seance),
                    label=seance.status.label,
                )
            }
        )
    contacts = _reviewers(uow.session, seance, reviewer_ids)
    last = uow.session.scalar(
        select(func.max(MinutesReviewer.round)).where(MinutesReviewer.seance_id == seance.id)
    )
    number = (last or 0) + 1
    for contact in contacts:
        row = MinutesReviewer(
            seance_id=seance.id, round=number, contact_id=contact.id, sent_at=uow.now
        )
        uow.add_row("minutes_reviewer", row)
    names = [c.full_name for c in contacts]
    move_status(uow, seance, _S.CR_RELECTURE, {"round": number, "reviewers": names})
    return number


def _rounds(session: Session, seance_id: int) -> tuple[ReviewRound, ...]:
    rows = session.execute(
        select(MinutesReviewer, Contact)
        .join(Contact, Contact.id == MinutesReviewer.contact_id)
        .where(MinutesReviewer.seance_id == seance_id)
        .order_by(MinutesReviewer.round, MinutesReviewer.id)
    ).all()
    rounds: dict[int, list[tuple[MinutesReviewer, Contact]]] = {}
    for reviewer, contact in rows:
        rounds.setdefault(reviewer.round, []).append((reviewer, contact))
    return tuple(
        ReviewRound(
            seance_id=seance_id,
            number=number,
            sent_at=lines[0][0].sent_at,
            sent_by=lines[0][0].created_by,
            reviewers=tuple(
                ReviewerLine(c.id, c.full_name, c.organisation.code, c.email) for _, c in lines
            ),
        )
        for number, lines in rounds.items()
    )


class MinutesReviewService:
    """Review rounds of draft minutes (see the module documentation for the API)."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def default_reviewers(self, seance_id: int) -> tuple[int, ...]:
        """Contact ids proposed as reviewers: président de séance, then the people present."""
        with self.context.read() as session:
            return default_reviewer_ids(session, load_seance(session, seance_id))

    def review_rounds(self, seance_id: int) -> tuple[ReviewRound, ...]:
        """Every round, oldest first (the last one is the current review)."""
        with self.context.read() as session:
            load_seance(session, seance_id)
            return _rounds(session, seance_id)

    def send_for_review(
        self, seance_id: int, reviewer_ids: Sequence[int] | None = None
    ) -> Mutation[ReviewRound]:
        """Send the draft to ``reviewer_ids`` today: the minutes go « en relecture »."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            seance = load_seance(uow.session, seance_id)
            number = review_row(uow, seance, reviewer_ids)
            current = _rounds(uow.session, seance_id)[number - 1]
        return Mutation(current, uow.changes())

    def return_to_writing(self, seance_id: int) -> Mutation[SeanceSummary]:
        """Back to « en rédaction » to take the remarks in (a new round may follow)."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            seance = load_seance(uow.session, seance_id)
            move_status(uow, seance, _S.CR_REDACTION)
            dto = seance_summary(seance)
        return Mutation(dto, uow.changes())
