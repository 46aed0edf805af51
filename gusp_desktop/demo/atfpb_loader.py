"""Writes the demo's ATFPB through the ATFPB services, at the demo's moments, in its transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import select

from gusp_desktop.db.models import Action
from gusp_desktop.demo.atfpb_data import CONVENTIONS, LINES, ConventionSeed, LineSeed
from gusp_desktop.demo.clock import DEMO_YEAR, Refs
from gusp_desktop.demo.steps import Steps
from gusp_desktop.domain.atfpb import (
    ConventionData,
    LineData,
    Opinions,
    RealisationData,
    SignatoryData,
)
from gusp_desktop.domain.enums import AtfpbAxis, Realisation


def load_atfpb(refs: Refs, steps: Steps, setup: dt.datetime, reported: dt.datetime) -> int:
    """Conventions, amounts, opinions and lines through the ATFPB services, typed at the
    year's ``setup``, the realisations reported at ``reported``; returns the number of lines."""
    steps.at(setup, steps.loading_user)
    offset = refs.clock.year - DEMO_YEAR
    conventions = {
        (c.bailleur, c.quartier): _convention(refs, steps, c, offset) for c in CONVENTIONS
    }
    ids = {number: id_ for id_, number in refs.session.execute(select(Action.id, Action.number))}
    lines = [
        (_line(refs, steps, conventions[(seed.bailleur, seed.quartier)], seed, offset, ids), seed)
        for seed in LINES
    ]
    steps.at(reported)
    for line_id, seed in lines:
        realisation = _realisation(seed)
        if realisation is not None:
            steps.programme.realise(line_id, None, realisation)
    return len(LINES)


def _signed(text: str, offset: int) -> dt.date:
    day, month, year = (int(part) for part in text.split("/"))
    return dt.date(year + offset, month, day)


def _convention(refs: Refs, steps: Steps, seed: ConventionSeed, offset: int) -> int:
    conventions = steps.conventions
    convention_id = conventions.add(
        ConventionData(
            bailleur_id=refs.orgs[seed.bailleur].id,
            quartier_id=refs.quartiers[seed.quartier].id,
            start_year=seed.start + offset,
            end_year=min(seed.end + offset, 2030),
            logements=seed.logements,
            droit_commun=seed.droit_commun,
            signatories=tuple(
                SignatoryData(refs.orgs[s.organisation].id, _signed(s.signed, offset))
                for s in seed.signatories
            ),
        ),
    ).value.id
    for a in seed.amounts:
        conventions.set_convention_amount(convention_id, a.year + offset, Decimal(a.amount))
    if (o := seed.opinions) is not None:
        opinions = Opinions(o.commune, o.epci, o.etat)
        conventions.set_opinions(convention_id, o.year + offset, opinions, None)
    return convention_id


def _action_ids(refs: Refs, seed: LineSeed, ids: Mapping[str, int]) -> tuple[int, ...]:
    return tuple(ids[refs.clock.number(seed.quartier, n)] for n in seed.actions)


def _realisation(seed: LineSeed) -> RealisationData | None:
    if seed.realised is None or seed.status is None:
        return None
    return RealisationData(
        realised=Decimal(seed.realised),
        status=Realisation(seed.status),
        reason=seed.reason,
        indicator_value=seed.value,
        gap_explanation=seed.gap,
    )


def _line(
    refs: Refs,
    steps: Steps,
    convention_id: int,
    seed: LineSeed,
    offset: int,
    ids: Mapping[str, int],
) -> int:
    return steps.programme.add(
        LineData(
            convention_id=convention_id,
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
        )
    ).value.id
