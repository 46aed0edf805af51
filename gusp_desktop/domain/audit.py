"""Plain values of the audit trail, with the French names of what changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ENTITY_LABELS = {
    "action": "Action",
    "agenda_item": "Point de l'ordre du jour",
    "app_user": "Utilisateur",
    "attendance": "Émargement",
    "constat": "Constat",
    "contact": "Contact",
    "decision": "Décision",
    "instance": "Instance",
    "retention_rule": "Durée de conservation",
    "membership": "Membre d'instance",
    "minutes_reviewer": "Relecteur du compte rendu",
    "minutes_version": "Compte rendu",
    "organisation": "Organisation",
    "quartier": "Quartier",
    "seance": "Séance",
    "seance_recipient": "Destinataire du compte rendu",
    "signed_file": "Fichier signé",
    "site": "Site",
}


OPERATION_LABELS = {
    "create": "création",
    "update": "modification",
    "delete": "suppression",
    "status": "changement d'état",
    "grant": "attribution de rôle",
    "revoke": "retrait des droits",
    "access": "accès aux contenus restreints accordé",
    "unaccess": "accès aux contenus restreints retiré",
    "anonymise": "anonymisation",
    "retention": "durée de conservation appliquée",
    # Written by the server's triggers for changes made outside the application (raw SQL).
    "sql_insert": "création directe (SQL)",
    "sql_update": "modification directe (SQL)",
    "sql_delete": "suppression directe (SQL)",
    "move": "déplacement",
    "reorder": "nouvel ordre",
    "validate": "validation",
    "erratum": "erratum",
    "sign": "signature",
    "convene": "convocation",
    "renumber": "nouveau numéro",
    "partner_return": "mise à jour par le tableau de suivi renvoyé",
}


@dataclass(frozen=True)
class AuditQuery:
    """Filters of the audit view; every field is optional."""

    entity: str | None = None
    entity_id: int | None = None
    author: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    limit: int = 500
    offset: int = 0
    newest_first: bool = True


@dataclass(frozen=True)
class FieldChange:
    """One field's value before and after."""

    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditEntry:
    """One audit event, decoded."""

    id: int
    at: dt.datetime
    author: str
    entity: str
    entity_id: int
    operation: str
    before: Mapping[str, Any]
    after: Mapping[str, Any]

    @property
    def entity_label(self) -> str:
        """French name of the kind of row."""
        return ENTITY_LABELS.get(self.entity, self.entity)

    @property
    def operation_label(self) -> str:
        """French name of the operation."""
        return OPERATION_LABELS.get(self.operation, self.operation)

    @property
    def changes(self) -> tuple[FieldChange, ...]:
        """Fields whose value differs, in name order."""
        keys = sorted(set(self.before) | set(self.after))
        return tuple(
            FieldChange(k, self.before.get(k), self.after.get(k))
            for k in keys
            if self.before.get(k) != self.after.get(k)
        )
