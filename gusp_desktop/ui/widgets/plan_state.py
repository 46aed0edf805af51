"""What the plan d'actions page remembers between sessions, as plain JSON in the settings.

A coordinator who filtered on « ses » actions, sorted by deadline and grouped by pilot finds
the page that way the next morning. Unknown or damaged values fall back to the defaults one
by one: a settings file written by another version never stops the window from opening.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import ActionStatus, AtfpbAxis, Theme
from gusp_desktop.ui.models.action_table import COLUMNS

GROUP_KEYS = ("", "pilot", "quartier", "theme")
SORT_KEYS = tuple(c.sort_key for c in COLUMNS if c.sort_key)
#: ActionQuery fields saved (paging is never saved; the dashboard's instance scope neither).
SAVED_FIELDS = (
    "quartier_codes",
    "site_id",
    "themes",
    "axes",
    "pilot_codes",
    "involving_code",
    "statuses",
    "overdue_only",
    "deadline_from",
    "deadline_to",
    "text",
    "sort_key",
    "descending",
)


@dataclass(frozen=True)
class PlanViewState:
    """Filters and order, grouping, and the actions selected."""

    query: ActionQuery = ActionQuery()
    group_by: str = ""
    selected_ids: tuple[int, ...] = ()


def to_json(state: PlanViewState) -> str:
    """The state as one line of JSON."""
    query = {name: _plain(getattr(state.query, name)) for name in SAVED_FIELDS}
    data = {"query": query, "group_by": state.group_by, "selected": list(state.selected_ids)}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def from_json(text: str) -> PlanViewState:
    """The state saved by :func:`to_json`; defaults for anything missing or unreadable."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    group = data.get("group_by", "")
    selected = data.get("selected", [])
    return PlanViewState(
        query=_query(data.get("query")),
        group_by=group if group in GROUP_KEYS else "",
        selected_ids=tuple(i for i in selected if isinstance(i, int))
        if isinstance(selected, list)
        else (),
    )


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Theme | ActionStatus):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _query(data: Any) -> ActionQuery:
    if not isinstance(data, dict):
        return ActionQuery()
    values: dict[str, Any] = {}
    for name in SAVED_FIELDS:
        if name in data:
            try:
                values[name] = _READERS[name](data[name])
            except (TypeError, ValueError):
                continue  # this criterion only falls back to its default
    if values.get("sort_key") not in SORT_KEYS:
        values.pop("sort_key", None)
    return dataclasses.replace(ActionQuery(), **values)


def _codes(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise TypeError(value)
    return tuple(str(v) for v in value)


def _optional_int(value: Any) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(value)
    return value


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(value)
    return value


_READERS: dict[str, Any] = {
    "quartier_codes": _codes,
    "site_id": _optional_int,
    "themes": lambda v: tuple(Theme(x) for x in _codes(v)),
    "axes": lambda v: tuple(AtfpbAxis(x) for x in _codes(v)),
    "pilot_codes": _codes,
    "involving_code": _optional_str,
    "statuses": lambda v: tuple(ActionStatus(x) for x in _codes(v)),
    "overdue_only": _flag,
    "deadline_from": _date,
    "deadline_to": _date,
    "text": str,
    "sort_key": str,
    "descending": _flag,
}
