"""All services over one context: what the composition roots hand to front ends."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.agenda import AgendaService
from gusp_desktop.services.attendance import AttendanceService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.directory import DirectoryService
from gusp_desktop.services.instances import InstanceService
from gusp_desktop.services.meetings import MeetingService
from gusp_desktop.services.minutes import MinutesService
from gusp_desktop.services.minutes_review import MinutesReviewService
from gusp_desktop.services.seance_lifecycle import SeanceLifecycleService
from gusp_desktop.services.territory import TerritoryService


@dataclass(frozen=True)
class Services:
    """One instance of every service, sharing the same context."""

    context: ServiceContext
    actions: ActionService
    agenda: AgendaService
    attendance: AttendanceService
    directory: DirectoryService
    instances: InstanceService
    meetings: MeetingService
    minutes: MinutesService
    minutes_review: MinutesReviewService
    lifecycle: SeanceLifecycleService
    territory: TerritoryService

    @classmethod
    def build(cls, context: ServiceContext) -> Services:
        """Create every service over ``context``."""
        return cls(
            context=context,
            actions=ActionService(context),
            agenda=AgendaService(context),
            attendance=AttendanceService(context),
            directory=DirectoryService(context),
            instances=InstanceService(context),
            meetings=MeetingService(context),
            minutes=MinutesService(context),
            minutes_review=MinutesReviewService(context),
            lifecycle=SeanceLifecycleService(context),
            territory=TerritoryService(context),
        )
