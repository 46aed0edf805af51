"""A séance's history in words, read from the audit trail written with each change."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import AuditEvent, MinutesVersion, SignedFile
from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.domain.meetings import SeanceEvent
from gusp_desktop.domain.signed_minutes import SignerRole
from gusp_desktop.domain.timezone import PARIS

FIELD_LABELS = {
    "starts_at": "date et heure",
    "duration_minutes": "durée",
    "place": "lieu",
    "president_id": "président(e) de séance",
    "secretary_id": "secrétaire de séance",
    "summary": "faits marquants",
    "next_meeting_note": "prochaine réunion",
    "distribution_note": "note de diffusion",
}


def _decode(text: str) -> dict[str, Any]:
    if not text:
        return {}
    value = json.loads(text)
    return value if isinstance(value, dict) else {}


def _status(value: Any) -> SeanceStatus | None:
    try:
        return SeanceStatus(value) if value else None
    except ValueError:
        return None


def _when(value: Any) -> str:
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return f"{moment.astimezone(PARIS):%d/%m/%Y %H:%M}"


def _status_event(event: AuditEvent, before: dict[str, Any], after: dict[str, Any]) -> SeanceEvent:
    old, new = _status(before.get("status")), _status(after.get("status"))
    label = f"{old.label if old else '?'} → {new.label if new else '?'}"
    details = []
    if after.get("reason"):
        details.append(f"Motif : {after['reason']}")
    if after.get("convened_at"):
        details.append(f"Convocation du {_when(after['convened_at'])}")
    if after.get("reviewers"):
        details.append("Relecteurs : " + ", ".join(after["reviewers"]))
    return SeanceEvent(
        event.at, event.author, "status", label, " ; ".join(details), old, new
    )  # fmt: skip


def _seance_event(event: AuditEvent) -> SeanceEvent | None:
    before, after = _decode(event.before), _decode(event.after)
    operation = event.operation
    if operation == "status":
        return _status_event(event, before, after)
    if operation == "create":
        detail = f"Prévue le {_when(after['starts_at'])}" if after.get("starts_at") else ""
        return SeanceEvent(event.at, event.author, operation, "Séance planifiée", detail)
    if operation == "convene":
        detail = f"Convocation du {_when(after.get('convened_at'))}"
        return SeanceEvent(event.at, event.author, operation, "Convocation renvoyée", detail)
    if operation == "renumber":
        label = f"Numéro {before.get('number')} → {after.get('number')}"
        return SeanceEvent(event.at, event.author, operation, label)
    if operation == "update":
        changed = [FIELD_LABELS[k] for k in after if k in FIELD_LABELS]
        if not changed:
            return None
        detail = f"Nouvelle date : {_when(after['starts_at'])}" if "starts_at" in after else ""
        label = "Modification : " + ", ".join(changed)
        return SeanceEvent(event.at, event.author, operation, label, detail)
    return None


def _minutes_event(event: AuditEvent) -> SeanceEvent | None:
    after = _decode(event.after)
    if event.operation == "validate":
        label = f"Compte rendu validé (version {after.get('number')})"
        return SeanceEvent(event.at, event.author, "validate", label)
    if event.operation == "erratum":
        label = f"Erratum ouvert (version {after.get('number')})"
        detail = f"Motif : {after.get('erratum_reason', '')}"
        return SeanceEvent(event.at, event.author, "erratum", label, detail)
    return None


def _signature_event(event: AuditEvent) -> SeanceEvent | None:
    if event.operation != "create":
        return None
    after = _decode(event.after)
    try:
        role = SignerRole(after.get("signer_role", "")).label
    except ValueError:
        role = str(after.get("signer_role", ""))
    label = f"Signature du {role}"
    return SeanceEvent(event.at, event.author, "sign", label, str(after.get("signer_name", "")))


def seance_history(session: Session, seance_id: int) -> tuple[SeanceEvent, ...]:
    """The séance's events, oldest first."""
    version_ids = list(
        session.scalars(select(MinutesVersion.id).where(MinutesVersion.seance_id == seance_id))
    )
    signed_ids = (
        list(
            session.scalars(
                select(SignedFile.id).where(SignedFile.minutes_version_id.in_(version_ids))
            )
        )
        if version_ids
        else []
    )
    conditions = [and_(AuditEvent.entity == "seance", AuditEvent.entity_id == seance_id)]
    if version_ids:
        conditions.append(
            and_(AuditEvent.entity == "minutes_version", AuditEvent.entity_id.in_(version_ids))
        )
    if signed_ids:
        conditions.append(
            and_(AuditEvent.entity == "signed_file", AuditEvent.entity_id.in_(signed_ids))
        )
    query = select(AuditEvent).where(or_(*conditions)).order_by(AuditEvent.at, AuditEvent.id)
    readers = {
        "seance": _seance_event,
        "minutes_version": _minutes_event,
        "signed_file": _signature_event,
    }
    events = (readers[e.entity](e) for e in session.scalars(query))
    return tuple(e for e in events if e is not None)
