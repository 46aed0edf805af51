"""Programmes annuels ATFPB: planned lines per axis, their actions, and their realisation.

A line links to the plan d'actions' actions that carry it, so the follow-up happens once, in
the plan; the bilan reads the amounts and realisation recorded here.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import delete, insert

from gusp_desktop.db.models import Action, AtfpbConvention, AtfpbLine, atfpb_line_action
from gusp_desktop.domain.atfpb import AXES, LineData, LineDTO, RealisationData, check_amount
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import Realisation
from gusp_desktop.domain.errors import Message, ValidationError, message_of
from gusp_desktop.domain.text import check_length, check_required, clean
from gusp_desktop.services.atfpb.records import (
    convention_for,
    line_actions,
    line_dto,
    line_dtos,
    lines_of,
)
from gusp_desktop.services.base import (
    ServiceContext,
    UnitOfWork,
    diff,
    ensure_unique,
    get_or_404,
    row_values,
)

ENTITY = "atfpb_line"
_TEXTS = (
    ("title", "Le libellé", 300),
    ("residences", "Les résidences", 300),
    ("cofinancing", "Les cofinancements", 300),
    ("indicator", "L'indicateur", 200),
    ("target", "La cible", 100),
)


def _validated(uow: UnitOfWork, data: LineData) -> tuple[LineData, AtfpbConvention]:
    convention = get_or_404(uow.session, AtfpbConvention, data.convention_id, "Convention ATFPB")
    errors: dict[str, str] = {}
    data = replace(
        data,
        title=clean(data.title),
        residences=clean(data.residences),
        cofinancing=clean(data.cofinancing),
        indicator=clean(data.indicator),
        target=clean(data.target),
    )
    check_required(errors, "title", data.title, "Le libellé")
    for name, label, length in _TEXTS:
        check_length(errors, name, getattr(data, name), label, length)
    if data.axis not in AXES:
        errors["axis"] = Message("Axe ATFPB inconnu « {axis} » : de 1 à 8.", axis=data.axis)
    if not convention.start_year <= data.year <= convention.end_year:
        errors["year"] = Message(
            "L'année {year} est hors de la convention ({start_year}–{end_year}).",
            year=data.year,
            start_year=convention.start_year,
            end_year=convention.end_year,
        )
    try:
        data = replace(data, planned=check_amount(data.planned, "Le montant prévu"))
    except ValueError as exc:
        errors["planned"] = message_of(exc)
    except TypeError:
        errors["planned"] = "Le montant prévu n'est pas un nombre."
    _check_actions(uow, data, convention, errors)
    if errors:
        raise ValidationError(errors)
    return data, convention


def _check_actions(
    uow: UnitOfWork, data: LineData, convention: AtfpbConvention, errors: dict[str, str]
) -> None:
    for action_id in ensure_unique(data.action_ids, "Action"):
        action = uow.session.get(Action, action_id)
        if action is None:
            errors["action_ids"] = Message(
                "{what} n° {id} introuvable.", what="Action", id=action_id
            )
        elif action.quartier_id != convention.quartier_id:
            errors["action_ids"] = Message(
                "L'action {number} n'est pas sur le quartier de la convention.",
                number=action.number,
            )


def _link(uow: UnitOfWork, line_id: int, action_ids: tuple[int, ...], *, new: bool) -> None:
    if not new:
        uow.session.execute(delete(atfpb_line_action).where(atfpb_line_action.c.line_id == line_id))
    ids = ensure_unique(action_ids, "Action")
    if ids:
        uow.session.execute(
            insert(atfpb_line_action), [{"line_id": line_id, "action_id": a} for a in ids]
        )


def _line_values(data: LineData) -> dict[str, object]:
    return {
        "convention_id": data.convention_id,
        "year": data.year,
        "axis": data.axis,
        "title": data.title,
        "residences": data.residences,
        "reinforcement": data.reinforcement,
        "cofinancing": data.cofinancing,
        "indicator": data.indicator,
        "target": data.target,
        "planned": data.planned,
    }


def add_line_in(
    uow: UnitOfWork, data: LineData, realisation: RealisationData | None = None
) -> AtfpbLine:
    """Insert a programme line after checking it, already reported when ``realisation`` is
    given (a past year's bilan typed at once); audited with its actions."""
    data, _ = _validated(uow, data)
    row = AtfpbLine(**_line_values(data))
    row.realised, row.status = None, None
    row.reason = row.indicator_value = row.gap_explanation = ""
    if realisation is not None:
        for key, value in _realisation_values(_validated_realisation(realisation)).items():
            setattr(row, key, value)
    uow.stamp(row, created=True)
    uow.session.add(row)
    uow.session.flush()
    _link(uow, row.id, data.action_ids, new=True)
    uow.audit(ENTITY, row.id, "create", None, {**row_values(row), "actions": data.action_ids})
    return row


def _realisation_values(data: RealisationData) -> dict[str, object]:
    return {
        "realised": data.realised,
        "status": data.status,
        "reason": data.reason,
        "indicator_value": data.indicator_value,
        "gap_explanation": data.gap_explanation,
    }


def _validated_realisation(data: RealisationData) -> RealisationData:
    errors: dict[str, str] = {}
    if data.status not in tuple(Realisation):
        errors["status"] = "Réalisation inconnue : realise, partiel ou non_realise."
    try:
        data = replace(data, realised=check_amount(data.realised, "Le montant réalisé"))
    except ValueError as exc:
        errors["realised"] = message_of(exc)
    except TypeError:
        errors["realised"] = "Le montant réalisé n'est pas un nombre."
    if data.status is Realisation.NON_REALISE and not errors and data.realised > 0:
        errors["realised"] = "Une ligne non réalisée ne peut pas avoir de montant réalisé."
    check_length(errors, "indicator_value", data.indicator_value, "La valeur de l'indicateur", 100)
    if errors:
        raise ValidationError(errors)
    return replace(
        data,
        reason=data.reason.strip(),
        indicator_value=clean(data.indicator_value),
        gap_explanation=data.gap_explanation.strip(),
    )


def realise_in(
    uow: UnitOfWork, line_id: int, expected_version: int | None, data: RealisationData
) -> AtfpbLine:
    """Record what was done on a line; refuses a stale version."""
    row = get_or_404(uow.session, AtfpbLine, line_id, "Ligne de programme ATFPB")
    data = _validated_realisation(data)
    values = _realisation_values(data)
    uow.expect_version(ENTITY, row, expected_version, values)
    before = row_values(row)
    for key, value in values.items():
        setattr(row, key, value)
    uow.stamp(row)
    uow.session.flush()
    uow.audit(ENTITY, row.id, "update", *diff(before, row_values(row)))
    return row


class ProgrammeService:
    """Use cases on the programme lines of a convention and year."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def lines(self, convention_id: int, year: int) -> list[LineDTO]:
        """The lines of a convention's programme for ``year``, by axis."""
        with self.context.read() as session:
            return line_dtos(session, lines_of(session, convention_id, year))

    def get(self, line_id: int) -> LineDTO:
        """One line."""
        with self.context.read() as session:
            row = get_or_404(session, AtfpbLine, line_id, "Ligne de programme ATFPB")
            return line_dto(row, line_actions(session, [row.id])[row.id])

    def add(self, data: LineData) -> Mutation[LineDTO]:
        """Add a planned line to a convention's programme."""
        with self.context.write() as uow:
            row = add_line_in(uow, data)
            dto = line_dto(row, line_actions(uow.session, [row.id])[row.id])
        return Mutation(dto, uow.changes())

    def add_for(self, bailleur_code: str, quartier_code: str, data: LineData) -> Mutation[LineDTO]:
        """Add a line to the convention of a bailleur and quartier covering ``data.year``."""
        with self.context.write() as uow:
            convention = convention_for(uow.session, bailleur_code, quartier_code, data.year)
            row = add_line_in(uow, replace(data, convention_id=convention.id))
            dto = line_dto(row, line_actions(uow.session, [row.id])[row.id])
        return Mutation(dto, uow.changes())

    def update(
        self, line_id: int, expected_version: int | None, data: LineData
    ) -> Mutation[LineDTO]:
        """Edit what was planned on a line (not its realisation)."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, AtfpbLine, line_id, "Ligne de programme ATFPB")
            data, _ = _validated(uow, data)
            values = _line_values(data)
            uow.expect_version(ENTITY, row, expected_version, values)
            before = row_values(row)
            before_actions = tuple(a for a, _ in line_actions(uow.session, [row.id])[row.id])
            for key, value in values.items():
                setattr(row, key, value)
            uow.stamp(row)
            uow.session.flush()
            _link(uow, row.id, data.action_ids, new=False)
            old, new = diff(before, row_values(row))
            if set(before_actions) != set(data.action_ids):
                old["actions"], new["actions"] = before_actions, data.action_ids
            uow.audit(ENTITY, row.id, "update", old, new)
            dto = line_dto(row, line_actions(uow.session, [row.id])[row.id])
        return Mutation(dto, uow.changes())

    def realise(
        self, line_id: int, expected_version: int | None, data: RealisationData
    ) -> Mutation[LineDTO]:
        """Record the realisation of a line."""
        with self.context.write() as uow:
            row = realise_in(uow, line_id, expected_version, data)
            dto = line_dto(row, line_actions(uow.session, [row.id])[row.id])
        return Mutation(dto, uow.changes())

    def delete(self, line_id: int, expected_version: int | None) -> Mutation[None]:
        """Remove a line from the programme."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, AtfpbLine, line_id, "Ligne de programme ATFPB")
            uow.expect_version(ENTITY, row, expected_version, {})
            uow.audit(ENTITY, row.id, "delete", row_values(row), None)
            uow.session.delete(row)
        return Mutation(None, uow.changes())
