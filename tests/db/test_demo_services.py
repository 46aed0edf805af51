"""The demo is written by the services a user's actions go through, in one transaction.

So a demo action and one typed at the command line carry the same quick-filter text and the
same kind of history, and a load that fails anywhere leaves the database as empty as it was.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from gusp_desktop.db.base import Base
from gusp_desktop.db.models import Action
from gusp_desktop.demo import field_loader, loader, plan_loader
from gusp_desktop.demo.action_seed import ActionSeed
from gusp_desktop.demo.clock import Refs
from gusp_desktop.demo.loader import load_demo
from gusp_desktop.domain.actions import ActionDraft, HistoryEntry
from gusp_desktop.domain.directory import OrganisationData
from gusp_desktop.domain.enums import OrganisationType, Theme
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.signalements import SOURCE_OPEN311, SignalementData
from gusp_desktop.domain.territory import QuartierData
from gusp_desktop.domain.text import search_key
from gusp_desktop.main import main
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.directory import DirectoryService
from gusp_desktop.services.signalements.service import SignalementService
from gusp_desktop.services.territory import TerritoryService
from tests.fixtures.demo import FreshDemo


def _shape(history: tuple[HistoryEntry, ...]) -> list[tuple[Any, ...]]:
    """What a history says apart from its words, dates and author."""
    return [(h.field, h.old_value, h.new_value, h.status, h.progress) for h in history]


def _cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, url: str, *args: str) -> None:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("GUSP_USER", "claire")
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    assert main(["--db", url, *args]) == 0


def test_demo_action_and_cli_action_have_the_same_search_text_and_history_shape(
    ctx: ServiceContext,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    engine: Engine,
    fresh_demo: FreshDemo,
) -> None:
    fresh_demo(engine)
    actions = ActionService(ctx)
    demo = actions.get_by_number("HM-25-001")  # à engager, en cours at 50 %, réalisée
    row = demo.row
    _cli(
        monkeypatch,
        tmp_path,
        db_url,
        *("actions", "create", "--title", row.title, "--quartier", "HM"),
        *("--pilot", row.pilot_organisation_code, "--site", row.site_name),
        *("--theme", row.theme.value, "--description", row.description),
    )
    typed = max(actions.list_actions(), key=lambda r: r.id)
    _cli(monkeypatch, tmp_path, db_url, "actions", "update", typed.number,
         "--status", "en_cours", "--progress", "50", "--comment", "Premier passage.")  # fmt: skip
    _cli(monkeypatch, tmp_path, db_url, "actions", "update", typed.number,
         "--status", "realisee", "--comment", "Rythme installé.")  # fmt: skip
    capsys.readouterr()

    with ctx.read() as session:
        texts = dict(session.execute(select(Action.number, Action.search_text)).all())
    own_number = search_key(typed.number)
    assert texts[typed.number].replace(own_number, search_key(row.number)) == texts[row.number]
    assert _shape(actions.get(typed.id).history) == _shape(demo.history)
    assert [h.field for h in demo.history] == ["", "status", "progress", "status"]


def _rows(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            table.name: conn.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def _fail_after_the_plan(*_steps: object) -> None:
    raise RuntimeError("panne simulée après le plan d'actions")


def _refused_midway(refs: Refs, seed: ActionSeed) -> Any:
    """The 30th action asks for a number already taken: the action service refuses it."""
    draft = _draft(refs, seed)
    return dataclasses.replace(draft, number="HM-25-001") if seed.n == 30 else draft


_draft = plan_loader._draft


@pytest.mark.parametrize(
    ("module", "name", "replacement", "error"),
    [
        (loader, "load_quartier_plan", _fail_after_the_plan, RuntimeError),
        (plan_loader, "_draft", _refused_midway, ValidationError),
    ],
    ids=["after-the-services", "refused-by-a-service"],
)
def test_a_load_failing_midway_leaves_nothing(
    ctx: ServiceContext,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    module: object,
    name: str,
    replacement: object,
    error: type[Exception],
) -> None:
    empty = _rows(engine)
    monkeypatch.setattr(module, name, replacement)

    with pytest.raises(error):
        load_demo(ctx)

    assert _rows(engine) == empty  # audit trail, search index and counters included
    monkeypatch.undo()
    assert load_demo(ctx).actions == 60  # and nothing stands in the way of a real load


def test_a_failure_inside_the_field_work_leaves_no_constat_photo_or_audit(
    ctx: ServiceContext, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = _rows(engine)
    written: list[int] = []
    photos: list[Path] = []
    constat = field_loader._constat

    def tenth_fails(refs: Refs, steps: Any, seed: Any, walk: Any, photo: Path, n: int) -> int:
        photos.append(photo)
        if n == 10:
            raise RuntimeError("panne simulée au dixième constat")
        written.append(constat(refs, steps, seed, walk, photo, n))
        return written[-1]

    monkeypatch.setattr(field_loader, "_constat", tenth_fails)

    with pytest.raises(RuntimeError, match="dixième constat"):
        load_demo(ctx)

    assert len(written) == 9  # nine constats went through the service, with their photo…
    after = _rows(engine)
    for table in ("constat", "constat_photo", "constat_photo_data", "halte", "audit_event"):
        assert after[table] == 0, table  # …and none of them stayed
    assert after == empty
    assert not photos[0].parent.exists()  # the drawn photos' folder is gone too


def test_demo_signalements_go_through_the_service_with_their_history(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    service = SignalementService(ctx, ActionService(ctx))
    rows = service.list_signalements()
    from_the_app = [r for r in rows if r.source == SOURCE_OPEN311]
    assert len(rows) == 30 and len(from_the_app) == 7
    assert all(r.external_id.startswith("MRV-") for r in from_the_app)
    for row in rows:  # each move was recorded when it happened, as the window records it
        history = service.get(row.id).history
        assert history[0].at == row.received_at and history[-1].status is row.status
        assert [e.at for e in history] == sorted(e.at for e in history)

    first = service.get(rows[0].id).row
    data = SignalementData(
        received_at=ctx.now(),
        channel=first.channel,
        category_id=first.category_id,
        quartier_id=first.quartier_id,
        description="Encore un dépôt.",
    )
    with pytest.raises(ValidationError):  # from another tool, a reference is required
        service.add(data, source=SOURCE_OPEN311)
    with pytest.raises(ValidationError):  # typed by hand, there is none
        service.add(data, external_id="MRV-1")
    assert service.add(data, source=SOURCE_OPEN311, external_id="MRV-1").value.external_id


def test_a_misspelt_territory_entry_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The quartiers and sites are data (``territory.json``): a typo names itself."""
    from gusp_desktop.demo import territory

    (tmp_path / "territory.json").write_text(
        '{"quartiers": [], "sites": [{"key": "x", "quartier": "HM", "nom": "X", "address": ""}]}',
        encoding="utf-8",
    )
    monkeypatch.setattr("importlib.resources.files", lambda _package: tmp_path)
    with pytest.raises(
        ValueError, match=r"territory\.json, « sites » n° 1 \(x\) : clé inconnue « nom »"
    ):
        territory._read()


def test_an_imported_plan_keeps_its_numbers_and_the_next_ones_follow(ctx: ServiceContext) -> None:
    quartier = TerritoryService(ctx).create_quartier(QuartierData(code="HM", name="Hauts")).value
    pilot = (
        DirectoryService(ctx)
        .create_organisation(
            OrganisationData(code="VM", name="Ville", type=OrganisationType.COMMUNE)
        )
        .value
    )
    actions = ActionService(ctx)
    draft = ActionDraft(
        title="Borne", quartier_id=quartier.id, theme=Theme.PROPRETE, pilot_organisation_id=pilot.id
    )

    kept = actions.create(dataclasses.replace(draft, number="HM-25-014")).value
    following = actions.create(draft).value

    assert (kept.number, following.number) == ("HM-25-014", "HM-25-015")
    for wrong in ("PR-25-001", "HM-2025-1", "HM-25-014"):  # another quartier, a typo, taken
        with pytest.raises(ValidationError) as refused:
            actions.create(dataclasses.replace(draft, number=wrong))
        assert set(refused.value.errors) == {"number"}
