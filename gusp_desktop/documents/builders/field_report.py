"""Compte rendu of a walk and, months later, its restitution to residents: one builder each,
PDF and DOCX alike.

The compte rendu follows the route: for each halte its constats (+/−, theme, gravité), the
photos, the gestionnaire, the préconisation, the residents' own words and the actions decided
(pilot, deadline); the priorities close it. The restitution says for each constat what was
done, from the actions' history, and names nobody: no participants, no pilots' names, no
residents' words.
"""

from __future__ import annotations

from pathlib import Path

from gusp_desktop.documents.builders.common import DASH, fr, numero
from gusp_desktop.documents.model import (
    Block,
    BulletList,
    Column,
    Document,
    DocumentHeader,
    Heading,
    KeyValues,
    Paragraph,
    Picture,
    Pictures,
    Table,
)
from gusp_desktop.domain.field_report import FieldReport, ReportConstat, ReportHalte

CONFIDENTIAL = "Diffusion restreinte : document réservé aux membres de l'instance."
PRIORITY_GRAVITY = "Forte"


def _header(report: FieldReport) -> DocumentHeader:
    return DocumentHeader(
        organisation_name=report.organisation,
        instance=report.instance,
        seance_label=report.seance_label,
        date_text=report.date_text,
        place=report.place,
    )


def _footer(report: FieldReport, what: str) -> str:
    note = f"{what} — généré le {report.generated_on}"
    return f"{note} — {CONFIDENTIAL}" if report.confidential else note


def _sign(constat: ReportConstat) -> str:
    return "Constat positif" if constat.positive else "Dysfonctionnement"


def _photos(constat: ReportConstat) -> list[Block]:
    if not constat.photos:
        return []
    items = tuple(Picture(p.data, fr(p.caption)) for p in constat.photos)
    return [Pictures(items, per_row=2)]


def _constat_blocks(constat: ReportConstat) -> list[Block]:
    title = f"Constat {numero(constat.number)} — {constat.theme}"
    pairs = [
        (
            "Nature",
            _sign(constat) + (f", gravité {constat.gravity.lower()}" if constat.gravity else ""),
        ),
        ("Lieu", constat.place or DASH),
        ("Gestionnaire", constat.gestionnaire or DASH),
        ("Préconisation", constat.preconisation or DASH),
        (
            "Suite",
            constat.status + (f" : {constat.status_reason}" if constat.status_reason else ""),
        ),
    ]
    blocks: list[Block] = [
        Heading(fr(title), 3),
        Paragraph(fr(constat.text)),
        KeyValues(tuple((k, fr(v)) for k, v in pairs)),
    ]
    if constat.resident_words:
        blocks.append(Paragraph(fr(f"Paroles d'habitants : {constat.resident_words}"), small=True))
    blocks += _photos(constat)
    if constat.actions:
        blocks.append(
            Table(
                (
                    Column("N°", 1.1),
                    Column("Action", 3),
                    Column("Pilote", 1.4),
                    Column("Échéance", 1.1),
                    Column("État", 1.1),
                ),
                tuple(
                    (a.number, fr(a.title), fr(a.pilot), a.deadline or DASH, a.status)
                    for a in constat.actions
                ),
                caption="Actions décidées",
                compact=True,
            )
        )
    return blocks


def _halte_title(halte: ReportHalte) -> str:
    title = f"Halte {halte.position} — {halte.name}"
    return title + (f" ({halte.time})" if halte.time else "")


def _priorities(report: FieldReport) -> list[Block]:
    urgent = [
        c
        for h in report.haltes
        for c in h.constats
        if not c.positive and c.gravity == PRIORITY_GRAVITY
    ]
    lines = tuple(
        fr(
            f"{numero(c.number)} {c.text}"
            + (
                f" — {c.actions[0].number}, {c.actions[0].pilot}"
                if c.actions
                else " — sans action à ce jour"
            )
        )
        for c in urgent
    )
    return [
        Heading("Priorités", 1),
        BulletList(lines) if lines else Paragraph("Aucun constat de gravité forte."),
    ]


