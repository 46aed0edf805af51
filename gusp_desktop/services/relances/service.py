"""Relances before a séance: who gets which message, the message itself, and its log.

The batch is read in one transaction (recipients, their open actions, last points); each
message is then built from the editable templates with the pilot's plan joined in PDF and
XLSX, the partner export with restricted actions left out. Delivery (drafts or SMTP) is in
``delivery``; every message that leaves is logged here, with one history line per action.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    Contact,
    Instance,
    Organisation,
    Relance,
    Seance,
    User,
    relance_action,
)
from gusp_desktop.documents.builders.action_plan import ActionPlan, LastPoint
from gusp_desktop.documents.french import long_date
from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import ActionStatus, SeanceStatus, UserRole
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.relances import (
    RelanceBatch,
    RelanceMode,
    RelanceRecipient,
    RelanceRecord,
    RelanceTemplates,
    fill,
)
from gusp_desktop.domain.rules import CLOSED_ACTION_STATUSES
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.actions.history import append_entry
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.exports import ExportService
from gusp_desktop.services.relances import selection
from gusp_desktop.services.relances.settings import RelanceSettings

if TYPE_CHECKING:  # the email package is loaded with the first message, not at start-up
    from email.message import EmailMessage

    from gusp_desktop.documents.relance_mail import Attachment

OPEN_STATUSES = tuple(s for s in ActionStatus if s not in CLOSED_ACTION_STATUSES)
DATE_OCCASION = "point d'avancement du plan d'actions GUSP"
HISTORY_FIELD = "relance"
WRITERS = (UserRole.COORDINATEUR, UserRole.SECRETAIRE)
PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclasses.dataclass(frozen=True)
class ComingSeance:
    """A séance a relance can prepare (for the choice list)."""

    id: int
    label: str
    day: dt.date


class RelanceService:
    """Prepares relances and keeps their log; the templates live in ``settings``."""

    def __init__(
        self,
        context: ServiceContext,
        *,
        actions: ActionService,
        exports: ExportService,
        settings: RelanceSettings,
    ) -> None:
        self.context = context
        self._actions = actions
        self._exports = exports
        self.settings = settings

    # -- templates -------------------------------------------------------------------------

    def templates(self) -> RelanceTemplates:
        return self.settings.templates()

    def save_templates(self, templates: RelanceTemplates) -> RelanceTemplates:
        """Validate and keep the coordinator's wording (a French error names the problem)."""
        self.context.require(*WRITERS)
        return self.settings.save_templates(templates)

    # -- choosing --------------------------------------------------------------------------

    def coming_seances(self) -> list[ComingSeance]:
        """Séances from today on, not cancelled, of instances whose content is not restricted."""
        today = self.context.today()
        start = dt.datetime.combine(today, dt.time(), PARIS)
        with self.context.read() as session:
            rows = session.execute(
                select(Seance.id, Seance.number, Seance.starts_at, Instance.name)
                .join(Instance, Instance.id == Seance.instance_id)
                .where(
                    Seance.starts_at >= start,
                    Seance.status != SeanceStatus.ANNULEE,
                    Instance.restricted.is_(False),
                )
                .order_by(Seance.starts_at)
            )
            return [
                ComingSeance(id, _occasion(name, number), at.astimezone(PARIS).date())
                for id, number, at, name in rows
            ]

    def batch(
        self,
        seance_id: int | None = None,
        *,
        on: dt.date | None = None,
        organisations: Sequence[str] = (),
        answer_by: dt.date | None = None,
    ) -> RelanceBatch:
        """Every message to prepare for a séance (its instance's quartiers) or for a date
        (every quartier): one per pilot contact, only their open actions partners may see."""
        if (seance_id is None) == (on is None):
            raise ValidationError({"seance": "Choisissez une séance ou une date."})
        codes = tuple(dict.fromkeys(c.strip().upper() for c in organisations if c.strip()))
        with self.context.read() as session:
            self._check_organisations(session, codes)
            occasion, day, instance_id = self._occasion(session, seance_id, on)
        rows = self._actions.list_actions(
            ActionQuery(instance_id=instance_id, pilot_codes=codes, statuses=OPEN_STATUSES)
        )
        with self.context.read() as session:
            closed = selection.restricted_action_ids(session, [r.id for r in rows])
            visible = [r for r in rows if r.id not in closed]
            points = selection.last_points(session, [r.id for r in visible])
            recipients = selection.group_by_contact(session, visible, points)
        if day < self.context.today():
            raise ValidationError(
                {
                    "seance": Message(
                        "Le {day} est passé : une relance prépare une séance à venir.",
                        day=f"{day:%d/%m/%Y}",
                    )
                }
            )
        templates = self.templates()
        due = answer_by or max(day - dt.timedelta(days=templates.answer_days), self.context.today())
        return RelanceBatch(
            seance_id=seance_id,
            occasion=occasion,
            meeting_date=day,
            answer_by=due,
            sender_name=self.context.user.display_name,
            recipients=recipients,
            skipped_restricted=len(closed),
        )

    def _check_organisations(self, session: Session, codes: Sequence[str]) -> None:
        if not codes:
            return
        known = set(session.scalars(select(Organisation.code).where(Organisation.code.in_(codes))))
        unknown = [c for c in codes if c not in known]
        if unknown:
            raise NotFoundError(Message("Organisation inconnue : « {value} ».", value=unknown[0]))

    def _occasion(
        self, session: Session, seance_id: int | None, on: dt.date | None
    ) -> tuple[str, dt.date, int | None]:
        if seance_id is None:
            assert on is not None
            return DATE_OCCASION, on, None
        seance = session.get(Seance, seance_id)
        if seance is None:
            raise NotFoundError(Message("{what} n° {id} introuvable.", what="Séance", id=seance_id))
        instance = session.get(Instance, seance.instance_id)
        assert instance is not None
        if instance.restricted:
            raise ValidationError(
                {"seance": "Cette séance est à diffusion restreinte : pas de relance aux pilotes."}
            )
        if seance.status is SeanceStatus.ANNULEE:
            raise ValidationError({"seance": "Cette séance est annulée."})
        day = seance.starts_at.astimezone(PARIS).date()
        return _occasion(instance.name, seance.number), day, instance.id

    # -- messages --------------------------------------------------------------------------

    def user_address(self) -> str:
        """The e-mail address of the user's own contact card ("" when unknown)."""
        with self.context.read() as session:
            found = session.scalar(
                select(Contact.email)
                .join(User, User.contact_id == Contact.id)
                .where(User.username == self.context.user.username)
            )
        return (found or "").strip()

    def wording(self, batch: RelanceBatch, recipient: RelanceRecipient) -> tuple[str, str]:
        """Subject and text of one message, from the templates."""
        templates = self.templates()
        values = {
            "contact": recipient.contact_name or recipient.organisation_name,
            "organisation": recipient.organisation_name,
            "seance": batch.occasion,
            "date_seance": long_date(batch.meeting_date),
            "date_reponse": long_date(batch.answer_by),
            "nombre_actions": str(len(recipient.actions)),
            "nombre_retards": str(recipient.overdue_count),
            "expediteur": batch.sender_name,
        }
        subject = " ".join(fill(templates.subject, values).split())
        return subject, fill(templates.body, values)

    def message(
        self,
        batch: RelanceBatch,
        recipient: RelanceRecipient,
        *,
        sender: str,
        sender_name: str = "",
        draft: bool,
        files: tuple[Attachment, ...] | None = None,
    ) -> EmailMessage:
        """The complete message for one recipient; ``files`` are the pilot's plan when
        already rendered for another contact of the same organisation."""
        from gusp_desktop.documents.relance_mail import MailContent, build_message

        subject, body = self.wording(batch, recipient)
        files = self.attachments(recipient) if files is None else files
        content = MailContent(
            sender_name=sender_name or batch.sender_name,
            sender=sender,
            recipient_name=recipient.contact_name,
            recipient=recipient.email,
            subject=subject,
            body=body,
            actions=recipient.actions,
            attachments=files,
        )
        return build_message(content, when=self.context.now(), draft=draft)

    def attachments(self, recipient: RelanceRecipient) -> tuple[Attachment, ...]:
        """The organisation's plan (actions it pilots or takes part in), PDF and XLSX."""
        from gusp_desktop.documents.relance_mail import Attachment

        plan = self.partner_plan(recipient.organisation_code)
        stem = f"plan-actions-{recipient.organisation_code}-{plan.as_of:%Y-%m-%d}"
        return (
            Attachment(f"{stem}.pdf", PDF, self._exports.plan_bytes(plan, "pdf")),
            Attachment(
                f"{stem}.xlsx",
                XLSX,
                self._exports.plan_bytes(plan, "xlsx", organisation=recipient.organisation_code),
            ),
        )

    def partner_plan(self, organisation_code: str) -> ActionPlan:
        """The partner export of an organisation, without restricted actions or points."""
        plan = self._exports.action_plan(ActionQuery(involving_code=organisation_code))
        with self.context.read() as session:
            closed = selection.restricted_action_ids(session, [r.id for r in plan.rows])
            rows = tuple(r for r in plan.rows if r.id not in closed)
            points = selection.last_points(session, [r.id for r in rows])
        return dataclasses.replace(
            plan,
            rows=rows,
            last_points={k: LastPoint(on, text) for k, (on, text) in points.items()},
        )

    # -- log -------------------------------------------------------------------------------

    def check_may_log(self) -> None:
        """Refuse, before anything leaves, a user whose relances could not be logged."""
        self.context.require(*WRITERS)

    def record(
        self,
        batch: RelanceBatch,
        recipient: RelanceRecipient,
        *,
        mode: RelanceMode,
        subject: str,
        message_id: str,
    ) -> int:
        """Log one relance that left, and add a line to each of its actions' history."""
        with self.context.write(*WRITERS) as uow:
            row = Relance(
                at=uow.now,
                author=uow.author,
                mode=mode,
                seance_id=batch.seance_id,
                meeting_date=batch.meeting_date,
                organisation_id=recipient.organisation_id,
                contact_id=recipient.contact_id,
                contact_name=recipient.contact_name,
                email=recipient.email,
                subject=subject[:400],
                message_id=message_id[:200],
            )
            uow.session.add(row)
            uow.session.flush()
            ids = [a.id for a in recipient.actions]
            if ids:
                uow.session.execute(
                    relance_action.insert(), [{"relance_id": row.id, "action_id": i} for i in ids]
                )
            line = _history_line(mode, recipient, batch)
            for action in uow.session.scalars(select(Action).where(Action.id.in_(ids))):
                append_entry(uow, action, field=HISTORY_FIELD, new_value=line)
                uow.audit("action", action.id, HISTORY_FIELD, None, {"relance_id": row.id})
                uow.touch("action", action.id)
            uow.audit("relance", row.id, "create", None, _audit_values(row, recipient))
            return row.id

    def sent_keys(self, batch: RelanceBatch) -> set[str]:
        """Recipients of this batch whose message the mail server already accepted."""
        query = (
            select(Organisation.code, Relance.email)
            .join(Organisation, Organisation.id == Relance.organisation_id)
            .where(Relance.mode == RelanceMode.ENVOI)
        )
        if batch.seance_id is not None:
            query = query.where(Relance.seance_id == batch.seance_id)
        else:
            query = query.where(
                Relance.seance_id.is_(None), Relance.meeting_date == batch.meeting_date
            )
        with self.context.read() as session:
            return {f"{code}:{email.lower()}" for code, email in session.execute(query)}

    def records(
        self, *, action_id: int | None = None, seance_id: int | None = None
    ) -> list[RelanceRecord]:
        """The relances logged, newest first (for an action, a séance, or all)."""
        query = (
            select(Relance, Organisation.code)
            .join(Organisation, Organisation.id == Relance.organisation_id)
            .order_by(Relance.at.desc(), Relance.id.desc())
        )
        if action_id is not None:
            linked = select(relance_action.c.relance_id).where(
                relance_action.c.action_id == action_id
            )
            query = query.where(Relance.id.in_(linked))
        if seance_id is not None:
            query = query.where(Relance.seance_id == seance_id)
        with self.context.read() as session:
            found = list(session.execute(query))
            numbers = _action_numbers(session, [row.id for row, _code in found])
            return [_record(row, code, numbers.get(row.id, ())) for row, code in found]


