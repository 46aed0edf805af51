"""Each sort of the plan d'actions: CPU of its first page and the engine's plan for it.

Printed by ``bench_ui.py`` on its SQLite file; ``python bench/plan_sorts.py --postgres``
builds the same data on PostgreSQL (127.0.0.1:5432) and prints ``EXPLAIN ANALYZE``.
A script, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import Engine, insert, select  # noqa: E402

from gusp_desktop.domain.actions import ActionQuery  # noqa: E402
from gusp_desktop.services.actions.query import (  # noqa: E402
    SORT_KEYS,
    apply_filters,
    apply_order,
    base_select,
)
from gusp_desktop.services.confidentiality import EVERYTHING  # noqa: E402

NOW_DATE = dt.date(2025, 6, 15)  # the demo's « today », as in bench_ui.py


def first_page(key: str, descending: bool, text: str = "") -> Any:
    spec = ActionQuery(text=text, sort_key=key, descending=descending, limit=200)
    return apply_order(apply_filters(base_select(spec), spec, NOW_DATE, EVERYTHING), spec)


def explain(engine: Engine, query: Any) -> list[str]:
    """The engine's plan: SQLite's steps on ``action``, PostgreSQL's top lines."""
    compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
            return [str(r[3]) for r in rows if " action" in str(r[3]) or "ORDER BY" in str(r[3])]
        rows = conn.exec_driver_sql(f"EXPLAIN (ANALYZE, COSTS OFF) {compiled}")
        lines = [str(r[0]).strip() for r in rows]
        keep = ("Index", "Sort", "Seq Scan on action", "Execution Time")
        return [line for line in lines if line.lstrip("-> ").startswith(keep)][:4]


def cpu_ms(engine: Engine, query: Any, repeat: int = 3) -> float:
    """Median CPU milliseconds of reading the first page (after one warm-up)."""
    samples = []
    with engine.connect() as conn:
        conn.execute(query).all()
        for _ in range(repeat):
            start = time.process_time()
            conn.execute(query).all()
            samples.append((time.process_time() - start) * 1000)
    return sorted(samples)[len(samples) // 2]


def print_sort_plans(engine: Engine, text: str = "") -> None:
    title = f"Tris du plan, première page de 200 ({engine.dialect.name}"
    print(f"\n{title}{', filtre « ' + text + ' »' if text else ''}) : CPU de la requête, plan")
    for key in SORT_KEYS:
        for descending in (False, True):
            query = first_page(key, descending, text)
            ms = cpu_ms(engine, query)
            way = "desc" if descending else "asc "
            print(f"  {key:9} {way} {ms:6.1f} ms  {' | '.join(explain(engine, query))}")


def build_postgres(count: int) -> tuple[Engine, str]:
    """A PostgreSQL database with the demo and ``count`` synthetic actions (dropped after)."""
    from bench_ui import context_for_url, synthetic_rows

    from gusp_desktop.db import migrate
    from gusp_desktop.db.engine import make_engine
    from gusp_desktop.db.models import Action, Organisation, Quartier, Site
    from gusp_desktop.demo.loader import load_demo
    from tests.fixtures.databases import create_pg_database, pg_url

    name = create_pg_database()
    engine = make_engine(pg_url(name))
    migrate.upgrade(engine)
    load_demo(context_for_url(pg_url(name)))
    with engine.connect() as conn:
        quartiers = list(conn.execute(select(Quartier.id, Quartier.code)))
        sites = [tuple(r) for r in conn.execute(select(Site.id, Site.quartier_id))]
        orgs = list(conn.scalars(select(Organisation.id)))
    with engine.begin() as conn:  # a bulk load: no audit event per synthetic row
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        conn.execute(insert(Action.__table__), synthetic_rows(count, quartiers, sites, orgs))
        conn.exec_driver_sql("ANALYZE")
    return engine, name


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--actions", type=int, default=100_000)
    args = parser.parse_args()
    if not args.postgres:
        sys.exit("Sans --postgres, bench_ui.py imprime ces plans sur SQLite.")
    from tests.fixtures.databases import drop_pg_database

    pg, database = build_postgres(args.actions)
    try:
        print_sort_plans(pg)
        print_sort_plans(pg, "eclairage")
    finally:
        pg.dispose()
        drop_pg_database(database)
