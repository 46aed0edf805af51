"""Pieces every séance document shares: page header, names by organisation, dates, tables.

Builders turn service values into the neutral :class:`~gusp_desktop.documents.model.Document`.
The renderers do not touch the text, so French typography (« », no-break spaces before
« : ») is applied here, once, through :func:`fr`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Literal
from zoneinfo import ZoneInfo

from gusp_desktop.documents.french import (
    NBSP,
    NNBSP,
    format_time,
    french_typography,
    long_date,
)
from gusp_desktop.documents.french import short_date as _short_date
from gusp_desktop.documents.model import (
    Block,
    BulletList,
    Column,
    Document,
    DocumentHeader,
    Paragraph,
    Table,
)
from gusp_desktop.domain.agenda import AgendaItemDTO
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.domain.minutes import ActionLine, MinutesContent, PersonLine
from gusp_desktop.domain.wording import (
    counted,
    gendered,
    instance_title,
    instance_with_article,
    president_title,
)

PARIS = ZoneInfo("Europe/Paris")
DEFAULT_ORGANISATION = "Gestion urbaine et sociale de proximité"
NONE_TEXT = "Aucun."
DASH = "—"
_BLANK_LINES = re.compile(r"\n\s*\n")
_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3}(?: \d{3})+(?![\d])")
_UNIT = re.compile(r"(?<=\d) (?=(?:€|%|h\b|min\b|km\b|km/h|m²|m\b))")


def fr(text: str) -> str:
    """User or template text with French spacing made unbreakable.

    Around « » ; : ! ? (see :func:`french_typography`), inside numbers written with spaces
    (« 45 000 ») and between a number and its unit (« 45 000 € », « 52 km/h »), so that no
    line starts with a lone « € » or « 000 ».
    """
    text = _THOUSANDS.sub(lambda m: m.group().replace(" ", NNBSP), text.strip())
    return french_typography(_UNIT.sub(NBSP, text))


def numero(number: int | str) -> str:
    """« n° 4 » with a no-break space, so the number never starts a line alone."""
    return f"n°{NBSP}{number}"


def short_date(value: dt.date | None) -> str:
    """« 30/06/2025 », or a dash when there is no date (tables never show an empty cell)."""
    return _short_date(value) if value is not None else DASH


def paris(moment: dt.datetime) -> dt.datetime:
    """A stored instant (UTC) as French wall-clock time."""
    return moment.astimezone(PARIS)


def duration_text(minutes: int) -> str:
    """« 2 h 30 », « 2 h » or « 45 min », as a duration is written in French."""
    hours, rest = divmod(max(0, minutes), 60)
    if not hours:
        return f"{rest}{NBSP}min"
    return f"{hours}{NBSP}h" + (f"{NBSP}{rest:02d}" if rest else "")


def time_span(content: MinutesContent) -> str:
    """« de 9 h 30 à 12 h » from the start and the duration of the séance."""
    start = paris(content.starts_at)
    end = start + dt.timedelta(minutes=content.duration_minutes)
    return f"de {format_time(start)} à {format_time(end)}"


def date_line(content: MinutesContent) -> str:
    """« jeudi 12 juin 2025 à 9 h 30 », for the page header."""
    return f"{long_date(content.local_date)} à {format_time(paris(content.starts_at))}"


def seance_name(content: MinutesContent) -> str:
    """« COTECH GUSP inter-quartiers – séance n° 4 », the subtitle of every séance document."""
    return f"{content.instance_name} – séance {numero(content.seance_number)}"


def seance_subtitle(content: MinutesContent) -> str:
    """The séance named with its date, under a document title."""
    return fr(f"{seance_name(content)} du {long_date(content.local_date)}")


def of_instance(content: MinutesContent, preposition: Literal["de", "à"] = "de") -> str:
    """« de la cellule de veille Hauts-de-Marve », « du COTECH GUSP inter-quartiers »."""
    return instance_with_article(content.instance_type, content.instance_name, preposition)


def seance_of_instance(content: MinutesContent) -> str:
    """« la séance n° 3 de la cellule de veille Hauts-de-Marve », as a letter names it."""
    return f"la séance {numero(content.seance_number)} {of_instance(content)}"


def president_role(person: PersonLine) -> str:
    """« Présidente de séance – Préfecture » when the civility is known, « Présidence de
    séance – … » otherwise: never « Président(e) » under a named person."""
    role = president_title(person.civility)
    return f"{role} – {person.organisation_name}" if person.organisation_name else role


def issuing_town(content: MinutesContent) -> str:
    """The town a letter is dated from: the issuing organisation's (see below)."""
    for person in (content.secretary, content.president):
        if person is not None and person.organisation_name:
            return person.town
    return ""


def letter_heading_date(content: MinutesContent, issued_on: dt.date) -> str:
    """« Marvelin, le 4 décembre 2026 », or « Le 4 décembre 2026 » when no town is known."""
    town = issuing_town(content)
    day = letter_date(issued_on)
    return f"{town}, le {day}" if town else f"Le {day}"


def president_label(content: MinutesContent) -> str:
    """« Présidente de séance », « Président de séance » or « Présidence de séance »."""
    return president_title(content.president.civility if content.president else "")


def writer_label(content: MinutesContent) -> str:
    """« Rédactrice », « Rédacteur » or « Rédaction », as the secretary's civility says."""
    civility = content.secretary.civility if content.secretary else ""
    return gendered(civility, "Rédacteur", "Rédactrice", "Rédaction")


def actions_count(count: int) -> str:
    """« 1 action », « 30 actions »."""
    return counted(count, "action")


