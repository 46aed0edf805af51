"""The plan's remembered state: a faithful round trip, and damaged values fall back alone."""

from __future__ import annotations

import datetime as dt
import json

from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import ActionStatus, Theme
from gusp_desktop.ui.widgets.plan_state import PlanViewState, from_json, to_json


def test_round_trip_keeps_filters_order_grouping_and_selection() -> None:
    state = PlanViewState(
        query=ActionQuery(
            quartier_codes=("HM",),
            site_id=7,
            themes=(Theme.PROPRETE,),
            pilot_codes=("PM",),
            statuses=(ActionStatus.EN_COURS, ActionStatus.REPORTEE),
            overdue_only=True,
            deadline_from=dt.date(2025, 1, 1),
            deadline_to=dt.date(2025, 12, 31),
            text="cœur de quartier",
            sort_key="deadline",
            descending=True,
        ),
        group_by="pilot",
        selected_ids=(12, 40),
    )
    assert from_json(to_json(state)) == state


def test_paging_and_instance_scope_are_not_saved() -> None:
    state = PlanViewState(query=ActionQuery(limit=200, offset=400, instance_id=3))
    assert from_json(to_json(state)).query == ActionQuery()


def test_damaged_values_fall_back_one_by_one() -> None:
    text = json.dumps(
        {
            "query": {
                "themes": ["inconnu"],
                "pilot_codes": ["PM"],
                "deadline_from": "31/12/2025",
                "sort_key": "DROP TABLE",
                "overdue_only": "oui",
                "text": "tags",
            },
            "group_by": "planète",
            "selected": [3, "x", None],
        }
    )
    state = from_json(text)
    assert state.query == ActionQuery(pilot_codes=("PM",), text="tags")
    assert state.group_by == ""
    assert state.selected_ids == (3,)


def test_unreadable_text_gives_the_defaults() -> None:
    assert from_json("") == PlanViewState()
    assert from_json("{pas du json") == PlanViewState()
    assert from_json("[1, 2]") == PlanViewState()
