"""The plan d'actions: create, edit, follow up (history) and list actions."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    ActionUpdate,
    Constat,
    Quartier,
    Seance,
)
from gusp_desktop.domain.actions import (
    ActionDetail,
    ActionDraft,
    ActionEdit,
    ActionQuery,
    ActionRow,
    BulkChange,
    HistoryEntry,
    ReferenceCodes,
    ResolvedReferences,
    StatusChange,
)
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import ActionStatus, UserRole
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError, listing
from gusp_desktop.domain.text import clean
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.actions import checks, editing, lookup, numbering
from gusp_desktop.services.actions import listing as plan_listing
from gusp_desktop.services.actions.groups import read_groups
from gusp_desktop.services.actions.history import append_entry, record_changes, tracked_values
from gusp_desktop.services.actions.origins import origin_constats
from gusp_desktop.services.actions.query import (
    AnySelect,
    base_select,
)
from gusp_desktop.services.base import (
    ServiceContext,
    UnitOfWork,
    diff,
    ensure_unique,
    get_or_404,
    row_values,
)
from gusp_desktop.services.confidentiality import (
    action_condition,
    output_scope,
    readable,
)

WRITERS = (UserRole.SECRETAIRE,)
ALL_ACTIONS = plan_listing.ALL_ACTIONS


class ActionService:
    """Use cases of the plan d'actions."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    # -- reading ---------------------------------------------------------------------------

    def list_actions(self, spec: ActionQuery = ALL_ACTIONS) -> list[ActionRow]:
        """Actions matching ``spec`` that the user may read, sorted and paged in SQL.

        With ``spec.include_restricted`` False (a document for a wider audience) no
        restricted action is listed, whoever reads.
        """
        return plan_listing.list_actions(self.context, spec)

    def count_actions(self, spec: ActionQuery = ALL_ACTIONS) -> int:
        """How many actions match ``spec`` (ignoring paging)."""
        return plan_listing.count_actions(self.context, spec)

    def count_groups(self, spec: ActionQuery, key: str) -> list[tuple[str, str, int]]:
        """``(code, label, count)`` per pilot, quartier or theme among the matching actions."""
        return read_groups(self.context, spec, key)

    def get(self, action_id: int) -> ActionDetail:
        """One action with partners, origin and history."""
        with self.context.read() as session:
            return self._detail(session, action_id)

    def get_by_number(self, number: str) -> ActionDetail:
        """One action by its stable number (HM-25-014)."""
        with self.context.read() as session:
            action_id = session.scalar(select(Action.id).where(Action.number == number.strip()))
            if action_id is None:
                raise NotFoundError(
                    Message("{what} « {code} » introuvable.", what="Action", code=number)
                )
            return self._detail(session, action_id)

    def get_row(self, action_id: int) -> ActionRow:
        """One action as a list shows it (no history: cheap enough after every save)."""
        today = self.context.today()
        with self.context.read() as session:
            query = base_select().where(Action.id == action_id)
            result = session.execute(self._readable(session, query)).first()
            if result is None:
                raise NotFoundError(
                    Message("{what} n° {id} introuvable.", what="Action", id=action_id)
                )
            partners = plan_listing.partner_codes(session, [action_id]).get(action_id, ())
        return plan_listing.action_row(result, today, partners)

    def history(self, action_id: int) -> list[HistoryEntry]:
        """An action's history, oldest first."""
        return list(self.get(action_id).history)

    def resolve_references(
        self, codes: ReferenceCodes, action_id: int | None = None
    ) -> ResolvedReferences:
        """Ids for quartier/organisation codes and contact/site names, or a French error.

        For an existing action, its quartier and pilot are where a site or contact given
        alone is looked for.
        """
        errors: dict[str, str] = {}
        with self.context.read() as session:
            current = session.get(Action, action_id) if action_id is not None else None
            resolved = lookup.resolve(
                session,
                codes,
                errors,
                current.quartier_id if current else None,
                current.pilot_organisation_id if current else None,
            )
        checks.raise_if(errors)
        return resolved

    # -- writing ---------------------------------------------------------------------------

    def create(
        self,
        draft: ActionDraft,
        *,
        comment: str = "",
        seance_id: int | None = None,
        then: Callable[[UnitOfWork, Action], None] | None = None,
    ) -> Mutation[ActionRow]:
        """Add an action with a new stable number and its first history entry.

        ``then`` runs in the same transaction once the action has its id (a constat turned
        into this action links itself there, so both are written or neither).
        """
        with self.context.write(*WRITERS) as uow:
            draft = self._validated_draft(uow, draft)
            quartier = get_or_404(uow.session, Quartier, draft.quartier_id, "Quartier")
            number = numbering.take_number(uow, quartier, draft.number)
            action = Action(number=number, **_draft_columns(draft))
            action.partners = editing.organisations(uow.session, draft.partner_ids)
            action.search_text = editing.search_text(uow.session, action)
            uow.stamp(action, created=True)
            uow.session.add(action)
            uow.session.flush()
            append_entry(uow, action, comment=comment or "Action créée.", seance_id=seance_id)
            uow.audit("action", action.id, "create", None, _audit_values(action))
            if then is not None:
                then(uow, action)
            action_id = action.id
        return Mutation(self.get_row(action_id), uow.changes())

    def update(
        self,
        action_id: int,
        expected_version: int | None,
        edit: ActionEdit,
        *,
        seance_id: int | None = None,
        comment: str = "",
    ) -> Mutation[ActionRow]:
        """Edit any field of an action; each tracked field changed gets a history entry.

        Refuses with ConflictError if the action changed since ``expected_version`` (None:
        the row read in this transaction is the base, as for the command line).
        """
        with self.context.write(*WRITERS) as uow:
            action = get_or_404(uow.session, Action, action_id, "Action")
            edit = editing.validated_edit(uow, action, edit)
            values = {f.name: getattr(edit, f.name) for f in dataclasses.fields(ActionEdit)}
            uow.expect_version("action", action, expected_version, values)
            _check_seance(uow, seance_id)
            before_audit = _audit_values(action)
            before = tracked_values(action)
            editing.apply_edit(uow, action, edit)
            uow.session.flush()
            record_changes(uow, action, before, comment=comment, seance_id=seance_id)
            uow.audit("action", action.id, "update", *diff(before_audit, _audit_values(action)))
        return Mutation(self.get_row(action_id), uow.changes())

    def follow_up(
        self, action_id: int, expected_version: int | None, change: StatusChange
    ) -> Mutation[ActionRow]:
        """Record a follow-up point: status, comment, revised deadline (« report »), progress.

        Closing (réalisée, abandonnée) needs an outcome (``outcome``, or the comment);
        reopening is allowed and recorded. With ``expected_version`` None the row read
        inside this transaction is the base, and a concurrent commit is still caught by the
        version check of the UPDATE itself.
        """
        with self.context.write(*WRITERS) as uow:
            action = get_or_404(uow.session, Action, action_id, "Action")
            attempted = {k: v for k, v in dataclasses.asdict(change).items() if v not in (None, "")}
            uow.expect_version("action", action, expected_version, attempted)
            editing.check_follow_up(uow, action, change)
            before = _audit_values(action)
            editing.apply_follow_up(uow, action, change)
            uow.audit("action", action.id, "update", *diff(before, _audit_values(action)))
        return Mutation(self.get_row(action_id), uow.changes())

    def bulk_update(
        self,
        action_ids: Sequence[int],
        change: BulkChange,
        expected_versions: Mapping[int, int] | None = None,
    ) -> Mutation[list[ActionRow]]:
        """Apply one change to a selection, recorded on each action, in one transaction.

        If the change cannot apply to one of them (impossible status, no deadline to shift,
        changed meanwhile), nothing is written and the error names every action concerned.
        """
        ids = ensure_unique(action_ids, "Actions")
        if not ids:
            raise ValidationError({"_": "Aucune action sélectionnée."})
        with self.context.write(*WRITERS) as uow:
            editing.check_bulk_change(uow, change)
            actions = [get_or_404(uow.session, Action, i, "Action") for i in ids]
            problems = []
            for action in actions:
                expected = (expected_versions or {}).get(action.id)
                uow.expect_version("action", action, expected, dataclasses.asdict(change))
                problem = editing.bulk_problem(action, change)
                if problem:
                    problems.append(
                        Message("{number} : {problem}", number=action.number, problem=problem)
                    )
            if problems:
                raise ValidationError(
                    {"_": Message("Aucune action modifiée. {problems}", problems=listing(problems))}
                )
            for action in actions:
                before = _audit_values(action)
                editing.apply_bulk(uow, action, change)
                uow.audit("action", action.id, "update", *diff(before, _audit_values(action)))
        rows = [self.get_row(i) for i in ids]
        return Mutation(rows, uow.changes())

    def duplicate(self, action_id: int) -> Mutation[ActionRow]:
        """A new action with the same fields, a new number, « à engager », no history.

        A deadline already past is dropped rather than refused: the copy starts today.
        """
        source = self.get(action_id)
        row = source.row
        deadline = row.deadline if row.deadline and row.deadline >= self.context.today() else None
        draft = ActionDraft(
            title=f"{row.title} (copie)"[: checks.TITLE_MAX],
            quartier_id=row.quartier_id,
            theme=row.theme,
            pilot_organisation_id=row.pilot_organisation_id,
            pilot_contact_id=row.pilot_contact_id,
            site_id=row.site_id,
            description=row.description,
            partner_ids=source.partner_ids,
            initial_deadline=deadline,
            priority=row.priority,
            atfpb_axis=row.atfpb_axis,
            cost=row.cost,
            origin_note=row.origin_note,
            indicator=row.indicator,
            restricted=row.is_restricted,
        )
        return self.create(draft, comment=f"Copie de l'action {row.number}.")

    # -- helpers ---------------------------------------------------------------------------

    def _validated_draft(self, uow: UnitOfWork, draft: ActionDraft) -> ActionDraft:
        draft = dataclasses.replace(
            draft,
            title=clean(draft.title),
            description=draft.description.strip(),
            origin_note=draft.origin_note.strip(),
            indicator=draft.indicator.strip(),
            partner_ids=tuple(dict.fromkeys(draft.partner_ids)),
        )
        errors: dict[str, str] = {}
        checks.check_text_fields(errors, draft.title, draft.description)
        checks.check_notes(errors, draft.origin_note, draft.indicator)
        checks.check_place(uow.session, errors, draft.quartier_id, draft.site_id)
        checks.check_pilot(uow.session, errors, draft.pilot_organisation_id, draft.pilot_contact_id)
        checks.check_partners(uow.session, errors, draft.partner_ids)
        checks.check_deadline(
            errors, "initial_deadline", draft.initial_deadline, self.context.today()
        )
        checks.check_numbers(errors, draft.progress, draft.cost)
        checks.check_origin(uow.session, errors, draft.origin_seance_id, draft.origin_constat_id)
        checks.raise_if(errors)
        return draft

    def check_restricted_reader(self) -> None:
        """Refuse, in French, a request to include restricted actions in an output from
        someone who is a member of no restricted instance (``--include-restricted``)."""
        with self.context.read() as session:
            output_scope(session, self.context.user, include_restricted=True)

    def _readable(self, session: Session, query: AnySelect) -> AnySelect:
        """``query`` limited to the actions the user may read (one action's detail)."""
        scope = readable(session, self.context.user)
        return query if scope.everything else query.where(action_condition(scope))

    def _detail(self, session: Session, action_id: int) -> ActionDetail:
        today = self.context.today()
        query = base_select().where(Action.id == action_id)
        result = session.execute(self._readable(session, query)).first()
        action = session.get(Action, action_id)
        if result is None or action is None:
            raise NotFoundError(Message("{what} n° {id} introuvable.", what="Action", id=action_id))
        partners = sorted(action.partners, key=lambda o: o.code)
        row = dataclasses.replace(
            plan_listing.action_row(result, today), partner_codes=tuple(o.code for o in partners)
        )
        return ActionDetail(
            row=row,
            partner_ids=tuple(o.id for o in partners),
            partner_names=tuple(o.name for o in partners),
            origin_label=_origin_label(session, action),
            history=tuple(_history(session, action_id)),
            origin_constats=tuple(origin_constats(session, action_id)),
        )


