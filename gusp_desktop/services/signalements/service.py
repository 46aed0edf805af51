"""Signalements: list, read, add, edit, delete, move along, and attach to an action.

A signalement can be attached to an existing action of the plan, or become one: the action is
created pre-filled from it (quartier, site, theme, pilot = the organisation responsible,
deadline = the due date) in the same transaction as the link.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    AuditEvent,
    Contact,
    Signalement,
    SignalementCategory,
)
from gusp_desktop.domain.actions import ActionDraft
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.signalement_rules import DelayStats
from gusp_desktop.domain.signalements import (
    SOURCE_CSV,
    SOURCE_MANUAL,
    SOURCE_OPEN311,
    ReporterData,
    SignalementData,
    SignalementDetail,
    SignalementQuery,
    SignalementRow,
    SignalementStatus,
    StatusEvent,
)
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services import signalement_lists
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext, UnitOfWork, get_or_404, row_values
from gusp_desktop.services.signalements import intake, photos, records

WRITERS = (UserRole.SECRETAIRE,)
ALL = SignalementQuery()


class SignalementService:
    """Use cases on signalements; reporters are shown to those who may write them only."""

    def __init__(self, context: ServiceContext, actions: ActionService) -> None:
        self.context = context
        self.actions = actions

    # -- reading ---------------------------------------------------------------------------

    def list_signalements(self, query: SignalementQuery = ALL) -> list[SignalementRow]:
        """The signalements matching ``query``, most recent first (no personal data)."""
        with self.context.read() as session:
            return records.list_rows(session, query, self.context.today())

    def get_row(self, signalement_id: int) -> SignalementRow:
        """One signalement's list line."""
        with self.context.read() as session:
            return records.one_row(session, signalement_id, self.context.today())

    def get(self, signalement_id: int) -> SignalementDetail:
        """A signalement, its history and, for coordinators and secrétaires, who reported it."""
        with self.context.read() as session:
            row = records.one_row(session, signalement_id, self.context.today())
            reporter, contact_name = None, ""
            if self.context.user.role is not UserRole.LECTEUR:
                stored = records.reporter_of(session, signalement_id)
                reporter = ReporterData()
                if stored is not None:
                    reporter = ReporterData(
                        stored.name, stored.phone, stored.email, stored.contact_id
                    )
                    contact = session.get(Contact, stored.contact_id or 0)
                    contact_name = contact.full_name if contact else ""
            stored_photos = tuple(photos.rows_of(session, [signalement_id]))
            history = self._history(signalement_id)
            return SignalementDetail(row, reporter, contact_name, history, stored_photos)

    def _history(self, signalement_id: int) -> tuple[StatusEvent, ...]:
        """The status moves as the audit trail recorded them; for rows written without a
        trail (the demo), the dates the signalement keeps of each step."""
        with self.context.read() as session:
            events = list(
                session.scalars(
                    select(AuditEvent)
                    .where(
                        AuditEvent.entity == intake.ENTITY,
                        AuditEvent.entity_id == signalement_id,
                        AuditEvent.operation.in_(("create", "status")),
                    )
                    .order_by(AuditEvent.id)
                )
            )
            if any(e.operation == "status" for e in events):
                return tuple(_event(e) for e in events)
            row = get_or_404(session, Signalement, signalement_id, "Signalement")
            return _steps(row, events[0].author if events else row.created_by)

    def summary_by_organisation(self) -> list[tuple[int | None, DelayStats]]:
        """(organisation id, received, open, overdue and délais) per organisation, the
        signalements not yet routed under None (the dashboard reads them with
        ``Lists.signalement_figures``)."""
        return signalement_lists.summary_by_organisation(self.list_signalements())

    def thumbnails(self, photo_ids: Sequence[int]) -> dict[int, bytes]:
        """Thumbnail JPEGs of signalement photos, by photo id."""
        with self.context.read() as session:
            return photos.images(session, photo_ids, thumbnails=True)

    def photo_image(self, photo_id: int) -> bytes:
        """The stored JPEG of a signalement's photo (downscaled, without EXIF)."""
        with self.context.read() as session:
            found = photos.images(session, [photo_id], thumbnails=False)
        if photo_id not in found:
            raise NotFoundError(Message("{what} n° {id} introuvable.", what="Photo", id=photo_id))
        return found[photo_id]

    # -- writing ---------------------------------------------------------------------------

    def add(
        self,
        data: SignalementData,
        photo_files: Sequence[Path] = (),
        *,
        source: str = SOURCE_MANUAL,
        external_id: str = "",
    ) -> Mutation[SignalementRow]:
        """Record a signalement « reçu », routed to its organisation, with its due date and
        its photos (all read before anything is written).

        One received from another system (the city's Open311 application) keeps that
        system's ``source`` and reference, so importing its file later adds it only once.
        """
        known = source in (SOURCE_MANUAL, SOURCE_CSV, SOURCE_OPEN311)
        if not known or (source != SOURCE_MANUAL) != bool(external_id.strip()):
            raise ValidationError(
                {"external_id": "Référence externe : une par signalement reçu d'un autre outil."}
            )
        processed = photos.process(photo_files)
        with self.context.write(*WRITERS) as uow:
            row_id = intake.add_in(
                uow, data, source=source, external_id=external_id.strip() or None
            ).id
            photos.store_in(uow, row_id, processed)
        return Mutation(self.get_row(row_id), uow.changes())

    def update(
        self,
        signalement_id: int,
        expected_version: int | None,
        data: SignalementData,
        photo_files: Sequence[Path] = (),
    ) -> Mutation[SignalementRow]:
        """Edit what was recorded at intake and add photos (the status moves through
        :meth:`change_status`)."""
        processed = photos.process(photo_files)
        with self.context.write(*WRITERS) as uow:
            row = get_or_404(uow.session, Signalement, signalement_id, "Signalement")
            intake.update_in(uow, row, data, expected_version)
            photos.store_in(uow, signalement_id, processed)
        return Mutation(self.get_row(signalement_id), uow.changes())

    def delete_photo(self, photo_id: int) -> Mutation[int]:
        """Remove a photo sent by mistake (a resident's face, a neighbour's door)."""
        with self.context.write(*WRITERS) as uow:
            signalement_id = photos.delete_in(uow, photo_id)
        return Mutation(signalement_id, uow.changes())

    def delete(self, signalement_id: int) -> Mutation[int]:
        """Remove a signalement typed by mistake, with who reported it; audited."""
        with self.context.write(*WRITERS) as uow:
            row = get_or_404(uow.session, Signalement, signalement_id, "Signalement")
            before = row_values(row)
            reporter = records.reporter_of(uow.session, signalement_id)
            if reporter is not None:
                uow.session.delete(reporter)
                uow.session.flush()
            uow.session.delete(row)
            uow.session.flush()
            uow.audit(intake.ENTITY, signalement_id, "delete", before, None)
        return Mutation(signalement_id, uow.changes())

    def erase_reporter(self, signalement_id: int) -> Mutation[SignalementRow]:
        """Forget who reported (a resident's right to erasure); the signalement stays."""
        with self.context.write(*WRITERS) as uow:
            get_or_404(uow.session, Signalement, signalement_id, "Signalement")
            reporter = records.reporter_of(uow.session, signalement_id)
            if reporter is not None:
                uow.session.delete(reporter)
                uow.session.flush()
                uow.audit(intake.ENTITY, signalement_id, "anonymise", None, {"auteur": "effacé"})
        return Mutation(self.get_row(signalement_id), uow.changes())

    def change_status(
        self,
        signalement_id: int,
        status: SignalementStatus,
        reason: str = "",
        *,
        organisation_id: int | None = None,
        at: dt.datetime | None = None,
    ) -> Mutation[SignalementRow]:
        """Transmit, take in charge, treat or reject (a reason is required to reject)."""
        with self.context.write(*WRITERS) as uow:
            row = get_or_404(uow.session, Signalement, signalement_id, "Signalement")
            intake.change_status_in(uow, row, status, reason, at, organisation_id)
        return Mutation(self.get_row(signalement_id), uow.changes())

    def attach_action(self, signalement_id: int, action_ref: str | int) -> Mutation[SignalementRow]:
        """Attach to an existing action, given by number (« HM-25-014 ») or id."""
        with self.context.write(*WRITERS) as uow:
            row = get_or_404(uow.session, Signalement, signalement_id, "Signalement")
            action = _find_action(uow.session, action_ref)
            _link(uow, row, action)
        return Mutation(self.get_row(signalement_id), uow.changes())

    def detach_action(self, signalement_id: int) -> Mutation[SignalementRow]:
        """Undo the link to an action (the action itself stays)."""
        with self.context.write(*WRITERS) as uow:
            row = get_or_404(uow.session, Signalement, signalement_id, "Signalement")
            if row.action_id is not None:
                before = {"action_id": row.action_id}
                row.action_id = None
                uow.stamp(row)
                uow.session.flush()
                uow.audit(intake.ENTITY, row.id, "update", before, {"action_id": None})
        return Mutation(self.get_row(signalement_id), uow.changes())

    def create_action(
        self,
        signalement_id: int,
        *,
        title: str = "",
        pilot_organisation_id: int | None = None,
        deadline: dt.date | None = None,
    ) -> Mutation[SignalementRow]:
        """Turn the signalement into a new action of the plan, linked to it, in one go."""
        with self.context.read() as session:
            row = get_or_404(session, Signalement, signalement_id, "Signalement")
            _refuse_if_linked(row)
            pilot = pilot_organisation_id or row.organisation_id
            if pilot is None:
                raise ValidationError(
                    {"pilot": "Choisissez le pilote : aucune organisation n'est responsable."}
                )
            category = session.get(SignalementCategory, row.category_id)
            assert category is not None
            received = row.received_at.astimezone(PARIS)
            draft = ActionDraft(
                title=title.strip() or _title(category.label, row),
                quartier_id=row.quartier_id,
                site_id=row.site_id,
                theme=category.theme,
                pilot_organisation_id=pilot,
                description=row.description,
                initial_deadline=deadline or max(row.due_date, self.context.today()),
                origin_note=(
                    f"Signalement n° {row.id} du {received:%d/%m/%Y} ({row.channel.label})"
                ),
            )

        def link(uow: UnitOfWork, action: Action) -> None:
            current = get_or_404(uow.session, Signalement, signalement_id, "Signalement")
            _refuse_if_linked(current)
            _link(uow, current, action)

        created = self.actions.create(
            draft, comment=f"Action créée depuis le signalement n° {signalement_id}.", then=link
        )
        return Mutation(self.get_row(signalement_id), created.changes)


