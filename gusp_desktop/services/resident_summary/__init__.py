"""The synthèse pour les habitants: what was reported, decided and done in a quartier."""

from gusp_desktop.services.resident_summary.service import (
    SUMMARY_FORMATS,
    ResidentSummaryError,
    ResidentSummaryService,
)

__all__ = ["SUMMARY_FORMATS", "ResidentSummaryError", "ResidentSummaryService"]
