"""Plan d'actions at scale: 100 000 synthetic actions loaded, listed and filtered.

Each service call is compared with the same query written directly in SQL in the same run,
so the ratio shows what the service layer (ORM mapping, DTOs, overdue rule) costs.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Figure, measure, print_table  # noqa: E402

from gusp_desktop.db import migrate  # noqa: E402
from gusp_desktop.db.engine import make_engine, make_session_factory  # noqa: E402
from gusp_desktop.db.models import Action, Organisation, Quartier  # noqa: E402
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import ActionStatus, OrganisationType, Theme  # noqa: E402
from gusp_desktop.domain.text import search_key  # noqa: E402
from gusp_desktop.services.actions.service import ActionService  # noqa: E402
from gusp_desktop.services.base import ServiceContext

N = 100_000
TODAY = dt.date(2025, 6, 15)
WORDS = [
    "encombrants",
    "éclairage",
    "tags",
    "ascenseur",
    "halls",
    "parking",
    "cœur",
    "médiation",
    "propreté",
    "caves",
]


def synthetic_rows(quartier_ids: list[int], org_ids: list[int]) -> list[dict[str, object]]:
    """N plausible actions (fixed seed: every run measures the same data)."""
    rng = random.Random(42)
    statuses = list(ActionStatus)
    now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    rows = []
    for i in range(N):
        title = f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} n° {i}"
        rows.append(
            {
                "number": f"BX-25-{i:06d}",
                "title": title,
                "description": "",
                "theme": rng.choice(list(Theme)).value,
                "quartier_id": rng.choice(quartier_ids),
                "pilot_organisation_id": rng.choice(org_ids),
                "initial_deadline": TODAY + dt.timedelta(days=rng.randint(-300, 300)),
                "status": rng.choice(statuses).value,
                "priority": "normale",
                "progress": 0,
                "deadline_note": "",
                "search_text": search_key(title),
                "version": 1,
                "created_at": now,
                "updated_at": now,
                "created_by": "bench",
                "updated_by": "bench",
            }
        )
    return rows


def main() -> None:
    path = Path(tempfile.mkdtemp()) / "bench.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with make_session_factory(engine).begin() as s:
        quartiers = [Quartier(code=c, name=c) for c in ("HM", "PR", "CO")]
        orgs = [
            Organisation(code=f"O{i}", name=f"Org {i}", type=OrganisationType.AUTRE)
            for i in range(14)
        ]
        s.add_all(quartiers + orgs)
        s.flush()
        q_ids, o_ids = [q.id for q in quartiers], [o.id for o in orgs]
    rows = synthetic_rows(q_ids, o_ids)
    start = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(insert(Action.__table__), rows)
    load = time.perf_counter() - start

    context = ServiceContext(
        session_factory=make_session_factory(engine),
        user=CurrentUser("bench", "Bench"),
        clock=lambda: dt.datetime(2025, 6, 15, 10, tzinfo=dt.UTC),
    )
    service = ActionService(context)
    raw_page = text(
        "SELECT a.*, q.code, o.code FROM action a JOIN quartier q ON q.id = a.quartier_id "
        "JOIN organisation o ON o.id = a.pilot_organisation_id ORDER BY a.number LIMIT 200"
    )
    raw_overdue = text(
        "SELECT a.*, q.code, o.code FROM action a JOIN quartier q ON q.id = a.quartier_id "
        "JOIN organisation o ON o.id = a.pilot_organisation_id "
        "WHERE coalesce(a.revised_deadline, a.initial_deadline) < :today "
        "AND a.status NOT IN ('realisee', 'abandonnee') ORDER BY a.number"
    )
    raw_text = text(
        "SELECT a.* FROM action a WHERE a.search_text LIKE '%coeur%' ORDER BY a.number LIMIT 200"
    )
    raw_sorted = text(
        "SELECT a.*, q.code, o.code FROM action a JOIN quartier q ON q.id = a.quartier_id "
        "JOIN organisation o ON o.id = a.pilot_organisation_id "
        "ORDER BY coalesce(a.revised_deadline, a.initial_deadline) DESC, a.number DESC LIMIT 200"
    )
    raw_count = text("SELECT count(*) FROM action WHERE status = 'en_cours'")

    def raw(query: object, **params: object) -> object:
        with engine.connect() as conn:
            return conn.execute(query, params).fetchall()  # type: ignore[arg-type]

    figures = [
        Figure("chargement de 100 000 actions (insert SQL en masse)", load),
        Figure(
            "première page de 200 actions (service)",
            measure(lambda: service.list_actions(ActionQuery(limit=200))),
            "même requête en SQL brut",
            measure(lambda: raw(raw_page)),
        ),
        Figure(
            "toutes les actions en retard (service)",
            measure(lambda: service.list_actions(ActionQuery(overdue_only=True)), repeat=3),
            "même requête en SQL brut",
            measure(lambda: raw(raw_overdue, today=TODAY), repeat=3),
        ),
        Figure(
            "recherche « cœur », 200 premières (service)",
            measure(lambda: service.list_actions(ActionQuery(text="cœur", limit=200))),
            "LIKE en SQL brut",
            measure(lambda: raw(raw_text)),
        ),
        Figure(
            "tri par échéance décroissante, 200 premières (service)",
            measure(
                lambda: service.list_actions(
                    ActionQuery(sort_key="deadline", descending=True, limit=200)
                )
            ),
            "même tri en SQL brut",
            measure(lambda: raw(raw_sorted)),
        ),
        Figure(
            "comptage « en cours » (service)",
            measure(lambda: service.count_actions(ActionQuery(statuses=(ActionStatus.EN_COURS,)))),
            "count(*) en SQL brut",
            measure(lambda: raw(raw_count)),
        ),
    ]
    print_table(f"Plan d'actions, {N} actions, SQLite", figures)
    engine.dispose()


if __name__ == "__main__":
    main()
