"""The signalements report of one organisation, in PDF, DOCX or XLSX.

Lines come from the same list query as the window's page (no personal data), so the report
counts exactly what the page filters show.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Organisation, SignalementCategory
from gusp_desktop.domain.enums import OrganisationType
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.field_report import ReportPhoto
from gusp_desktop.domain.signalement_report import OrganisationReport, build_report, photo_caption
from gusp_desktop.domain.signalements import SignalementQuery
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.field_work.imaging import print_jpeg
from gusp_desktop.services.signalements import photos
from gusp_desktop.services.signalements.records import list_rows, organisation_by_code

REPORT_FORMATS = ("pdf", "docx", "xlsx")


def _issuer(session: Session) -> str:
    # Imported here: the document builders' module is not needed to read signalements (the
    # window's dashboard reads them at start-up).
    from gusp_desktop.documents.builders.common import DEFAULT_ORGANISATION

    epci = session.scalar(
        select(Organisation.name)
        .where(Organisation.type == OrganisationType.EPCI)
        .order_by(Organisation.id)
        .limit(1)
    )
    return epci or DEFAULT_ORGANISATION


class SignalementReportService:
    """Counts, délais and overdue signalements of one organisation."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def report(self, organisation_code: str, year: int | None = None) -> OrganisationReport:
        """The report of the signalements routed to the organisation (received in ``year``,
        or all of them)."""
        today = self.context.today()
        with self.context.read() as session:
            organisation = organisation_by_code(session, organisation_code)
            rows = list_rows(session, SignalementQuery(organisation_id=organisation.id), today)
            delays = {
                label: days
                for label, days in session.execute(
                    select(SignalementCategory.label, SignalementCategory.delay_days)
                )
            }
        if year is not None:
            rows = [r for r in rows if r.received_at.astimezone(PARIS).year == year]
        period = f"Année {year}" if year is not None else "Tous les signalements"
        report = build_report(rows, organisation.code, organisation.name, today, period, delays)
        return dataclasses.replace(report, photos=self._photos(report))

    def _photos(self, report: OrganisationReport) -> tuple[ReportPhoto, ...]:
        """The listed signalements' photos, re-encoded for print (no EXIF), in list order."""
        lines = {line.id: line for line in report.lines}
        with self.context.read() as session:
            stored = photos.rows_of(session, list(lines))
            data = photos.images(session, [p.id for p in stored], thumbnails=False)
        by_signalement: dict[int, list[int]] = {}
        for photo in stored:
            by_signalement.setdefault(photo.signalement_id, []).append(photo.id)
        printed = []
        for line in report.lines:
            ids = by_signalement.get(line.id, [])
            for number, photo_id in enumerate(ids, start=1):
                caption = photo_caption(line, number, len(ids))
                printed.append(ReportPhoto(print_jpeg(data[photo_id]), caption))
        return tuple(printed)

    def export(
        self,
        organisation_code: str,
        path: str | os.PathLike[str],
        fmt: str,
        year: int | None = None,
    ) -> Path:
        """Write the report atomically; refuses a format it does not exist in."""
        if fmt not in REPORT_FORMATS:
            allowed = ", ".join(REPORT_FORMATS)
            raise ValidationError(
                {
                    "format": Message(
                        "Format « {fmt} » impossible pour ce bilan : {allowed}.",
                        fmt=fmt,
                        allowed=allowed,
                    )
                }
            )
        report = self.report(organisation_code, year)
        with self.context.read() as session:
            issuer = _issuer(session)
        # Loaded on first export: the export service's module and the renderers are heavy.
        from gusp_desktop.documents.builders.signalements import report_document, report_sheets
        from gusp_desktop.services.exports import _write, render

        if fmt == "xlsx":
            from gusp_desktop.documents.tabular import workbook_bytes

            return _write(Path(path), lambda: workbook_bytes(report_sheets(report)))
        return _write(Path(path), lambda: render(report_document(report, issuer), fmt))
