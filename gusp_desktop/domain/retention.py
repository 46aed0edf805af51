"""How long minutes notes are kept, per type of instance, and what a retention run did.

A rule says: the notes of séances of this type of instance are purged (replaced by a dated
mention) or anonymised (the people they name and the passages marked as personal data replaced
by « [occulté] ») once the séance is more than ``years`` years old. Signed comptes rendus are
never altered: changing them would break their signatures; a run lists them instead.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from gusp_desktop.domain.enums import InstanceType
from gusp_desktop.domain.errors import Message
from gusp_desktop.domain.vocabularies import RetentionMethod as RetentionMethod

MAX_YEARS = 100
OCCULTED = "[occulté]"
# Personal-data spans in free text are written between these brackets (« ⟪Mme Durand⟫ »).
PERSONAL_SPAN = re.compile("⟪[^⟪⟫]*⟫")


@dataclass(frozen=True)
class RetentionRuleData:
    """One rule: notes of ``instance_type`` kept ``years`` years, then ``method``."""

    instance_type: InstanceType
    years: int
    method: RetentionMethod

    def describe(self) -> str:
        """« Cellule de veille : notes anonymisées après 5 ans »."""
        if self.method is RetentionMethod.KEEP:
            return f"{self.instance_type.label} : notes conservées sans limite"
        done = "supprimées" if self.method is RetentionMethod.PURGE else "anonymisées"
        unit = "an" if self.years == 1 else "ans"
        return f"{self.instance_type.label} : notes {done} après {self.years} {unit}"


# What a new database applies until someone changes it.
DEFAULT_RULES = (RetentionRuleData(InstanceType.CELLULE_VEILLE, 5, RetentionMethod.ANONYMISE),)


def check_years(years: int) -> int:
    """A retention period in whole years, 1 to 100."""
    if not 1 <= years <= MAX_YEARS:
        raise ValueError(
            Message(
                "Durée de conservation invalide : {years} (1 à {max_years} ans).",
                years=years,
                max_years=MAX_YEARS,
            )
        )
    return years


def cutoff(today: dt.date, years: int) -> dt.date:
    """Séances held before this date are past a ``years``-year retention period."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def anonymised(text: str) -> str:
    """``text`` with every passage marked as personal data replaced by « [occulté] »."""
    return PERSONAL_SPAN.sub(OCCULTED, text)


def purged_mention(today: dt.date, years: int) -> str:
    """What replaces purged notes, so a reader knows they existed and why they are gone."""
    unit = "an" if years == 1 else "ans"
    return f"[Notes supprimées le {today:%d/%m/%Y} : durée de conservation de {years} {unit}]"


@dataclass(frozen=True)
class RetentionItem:
    """One séance a run treats (or would treat)."""

    seance_id: int
    instance_code: str
    instance_type: InstanceType
    starts_on: dt.date
    method: RetentionMethod
    points: int
    signed_versions: tuple[str, ...] = ()


@dataclass(frozen=True)
class RetentionReport:
    """What a retention run found, and whether it changed anything."""

    today: dt.date
    dry_run: bool
    rules: tuple[RetentionRuleData, ...]
    items: tuple[RetentionItem, ...]

    @property
    def points(self) -> int:
        """Agenda points whose notes are (or would be) treated."""
        return sum(item.points for item in self.items)

    def to_json(self) -> dict[str, object]:
        """Plain JSON values for ``retention run --format json``."""
        return {
            "date": self.today.isoformat(),
            "simulation": self.dry_run,
            "regles": [
                {"type": r.instance_type.value, "annees": r.years, "methode": r.method.value}
                for r in self.rules
            ],
            "seances": [
                {
                    "seance_id": i.seance_id,
                    "instance": i.instance_code,
                    "type": i.instance_type.value,
                    "date": i.starts_on.isoformat(),
                    "methode": i.method.value,
                    "points": i.points,
                    "comptes_rendus_signes_intacts": list(i.signed_versions),
                }
                for i in self.items
            ],
            "points": self.points,
        }
