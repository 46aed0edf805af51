"""The signalements report of one organisation: counts, délais and what is late.

Built from the same list lines as the window and the command line, so the report, the
dashboard and ``signalements list --overdue`` always agree. It carries no personal data: who
reported a signalement and its free description stay out of anything sent to a partner.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from gusp_desktop.domain.field_report import ReportPhoto
from gusp_desktop.domain.signalement_rules import (
    DelayStats,
    delay_stats,
    processing_days,
    stats_by_category,
)
from gusp_desktop.domain.signalements import SignalementRow, SignalementStatus
from gusp_desktop.domain.timezone import PARIS


@dataclass(frozen=True)
class ReportLine:
    """One signalement as the report lists it."""

    id: int
    received_on: dt.date
    channel: str
    category: str
    place: str
    status: str
    due_date: dt.date
    closed_on: dt.date | None
    days: int | None
    days_late: int
    overdue: bool
    action_number: str


@dataclass(frozen=True)
class OrganisationReport:
    """What an organisation received and how fast it dealt with it, as of ``today``."""

    organisation_code: str
    organisation_name: str
    today: dt.date
    period: str
    total: DelayStats
    categories: tuple[DelayStats, ...]
    delays: dict[str, int]
    lines: tuple[ReportLine, ...]
    #: Photos of the signalements listed, ready to print, captioned without personal data.
    photos: tuple[ReportPhoto, ...] = ()

    @property
    def overdue(self) -> tuple[ReportLine, ...]:
        """The open signalements past their due date, most late first."""
        return tuple(sorted((li for li in self.lines if li.overdue), key=lambda li: -li.days_late))


def report_line(row: SignalementRow, today: dt.date) -> ReportLine:
    """A list line as the report shows it (place: site, else address)."""
    closed = row.closed_at.astimezone(PARIS).date() if row.closed_at else None
    treated = row.status is SignalementStatus.TRAITE and row.closed_at is not None
    return ReportLine(
        id=row.id,
        received_on=row.received_at.astimezone(PARIS).date(),
        channel=row.channel.label,
        category=row.category_label,
        place=row.site_name or row.address,
        status=row.status.label,
        due_date=row.due_date,
        closed_on=closed,
        days=processing_days(row.received_at, row.closed_at) if treated and row.closed_at else None,
        days_late=0 if row.status.closed else max(0, (today - row.due_date).days),
        overdue=row.overdue,
        action_number=row.action_number,
    )


def build_report(
    rows: Sequence[SignalementRow],
    organisation_code: str,
    organisation_name: str,
    today: dt.date,
    period: str,
    delays: dict[str, int],
) -> OrganisationReport:
    """The report of ``rows`` (already those of the organisation and the period)."""
    ordered = sorted(rows, key=lambda r: (r.received_at, r.id))
    return OrganisationReport(
        organisation_code=organisation_code,
        organisation_name=organisation_name,
        today=today,
        period=period,
        total=delay_stats(ordered, organisation_code, "Total"),
        categories=tuple(stats_by_category(ordered, organisation_code)),
        delays=delays,
        lines=tuple(report_line(r, today) for r in ordered),
    )


def photo_caption(line: ReportLine, number: int, count: int) -> str:
    """« Signalement n° 12 – Dépôt sauvage – Tour B (photo 1/2) »: no reporter, no description."""
    parts = [f"Signalement n° {line.id}", line.category, line.place]
    suffix = f" (photo {number}/{count})" if count > 1 else ""
    return " – ".join(p for p in parts if p) + suffix
