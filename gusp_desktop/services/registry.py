"""Every service over one context: what the composition root hands to the front ends.

Each service is built the first time it is asked for, by the recipe the composition root
(``bootstrap``) gave, and kept: a command that lists the plan imports and builds the plan's
service only, while the window, which reads them all, gets the same single instance of each
(services that work with a sibling ask this registry for it, so they share it too).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Generic, Protocol, TypeVar, overload

if TYPE_CHECKING:  # the service modules are imported by the recipes, on first use
    from gusp_desktop.services.actions.service import ActionService
    from gusp_desktop.services.agenda import AgendaService
    from gusp_desktop.services.atfpb import AtfpbServices
    from gusp_desktop.services.attendance import AttendanceService
    from gusp_desktop.services.audit import AuditService
    from gusp_desktop.services.base import ServiceContext
    from gusp_desktop.services.directory import DirectoryService
    from gusp_desktop.services.exports import ExportService
    from gusp_desktop.services.field_work import FieldWorkServices
    from gusp_desktop.services.instances import InstanceService
    from gusp_desktop.services.lists import Lists
    from gusp_desktop.services.meetings import MeetingService
    from gusp_desktop.services.minutes import MinutesService
    from gusp_desktop.services.minutes_review import MinutesReviewService
    from gusp_desktop.services.personal_data import PersonalDataServices
    from gusp_desktop.services.quartier_plans import QuartierPlanService
    from gusp_desktop.services.relances import RelanceDelivery, RelanceService
    from gusp_desktop.services.resident_summary import ResidentSummaryService
    from gusp_desktop.services.returns.service import ReturnsService
    from gusp_desktop.services.seance_lifecycle import SeanceLifecycleService
    from gusp_desktop.services.search import SearchService
    from gusp_desktop.services.signalements import SignalementServices
    from gusp_desktop.services.signed_minutes.identities import SigningIdentities
    from gusp_desktop.services.signed_minutes.service import SignedMinutesService
    from gusp_desktop.services.territory import TerritoryService


T = TypeVar("T")
# Two threads of the window may ask for the same service at once: it is still built once.
# Re-entrant, since building a service may ask for its siblings.
_BUILDING = threading.RLock()


class Recipes(Protocol):
    """How to build the service called ``name`` over ``services`` (its context, its siblings)."""

    def build(self, name: str, services: Services) -> object:
        """A new instance of the service ``name``."""
        ...


class OnFirstUse(Generic[T]):
    """A service of the registry, built by its recipe when first read, then kept.

    Once built it sits in the instance's ``__dict__``, which Python reads before this
    descriptor: later reads cost a plain attribute look-up.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, services: None, owner: type) -> OnFirstUse[T]: ...

    @overload
    def __get__(self, services: Services, owner: type) -> T: ...

    def __get__(self, services: Services | None, owner: type) -> OnFirstUse[T] | T:
        if services is None:
            return self
        built = services.__dict__
        with _BUILDING:
            if self.name not in built:
                built[self.name] = services.recipes.build(self.name, services)
        service: T = built[self.name]
        return service


@dataclass(frozen=True)
class Services:
    """One instance of every service, sharing the same context, each built on first use.

    ``database`` names the open database without its password, for what the front ends keep
    per database on this computer. A copy with another context (``dataclasses.replace``)
    builds its own services over that context.
    """

    context: ServiceContext
    database: str
    recipes: Recipes

    actions: ClassVar[OnFirstUse[ActionService]] = OnFirstUse()
    lists: ClassVar[OnFirstUse[Lists]] = OnFirstUse()
    agenda: ClassVar[OnFirstUse[AgendaService]] = OnFirstUse()
    attendance: ClassVar[OnFirstUse[AttendanceService]] = OnFirstUse()
    audit: ClassVar[OnFirstUse[AuditService]] = OnFirstUse()
    directory: ClassVar[OnFirstUse[DirectoryService]] = OnFirstUse()
    instances: ClassVar[OnFirstUse[InstanceService]] = OnFirstUse()
    meetings: ClassVar[OnFirstUse[MeetingService]] = OnFirstUse()
    minutes: ClassVar[OnFirstUse[MinutesService]] = OnFirstUse()
    minutes_review: ClassVar[OnFirstUse[MinutesReviewService]] = OnFirstUse()
    lifecycle: ClassVar[OnFirstUse[SeanceLifecycleService]] = OnFirstUse()
    territory: ClassVar[OnFirstUse[TerritoryService]] = OnFirstUse()
    exports: ClassVar[OnFirstUse[ExportService]] = OnFirstUse()
    signed_minutes: ClassVar[OnFirstUse[SignedMinutesService]] = OnFirstUse()
    identities: ClassVar[OnFirstUse[SigningIdentities]] = OnFirstUse()
    search: ClassVar[OnFirstUse[SearchService]] = OnFirstUse()
    atfpb: ClassVar[OnFirstUse[AtfpbServices]] = OnFirstUse()
    personal_data: ClassVar[OnFirstUse[PersonalDataServices]] = OnFirstUse()
    relances: ClassVar[OnFirstUse[RelanceService]] = OnFirstUse()
    relance_delivery: ClassVar[OnFirstUse[RelanceDelivery]] = OnFirstUse()
    field_work: ClassVar[OnFirstUse[FieldWorkServices]] = OnFirstUse()
    returns: ClassVar[OnFirstUse[ReturnsService]] = OnFirstUse()
    signalements: ClassVar[OnFirstUse[SignalementServices]] = OnFirstUse()
    plans: ClassVar[OnFirstUse[QuartierPlanService]] = OnFirstUse()
    resident_summary: ClassVar[OnFirstUse[ResidentSummaryService]] = OnFirstUse()
