"""Search documents built from the source rows, set-based so a full rebuild stays fast.

Every builder takes an optional list of ids: the mapper events refresh one row at a time,
a rebuild passes None and reads everything in a few queries.

Personal data marked in free text (``⟪…⟫``) is indexed only where everyone who can find the
document may read it: the texts of a séance of a restricted instance (``reveals``), which
only that instance's readers and the coordinators find, and who read the words in its
documents and in the search's snippets. A cellule de veille's members legitimately look up a
family they follow by its name. Everywhere else the span's words are taken out before
indexing (:func:`~gusp_desktop.domain.redaction.emptied`): a name written in the notes of an
open COTECH is shown to nobody, so typing it finds nothing, for the coordinator as for anyone.
The rule is the one :func:`services.confidentiality.reveal_condition` applies to snippets.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Connection, Select, Table, and_, delete, insert, select

from gusp_desktop.db.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Contact,
    Decision,
    Instance,
    Organisation,
    Seance,
    SearchDocument,
    Site,
)
from gusp_desktop.db.search.analysis import joined, terms
from gusp_desktop.db.tables import contact, instance, organisation, seance
from gusp_desktop.domain.enums import OrganisationType, Theme
from gusp_desktop.domain.redaction import emptied
from gusp_desktop.domain.search import SearchKind

PARIS = ZoneInfo("Europe/Paris")
CHUNK = 500
Doc = dict[str, Any]
Builder = Callable[[Connection, Collection[int] | None], Iterator[Doc]]

# Core aliases of the tables: an ORM ``aliased()`` here configured every mapper at import.
PILOT_ORG = organisation.alias("pilot_org")
PILOT_CONTACT = contact.alias("pilot_contact")
ORIGIN_SEANCE = seance.alias("origin_seance")
ORIGIN_INSTANCE = instance.alias("origin_instance")


def _doc(kind: SearchKind, entity_id: int, label: str, title: str, body: str, **where: Any) -> Doc:
    """One document; its marked spans are emptied unless ``where["reveals"]`` (see above)."""
    if not where.pop("reveals", False):
        label, title, body = emptied(label), emptied(title), emptied(body)
    values: Doc = {
        "kind": kind.value,
        "entity_id": entity_id,
        "label": label,
        "title": title,
        "body": body,
        "title_terms": terms(title),
        "body_terms": terms(body),
        "restricted": bool(where.pop("restricted", False)),
    }
    for key in (
        "action_number",
        "action_id",
        "instance_id",
        "seance_id",
        "agenda_item_id",
        "contact_id",
        "organisation_id",
    ):
        values[key] = where.get(key)
    return values


def _rows(
    conn: Connection, query: Select[*tuple[Any, ...]], column: Any, ids: Collection[int] | None
) -> Iterator[Any]:
    if ids is None:
        yield from conn.execute(query)
        return
    id_list = sorted(ids)
    for start in range(0, len(id_list), CHUNK):
        yield from conn.execute(query.where(column.in_(id_list[start : start + CHUNK])))


def seance_label(instance_code: str, number: int, starts_at: Any) -> str:
    """« CT-HM n° 3 du 12/05/2025 »: how a séance is named in results."""
    return f"{instance_code} n° {number} du {starts_at.astimezone(PARIS):%d/%m/%Y}"


def action_title(number: str, title: str) -> str:
    """Result title of an action and of its comments."""
    return f"{number} – {title}"


def _action_select() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Action.id,
            Action.number,
            Action.title,
            Action.description,
            Action.origin_note,
            Action.indicator,
            Action.theme,
            Action.restricted,
            Action.outcome,
            Site.name.label("site_name"),
            PILOT_ORG.c.code.label("pilot_code"),
            PILOT_ORG.c.name.label("pilot_name"),
            PILOT_CONTACT.c.first_name,
            PILOT_CONTACT.c.last_name,
            ORIGIN_INSTANCE.c.restricted.label("origin_restricted"),
        )
        .join(PILOT_ORG, PILOT_ORG.c.id == Action.pilot_organisation_id)
        .outerjoin(Site, Site.id == Action.site_id)
        .outerjoin(PILOT_CONTACT, PILOT_CONTACT.c.id == Action.pilot_contact_id)
        .outerjoin(ORIGIN_SEANCE, ORIGIN_SEANCE.c.id == Action.origin_seance_id)
        .outerjoin(ORIGIN_INSTANCE, ORIGIN_INSTANCE.c.id == ORIGIN_SEANCE.c.instance_id)
    )


def action_documents(conn: Connection, ids: Collection[int] | None) -> Iterator[Doc]:
    """Actions: number, title, description, origin, indicator, theme, site, pilot."""
    for r in _rows(conn, _action_select(), Action.id, ids):
        contact = f"{r.first_name or ''} {r.last_name or ''}".strip()
        body = joined(
            [
                r.description,
                r.origin_note,
                r.indicator,
                r.outcome,
                Theme(r.theme).label,
                r.site_name,
                f"{r.pilot_name} ({r.pilot_code})",
                contact,
            ]
        )
        yield _doc(
            SearchKind.ACTION,
            r.id,
            action_title(r.number, r.title),
            f"{r.number} {r.title}",
            body,
            restricted=r.restricted or bool(r.origin_restricted),
            action_id=r.id,
            action_number=r.number,
        )


def comment_documents(conn: Connection, ids: Collection[int] | None) -> Iterator[Doc]:
    """Follow-up comments and reasons written in an action's history."""
    query = (
        select(
            ActionUpdate.id,
            ActionUpdate.comment,
            ActionUpdate.reason,
            Action.id.label("action_id"),
            Action.number,
            Action.title,
            Action.restricted,
        )
        .join(Action, Action.id == ActionUpdate.action_id)
        .where((ActionUpdate.comment != "") | (ActionUpdate.reason != ""))
    )
    for r in _rows(conn, query, ActionUpdate.id, ids):
        yield _doc(
            SearchKind.COMMENT,
            r.id,
            action_title(r.number, r.title),
            "",
            joined([r.comment, r.reason]),
            restricted=r.restricted,
            action_id=r.action_id,
            action_number=r.number,
        )