def _occasion(instance_name: str, number: int) -> str:
    return f"{instance_name} n° {number}"


def _history_line(mode: RelanceMode, recipient: RelanceRecipient, batch: RelanceBatch) -> str:
    who = f"{recipient.contact_name} ({recipient.organisation_code}) <{recipient.email}>"
    what = "Relance envoyée à" if mode is RelanceMode.ENVOI else "Brouillon de relance pour"
    return f"{what} {who}, pour le {batch.meeting_date:%d/%m/%Y}"


def _audit_values(row: Relance, recipient: RelanceRecipient) -> dict[str, object]:
    return {
        "mode": row.mode.value,
        "seance_id": row.seance_id,
        "organisation": recipient.organisation_code,
        "contact": row.contact_name,
        "email": row.email,
        "actions": [a.number for a in recipient.actions],
    }


def _action_numbers(session: Session, relance_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not relance_ids:
        return {}
    rows = session.execute(
        select(relance_action.c.relance_id, Action.number)
        .join(Action, Action.id == relance_action.c.action_id)
        .where(relance_action.c.relance_id.in_(relance_ids[:900]))
        .order_by(Action.number)
    )
    found: dict[int, list[str]] = {}
    for relance_id, number in rows:
        found.setdefault(relance_id, []).append(number)
    return {k: tuple(v) for k, v in found.items()}


def _record(row: Relance, code: str, numbers: tuple[str, ...]) -> RelanceRecord:
    return RelanceRecord(
        id=row.id,
        at=row.at,
        author=row.author,
        mode=row.mode,
        seance_id=row.seance_id,
        organisation_code=code,
        contact_name=row.contact_name,
        email=row.email,
        subject=row.subject,
        message_id=row.message_id,
        action_numbers=numbers,
    )
