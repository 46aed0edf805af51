"""Constats: create, edit, qualify, delete, and turn into actions (one or several per action).

A constat born in a walk carries the walk's séance, so whatever hides that séance (a
restricted instance) hides the constat, its photos and the actions made from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    Constat,
    ConstatPhoto,
    constat_action,
)
from gusp_desktop.domain.actions import ActionDraft, ActionRow
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.field_work import (
    TEXT_MAX,
    ConstatDraft,
    ConstatQuery,
    ConstatRow,
    ConstatStatus,
    ProposedConstat,
)
from gusp_desktop.domain.text import check_length, clean
from gusp_desktop.services import constat_lists
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import (
    ServiceContext,
    UnitOfWork,
    diff,
    ensure_unique,
    get_or_404,
    refuse_if_used,
    row_values,
)
from gusp_desktop.services.field_work import imaging
from gusp_desktop.services.field_work.common import WRITERS, is_restricted
from gusp_desktop.services.field_work.constat_drafts import (
    draft_columns,
    numbered_error,
    validated_draft,
    walk_source,
)
from gusp_desktop.services.field_work.managers import proposed_manager
from gusp_desktop.services.field_work.photos import attach_photo, store_photo
from gusp_desktop.services.field_work.places import PlaceIds, resolve_place

TITLE_MAX = 300


class ConstatService:
    """Use cases of constats; the plan's service makes the actions they turn into."""

    def __init__(self, context: ServiceContext, actions: ActionService) -> None:
        self.context = context
        self.actions = actions

    # -- reading ---------------------------------------------------------------------------

    def list_constats(self, spec: ConstatQuery | None = None) -> list[ConstatRow]:
        """Constats matching ``spec`` (None: all), by date, walk and halte."""
        spec = spec or ConstatQuery()
        with self.context.read() as session:
            return constat_lists.listed(session, spec)

    def get(self, constat_id: int) -> ConstatRow:
        """One constat."""
        with self.context.read() as session:
            found = constat_lists.one(session, constat_id)
        if found is None:
            raise NotFoundError(
                Message("{what} n° {id} introuvable.", what="Constat", id=constat_id)
            )
        return found

    def propose_gestionnaire(
        self, quartier_id: int, site_id: int | None, theme: Theme
    ) -> int | None:
        """The organisation to propose as gestionnaire (None: nobody to propose)."""
        with self.context.read() as session:
            return proposed_manager(session, quartier_id, site_id, theme)

    def resolve_place(
        self,
        *,
        seance_id: int | None,
        halte: str | None = None,
        site: str | None = None,
        quartier: str | None = None,
    ) -> PlaceIds:
        """Ids for a halte name, a site name and a quartier code as people type them.

        The quartier is the one named, else the site's or the halte's, else the walk's
        instance's when it covers only one.
        """
        with self.context.read() as session:
            return resolve_place(session, seance_id, halte, site, quartier)

    # -- writing ---------------------------------------------------------------------------

    def create(
        self,
        draft: ConstatDraft,
        photos: Sequence[Path] = (),
        photo_ids: Sequence[int] = (),
    ) -> Mutation[ConstatRow]:
        """Record a constat with its photos; the gestionnaire, when not given, is proposed.

        ``photos`` are files, read before anything is written: one unreadable file and
        neither the constat nor any photo is stored. ``photo_ids`` are photos of the walk
        already imported, given to the new constat in the same transaction.
        """
        processed = [imaging.process(p) for p in photos]
        with self.context.write(*WRITERS) as uow:
            constat_id = self._insert(uow, draft, processed, photo_ids)
        return Mutation(self.get(constat_id), uow.changes())

    def create_all(self, proposals: Sequence[ProposedConstat]) -> Mutation[list[ConstatRow]]:
        """Several constats, each with walk photos already imported, in one transaction.

        What the review of a photo import accepted: one refused constat (no text, a photo
        given twice or already in a constat) and none is created.
        """
        if not proposals:
            raise ValidationError({"_": "Aucun constat à créer."})
        given = [i for p in proposals for i in p.photo_ids]
        duplicates = sorted({i for i in given if given.count(i) > 1})
        if duplicates:
            raise ValidationError(
                {
                    "_": Message(
                        "Photo n° {value} proposée dans deux constats : choisissez-en un.",
                        value=duplicates[0],
                    )
                }
            )
        with self.context.write(*WRITERS) as uow:
            ids = []
            for number, proposal in enumerate(proposals, start=1):
                try:
                    ids.append(self._insert(uow, proposal.draft, [], proposal.photo_ids, True))
                except ValidationError as error:
                    raise numbered_error(error, number) from None
        return Mutation([self.get(i) for i in ids], uow.changes())

    def _insert(
        self,
        uow: UnitOfWork,
        draft: ConstatDraft,
        processed: Sequence[imaging.ProcessedPhoto],
        photo_ids: Sequence[int],
        loose_only: bool = False,
    ) -> int:
        """Validate and add one constat with its photos (new files and walk photos); its id.

        ``loose_only`` refuses walk photos already given to a constat, so a proposal read
        before someone else's change cannot take a photo away from another constat.
        """
        draft = validated_draft(uow.session, draft, self.context.today())
        constat = Constat(
            source=walk_source(uow.session, draft.seance_id),
            status=ConstatStatus.A_QUALIFIER,
            status_reason="",
            **draft_columns(draft),
        )
        if constat.gestionnaire_id is None:
            constat.gestionnaire_id = proposed_manager(
                uow.session, draft.quartier_id, draft.site_id, draft.theme
            )
        uow.stamp(constat, created=True)
        uow.session.add(constat)
        uow.session.flush()
        uow.audit("constat", constat.id, "create", None, row_values(constat))
        for photo in processed:
            store_photo(uow, photo, constat.seance_id, constat.id, constat.halte_id)
        for photo_id in photo_ids:
            row = get_or_404(uow.session, ConstatPhoto, photo_id, "Photo")
            if loose_only and row.constat_id is not None:
                raise ValidationError(
                    {
                        "_": Message(
                            "La photo « {filename} » est déjà dans le constat n° {constat_id}.",
                            filename=row.filename,
                            constat_id=row.constat_id,
                        )
                    }
                )
            attach_photo(uow, row, constat.id)
        return constat.id

    def update(
        self, constat_id: int, draft: ConstatDraft, expected_version: int | None = None
    ) -> Mutation[ConstatRow]:
        """Change any field of a constat (its status moves through :meth:`set_status`)."""
        with self.context.write(*WRITERS) as uow:
            constat = get_or_404(uow.session, Constat, constat_id, "Constat")
            draft = validated_draft(uow.session, draft, self.context.today())
            values = draft_columns(draft)
            uow.expect_version("constat", constat, expected_version, values)
            before = row_values(constat)
            source = walk_source(uow.session, draft.seance_id, constat.source)
            with uow.session.no_autoflush:  # one UPDATE, one version
                for key, value in values.items():
                    setattr(constat, key, value)
                constat.source = source
                uow.stamp(constat)
            uow.session.flush()
            uow.audit("constat", constat.id, "update", *diff(before, row_values(constat)))
        return Mutation(self.get(constat_id), uow.changes())

    def set_status(
        self, constat_id: int, status: ConstatStatus, reason: str = ""
    ) -> Mutation[ConstatRow]:
        """Qualify a constat: handled directly, dropped (with a reason), or back to qualify.

        « Transformé en action » is set by linking an action, never by hand.
        """
        reason = reason.strip()
        with self.context.write(*WRITERS) as uow:
            constat = get_or_404(uow.session, Constat, constat_id, "Constat")
            linked = _linked_actions(uow.session, constat_id)
            if status is ConstatStatus.TRANSFORME and not linked:
                raise ValidationError(
                    {
                        "status": "Un constat devient « transformé en action » en créant ou en "
                        "choisissant l'action : utilisez « Transformer en action »."
                    }
                )
            if status is not ConstatStatus.TRANSFORME and linked:
                raise ValidationError(
                    {
                        "status": Message(
                            "Ce constat a nourri l'action {items} : il reste "
                            "« transformé en action ».",
                            items=", ".join(linked),
                        )
                    }
                )
            if status is ConstatStatus.SANS_SUITE and not reason:
                raise ValidationError(
                    {"status_reason": "Indiquez pourquoi le constat est sans suite."}
                )
            errors: dict[str, str] = {}
            check_length(errors, "status_reason", reason, "Le motif", TEXT_MAX)
            if errors:
                raise ValidationError(errors)
            before = {"status": constat.status, "status_reason": constat.status_reason}
            constat.status = status
            constat.status_reason = reason
            uow.stamp(constat)
            after = {"status": status, "status_reason": reason}
            uow.audit("constat", constat.id, "update", *diff(before, after))
        return Mutation(self.get(constat_id), uow.changes())

    def delete(self, constat_id: int) -> Mutation[int]:
        """Delete a constat and its photos; refused once it fed an action."""
        with self.context.write(*WRITERS) as uow:
            constat = get_or_404(uow.session, Constat, constat_id, "Constat")
            linked = _linked_actions(uow.session, constat_id)
            if linked:
                raise ValidationError(
                    {
                        "_": Message(
                            "Impossible de supprimer ce constat : il a nourri l'action {items}.",
                            items=", ".join(linked),
                        )
                    }
                )
            refuse_if_used(
                uow.session,
                "ce constat",
                [(Action, Action.origin_constat_id == constat_id, "action(s) d'origine")],
            )
            uow.audit("constat", constat.id, "delete", row_values(constat), None)
            uow.session.delete(constat)
        return Mutation(constat_id, uow.changes())

    def to_action(
        self,
        constat_ids: list[int],
        *,
        pilot_organisation_id: int | None = None,
        deadline: dt.date | None = None,
        title: str | None = None,
    ) -> Mutation[ActionRow]:
        """One new action from one or several constats, pre-filled from the first one.

        Quartier, site and theme come from the constat, the pilot is its gestionnaire unless
        another is given; each constat is linked and marked « transformé en action » in the
        same transaction as the action's creation.
        """
        ids = ensure_unique(constat_ids, "Constats")
        if not ids:
            raise ValidationError({"_": "Aucun constat choisi."})
        rows = [self.get(i) for i in ids]
        first = rows[0]
        pilot = pilot_organisation_id or first.gestionnaire_id
        if pilot is None:
            raise ValidationError(
                {
                    "pilot_organisation_id": "Ce constat n'a pas de gestionnaire : "
                    "choisissez le pilote."
                }
            )
        others = [r for r in rows[1:] if r.quartier_id != first.quartier_id]
        if others:
            raise ValidationError(
                {
                    "_": "Une action concerne un seul quartier : les constats choisis n'y "
                    "sont pas tous."
                }
            )
        draft = ActionDraft(
            title=clean(title or _title(first))[:TITLE_MAX],
            quartier_id=first.quartier_id,
            theme=first.theme,
            pilot_organisation_id=pilot,
            site_id=first.site_id,
            description="\n\n".join(r.description for r in rows),
            initial_deadline=deadline,
            origin_seance_id=first.seance_id,
            origin_constat_id=first.id,
            origin_note="\n".join(_origin_line(r) for r in rows)[:2000],
            restricted=any(r.restricted for r in rows),
        )

        def link(uow: UnitOfWork, action: Action) -> None:
            for row in rows:
                _link(uow, row.id, action)

        return self.actions.create(draft, comment="Action créée à partir de constat(s).", then=link)

    def link_action(self, constat_id: int, action_number: str) -> Mutation[ConstatRow]:
        """Record that an existing action also answers this constat."""
        with self.context.write(*WRITERS) as uow:
            get_or_404(uow.session, Constat, constat_id, "Constat")
            action = uow.session.scalar(
                select(Action).where(Action.number == action_number.strip())
            )
            if action is None:
                raise NotFoundError(
                    Message("{what} « {code} » introuvable.", what="Action", code=action_number)
                )
            if action.number in _linked_actions(uow.session, constat_id):
                raise ValidationError(
                    {
                        "_": Message(
                            "Le constat est déjà lié à l'action {number}.", number=action.number
                        )
                    }
                )
            _link(uow, constat_id, action)
        return Mutation(self.get(constat_id), uow.changes())

    def unlink_action(self, constat_id: int, action_number: str) -> Mutation[ConstatRow]:
        """Remove a link made by mistake; with none left the constat is « à qualifier » again."""
        with self.context.write(*WRITERS) as uow:
            constat = get_or_404(uow.session, Constat, constat_id, "Constat")
            action = uow.session.scalar(
                select(Action).where(Action.number == action_number.strip())
            )
            if action is None or action.number not in _linked_actions(uow.session, constat_id):
                raise NotFoundError(
                    Message(
                        "Le constat n'est pas lié à l'action « {action_number} ».",
                        action_number=action_number,
                    )
                )
            uow.session.execute(
                delete(constat_action).where(
                    constat_action.c.constat_id == constat_id,
                    constat_action.c.action_id == action.id,
                )
            )
            before = {"action_numbers": _linked_actions(uow.session, constat_id) + [action.number]}
            if not _linked_actions(uow.session, constat_id):
                constat.status = ConstatStatus.A_QUALIFIER
                uow.stamp(constat)
            after = {"action_numbers": _linked_actions(uow.session, constat_id)}
            uow.audit("constat", constat_id, "update", before, after)
            uow.touch("action", action.id)
        return Mutation(self.get(constat_id), uow.changes())


