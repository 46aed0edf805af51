"""Every service over one context: what the composition root hands to the front ends."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class Services:
    """One instance of every service, sharing the same context (built by ``bootstrap``).

    ``database`` names the open database without its password, for what the front ends keep
    per database on this computer.
    """

    context: ServiceContext
    database: str
    actions: ActionService
    agenda: AgendaService
    attendance: AttendanceService
    audit: AuditService
    directory: DirectoryService
    instances: InstanceService
    meetings: MeetingService
    minutes: MinutesService
    minutes_review: MinutesReviewService
    lifecycle: SeanceLifecycleService
    territory: TerritoryService
    exports: ExportService
    signed_minutes: SignedMinutesService
    identities: SigningIdentities
    search: SearchService
    atfpb: AtfpbServices
    personal_data: PersonalDataServices
    relances: RelanceService
    relance_delivery: RelanceDelivery
    field_work: FieldWorkServices
    returns: ReturnsService
    signalements: SignalementServices
    plans: QuartierPlanService
    resident_summary: ResidentSummaryService