def issuing_organisation(content: MinutesContent) -> str:
    """Who issues the document: the secretary's organisation, which writes and sends it."""
    for person in (content.secretary, content.president):
        if person is not None and person.organisation_name:
            return person.organisation_name
    return DEFAULT_ORGANISATION


def seance_header(content: MinutesContent) -> DocumentHeader:
    """Organisation, instance, quartiers, séance, date and place, repeated on every page."""
    return DocumentHeader(
        organisation_name=fr(issuing_organisation(content)),
        instance=fr(instance_title(content.instance_type, content.instance_name)),
        quartiers=tuple(fr(q) for q in content.quartiers),
        seance_label=f"Séance {numero(content.seance_number)}",
        date_text=date_line(content),
        place=fr(content.place),
    )


def issued_document(
    title: str,
    blocks: Sequence[Block],
    *,
    issuer: str,
    footer_note: str,
    subtitle: str = "",
    instance: str = "",
    quartiers: tuple[str, ...] = (),
    date_text: str = "",
    landscape: bool = False,
    large_type: bool = False,
) -> Document:
    """A document issued by one organisation outside any séance (bilans, reports, registers).

    Such documents all carry the same page header: who issues it, the frame it belongs to
    and the period it covers; writing it once keeps their headers alike.
    """
    return Document(
        title=title,
        subtitle=subtitle,
        header=DocumentHeader(
            organisation_name=issuer,
            instance=instance,
            quartiers=quartiers,
            date_text=date_text,
        ),
        blocks=tuple(blocks),
        landscape=landscape,
        footer_note=footer_note,
        large_type=large_type,
    )


def footer_note(content: MinutesContent, what: str) -> str:
    """The footer: what the document is and, for a restricted instance, a warning."""
    note = f"{what} – {seance_name(content)} du {short_date(content.local_date)}"
    if content.confidential:
        note += " – Diffusion restreinte : document confidentiel réservé aux membres"
    return fr(note)


def person_with_organisation(person: PersonLine | None) -> str:
    """« Yannick Forestier – Marvelin Agglomération », or a dash when nobody is named."""
    if person is None:
        return DASH
    return fr(f"{person.name} – {person.organisation_name}")


def by_organisation(people: Iterable[PersonLine]) -> list[tuple[str, list[str]]]:
    """People grouped under their organisation, in the order given (services sort them)."""
    groups: dict[str, list[str]] = {}
    for person in people:
        name = person.name
        if person.represented_by_name:
            name += f" (représentation : {person.represented_by_name})"
        groups.setdefault(person.organisation_name, []).append(name)
    return list(groups.items())


def people_blocks(people: Sequence[PersonLine], empty: str = NONE_TEXT) -> list[BulletList]:
    """One bullet per organisation: « Marve Habitat (OPH) : Julien Cappelaere, Inès Taleb »."""
    if not people:
        return [BulletList((empty,))]
    items = tuple(fr(f"{org} : {', '.join(names)}") for org, names in by_organisation(people))
    return [BulletList(items)]


def text_paragraphs(text: str, empty: str) -> list[Paragraph]:
    """Notes split on blank lines into paragraphs; ``empty`` stands in for no text at all."""
    parts = [part.strip() for part in _BLANK_LINES.split(text) if part.strip()]
    if not parts:
        return [Paragraph(empty, small=True)]
    return [Paragraph(fr(part)) for part in parts]


def pilot_text(line: ActionLine) -> str:
    """« MH – Julien Cappelaere », or the organisation code alone when nobody is named."""
    if line.pilot_contact_name:
        return f"{line.pilot_code} – {line.pilot_contact_name}"
    return line.pilot_code


def status_text(line: ActionLine) -> str:
    """The status, with « en retard » added where the deadline has passed."""
    return f"{line.status_label} (en retard)" if line.overdue else line.status_label


# Weights are points on a portrait page (482 pt between margins): the number and the date
# must fit on one line at 8.5 pt, the texts share the rest.
ACTION_COLUMNS = (
    Column("N°", 58),
    Column("Action", 206),
    Column("Pilote", 100),
    Column("Échéance", 58, "center"),
    Column("État", 60),
)
COMMENTED_COLUMNS = (
    Column("N°", 58),
    Column("Action", 124),
    Column("Pilote", 78),
    Column("Échéance", 58, "center"),
    Column("État", 58),
    Column("Point de suivi", 106),
)


def action_table(
    lines: Sequence[ActionLine], *, comments: bool = False, caption: str = ""
) -> Table:
    """Actions with number, pilot and deadline; overdue ones highlighted.

    ``comments`` adds the « Point de suivi » column: what was said about the action in the
    séance.
    """
    columns = COMMENTED_COLUMNS if comments else ACTION_COLUMNS
    rows = tuple(
        (
            line.number,
            fr(line.title),
            fr(pilot_text(line)),
            short_date(line.deadline),
            status_text(line),
            *((fr(line.comment) or DASH,) if comments else ()),
        )
        for line in lines
    )
    highlighted = frozenset(i for i, line in enumerate(lines) if line.overdue)
    return Table(columns, rows, highlighted_rows=highlighted, caption=caption)


def letter_date(value: dt.date) -> str:
    """« 1er juin 2025 », « 15 juin 2025 »: the date of a letter, without the weekday."""
    return long_date(value).split(" ", 1)[1]


def planned_points(detail: SeanceDetail) -> list[AgendaItemDTO]:
    """The points of the ordre du jour in their order."""
    return sorted(detail.agenda, key=lambda item: (item.position, item.id))


def presenter_and_length(item: AgendaItemDTO) -> str:
    """« Claire Demarquette, 10 min », what a convocation shows after each point."""
    parts = [item.presenter_name] if item.presenter_name else []
    if item.planned_minutes:
        parts.append(duration_text(item.planned_minutes))
    return ", ".join(parts)
