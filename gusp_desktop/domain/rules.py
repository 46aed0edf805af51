"""Lifecycle rules: which status changes are allowed, and what "en retard" means.

Pure functions so that the services, the CLI and the window all apply the same rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TypeVar

from gusp_desktop.domain.enums import ActionStatus, SeanceStatus
from gusp_desktop.domain.errors import Message

T = TypeVar("T")
_A = ActionStatus
ACTION_TRANSITIONS: dict[ActionStatus, frozenset[ActionStatus]] = {
    _A.A_ENGAGER: frozenset({_A.EN_COURS, _A.REALISEE, _A.REPORTEE, _A.ABANDONNEE}),
    _A.EN_COURS: frozenset({_A.REALISEE, _A.REPORTEE, _A.ABANDONNEE}),
    _A.REPORTEE: frozenset({_A.A_ENGAGER, _A.EN_COURS, _A.REALISEE, _A.ABANDONNEE}),
    # A finished action can be reopened when the problem comes back, never silently re-finished.
    _A.REALISEE: frozenset({_A.EN_COURS}),
    _A.ABANDONNEE: frozenset({_A.A_ENGAGER}),
}

CLOSED_ACTION_STATUSES = frozenset({_A.REALISEE, _A.ABANDONNEE})

_S = SeanceStatus
SEANCE_TRANSITIONS: dict[SeanceStatus, frozenset[SeanceStatus]] = {
    _S.PLANIFIEE: frozenset({_S.CONVOQUEE, _S.TENUE, _S.ANNULEE}),
    _S.CONVOQUEE: frozenset({_S.TENUE, _S.ANNULEE, _S.PLANIFIEE}),
    # Declaring a séance held can be undone until its minutes are written.
    _S.TENUE: frozenset({_S.CR_REDACTION, _S.CONVOQUEE, _S.PLANIFIEE}),
    _S.CR_REDACTION: frozenset({_S.CR_RELECTURE, _S.CR_VALIDE}),
    _S.CR_RELECTURE: frozenset({_S.CR_REDACTION, _S.CR_VALIDE}),
    # Validated minutes are frozen; only signing moves them on (a correction is an erratum).
    _S.CR_VALIDE: frozenset({_S.CR_SIGNE}),
    _S.CR_SIGNE: frozenset(),
    _S.ANNULEE: frozenset({_S.PLANIFIEE}),
}

# Séances whose minutes text may still be edited.
MINUTES_EDITABLE = frozenset({_S.TENUE, _S.CR_REDACTION, _S.CR_RELECTURE})
# Séances that took place: their date is history and can no longer change.
HELD_STATUSES = frozenset({_S.TENUE, _S.CR_REDACTION, _S.CR_RELECTURE, _S.CR_VALIDE, _S.CR_SIGNE})


def number_is_locked(status: SeanceStatus, convened_at: dt.datetime | None) -> bool:
    """A séance keeps its number for good once convened, held or cancelled.

    Convocations, cancellation notices and minutes carry the number: once one of them may
    exist, renumbering would make two documents disagree. Only séances still merely planned
    (never convened) follow the date order.
    """
    return convened_at is not None or status is not _S.PLANIFIEE


def assign_numbers(taken: Iterable[int], planned_in_date_order: Sequence[T]) -> dict[T, int]:
    """Numbers of the planned séances of one instance and year, in date order.

    ``taken`` are the numbers locked séances keep; planned séances take the smallest free
    numbers from 1 upwards, the earliest séance the smallest number.
    """
    used = set(taken)
    numbers: dict[T, int] = {}
    candidate = 1
    for key in planned_in_date_order:
        while candidate in used:
            candidate += 1
        numbers[key] = candidate
        candidate += 1
    return numbers


def can_change_action_status(current: ActionStatus, target: ActionStatus) -> bool:
    """Whether an action may go from ``current`` to ``target`` (same status is always fine)."""
    return current == target or target in ACTION_TRANSITIONS[current]


def can_change_seance_status(current: SeanceStatus, target: SeanceStatus) -> bool:
    """Whether a séance may go from ``current`` to ``target``."""
    return current == target or target in SEANCE_TRANSITIONS[current]


def effective_deadline(initial: dt.date | None, revised: dt.date | None) -> dt.date | None:
    """The deadline that counts: the revised one when set, else the initial one."""
    return revised if revised is not None else initial


def is_overdue(
    status: ActionStatus, initial: dt.date | None, revised: dt.date | None, today: dt.date
) -> bool:
    """An action is late when its deadline has passed and it is neither done nor abandoned.

    Computed on every read and never stored, so it can never disagree with the calendar.
    """
    deadline = effective_deadline(initial, revised)
    return deadline is not None and deadline < today and status not in CLOSED_ACTION_STATUSES


def action_status_error(current: ActionStatus, target: ActionStatus) -> str:
    """French explanation of a refused action status change."""
    return Message(
        "Une action « {current} » ne peut pas passer à « {target} » (possibles : {allowed}).",
        current=current.label,
        target=target.label,
        allowed=_allowed(s.label for s in ACTION_TRANSITIONS[current]),
    )


def seance_status_error(current: SeanceStatus, target: SeanceStatus) -> str:
    """French explanation of a refused séance status change."""
    return Message(
        "Une séance « {current} » ne peut pas passer à « {target} » (possibles : {allowed}).",
        current=current.label,
        target=target.label,
        allowed=_allowed(s.label for s in SEANCE_TRANSITIONS[current]),
    )


def _allowed(labels: Iterable[str]) -> tuple[str, ...] | Message:
    """The statuses one may go to, listed with commas, or « aucun »."""
    return tuple(sorted(labels)) or Message("aucun")


def format_action_number(quartier_code: str, year: int, sequence: int) -> str:
    """Stable action number such as ``HM-25-014`` (quartier, two-digit year, sequence)."""
    return f"{quartier_code}-{year % 100:02d}-{sequence:03d}"


def parse_action_number(number: str) -> tuple[str, int, int] | None:
    """``(quartier code, year, sequence)`` of a number written as :func:`format_action_number`
    writes it (years 2000–2099), or None for anything else."""
    code, sep, rest = number.strip().rpartition("-")
    code, sep2, yy = code.rpartition("-")
    if not (sep and sep2 and code and yy.isdigit() and len(yy) == 2 and rest.isdigit()):
        return None
    if len(rest) < 3 or int(rest) == 0:
        return None
    return code, 2000 + int(yy), int(rest)
