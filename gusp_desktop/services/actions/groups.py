"""How many actions of a filtered plan each pilot, quartier or theme holds: one GROUP BY.

The window's grouped plan shows these counts as its branches before reading any action, so
grouping 100 000 actions costs one aggregate query, not one count per group.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Action, Quartier
from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import Theme
from gusp_desktop.services.actions.query import PilotOrg, apply_filters
from gusp_desktop.services.confidentiality import Readable

GROUP_KEYS = ("pilot", "quartier", "theme")


def count_groups(
    session: Session, spec: ActionQuery, key: str, today: dt.date, scope: Readable
) -> list[tuple[str, str, int]]:
    """``(code, label, count)`` of each group holding matching actions, by code or label."""
    if key not in GROUP_KEYS:
        raise ValueError(f"Regroupement inconnu « {key} » (possibles : {', '.join(GROUP_KEYS)}).")
    columns: dict[str, tuple[Any, Any]] = {
        "pilot": (PilotOrg.code, PilotOrg.name),
        "quartier": (Quartier.code, Quartier.name),
        "theme": (Action.theme, Action.theme),
    }
    code, name = columns[key]
    query = (
        select(code, name, func.count(Action.id))
        .select_from(Action)
        .join(Quartier, Quartier.id == Action.quartier_id)
        .join(PilotOrg, PilotOrg.id == Action.pilot_organisation_id)
        .group_by(code, name)
    )
    rows = session.execute(apply_filters(query, spec, today, scope)).all()
    if key == "theme":
        groups = [(Theme(c).value, Theme(c).label, int(n)) for c, _name, n in rows]
        return sorted(groups, key=lambda g: g[1])
    return sorted(((str(c), f"{c} — {label}", int(n)) for c, label, n in rows), key=lambda g: g[0])
