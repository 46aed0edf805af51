"""The plan d'actions table model without any window: paging, SQL sort, status requests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from gusp_desktop.domain.actions import ActionQuery, ActionRow
from gusp_desktop.domain.enums import ActionStatus, Priority, Theme
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.models import action_table
from gusp_desktop.ui.models.action_table import (
    OVERDUE_BACKGROUND,
    PLACEHOLDER,
    ROW_ROLE,
    STATUS_COLUMN,
    ActionTableModel,
)
from gusp_desktop.ui.tasks import ImmediateTaskRunner


def _row(n: int) -> ActionRow:
    return ActionRow(
        id=n,
        version=1,
        number=f"HM-25-{n:05d}",
        title=f"Action {n}",
        description="",
        theme=Theme.PROPRETE,
        quartier_id=1,
        quartier_code="HM",
        site_id=None,
        site_name="",
        pilot_organisation_id=1,
        pilot_organisation_code="MH",
        pilot_organisation_name="Marve Habitat",
        pilot_contact_id=None,
        pilot_contact_name="",
        initial_deadline=dt.date(2025, 1, 1) + dt.timedelta(days=n % 365),
        revised_deadline=None,
        deadline=dt.date(2025, 1, 1) + dt.timedelta(days=n % 365),
        deadline_note="",
        priority=Priority.NORMALE,
        status=ActionStatus.EN_COURS,
        progress=n % 100,
        atfpb_axis=None,
        cost=Decimal("0"),
        origin_seance_id=None,
        origin_constat_id=None,
        overdue=n % 2 == 0,
        updated_at=dt.datetime(2025, 6, 1, tzinfo=dt.UTC),
    )


class FakeActions:
    """Stands for ActionService over many rows and records every query it answers."""

    def __init__(self, count: int) -> None:
        self.rows = [_row(n) for n in range(1, count + 1)]
        self.calls: list[ActionQuery] = []

    def count_actions(self, spec: ActionQuery) -> int:
        return len(self.rows)

    def list_actions(self, spec: ActionQuery) -> list[ActionRow]:
        self.calls.append(spec)
        rows = sorted(self.rows, key=lambda r: r.id, reverse=spec.descending)
        end = None if spec.limit is None else spec.offset + spec.limit
        return rows[spec.offset : end]


@pytest.fixture
def fake_model(qapp: object) -> tuple[ActionTableModel, FakeActions]:
    actions = FakeActions(10_000)
    model = ActionTableModel(actions, ImmediateTaskRunner())  # type: ignore[arg-type]
    model.set_query(ActionQuery())
    return model, actions


def test_knows_every_row_but_loads_only_the_first_page(fake_model) -> None:
    model, actions = fake_model
    assert model.rowCount() == 10_000
    assert model.columnCount() == len(action_table.COLUMNS)
    assert len(actions.calls) == 1
    assert actions.calls[0].limit == action_table.PAGE_SIZE
    assert model.index(0, 0).data() == "HM-25-00001"


def test_a_far_row_is_a_placeholder_until_its_page_arrives(qtbot, fake_model) -> None:
    model, actions = fake_model
    index = model.index(7_345, 0)
    assert index.data() == PLACEHOLDER
    with qtbot.waitSignal(model.dataChanged, timeout=2000):
        pass
    assert index.data() == "HM-25-07346"
    offsets = [c.offset for c in actions.calls]
    assert offsets == [0, 7_200]  # one page fetched, not every row up to 7 345


def test_cache_is_bounded(qtbot, fake_model, monkeypatch) -> None:
    model, _actions = fake_model
    monkeypatch.setattr(action_table, "MAX_CACHED_PAGES", 3)
    for page in range(1, 6):
        model.index(page * action_table.PAGE_SIZE, 0).data()
        with qtbot.waitSignal(model.dataChanged, timeout=2000):
            pass
    assert model.row_at(0) is None  # the oldest page was dropped
    assert model.row_at(5 * action_table.PAGE_SIZE) is not None


def test_sort_asks_the_service_instead_of_sorting_rows(fake_model) -> None:
    model, actions = fake_model
    with_signal = []
    model.loaded.connect(lambda: with_signal.append(True))
    model.sort(6, Qt.SortOrder.DescendingOrder)
    assert actions.calls[-1].sort_key == "deadline"
    assert actions.calls[-1].descending is True
    assert model.index(0, 0).data() == "HM-25-10000"
    assert with_signal == [True]


def test_overdue_rows_have_a_background_and_rows_are_reachable(fake_model) -> None:
    model, _actions = fake_model
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, 3).data(ROW_ROLE).number == "HM-25-00001"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "N°"


def test_status_edit_is_a_request_not_a_change(fake_model) -> None:
    model, _actions = fake_model
    requests: list[tuple[ActionRow, ActionStatus]] = []
    model.status_change_requested.connect(lambda row, status: requests.append((row, status)))
    index = model.index(0, STATUS_COLUMN)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert index.data(Qt.ItemDataRole.EditRole) == ActionStatus.EN_COURS
    assert model.setData(index, "realisee") is False
    assert [(r.id, s) for r, s in requests] == [(1, ActionStatus.REALISEE)]
    assert index.data() == ActionStatus.EN_COURS.label  # unchanged until the page saves it
    model.editable = False
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_replace_row_updates_in_place(fake_model) -> None:
    model, _actions = fake_model
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    saved = dataclasses.replace(_row(3), status=ActionStatus.REALISEE, progress=100)
    model.replace_row(saved)
    assert changed == [2]
    assert model.index(2, STATUS_COLUMN).data() == "Réalisée"


def test_a_stale_answer_is_ignored(fake_model) -> None:
    model, _actions = fake_model
    generation_before = model._generation
    model.set_query(ActionQuery(text="x"))
    model._on_page_loaded(generation_before, 3, [_row(1)])
    assert model.row_at(3 * action_table.PAGE_SIZE) is None


def test_real_service_sorts_and_filters_in_sql(
    qtbot, demo_services: Services, tasks: ImmediateTaskRunner
) -> None:
    model = ActionTableModel(demo_services.actions, tasks)
    with qtbot.waitSignal(model.loaded):
        model.set_query(ActionQuery())
    assert model.rowCount() == 60
    model.sort(6, Qt.SortOrder.DescendingOrder)
    deadlines = [model.row_at(r).deadline for r in range(model.rowCount())]
    dated = [d for d in deadlines if d is not None]
    assert dated == sorted(dated, reverse=True)
    model.set_query(ActionQuery(overdue_only=True))
    assert model.rowCount() == 7
    assert all(model.row_at(r).overdue for r in range(7))


def test_nothing_is_read_before_the_first_query(qapp) -> None:
    actions = FakeActions(10)
    model = ActionTableModel(actions, ImmediateTaskRunner())  # type: ignore[arg-type]
    model.sort(6, Qt.SortOrder.DescendingOrder)  # what a view does when sorting is enabled
    assert actions.calls == []
    model.reload()
    assert (actions.calls[0].sort_key, actions.calls[0].descending) == ("deadline", True)


def test_a_new_order_reuses_the_count(fake_model) -> None:
    model, actions = fake_model
    counted: list[ActionQuery] = []
    original = actions.count_actions

    def count_actions(spec: ActionQuery) -> int:
        counted.append(spec)
        return int(original(spec))

    actions.count_actions = count_actions
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert counted == [] and model.rowCount() == 10_000
    model.set_query(ActionQuery(text="x"))
    assert len(counted) == 1


class DeferredTasks(ImmediateTaskRunner):
    """Runs list queries at once but keeps COUNT queries until the test releases them."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[Callable[..., Any], Any, Any, dict[str, Any]]] = []

    def run(self, fn, on_done=None, on_error=None, **kwargs):
        if getattr(fn, "__name__", "") == "<lambda>" and "count_actions" in fn.__code__.co_names:
            self.held.append((fn, on_done, on_error, kwargs))
            return None
        return super().run(fn, on_done, on_error, **kwargs)


