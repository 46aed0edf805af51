"""What a compte rendu shows, in plain values: rendered by the documents, frozen as a snapshot."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class PersonLine:
    """Someone named in a compte rendu."""

    contact_id: int
    name: str
    organisation_code: str
    organisation_name: str
    email: str = ""
    represented_by_name: str = ""
    # « madame », « monsieur » or "" (see domain.wording.civility_value): the agreement of
    # « Présidente » / « Président »; and the town of the organisation, where its letters are
    # dated from (« Marvelin, le 4 décembre 2026 »).
    civility: str = ""
    town: str = ""


@dataclass(frozen=True)
class ActionLine:
    """An action as a compte rendu or its follow-up annex lists it."""

    number: str
    title: str
    pilot_code: str
    pilot_contact_name: str
    deadline: dt.date | None
    status: str
    status_label: str
    overdue: bool
    comment: str = ""


@dataclass(frozen=True)
class MinutesItem:
    """A point of the ordre du jour with what was said and decided."""

    position: int
    title: str
    kind: str
    kind_label: str
    presenter_name: str
    description: str
    notes: str
    decisions: tuple[str, ...]


@dataclass(frozen=True)
class NextSeance:
    """The next séance planned for the same instance."""

    number: int
    starts_at: dt.datetime
    local_date: dt.date
    place: str


@dataclass(frozen=True)
class MinutesContent:
    """Everything a compte rendu shows, in plain values so it can be frozen as a snapshot."""

    seance_id: int
    seance_number: int
    instance_code: str
    instance_name: str
    instance_type: str
    instance_type_label: str
    confidential: bool
    quartiers: tuple[str, ...]
    starts_at: dt.datetime
    local_date: dt.date
    local_time: str
    duration_minutes: int
    place: str
    status: str
    status_label: str
    president: PersonLine | None
    secretary: PersonLine | None
    summary: str
    present: tuple[PersonLine, ...]
    excused: tuple[PersonLine, ...]
    absent: tuple[PersonLine, ...]
    represented: tuple[PersonLine, ...]
    unrecorded: tuple[PersonLine, ...]
    agenda: tuple[MinutesItem, ...]
    followed_actions: tuple[ActionLine, ...]
    new_actions: tuple[ActionLine, ...]
    follow_up: tuple[ActionLine, ...]
    next_meeting_note: str
    next_seance: NextSeance | None
    distribution: tuple[PersonLine, ...]
    as_of: dt.date
    # « Copie à »: people who receive the CR without being invited, and a free note.
    copies: tuple[PersonLine, ...] = ()
    distribution_note: str = ""
