"""Importing a partner's returned tableau de suivi: review first, then apply what was accepted.

``review`` reads the file and compares it with the database without writing anything (the key
aside, created on first use). ``apply`` writes the accepted fields as follow-up points of the
actions, authored by the partner organisation (and the person who sent the file, when given)
and tied to the coming séance, all in one transaction with the usual audit events: if any
action changed since the review, or a change cannot apply, nothing is written.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Action, Instance, Organisation, Seance
from gusp_desktop.documents.returns_reader import ReturnedFile, read_returned_file
from gusp_desktop.documents.returns_workbook import return_columns
from gusp_desktop.domain.actions import StatusChange
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import ActionStatus, InstanceType, SeanceStatus, UserRole
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.returns import (
    AppliedReturn,
    ReturnDecision,
    ReturnReview,
    ReturnRow,
)
from gusp_desktop.domain.text import clean
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.actions import editing
from gusp_desktop.services.base import ServiceContext, UnitOfWork, diff, get_or_404, row_values
from gusp_desktop.services.returns.key import returns_key
from gusp_desktop.services.returns.review import (
    Baseline,
    file_stamps,
    listed_ids,
    load_actions,
    review_rows,
)

WRITERS = (UserRole.SECRETAIRE,)
AUTHOR_MAX = 80


class ReturnsService:
    """Review and apply partners' returned tableaux de suivi."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def review(self, path: str | Path, *, seance_id: int | None = None) -> ReturnReview:
        """What the file would change, row by row and field by field; nothing is written."""
        target = Path(path)
        returned = read_returned_file(target)
        key = returns_key(self.context)
        with self.context.read() as session:
            ids = [s.action_id for s in file_stamps(returned)]
            ids += listed_ids(returned, key) or ()
            actions = load_actions(session, ids)
            rows = review_rows(returned, Baseline(key, return_columns(), actions))
            code = _organisation_code(rows)
            name = _organisation_name(session, code)
            seance = _seance(session, seance_id, self.context)
            return ReturnReview(
                source=target.name,
                file_format=returned.file_format,
                rows=tuple(rows),
                organisation_code=code,
                organisation_name=name,
                seance_id=seance.id if seance is not None else None,
                seance_label=_seance_label(session, seance),
                problems=_problems(returned),
            )

    def coming_seances(self, limit: int = 20) -> list[tuple[int, str]]:
        """(id, label) of the séances an import may be tied to: to come, not cancelled, not of a
        restricted instance, soonest first."""
        with self.context.read() as session:
            seances = session.scalars(
                _coming(self.context).order_by(Seance.starts_at, Seance.id).limit(limit)
            ).all()
            return [(seance.id, _seance_label(session, seance)) for seance in seances]

    def apply(
        self, review: ReturnReview, decision: ReturnDecision, *, sender: str = ""
    ) -> Mutation[AppliedReturn]:
        """Write the accepted fields as follow-up points, in one transaction.

        Only fields the review allows are taken (never an invalid value, an unknown row or a
        locked cell). An action changed since the review refuses the whole import
        (ConflictError): review the file again.
        """
        chosen = [(row, decision.fields(row.line) & row.acceptable_fields()) for row in review.rows]
        chosen = [(row, fields) for row, fields in chosen if fields and row.action_id is not None]
        sender = clean(sender)[:AUTHOR_MAX]
        numbers: list[str] = []
        points = 0
        with self.context.write(*WRITERS) as uow:
            if review.seance_id is not None:
                get_or_404(uow.session, Seance, review.seance_id, "Séance")
            author = ""
            for row, fields in chosen:
                assert row.action_id is not None
                action = get_or_404(uow.session, Action, row.action_id, "Action")
                author = _author(
                    uow.session, row.organisation or review.organisation_code, action, sender
                )
                points += self._apply_row(uow, review, row, fields, action, author)
                numbers.append(row.action_number)
        applied = AppliedReturn(tuple(numbers), points, author, review.seance_id)
        return Mutation(applied, uow.changes())

    def _apply_row(
        self,
        uow: UnitOfWork,
        review: ReturnReview,
        row: ReturnRow,
        fields: frozenset[str],
        action: Action,
        author: str,
    ) -> int:
        change = _status_change(review, row, fields, action, author)
        attempted = {k: v for k, v in dataclasses.asdict(change).items() if v not in (None, "")}
        uow.expect_version("action", action, row.current_version, attempted)
        try:
            editing.check_follow_up(uow, action, change)
        except ValidationError as exc:
            raise ValidationError(
                {
                    "_": Message(
                        "{action_number} : {message} Rien n'a été enregistré.",
                        action_number=row.action_number,
                        message=exc.message,
                    )
                }
            ) from exc
        before = row_values(action)
        with _authored_by(uow, author):
            editing.apply_follow_up(uow, action, change)
        uow.stamp(action)
        changed_before, changed_after = diff(before, row_values(action))
        changed_after["source"] = f"tableau retourné « {review.source} » ({author})"
        uow.audit("action", action.id, "partner_return", changed_before, changed_after)
        return 1


