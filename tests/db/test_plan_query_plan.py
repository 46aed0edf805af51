"""The plan's list and count read the actions in one scan, on the SQLite planner's own choice.

With statistics, SQLite would rather start from the few organisations and reach every action
through the pilot index (random reads, 5–10 times slower at 100 000 actions); the joins hide
that index unless the pilot is what is filtered.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from gusp_desktop.db import migrate
from gusp_desktop.db.engine import make_engine
from gusp_desktop.db.models import Contact, Organisation, Quartier
from gusp_desktop.domain.actions import ActionDraft, ActionQuery
from gusp_desktop.domain.enums import OrganisationType, Theme
from gusp_desktop.services.actions.query import (
    apply_filters,
    apply_order,
    base_select,
    count_select,
)
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.confidentiality import EVERYTHING, NOTHING
from tests.fixtures.databases import make_context


def plan(engine: Engine, query: Any) -> list[str]:
    """The steps of SQLite's plan for ``query``, outer loop first."""
    compiled = query.compile(engine)
    values = tuple(
        str(v) if not isinstance(v, int | float) else v
        for v in (compiled.params[name] for name in compiled.positiontup)
    )
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", values)
        return [str(r[3]) for r in rows]


def test_lists_and_counts_scan_the_actions_first(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'plan.sqlite3'}")
    migrate.upgrade(engine)
    ctx = make_context(engine)
    with ctx.session_factory.begin() as s:
        quartier = Quartier(code="HM", name="Les Hauts-de-Marve")
        orgs = [
            Organisation(code=f"O{i}", name=f"Organisation {i}", type=OrganisationType.AUTRE)
            for i in range(14)
        ]
        s.add_all([quartier, *orgs])
        s.flush()
        contact = Contact(organisation_id=orgs[0].id, first_name="Julien", last_name="Cappe")
        s.add(contact)
        s.flush()
        ids = (quartier.id, [o.id for o in orgs])
    actions = ActionService(ctx)
    for n in range(40):
        draft = ActionDraft(
            title=f"Éclairage {n}",
            quartier_id=ids[0],
            pilot_organisation_id=ids[1][n % 14],
            theme=Theme.ECLAIRAGE,
        )
        actions.create(draft)
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    spec = ActionQuery(text="eclairage", sort_key="deadline", descending=True, limit=200)
    today = ctx.today()
    for scope in (EVERYTHING, NOTHING):  # the coordinator's view, a list for partners
        listed = plan(
            engine, apply_order(apply_filters(base_select(spec), spec, today, scope), spec)
        )
        counted = plan(engine, apply_filters(count_select(spec), spec, today, scope))
        for steps in (listed, counted):  # read in one pass, never looked up row by row
            assert "SCAN action" in steps, steps
            assert not [step for step in steps if step.startswith("SEARCH action")], steps
    assert len(actions.list_actions(spec)) == actions.count_actions(spec) == 40
    by_pilot = dataclasses.replace(spec, pilot_codes=("O3",))
    assert {r.pilot_organisation_code for r in actions.list_actions(by_pilot)} == {"O3"}
    assert actions.count_actions(by_pilot) == 3
    engine.dispose()
