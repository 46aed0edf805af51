"""Exporting the documents partners receive: one call per document and format, one file.

Each call reads what it needs through the services (one consistent read per source), builds
the neutral document, renders it and writes the file atomically: the target is either left
as it was or replaced by the complete new file. Calls are meant for a background thread; they
report progress through an optional ``(done, total, message)`` callback.
"""

from __future__ import annotations

import dataclasses
import errno
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Contact,
    Organisation,
    User,
)
from gusp_desktop.documents.builders.action_plan import (
    ActionPlan,
    build_action_plan_document,
)
from gusp_desktop.documents.builders.agenda import build_agenda_document
from gusp_desktop.documents.builders.attendance import build_attendance_document
from gusp_desktop.documents.builders.cancellation import (
    build_cancellation_document,
    build_cancellation_invitation,
)
from gusp_desktop.documents.builders.common import DEFAULT_ORGANISATION
from gusp_desktop.documents.builders.convocation import (
    build_convocation_document,
    build_convocation_invitation,
)
from gusp_desktop.documents.builders.decisions import build_decisions_document
from gusp_desktop.documents.builders.minutes import build_minutes_document
from gusp_desktop.documents.model import Document, DocumentError
from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import OrganisationType, SeanceStatus
from gusp_desktop.domain.errors import GuspError, Message, ValidationError
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.fileio import check_target, write_bytes_atomic
from gusp_desktop.services.actions.service import ALL_ACTIONS, ActionService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.confidentiality import output_scope
from gusp_desktop.services.export_views import (
    document_detail,
    last_points,
    redacted_row,
)
from gusp_desktop.services.meetings import MeetingService
from gusp_desktop.services.minutes import MinutesService
from gusp_desktop.services.plan_filters import describe_filters, quartier_names
from gusp_desktop.services.returns.key import returns_key
from gusp_desktop.services.seance_lifecycle import SeanceLifecycleService

Progress = Callable[[int, int, str], None]
SeanceKind = Literal["agenda", "convocation", "attendance", "minutes", "decisions", "cancellation"]
SEANCE_KINDS: tuple[SeanceKind, ...] = (
    "agenda",
    "convocation",
    "attendance",
    "minutes",
    "decisions",
    "cancellation",
)
# Documents that also exist as a calendar file (.ics).
CALENDAR_KINDS = frozenset({"convocation", "cancellation"})
#: The documents that print the follow-up table (the relevé, its late actions): only they
#: read every open action of the séance's perimeter.
PRINTS_FOLLOW_UP = frozenset({"minutes", "decisions"})
SEANCE_FORMATS = ("pdf", "docx", "ics")
PLAN_FORMATS = ("pdf", "docx", "xlsx", "csv")
KIND_NAMES: dict[str, str] = {
    "agenda": "l'ordre du jour",
    "convocation": "la convocation",
    "attendance": "la feuille d'émargement",
    "minutes": "le compte rendu",
    "decisions": "le relevé de décisions",
    "cancellation": "l'avis d'annulation",
    "actions": "le plan d'actions",
}
NO_RECIPIENT_WARNING = (
    "Aucun destinataire : personne n'est invité à la séance n° {number}. Invitez les membres "
    "de l'instance avant d'envoyer {what}."
)
_STEPS = 3
# The system's own messages are in the system's language: the usual causes, in French.
_OS_REASONS = {
    errno.ENOENT: "dossier introuvable",
    errno.EACCES: "accès refusé",
    errno.EPERM: "opération non permise",
    errno.ENOSPC: "disque plein",
    errno.EROFS: "support en lecture seule",
    errno.EISDIR: "un dossier porte ce nom",
    errno.ENOTDIR: "le chemin traverse un fichier qui n'est pas un dossier",
    errno.ENAMETOOLONG: "nom de fichier trop long",
}
_CHUNK = 900  # ids per IN (...) list, under SQLite's parameter limit


class ExportError(GuspError):
    """The file could not be produced or written; the message says why, in French."""


def _no_progress(done: int, total: int, message: str) -> None:
    """Default callback: callers without a progress bar get nothing."""


def check_format(kind: str, fmt: str) -> None:
    """Refuse a format the document does not exist in, with the formats it does exist in."""
    allowed: tuple[str, ...]
    if kind == "actions":
        allowed = PLAN_FORMATS
    elif kind in SEANCE_KINDS:
        allowed = SEANCE_FORMATS if kind in CALENDAR_KINDS else ("pdf", "docx")
    else:
        raise ValidationError({"kind": Message("Document inconnu « {kind} ».", kind=kind)})
    if fmt not in allowed:
        raise ValidationError(
            {
                "format": Message(
                    (
                        "Le format « {fmt} » n'existe pas pour {value} (formats possibles : "
                        "{items})."
                    ),
                    fmt=fmt,
                    value=KIND_NAMES[kind],
                    items=", ".join(allowed),
                )
            }
        )


