"""What the synthèse pour les habitants shows, as plain values the document builders render.

For one quartier and one period: what was reported (constats and signalements by theme, with
a few examples), what was decided (decisions of séances open to partners) and what was done
(actions finished or carried on in the period, with the organisation in charge). It names no
person and carries nothing restricted: the service has already left those out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ReportedTheme:
    """One theme of what residents and partners reported in the period."""

    theme: str
    constats: int
    signalements: int
    examples: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        """Constats and signalements together."""
        return self.constats + self.signalements


@dataclass(frozen=True)
class SummaryDecision:
    """A decision taken in a meeting, in the words written in the relevé."""

    date: dt.date
    meeting: str
    text: str


@dataclass(frozen=True)
class SummaryAction:
    """An action finished or carried on in the period; only its organisation is named."""

    theme: str
    title: str
    place: str
    organisation: str
    done: bool


@dataclass(frozen=True)
class ResidentSummary:
    """Everything the synthèse shows for a quartier and a period."""

    issuer: str
    quartier_code: str
    quartier_name: str
    communes: str
    start: dt.date
    end: dt.date
    reported: tuple[ReportedTheme, ...]
    decisions: tuple[SummaryDecision, ...]
    actions: tuple[SummaryAction, ...]
    generated_on: dt.date

    @property
    def empty(self) -> bool:
        """Nothing at all was recorded for this quartier in the period."""
        return not (self.reported or self.decisions or self.actions)

    @property
    def done(self) -> tuple[SummaryAction, ...]:
        """Actions finished in the period."""
        return tuple(a for a in self.actions if a.done)

    @property
    def in_progress(self) -> tuple[SummaryAction, ...]:
        """Actions still under way at the end of the period, worked on during it."""
        return tuple(a for a in self.actions if not a.done)