def _check_seance(uow: UnitOfWork, seance_id: int | None) -> None:
    if seance_id is not None and uow.session.get(Seance, seance_id) is None:
        raise ValidationError({"seance_id": "Séance inconnue."})


def _draft_columns(draft: ActionDraft) -> dict[str, Any]:
    values = {f.name: getattr(draft, f.name) for f in dataclasses.fields(ActionDraft)}
    values.pop("partner_ids")
    values.pop("number")
    if draft.status == ActionStatus.REALISEE:
        values["progress"] = 100
    return values


def _audit_values(action: Action) -> dict[str, Any]:
    values = row_values(action)
    values["partner_ids"] = sorted(o.id for o in action.partners)
    return values


def _history(session: Session, action_id: int) -> list[HistoryEntry]:
    query = (
        select(ActionUpdate, Seance)
        .outerjoin(Seance, Seance.id == ActionUpdate.seance_id)
        .where(ActionUpdate.action_id == action_id)
        .order_by(ActionUpdate.sequence)
    )
    return [
        HistoryEntry(
            id=u.id,
            sequence=u.sequence,
            at=u.at,
            status=u.status,
            progress=u.progress,
            deadline=u.deadline,
            comment=u.comment,
            author=u.author,
            seance_id=u.seance_id,
            seance_label=_seance_label(s) if s else "",
            field=u.field,
            old_value=u.old_value,
            new_value=u.new_value,
            reason=u.reason,
        )
        for u, s in session.execute(query)
    ]


def _seance_label(seance: Seance) -> str:
    local = seance.starts_at.astimezone(PARIS)
    return f"{seance.instance.code} n° {seance.number} du {local:%d/%m/%Y}"


def _origin_label(session: Session, action: Action) -> str:
    if action.origin_seance_id:
        seance = session.get(Seance, action.origin_seance_id)
        return f"Séance {_seance_label(seance)}" if seance else ""
    if action.origin_constat_id:
        constat = session.get(Constat, action.origin_constat_id)
        if constat:
            return f"Constat ({constat.source.label}) du {constat.observed_on:%d/%m/%Y}"
    return ""