def _write(path: Path, produce: Callable[[], bytes]) -> Path:
    """Produce the bytes, then write them atomically; French errors for what the user can fix."""
    try:
        data = produce()
    except DocumentError as exc:
        raise ExportError(str(exc)) from exc
    try:
        write_bytes_atomic(path, data)
    except OSError as exc:
        reason = _OS_REASONS.get(exc.errno or 0, exc.strerror or str(exc))
        raise ExportError(
            Message(
                "Impossible d'écrire le fichier « {path} » : {reason}.", path=path, reason=reason
            )
        ) from exc
    return path


def render(document: Document, fmt: str) -> bytes:
    """PDF or DOCX bytes; the renderers are imported here so reportlab loads only when used."""
    if fmt == "pdf":
        from gusp_desktop.documents.pdf import render_pdf_bytes

        return render_pdf_bytes(document)
    from gusp_desktop.documents.docx import render_docx_bytes

    return render_docx_bytes(document)


class ExportService:
    """Builds and writes the documents of séances and the plan d'actions.

    ``logo_path`` is the installation's logo, printed at the top left of every page (none by
    default; a missing or unreadable file is skipped). It is a preference the front ends set
    (``--logo``, the window's preferences) before exporting.
    """

    def __init__(
        self,
        context: ServiceContext,
        *,
        minutes: MinutesService,
        meetings: MeetingService,
        actions: ActionService,
        lifecycle: SeanceLifecycleService,
        logo_path: Path | None = None,
    ) -> None:
        self.context = context
        self._minutes = minutes
        self._meetings = meetings
        self._actions = actions
        self.logo_path = logo_path
        self.lifecycle = lifecycle

    # -- séance documents ------------------------------------------------------------------

    def seance_document(
        self,
        kind: SeanceKind,
        seance_id: int,
        *,
        reserve_signature_area: bool = False,
        draft: bool = False,
        include_restricted: bool = False,
    ) -> Document:
        """The neutral document of a séance (for previews, or to render elsewhere).

        ``draft`` marks the compte rendu « PROJET — document de travail » on every page.
        The document is for the instance's members: restricted content of other instances is
        left out unless a member asks to ``include_restricted`` it (« Diffusion restreinte »).
        """
        content = self._minutes.minutes_content(
            seance_id,
            include_restricted=include_restricted,
            with_follow_up=kind in PRINTS_FOLLOW_UP,
        )
        logo = self.logo_path
        if kind == "minutes":
            return build_minutes_document(
                content,
                logo_path=logo,
                reserve_signature_area=reserve_signature_area,
                draft=draft,
            )
        if kind == "decisions":
            return build_decisions_document(
                content, logo_path=logo, reserve_signature_area=reserve_signature_area
            )
        if kind == "attendance":
            functions = self._functions(p.contact_id for p in content.distribution)
            return build_attendance_document(content, functions=functions, logo_path=logo)
        detail = document_detail(self._meetings.get_seance(seance_id), content)
        if kind == "agenda":
            return build_agenda_document(content, detail, logo_path=logo)
        if kind == "cancellation":
            return _built(lambda: build_cancellation_document(content, detail, logo_path=logo))
        _refuse_if_cancelled(detail)
        return build_convocation_document(content, detail, logo_path=logo)

    def warnings(self, kind: SeanceKind, seance_id: int) -> tuple[str, ...]:
        """What the user should know before sending the document (the export still works):
        a convocation or an avis d'annulation addressed to nobody."""
        if kind not in CALENDAR_KINDS:
            return ()
        detail = self._meetings.get_seance(seance_id)
        if detail.invitees:
            return ()
        return (NO_RECIPIENT_WARNING.format(number=detail.number, what=KIND_NAMES[kind]),)

    def export_seance_document(
        self,
        kind: SeanceKind,
        seance_id: int,
        path: str | os.PathLike[str],
        fmt: str = "pdf",
        *,
        progress: Progress | None = None,
        reserve_signature_area: bool = False,
        draft: bool = False,
        include_restricted: bool = False,
    ) -> Path:
        """Write one document of a séance as ``fmt`` (pdf, docx; ics for the convocation and
        the avis d'annulation).

        Exporting the convocation of a séance not held yet marks it convened, with today's
        date (SeanceLifecycleService.convene): the convocation is what partners receive.
        """
        check_format(kind, fmt)
        report = progress or _no_progress
        target = Path(path)
        report(0, _STEPS, "Lecture de la séance…")
        if fmt == "ics":
            invitation = self._calendar_file(kind, seance_id, include_restricted)
            report(2, _STEPS, "Écriture du fichier…")
            _write(target, lambda: invitation)
        else:
            document = self.seance_document(
                kind,
                seance_id,
                reserve_signature_area=reserve_signature_area,
                draft=draft,
                include_restricted=include_restricted,
            )
            report(1, _STEPS, "Mise en page…")
            data = _render_or_fail(document, fmt)
            report(2, _STEPS, "Écriture du fichier…")
            _write(target, lambda: data)
        if kind == "convocation":
            self._mark_convened(seance_id)
        report(_STEPS, _STEPS, f"Document enregistré : {target.name}")
        return target

    def _mark_convened(self, seance_id: int) -> None:
        status = self._meetings.get_seance(seance_id).status
        if status in (SeanceStatus.PLANIFIEE, SeanceStatus.CONVOQUEE):
            self.lifecycle.convene(seance_id)

    def agenda(self, seance_id: int, path: str | os.PathLike[str], fmt: str = "pdf") -> Path:
        """The ordre du jour as PDF or DOCX."""
        return self.export_seance_document("agenda", seance_id, path, fmt)

    def convocation(self, seance_id: int, path: str | os.PathLike[str], fmt: str = "pdf") -> Path:
        """The convocation as PDF or DOCX, or its calendar invitation as ICS."""
        return self.export_seance_document("convocation", seance_id, path, fmt)

    def attendance(self, seance_id: int, path: str | os.PathLike[str], fmt: str = "pdf") -> Path:
        """The feuille d'émargement as PDF or DOCX."""
        return self.export_seance_document("attendance", seance_id, path, fmt)

    def minutes(
        self,
        seance_id: int,
        path: str | os.PathLike[str],
        fmt: str = "pdf",
        *,
        reserve_signature_area: bool = False,
    ) -> Path:
        """The compte rendu as PDF or DOCX (optionally with room for signatures)."""
        return self.export_seance_document(
            "minutes", seance_id, path, fmt, reserve_signature_area=reserve_signature_area
        )

    def decisions(self, seance_id: int, path: str | os.PathLike[str], fmt: str = "pdf") -> Path:
        """The relevé de décisions as PDF or DOCX."""
        return self.export_seance_document("decisions", seance_id, path, fmt)

    def _calendar_file(self, kind: SeanceKind, seance_id: int, include_restricted: bool) -> bytes:
        content = self._minutes.minutes_content(
            seance_id, include_restricted=include_restricted, with_follow_up=False
        )
        detail = document_detail(self._meetings.get_seance(seance_id), content)
        stamp = self.context.now()
        try:
            if kind == "cancellation":
                return build_cancellation_invitation(content, detail, stamp=stamp)
            _refuse_if_cancelled(detail)
            return build_convocation_invitation(content, detail, stamp=stamp)
        except (DocumentError, ValueError) as exc:
            raise ExportError(str(exc)) from exc

    def _functions(self, contact_ids: Iterable[int]) -> dict[int, str]:
        """Contacts' functions (« Responsable d'agence »…), for the feuille d'émargement."""
        ids = list(dict.fromkeys(contact_ids))
        found: dict[int, str] = {}
        with self.context.read() as session:
            for start in range(0, len(ids), _CHUNK):
                query = select(Contact.id, Contact.function).where(
                    Contact.id.in_(ids[start : start + _CHUNK])
                )
                found.update((row.id, row.function) for row in session.execute(query))
        return found

    # -- plan d'actions --------------------------------------------------------------------

    def action_plan(
        self, query: ActionQuery = ALL_ACTIONS, *, include_restricted: bool = False
    ) -> ActionPlan:
        """The rows of the plan for ``query`` with their last points and the filters in words.

        A plan goes to partners: no restricted action is listed and marked spans read
        « [occulté] », unless a member asks to ``include_restricted`` what she may read (the
        plan is then marked « Diffusion restreinte »; anyone else is refused).
        """
        with self.context.read() as session:
            output_scope(session, self.context.user, include_restricted=include_restricted)
        spec = dataclasses.replace(query, include_restricted=include_restricted)
        rows = tuple(
            redacted_row(row, include_restricted) for row in self._actions.list_actions(spec)
        )
        with self.context.read() as session:
            points = last_points(session, [row.id for row in rows], public=not include_restricted)
            filters = describe_filters(session, query)
            return ActionPlan(
                rows=rows,
                as_of=self.context.today(),
                organisation_name=self._issuer(session),
                filters=filters.pairs,
                last_points=points,
                quartiers=quartier_names(session, {row.quartier_code for row in rows}),
                restricted=include_restricted,
                partner_name=filters.partner_name,
            )

    def export_action_plan(
        self,
        query: ActionQuery,
        path: str | os.PathLike[str],
        fmt: str = "pdf",
        *,
        progress: Progress | None = None,
        include_restricted: bool = False,
    ) -> Path:
        """Write the plan d'actions filtered by ``query`` as pdf, docx, xlsx or csv (see
        :meth:`action_plan` for what a partner's plan leaves out)."""
        check_format("actions", fmt)
        report = progress or _no_progress
        target = Path(path)
        # Refuse a target that cannot be written before anything else: a spreadsheet signs its
        # rows with the database's key, created on first use, and a refusal must change nothing.
        check_target(target)
        report(0, _STEPS, "Lecture du plan d'actions…")
        plan = self.action_plan(query, include_restricted=include_restricted)
        report(1, _STEPS, "Mise en page…")
        data = self.plan_bytes(plan, fmt, organisation=query.involving_code or "")
        report(2, _STEPS, "Écriture du fichier…")
        _write(target, lambda: data)
        report(_STEPS, _STEPS, f"Plan d'actions enregistré : {target.name}")
        return target

    def plan_bytes(self, plan: ActionPlan, fmt: str, *, organisation: str = "") -> bytes:
        """The file of an already selected plan (a relance joins the pilot's plan), as the
        plan export writes it; a spreadsheet is the returnable one, its rows signed for
        ``organisation`` (the partner it is sent to)."""
        check_format("actions", fmt)
        try:
            if fmt in ("xlsx", "csv") and plan.restricted:
                return _restricted_table_bytes(plan, fmt)
            if fmt in ("xlsx", "csv"):
                return _returnable_bytes(plan, fmt, returns_key(self.context), organisation)
            return _plan_bytes(plan, fmt, self.logo_path)
        except DocumentError as exc:
            raise ExportError(str(exc)) from exc

    def _issuer(self, session: Session) -> str:
        """The user's organisation, else the EPCI that runs the GUSP, else a generic name."""
        user_org = session.scalar(
            select(Organisation.name)
            .join(Contact, Contact.organisation_id == Organisation.id)
            .join(User, User.contact_id == Contact.id)
            .where(User.username == self.context.user.username)
        )
        epci = session.scalar(
            select(Organisation.name)
            .where(Organisation.type == OrganisationType.EPCI)
            .order_by(Organisation.id)
            .limit(1)
        )
        return user_org or epci or DEFAULT_ORGANISATION


