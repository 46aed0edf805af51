"""The demo's calendar moved to the current week, and what every loader step shares.

The demo's « today » is 15/06/2025 (DOMAIN.md §5). Every date is moved by a whole number of
weeks so that it falls on the week of the context's today: the calendar keeps its weekdays,
some séances are past and some to come, and the same actions are late.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from gusp_desktop.db.models import Constat, Contact, Organisation, Quartier, Seance, Site
from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.domain.rules import format_action_number
from gusp_desktop.services.base import UnitOfWork

PARIS = ZoneInfo("Europe/Paris")
DEMO_TODAY = dt.date(2025, 6, 15)
DEMO_YEAR = 2025
HELD = frozenset(
    {
        SeanceStatus.TENUE,
        SeanceStatus.CR_REDACTION,
        SeanceStatus.CR_RELECTURE,
        SeanceStatus.CR_VALIDE,
        SeanceStatus.CR_SIGNE,
    }
)
_TOKEN = re.compile(r"\{(?:(\d{2})/(\d{2})(?:/(\d{4}))?|(HM|PR|CO)-(\d{3})|Y(-1)?)\}")


def shift_for(today: dt.date) -> int:
    """Days (a whole number of weeks) between the demo's today and ``today``."""
    return round((today - DEMO_TODAY).days / 7) * 7


class DemoClock:
    """Turns the demo's 2025 dates and texts into shifted ones."""

    def __init__(self, shift_days: int) -> None:
        self.shift = dt.timedelta(days=shift_days)
        self.year = (dt.date(DEMO_YEAR, 1, 1) + self.shift).year

    def day(self, text: str) -> dt.date:
        """``"dd/mm"`` of 2025, shifted."""
        d, m = (int(part) for part in text.split("/"))
        return dt.date(DEMO_YEAR, m, d) + self.shift

    def at(self, day: dt.date, hhmm: str) -> dt.datetime:
        """Aware UTC instant of a local (Paris) time on an already shifted day."""
        h, m = (int(part) for part in hhmm.split(":"))
        return dt.datetime.combine(day, dt.time(h, m), tzinfo=PARIS).astimezone(dt.UTC)

    def number(self, quartier: str, n: int) -> str:
        """Action number of the n-th line of the demo plan."""
        return format_action_number(quartier, self.year, n)

    def render(self, text: str) -> str:
        """Replace ``{dd/mm}``, ``{dd/mm/yyyy}``, ``{HM-014}``, ``{Y}``, ``{Y-1}`` tokens."""

        def replace(match: re.Match[str]) -> str:
            d, m, y, code, n, minus = match.groups()
            if d is not None:
                shifted = dt.date(int(y or DEMO_YEAR), int(m), int(d)) + self.shift
                return shifted.strftime("%d/%m/%Y" if y else "%d/%m")
            if code is not None:
                return self.number(code, int(n))
            return str(self.year - 1 if minus else self.year)

        return _TOKEN.sub(replace, text)


def stamp(
    uow: UnitOfWork,
    row: Any,
    created: dt.datetime,
    updated: dt.datetime | None = None,
    author: str | None = None,
) -> None:
    """Stamp a tracked row, then date it in the demo's past rather than at load time."""
    uow.stamp(row, created=True)
    row.created_at = created
    row.updated_at = updated or created
    if author:
        row.created_by = row.updated_by = author


@dataclass
class Refs:
    """Rows created so far, by the keys the demo modules use."""

    uow: UnitOfWork
    clock: DemoClock
    orgs: dict[str, Organisation] = field(default_factory=dict)
    contacts: dict[str, Contact] = field(default_factory=dict)
    quartiers: dict[str, Quartier] = field(default_factory=dict)
    sites: dict[str, Site] = field(default_factory=dict)
    seances: dict[str, Seance] = field(default_factory=dict)
    constats: dict[str, Constat] = field(default_factory=dict)

    @property
    def session(self) -> Session:
        return self.uow.session