def _status_change(
    review: ReturnReview, row: ReturnRow, fields: frozenset[str], action: Action, author: str
) -> StatusChange:
    values = {c.field: c.value for c in row.changes if c.field in fields}
    status = values.get("status")
    progress = values.get("progress")
    deadline = values.get("proposed_deadline")
    comment = str(values.get("comment") or "")
    closing = isinstance(status, ActionStatus) and status in (
        ActionStatus.REALISEE,
        ActionStatus.ABANDONNEE,
    )
    return StatusChange(
        status=status if isinstance(status, ActionStatus) else None,
        comment=comment or f"Point transmis par {author} (tableau de suivi retourné).",
        revised_deadline=deadline if deadline is not None else None,  # type: ignore[arg-type]
        progress=progress if isinstance(progress, int) else None,
        seance_id=review.seance_id,
        deadline_reason=f"Nouvelle échéance proposée par {author}." if deadline else "",
        outcome=(comment or f"Déclarée {status.label.lower()} par {author}.")
        if closing and isinstance(status, ActionStatus)
        else "",
    )


@contextlib.contextmanager
def _authored_by(uow: UnitOfWork, author: str) -> Iterator[None]:
    """History entries written inside are the partner's; the audit stays the user's."""
    user = uow.author
    uow.author = author
    try:
        yield
    finally:
        uow.author = user


def _author(session: Session, code: str, action: Action, sender: str) -> str:
    """« Inès Taleb – Marve Habitat (OPH) », or the organisation alone (the pilot's when the
    file was not exported for one organisation)."""
    organisation = None
    if code:
        organisation = session.scalar(select(Organisation).where(Organisation.code == code))
    if organisation is None:
        organisation = session.get(Organisation, action.pilot_organisation_id)
    name = organisation.name if organisation is not None else code
    text = f"{sender} – {name}" if sender else name
    return text[:AUTHOR_MAX]


def _organisation_code(rows: list[ReturnRow]) -> str:
    codes = Counter(row.organisation for row in rows if row.organisation)
    return codes.most_common(1)[0][0] if codes else ""


def _organisation_name(session: Session, code: str) -> str:
    if not code:
        return ""
    name = session.scalar(select(Organisation.name).where(Organisation.code == code))
    return str(name) if name else code


def _seance(session: Session, seance_id: int | None, context: ServiceContext) -> Seance | None:
    """The séance given, else the coming comité technique (else any coming séance), never a
    cancelled one nor one of a restricted instance: a partner's answer must not become
    restricted by landing in a cellule de veille."""
    if seance_id is not None:
        return get_or_404(session, Seance, seance_id, "Séance")
    query = _coming(context).order_by(Seance.starts_at, Seance.id).limit(1)
    comite = session.scalar(query.where(Instance.type == InstanceType.COTECH))
    return comite if comite is not None else session.scalar(query)


def _coming(context: ServiceContext) -> Select[Seance]:
    return (
        select(Seance)
        .join(Instance, Instance.id == Seance.instance_id)
        .where(
            Seance.starts_at >= context.now(),
            Seance.status != SeanceStatus.ANNULEE,
            Instance.restricted.is_(False),
        )
    )


def _seance_label(session: Session, seance: Seance | None) -> str:
    if seance is None:
        return ""
    instance = session.get(Instance, seance.instance_id)
    day = seance.starts_at.astimezone(PARIS).date()
    name = instance.name if instance is not None else ""
    return f"{name} du {day:%d/%m/%Y}"


def _problems(returned: ReturnedFile) -> tuple[str, ...]:
    if returned.bad_stamps:
        return (f"{len(returned.bad_stamps)} ligne(s) de contrôle illisible(s) dans le fichier.",)
    return ()
