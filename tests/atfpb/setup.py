"""A small ATFPB territory built through the services, and an independent reckoning in cents.

The expected figures are computed here with integers (cents) from the seeds, never with the
application's Decimal code, so a mistake in the bilan's arithmetic cannot hide itself.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from gusp_desktop.domain.actions import ActionDraft
from gusp_desktop.domain.atfpb import ConventionData, LineData, RealisationData, SignatoryData
from gusp_desktop.domain.directory import OrganisationData
from gusp_desktop.domain.enums import AtfpbAxis, OrganisationType, Realisation, Theme
from gusp_desktop.domain.territory import QuartierData
from gusp_desktop.services.registry import Services

ABATTEMENT_CENTS = {2024: 41_200_000, 2025: 42_000_050}


@dataclass(frozen=True)
class Seed:
    """One line as planted: axis number, amounts in cents, realisation (None: not reported)."""

    year: int
    axis: int
    planned: int
    realised: int | None
    status: str | None


@dataclass(frozen=True)
class Territory:
    """Ids the tests need."""

    convention_id: int
    bailleur_code: str
    quartier_code: str
    other_code: str
    action_id: int
    seeds: tuple[Seed, ...]


def seeds(rng: random.Random) -> tuple[Seed, ...]:
    """Random lines over both years, every axis used, some unreported."""
    planted = []
    for year in (2024, 2025):
        for n in range(18):
            axis = n % 8 + 1 if n < 8 else rng.randint(1, 8)
            planned = rng.randint(0, 3_000_000)
            kind = rng.choice(["realise", "partiel", "non_realise", None])
            if kind is None:
                planted.append(Seed(year, axis, planned, None, None))
            else:
                realised = 0 if kind == "non_realise" else rng.randint(0, 3_500_000)
                planted.append(Seed(year, axis, planned, realised, kind))
    return tuple(planted)


def cents(value: int) -> Decimal:
    """Cents as the Decimal the services take (built from text, not arithmetic)."""
    sign = "-" if value < 0 else ""
    return Decimal(f"{sign}{abs(value) // 100}.{abs(value) % 100:02d}")


def build(services: Services, rng_seed: int = 7) -> Territory:
    """Organisations, a quartier, an action, a convention 2024–2026 and the seeded lines."""
    d = services.directory
    bailleur = d.create_organisation(
        OrganisationData("MH", "Marve Habitat", OrganisationType.BAILLEUR)
    ).value
    commune = d.create_organisation(
        OrganisationData("VM", "Ville de Marvelin", OrganisationType.COMMUNE)
    ).value
    other = d.create_organisation(OrganisationData("SD", "SYMEVAL", OrganisationType.DECHETS)).value
    quartier = services.territory.create_quartier(QuartierData("HM", "Les Hauts")).value
    action = services.actions.create(
        ActionDraft(
            title="Encombrants en pied de tour",
            quartier_id=quartier.id,
            theme=Theme.PROPRETE,
            pilot_organisation_id=bailleur.id,
        )
    ).value
    convention = services.atfpb.conventions.add(
        ConventionData(
            bailleur_id=bailleur.id,
            quartier_id=quartier.id,
            start_year=2024,
            end_year=2026,
            logements=1850,
            droit_commun="Gardiennage de base",
            signatories=(SignatoryData(bailleur.id), SignatoryData(commune.id)),
        )
    ).value
    for year, amount in ABATTEMENT_CENTS.items():
        services.atfpb.conventions.set_amount("MH", "HM", year, cents(amount))
    planted = seeds(random.Random(rng_seed))
    for index, seed in enumerate(planted):
        line = services.atfpb.programme.add(
            LineData(
                convention_id=convention.id,
                year=seed.year,
                axis=AtfpbAxis(str(seed.axis)),
                title=f"Ligne {index + 1}",
                planned=cents(seed.planned),
                indicator="heures de présence",
                action_ids=(action.id,) if index == 0 else (),
            )
        ).value
        if seed.status is not None and seed.realised is not None:
            services.atfpb.programme.realise(
                line.id,
                line.version,
                RealisationData(cents(seed.realised), Realisation(seed.status), reason="motif"),
            )
    return Territory(convention.id, "MH", "HM", other.code, action.id, planted)


def expected_axes(planted: tuple[Seed, ...], year: int) -> dict[int, tuple[int, int, int]]:
    """Per axis: (planned, realised, number of lines) in cents, for ``year``."""
    result = {axis: (0, 0, 0) for axis in range(1, 9)}
    for s in planted:
        if s.year == year:
            planned, realised, count = result[s.axis]
            result[s.axis] = (planned + s.planned, realised + (s.realised or 0), count + 1)
    return result


def expected_percent(part: int, whole: int) -> str:
    """``part / whole`` in percent to one decimal, half up, as text (« 87.5 »)."""
    tenths, remainder = divmod(part * 1000, whole)
    if remainder * 2 >= whole:
        tenths += 1
    return f"{tenths // 10}.{tenths % 10}"
