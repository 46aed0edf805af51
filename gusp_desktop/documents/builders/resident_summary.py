"""The synthèse pour les habitants as a document: short sentences, large type, a glossary.

Three parts answer the questions residents ask: what was reported, what was decided, what
was done (and by which organisation). A period with nothing recorded gives a short document
that says so rather than empty sections. The glossary explains only the words the document
uses, plus GUSP and bailleur, which every synthèse needs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from babel.dates import format_date

from gusp_desktop.documents.builders.common import fr, issued_document
from gusp_desktop.documents.model import (
    Block,
    BulletList,
    Column,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Table,
)
from gusp_desktop.domain.resident_summary import ResidentSummary, SummaryAction

TITLE = "Synthèse pour les habitants"
NOTHING = "Rien n'a été enregistré pour ce quartier pendant cette période."
GLOSSARY_HEADING = "Petit lexique"
GLOSSARY = (
    (
        "GUSP",
        "Gestion urbaine et sociale de proximité : la ville, l'agglomération, les bailleurs, "
        "l'État et les associations travaillent ensemble pour un quartier propre, sûr et "
        "bien entretenu.",
    ),
    ("Bailleur", "L'organisme propriétaire des logements sociaux, à qui l'on paie son loyer."),
    ("Constat", "Un problème (ou un point positif) noté sur place, lors d'une visite."),
    ("Signalement", "Un problème signalé par un habitant ou un partenaire."),
    ("Comité technique", "Réunion régulière des services et des partenaires du quartier."),
    ("Comité de pilotage", "Réunion des élus et des responsables qui fixe les priorités."),
    ("Diagnostic en marchant", "Visite du quartier à pied avec les habitants et les services."),
    ("Marche exploratoire", "Visite du quartier par des habitantes, à plusieurs horaires."),
    ("Conseil citoyen", "Groupe d'habitants qui participe aux décisions sur le quartier."),
    ("NPNRU", "Programme national de renouvellement urbain : grands travaux de rénovation."),
    ("PMR", "Personnes à mobilité réduite (fauteuil, poussette, difficultés à marcher)."),
    ("ATFPB", "Réduction de taxe foncière accordée aux bailleurs en échange de services en plus."),
    ("Vigik", "Badge électronique qui ouvre les portes des halls."),
    ("LED", "Éclairage qui consomme peu d'électricité."),
    ("HS", "Hors service : en panne."),
    ("COTECH", "Comité technique (voir ce mot)."),
    ("COPIL", "Comité de pilotage (voir ce mot)."),
    ("DEM", "Diagnostic en marchant (voir ce mot)."),
    ("OPH", "Office public de l'habitat : un bailleur public."),
    ("PM", "Police municipale."),
    ("Domanialité", "Qui possède et entretient un espace : la ville, le bailleur ou un autre."),
)
_ALWAYS = ("GUSP", "Bailleur")
_NUMBER = r"[A-Z]{2,4}-\d{2}-\d{3}"
_NUMBERS = re.compile(rf"\s*\({_NUMBER}(?:(?:,\s*|\s+et\s+){_NUMBER})*\)")


def _day(value: dt.date) -> str:
    text = str(format_date(value, format="d MMMM y", locale="fr_FR"))
    return text.replace("1 ", "1er ", 1) if value.day == 1 else text


def period_text(summary: ResidentSummary) -> str:
    """« du 1er janvier 2025 au 30 juin 2025 »."""
    return f"du {_day(summary.start)} au {_day(summary.end)}"


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _reported(summary: ResidentSummary) -> list[Block]:
    blocks: list[Block] = [Heading("1. Ce qui a été signalé", 1)]
    if not summary.reported:
        return [*blocks, Paragraph("Aucun problème n'a été signalé pendant cette période.")]
    constats = sum(t.constats for t in summary.reported)
    signalements = sum(t.signalements for t in summary.reported)
    blocks.append(
        Paragraph(
            fr(
                f"{_plural(constats + signalements, 'remarque', 'remarques')} : "
                f"{_plural(constats, 'constat', 'constats')} lors de visites sur place et "
                f"{_plural(signalements, 'signalement', 'signalements')}."
            )
        )
    )
    rows = tuple(
        (t.theme, str(t.constats), str(t.signalements), str(t.total)) for t in summary.reported
    )
    blocks.append(
        Table(
            (
                Column("Sujet", 2.6),
                Column("Constats", 1.2, "right"),
                Column("Signalements", 1.7, "right"),
                Column("Total", 0.9, "right"),
            ),
            rows,
            caption="Nombre de remarques par sujet",
        )
    )
    for theme in summary.reported:
        if theme.examples:
            blocks.append(Heading(fr(f"{theme.theme} : quelques exemples"), 2))
            blocks.append(BulletList(tuple(fr(e) for e in theme.examples)))
    return blocks


def _without_numbers(text: str) -> str:
    """The decision without the action numbers in brackets, which mean nothing to residents."""
    return _NUMBERS.sub("", text).strip()


def _decided(summary: ResidentSummary) -> list[Block]:
    blocks: list[Block] = [Heading("2. Ce qui a été décidé", 1)]
    if not summary.decisions:
        return [*blocks, Paragraph("Aucune décision n'a été prise pendant cette période.")]
    blocks.append(Paragraph("Les partenaires se sont réunis et ont décidé :"))
    items = tuple(
        fr(f"le {_day(d.date)}, en {d.meeting} : {_without_numbers(d.text)}")
        for d in summary.decisions
    )
    return [*blocks, BulletList(items)]


def _action_items(actions: Sequence[SummaryAction]) -> list[Block]:
    blocks: list[Block] = []
    themes = sorted({a.theme for a in actions})
    for theme in themes:
        blocks.append(Heading(fr(theme), 3))
        lines = []
        for action in (a for a in actions if a.theme == theme):
            where = f" ({action.place})" if action.place else ""
            lines.append(fr(f"{action.title}{where} — responsable : {action.organisation}."))
        blocks.append(BulletList(tuple(lines)))
    return blocks


def _done(summary: ResidentSummary) -> list[Block]:
    blocks: list[Block] = [Heading("3. Ce qui a été fait", 1)]
    if not summary.actions:
        return [*blocks, Paragraph("Aucune action n'a avancé pendant cette période.")]
    done, going = summary.done, summary.in_progress
    blocks.append(
        Paragraph(
            fr(
                f"{_plural(len(done), 'action terminée', 'actions terminées')} et "
                f"{_plural(len(going), 'action en cours', 'actions en cours')}. "
                "Pour chacune, l'organisme responsable est indiqué."
            )
        )
    )
    if done:
        blocks += [Heading("Actions terminées", 2), *_action_items(done)]
    if going:
        blocks += [Heading("Actions en cours", 2), *_action_items(going)]
    return blocks


def _glossary(blocks: Sequence[Block]) -> list[Block]:
    words = " ".join(_texts(blocks))
    pairs = tuple(
        (term, fr(meaning)) for term, meaning in GLOSSARY if term in _ALWAYS or _uses(words, term)
    )
    return [Heading(GLOSSARY_HEADING, 1), KeyValues(pairs)]


def _uses(text: str, term: str) -> bool:
    """Acronyms as written (whole words), other terms in any case."""
    if term.isupper():
        return re.search(rf"(?<!\w){term}(?!\w)", text) is not None
    return re.search(rf"(?<!\w){term.lower()}", text.lower()) is not None


def _texts(blocks: Sequence[Block]) -> list[str]:
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading | Paragraph):
            texts.append(block.text)
        elif isinstance(block, BulletList):
            texts += block.items
        elif isinstance(block, Table):
            texts += [cell for row in block.rows for cell in row]
    return texts


def build_resident_summary(summary: ResidentSummary) -> Document:
    """The synthèse of one quartier over one period, ready for PDF, DOCX and HTML."""
    place = (
        f"{summary.quartier_name} ({summary.communes})"
        if summary.communes
        else summary.quartier_name
    )
    intro = Paragraph(
        fr(
            f"Ce document dit ce qui a été signalé, décidé et fait dans le quartier "
            f"{place}, {period_text(summary)}. Il ne nomme personne et ne reprend aucune "
            "information confidentielle."
        )
    )
    if summary.empty:
        body: list[Block] = [
            intro,
            Heading("Rien à signaler", 1),
            Paragraph(NOTHING, emphasis=True),
        ]
    else:
        body = [intro, *_reported(summary), *_decided(summary), *_done(summary)]
    body += _glossary(body)
    return issued_document(
        TITLE,
        body,
        issuer=summary.issuer,
        subtitle=fr(f"{summary.quartier_name} — {period_text(summary)}"),
        quartiers=(summary.quartier_name,),
        date_text=period_text(summary),
        footer_note=f"{TITLE} — publiée le {summary.generated_on:%d/%m/%Y}",
        large_type=True,
    )
