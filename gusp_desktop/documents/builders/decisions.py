"""The relevé de décisions: the short form of the minutes, often all a COPIL member reads.

Who sat, what was decided (numbered by point), the actions opened, those running late and the
next meeting, on one or two pages. Co-chairs sometimes sign it, hence the optional
validation block as on the compte rendu.
"""

from __future__ import annotations

from pathlib import Path

from gusp_desktop.documents.builders import common as c
from gusp_desktop.documents.builders.minutes import (
    decision_table,
    next_meeting_blocks,
    validation_area,
)
from gusp_desktop.documents.french import long_date
from gusp_desktop.documents.model import Block, Document, Heading, KeyValues, Paragraph
from gusp_desktop.domain.minutes import MinutesContent

TITLE = "Relevé de décisions"


def build_decisions_document(
    content: MinutesContent,
    *,
    logo_path: Path | None = None,
    reserve_signature_area: bool = False,
) -> Document:
    """The relevé de décisions of ``content``'s séance (same options as the compte rendu)."""
    blocks: list[Block] = [*_facts(content), *_decisions(content), *_actions(content)]
    blocks += [Heading("PROCHAINE RÉUNION"), *next_meeting_blocks(content)]
    if reserve_signature_area:
        blocks.append(validation_area(content, "Le présent relevé de décisions,"))
    return Document(
        title=TITLE,
        subtitle=c.seance_subtitle(content),
        header=c.seance_header(content),
        blocks=tuple(blocks),
        logo_path=logo_path,
        footer_note=c.footer_note(content, TITLE),
    )


def _facts(content: MinutesContent) -> list[Block]:
    attending = (*content.present, *content.represented)
    pairs = (
        ("Date", f"{long_date(content.local_date)}, {c.time_span(content)}"),
        ("Lieu", c.fr(content.place) or c.DASH),
        (c.president_label(content), c.person_with_organisation(content.president)),
        (c.writer_label(content), c.person_with_organisation(content.secretary)),
    )
    return [
        KeyValues(pairs),
        Heading("PARTICIPANTS", 2),
        *c.people_blocks(attending),
        Heading("EXCUSÉS", 2),
        *c.people_blocks(content.excused),
    ]


def _decisions(content: MinutesContent) -> list[Block]:
    return [Heading("DÉCISIONS"), decision_table(content)]


def _actions(content: MinutesContent) -> list[Block]:
    """Actions opened in the séance, then the instance's actions whose deadline has passed."""
    blocks: list[Block] = [Heading("ACTIONS NOUVELLES")]
    if content.new_actions:
        blocks.append(c.action_table(content.new_actions))
    else:
        blocks.append(Paragraph("Aucune action nouvelle n'a été inscrite au plan.", small=True))
    late = tuple(line for line in content.follow_up if line.overdue)
    blocks.append(Heading("ACTIONS EN RETARD"))
    if late:
        blocks.append(c.action_table(late))
    else:
        blocks.append(Paragraph("Aucune action du périmètre n'est en retard.", small=True))
    return blocks
