"""All tables; importing this package registers them on ``Base.metadata``."""

from gusp_desktop.db.models.accounts import AuditEvent, MinutesVersion, SignedFile, User
from gusp_desktop.db.models.actions import (
    Action,
    ActionSequence,
    ActionUpdate,
    Constat,
    action_partner,
)
from gusp_desktop.db.models.directory import Contact, Organisation
from gusp_desktop.db.models.meetings import (
    AgendaItem,
    Attendance,
    Decision,
    Instance,
    Membership,
    Seance,
    instance_quartier,
)
from gusp_desktop.db.models.territory import Quartier, Site

__all__ = [
    "Action",
    "ActionSequence",
    "ActionUpdate",
    "AgendaItem",
    "Attendance",
    "AuditEvent",
    "Constat",
    "Contact",
    "Decision",
    "Instance",
    "Membership",
    "MinutesVersion",
    "Organisation",
    "Quartier",
    "Seance",
    "SignedFile",
    "Site",
    "User",
    "action_partner",
    "instance_quartier",
]
