"""ATFPB: conventions, annual programmes and the bilan annuel, as plain values and rules.

A bailleur social gets a 30 % abattement of the taxe foncière on its QPV housing; in exchange
it signs a convention per quartier, plans actions on the eight axes of the national framework
each year, and justifies the amount with an annual bilan that the commune, the EPCI and the
État examine axis by axis, planned against done. The arithmetic of that bilan lives here, in
Decimal (never floats), so the window, the command line and the documents show one result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from gusp_desktop.domain.enums import AtfpbAxis, Realisation
from gusp_desktop.domain.errors import Message

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
TENTH = Decimal("0.1")
MAX_AMOUNT = Decimal("9999999999.99")  # Numeric(12, 2)
CONTRAT_DE_VILLE = (2024, 2030)  # « Engagements Quartiers 2030 »
AXES: tuple[AtfpbAxis, ...] = tuple(AtfpbAxis)


def axis_from_number(value: int | str) -> AtfpbAxis:
    """The axis numbered ``value`` (1 to 8); a French ValueError otherwise."""
    text = str(value).strip()
    try:
        return AtfpbAxis(text)
    except ValueError:
        raise ValueError(Message("Axe ATFPB inconnu « {text} » : de 1 à 8.", text=text)) from None


def parse_amount(text: str | Decimal | int, label: str = "Le montant") -> Decimal:
    """An amount in euros (« 12 500,50 », « 12500.5 »): exact, positive or zero, to the cent."""
    if isinstance(text, Decimal | int):
        raw = str(text)
    else:
        raw = text.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
        raw = raw.removesuffix("€").replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueError(
            Message("{label} « {text} » n'est pas un nombre.", label=Message(label), text=text)
        ) from None
    return check_amount(value, label)


def check_amount(value: Decimal, label: str = "Le montant") -> Decimal:
    """``value`` as a stored amount; refuses negative, non-finite or sub-cent amounts."""
    if not value.is_finite():
        raise ValueError(Message("{label} n'est pas un nombre.", label=Message(label)))
    if value < 0:
        raise ValueError(
            Message(
                "{label} ne peut pas être négatif ({value} €).", label=Message(label), value=value
            )
        )
    if value > MAX_AMOUNT:
        raise ValueError(
            Message("{label} est trop élevé ({value} €).", label=Message(label), value=value)
        )
    if value != value.quantize(CENT, rounding=ROUND_HALF_UP):
        raise ValueError(
            Message(
                "{label} se donne au centime près ({value} €).", label=Message(label), value=value
            )
        )
    return value.quantize(CENT)


def percent(part: Decimal, whole: Decimal | None) -> Decimal | None:
    """``part`` as a percentage of ``whole``, to one decimal (None when there is no whole)."""
    if whole is None or whole == 0:
        return None
    return (part * 100 / whole).quantize(TENTH, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class SignatoryData:
    """One signatory of a convention and the day it signed (None: not signed yet)."""

    organisation_id: int
    signed_on: dt.date | None = None


@dataclass(frozen=True)
class ConventionData:
    """Fields of a convention ATFPB between a bailleur and its partners for one quartier."""

    bailleur_id: int
    quartier_id: int
    start_year: int
    end_year: int
    logements: int
    droit_commun: str = ""
    signatories: tuple[SignatoryData, ...] = ()


@dataclass(frozen=True)
class SignatoryDTO:
    """A signatory as shown: organisation and signature date."""

    organisation_id: int
    organisation_code: str
    organisation_name: str
    organisation_type: str
    signed_on: dt.date | None


@dataclass(frozen=True)
class YearDTO:
    """One year of a convention: the abattement and the partners' opinions on its bilan."""

    id: int
    version: int
    year: int
    abattement: Decimal | None
    avis_commune: str = ""
    avis_epci: str = ""
    avis_etat: str = ""


