"""Action numbers: the next of the quartier's year, or one an imported plan already gave.

The counter row (quartier, year) is locked while a number is taken, so two writers never
hand out the same number; a kept number raises the counter past it, so later actions of
that year follow it instead of colliding with it.
"""

from __future__ import annotations

from sqlalchemy import select

from gusp_desktop.db.models import Action, ActionSequence, Quartier
from gusp_desktop.domain import rules
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.services.base import UnitOfWork


def take_number(uow: UnitOfWork, quartier: Quartier, wanted: str = "") -> str:
    """The new action's number: ``wanted`` when given (checked), else the next one of the
    quartier for the current year."""
    if not wanted.strip():
        year = uow.context.today().year
        counter = _counter(uow, quartier, year)
        counter.last_value += 1
        return rules.format_action_number(quartier.code, year, counter.last_value)
    number = wanted.strip()
    parts = rules.parse_action_number(number)
    if parts is None or parts[0] != quartier.code:
        example = rules.format_action_number(quartier.code, uow.context.today().year, 1)
        raise ValidationError(
            {
                "number": Message(
                    "Numéro « {number} » invalide : attendu {example} (code du quartier, année "
                    "sur deux chiffres, rang).",
                    number=number,
                    example=example,
                )
            }
        )
    if uow.session.scalar(select(Action.id).where(Action.number == number)) is not None:
        raise ValidationError(
            {"number": Message("Le numéro « {number} » est déjà pris.", number=number)}
        )
    _, year, sequence = parts
    counter = _counter(uow, quartier, year)
    counter.last_value = max(counter.last_value, sequence)
    return number


def _counter(uow: UnitOfWork, quartier: Quartier, year: int) -> ActionSequence:
    """The quartier's counter for ``year``, locked (created at zero when missing)."""
    counter = uow.session.scalar(
        select(ActionSequence)
        .where(ActionSequence.quartier_id == quartier.id, ActionSequence.year == year)
        .with_for_update()
    )
    if counter is None:
        counter = ActionSequence(quartier_id=quartier.id, year=year, last_value=0)
        uow.session.add(counter)
    return counter
