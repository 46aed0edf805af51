"""Sample documents exercising what real GUSP documents contain."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from gusp_desktop.documents.model import (
    BulletList,
    Column,
    Document,
    DocumentHeader,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    SignatureSlot,
    SignatureSlots,
    Table,
)

ACCENTS = "é è à ç œ Œ « » €"
ROW_COUNT = 300
HIGHLIGHTED = frozenset({2, 5, 299})
TABLE_COLUMNS = (
    Column("N°", 0.6, "right"),
    Column("Action", 4),
    Column("Pilote", 2),
    Column("Échéance", 1.3, "center"),
    Column("État", 1.2),
)
HEADER = DocumentHeader(
    organisation_name="Ville de Montreuil-sur-Loire",
    instance="Comité technique GUSP",
    quartiers=("Les Hauts de Ville", "La Noue"),
    seance_label="Séance n° 4",
    date_text="jeudi 12 juin 2025 à 14 h 30",
    place="Maison de quartier des Œillets",
)
LONG_TEXT = " ".join(
    f"Phrase {i} : le cœur du quartier mérite une gestion de proximité attentive."
    for i in range(400)
)


def action_rows() -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            str(i + 1),
            f"Action n° {i + 1} : réparer l'éclairage « rue des Œillets » – coût {i * 10} €",
            "Bailleur Habitat Sud",
            "30/06/2025",
            "En retard" if i in HIGHLIGHTED else "En cours",
        )
        for i in range(ROW_COUNT)
    )


def sample_document(*, landscape: bool = False, logo: Path | None = None) -> Document:
    """A compte rendu: key facts, attendees, a 300-row follow-up table, an empty section,
    a very long paragraph and signature boxes."""
    return Document(
        title="Compte rendu du comité technique",
        subtitle="Relevé des décisions",
        header=HEADER,
        landscape=landscape,
        logo_path=logo,
        footer_note="Diffusion : membres du comité",
        blocks=(
            KeyValues((("Date", "jeudi 12 juin 2025"), ("Lieu", "Maison de quartier"))),
            Heading("Participants", 1),
            BulletList(("Élodie Martin (Ville)", "François Œuvray (bailleur)")),
            Paragraph(f"Caractères : {ACCENTS}"),
            Paragraph("Balises <b>non interprétées</b> & co", emphasis=True),
            Heading("Suivi des actions", 1),
            Table(TABLE_COLUMNS, action_rows(), HIGHLIGHTED, "Tableau de suivi"),
            Heading("Section sans contenu", 2),
            Heading("Échanges", 1),
            Paragraph(LONG_TEXT),
            Paragraph("Mention légale en petit.", small=True),
            PageBreak(),
            Heading("Validation", 1),
            SignatureSlots(
                (
                    SignatureSlot("Le président de séance", "Marc Dupont"),
                    SignatureSlot("La rédactrice", "Élodie Martin"),
                )
            ),
        ),
    )


def small_document(**changes: object) -> Document:
    """A one-page document for focused checks."""
    base = Document(
        title="Feuille d'émargement",
        header=HEADER,
        blocks=(
            Table(
                (Column("Nom", 2), Column("Organisation", 2), Column("Signature", 2)),
                (("Élodie Martin", "Ville", ""), ("Jean Dupont", "Bailleur", "")),
                frozenset({1}),
                min_row_height_mm=12,
            ),
        ),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]
