"""Relances to pilots before a séance: preparing, drafts and SMTP sending, their log."""

from gusp_desktop.services.relances.delivery import RelanceDelivery
from gusp_desktop.services.relances.service import ComingSeance, RelanceService
from gusp_desktop.services.relances.settings import SETTINGS_FILE, RelanceSettings

__all__ = ["SETTINGS_FILE", "ComingSeance", "RelanceDelivery", "RelanceService", "RelanceSettings"]