# -- helpers -----------------------------------------------------------------------------------


def _linked_actions(session: Session, constat_id: int) -> list[str]:
    query = (
        select(Action.number)
        .join(constat_action, constat_action.c.action_id == Action.id)
        .where(constat_action.c.constat_id == constat_id)
        .order_by(Action.number)
    )
    return list(session.scalars(query))


def _link(uow: UnitOfWork, constat_id: int, action: Action) -> None:
    """Link both ways and mark the constat transformed, audited on the constat."""
    constat = get_or_404(uow.session, Constat, constat_id, "Constat")
    before = {"status": constat.status, "action_numbers": _linked_actions(uow.session, constat_id)}
    uow.session.execute(insert(constat_action).values(constat_id=constat_id, action_id=action.id))
    constat.status = ConstatStatus.TRANSFORME
    constat.status_reason = ""
    uow.stamp(constat)
    uow.session.flush()
    after = {"status": constat.status, "action_numbers": _linked_actions(uow.session, constat_id)}
    uow.audit("constat", constat_id, "update", before, after)
    uow.touch("action", action.id)


def _title(row: ConstatRow) -> str:
    where = row.site_name or row.halte_name or row.place
    text = row.description.strip().split("\n")[0]
    if len(text) > 200:
        text = text[:199].rstrip() + "…"
    return f"{where} : {text}" if where else text


def _origin_line(row: ConstatRow) -> str:
    where = f" – {row.halte_name}" if row.halte_name else ""
    return f"Constat n° {row.id} du {row.observed_on:%d/%m/%Y}{where} : {row.description}"


def restricted(session: Session, constat: Constat) -> bool:
    """Whether the constat follows a restricted instance's rules."""
    return is_restricted(session, constat.seance_id)
