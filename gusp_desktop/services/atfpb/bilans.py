"""Bilans annuels ATFPB: computed per convention and year, consolidated for the contrat de ville,
exported as PDF, DOCX and XLSX, and suggested as a COPIL agenda point once they exist."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import AtfpbConvention, AtfpbLine, Organisation, Quartier
from gusp_desktop.documents.builders.atfpb_bilan import (
    bilan_document,
    bilan_sheets,
    consolidation_document,
    consolidation_sheets,
)
from gusp_desktop.documents.builders.common import DEFAULT_ORGANISATION
from gusp_desktop.documents.docx import render_docx_bytes
from gusp_desktop.documents.model import Document
from gusp_desktop.documents.pdf import render_pdf_bytes
from gusp_desktop.documents.tabular import workbook_bytes
from gusp_desktop.domain.agenda import AgendaItemData
from gusp_desktop.domain.atfpb import (
    Bilan,
    Consolidation,
    Opinions,
    compute_bilan,
    euros,
    percent_text,
)
from gusp_desktop.domain.enums import AgendaItemKind, OrganisationType
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.services.atfpb.records import convention_dto, convention_for, line_dtos, lines_of
from gusp_desktop.services.base import ServiceContext, get_or_404
from gusp_desktop.services.exports import _write as write_export

BILAN_FORMATS = ("pdf", "docx", "xlsx")
CONSOLIDATION_FORMATS = ("pdf", "xlsx")
COPIL_ITEM_TITLE = "Bilans ATFPB"


def _bilan(session: Session, convention: AtfpbConvention, year: int) -> Bilan:
    dto = convention_dto(session, convention)
    lines = line_dtos(session, lines_of(session, convention.id, year))
    previous = None
    if convention.start_year <= year - 1:
        previous = line_dtos(session, lines_of(session, convention.id, year - 1)) or None
    record = dto.year(year)
    opinions = (
        Opinions(record.avis_commune, record.avis_epci, record.avis_etat) if record else Opinions()
    )
    return compute_bilan(dto, year, lines, previous, opinions)


def _issuer(session: Session) -> str:
    epci = session.scalar(
        select(Organisation.name)
        .where(Organisation.type == OrganisationType.EPCI)
        .order_by(Organisation.id)
        .limit(1)
    )
    return epci or DEFAULT_ORGANISATION


def _render(document: Document, fmt: str) -> bytes:
    return render_pdf_bytes(document) if fmt == "pdf" else render_docx_bytes(document)


def _check_format(fmt: str, allowed: tuple[str, ...], what: str) -> None:
    if fmt not in allowed:
        raise ValidationError(
            {"format": f"Format « {fmt} » impossible pour {what} : {', '.join(allowed)}."}
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
                        "year": f"L'année {year} est hors de la convention "
                        f"({convention.start_year}–{convention.end_year})."
                    }
                )
            return _bilan(session, convention, year)

    def bilan_for(self, bailleur_code: str, quartier_code: str, year: int) -> Bilan:
        """The bilan of a bailleur on a quartier for ``year``."""
        with self.context.read() as session:
            return _bilan(
                session, convention_for(session, bailleur_code, quartier_code, year), year
            )

    def consolidation(self, year: int) -> Consolidation:
        """Every convention running in ``year``, all bailleurs and quartiers."""
        with self.context.read() as session:
            rows = session.scalars(
                select(AtfpbConvention)
                .join(Organisation, Organisation.id == AtfpbConvention.bailleur_id)
                .join(Quartier, Quartier.id == AtfpbConvention.quartier_id)
                .where(AtfpbConvention.start_year <= year, AtfpbConvention.end_year >= year)
                .order_by(Organisation.code, Quartier.code)
            )
            return Consolidation(year, tuple(_bilan(session, r, year) for r in rows))

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
            return session.scalar(
                select(AtfpbLine.year)
                .where(AtfpbLine.year <= up_to, AtfpbLine.status.is_not(None))
                .order_by(AtfpbLine.year.desc())
                .limit(1)
            )

    def copil_item(self, up_to: int) -> AgendaItemData | None:
        """The « Bilans ATFPB » point of a COPIL with the figures of the latest reported year."""
        year = self.latest_reported_year(up_to)
        if year is None:
            return None
        consolidation = self.consolidation(year)
        lines = []
        for b in consolidation.bilans:
            c = b.convention
            missing = len(b.unjustified)
            lines.append(
                f"- {c.bailleur_name} – {c.quartier_code} : {c.logements} logements, "
                f"abattement {euros(b.abattement)}, réalisé {euros(b.realised_total)} "
                f"({percent_text(b.used_percent)})"
                + (f", {missing} ligne(s) à justifier" if missing else "")
            )
        total = (
            f"Total : {consolidation.logements} logements, abattements "
            f"{euros(consolidation.abattement)}, réalisé {euros(consolidation.realised_total)} "
            f"({percent_text(consolidation.used_percent)})."
        )
        return AgendaItemData(
            title=f"{COPIL_ITEM_TITLE} {year}",
            kind=AgendaItemKind.INFORMATION,
            planned_minutes=20,
            description="\n".join([*lines, total]),
        )
