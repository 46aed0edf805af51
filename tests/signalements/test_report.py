"""The signalements report of an organisation on both engines: counts, délais and overdue read
back from the PDF (pdftotext) and the XLSX (openpyxl); no personal data in either."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine

from gusp_desktop.domain.errors import NotFoundError, ValidationError
from gusp_desktop.domain.signalements import (
    Channel,
    ReporterData,
    SignalementData,
    SignalementStatus,
)
from gusp_desktop.services.registry import Services
from tests.signalements.setup import MovableClock, Place, build, paris, services_with_clock


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(paris(2025, 3, 1))


@pytest.fixture
def services(engine: Engine, tmp_path: Path, clock: MovableClock) -> Services:
    return services_with_clock(engine, tmp_path, clock)


@pytest.fixture
def place(services: Services, clock: MovableClock) -> Place:
    """Four encombrants for SD (7 days): treated after 3 and 12 days, one open and late, one
    rejected; one ascenseur for MH."""
    place = build(services)
    records = services.signalements.records
    base = SignalementData(
        received_at=paris(2025, 3, 1, 9),
        channel=Channel.TELEPHONE,
        category_id=place.enc,
        quartier_id=place.quartier,
        site_id=place.tower,
        description="Matelas devant l'entrée",
        reporter=ReporterData("Jeanne Habitante", "0611223344"),
    )
    clock.set_paris(2025, 3, 1, 12)
    quick = records.add(base).value
    slow = records.add(base).value
    late = records.add(dataclasses.replace(base, received_at=paris(2025, 3, 1, 11))).value
    rejected = records.add(base).value
    records.add(dataclasses.replace(base, category_id=place.asc))
    clock.set_paris(2025, 3, 4)
    records.change_status(quick.id, SignalementStatus.TRAITE)
    records.change_status(rejected.id, SignalementStatus.REJETE, "Doublon")
    clock.set_paris(2025, 3, 13)
    records.change_status(slow.id, SignalementStatus.TRAITE)
    records.change_status(late.id, SignalementStatus.TRANSMIS)
    clock.set_paris(2025, 3, 20)
    return place


def test_report_counts_delays_and_overdue(services: Services, place: Place) -> None:
    report = services.signalements.reports.report("SD")
    t = report.total
    assert (t.received, t.open, t.overdue, t.treated, t.rejected) == (4, 1, 1, 2, 1)
    assert (t.mean_days, t.median_days, t.within_delay) == (7.5, 7.5, 1)  # 3 and 12 days
    assert [li.days_late for li in report.overdue] == [(20 - 8)]  # due 08/03, today 20/03
    assert services.signalements.reports.report("MH").total.received == 1
    assert services.signalements.reports.report("SD", year=2024).total.received == 0
    with pytest.raises(NotFoundError):
        services.signalements.reports.report("ZZ")


def test_pdf_and_xlsx_say_the_same(services: Services, place: Place, tmp_path: Path) -> None:
    reports = services.signalements.reports
    pdf = reports.export("SD", tmp_path / "sd.pdf", "pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Signalements – bilan de traitement" in text and "SYMEVAL" in text
    assert "2, dont 1 en retard" not in text and "1, dont 1 en retard" in text
    assert "Délai de traitement moyen :" in text and "7,5 jour(s)" in text
    assert "Traités dans le délai :" in text and "50 %" in text
    assert "Signalements en retard" in text and "08/03/2025" in text
    assert "Jeanne" not in text and "0611223344" not in text and "Matelas" not in text
    xlsx = reports.export("SD", tmp_path / "sd.xlsx", "xlsx")
    book = load_workbook(xlsx)
    stats = list(book["Par catégorie"].iter_rows(min_row=2, values_only=True))
    assert stats[0][:7] == ("Encombrants", 7, 4, 1, 1, 2, 1)
    assert stats[-1][0] == "Total" and stats[-1][7] == 7.5 and stats[-1][9] == 0.5
    lines = list(book["Signalements"].iter_rows(min_row=2, values_only=True))
    assert len(lines) == 4 and sorted(r[9] for r in lines) == [0, 0, 0, 12]
    everything = " ".join(
        str(c) for ws in book for row in ws.iter_rows(values_only=True) for c in row
    )
    assert "Jeanne" not in everything and "Matelas" not in everything
    with pytest.raises(ValidationError, match="Format « ics » impossible"):
        reports.export("SD", tmp_path / "sd.ics", "ics")
    assert not (tmp_path / "sd.ics").exists()