def _refuse_if_cancelled(detail: SeanceDetail) -> None:
    if detail.status is SeanceStatus.ANNULEE:
        raise ExportError(
            Message(
                "La séance n° {number} est annulée : envoyez plutôt l'avis d'annulation.",
                number=detail.number,
            )
        )


def _built(build: Callable[[], Document]) -> Document:
    try:
        return build()
    except DocumentError as exc:
        raise ExportError(str(exc)) from exc


def _render_or_fail(document: Document, fmt: str) -> bytes:
    try:
        return render(document, fmt)
    except DocumentError as exc:
        raise ExportError(str(exc)) from exc


def _plan_bytes(plan: ActionPlan, fmt: str, logo_path: Path | None) -> bytes:
    return _render_or_fail(build_action_plan_document(plan, logo_path=logo_path), fmt)


def _restricted_table_bytes(plan: ActionPlan, fmt: str) -> bytes:
    """A member's plan with restricted actions is not one partners fill in and return: the
    plain table, « Diffusion restreinte » on every row and printed page."""
    from gusp_desktop.documents.builders.action_plan import action_plan_table
    from gusp_desktop.documents.tabular import csv_bytes, xlsx_bytes

    table = action_plan_table(plan)
    return xlsx_bytes(table) if fmt == "xlsx" else csv_bytes(table)


def _returnable_bytes(plan: ActionPlan, fmt: str, key: bytes, organisation: str | None) -> bytes:
    """The spreadsheet a partner can fill in and send back (rows signed with ``key``)."""
    from gusp_desktop.documents.returns_workbook import returnable_csv, returnable_xlsx

    code = (organisation or "").strip().upper()
    return returnable_xlsx(plan, key, code) if fmt == "xlsx" else returnable_csv(plan, key, code)