def _item_select(*columns: Any, decisions: bool = False) -> Select[*tuple[Any, ...]]:
    query = select(
        *columns,
        AgendaItem.id.label("item_id"),
        AgendaItem.title.label("item_title"),
        Seance.id.label("seance_id"),
        Seance.number.label("seance_number"),
        Seance.starts_at,
        Instance.id.label("instance_id"),
        Instance.code.label("instance_code"),
        Instance.restricted,
    ).select_from(Decision if decisions else AgendaItem)
    if decisions:
        query = query.join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
    return query.join(Seance, Seance.id == AgendaItem.seance_id).join(
        Instance, Instance.id == Seance.instance_id
    )


def _item_place(r: Any) -> Doc:
    return {
        "restricted": r.restricted,
        "reveals": r.restricted,  # the instance's own: only its readers find the document
        "instance_id": r.instance_id,
        "seance_id": r.seance_id,
        "agenda_item_id": r.item_id,
    }


def _item_title(r: Any) -> str:
    return f"{seance_label(r.instance_code, r.seance_number, r.starts_at)} – {r.item_title}"


def agenda_documents(conn: Connection, ids: Collection[int] | None) -> Iterator[Doc]:
    """Points of the ordre du jour: title and description."""
    query = _item_select(AgendaItem.description)
    for r in _rows(conn, query, AgendaItem.id, ids):
        yield _doc(
            SearchKind.AGENDA,
            r.item_id,
            _item_title(r),
            r.item_title,
            r.description,
            **_item_place(r),
        )


def minutes_documents(conn: Connection, ids: Collection[int] | None) -> Iterator[Doc]:
    """Minutes notes taken under each agenda item."""
    query = _item_select(AgendaItem.notes).where(AgendaItem.notes != "")
    for r in _rows(conn, query, AgendaItem.id, ids):
        yield _doc(SearchKind.MINUTES, r.item_id, _item_title(r), "", r.notes, **_item_place(r))


def decision_documents(conn: Connection, ids: Collection[int] | None) -> Iterator[Doc]:
    """Decisions recorded under agenda items."""
    query = _item_select(Decision.id, Decision.text, decisions=True)
    for r in _rows(conn, query, Decision.id, ids):
        yield _doc(SearchKind.DECISION, r.id, _item_title(r), "", r.text, **_item_place(r))


