"""Signalements use cases: intake and follow-up, configuration, imports, reports."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.services.signalements.importing import SignalementImportService
from gusp_desktop.services.signalements.reports import SignalementReportService
from gusp_desktop.services.signalements.service import SignalementService
from gusp_desktop.services.signalements.settings import SignalementSettingsService


@dataclass(frozen=True)
class SignalementServices:
    """Reached as ``services.signalements.records``, ``.settings``, ``.imports``,
    ``.reports``."""

    records: SignalementService
    settings: SignalementSettingsService
    imports: SignalementImportService
    reports: SignalementReportService


__all__ = [
    "SignalementImportService",
    "SignalementReportService",
    "SignalementService",
    "SignalementServices",
    "SignalementSettingsService",
]
