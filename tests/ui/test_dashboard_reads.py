"""The dashboard reads through connections of the Core tables what the model's services show.

``load_dashboard`` asks the read-only ``lists`` service for everything (so the window's first
page is filled before the model is imported); here each figure is read again the way the
other pages read it, through the ORM services and their sessions, for users who may and may
not read the cellule de veille, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, select, update

from gusp_desktop.db.tables import constat, instance, instance_login, seance
from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import ActionStatus, Theme, UserRole
from gusp_desktop.domain.field_work import ConstatQuery, ConstatStatus
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.pages.dashboard import (
    DUE_SOON_SHOWN,
    LIST_LIMIT,
    UPCOMING_DAYS,
    DashboardData,
    due_soon_query,
    load_dashboard,
    overdue_query,
)
from tests.e2e import confidentiality_demo
from tests.e2e.confidentiality_demo import CANARY_NUMBER, CELLULE, Demo
from tests.fixtures.databases import make_context, make_services
from tests.fixtures.demo import FreshDemo

demo = confidentiality_demo.demo
# The demo's coordinator, a secretary and a lecteur who sit in no restricted instance, and a
# secretary granted the cellule de veille (instance_login).
USERS = (
    ("claire", UserRole.COORDINATEUR),
    ("yannick", UserRole.SECRETAIRE),
    ("ines", UserRole.LECTEUR),
    ("julien", UserRole.SECRETAIRE),
)


def through_services(services: Services) -> DashboardData:
    """The dashboard as the model's services show it; the charts counted one status or
    theme at a time, as they once were."""
    today = services.context.today()
    until = today + dt.timedelta(days=UPCOMING_DAYS)
    actions = services.actions
    return DashboardData(
        today=today,
        seances=services.meetings.list_seances(from_date=today, to_date=until),
        overdue=actions.list_actions(dataclasses.replace(overdue_query(), limit=LIST_LIMIT)),
        overdue_total=actions.count_actions(overdue_query()),
        due_soon=actions.list_actions(
            dataclasses.replace(due_soon_query(today), limit=DUE_SOON_SHOWN)
        ),
        due_soon_total=actions.count_actions(due_soon_query(today)),
        by_status=[(s, actions.count_actions(ActionQuery(statuses=(s,)))) for s in ActionStatus],
        by_theme=[(t, actions.count_actions(ActionQuery(themes=(t,)))) for t in Theme],
        signalements=services.signalements.records.summary_by_organisation(),
        constats=services.field_work.constats.list_constats(
            ConstatQuery(status=ConstatStatus.A_QUALIFIER)
        ),
        seances_hidden=services.meetings.hides_restricted(today, until),
    )


def _into_the_cellule(engine: Engine) -> None:
    """A constat à qualifier moves to the cellule's walk, and julien is granted the cellule."""
    with engine.begin() as conn:
        cellule = conn.scalar(select(instance.c.id).where(instance.c.code == CELLULE))
        walk = conn.scalar(select(seance.c.id).where(seance.c.instance_id == cellule).limit(1))
        waiting = conn.scalar(
            select(constat.c.id).where(constat.c.status == ConstatStatus.A_QUALIFIER).limit(1)
        )
        conn.execute(update(constat).where(constat.c.id == waiting).values(seance_id=walk))
        conn.execute(insert(instance_login).values(login="julien", instance_id=cellule))


def test_the_dashboard_shows_what_the_services_show(
    engine: Engine, fresh_demo: FreshDemo, tmp_path: Path
) -> None:
    fresh_demo(engine)
    _into_the_cellule(engine)
    shown: dict[str, DashboardData] = {}
    for username, role in USERS:
        services = make_services(engine, tmp_path / "data", make_context(engine, role, username))
        shown[username] = load_dashboard(services)
        assert shown[username] == through_services(services), username
        everything = services.field_work.constats.list_constats()  # actions' numbers too
        assert services.lists.constats(ConstatQuery()) == everything
    claire, yannick, julien = shown["claire"], shown["yannick"], shown["julien"]
    assert claire.overdue and claire.due_soon and claire.signalements and claire.constats
    assert sum(n for _status, n in claire.by_status) == 60
    cellule = {s.id for s in claire.seances if s.instance_code == CELLULE}
    assert cellule and not claire.seances_hidden
    assert yannick.seances_hidden and not cellule & {s.id for s in yannick.seances}
    assert not julien.seances_hidden and cellule <= {s.id for s in julien.seances}
    assert any(c.restricted for c in claire.constats)


def test_a_non_member_s_dashboard_leaves_the_cellule_out(demo: Demo) -> None:
    for username, role in (
        ("yannick", UserRole.SECRETAIRE),
        ("julien", UserRole.SECRETAIRE),
        ("admin", UserRole.COORDINATEUR),
    ):
        services = demo.services_for(username, role)
        data = load_dashboard(services)
        assert data == through_services(services), username
        listed = {row.number for row in (*data.overdue, *data.due_soon)}
        sums = sum(n for _status, n in data.by_status), sum(n for _theme, n in data.by_theme)
        everything = services.actions.count_actions()
        assert sums == (everything, everything)
        if username == "yannick":
            assert CANARY_NUMBER not in listed and data.seances_hidden
            assert not any(s.instance_code == CELLULE for s in data.seances)
        else:
            assert any(s.instance_code == CELLULE for s in data.seances)


@pytest.mark.parametrize("key", ["status", "theme", "pilot", "quartier"])
def test_the_plan_s_groups_read_through_a_connection(demo_services: Services, key: str) -> None:
    """The plan's grouped view (ActionService) and the dashboard's charts count alike."""
    late = ActionQuery(overdue_only=True)
    for spec in (ActionQuery(), late):
        groups = demo_services.lists.count_action_groups(spec, key)
        assert groups == demo_services.actions.count_groups(spec, key)
        assert sum(n for _code, _label, n in groups) == demo_services.actions.count_actions(spec)