def _refuse_if_linked(row: Signalement) -> None:
    if row.action_id is not None:
        raise ValidationError(
            {"action": "Ce signalement est déjà rattaché à une action : détachez-le d'abord."}
        )


def _title(label: str, row: Signalement) -> str:
    where = row.address or ""
    return f"{label} – {where}"[:300] if where else label[:300]


def _find_action(session: Session, ref: str | int) -> Action:
    if isinstance(ref, int) or str(ref).strip().isdigit():
        found = session.get(Action, int(ref))
    else:
        found = session.scalar(select(Action).where(Action.number == str(ref).strip().upper()))
    if found is None:
        raise NotFoundError(Message("{what} « {code} » introuvable.", what="Action", code=ref))
    return found


def _link(uow: UnitOfWork, row: Signalement, action: Action) -> None:
    before = {"action_id": row.action_id}
    row.action_id = action.id
    uow.stamp(row)
    uow.session.flush()
    uow.audit(intake.ENTITY, row.id, "update", before, {"action_id": action.id})
    uow.touch("action", action.id)


def _event(event: AuditEvent) -> StatusEvent:
    after = json.loads(event.after or "{}")
    when = after.get("step_at") or after.get("received_at")
    at = dt.datetime.fromisoformat(when) if when else event.at
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    status = SignalementStatus(after.get("status", SignalementStatus.RECU.value))
    return StatusEvent(at, event.author, status, after.get("status_reason", ""))


def _steps(row: Signalement, author: str) -> tuple[StatusEvent, ...]:
    steps = [StatusEvent(row.received_at, author, SignalementStatus.RECU)]
    for status, at in (
        (SignalementStatus.TRANSMIS, row.transmitted_at),
        (SignalementStatus.PRIS_EN_CHARGE, row.taken_at),
    ):
        if at is not None:
            steps.append(StatusEvent(at, row.updated_by, status))
    if row.closed_at is not None:
        steps.append(StatusEvent(row.closed_at, row.updated_by, row.status, row.status_reason))
    return tuple(steps)
