"""The rules of signalements, kept free of any database: routing, due dates, overdue, délais.

Everything here works on plain values so the services, the documents and the tests share one
definition (an overdue signalement in the list is the one counted in the report).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.signalements import (
    OPEN_STATUSES,
    STATUS_ORDER,
    RouteDTO,
    SignalementRow,
    SignalementStatus,
)
from gusp_desktop.domain.timezone import PARIS

MAX_DELAY_DAYS = 365


def due_date(received_at: dt.datetime, delay_days: int) -> dt.date:
    """The day the signalement should be dealt with: reception (Paris date) plus the délai."""
    return received_at.astimezone(PARIS).date() + dt.timedelta(days=delay_days)


def is_overdue(status: SignalementStatus, due: dt.date, today: dt.date) -> bool:
    """Still open after its due date. Computed on every read, never stored."""
    return status in OPEN_STATUSES and due < today


def processing_days(received_at: dt.datetime, closed_at: dt.datetime) -> int:
    """Délai de traitement in calendar days (Paris dates), 0 when closed the same day."""
    return (closed_at.astimezone(PARIS).date() - received_at.astimezone(PARIS).date()).days


def route_score(route: RouteDTO) -> int:
    """How specific a rule is: a category beats a gestionnaire, which beats a theme."""
    return (
        (4 if route.category_id is not None else 0)
        + (2 if route.gestionnaire_id is not None else 0)
        + (1 if route.theme is not None else 0)
    )


def choose_organisation(
    routes: Iterable[RouteDTO],
    category_id: int,
    theme: Theme,
    gestionnaire_id: int | None,
) -> int | None:
    """The organisation responsible for a signalement, by the most specific matching rule.

    Without a matching rule the site's gestionnaire is responsible (domanialité); without a
    site, nobody yet: the coordinator routes it by hand.
    """
    matching = [
        r
        for r in routes
        if r.category_id in (None, category_id)
        and r.theme in (None, theme)
        and r.gestionnaire_id in (None, gestionnaire_id)
    ]
    if matching:
        best = max(matching, key=lambda r: (route_score(r), -r.id))
        return best.organisation_id
    return gestionnaire_id


def transition_error(
    current: SignalementStatus, target: SignalementStatus, reason: str, organisation: bool
) -> str | None:
    """French reason why ``current`` → ``target`` is refused, or None.

    Forward moves are free (a gardien may settle a signalement the day it arrives); a rejection
    and any step back need a reason; transmitting needs an organisation to transmit to.
    """
    if current is target:
        return f"Le signalement est déjà « {target.label} »."
    if target is SignalementStatus.REJETE:
        if current is SignalementStatus.TRAITE:
            return "Un signalement traité ne peut pas être rejeté : rouvrez-le d'abord."
        if not reason.strip():
            return "Indiquez le motif du rejet."
        return None
    if target is not SignalementStatus.RECU and not organisation:
        return "Aucune organisation responsable : choisissez-en une avant de transmettre."
    backwards = current is SignalementStatus.REJETE or STATUS_ORDER.index(
        target
    ) < STATUS_ORDER.index(current)
    if backwards and not reason.strip():
        return f"Revenir à « {target.label} » demande un motif."
    return None


@dataclass(frozen=True)
class DelayStats:
    """Counts and délais of one organisation × category (or a total)."""

    organisation_code: str
    category_label: str
    received: int
    open: int
    overdue: int
    treated: int
    rejected: int
    mean_days: float | None
    median_days: float | None
    within_delay: int

    @property
    def within_percent(self) -> float | None:
        """Share of the treated signalements closed by their due date (one decimal)."""
        if not self.treated:
            return None
        return round(100.0 * self.within_delay / self.treated, 1)


def delay_stats(
    rows: Sequence[SignalementRow], organisation_code: str, category_label: str
) -> DelayStats:
    """The counts and délais of ``rows``: only treated signalements have a délai."""
    days = []
    within = 0
    for row in rows:
        if row.status is SignalementStatus.TRAITE and row.closed_at is not None:
            days.append(processing_days(row.received_at, row.closed_at))
            if row.closed_at.astimezone(PARIS).date() <= row.due_date:
                within += 1
    return DelayStats(
        organisation_code=organisation_code,
        category_label=category_label,
        received=len(rows),
        open=sum(1 for r in rows if r.status in OPEN_STATUSES),
        overdue=sum(1 for r in rows if r.overdue),
        treated=len(days),
        rejected=sum(1 for r in rows if r.status is SignalementStatus.REJETE),
        mean_days=round(statistics.fmean(days), 1) if days else None,
        median_days=float(statistics.median(days)) if days else None,
        within_delay=within,
    )


def stats_by_category(rows: Sequence[SignalementRow], organisation_code: str) -> list[DelayStats]:
    """One line per category of ``rows`` (by label), for one organisation's report."""
    grouped: dict[str, list[SignalementRow]] = {}
    for row in rows:
        grouped.setdefault(row.category_label, []).append(row)
    return [delay_stats(grouped[label], organisation_code, label) for label in sorted(grouped)]


def stats_by_organisation(rows: Sequence[SignalementRow]) -> list[DelayStats]:
    """One line per organisation (« — » for signalements not yet routed), for the dashboard."""
    grouped: dict[str, list[SignalementRow]] = {}
    for row in rows:
        grouped.setdefault(row.organisation_code or "—", []).append(row)
    return [delay_stats(grouped[code], code, "") for code in sorted(grouped)]
