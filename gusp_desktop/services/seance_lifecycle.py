"""The steps of a séance before its minutes: convened, held, and held undone.

planifiée → convoquée (the convocation went out: its date is kept, and the number is final)
→ tenue (never before the séance's start) → compte rendu en rédaction… Declaring a séance
held is undone as long as nothing of its minutes is written.

Service API (each call one transaction, returns ``Mutation[SeanceDetail]``):
    SeanceLifecycleService.convene(seance_id, expected_version=None)
    SeanceLifecycleService.hold(seance_id, expected_version=None)
    SeanceLifecycleService.undo_hold(seance_id, expected_version=None)
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select

from gusp_desktop.db.models import AgendaItem, Decision, Seance
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import SeanceStatus, UserRole
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.domain.rules import seance_status_error
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.base import ServiceContext, UnitOfWork
from gusp_desktop.services.seance_records import (
    load_seance,
    lock_instance,
    move_status,
    renumber,
    seance_detail,
    seance_label,
)

_S = SeanceStatus


def convene_row(uow: UnitOfWork, row: Seance) -> None:
    """Mark the convocation as sent now; sending it again (after a change) re-dates it."""
    if row.status is _S.CONVOQUEE:
        before = row.convened_at
        row.convened_at = uow.now
        uow.stamp(row)
        uow.session.flush()
        uow.audit("seance", row.id, "convene", {"convened_at": before}, {"convened_at": uow.now})
        return
    if row.status is not _S.PLANIFIEE:
        raise ValidationError({"status": seance_status_error(row.status, _S.CONVOQUEE)})
    row.convened_at = uow.now
    move_status(uow, row, _S.CONVOQUEE, {"convened_at": uow.now})


def hold_row(uow: UnitOfWork, row: Seance) -> None:
    """Declare the séance held; refused before its start, when nothing can have happened."""
    if row.status in (_S.PLANIFIEE, _S.CONVOQUEE) and row.starts_at > uow.now:
        start = row.starts_at.astimezone(PARIS)
        raise ValidationError(
            {
                "status": Message(
                    (
                        "La séance n° {number} commence le {start} à {start2} : elle ne peut pas "
                        "être déclarée tenue avant son début."
                    ),
                    number=row.number,
                    start=f"{start:%d/%m/%Y}",
                    start2=f"{start:%H:%M}",
                )
            }
        )
    move_status(uow, row, _S.TENUE)


def _minutes_written(uow: UnitOfWork, seance_id: int) -> bool:
    notes = uow.session.scalar(
        select(func.count())
        .select_from(AgendaItem)
        .where(AgendaItem.seance_id == seance_id, AgendaItem.notes != "")
    )
    decisions = uow.session.scalar(
        select(func.count())
        .select_from(Decision)
        .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .where(AgendaItem.seance_id == seance_id)
    )
    return bool(notes or decisions)


def undo_hold_row(uow: UnitOfWork, row: Seance) -> None:
    """Put a séance declared held by mistake back to convoquée (or planifiée)."""
    if row.status is not _S.TENUE:
        if row.status in (_S.PLANIFIEE, _S.CONVOQUEE, _S.ANNULEE):
            message = f"La séance {seance_label(row)} n'est pas déclarée tenue."
        else:
            message = (
                f"Le compte rendu de la séance {seance_label(row)} est commencé "
                f"(« {row.status.label} ») : la séance ne peut plus être remise à venir."
            )
        raise ValidationError({"status": message})
    if _minutes_written(uow, row.id):
        raise ValidationError(
            {
                "status": Message(
                    (
                        "Des notes ou des décisions sont déjà saisies pour la séance "
                        "{seance_label} : elle ne peut plus être remise à venir."
                    ),
                    seance_label=seance_label(row),
                )
            }
        )
    target = _S.CONVOQUEE if row.convened_at is not None else _S.PLANIFIEE
    move_status(uow, row, target)
    if target is _S.PLANIFIEE:
        renumber(uow, row.instance_id, row.number_year)


class SeanceLifecycleService:
    """Convening and holding séances (see the module documentation for the API)."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def convene(
        self, seance_id: int, expected_version: int | None = None
    ) -> Mutation[SeanceDetail]:
        """Mark the séance convened now (called when its convocation is exported or sent)."""
        return self._move(seance_id, expected_version, _S.CONVOQUEE, convene_row)

    def hold(self, seance_id: int, expected_version: int | None = None) -> Mutation[SeanceDetail]:
        """Declare the séance held (tenue); refused before its start."""
        return self._move(seance_id, expected_version, _S.TENUE, hold_row)

    def undo_hold(
        self, seance_id: int, expected_version: int | None = None
    ) -> Mutation[SeanceDetail]:
        """Undo « tenue » while no note or decision is written; back to convoquée/planifiée."""
        return self._move(seance_id, expected_version, _S.PLANIFIEE, undo_hold_row)

    def _move(
        self,
        seance_id: int,
        expected_version: int | None,
        attempted: SeanceStatus,
        apply: Callable[[UnitOfWork, Seance], None],
    ) -> Mutation[SeanceDetail]:
        """One lifecycle step: the instance locked (numbering), the version checked, ``apply``."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = load_seance(uow.session, seance_id)
            lock_instance(uow.session, row.instance_id)
            uow.expect_version("seance", row, expected_version, {"status": attempted})
            apply(uow, row)
            dto = seance_detail(uow.session, row)
        return Mutation(dto, uow.changes())
