"""All tables; importing this package registers them on ``Base.metadata``.

The tables the read-only lists query are declared in Core in ``db.tables`` and mapped here
(``__table__``); the others are declared by their classes.

The model modules (and ``db.base``) do without ``from __future__ import annotations``: with
it, SQLAlchemy evaluates each of the ~490 ``Mapped[…]`` annotations from its text when the
classes are mapped, a tenth of the mapping time every command pays. Forward references to a
class defined further down are written as strings (``Mapped[list["Contact"]]``).
"""

from gusp_desktop.db.models.accounts import AuditEvent, MinutesVersion, SignedFile, User
from gusp_desktop.db.models.actions import (
    Action,
    ActionSequence,
    ActionUpdate,
    Constat,
)
from gusp_desktop.db.models.atfpb import (
    AtfpbConvention,
    AtfpbLine,
    AtfpbSignatory,
    AtfpbYear,
    atfpb_line_action,
)
from gusp_desktop.db.models.directory import Contact, Organisation
from gusp_desktop.db.models.field_work import ConstatPhoto, ConstatPhotoData, Halte, Parcours
from gusp_desktop.db.models.meetings import (
    AgendaItem,
    Attendance,
    Decision,
    Instance,
    Membership,
    MinutesReviewer,
    Seance,
    SeanceRecipient,
)
from gusp_desktop.db.models.relances import Relance, relance_action
from gusp_desktop.db.models.search import SearchDocument
from gusp_desktop.db.models.security import AppSetting, InstanceLogin, RetentionRule
from gusp_desktop.db.models.signalements import (
    Signalement,
    SignalementCategory,
    SignalementPhoto,
    SignalementPhotoData,
    SignalementReporter,
    SignalementRoute,
    SignalementServiceCode,
)
from gusp_desktop.db.models.territory import Quartier, QuartierPlan, QuartierPlanImage, Site
from gusp_desktop.db.tables import action_partner, constat_action, instance_quartier

__all__ = [
    "Action",
    "ActionSequence",
    "ActionUpdate",
    "AgendaItem",
    "AppSetting",
    "AtfpbConvention",
    "AtfpbLine",
    "AtfpbSignatory",
    "AtfpbYear",
    "Attendance",
    "AuditEvent",
    "Constat",
    "ConstatPhoto",
    "ConstatPhotoData",
    "Contact",
    "Decision",
    "Halte",
    "Instance",
    "InstanceLogin",
    "Membership",
    "MinutesReviewer",
    "MinutesVersion",
    "Organisation",
    "Parcours",
    "Quartier",
    "QuartierPlan",
    "QuartierPlanImage",
    "Relance",
    "RetentionRule",
    "SearchDocument",
    "Seance",
    "SeanceRecipient",
    "SignedFile",
    "Signalement",
    "SignalementCategory",
    "SignalementPhoto",
    "SignalementPhotoData",
    "SignalementReporter",
    "SignalementRoute",
    "SignalementServiceCode",
    "Site",
    "User",
    "action_partner",
    "atfpb_line_action",
    "constat_action",
    "instance_quartier",
    "relance_action",
]

# Every ORM write keeps the search index in step (imported last: it needs the models above).
from gusp_desktop.db.search import sync as _search_sync  # noqa: E402

_search_sync.install()
