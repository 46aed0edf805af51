"""Compte rendu and relevé de décisions builders: structure, empty parts, size, signature room."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from gusp_desktop.documents import docx, pdf
from gusp_desktop.documents.builders.actions_by_item import NEW_ACTION_COMMENT, assign_actions
from gusp_desktop.documents.builders.common import duration_text, fr
from gusp_desktop.documents.builders.decisions import build_decisions_document
from gusp_desktop.documents.builders.minutes import (
    NO_DECISION,
    NO_QUESTION,
    build_minutes_document,
)
from gusp_desktop.documents.model import (
    BulletList,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    SignatureArea,
    Table,
)
from gusp_desktop.signing.layout import SIGNATURE_AREA_HEIGHT
from tests.unit.documents.builder_samples import action_line, item, make_content, replace
from tests.unit.documents.tools import pdf_page_count, pdf_text, require

MINUTES_HEADINGS = [
    "ÉTAT DES PRÉSENCES",
    "PRÉSENTS",
    "EXCUSÉS",
    "ABSENTS",
    "RAPPEL DE L'ORDRE DU JOUR",
    "QUESTIONS DIVERSES",
    "RÉSUMÉ DES DÉCISIONS PRISES",
    "CALENDRIER DES RENCONTRES À VENIR",
    "DIFFUSION",
]


def texts(document: Document) -> list[str]:
    """Every text of the document's blocks, in order."""
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading | Paragraph):
            out.append(block.text)
        elif isinstance(block, BulletList):
            out.extend(block.items)
        elif isinstance(block, KeyValues):
            out.extend(f"{k} : {v}" for k, v in block.pairs)
        elif isinstance(block, Table):
            out.extend(" | ".join(row) for row in block.rows)
        elif isinstance(block, SignatureArea):
            out += [block.heading, block.text]
    return out


def headings(document: Document) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Heading)]


