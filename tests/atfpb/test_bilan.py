"""The bilan's arithmetic against an independent reckoning in cents, on SQLite and PostgreSQL;
the refusals leave the database untouched."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from gusp_desktop.cli.atfpb_commands import bilan_record
from gusp_desktop.db.base import Base
from gusp_desktop.domain.atfpb import (
    ConventionData,
    LineData,
    RealisationData,
    axis_from_number,
    parse_amount,
)
from gusp_desktop.domain.enums import AtfpbAxis, Realisation
from gusp_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from gusp_desktop.services.registry import Services
from tests.atfpb.setup import (
    ABATTEMENT_CENTS,
    Territory,
    build,
    cents,
    expected_axes,
    expected_percent,
)
from tests.fixtures.databases import make_services

WATCHED = (
    "atfpb_convention",
    "atfpb_signatory",
    "atfpb_year",
    "atfpb_line",
    "atfpb_line_action",
    "audit_event",
)


@pytest.fixture
def services(engine: Engine, tmp_path: Path) -> Services:
    return make_services(engine, tmp_path)


@pytest.fixture
def territory(services: Services) -> Territory:
    return build(services)


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as conn:
        return {
            name: [
                tuple(row)
                for row in conn.execute(
                    select(Base.metadata.tables[name]).order_by(
                        *Base.metadata.tables[name].primary_key.columns
                    )
                )
            ]
            for name in WATCHED
        }


def test_bilan_sums_match_an_independent_reckoning(
    services: Services, territory: Territory
) -> None:
    bilan = services.atfpb.bilans.bilan(territory.convention_id, 2025)
    expected = expected_axes(territory.seeds, 2025)
    previous = expected_axes(territory.seeds, 2024)
    assert [int(a.axis.value) for a in bilan.axes] == list(range(1, 9))
    for axis in bilan.axes:
        planned, realised, count = expected[int(axis.axis.value)]
        assert (axis.planned, axis.realised, axis.lines) == (cents(planned), cents(realised), count)
        assert axis.gap == cents(realised - planned)
        assert axis.previous_realised == cents(previous[int(axis.axis.value)][1])
        assert axis.label == AtfpbAxis(axis.axis).label
    planned_total = sum(p for p, _, _ in expected.values())
    realised_total = sum(r for _, r, _ in expected.values())
    assert bilan.planned_total == cents(planned_total)
    assert bilan.realised_total == cents(realised_total)
    assert bilan.abattement == cents(ABATTEMENT_CENTS[2025])
    assert str(bilan.used_percent) == expected_percent(realised_total, ABATTEMENT_CENTS[2025])
    previous_total = sum(r for _, r, _ in previous.values())
    assert bilan.previous_realised_total == cents(previous_total)
    assert str(bilan.previous_used_percent) == expected_percent(
        previous_total, ABATTEMENT_CENTS[2024]
    )
    assert bilan.under_used == (realised_total < ABATTEMENT_CENTS[2025])
    unreported = [s for s in territory.seeds if s.year == 2025 and s.status is None]
    assert len([line for line in bilan.unjustified if line.realised is None]) == len(unreported)


def test_json_record_carries_the_documented_keys(services: Services, territory: Territory) -> None:
    record = bilan_record(services.atfpb.bilans.bilan_for("MH", "HM", 2025))
    for key in (
        "bailleur",
        "quartier",
        "year",
        "logements",
        "abattement",
        "planned_total",
        "realised_total",
        "used_percent",
        "axes",
        "lines",
    ):
        assert key in record
    assert set(record["axes"][0]) >= {"axis", "label", "planned", "realised", "lines"}
    assert set(record["lines"][0]) >= {"id", "axis", "title", "planned", "realised", "status"}
    first_year = bilan_record(services.atfpb.bilans.bilan_for("MH", "HM", 2024))
    linked = {line["title"]: line["actions"] for line in first_year["lines"]}
    assert linked["Ligne 1"] == [services.actions.get_row(territory.action_id).number]
    assert all(not line["actions"] for line in record["lines"])
    assert (record["bailleur"], record["quartier"], record["logements"]) == ("MH", "HM", 1850)


def test_first_year_has_no_previous_year(services: Services, territory: Territory) -> None:
    bilan = services.atfpb.bilans.bilan(territory.convention_id, 2024)
    assert bilan.previous_realised_total is None
    assert all(a.previous_realised is None for a in bilan.axes)


def test_consolidation_adds_the_bilans(services: Services, territory: Territory) -> None:
    consolidation = services.atfpb.bilans.consolidation(2025)
    assert len(consolidation.bilans) == 1
    bilan = consolidation.bilans[0]
    assert consolidation.realised_total == bilan.realised_total
    assert consolidation.abattement == cents(ABATTEMENT_CENTS[2025])
    assert [a.planned for a in consolidation.axes] == [a.planned for a in bilan.axes]


def test_copil_item_quotes_the_figures(services: Services, territory: Territory) -> None:
    item = services.atfpb.bilans.copil_item(2026)
    assert item is not None and item.title == "Bilans ATFPB 2025"
    assert "1850 logements" in item.description
    assert services.atfpb.bilans.copil_item(2023) is None


@pytest.mark.parametrize("text", ["0", "9", "x", ""])
def test_unknown_axis_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="Axe ATFPB inconnu"):
        axis_from_number(text)


@pytest.mark.parametrize("text", ["-1", "abc", "1,234", "1e400", "NaN", "12.345"])
def test_bad_amounts_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)


def test_amounts_are_read_exactly() -> None:
    assert parse_amount("412 000,10 €") == Decimal("412000.10")
    assert parse_amount("0.1") + parse_amount("0.2") == Decimal("0.30")


def _refusals(services: Services, territory: Territory) -> list[tuple[Any, type[Exception]]]:
    programme = services.atfpb.programme
    line = programme.lines(territory.convention_id, 2025)[0]
    good = LineData(territory.convention_id, 2025, AtfpbAxis.DECHETS, "Ligne", Decimal("10.00"))
    other = services.directory.get_organisation_by_code(territory.other_code)
    quartier = services.territory.get_quartier_by_code("HM")
    return [
        (lambda: programme.add(LineData(**{**good.__dict__, "axis": "9"})), ValidationError),
        (lambda: programme.add(LineData(**{**good.__dict__, "axis": "0"})), ValidationError),
        (
            lambda: programme.add(LineData(**{**good.__dict__, "planned": Decimal("-5")})),
            ValidationError,
        ),
        (
            lambda: programme.add(LineData(**{**good.__dict__, "planned": Decimal("NaN")})),
            ValidationError,
        ),
        (lambda: programme.add(LineData(**{**good.__dict__, "year": 2027})), ValidationError),
        (
            lambda: programme.add(LineData(**{**good.__dict__, "action_ids": (999,)})),
            ValidationError,
        ),
        (lambda: programme.add_for(territory.other_code, "HM", good), ValidationError),
        (
            lambda: services.atfpb.conventions.add(
                ConventionData(other.id, quartier.id, 2024, 2026, 10)
            ),
            ValidationError,
        ),
        (
            lambda: services.atfpb.conventions.set_amount("MH", "HM", 2031, Decimal("1")),
            ValidationError,
        ),
        (
            lambda: services.atfpb.conventions.set_amount("MH", "HM", 2025, Decimal("-1")),
            ValidationError,
        ),
        (
            lambda: programme.realise(
                line.id, line.version, RealisationData(Decimal("-1"), Realisation.REALISE)
            ),
            ValidationError,
        ),
        (
            lambda: programme.realise(
                line.id, line.version, RealisationData(Decimal("5"), Realisation.NON_REALISE)
            ),
            ValidationError,
        ),
        (
            lambda: programme.realise(
                line.id, line.version - 1 or 99, RealisationData(Decimal("5"), Realisation.REALISE)
            ),
            ConflictError,
        ),
        (
            lambda: programme.realise(
                10**9, None, RealisationData(Decimal("5"), Realisation.REALISE)
            ),
            NotFoundError,
        ),
    ]


def test_refusals_write_nothing(engine: Engine, services: Services, territory: Territory) -> None:
    before = snapshot(engine)
    for call, error in _refusals(services, territory):
        with pytest.raises(error):
            call()
        assert snapshot(engine) == before


def test_second_realisation_on_a_stale_version_conflicts(
    engine: Engine, services: Services, territory: Territory
) -> None:
    programme = services.atfpb.programme
    line = programme.lines(territory.convention_id, 2026)
    assert line == []
    fresh = programme.add(
        LineData(territory.convention_id, 2026, AtfpbAxis.ANIMATION, "Fête", Decimal("100.00"))
    ).value
    first = programme.realise(
        fresh.id, fresh.version, RealisationData(Decimal("80.00"), Realisation.PARTIEL, "pluie")
    ).value
    before = snapshot(engine)
    with pytest.raises(ConflictError):
        programme.realise(
            fresh.id, fresh.version, RealisationData(Decimal("95.00"), Realisation.REALISE)
        )
    assert snapshot(engine) == before
    assert programme.get(fresh.id).realised == first.realised == Decimal("80.00")
