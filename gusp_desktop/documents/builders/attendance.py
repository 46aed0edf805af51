"""The feuille d'émargement: invited people pre-filled, with room to sign by hand.

Printed and passed round the table, then used to fill the état des présences of the minutes.
Rows are tall enough for a signature, invitees come grouped by organisation as in the
directory, and blank rows at the end take the people who come without being invited.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from gusp_desktop.documents.builders import common as c
from gusp_desktop.documents.french import long_date
from gusp_desktop.documents.model import Block, Column, Document, KeyValues, Paragraph, Table
from gusp_desktop.domain.minutes import MinutesContent
from gusp_desktop.domain.wording import counted

TITLE = "Feuille d'émargement"
SIGNATURE_ROW_MM = 13.0
BLANK_ROWS = 6
COLUMNS = (
    Column("N°", 24, "center"),
    Column("Organisation", 130),
    Column("Nom et prénom", 105),
    Column("Fonction", 95),
    Column("Signature", 128),
)
INSTRUCTIONS = (
    "Merci d'émarger en face de votre nom. Si vous représentez une personne invitée, "
    "inscrivez « pour » suivi de son nom dans la case de signature ; si votre nom ne "
    "figure pas sur la liste, complétez une ligne vierge à la fin."
)
PRIVACY = (
    "Les informations de cette feuille servent uniquement à établir l'état des présences du "
    "compte rendu de la séance ; elles ne sont pas communiquées à des tiers."
)


def build_attendance_document(
    content: MinutesContent,
    *,
    functions: Mapping[int, str] | None = None,
    logo_path: Path | None = None,
    blank_rows: int = BLANK_ROWS,
) -> Document:
    """The sheet for ``content``'s invitees; ``functions`` maps contact ids to their function."""
    functions = functions or {}
    rows = [
        (
            str(number),
            c.fr(person.organisation_name),
            c.fr(person.name),
            c.fr(functions.get(person.contact_id, "")),
            "",
        )
        for number, person in enumerate(content.distribution, start=1)
    ]
    first_blank = len(rows) + 1
    rows += [(str(first_blank + i), "", "", "", "") for i in range(max(0, blank_rows))]
    pairs = (
        ("Date", long_date(content.local_date)),
        ("Horaire", c.time_span(content)),
        ("Lieu", c.fr(content.place) or c.DASH),
        (c.president_label(content), c.person_with_organisation(content.president)),
    )
    caption = counted(len(content.distribution), "personne invitée")
    blocks: list[Block] = [
        KeyValues(pairs),
        Paragraph(c.fr(INSTRUCTIONS), small=True),
        Table(COLUMNS, tuple(rows), caption=c.fr(caption), min_row_height_mm=SIGNATURE_ROW_MM),
        Paragraph(c.fr(PRIVACY), small=True),
    ]
    return Document(
        title=TITLE,
        subtitle=c.seance_subtitle(content),
        header=c.seance_header(content),
        blocks=tuple(blocks),
        logo_path=logo_path,
        footer_note=c.footer_note(content, TITLE),
    )
