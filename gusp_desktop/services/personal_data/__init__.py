"""What the application holds about people (RGPD): export, anonymisation, retention, register."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.services.personal_data.register import RegisterService
from gusp_desktop.services.personal_data.retention import RetentionService
from gusp_desktop.services.personal_data.service import PersonalDataService


@dataclass(frozen=True)
class PersonalDataServices:
    """Reached as ``services.personal_data.contacts``, ``.retention`` and ``.register``."""

    contacts: PersonalDataService
    retention: RetentionService
    register: RegisterService


__all__ = ["PersonalDataService", "PersonalDataServices", "RegisterService", "RetentionService"]