def test_rows_show_before_the_count_arrives(qapp) -> None:
    actions, tasks = FakeActions(5_000), DeferredTasks()
    model = ActionTableModel(actions, tasks)  # type: ignore[arg-type]
    counts: list[int] = []
    model.counted.connect(counts.append)
    model.set_query(ActionQuery())
    assert model.rowCount() == action_table.PAGE_SIZE and not model.is_counted()
    assert model.index(0, 0).data() == "HM-25-00001"
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    fn, on_done, on_error, kwargs = tasks.held.pop()
    ImmediateTaskRunner.run(tasks, fn, on_done, on_error, **kwargs)
    assert model.rowCount() == 5_000 and model.is_counted()
    assert inserted == [(action_table.PAGE_SIZE, 4_999)]
    assert counts == [5_000]


def test_typing_counts_once_the_typing_pauses(qtbot, qapp) -> None:
    actions, counted = FakeActions(5_000), []
    original = actions.count_actions

    def count_actions(spec: ActionQuery) -> int:
        counted.append(spec.text)
        return int(original(spec))

    actions.count_actions = count_actions  # type: ignore[method-assign]
    model = ActionTableModel(actions, ImmediateTaskRunner())  # type: ignore[arg-type]
    model.count_pause_ms = 100
    model.set_query(ActionQuery())
    assert counted == [""]  # a new filter (not typing) counts at once
    for text in ("é", "éc", "écl"):  # keystrokes faster than the pause
        model.set_query(ActionQuery(text=text))
        assert model.rowCount() == action_table.PAGE_SIZE and not model.is_counted()
    assert counted == [""]
    with qtbot.waitSignal(model.counted, timeout=2000) as signal:
        pass
    assert counted == ["", "écl"] and signal.args == [5_000] and model.rowCount() == 5_000
    model.set_query(ActionQuery(text="écl", statuses=(ActionStatus.EN_COURS,)))
    assert counted == ["", "écl", "écl"]  # another filter than the text: at once