@dataclass(frozen=True)
class ConventionDTO:
    """A convention with its signatories and yearly amounts."""

    id: int
    version: int
    bailleur_id: int
    bailleur_code: str
    bailleur_name: str
    quartier_id: int
    quartier_code: str
    quartier_name: str
    start_year: int
    end_year: int
    logements: int
    droit_commun: str
    signatories: tuple[SignatoryDTO, ...]
    years: tuple[YearDTO, ...]

    @property
    def label(self) -> str:
        """« MH – HM (2024–2030) », how the convention is named in lists."""
        return f"{self.bailleur_code} – {self.quartier_code} ({self.start_year}–{self.end_year})"

    def covers(self, year: int) -> bool:
        """Whether ``year`` lies within the convention's period."""
        return self.start_year <= year <= self.end_year

    def year(self, year: int) -> YearDTO | None:
        """The yearly record of ``year``, if one was set."""
        return next((y for y in self.years if y.year == year), None)

    def abattement(self, year: int) -> Decimal | None:
        """The abattement of ``year`` (None when not set)."""
        record = self.year(year)
        return record.abattement if record else None


@dataclass(frozen=True)
class Opinions:
    """The partners' opinions on a year's bilan."""

    commune: str = ""
    epci: str = ""
    etat: str = ""


@dataclass(frozen=True)
class LineData:
    """A planned line of a programme annuel: what, on which axis, for how much, measured how."""

    convention_id: int
    year: int
    axis: AtfpbAxis
    title: str
    planned: Decimal
    residences: str = ""
    reinforcement: bool = True
    cofinancing: str = ""
    indicator: str = ""
    target: str = ""
    action_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class RealisationData:
    """What was done on a line: amount valued, how far, why, and the indicator measured."""

    realised: Decimal
    status: Realisation
    reason: str = ""
    indicator_value: str = ""
    gap_explanation: str = ""


@dataclass(frozen=True)
class LineDTO:
    """A programme line with its realisation (None until reported)."""

    id: int
    version: int
    convention_id: int
    year: int
    axis: AtfpbAxis
    title: str
    planned: Decimal
    residences: str
    reinforcement: bool
    cofinancing: str
    indicator: str
    target: str
    realised: Decimal | None
    status: Realisation | None
    reason: str
    indicator_value: str
    gap_explanation: str
    action_ids: tuple[int, ...] = ()
    action_numbers: tuple[str, ...] = ()

    @property
    def gap(self) -> Decimal | None:
        """Realised minus planned (None until realised)."""
        return None if self.realised is None else self.realised - self.planned

    @property
    def issues(self) -> tuple[str, ...]:
        """What the bilan still misses to justify this line (empty: justified)."""
        return justification_issues(self)


def justification_issues(line: LineDTO) -> tuple[str, ...]:
    """Why a line is not justified yet, in French; empty when it is.

    A line must be reported; a partial or missing realisation needs its reason; any gap to
    the planned amount needs an explanation (the reason counts as one); a realised line
    with an indicator needs the indicator's value.
    """
    if line.realised is None or line.status is None:
        return ("Réalisation non renseignée",)
    issues = []
    if line.status is not Realisation.REALISE and not line.reason.strip():
        issues.append("Motif de non-réalisation manquant")
    if line.realised != line.planned and not (line.gap_explanation.strip() or line.reason.strip()):
        issues.append("Écart au prévisionnel non expliqué")
    if (
        line.status is not Realisation.NON_REALISE
        and line.indicator.strip()
        and not line.indicator_value.strip()
    ):
        issues.append("Valeur de l'indicateur manquante")
    return tuple(issues)


@dataclass(frozen=True)
class AxisSummary:
    """One axis of a bilan: planned, realised, écart, number of lines, previous year."""

    axis: AtfpbAxis
    planned: Decimal
    realised: Decimal
    lines: int
    previous_realised: Decimal | None

    @property
    def label(self) -> str:
        """The axis's French title."""
        return self.axis.label

    @property
    def gap(self) -> Decimal:
        """Realised minus planned."""
        return self.realised - self.planned

    @property
    def under_used(self) -> bool:
        """Less realised than planned on this axis."""
        return self.realised < self.planned