def seance_documents(conn: Connection, ids: Collection[int] | None) -> Iterator[Doc]:
    """Séances: instance, place, summary and note on the next meeting."""
    query = select(
        Seance.id,
        Seance.number,
        Seance.starts_at,
        Seance.place,
        Seance.summary,
        Seance.next_meeting_note,
        Instance.id.label("instance_id"),
        Instance.code,
        Instance.name,
        Instance.restricted,
    ).join(Instance, Instance.id == Seance.instance_id)
    for r in _rows(conn, query, Seance.id, ids):
        yield _doc(
            SearchKind.SEANCE,
            r.id,
            seance_label(r.code, r.number, r.starts_at),
            r.name,
            joined([r.place, r.summary, r.next_meeting_note]),
            restricted=r.restricted,
            reveals=r.restricted,
            instance_id=r.instance_id,
            seance_id=r.id,
        )


def contact_documents(conn: Connection, ids: Collection[int] | None) -> Iterator[Doc]:
    """People: name, function, organisation, e-mail and phone."""
    query = select(
        Contact.id,
        Contact.first_name,
        Contact.last_name,
        Contact.function,
        Contact.email,
        Contact.phone,
        Organisation.id.label("organisation_id"),
        Organisation.code,
        Organisation.name,
    ).join(Organisation, Organisation.id == Contact.organisation_id)
    for r in _rows(conn, query, Contact.id, ids):
        body = joined([r.function, f"{r.name} ({r.code})", r.email, r.phone])
        title = f"{r.first_name} {r.last_name}".strip()
        yield _doc(
            SearchKind.CONTACT,
            r.id,
            title,
            title,
            body,
            contact_id=r.id,
            organisation_id=r.organisation_id,
        )


def organisation_documents(conn: Connection, ids: Collection[int] | None) -> Iterator[Doc]:
    """Organisations: name, code, type and address."""
    query = select(
        Organisation.id,
        Organisation.code,
        Organisation.name,
        Organisation.type,
        Organisation.address,
    )
    for r in _rows(conn, query, Organisation.id, ids):
        body = joined([r.code, OrganisationType(r.type).label, r.address])
        yield _doc(SearchKind.ORGANISATION, r.id, r.name, r.name, body, organisation_id=r.id)


BUILDERS: dict[SearchKind, Builder] = {
    SearchKind.ACTION: action_documents,
    SearchKind.COMMENT: comment_documents,
    SearchKind.AGENDA: agenda_documents,
    SearchKind.MINUTES: minutes_documents,
    SearchKind.DECISION: decision_documents,
    SearchKind.SEANCE: seance_documents,
    SearchKind.CONTACT: contact_documents,
    SearchKind.ORGANISATION: organisation_documents,
}


def _table() -> Table:
    table = SearchDocument.__table__
    assert isinstance(table, Table)
    return table


def refresh(conn: Connection, kind: SearchKind, ids: Collection[int]) -> None:
    """Replace the documents of ``kind`` built from the rows ``ids`` (gone rows: removed)."""
    if not ids:
        return
    table = _table()
    id_list = sorted(set(ids))
    for start in range(0, len(id_list), CHUNK):
        chunk = id_list[start : start + CHUNK]
        conn.execute(
            delete(table).where(and_(table.c.kind == kind.value, table.c.entity_id.in_(chunk)))
        )
    docs = list(BUILDERS[kind](conn, id_list))
    if docs:
        conn.execute(insert(table), docs)


def rebuild(conn: Connection) -> int:
    """Rebuild the whole index from the source rows; returns the number of documents.

    Used after a migration and after bulk loads that bypass the ORM (benchmarks, imports).
    """
    table = _table()
    conn.execute(delete(table))
    total = 0
    for builder in BUILDERS.values():
        batch: list[Doc] = []
        for doc in builder(conn, None):
            batch.append(doc)
            if len(batch) >= 5000:
                conn.execute(insert(table), batch)
                total += len(batch)
                batch = []
        if batch:
            conn.execute(insert(table), batch)
            total += len(batch)
    return total


def ids_where(conn: Connection, column: Any, condition: ColumnElement[bool]) -> set[int]:
    """Ids selected by a condition (what a change on a parent row makes stale)."""
    return set(conn.scalars(select(column).where(condition)))
