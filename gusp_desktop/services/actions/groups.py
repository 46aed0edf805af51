"""How many actions of a filtered plan each pilot, quartier, theme or status holds: one
GROUP BY.

The window's grouped plan shows these counts as its branches before reading any action, so
grouping 100 000 actions costs one aggregate query, not one count per group; the dashboard's
charts by status and by theme are read the same way (they took fifteen COUNTs).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from gusp_desktop.db.tables import action, quartier
from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import ActionStatus, Theme
from gusp_desktop.services.actions.listing import list_scope
from gusp_desktop.services.actions.query import PilotOrg, apply_filters, count_select
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.confidentiality import Readable

if TYPE_CHECKING:  # a session, or a connection where no mapped class is read
    from gusp_desktop.services.base import Reader

GROUP_KEYS = ("pilot", "quartier", "theme", "status")
#: Groups named by a vocabulary of the domain: code and label from the enum, sorted by label.
_VOCABULARIES = {"theme": Theme, "status": ActionStatus}


def read_groups(context: ServiceContext, spec: ActionQuery, key: str) -> list[tuple[str, str, int]]:
    """:func:`count_groups` of what the user may read, through a read of columns (no model:
    the dashboard's charts are read before it is imported)."""
    with context.read_columns() as reader:
        scope = list_scope(reader, context, spec)
        return count_groups(reader, spec, key, context.today(), scope)


def count_groups(
    session: Reader, spec: ActionQuery, key: str, today: dt.date, scope: Readable
) -> list[tuple[str, str, int]]:
    """``(code, label, count)`` of each group holding matching actions, by code or label."""
    if key not in GROUP_KEYS:
        raise ValueError(f"Regroupement inconnu « {key} » (possibles : {', '.join(GROUP_KEYS)}).")
    columns: dict[str, tuple[Any, Any]] = {
        "pilot": (PilotOrg.c.code, PilotOrg.c.name),
        "quartier": (quartier.c.code, quartier.c.name),
        "theme": (action.c.theme, action.c.theme),
        "status": (action.c.status, action.c.status),
    }
    code, name = columns[key]
    vocabulary = _VOCABULARIES.get(key)
    if vocabulary is not None:  # a column of the action: the joins of a COUNT (one scan)
        query = count_select(spec).with_only_columns(code, name, func.count(action.c.id))
    else:
        query = (
            select(code, name, func.count(action.c.id))
            .select_from(action)
            .join(quartier, quartier.c.id == action.c.quartier_id)
            .join(PilotOrg, PilotOrg.c.id == action.c.pilot_organisation_id)
        )
    # A vocabulary's column once: twice, SQLite no longer reads the groups in index order.
    query = query.group_by(code) if code is name else query.group_by(code, name)
    rows = session.execute(apply_filters(query, spec, today, scope)).all()
    if vocabulary is not None:
        groups = [(vocabulary(c).value, vocabulary(c).label, int(n)) for c, _name, n in rows]
        return sorted(groups, key=lambda g: g[1])
    return sorted(((str(c), f"{c} — {label}", int(n)) for c, label, n in rows), key=lambda g: g[0])
