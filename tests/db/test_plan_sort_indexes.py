"""The plan's sorts read their first page from an index (migration 0016_plan_sort_indexes).

At 100 000 actions a sort without an index in its order reads and sorts every action
(40–110 ms); these tests check that the migration adds and removes the indexes on both engines
and that SQLite's planner uses each one for its column, and none under a text filter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect

from gusp_desktop.db import migrate
from gusp_desktop.db.engine import make_engine
from gusp_desktop.db.models import Organisation, Quartier
from gusp_desktop.domain.actions import ActionDraft, ActionQuery
from gusp_desktop.domain.enums import OrganisationType, Theme
from gusp_desktop.services.actions.query import apply_filters, apply_order, base_select
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.confidentiality import EVERYTHING
from tests.db.test_plan_query_plan import plan
from tests.fixtures.databases import (
    downgrade,
    make_context,
)

BEFORE = "0015_signalement_photos"
AFTER = "0016_plan_sort_indexes"
SORT_INDEXES = {
    "deadline": "ix_action_effective_deadline",
    "title": "ix_action_title_number",
    "theme": "ix_action_theme_number",
    "status": "ix_action_status_number",
    "priority": "ix_action_priority_number",
    "progress": "ix_action_progress_number",
    "updated": "ix_action_updated_number",
}
REPLACED = {"ix_action_theme", "ix_action_status"}


def action_indexes(engine: Engine) -> set[str]:
    """Index names on ``action``, expression indexes included (SQLite does not reflect them)."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'action'"
            )
            return {str(r[0]) for r in rows}
    return {str(i["name"]) for i in inspect(engine).get_indexes("action")}


def test_the_migration_adds_and_removes_the_sort_indexes(fresh_engine: Engine) -> None:
    migrate.upgrade_to(fresh_engine, BEFORE)
    before = action_indexes(fresh_engine)
    assert before >= REPLACED and not set(SORT_INDEXES.values()) & before
    migrate.upgrade_to(fresh_engine, AFTER)
    after = action_indexes(fresh_engine)
    assert after == (before - REPLACED) | set(SORT_INDEXES.values())
    downgrade(fresh_engine, BEFORE)
    assert action_indexes(fresh_engine) == before
    migrate.upgrade_to(fresh_engine, migrate.head_revision())
    assert action_indexes(fresh_engine) == after


@pytest.fixture
def sorted_plan(tmp_path: Path) -> Iterator[tuple[Engine, ActionService]]:
    """A SQLite plan of 60 actions, a third without deadline, with statistics."""
    engine = make_engine(f"sqlite:///{tmp_path / 'plan.sqlite3'}")
    migrate.upgrade(engine)
    ctx = make_context(engine)
    with ctx.session_factory.begin() as s:
        quartier = Quartier(code="HM", name="Les Hauts-de-Marve")
        org = Organisation(code="VILLE", name="Ville", type=OrganisationType.AUTRE)
        s.add_all([quartier, org])
        s.flush()
        ids = quartier.id, org.id
    actions = ActionService(ctx)
    for n in range(60):
        deadline = None if n % 3 == 0 else dt.date(2025, 7, 1) + dt.timedelta(days=n * 7 % 50)
        draft = ActionDraft(
            title=f"Éclairage {n}",
            quartier_id=ids[0],
            pilot_organisation_id=ids[1],
            theme=list(Theme)[n % len(Theme)],
            initial_deadline=deadline,
            progress=n % 10 * 10,
        )
        actions.create(draft)
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    yield engine, actions
    engine.dispose()


def test_each_sort_reads_its_index_unless_text_filters(
    sorted_plan: tuple[Engine, ActionService],
) -> None:
    engine, actions = sorted_plan
    today = dt.date(2025, 6, 15)
    for key, index in SORT_INDEXES.items():
        for descending in (False, True):
            spec = ActionQuery(sort_key=key, descending=descending, limit=200)
            steps = plan(engine, apply_order(apply_filters(base_select(spec), spec, today,
                                                           EVERYTHING), spec))  # fmt: skip
            assert f"SCAN action USING INDEX {index}" in steps, (key, steps)
            assert not [s for s in steps if "TEMP B-TREE" in s], (key, steps)
            texted = dataclasses.replace(spec, text="eclairage")
            steps = plan(engine, apply_order(apply_filters(base_select(texted), texted, today,
                                                           EVERYTHING), texted))  # fmt: skip
            assert "SCAN action" in steps, (key, steps)  # one pass, then the matches sorted
            assert not [s for s in steps if index in s], (key, steps)


def test_deadline_order_keeps_actions_without_deadline_last(
    sorted_plan: tuple[Engine, ActionService],
) -> None:
    _engine, actions = sorted_plan
    for descending in (False, True):
        for text in ("", "eclairage"):  # read from the index, then sorted after filtering
            spec = ActionQuery(text=text, sort_key="deadline", descending=descending)
            rows = actions.list_actions(spec)
            deadlines = [r.deadline for r in rows]
            dated = [d for d in deadlines if d is not None]
            assert deadlines == dated + [None] * 20
            assert dated == sorted(dated, reverse=descending)
            tie = [r.number for r in rows if r.deadline == dated[0]]
            assert tie == sorted(tie, reverse=descending)
