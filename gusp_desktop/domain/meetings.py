"""Plain values of séances: what is planned or edited, and what lists and documents read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gusp_desktop.domain.agenda import AgendaItemDTO
from gusp_desktop.domain.attendance import AttendanceDTO
from gusp_desktop.domain.enums import InstanceType, SeanceStatus


@dataclass(frozen=True)
class SeanceData:
    """A séance to plan; None takes the instance's default place, duration and officers."""

    instance_id: int
    starts_at: dt.datetime
    duration_minutes: int | None = None
    place: str | None = None
    president_id: int | None = None
    secretary_id: int | None = None


@dataclass(frozen=True)
class SeanceEditData:
    """Editable fields of a planned séance (``starts_at`` naive = Paris wall-clock time)."""

    starts_at: dt.datetime
    duration_minutes: int
    place: str = ""
    president_id: int | None = None
    secretary_id: int | None = None
    summary: str = ""
    next_meeting_note: str = ""


@dataclass(frozen=True)
class SeanceSummary:
    """A séance in lists and calendars."""

    id: int
    version: int
    instance_id: int
    instance_code: str
    instance_name: str
    instance_type: InstanceType
    number: int
    starts_at: dt.datetime
    local_date: dt.date
    duration_minutes: int
    place: str
    status: SeanceStatus


@dataclass(frozen=True)
class SeanceDetail(SeanceSummary):
    """A séance with its officers, notes, agenda and attendance sheet."""

    president_id: int | None
    president_name: str
    secretary_id: int | None
    secretary_name: str
    summary: str
    next_meeting_note: str
    agenda: tuple[AgendaItemDTO, ...]
    attendance: tuple[AttendanceDTO, ...]
