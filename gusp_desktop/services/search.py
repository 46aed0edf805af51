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

from sqlalchemy import (
    ColumnElement,
    Select,
    case,
    column,
    false,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.orm import Session

from gusp_desktop.db.models import SearchDocument
from gusp_desktop.db.search import analysis
from gusp_desktop.db.search.analysis import ParsedQuery
from gusp_desktop.db.search.schema import FTS_TABLE, TS_CONFIG, VECTOR_COLUMN
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.redaction import OCCULTED, SPAN_END, SPAN_START, redact
from gusp_desktop.domain.search import MATCH_END, MATCH_START, SearchHit, SearchKind
from gusp_desktop.services.base import ServiceContext

MAX_TEXT = 500
MAX_LIMIT = 500
DEFAULT_LIMIT = 50
# Title matches count four times as much as body matches (BM25 column weights).
TITLE_WEIGHT, BODY_WEIGHT = 4.0, 1.0
# BM25 costs a few microseconds a match: a common word in 100 000 documents would take
# 100+ ms to rank. Past this many matches, only the most recently written ones are ranked
# (the title weight still puts title matches first among them).
MAX_RANKED = 1000
_ACTION_NUMBER = re.compile(r"\b([A-Za-z]{1,8}-\d{2}-\d{1,5})\b")
_HEADLINE_OPTIONS = (
    f"StartSel={MATCH_START}, StopSel={MATCH_END}, MaxWords={analysis.SNIPPET_WORDS}, "
    'MinWords=8, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "'
)
Doc = SearchDocument
_FTS = table(FTS_TABLE, column("rowid"))


class SearchVisibility(Protocol):
    """Decides which documents a user may find (the confidentiality rules plug in here)."""

    def condition(self, user: CurrentUser) -> ColumnElement[bool] | None:
        """SQL condition on ``search_document`` columns, or None when everything is visible."""
        ...

    def reveals(self, user: CurrentUser) -> ColumnElement[bool]:
        """SQL: the document's marked personal data may be shown to ``user`` (else occulted)."""
        ...


class EverythingVisible:
    """No restriction: every document can be found."""

    def condition(self, user: CurrentUser) -> ColumnElement[bool] | None:
        """Nothing to filter."""
        return None

    def reveals(self, user: CurrentUser) -> ColumnElement[bool]:
        """Without a rule, marked personal data is never shown."""
        return false()


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
        query = select(Doc, self._reveal()).where(Doc.kind == SearchKind.ACTION.value)
        query = self._visible(query.where(Doc.action_number.in_(numbers)), wanted)
        return [
            _hit(doc, _snippet(doc, bool(reveal), analysis.NO_QUERY), float("inf"), reveal)
            for doc, reveal in session.execute(query)
        ]

    def _reveal(self) -> ColumnElement[bool]:
        """Column: marked spans of this document may be shown to the current user."""
        return self.visibility.reveals(self.context.user).label("reveal")

    def _ranked(
        self, session: Session, parsed: ParsedQuery, wanted: Sequence[SearchKind], limit: int
    ) -> list[SearchHit]:
        if session.get_bind().dialect.name == "sqlite":
            return self._sqlite(session, parsed, wanted, limit)
        return self._postgres(session, parsed, wanted, limit)

    def _sqlite(
        self, session: Session, parsed: ParsedQuery, wanted: Sequence[SearchKind], limit: int
    ) -> list[SearchHit]:
        match = analysis.fts5_query(parsed)
        floor = self._sqlite_floor(session, match, wanted)
        ranked = self._sqlite_rank(session, match, wanted, limit, floor)
        query = select(Doc, self._reveal()).where(Doc.id.in_([doc_id for doc_id, _ in ranked]))
        docs = {doc.id: (doc, bool(reveal)) for doc, reveal in session.execute(query)}
        return [
            _hit(docs[i][0], _snippet(*docs[i], parsed), -score, docs[i][1]) for i, score in ranked
        ]

    def _sqlite_floor(
        self, session: Session, match: str, wanted: Sequence[SearchKind]
    ) -> int | None:
        """Id below the :data:`MAX_RANKED` most recent visible matches, None if there are fewer.

        Documents are rewritten when their row changes, so a higher id is a more recent text.
        """
        query = self._fts_matches(select(_FTS.c.rowid), match, wanted)
        query = query.order_by(_FTS.c.rowid.desc())
        floor: int | None = session.scalar(query.offset(MAX_RANKED).limit(1))
        return floor

    def _fts_matches(
        self, query: Select[*tuple[Any, ...]], match: str, wanted: Sequence[SearchKind]
    ) -> Select[*tuple[Any, ...]]:
        """``query`` on the FTS5 rows matching ``match`` that the user may see.

        The documents table is joined only when a kind or visibility rule needs its columns:
        the join costs a lookup per match.
        """
        fts: Any = literal_column(FTS_TABLE)
        query = query.select_from(_FTS).where(fts.op("MATCH")(match))
        filtered = self._visible(query, wanted)
        if filtered is query:
            return query
        return self._visible(query.join(Doc, _FTS.c.rowid == Doc.id), wanted)

    def _sqlite_rank(
        self,
        session: Session,
        match: str,
        wanted: Sequence[SearchKind],
        limit: int,
        floor: int | None,
    ) -> list[tuple[int, float]]:
        """Ids and BM25 scores of the best matches above ``floor`` (all of them if None)."""
        fts: Any = literal_column(FTS_TABLE)
        score = func.bm25(fts, TITLE_WEIGHT, BODY_WEIGHT).label("score")
        query = self._fts_matches(select(_FTS.c.rowid, score), match, wanted)
        if floor is not None:
            query = query.where(_FTS.c.rowid > floor)
        query = query.order_by(score, _FTS.c.rowid).limit(limit)
        return [(int(doc_id), float(value)) for doc_id, value in session.execute(query)]

    def _postgres(
        self, session: Session, parsed: ParsedQuery, wanted: Sequence[SearchKind], limit: int
    ) -> list[SearchHit]:
        tsquery = _tsquery(parsed)
        vector: Any = literal_column(f"search_document.{VECTOR_COLUMN}")
        score = func.ts_rank(vector, tsquery).label("score")
        matches = self._visible(select(Doc.id).where(vector.op("@@")(tsquery)), wanted)
        recent = matches.order_by(Doc.id.desc()).limit(MAX_RANKED).subquery()
        top = select(Doc.id, score).join(recent, recent.c.id == Doc.id)
        top_ids = top.order_by(score.desc(), Doc.id).limit(limit).subquery()
        reveal = self._reveal()
        source = _redacted_sql(func.coalesce(func.nullif(Doc.body, ""), Doc.label), reveal)
        headline = func.ts_headline(
            literal_column(f"'{TS_CONFIG}'::regconfig"), source, tsquery, _HEADLINE_OPTIONS
        ).label("headline")
        query = (
            select(Doc, top_ids.c.score, headline, reveal)
            .join(top_ids, top_ids.c.id == Doc.id)
            .order_by(top_ids.c.score.desc(), Doc.id)
        )
        return [
            _hit(doc, " ".join(str(text).split()), float(value), bool(shown))
            for doc, value, text, shown in session.execute(query)
        ]


def _redacted_sql(source: Any, reveal: ColumnElement[bool]) -> Any:
    """``domain.redaction.redact`` in SQL, so ``ts_headline`` never cuts a snippet out of a
    marked span: the words without the marks where ``reveal``, « [occulté] » elsewhere (an
    unclosed mark occults the rest, a stray closing mark is dropped)."""
    shown = func.replace(func.replace(source, SPAN_START, ""), SPAN_END, "")
    closed = func.regexp_replace(
        source, f"{SPAN_START}[^{SPAN_START}{SPAN_END}]*({SPAN_END}|$)", OCCULTED, "g"
    )
    unclosed = func.regexp_replace(closed, f"{SPAN_START}.*$", OCCULTED)
    return case((reveal, shown), else_=func.replace(unclosed, SPAN_END, ""))


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
        errors["text"] = Message(
            "Recherche trop longue : {max_text} caractères au maximum.", max_text=MAX_TEXT
        )
    if not 1 <= limit <= MAX_LIMIT:
        errors["limit"] = Message(
            "Le nombre de résultats doit être entre 1 et {max_limit}.", max_limit=MAX_LIMIT
        )
    if errors:
        raise ValidationError(errors)


def _snippet(doc: SearchDocument, reveal: bool, parsed: ParsedQuery) -> str:
    """Highlighted window of the text as the user may read it (marked spans redacted first,
    so a window never starts or ends inside one)."""
    return analysis.highlight(redact(doc.body or doc.label, reveal=reveal), parsed)


def _hit(doc: SearchDocument, snippet: str, rank: float, reveal: bool) -> SearchHit:
    kind = SearchKind(doc.kind)
    return SearchHit(
        kind=kind,
        ref=f"{kind.value}/{doc.entity_id}",
        title=redact(doc.label, reveal=reveal),
        snippet=redact(snippet, reveal=reveal),
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
