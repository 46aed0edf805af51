"""Bilans annuels ATFPB: computed per convention and year, consolidated for the contrat de ville,
exported as PDF, DOCX and XLSX, and suggested as a COPIL agenda point once they exist."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import AtfpbConvention, Organisation
from gusp_desktop.documents.builders.atfpb_bilan import (
    bilan_document,
    bilan_sheets,
    consolidation_document,
    consolidation_sheets,
)
from gusp_desktop.documents.builders.common import DEFAULT_ORGANISATION
from gusp_desktop.documents.model import Document
from gusp_desktop.documents.tabular import workbook_bytes
from gusp_desktop.domain.agenda import AgendaItemData
from gusp_desktop.domain.atfpb import (
    Bilan,
    Consolidation,
)
from gusp_desktop.domain.enums import OrganisationType
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.services.atfpb.reckoning import (
    bilan_in,
    consolidation_in,
    copil_item_in,
    latest_reported_year_in,
)
from gusp_desktop.services.atfpb.records import convention_for
from gusp_desktop.services.base import ServiceContext, get_or_404

BILAN_FORMATS = ("pdf", "docx", "xlsx")
CONSOLIDATION_FORMATS = ("pdf", "xlsx")


def _issuer(session: Session) -> str:
    epci = session.scalar(
        select(Organisation.name)
        .where(Organisation.type == OrganisationType.EPCI)
        .order_by(Organisation.id)
        .limit(1)
    )
    return epci or DEFAULT_ORGANISATION


def _render(document: Document, fmt: str) -> bytes:
    # The renderers (reportlab, python-docx) load on first export, not with the services.
    if fmt == "pdf":
        from gusp_desktop.documents.pdf import render_pdf_bytes

        return render_pdf_bytes(document)
    from gusp_desktop.documents.docx import render_docx_bytes

    return render_docx_bytes(document)


def write_export(path: Path, produce: Callable[[], bytes]) -> Path:
    """Write the file atomically with the exports' French errors (imported here: the export
    service's module reaches the agenda's, which asks this package for the COPIL's point)."""
    from gusp_desktop.services.exports import _write

    return _write(path, produce)


def _check_format(fmt: str, allowed: tuple[str, ...], what: str) -> None:
    if fmt not in allowed:
        raise ValidationError(
            {
                "format": Message(
                    "Format « {fmt} » impossible pour {what} : {items}.",
                    fmt=fmt,
                    what=what,
                    items=", ".join(allowed),
                )
            }
        )


class BilanService:
    """Reading, consolidating and exporting the bilans annuels."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def bilan(self, convention_id: int, year: int) -> Bilan:
        """The bilan of a convention for ``year`` (within its period)."""
        with self.context.read() as session:
            convention = get_or_404(session, AtfpbConvention, convention_id, "Convention ATFPB")
            if not convention.start_year <= year <= convention.end_year:
                raise ValidationError(
                    {
                        "year": Message(
                            "L'année {year} est hors de la convention ({start_year}–{end_year}).",
                            year=year,
                            start_year=convention.start_year,
                            end_year=convention.end_year,
                        )
                    }
                )
            return bilan_in(session, convention, year)

    def bilan_for(self, bailleur_code: str, quartier_code: str, year: int) -> Bilan:
        """The bilan of a bailleur on a quartier for ``year``."""
        with self.context.read() as session:
            return bilan_in(
                session, convention_for(session, bailleur_code, quartier_code, year), year
            )

    def consolidation(self, year: int) -> Consolidation:
        """Every convention running in ``year``, all bailleurs and quartiers."""
        with self.context.read() as session:
            return consolidation_in(session, year)

    def export_bilan(
        self, convention_id: int, year: int, path: str | os.PathLike[str], fmt: str
    ) -> Path:
        """Write the bilan annuel as PDF, DOCX or XLSX (atomically)."""
        _check_format(fmt, BILAN_FORMATS, "le bilan ATFPB")
        bilan = self.bilan(convention_id, year)
        with self.context.read() as session:
            issuer = _issuer(session)
        if fmt == "xlsx":
            data = workbook_bytes(bilan_sheets(bilan))
        else:
            data = _render(bilan_document(bilan, issuer), fmt)
        return write_export(Path(path), lambda: data)

    def export_consolidation(self, year: int, path: str | os.PathLike[str], fmt: str) -> Path:
        """Write the consolidated view of ``year`` as PDF or XLSX (atomically)."""
        _check_format(fmt, CONSOLIDATION_FORMATS, "la consolidation ATFPB")
        consolidation = self.consolidation(year)
        with self.context.read() as session:
            issuer = _issuer(session)
        if fmt == "xlsx":
            data = workbook_bytes(consolidation_sheets(consolidation))
        else:
            data = _render(consolidation_document(consolidation, issuer), fmt)
        return write_export(Path(path), lambda: data)

    def latest_reported_year(self, up_to: int) -> int | None:
        """The last year up to ``up_to`` with at least one realised line (a bilan to present)."""
        with self.context.read() as session:
            return latest_reported_year_in(session, up_to)

    def copil_item(self, up_to: int) -> AgendaItemData | None:
        """The « Bilans ATFPB » point of a COPIL with the figures of the latest reported year."""
        with self.context.read() as session:
            return copil_item_in(session, up_to)
