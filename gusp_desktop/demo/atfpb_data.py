"""The demo's ATFPB: conventions of Marve Habitat and Logis de l'Aubrin, programmes, bilans.

They are data, in ``atfpb.json`` beside this module. Years are those of the 2025 demo calendar
and move with it. The 2024 abattements are those quoted in the COPIL minutes (MH 1 850
logements, 412 000 €; LA 640 logements, 138 000 € over its two quartiers). The 2025 bilans are
realistic rather than tidy: some lines under-used, some without their reason, indicator or
explanation, so the bilan has something to flag. Amounts are text, read as exact decimals.
"""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.demo.seed_file import SeedFile, check, check_amount, check_date
from gusp_desktop.domain.enums import Realisation


@dataclass(frozen=True)
class SignatorySeed:
    """An organisation (by code) that signed the convention, on ``signed`` (dd/mm/yyyy)."""

    organisation: str
    signed: str

    def __post_init__(self) -> None:
        check_date(self.signed)


@dataclass(frozen=True)
class AmountSeed:
    """The abattement of one year."""

    year: int
    amount: str

    def __post_init__(self) -> None:
        check_amount(self.amount)


@dataclass(frozen=True)
class OpinionsSeed:
    """The partners' opinions on one year's bilan."""

    year: int
    commune: str
    epci: str
    etat: str


@dataclass(frozen=True)
class ConventionSeed:
    """A bailleur's convention for one quartier."""

    bailleur: str
    quartier: str
    start: int
    end: int
    logements: int
    droit_commun: str
    signatories: tuple[SignatorySeed, ...]
    amounts: tuple[AmountSeed, ...]
    opinions: OpinionsSeed | None = None


@dataclass(frozen=True)
class LineSeed:
    """A line of a convention's programme, with its realisation once reported."""

    bailleur: str
    quartier: str
    year: int
    axis: int
    title: str
    planned: str
    realised: str | None = None  # None: programme only, not reported yet
    status: Realisation | None = None
    reason: str = ""
    indicator: str = ""
    target: str = ""
    value: str = ""
    actions: tuple[int, ...] = ()  # demo plan line numbers, in the line's quartier
    residences: str = ""
    gap: str = ""
    reinforcement: bool = True
    cofinancing: str = ""

    def __post_init__(self) -> None:
        check(1 <= self.axis <= 8, f"axe {self.axis} au lieu de 1 à 8")
        check_amount(self.planned)
        if self.realised is not None:
            check_amount(self.realised)


_FILE = SeedFile("atfpb.json")
CONVENTIONS = _FILE.entries("conventions", ConventionSeed)
LINES = _FILE.entries("lines", LineSeed)
_FILE.refer(
    "lines",
    "bailleur, quartier",
    (f"{line.bailleur}/{line.quartier}" for line in LINES),
    {f"{c.bailleur}/{c.quartier}" for c in CONVENTIONS},
)
