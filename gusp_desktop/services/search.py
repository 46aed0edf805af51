"""One search across the whole database: actions, comments, minutes, decisions, people.

The same call runs on both engines: FTS5 with BM25 on SQLite (words folded and stemmed in
Python, see ``db.search.analysis``), a ``tsvector`` with the French Snowball stemmer and
``unaccent`` on PostgreSQL (``ts_rank``, ``ts_headline``). Who may see what is decided in
exactly one place, :meth:`SearchService._visible`, through the :class:`SearchVisibility`
given by the composition root.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Select, column, func, literal_column, select, table
from sqlalchemy.orm import Session

from gusp_desktop.db.models import SearchDocument
from gusp_desktop.db.search import analysis
from gusp_desktop.db.search.analysis import ParsedQuery
from gusp_desktop.db.search.schema import FTS_TABLE, TS_CONFIG, VECTOR_COLUMN
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.search import MATCH_END, MATCH_START, SearchHit, SearchKind
from gusp_desktop.services.base import ServiceContext

MAX_TEXT = 500
MAX_LIMIT = 500
DEFAULT_LIMIT = 50
# Title matches count four times as much as body matches (BM25 column weights).
TITLE_WEIGHT, BODY_WEIGHT = 4.0, 1.0
_ACTION_NUMBER = re.compile(r"\b([A-Za-z]{1,8}-\d{2}-\d{1,5})\b")
_HEADLINE_OPTIONS = (
    f"StartSel={MATCH_START}, StopSel={MATCH_END}, MaxWords={analysis.SNIPPET_WORDS}, "
    'MinWords=8, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "'
)
Doc = SearchDocument


class SearchVisibility(Protocol):
    """Decides which documents a user may find (the confidentiality rules plug in here)."""

    def condition(self, user: CurrentUser) -> ColumnElement[bool] | None:
        """SQL condition on ``search_document`` columns, or None when everything is visible."""
        ...


class EverythingVisible:
    """No restriction: every document can be found."""

    def condition(self, user: CurrentUser) -> ColumnElement[bool] | None:
        """Nothing to filter."""
        return None


class SearchService:
    """Ranked full-text search with highlighted snippets, on SQLite and PostgreSQL."""

    def __init__(self, context: ServiceContext, visibility: SearchVisibility | None = None) -> None:
        self.context = context
        self.visibility: SearchVisibility = visibility or EverythingVisible()

    def search(
        self,
        text: str,
        kinds: Iterable[SearchKind] | None = None,
        limit: int = DEFAULT_LIMIT,
    ) -> list[SearchHit]:
        """Best matches of ``text`` first; accents, case, ligatures and plurals ignored.

        An action number (« HM-25-014 ») finds that action first. The last word also
        matches as a prefix, so results can follow the typing.
        """
        _check(text, limit)
        wanted = tuple(SearchKind(k) for k in kinds) if kinds else tuple(SearchKind)
        numbers = [n.upper() for n in _ACTION_NUMBER.findall(text)]
        parsed = analysis.parse_query(_ACTION_NUMBER.sub(" ", text))
        with self.context.read() as session:
            hits = self._by_number(session, numbers, wanted) if numbers else []
            if parsed:
                seen = {h.ref for h in hits}
                found = self._ranked(session, parsed, wanted, limit)
                hits += [h for h in found if h.ref not in seen]
        return hits[:limit]

    def rebuild_index(self) -> int:
        """Rebuild every document from the source rows (after raw SQL or bulk imports)."""
        from gusp_desktop.db.search.documents import rebuild

        with self.context.write() as uow:
            return rebuild(uow.session.connection())

    # -- the one place where visibility applies --------------------------------------------

    def _visible(
        self, query: Select[*tuple[Any, ...]], wanted: Sequence[SearchKind]
    ) -> Select[*tuple[Any, ...]]:
        if len(wanted) < len(SearchKind):
            query = query.where(Doc.kind.in_([k.value for k in wanted]))
        condition = self.visibility.condition(self.context.user)
        return query if condition is None else query.where(condition)

    # -- engines ---------------------------------------------------------------------------

    def _by_number(
        self, session: Session, numbers: list[str], wanted: Sequence[SearchKind]
    ) -> list[SearchHit]:
        if SearchKind.ACTION not in wanted:
            return []
        query = select(Doc).where(Doc.kind == SearchKind.ACTION.value)
        query = self._visible(query.where(Doc.action_number.in_(numbers)), wanted)
        return [
            _hit(doc, analysis.highlight(doc.body or doc.label, analysis.NO_QUERY), float("inf"))
            for doc in session.scalars(query)
        ]

    def _ranked(
        self, session: Session, parsed: ParsedQuery, wanted: Sequence[SearchKind], limit: int
    ) -> list[SearchHit]:
        if session.get_bind().dialect.name == "sqlite":
            return self._sqlite(session, parsed, wanted, limit)
        return self._postgres(session, parsed, wanted, limit)

    def _sqlite(
        self, session: Session, parsed: ParsedQuery, wanted: Sequence[SearchKind], limit: int
    ) -> list[SearchHit]:
        fts: Any = literal_column(FTS_TABLE)
        fts_table = table(FTS_TABLE, column("rowid"))
        score = func.bm25(fts, TITLE_WEIGHT, BODY_WEIGHT).label("score")
        query = (
            select(Doc, score)
            .join_from(Doc, fts_table, fts_table.c.rowid == Doc.id)
            .where(fts.op("MATCH")(analysis.fts5_query(parsed)))
        )
        query = self._visible(query, wanted).order_by(score, Doc.id).limit(limit)
        return [
            _hit(doc, analysis.highlight(doc.body or doc.label, parsed), -float(value))
            for doc, value in session.execute(query)
        ]

    def _postgres(
        self, session: Session, parsed: ParsedQuery, wanted: Sequence[SearchKind], limit: int
    ) -> list[SearchHit]:
        tsquery = _tsquery(parsed)
        vector: Any = literal_column(f"search_document.{VECTOR_COLUMN}")
        score = func.ts_rank(vector, tsquery).label("score")
        top = self._visible(select(Doc.id, score).where(vector.op("@@")(tsquery)), wanted)
        top_ids = top.order_by(score.desc(), Doc.id).limit(limit).subquery()
        source = func.coalesce(func.nullif(Doc.body, ""), Doc.label)
        headline = func.ts_headline(
            literal_column(f"'{TS_CONFIG}'::regconfig"), source, tsquery, _HEADLINE_OPTIONS
        ).label("headline")
        query = (
            select(Doc, top_ids.c.score, headline)
            .join(top_ids, top_ids.c.id == Doc.id)
            .order_by(top_ids.c.score.desc(), Doc.id)
        )
        return [
            _hit(doc, " ".join(str(text).split()), float(value))
            for doc, value, text in session.execute(query)
        ]


def _tsquery(parsed: ParsedQuery) -> Any:
    """Same meaning as ``analysis.fts5_query``, stemmed by the server's own configuration.

    The folded words go to ``to_tsquery`` (stemming stems twice would change them); the
    prefix of the last word uses the ``simple`` configuration so it is not stemmed first.
    """
    french: Any = literal_column(f"'{TS_CONFIG}'::regconfig")
    simple: Any = literal_column("'simple'::regconfig")
    parts: list[Any] = [func.to_tsquery(french, f"'{w}'") for w in parsed.words]
    if parsed.prefix:
        prefix = func.to_tsquery(simple, f"'{parsed.prefix}':*")
        parts[-1] = parts[-1].op("||")(prefix)
    combined = parts[0]
    for part in parts[1:]:
        combined = combined.op("&&")(part)
    return combined


def _check(text: str, limit: int) -> None:
    errors: dict[str, str] = {}
    if len(text) > MAX_TEXT:
        errors["text"] = f"Recherche trop longue : {MAX_TEXT} caractères au maximum."
    if not 1 <= limit <= MAX_LIMIT:
        errors["limit"] = f"Le nombre de résultats doit être entre 1 et {MAX_LIMIT}."
    if errors:
        raise ValidationError(errors)


def _hit(doc: SearchDocument, snippet: str, rank: float) -> SearchHit:
    kind = SearchKind(doc.kind)
    return SearchHit(
        kind=kind,
        ref=f"{kind.value}/{doc.entity_id}",
        title=doc.label,
        snippet=snippet,
        rank=rank,
        entity_id=doc.entity_id,
        seance_id=doc.seance_id,
        agenda_item_id=doc.agenda_item_id,
        action_id=doc.action_id,
        action_number=doc.action_number,
        contact_id=doc.contact_id,
        organisation_id=doc.organisation_id,
        restricted=doc.restricted,
    )
