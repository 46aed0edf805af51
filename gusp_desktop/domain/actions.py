"""Plain values the plan d'actions services take and return."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from gusp_desktop.domain.enums import ActionStatus, AtfpbAxis, Priority, Theme


@dataclass(frozen=True)
class ActionDraft:
    """Fields of a new action (its status starts as given, usually « à engager »)."""

    title: str
    quartier_id: int
    theme: Theme
    pilot_organisation_id: int
    pilot_contact_id: int | None = None
    site_id: int | None = None
    description: str = ""
    partner_ids: tuple[int, ...] = ()
    initial_deadline: dt.date | None = None
    deadline_note: str = ""
    priority: Priority = Priority.NORMALE
    status: ActionStatus = ActionStatus.A_ENGAGER
    progress: int = 0
    atfpb_axis: AtfpbAxis | None = None
    cost: Decimal | None = None
    origin_seance_id: int | None = None
    origin_constat_id: int | None = None


@dataclass(frozen=True)
class ActionEdit:
    """Editable fields of an existing action; status moves through :class:`StatusChange`."""

    title: str
    theme: Theme
    pilot_organisation_id: int
    pilot_contact_id: int | None = None
    site_id: int | None = None
    description: str = ""
    partner_ids: tuple[int, ...] = ()
    initial_deadline: dt.date | None = None
    revised_deadline: dt.date | None = None
    deadline_note: str = ""
    priority: Priority = Priority.NORMALE
    atfpb_axis: AtfpbAxis | None = None
    cost: Decimal | None = None


@dataclass(frozen=True)
class StatusChange:
    """A follow-up point: new status, comment, revised deadline, progress, séance."""

    status: ActionStatus | None = None
    comment: str = ""
    revised_deadline: dt.date | None = None
    progress: int | None = None
    seance_id: int | None = None


@dataclass(frozen=True)
class ActionRow:
    """One action as the plan d'actions shows it."""

    id: int
    version: int
    number: str
    title: str
    description: str
    theme: Theme
    quartier_id: int
    quartier_code: str
    site_id: int | None
    site_name: str
    pilot_organisation_id: int
    pilot_organisation_code: str
    pilot_organisation_name: str
    pilot_contact_id: int | None
    pilot_contact_name: str
    initial_deadline: dt.date | None
    revised_deadline: dt.date | None
    deadline: dt.date | None
    deadline_note: str
    priority: Priority
    status: ActionStatus
    progress: int
    atfpb_axis: AtfpbAxis | None
    cost: Decimal | None
    origin_seance_id: int | None
    origin_constat_id: int | None
    overdue: bool
    updated_at: dt.datetime
    partner_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class HistoryEntry:
    """One line of an action's history."""

    id: int
    sequence: int
    at: dt.datetime
    status: ActionStatus
    progress: int | None
    deadline: dt.date | None
    comment: str
    author: str
    seance_id: int | None
    seance_label: str = ""


@dataclass(frozen=True)
class ActionDetail:
    """An action with its partners, origin and full history."""

    row: ActionRow
    partner_ids: tuple[int, ...]
    partner_names: tuple[str, ...]
    origin_label: str
    history: tuple[HistoryEntry, ...] = field(default=())


@dataclass(frozen=True)
class ActionQuery:
    """What the plan d'actions shows: filters, order and page."""

    quartier_codes: tuple[str, ...] = ()
    site_id: int | None = None
    themes: tuple[Theme, ...] = ()
    pilot_codes: tuple[str, ...] = ()
    involving_code: str | None = None
    statuses: tuple[ActionStatus, ...] = ()
    overdue_only: bool = False
    deadline_from: dt.date | None = None
    deadline_to: dt.date | None = None
    text: str = ""
    instance_id: int | None = None
    sort_key: str = "number"
    descending: bool = False
    limit: int | None = None
    offset: int = 0
