"""The ordre du jour of a séance, as sent with the convocation or handed out on the day.

Each point shows its nature (information, décision, suivi), who presents it and an indicative
time computed from the start of the séance, so that presenters know when they speak.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gusp_desktop.documents.builders import common as c
from gusp_desktop.documents.french import format_time, long_date
from gusp_desktop.documents.model import Block, Column, Document, KeyValues, Paragraph, Table
from gusp_desktop.domain.agenda import AgendaItemDTO
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.domain.minutes import MinutesContent

TITLE = "Ordre du jour"
KIND_LABELS = {"information": "Information", "decision": "Décision", "suivi": "Suivi"}
COLUMNS = (
    Column("N°", 26, "center"),
    Column("Point", 214),
    Column("Nature", 60),
    Column("Présenté par", 88),
    Column("Horaire", 50, "center"),
    Column("Durée", 44, "center"),
)


def build_agenda_document(
    content: MinutesContent, detail: SeanceDetail, *, logo_path: Path | None = None
) -> Document:
    """The ordre du jour with indicative times; an empty agenda says it will follow."""
    pairs = (
        ("Date", long_date(content.local_date)),
        ("Horaire", c.time_span(content)),
        ("Lieu", c.fr(content.place) or c.DASH),
        ("Présidence", c.person_with_organisation(content.president)),
        ("Secrétariat", c.person_with_organisation(content.secretary)),
    )
    blocks: list[Block] = [KeyValues(pairs), *_points(content, detail)]
    return Document(
        title=TITLE,
        subtitle=c.seance_subtitle(content),
        header=c.seance_header(content),
        blocks=tuple(blocks),
        logo_path=logo_path,
        footer_note=c.footer_note(content, TITLE),
    )


def _point_text(item: AgendaItemDTO) -> str:
    """The title, with its description below when the point has one."""
    description = item.description.strip()
    return c.fr(f"{item.title}\n{description}" if description else item.title)


def _rows(content: MinutesContent, points: list[AgendaItemDTO]) -> tuple[tuple[str, ...], ...]:
    clock = c.paris(content.starts_at)
    rows = []
    for number, item in enumerate(points, start=1):
        rows.append(
            (
                str(number),
                _point_text(item),
                KIND_LABELS.get(item.kind.value, item.kind.label),
                c.fr(item.presenter_name) or c.DASH,
                format_time(clock),
                c.duration_text(item.planned_minutes) if item.planned_minutes else c.DASH,
            )
        )
        clock += dt.timedelta(minutes=item.planned_minutes)
    return tuple(rows)


def _points(content: MinutesContent, detail: SeanceDetail) -> list[Block]:
    points = c.planned_points(detail)
    if not points:
        return [Paragraph("L'ordre du jour détaillé sera communiqué ultérieurement.")]
    planned = sum(item.planned_minutes for item in points)
    total = (
        f"Durée prévue des points : {c.duration_text(planned)}, pour une séance de "
        f"{c.duration_text(content.duration_minutes)}. Les horaires sont indicatifs."
    )
    return [Table(COLUMNS, _rows(content, points)), Paragraph(c.fr(total), small=True)]
