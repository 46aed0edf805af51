"""ATFPB use cases: conventions, programmes annuels and bilans, over one service context."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.services.atfpb.bilans import BilanService
from gusp_desktop.services.atfpb.conventions import ConventionService
from gusp_desktop.services.atfpb.programme import ProgrammeService


@dataclass(frozen=True)
class AtfpbServices:
    """The three ATFPB services, reached as ``services.atfpb.conventions`` and so on."""

    conventions: ConventionService
    programme: ProgrammeService
    bilans: BilanService


__all__ = ["AtfpbServices", "BilanService", "ConventionService", "ProgrammeService"]