@dataclass(frozen=True)
class Bilan:
    """The bilan annuel of one convention and year, with the previous year to compare."""

    convention: ConventionDTO
    year: int
    abattement: Decimal | None
    lines: tuple[LineDTO, ...]
    axes: tuple[AxisSummary, ...]
    planned_total: Decimal
    realised_total: Decimal
    previous_abattement: Decimal | None
    previous_realised_total: Decimal | None
    opinions: Opinions
    year_version: int | None = None

    @property
    def used_percent(self) -> Decimal | None:
        """Share of the abattement justified by realised amounts."""
        return percent(self.realised_total, self.abattement)

    @property
    def planned_percent(self) -> Decimal | None:
        """Share of the abattement the programme planned to use."""
        return percent(self.planned_total, self.abattement)

    @property
    def previous_used_percent(self) -> Decimal | None:
        """The same share for the previous year."""
        if self.previous_realised_total is None:
            return None
        return percent(self.previous_realised_total, self.previous_abattement)

    @property
    def under_used(self) -> bool:
        """Less realised than the abattement (what the État may question)."""
        return self.abattement is not None and self.realised_total < self.abattement

    @property
    def unjustified(self) -> tuple[LineDTO, ...]:
        """Lines the bilan cannot justify yet."""
        return tuple(line for line in self.lines if line.issues)


def _sum(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


def summarise_axes(
    lines: Sequence[LineDTO], previous: Sequence[LineDTO] | None
) -> tuple[AxisSummary, ...]:
    """Per-axis sums of the eight axes, in order (an axis without lines counts zero)."""
    summaries = []
    for axis in AXES:
        own = [line for line in lines if line.axis is axis]
        before = None
        if previous is not None:
            before = _sum(p.realised or ZERO for p in previous if p.axis is axis)
        summaries.append(
            AxisSummary(
                axis=axis,
                planned=_sum(line.planned for line in own),
                realised=_sum(line.realised or ZERO for line in own),
                lines=len(own),
                previous_realised=before,
            )
        )
    return tuple(summaries)


def compute_bilan(
    convention: ConventionDTO,
    year: int,
    lines: Sequence[LineDTO],
    previous_lines: Sequence[LineDTO] | None,
    opinions: Opinions = Opinions(),
) -> Bilan:
    """The bilan of ``year``; ``previous_lines`` None when the convention did not run in N-1."""
    record = convention.year(year)
    return Bilan(
        convention=convention,
        year=year,
        abattement=convention.abattement(year),
        lines=tuple(lines),
        axes=summarise_axes(lines, previous_lines),
        planned_total=_sum(line.planned for line in lines),
        realised_total=_sum(line.realised or ZERO for line in lines),
        previous_abattement=convention.abattement(year - 1),
        previous_realised_total=(
            None if previous_lines is None else _sum(p.realised or ZERO for p in previous_lines)
        ),
        opinions=opinions,
        year_version=record.version if record else None,
    )


@dataclass(frozen=True)
class Consolidation:
    """Every bilan of a year across the contrat de ville, for the COPIL."""

    year: int
    bilans: tuple[Bilan, ...]

    @property
    def axes(self) -> tuple[AxisSummary, ...]:
        """Per-axis sums over all bilans."""
        lines = [line for bilan in self.bilans for line in bilan.lines]
        return summarise_axes(lines, None)

    @property
    def logements(self) -> int:
        """Housing units concerned, all conventions."""
        return sum(b.convention.logements for b in self.bilans)

    @property
    def abattement(self) -> Decimal:
        """Abattements of the year, all conventions."""
        return _sum(b.abattement or ZERO for b in self.bilans)

    @property
    def planned_total(self) -> Decimal:
        """Planned amounts, all conventions."""
        return _sum(b.planned_total for b in self.bilans)

    @property
    def realised_total(self) -> Decimal:
        """Realised amounts, all conventions."""
        return _sum(b.realised_total for b in self.bilans)

    @property
    def used_percent(self) -> Decimal | None:
        """Share of all abattements justified."""
        return percent(self.realised_total, self.abattement)


def euros(value: Decimal | None) -> str:
    """« 412 000,00 € » with a narrow no-break space between thousands (« — » for None)."""
    if value is None:
        return "—"
    sign = "-" if value < 0 else ""
    whole, cents = f"{abs(value):.2f}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{chr(0x202F).join(groups)},{cents} €"


def percent_text(value: Decimal | None) -> str:
    """« 87,5 % » (« — » when there is no abattement)."""
    return "—" if value is None else f"{value:.1f}".replace(".", ",") + "\u00a0%"
