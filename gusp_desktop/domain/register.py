"""The « registre des traitements »: what personal data the database holds, why, for how long.

Built from the database itself (counts, instances, retention rules), so the register the
coordinator hands to the data protection officer says what is really held, not what was once
planned.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gusp_desktop.domain.retention import RetentionRuleData


@dataclass(frozen=True)
class DataCategory:
    """One category of personal data: what it is, how many records, why, how long."""

    name: str
    fields: str
    records: int
    purpose: str
    retention: str


@dataclass(frozen=True)
class RegisteredInstance:
    """An instance whose séances record personal data (attendance, notes)."""

    code: str
    name: str
    type_label: str
    restricted: bool
    members: int
    seances: int
    readers: int  # logins allowed to read its restricted content


@dataclass(frozen=True)
class ProcessingRegister:
    """The register as of ``generated_at``."""

    generated_at: dt.datetime
    controller: str
    purpose: str
    storage: str
    categories: tuple[DataCategory, ...]
    instances: tuple[RegisteredInstance, ...]
    rules: tuple[RetentionRuleData, ...]
    recipients: tuple[str, ...]
    measures: tuple[str, ...]
