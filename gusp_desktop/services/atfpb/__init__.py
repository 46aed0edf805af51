"""ATFPB use cases: conventions, programmes annuels and bilans, over one service context."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.services.atfpb.bilans import BilanService
from gusp_desktop.services.atfpb.conventions import ConventionService
from gusp_desktop.services.atfpb.programme import ProgrammeService
from gusp_desktop.services.base import ServiceContext


@dataclass(frozen=True)
class AtfpbServices:
    """The three ATFPB services, reached as ``services.atfpb.conventions`` and so on."""

    conventions: ConventionService
    programme: ProgrammeService
    bilans: BilanService

    @classmethod
    def over(cls, context: ServiceContext) -> AtfpbServices:
        """Every ATFPB service over ``context``."""
        return cls(ConventionService(context), ProgrammeService(context), BilanService(context))
