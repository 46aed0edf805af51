"""Demo signalements and the routing they are set up with, read from ``signalements.json``.

Thirty dysfunctions reported from January to June: mixed channels (a gardien's call, an e-mail,
the city's application, the police's main courante), every status, some late, some that became
or joined an action of the demo plan. Reporters are fictional residents (or Rose Delattre,
conseillère citoyenne, from the directory).
"""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.demo.seed_file import SeedFile, check_day, check_time
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.signalements import Channel
from gusp_desktop.domain.signalements import SignalementStatus as St


@dataclass(frozen=True)
class RouteSeed:
    """Category, theme or gestionnaire (codes; none: any) → the responsible organisation."""

    organisation: str
    category: str | None = None
    theme: Theme | None = None
    gestionnaire: str | None = None


@dataclass(frozen=True)
class ServiceCodeSeed:
    """A service code of the city of Marvelin's citizen-request application (Open311)."""

    code: str
    category: str


@dataclass(frozen=True)
class Step:
    """A status reached on a day (« dd/mm » of the demo year, 10:00)."""

    status: St
    day: str
    reason: str = ""

    def __post_init__(self) -> None:
        check_day(self.day)


@dataclass(frozen=True)
class SignalementSeed:
    """One demo signalement; ``action`` is the n° of a demo plan line (quartier, n)."""

    day: str
    time: str
    channel: Channel
    category: str
    site: str
    text: str
    steps: tuple[Step, ...] = ()
    action: tuple[str, int] | None = None
    reporter: str = ""
    contact: str = ""
    external: str = ""

    def __post_init__(self) -> None:
        check_day(self.day)
        check_time(self.time)


_FILE = SeedFile("signalements.json")
ROUTES = _FILE.entries("routes", RouteSeed)
SERVICE_CODES = _FILE.entries("service_codes", ServiceCodeSeed)
SIGNALEMENTS = _FILE.entries("signalements", SignalementSeed)