def flat(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def test_minutes_follow_the_french_structure() -> None:
    document = build_minutes_document(make_content())
    found = headings(document)
    positions = [found.index(h) for h in MINUTES_HEADINGS]
    assert positions == sorted(positions)
    assert document.title == "Compte rendu"
    facts = next(b for b in document.blocks if isinstance(b, KeyValues))
    labels = [k for k, _ in facts.pairs]
    assert labels == [
        "Date",
        "Durée",
        "Lieu",
        "Objet",
        "Présidence de séance",
        "Participants",
        "Rédaction",
        "Excusés",
    ]
    assert "Trait d’Union Médiation : Léa Dufossé" in [flat(t) for t in texts(document)]
    assert "ANNEXE – TABLEAU DE SUIVI DES ACTIONS" in found
    assert not any(isinstance(b, SignatureArea) for b in document.blocks)


def test_decisions_are_numbered_by_point() -> None:
    document = build_minutes_document(make_content())
    table = next(
        b for b in document.blocks if isinstance(b, Table) and b.columns[-1].title == "Décision"
    )
    assert [row[0] for row in table.rows] == ["1.1", "2.1"]


def test_actions_go_under_the_point_citing_them() -> None:
    content = make_content()
    assigned = assign_actions(content)
    assert [a.number for a in assigned.by_position[2].lines] == ["HM-25-002", "HM-25-010"]
    assert [a.number for a in assigned.unassigned] == ["HM-25-061"]
    assert assigned.unassigned[0].comment == NEW_ACTION_COMMENT
    cited = replace(content, agenda=(item(3, "Retours DEM", "suivi", notes="Voir HM-25-061."),))
    assert [a.number for a in assign_actions(cited).by_position[3].lines] == [
        "HM-25-002",
        "HM-25-010",
        "HM-25-061",
    ]


def test_empty_sections_say_so() -> None:
    content = make_content(
        agenda=(),
        followed_actions=(),
        new_actions=(),
        follow_up=(),
        present=(),
        excused=(),
        absent=(),
        distribution=(),
        next_seance=None,
        summary="",
        president=None,
        secretary=None,
    )
    document = build_minutes_document(content, reserve_signature_area=True)
    all_text = texts(document)
    assert NO_DECISION in all_text
    assert NO_QUESTION in all_text
    assert "La date de la prochaine séance sera communiquée ultérieurement." in all_text
    decisions = build_decisions_document(content)
    assert NO_DECISION in texts(decisions)
    assert pdf.render_pdf_bytes(document).startswith(b"%PDF")
    assert docx.render_docx_bytes(decisions)[:2] == b"PK"


def test_long_texts_and_300_row_annex_lay_out(tmp_path: Path) -> None:
    notes = "\n\n".join(
        f"Paragraphe {i} : " + "le cœur du quartier « Hauts-de-Marve » mérite attention. " * 40
        for i in range(25)
    )
    annex = tuple(action_line(f"HM-25-{i:03d}", overdue=i % 7 == 0) for i in range(1, 301))
    content = make_content(
        agenda=(item(1, "Point très long " * 30, "suivi", notes=notes, decisions=("x" * 3000,)),),
        follow_up=annex,
    )
    path = tmp_path / "long.pdf"
    pdf.render_pdf(build_minutes_document(content, reserve_signature_area=True), path)
    assert pdf_page_count(path) > 10
    last = pdf_text(path, pdf_page_count(path))
    assert "VALIDATION" in last
    assert len(docx.build_docx(build_minutes_document(content)).tables) >= 3


def _lowest_text_bottom(path: Path, page: int) -> float:
    """Distance in points from the page bottom to the lowest word that is not the footer."""
    html = subprocess.run(
        [require("pdftotext"), "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))
    bottoms = [
        height - float(y_max)
        for y_max in re.findall(
            r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)"', html
        )
        if height - float(y_max) > 40  # the footer line and page number lie lower
    ]
    return min(bottoms)


# Without the reserved room, these lengths end their text 70 to 240 pt above the page bottom.
@pytest.mark.parametrize("rows", [0, 18, 21, 42, 66])
def test_signature_room_is_kept_empty_on_the_last_page(tmp_path: Path, rows: int) -> None:
    """Whatever the length, nothing is printed in the signature boxes' area of the last page."""
    follow_up = tuple(action_line(f"HM-25-{i:03d}") for i in range(rows))
    path = tmp_path / "signe.pdf"
    document = build_minutes_document(
        make_content(follow_up=follow_up), reserve_signature_area=True
    )
    assert isinstance(document.blocks[-1], SignatureArea)
    assert document.blocks[-1].height_pt == SIGNATURE_AREA_HEIGHT == 186
    pdf.render_pdf(document, path)
    last = pdf_page_count(path)
    assert "VALIDATION" in pdf_text(path, last)
    bottom_margin = 2.0 * 72 / 2.54
    assert _lowest_text_bottom(path, last) >= bottom_margin + SIGNATURE_AREA_HEIGHT - 1


def test_decisions_document_is_short_and_lists_late_actions(tmp_path: Path) -> None:
    document = build_decisions_document(make_content(), reserve_signature_area=True)
    found = headings(document)
    assert found[:2] == ["PARTICIPANTS", "EXCUSÉS"]
    assert {"DÉCISIONS", "ACTIONS NOUVELLES", "ACTIONS EN RETARD", "PROCHAINE RÉUNION"} <= set(
        found
    )
    late = [b for b in document.blocks if isinstance(b, Table)][-1]
    assert [row[0] for row in late.rows] == ["HM-25-002"]
    assert late.highlighted_rows == frozenset({0})
    path = tmp_path / "releve.pdf"
    pdf.render_pdf(document, path)
    text = flat(pdf_text(path))
    assert "Relevé de décisions" in text and "Nouvelle échéance au 30/09." in text


def test_confidential_instance_restricts_distribution() -> None:
    document = build_minutes_document(make_content(confidential=True))
    assert "confidentiel" in document.footer_note
    assert any("Diffusion restreinte" in t for t in texts(document))


def test_french_spacing_helpers() -> None:
    assert fr("Chiffrage : 45 000 € pour 52 km/h") == (
        "Chiffrage\u202f: 45\u202f000\u00a0€ pour 52\u00a0km/h"
    )
    assert fr("en 2025 100 actions") == "en 2025 100 actions"
    assert [duration_text(m) for m in (45, 60, 150)] == [
        "45\u00a0min",
        "1\u00a0h",
        "2\u00a0h\u00a030",
    ]


def test_next_meeting_is_stated_once() -> None:
    """The note typed about the next meeting repeats its date: the line built from the séance
    itself is kept, the repeated sentence is not; other remarks stay."""
    note = "Prochain COTECH le 11/09 à 9 h 30, hôtel.\nPenser aux bilans ATFPB."
    document = build_minutes_document(make_content(next_meeting_note=note))
    joined = "\n".join(texts(document))
    assert joined.count("11 septembre") == 1
    assert "11/09 à" not in joined
    assert "Penser aux bilans ATFPB." in joined


def test_minutes_subject_has_the_article_and_the_annex_real_plurals() -> None:
    document = build_minutes_document(make_content())
    facts = next(b for b in document.blocks if isinstance(b, KeyValues))
    subject = dict(facts.pairs)["Objet"]
    assert subject == "Séance n°\u00a04 du COTECH GUSP inter-quartiers (comité technique)"
    annex = [b for b in document.blocks if isinstance(b, Table) and b.caption]
    assert annex[-1].caption.endswith("2 actions")
