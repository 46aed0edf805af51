"""The demo's ATFPB as DOMAIN.md §5 states it, and the bilan's documents read back: the XLSX
with openpyxl (same numbers, no formula), the PDF's summary table with pdftotext."""

from __future__ import annotations

import json
import re
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine

from gusp_desktop.cli.atfpb_commands import bilan_record
from gusp_desktop.cli.output import json_text
from gusp_desktop.domain.enums import AtfpbAxis, InstanceType
from gusp_desktop.services.registry import Services
from tests.fixtures.databases import make_services
from tests.fixtures.demo import FreshDemo


@pytest.fixture
def services(engine: Engine, tmp_path: Path, fresh_demo: FreshDemo) -> Services:
    fresh_demo(engine)
    built = make_services(engine, tmp_path)
    return built


def _record(services: Services, bailleur: str, quartier: str, year: int) -> dict[str, Any]:
    """The bilan as the command line prints it (JSON text parsed back)."""
    bilan = services.atfpb.bilans.bilan_for(bailleur, quartier, year)
    return dict(json.loads(json_text(bilan_record(bilan))))


def test_demo_conventions_carry_the_2024_figures(services: Services) -> None:
    conventions = services.atfpb.conventions.list_conventions()
    by_bailleur: dict[str, list[Any]] = {}
    for c in conventions:
        by_bailleur.setdefault(c.bailleur_code, []).append(c)
    assert sum(c.logements for c in by_bailleur["MH"]) == 1850
    assert sum(c.abattement(2024) for c in by_bailleur["MH"]) == Decimal("412000.00")
    assert sum(c.logements for c in by_bailleur["LA"]) == 640
    assert sum(c.abattement(2024) for c in by_bailleur["LA"]) == Decimal("138000.00")
    assert all(len(c.signatories) == 4 for c in conventions)


def test_demo_bilans_cover_every_axis_and_flag_something(services: Services) -> None:
    consolidation = services.atfpb.bilans.consolidation(2025)
    assert {a.axis for a in consolidation.axes if a.lines} == set(AtfpbAxis)
    assert all(line.status is not None for b in consolidation.bilans for line in b.lines)
    assert any(b.under_used for b in consolidation.bilans)
    assert any(a.under_used for b in consolidation.bilans for a in b.axes)
    assert sum(len(b.unjustified) for b in consolidation.bilans) >= 3
    following = services.atfpb.bilans.consolidation(2026)
    assert all(b.lines and b.realised_total == 0 for b in following.bilans)
    assert services.atfpb.bilans.copil_item(2025) is not None


def _money(value: Any) -> str:
    return f"{Decimal(str(value)):.2f}"


def test_xlsx_reads_back_the_same_numbers_without_formulas(
    services: Services, tmp_path: Path
) -> None:
    record = _record(services, "MH", "HM", 2025)
    convention = services.atfpb.conventions.find("MH", "HM", 2025)
    path = services.atfpb.bilans.export_bilan(convention.id, 2025, tmp_path / "b.xlsx", "xlsx")
    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                assert not (isinstance(cell.value, str) and cell.value.startswith("="))
    summary = list(workbook["Synthèse par axe"].iter_rows(min_row=2, values_only=True))
    assert [int(r[0]) for r in summary[:8]] == [a["axis"] for a in record["axes"]]
    for row, axis in zip(summary[:8], record["axes"], strict=True):
        assert row[1] == axis["label"]
        assert (_money(row[2]), _money(row[3])) == (axis["planned"], axis["realised"])
        assert row[5] == axis["lines"]
    total = summary[8]
    assert (_money(total[2]), _money(total[3])) == (
        record["planned_total"],
        record["realised_total"],
    )
    lines = list(workbook["Lignes"].iter_rows(min_row=2, values_only=True))
    assert len(lines) == len(record["lines"])
    planned = sum((Decimal(_money(r[10])) for r in lines), Decimal(0))
    assert f"{planned:.2f}" == record["planned_total"]


def _pdf_amount(text: str) -> str:
    """« 91 500,00 € » → « 91500.00 » (narrow and plain spaces dropped)."""
    return re.sub(r"[\s\u202f\u00a0€]", "", text).replace(",", ".")


def test_pdf_summary_table_matches_the_json(services: Services, tmp_path: Path) -> None:
    record = _record(services, "LA", "PR", 2025)
    convention = services.atfpb.conventions.find("LA", "PR", 2025)
    path = services.atfpb.bilans.export_bilan(convention.id, 2025, tmp_path / "b.pdf", "pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    amount = r"(-?\d{1,3}(?:[\s\u202f]\d{3})*,\d{2}\s?€)"
    found: dict[str, tuple[str, str]] = {}
    for match in re.finditer(rf"^\s*([1-8]|Total) [^\n]*?{amount}\s+{amount}", text, re.M):
        found.setdefault(match.group(1), (match.group(2), match.group(3)))
    for axis in record["axes"]:
        planned, realised = found[str(axis["axis"])]
        assert (_pdf_amount(planned), _pdf_amount(realised)) == (
            axis["planned"],
            axis["realised"],
        )
    planned, realised = found["Total"]
    assert (_pdf_amount(planned), _pdf_amount(realised)) == (
        record["planned_total"],
        record["realised_total"],
    )
    used = record["used_percent"].replace(".", ",")
    flat = " ".join(text.split()).replace("\u2019", "'")  # documents print l’abattement
    assert f"Part de l'abattement justifiée : {used}" in flat


def test_copil_agenda_suggests_the_bilans_with_their_figures(services: Services) -> None:
    seances = services.meetings.list_seances()
    copil = next(
        s for s in seances if s.instance_type is InstanceType.COPIL and s.local_date.month == 12
    )
    cotech = next(
        s for s in seances if s.instance_type is InstanceType.COTECH and s.local_date.month == 12
    )
    titles = {s.title: s for s in services.agenda.suggest_items(copil.id)}
    item = titles["Bilans ATFPB 2025"]
    assert (
        "Marve Habitat (OPH) – HM : 1850 logements, abattement 418\u202f000,00 €"
        in item.description
    )
    assert "2 ligne(s) à justifier" in item.description
    assert "Total : 2490 logements" in item.description
    assert all("ATFPB" not in s.title for s in services.agenda.suggest_items(cotech.id))