def _route_picture(report: FieldReport) -> list[Block]:
    """The map of the walk under the route's table, when the haltes have positions."""
    if not report.route_map:
        return []
    caption = "Parcours (losanges numérotés : haltes ; ronds : constats)"
    return [Pictures((Picture(report.route_map, caption),), per_row=1)]


def build_diagnostic_document(report: FieldReport, *, logo_path: Path | None = None) -> Document:
    """Compte rendu of a diagnostic en marchant or a marche exploratoire."""
    count = sum(len(h.constats) for h in report.haltes)
    blocks: list[Block] = [
        KeyValues(
            (
                ("Démarche", report.walk_kind),
                ("Date", report.date_text),
                ("Départ", fr(report.place) or DASH),
                ("Constats", str(count)),
            )
        ),
        Heading("Objectifs", 1),
        Paragraph(fr(report.objectives) if report.objectives else "Non précisés."),
        Heading("Parcours", 1),
        Table(
            (
                Column("Halte", 0.6, "right"),
                Column("Lieu", 3),
                Column("Heure", 0.8),
                Column("Constats", 0.8, "right"),
            ),
            tuple(
                (
                    str(h.position),
                    fr(f"{h.name}" + (f" — {h.place}" if h.place else "")),
                    h.time or DASH,
                    str(len(h.constats)),
                )
                for h in report.haltes
            ),
        ),
        *_route_picture(report),
        Heading("Participants", 1),
        BulletList(tuple(fr(p) for p in report.participants))
        if report.participants
        else Paragraph("Émargement non renseigné."),
        Heading("Constats par halte", 1),
    ]
    for halte in report.haltes:
        blocks.append(Heading(fr(_halte_title(halte)), 2))
        if not halte.constats:
            blocks.append(Paragraph("Aucun constat à cette halte."))
        for constat in halte.constats:
            blocks += _constat_blocks(constat)
    blocks += _priorities(report)
    return Document(
        title=f"Compte rendu — {report.walk_kind.lower()}",
        subtitle=f"{report.instance}, {report.date_text}",
        header=_header(report),
        blocks=tuple(blocks),
        logo_path=logo_path,
        footer_note=_footer(report, "Compte rendu de marche"),
    )


def _what_was_done(constat: ReportConstat) -> str:
    if constat.actions:
        parts = []
        for action in constat.actions:
            done = (
                "\n".join(action.follow_up)
                if action.follow_up
                else "Pas encore de suite enregistrée."
            )
            parts.append(f"{action.title} ({action.status.lower()})\n{done}")
        return "\n\n".join(parts)
    if constat.status_reason:
        return f"{constat.status} : {constat.status_reason}"
    return constat.status


def build_restitution_document(report: FieldReport, *, logo_path: Path | None = None) -> Document:
    """What came of each constat, for the residents who walked: no personal data."""
    blocks: list[Block] = [
        Paragraph(
            fr(
                f"Le {report.date_text}, habitants et partenaires ont parcouru le quartier "
                f"({report.walk_kind.lower()}). Voici, pour chaque constat, ce qui a été fait "
                "depuis."
            )
        ),
        *_route_picture(report),
    ]
    for halte in report.haltes:
        if not halte.constats:
            continue
        blocks.append(Heading(fr(f"Halte {halte.position} — {halte.name}"), 2))
        blocks.append(
            Table(
                (
                    Column("Constat", 2.2),
                    Column("Ce qui a été fait", 3.3),
                    Column("Où en est-on", 1.1),
                ),
                tuple(
                    (
                        fr(c.text),
                        fr(_what_was_done(c)),
                        ", ".join(a.status for a in c.actions) or c.status,
                    )
                    for c in halte.constats
                ),
            )
        )
        photos = [p for c in halte.constats for p in c.photos[:1]]
        if photos:
            blocks.append(
                Pictures(tuple(Picture(p.data, fr(p.caption)) for p in photos), per_row=3)
            )
    return Document(
        title=f"Restitution — {report.walk_kind.lower()} du {report.date_text}",
        subtitle=report.instance,
        header=_header(report),
        blocks=tuple(blocks),
        logo_path=logo_path,
        footer_note=_footer(report, "Restitution aux habitants"),
    )
