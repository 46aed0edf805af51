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
    origin_note: str = ""
    indicator: str = ""
    restricted: bool = False
    # The number a plan kept elsewhere already gave it (an imported plan); empty: the next
    # number of the quartier's year.
    number: str = ""


@dataclass(frozen=True)
class ActionEdit:
    """Every editable field of an existing action; status moves through :class:`StatusChange`.

    Start from :meth:`from_detail` and replace what changes, so a field the form does not
    show is never cleared by accident. ``quartier_id`` None keeps the current quartier (the
    number never changes: it is the action's stable name).
    """

    title: str
    theme: Theme
    pilot_organisation_id: int
    quartier_id: int | None = None
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
    origin_note: str = ""
    indicator: str = ""
    restricted: bool = False

    @classmethod
    def from_detail(cls, detail: ActionDetail) -> ActionEdit:
        """The action's current values, ready to be changed with ``dataclasses.replace``."""
        row = detail.row
        return cls(
            title=row.title,
            quartier_id=row.quartier_id,
            theme=row.theme,
            pilot_organisation_id=row.pilot_organisation_id,
            pilot_contact_id=row.pilot_contact_id,
            site_id=row.site_id,
            description=row.description,
            partner_ids=detail.partner_ids,
            initial_deadline=row.initial_deadline,
            revised_deadline=row.revised_deadline,
            deadline_note=row.deadline_note,
            priority=row.priority,
            atfpb_axis=row.atfpb_axis,
            cost=row.cost,
            origin_note=row.origin_note,
            indicator=row.indicator,
            restricted=row.restricted,
        )


@dataclass(frozen=True)
class StatusChange:
    """A follow-up point: new status, comment, revised deadline, progress, séance.

    ``deadline_reason`` explains a revised deadline (the « report »); ``outcome`` is required
    when the action is closed (réalisée or abandonnée) and says what came of it.
    """

    status: ActionStatus | None = None
    comment: str = ""
    revised_deadline: dt.date | None = None
    progress: int | None = None
    seance_id: int | None = None
    deadline_reason: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class BulkChange:
    """One change applied to a selection of actions, recorded on each of them.

    Only the fields given (not None) change; ``deadline_shift_days`` moves each action's
    current deadline by that many days (negative brings it forward).
    """

    status: ActionStatus | None = None
    pilot_organisation_id: int | None = None
    pilot_contact_id: int | None = None
    deadline_shift_days: int | None = None
    theme: Theme | None = None
    comment: str = ""
    outcome: str = ""
    deadline_reason: str = ""
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
    origin_note: str = ""
    indicator: str = ""
    restricted: bool = False
    outcome: str = ""
    created_at: dt.datetime | None = None
    # Born in a restricted instance (cellule de veille): restricted whatever ``restricted``,
    # the hand mark, says.
    restricted_origin: bool = False

    @property
    def is_restricted(self) -> bool:
        """Restricted by hand or by birth: shown to the instance's members only."""
        return self.restricted or self.restricted_origin


# Fields whose every change is written to the action's history, with their French label.
TRACKED_FIELDS: dict[str, str] = {
    "title": "Intitulé",
    "description": "Description",
    "origin_note": "Constat / origine",
    "quartier_id": "Quartier",
    "site_id": "Site",
    "theme": "Thème",
    "pilot_organisation_id": "Pilote",
    "pilot_contact_id": "Contact pilote",
    "partner_ids": "Partenaires",
    "initial_deadline": "Échéance initiale",
    "revised_deadline": "Échéance révisée",
    "deadline_note": "Précision sur l'échéance",
    "priority": "Priorité",
    "atfpb_axis": "Axe ATFPB",
    "cost": "Coût",
    "indicator": "Indicateur",
    "restricted": "Diffusion restreinte",
    "status": "État",
    "progress": "Avancement",
}

# Names a tracked field had in history written by earlier versions.
_FORMER_FIELDS: dict[str, str] = {"confidential": "Diffusion restreinte"}
# History lines that record an event about the action rather than a changed field: the event
# is described in ``new_value`` (« Relance envoyée à … »).
EVENT_FIELDS: dict[str, str] = {"relance": "Relance par e-mail"}


@dataclass(frozen=True)
class HistoryEntry:
    """One line of an action's history.

    A follow-up point has an empty ``field``; a change of a tracked field names it and keeps
    the old and new values as shown to users (« 31/07/2025 » → « 30/09/2025 »).
    """

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
    field: str = ""
    old_value: str = ""
    new_value: str = ""
    reason: str = ""

    @property
    def field_label(self) -> str:
        """French name of the changed field (empty for a follow-up point)."""
        return (
            TRACKED_FIELDS.get(self.field)
            or EVENT_FIELDS.get(self.field)
            or _FORMER_FIELDS.get(self.field, self.field)
        )

    @property
    def is_event(self) -> bool:
        """True for a line recording an event (a relance), told in ``new_value``."""
        return self.field in EVENT_FIELDS


@dataclass(frozen=True)
class ActionDetail:
    """An action with its partners, origin and full history."""

    row: ActionRow
    partner_ids: tuple[int, ...]
    partner_names: tuple[str, ...]
    origin_label: str
    history: tuple[HistoryEntry, ...] = field(default=())
    # The constats this action came from (several may feed one action), with a photo each.
    origin_constats: tuple[OriginConstat, ...] = field(default=())


@dataclass(frozen=True)
class OriginConstat:
    """A constat an action came from, as its detail shows it."""

    id: int
    label: str
    description: str
    photo_id: int | None = None


@dataclass(frozen=True)
class ActionQuery:
    """What the plan d'actions shows: filters, order and page."""

    quartier_codes: tuple[str, ...] = ()
    site_id: int | None = None
    themes: tuple[Theme, ...] = ()
    axes: tuple[AtfpbAxis, ...] = ()
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
    # The user's own view shows the restricted actions she may read (marked); a document or a
    # list for a wider audience sets this False and shows none.
    include_restricted: bool = True


@dataclass(frozen=True)
class ReferenceCodes:
    """Quartier, organisations, contact and site as people type them (codes and names).

    None means « not given »; the command line turns these into ids through the service.
    """

    quartier: str | None = None
    pilot: str | None = None
    pilot_contact: str | None = None
    site: str | None = None
    partners: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ResolvedReferences:
    """Ids found for :class:`ReferenceCodes` (None where nothing was given)."""

    quartier_id: int | None = None
    pilot_organisation_id: int | None = None
    pilot_contact_id: int | None = None
    site_id: int | None = None
    partner_ids: tuple[int, ...] | None = None
