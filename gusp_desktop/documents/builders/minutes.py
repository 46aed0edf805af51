"""The compte rendu of a séance, laid out as French GUSP minutes are (DOMAIN.md §4).

En-tête (date, durée, lieu, objet, présidence, rédacteur), état des présences by organisation,
rappel de l'ordre du jour, then each point with its notes, decisions and actions, the summary
of decisions, questions diverses, the next meeting, the distribution list, the follow-up table
as an annex and, for a document to be signed, a validation block with room for signatures.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from gusp_desktop.documents.builders import common as c
from gusp_desktop.documents.builders.actions_by_item import ItemActions, assign_actions
from gusp_desktop.documents.french import format_time, long_date, short_date
from gusp_desktop.documents.model import (
    Block,
    BulletList,
    Column,
    Document,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    SignatureArea,
    Table,
)
from gusp_desktop.domain.minutes import MinutesContent, MinutesItem, PersonLine
from gusp_desktop.domain.wording import gendered
from gusp_desktop.signing.layout import SIGNATURE_AREA_HEIGHT

TITLE = "Compte rendu"
DRAFT_MARK = "PROJET — document de travail"
NO_NOTES = "Point abordé sans observation particulière."
NO_DECISION = "Aucune décision n'a été prise au cours de cette séance."
NO_QUESTION = "Aucune question diverse n'a été abordée."
_QUESTIONS = "questions diverses"
KIND_PHRASES = {"information": "Pour information", "decision": "Pour décision", "suivi": "Suivi"}


def build_minutes_document(
    content: MinutesContent,
    *,
    logo_path: Path | None = None,
    reserve_signature_area: bool = False,
    draft: bool = False,
) -> Document:
    """The compte rendu of ``content``'s séance.

    With ``reserve_signature_area`` the document ends with a « Validation » text and keeps
    :data:`~gusp_desktop.signing.layout.SIGNATURE_AREA_HEIGHT` points free at the bottom of
    its last page, where the signing workflow stamps the visible signature boxes. A ``draft``
    (sent for review) carries « PROJET — document de travail » on every page.
    """
    blocks: list[Block] = [*_facts(content), *_attendance(content), *_agenda_recall(content)]
    blocks += _proceedings(content)
    blocks += _questions(content)
    blocks += _decision_summary(content)
    blocks += _calendar(content)
    blocks += _distribution(content)
    blocks += _annex(content)
    if reserve_signature_area:
        blocks.append(validation_area(content, "Le présent compte rendu, annexe comprise,"))
    return Document(
        title=TITLE,
        subtitle=c.seance_subtitle(content),
        header=c.seance_header(content),
        blocks=tuple(blocks),
        logo_path=logo_path,
        footer_note=c.footer_note(content, TITLE),
        watermark=DRAFT_MARK if draft else "",
    )


def validation_area(content: MinutesContent, subject: str) -> SignatureArea:
    """The closing validation text with the room the signature boxes need below it."""
    writer = content.secretary.name if content.secretary else "le secrétariat de séance"
    president = content.president
    by = "la présidence de séance"
    if president is not None:
        by = gendered(
            president.civility,
            f"{president.name}, président de séance",
            f"{president.name}, présidente de séance",
            f"la présidence de séance ({president.name})",
        )
    text = (
        f"{subject} rédigé par {writer}, est validé par {by}. "
        "Les signatures électroniques des signataires figurent ci-dessous ; "
        "leur validité se vérifie dans le lecteur PDF."
    )
    return SignatureArea(SIGNATURE_AREA_HEIGHT, heading="VALIDATION", text=c.fr(text))


# ----------------------------------------------------------------------------- header


def _participants(content: MinutesContent) -> str:
    present, represented = len(content.present), len(content.represented)
    text = f"{present} présent{'s' if present > 1 else ''}"
    if represented:
        text += f", {represented} représenté{'s' if represented > 1 else ''}"
    return text + " (voir l'état des présences)"


def _names(people: Sequence[PersonLine]) -> str:
    return ", ".join(f"{p.name} ({p.organisation_code})" for p in people) or "Aucun"


def _subject(content: MinutesContent) -> str:
    """« Séance n° 1 de la cellule de veille Hauts-de-Marve », with the type when the name
    does not say it: « Séance n° 4 du COTECH GUSP inter-quartiers (comité technique) »."""
    text = f"Séance {c.numero(content.seance_number)} {c.of_instance(content)}"
    kind = content.instance_type_label
    if kind and kind.casefold() not in content.instance_name.casefold():
        text += f" ({kind.lower()})"
    return text


def _facts(content: MinutesContent) -> list[Block]:
    """The identity card of the séance, then its highlights (« Faits marquants »)."""
    pairs = (
        ("Date", long_date(content.local_date)),
        ("Durée", f"{c.time_span(content)} ({c.duration_text(content.duration_minutes)})"),
        ("Lieu", c.fr(content.place) or c.DASH),
        ("Objet", c.fr(_subject(content))),
        (c.president_label(content), c.person_with_organisation(content.president)),
        ("Participants", _participants(content)),
        (c.writer_label(content), c.person_with_organisation(content.secretary)),
        ("Excusés", c.fr(_names(content.excused))),
    )
    blocks: list[Block] = [KeyValues(pairs)]
    if content.summary.strip():
        blocks += [Heading("Faits marquants", 2), *c.text_paragraphs(content.summary, "")]
    return blocks


def _attendance(content: MinutesContent) -> list[Block]:
    """Présents, représentés, excusés and absents, each grouped by organisation."""
    blocks: list[Block] = [Heading("ÉTAT DES PRÉSENCES")]
    groups = (
        ("PRÉSENTS", content.present),
        ("REPRÉSENTÉS", content.represented),
        ("EXCUSÉS", content.excused),
        ("ABSENTS", content.absent),
    )
    for title, people in groups:
        if people or title != "REPRÉSENTÉS":
            blocks += [Heading(title, 2), *c.people_blocks(people)]
    if content.unrecorded:
        blocks += [Heading("PRÉSENCE NON RENSEIGNÉE", 2), *c.people_blocks(content.unrecorded)]
    return blocks


def _agenda_recall(content: MinutesContent) -> list[Block]:
    if not content.agenda:
        return [Heading("RAPPEL DE L'ORDRE DU JOUR"), Paragraph("Aucun point inscrit.", small=True)]
    items = tuple(c.fr(item.title) for item in content.agenda)
    return [Heading("RAPPEL DE L'ORDRE DU JOUR"), BulletList(items, ordered=True)]


# ----------------------------------------------------------------------------- points


def is_questions_item(item: MinutesItem) -> bool:
    """The « Questions diverses » point, which gets its own section as in French minutes."""
    return _QUESTIONS in item.title.casefold()


def _item_blocks(item: MinutesItem, actions: ItemActions) -> list[Block]:
    """One point: who presented it, the notes, its decisions and its actions."""
    blocks: list[Block] = [Heading(c.fr(f"{item.position}. {item.title}"), 2)]
    nature = KIND_PHRASES.get(item.kind, item.kind_label)
    if item.presenter_name:
        nature += f" – présenté par {item.presenter_name}"
    blocks.append(Paragraph(c.fr(nature), small=True))
    if item.description.strip():
        blocks += c.text_paragraphs(item.description, "")
    blocks += c.text_paragraphs(item.notes, NO_NOTES)
    if item.decisions:
        label = "Décision" if len(item.decisions) == 1 else "Décisions"
        blocks += [Heading(label, 3), BulletList(tuple(c.fr(d) for d in item.decisions))]
    if actions.lines:
        blocks += [Heading("Actions", 3), c.action_table(actions.lines, comments=True)]
    return blocks


def _proceedings(content: MinutesContent) -> list[Block]:
    """Every point except questions diverses, then actions no point mentions."""
    assigned = assign_actions(content)
    blocks: list[Block] = [Heading("DÉROULEMENT DE LA SÉANCE")]
    points = [item for item in content.agenda if not is_questions_item(item)]
    for item in points:
        blocks += _item_blocks(item, assigned.by_position.get(item.position, ItemActions()))
    if not points:
        blocks.append(Paragraph("Aucun point n'était inscrit à l'ordre du jour.", small=True))
    if assigned.unassigned:
        title = "Autres actions suivies ou décidées en séance"
        blocks += [Heading(title, 2), c.action_table(assigned.unassigned, comments=True)]
    return blocks


def _questions(content: MinutesContent) -> list[Block]:
    items = [item for item in content.agenda if is_questions_item(item)]
    blocks: list[Block] = [Heading("QUESTIONS DIVERSES")]
    notes = "\n\n".join(item.notes for item in items if item.notes.strip())
    blocks += c.text_paragraphs(notes, NO_QUESTION)
    decisions = tuple(c.fr(d) for item in items for d in item.decisions)
    if decisions:
        blocks += [Heading("Décisions", 3), BulletList(decisions)]
    return blocks


def decision_table(content: MinutesContent) -> Table | Paragraph:
    """Every decision with its number (point.rank) and the point it was taken under."""
    rows = tuple(
        (f"{item.position}.{rank}", c.fr(item.title), c.fr(text))
        for item in content.agenda
        for rank, text in enumerate(item.decisions, start=1)
    )
    if not rows:
        return Paragraph(NO_DECISION)
    columns = (Column("N°", 0.7), Column("Point de l'ordre du jour", 2.6), Column("Décision", 6))
    return Table(columns, rows)


def _decision_summary(content: MinutesContent) -> list[Block]:
    return [Heading("RÉSUMÉ DES DÉCISIONS PRISES"), decision_table(content)]


# ----------------------------------------------------------------------------- closing parts


def next_meeting_blocks(content: MinutesContent) -> list[Block]:
    """The next séance of the instance and what was said about it."""
    following = content.next_seance
    if following is None:
        text = "La date de la prochaine séance sera communiquée ultérieurement."
    else:
        moment = c.paris(following.starts_at)
        text = (
            f"Prochaine séance ({c.numero(following.number)}) : {long_date(following.local_date)} "
            f"à {format_time(moment)}"
        )
        text += f", {following.place}." if following.place else "."
    blocks: list[Block] = [Paragraph(c.fr(text), emphasis=True)]
    note = content.next_meeting_note
    if following is not None:
        note = "\n".join(
            line for line in note.splitlines() if not _states_date(line, following.local_date)
        )
    if note.strip():
        blocks += c.text_paragraphs(note, "")
    return blocks


def _states_date(line: str, day: dt.date) -> bool:
    """Whether a line of the note gives the date already printed above (« le 03/12 »,
    « 3 décembre »): the next séance is then stated once, from the séance itself."""
    forms = (
        f"{day.day:02d}/{day.month:02d}",
        f"{day.day}/{day.month}",
        c.letter_date(day).rsplit(" ", 1)[0],
    )
    folded = line.casefold()
    return any(re.search(rf"(?<![\d/]){re.escape(f)}(?![\d])", folded) for f in forms)


def _calendar(content: MinutesContent) -> list[Block]:
    return [Heading("CALENDRIER DES RENCONTRES À VENIR"), *next_meeting_blocks(content)]


def _distribution(content: MinutesContent) -> list[Block]:
    intro = "Le présent compte rendu est adressé aux membres et invités de l'instance :"
    if content.confidential:
        intro = (
            "Diffusion restreinte : le présent compte rendu est réservé aux membres de "
            "l'instance et ne doit pas être transmis :"
        )
    empty = "Aucun destinataire enregistré."
    blocks: list[Block] = [
        Heading("DIFFUSION"),
        Paragraph(c.fr(intro)),
        *c.people_blocks(content.distribution, empty),
    ]
    if content.copies:
        blocks += [Paragraph("Copie à :"), *c.people_blocks(content.copies)]
    if content.distribution_note.strip():
        blocks += c.text_paragraphs(content.distribution_note, "")
    return blocks


def _annex(content: MinutesContent) -> list[Block]:
    """The open actions of the instance's perimeter, overdue ones highlighted."""
    intro = (
        f"Actions non clôturées du périmètre de l'instance au {short_date(content.as_of)}. "
        "Les actions dont l'échéance est dépassée sont surlignées."
    )
    caption = f"Tableau de suivi – {c.actions_count(len(content.follow_up))}"
    return [
        PageBreak(),
        Heading("ANNEXE – TABLEAU DE SUIVI DES ACTIONS"),
        Paragraph(c.fr(intro), small=True),
        c.action_table(content.follow_up, caption=c.fr(caption)),
    ]
