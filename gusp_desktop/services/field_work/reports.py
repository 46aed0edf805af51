"""The walk's compte rendu and its restitution: values read here, documents built and written.

Photos are re-encoded for the page (1 000 px on the long side, JPEG quality 72, no EXIF): two
to a row, that is 300 dpi at the width they are printed, and a 60-photo report stays well
under 15 MB.
A restricted walk's compte rendu says so on every page; its restitution, meant for residents,
is refused.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Contact, Organisation, Seance
from gusp_desktop.domain.actions import HistoryEntry
from gusp_desktop.domain.enums import AttendanceStatus, OrganisationType
from gusp_desktop.domain.errors import GuspError, Message, ValidationError
from gusp_desktop.domain.field_report import (
    FieldReport,
    ReportAction,
    ReportConstat,
    ReportHalte,
    ReportPhoto,
)
from gusp_desktop.domain.field_work import ConstatQuery, ConstatRow, HalteRow
from gusp_desktop.domain.redaction import redact
from gusp_desktop.domain.retention import PERSONAL_SPAN
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.fileio import write_bytes_atomic
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.attendance import AttendanceService
from gusp_desktop.services.base import ServiceContext, get_or_404
from gusp_desktop.services.field_work.constats import ConstatService
from gusp_desktop.services.field_work.imaging import print_jpeg
from gusp_desktop.services.field_work.parcours import ParcoursService
from gusp_desktop.services.field_work.photos import PhotoService

if TYPE_CHECKING:
    from gusp_desktop.documents.model import Document

FORMATS = ("pdf", "docx")
_DEFAULT_ORGANISATION = "Gestion urbaine et sociale de proximité"
_HIDDEN = "[…]"


class FieldReportError(GuspError):
    """The report could not be written; the message says why."""


class FieldReportService:
    """Builds the compte rendu and the restitution of a walk."""

    def __init__(
        self,
        context: ServiceContext,
        *,
        parcours: ParcoursService,
        constats: ConstatService,
        photos: PhotoService,
        actions: ActionService,
        attendance: AttendanceService,
        logo_path: Path | None = None,
    ) -> None:
        self.context = context
        self._parcours = parcours
        self._constats = constats
        self._photos = photos
        self._actions = actions
        self._attendance = attendance
        self.logo_path = logo_path

    def report(self, seance_id: int, *, for_residents: bool = False) -> FieldReport:
        """Everything the documents show of a walk (``for_residents``: nobody named)."""
        route = self._parcours.get(seance_id)
        if not route.is_walk:
            raise ValidationError(
                {
                    "seance_id": Message(
                        (
                            "La séance n° {seance_id} n'est ni un diagnostic en marchant ni une "
                            "marche exploratoire."
                        ),
                        seance_id=seance_id,
                    )
                }
            )
        if for_residents and route.restricted:
            raise ValidationError(
                {
                    "_": "Cette marche relève d'une instance à diffusion restreinte : pas de "
                    "restitution publique."
                }
            )
        constats = self._constats.list_constats(ConstatQuery(seance_id=seance_id))
        names = self._people_names() if for_residents else []
        actions = self._actions_of(constats, names)
        with self.context.read() as session:
            head = _head(session, seance_id)
        # Marked personal data is shown only in a restricted walk's own compte rendu.
        reveal = route.restricted and not for_residents
        haltes = [_halte(h, constats, actions, self, for_residents, reveal) for h in route.haltes]
        loose = [c for c in constats if c.halte_id is None]
        if loose:
            haltes.append(
                ReportHalte(
                    len(haltes) + 1,
                    "Hors halte",
                    "",
                    "",
                    tuple(self.constat_entry(c, actions, for_residents, reveal) for c in loose),
                )
            )
        return FieldReport(
            organisation=head["organisation"],
            walk_kind=head["kind"],
            instance=head["instance"],
            seance_label=head["label"],
            date_text=head["date"],
            place=head["place"],
            objectives=redact(route.objectives, reveal=reveal),
            participants=() if for_residents else tuple(self._participants(seance_id)),
            haltes=tuple(haltes),
            confidential=route.restricted,
            generated_on=f"{self.context.today():%d/%m/%Y}",
            route_map=_route_map(route.haltes, constats),
        )

    def export(self, kind: str, seance_id: int, path: str | os.PathLike[str]) -> Path:
        """Write the compte rendu (``diagnostic``) or the restitution in the file's format."""
        from gusp_desktop.documents.builders.field_report import (
            build_diagnostic_document,
            build_restitution_document,
        )
        from gusp_desktop.documents.model import DocumentError

        target = Path(path)
        fmt = target.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            raise ValidationError(
                {
                    "format": Message(
                        "Format « {value} » non pris en charge : .pdf ou .docx.",
                        value=target.suffix or "(aucun)",
                    )
                }
            )
        residents = kind == "restitution"
        report = self.report(seance_id, for_residents=residents)
        build = build_restitution_document if residents else build_diagnostic_document
        try:
            document = build(report, logo_path=self.logo_path)
            data = _render(document, fmt)
        except DocumentError as exc:
            raise FieldReportError(str(exc)) from exc
        try:
            write_bytes_atomic(target, data)
        except OSError as exc:
            raise FieldReportError(
                Message(
                    "Impossible d'écrire le fichier « {target} » : {value}.",
                    target=target,
                    value=exc.strerror or exc,
                )
            ) from exc
        return target

    # -- pieces ------------------------------------------------------------------------------

    def constat_entry(
        self,
        row: ConstatRow,
        actions: dict[str, ReportAction],
        for_residents: bool,
        reveal: bool = False,
    ) -> ReportConstat:
        """One constat as the documents print it; marked personal data « [occulté] » unless
        ``reveal`` (a restricted walk's own compte rendu)."""
        photos = self._photos.list_photos(constat_id=row.id)
        printed = tuple(
            ReportPhoto(print_jpeg(self._photos.image(p.id)), _caption(row, p.taken_at))
            for p in photos
        )
        return ReportConstat(
            number=row.id,
            text=redact(row.description, reveal=reveal),
            positive=row.positive,
            theme=row.theme.label,
            gravity=row.gravity.label if row.gravity else "",
            place=" — ".join(x for x in (row.site_name, row.place) if x and x != row.halte_name),
            gestionnaire=row.gestionnaire_name,
            preconisation=redact(row.preconisation, reveal=reveal),
            resident_words="" if for_residents else redact(row.resident_words, reveal=reveal),
            status=row.status.label,
            status_reason=redact(row.status_reason, reveal=reveal),
            photos=printed,
            actions=tuple(actions[n] for n in row.action_numbers if n in actions),
        )

    def _actions_of(
        self, constats: Sequence[ConstatRow], names: Sequence[str]
    ) -> dict[str, ReportAction]:
        found: dict[str, ReportAction] = {}
        for number in sorted({n for c in constats for n in c.action_numbers}):
            detail = self._actions.get_by_number(number)
            row = detail.row
            if names and row.restricted:
                continue  # a restricted action's follow-up never reaches residents
            deadline = f"{row.deadline:%d/%m/%Y}" if row.deadline else ""
            found[number] = ReportAction(
                number=row.number,
                title=row.title,
                pilot=row.pilot_organisation_name
                if names
                else _pilot(row.pilot_organisation_code, row.pilot_contact_name),
                deadline=deadline,
                status=row.status.label,
                follow_up=tuple(_follow_up(detail.history, names)) if names else (),
            )
        return found

    def _participants(self, seance_id: int) -> list[str]:
        sheet = self._attendance.list_attendance(seance_id)
        present = (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTE)
        lines = [a for a in sheet if a.status in present] or [a for a in sheet if a.invited]
        return [f"{a.contact_name} ({a.organisation_code})" for a in lines]

    def _people_names(self) -> list[str]:
        with self.context.read() as session:
            rows = session.execute(select(Contact.first_name, Contact.last_name))
            return [f"{first} {last}".strip() for first, last in rows if last]


