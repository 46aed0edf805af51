"""One entry point for every status change of a séance, whoever asks for it.

The window's buttons, the command line and the dedicated service calls all land here (or in
the lifecycle steps it dispatches to), so a guard written once holds everywhere: no « tenue »
before the start, no undo once minutes are written, no cancellation without a reason, no
validation or signature by a bare status change.
"""

from __future__ import annotations

from gusp_desktop.db.models import Seance
from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.rules import can_change_seance_status, seance_status_error
from gusp_desktop.services.base import UnitOfWork
from gusp_desktop.services.minutes_review import review_row
from gusp_desktop.services.seance_lifecycle import convene_row, hold_row, undo_hold_row
from gusp_desktop.services.seance_records import move_status, renumber, seance_label

_S = SeanceStatus
# Validation freezes a snapshot and signing registers files: only the signed-minutes service
# takes these steps.
WORKFLOW_STATUSES = frozenset({_S.CR_VALIDE, _S.CR_SIGNE})


def _refuse(message: str) -> None:
    raise ValidationError({"status": message})


def _cancel(uow: UnitOfWork, row: Seance, reason: str | None) -> None:
    if not reason:
        _refuse("Indiquez le motif de l'annulation : l'avis d'annulation le mentionne.")
    if row.status not in (_S.PLANIFIEE, _S.CONVOQUEE):
        _refuse(
            f"La séance {seance_label(row)} est « {row.status.label} » : seule une séance "
            "qui n'a pas encore eu lieu peut être annulée."
        )
    row.cancelled_at, row.cancelled_by = uow.now, uow.author
    row.cancellation_reason = reason or ""
    row.ics_sequence += 1
    move_status(uow, row, _S.ANNULEE, {"reason": row.cancellation_reason})


def _restore(uow: UnitOfWork, row: Seance) -> None:
    """A cancelled séance planned again: a new invitation will replace the cancelled one."""
    row.cancelled_at, row.cancelled_by, row.cancellation_reason = None, "", ""
    row.ics_sequence += 1
    move_status(uow, row, _S.PLANIFIEE)
    renumber(uow, row.instance_id, row.number_year)


def apply_status(
    uow: UnitOfWork, row: Seance, target: SeanceStatus, *, reason: str | None = None
) -> None:
    """Take ``row`` to ``target`` through the step that has the right guards."""
    current = row.status
    if target is current and target is not _S.CONVOQUEE:
        return
    if not can_change_seance_status(current, target):
        _refuse(seance_status_error(current, target))
    if target in WORKFLOW_STATUSES:
        _refuse(
            f"« {target.label} » s'obtient en validant ou en signant le compte rendu, "
            "pas par un simple changement d'état."
        )
    if target is _S.ANNULEE:
        _cancel(uow, row, reason)
    elif target is _S.CR_RELECTURE:
        review_row(uow, row, None)  # proposed reviewers: président and people present
    elif target is _S.TENUE:
        hold_row(uow, row)
    elif current is _S.TENUE and target in (_S.PLANIFIEE, _S.CONVOQUEE):
        undo_hold_row(uow, row)
    elif target is _S.CONVOQUEE:
        convene_row(uow, row)
    elif current is _S.ANNULEE and target is _S.PLANIFIEE:
        _restore(uow, row)
    elif current is _S.CONVOQUEE and target is _S.PLANIFIEE:
        # The convocation went out: the number stays (see number_is_locked).
        move_status(uow, row, target)
    elif target is _S.CR_REDACTION and current in (_S.TENUE, _S.CR_RELECTURE):
        move_status(uow, row, target)
    else:
        _refuse(seance_status_error(current, target))
