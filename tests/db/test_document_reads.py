"""A séance document reads what it prints: only the compte rendu and the relevé de décisions
read every open action of the instance's perimeter (their follow-up table), which on a large
plan held the export's task long enough to stall the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.services.agenda import perimeter_open_actions
from gusp_desktop.services.base import ServiceContext
from tests.fixtures.databases import make_services
from tests.fixtures.demo import FreshDemo


def test_only_the_documents_printing_the_follow_up_read_the_perimeter(
    ctx: ServiceContext,
    engine: Engine,
    tmp_path: Path,
    fresh_demo: FreshDemo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fresh_demo(engine)
    services = make_services(engine, tmp_path, ctx)
    seance = next(
        s for s in services.meetings.list_seances() if s.status is SeanceStatus.CR_REDACTION
    )
    reads: list[int] = []

    def counted(*args: object) -> object:
        reads.append(1)
        return perimeter_open_actions(*args)  # type: ignore[arg-type]

    monkeypatch.setattr("gusp_desktop.services.minutes.perimeter_open_actions", counted)
    for kind in ("agenda", "attendance"):
        written = services.exports.export_seance_document(
            kind, seance.id, tmp_path / f"{kind}.pdf", "pdf"
        )
        assert written.stat().st_size > 0
    assert reads == []
    services.exports.export_seance_document("minutes", seance.id, tmp_path / "cr.pdf", "pdf")
    assert reads == [1]
    assert services.minutes.minutes_content(seance.id).follow_up
    assert services.minutes.minutes_content(seance.id, with_follow_up=False).follow_up == ()
