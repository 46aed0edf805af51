"""Writes the demo's ATFPB through the ATFPB services' own checks, in the demo's transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from gusp_desktop.db.models import Action, AtfpbConvention
from gusp_desktop.demo.atfpb_data import CONVENTIONS, MARVE_HABITAT_LINES, ConventionSeed, LineSeed
from gusp_desktop.demo.atfpb_lines import OTHER_LINES
from gusp_desktop.demo.clock import DEMO_YEAR, Refs
from gusp_desktop.domain.atfpb import (
    ConventionData,
    LineData,
    Opinions,
    RealisationData,
    SignatoryData,
)
from gusp_desktop.domain.enums import AtfpbAxis, Realisation
from gusp_desktop.services.atfpb.conventions import (
    add_convention_in,
    set_amount_in,
    set_opinions_in,
)
from gusp_desktop.services.atfpb.programme import add_line_in
from gusp_desktop.services.base import UnitOfWork

LINES = (*MARVE_HABITAT_LINES, *OTHER_LINES)


class _Unaudited(UnitOfWork):
    """The demo's unit of work without a trail per row: loading the demo is one audit event,
    like the rest of the demo, not a hundred entries in the history."""

    def __init__(self, uow: UnitOfWork) -> None:  # noqa: D107 - shares the open transaction
        self.__dict__.update(uow.__dict__)

    def audit(
        self,
        entity: str,
        entity_id: int,
        operation: str,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
    ) -> None:
        self.touch(entity, entity_id)


def load_atfpb(refs: Refs) -> int:
    """Conventions, amounts, opinions and lines; returns the number of lines."""
    refs = dataclasses.replace(refs, uow=_Unaudited(refs.uow))
    offset = refs.clock.year - DEMO_YEAR
    conventions = {(c.bailleur, c.quartier): _convention(refs, c, offset) for c in CONVENTIONS}
    ids = {number: id_ for id_, number in refs.session.execute(select(Action.id, Action.number))}
    for seed in LINES:
        _line(refs, conventions[(seed.bailleur, seed.quartier)], seed, offset, ids)
    return len(LINES)


def _signed(text: str, offset: int) -> dt.date:
    day, month, year = (int(part) for part in text.split("/"))
    return dt.date(year + offset, month, day)


def _convention(refs: Refs, seed: ConventionSeed, offset: int) -> AtfpbConvention:
    row = add_convention_in(
        refs.uow,
        ConventionData(
            bailleur_id=refs.orgs[seed.bailleur].id,
            quartier_id=refs.quartiers[seed.quartier].id,
            start_year=seed.start + offset,
            end_year=min(seed.end + offset, 2030),
            logements=seed.logements,
            droit_commun=seed.droit_commun,
            signatories=tuple(
                SignatoryData(refs.orgs[code].id, _signed(day, offset))
                for code, day in seed.signatories
            ),
        ),
    )
    for year, amount in seed.amounts:
        set_amount_in(refs.uow, row, year + offset, Decimal(amount))
    if seed.opinions is not None:
        year, commune, epci, etat = seed.opinions
        set_opinions_in(refs.uow, row, year + offset, Opinions(commune, epci, etat))
    return row


def _action_ids(refs: Refs, seed: LineSeed, ids: Mapping[str, int]) -> tuple[int, ...]:
    return tuple(ids[refs.clock.number(seed.quartier, n)] for n in seed.actions)


def _line(
    refs: Refs, convention: AtfpbConvention, seed: LineSeed, offset: int, ids: Mapping[str, int]
) -> None:
    realisation = None
    if seed.realised is not None and seed.status is not None:
        realisation = RealisationData(
            realised=Decimal(seed.realised),
            status=Realisation(seed.status),
            reason=seed.reason,
            indicator_value=seed.value,
            gap_explanation=seed.gap,
        )
    add_line_in(
        refs.uow,
        LineData(
            convention_id=convention.id,
            year=seed.year + offset,
            axis=AtfpbAxis(str(seed.axis)),
            title=seed.title,
            planned=Decimal(seed.planned),
            residences=seed.residences,
            reinforcement=seed.reinforcement,
            cofinancing=seed.cofinancing,
            indicator=seed.indicator,
            target=seed.target,
            action_ids=_action_ids(refs, seed, ids),
        ),
        realisation,
    )