def _halte(
    halte: HalteRow,
    constats: Sequence[ConstatRow],
    actions: dict[str, ReportAction],
    service: FieldReportService,
    for_residents: bool,
    reveal: bool,
) -> ReportHalte:
    mine = [c for c in constats if c.halte_id == halte.id]
    time = f"{halte.arrives_at.astimezone(PARIS):%H:%M}" if halte.arrives_at else ""
    return ReportHalte(
        position=halte.position,
        name=halte.name,
        place=halte.site_name or halte.address,
        time=time,
        constats=tuple(service.constat_entry(c, actions, for_residents, reveal) for c in mine),
    )


def _caption(row: ConstatRow, taken_at: dt.datetime | None) -> str:
    where = row.halte_name or row.site_name or row.place
    when = f", {taken_at.astimezone(PARIS):%d/%m/%Y %H:%M}" if taken_at else ""
    return f"Constat n° {row.id} — {where}{when}"


def _pilot(code: str, contact: str) -> str:
    return f"{code} — {contact}" if contact else code


def _follow_up(history: Sequence[HistoryEntry], names: Sequence[str]) -> list[str]:
    """Dated lines of what happened, personal data removed (marked spans, directory names)."""
    lines = []
    for entry in history:
        day = f"{entry.at.astimezone(PARIS):%d/%m/%Y}"
        text = entry.comment or entry.reason
        if entry.field == "status":
            text = f"{entry.old_value} → {entry.new_value}" + (f" : {text}" if text else "")
        if not text:
            continue
        lines.append(f"{day} : {_anonymous(text, names)}")
    return lines


def _anonymous(text: str, names: Sequence[str]) -> str:
    text = PERSONAL_SPAN.sub(_HIDDEN, text)
    for name in names:
        text = re.sub(re.escape(name), _HIDDEN, text, flags=re.IGNORECASE)
    return text


def _head(session: Session, seance_id: int) -> dict[str, str]:
    seance = get_or_404(session, Seance, seance_id, "Séance")
    local = seance.starts_at.astimezone(PARIS)
    epci = session.scalar(
        select(Organisation.name).where(Organisation.type == OrganisationType.EPCI).limit(1)
    )
    return {
        "organisation": epci or _DEFAULT_ORGANISATION,
        "kind": seance.instance.type.label,
        "instance": seance.instance.name,
        "label": f"{seance.instance.code} n° {seance.number}",
        "date": f"{local:%d/%m/%Y} à {local:%H:%M}",
        "place": seance.place,
    }


def _render(document: Document, fmt: str) -> bytes:
    if fmt == "pdf":
        from gusp_desktop.documents.pdf import render_pdf_bytes

        return render_pdf_bytes(document)
    from gusp_desktop.documents.docx import render_docx_bytes

    return render_docx_bytes(document)


def _route_map(haltes: Sequence[HalteRow], constats: Sequence[ConstatRow]) -> bytes:
    """The walk drawn for print: route, numbered haltes and constats on a plain background.

    No tiles: the report must come out the same offline and never wait for a tile server.
    """
    from gusp_desktop.documents.route_image import render_route_png
    from gusp_desktop.domain.map_layers import build_layers

    layers = build_layers(haltes, constats)
    return render_route_png(layers, 900, 560) if layers.bounds() is not None else b""
