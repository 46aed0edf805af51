"""The grouped plan: one GROUP BY for the branches, a group's actions read when it opens."""

from __future__ import annotations

import dataclasses

from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import ActionStatus, Theme
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.models.action_groups import PAGE_SIZE, ActionGroup, ActionGroupModel


def test_group_counts_add_up_to_the_filtered_plan(demo_services: Services) -> None:
    actions = demo_services.actions
    for key in ("pilot", "quartier", "theme", "status"):
        groups = actions.count_groups(ActionQuery(), key)
        assert sum(count for _code, _label, count in groups) == actions.count_actions()
        assert all(count > 0 for _code, _label, count in groups)
    for code, label, count in actions.count_groups(ActionQuery(), "status"):
        status = ActionStatus(code)
        assert label == status.label
        assert count == actions.count_actions(ActionQuery(statuses=(status,)))
    late = ActionQuery(overdue_only=True)
    by_pilot = dict((code, n) for code, _label, n in actions.count_groups(late, "pilot"))
    assert sum(by_pilot.values()) == 7
    assert by_pilot["PM"] == actions.count_actions(dataclasses.replace(late, pilot_codes=("PM",)))
    themes = actions.count_groups(ActionQuery(), "theme")
    assert [label for _code, label, _n in themes] == sorted(label for _c, label, _n in themes)
    assert {code for code, _label, _n in themes} <= {t.value for t in Theme}


def test_a_group_reads_its_actions_only_when_expanded(
    qtbot, demo_services: Services, tasks
) -> None:
    calls: list[ActionQuery] = []

    def list_rows(spec: ActionQuery):
        calls.append(spec)
        return demo_services.actions.list_actions(spec)

    model = ActionGroupModel(list_rows, tasks)
    groups = [
        ActionGroup(label, count, ActionQuery(quartier_codes=(code,)))
        for code, label, count in demo_services.actions.count_groups(ActionQuery(), "quartier")
    ]
    model.set_groups(groups)
    assert model.rowCount() == len(groups) and calls == []
    first = model.index(0, 0)
    assert model.data(first) == f"{groups[0].label} ({groups[0].count})"
    assert model.hasChildren(first) and model.canFetchMore(first)
    model.fetchMore(first)
    assert calls == [dataclasses.replace(groups[0].query, offset=0, limit=PAGE_SIZE)]
    assert model.rowCount(first) == groups[0].count
    child = model.index(0, 0, first)
    row = model.row_at(child)
    assert row is not None and row.quartier_code == groups[0].query.quartier_codes[0]
    assert model.parent(child) == first
    assert model.index_of(row.id) == child
    assert not model.canFetchMore(first)
