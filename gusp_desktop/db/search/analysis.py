"""French text analysis for the SQLite index: fold, split, stem, and mark matches.

FTS5 folds accents but neither ligatures (« cœur ») nor French plurals, so the words are
folded and stemmed here, identically when indexing and when querying: « Bornes » and
« borne » both become ``born``, « cœur » and « coeur » both ``coeur``. PostgreSQL does the
same inside the server (``unaccent`` then the Snowball French stemmer), so both engines
agree on what matches.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from gusp_desktop.domain.search import ELLIPSIS, MATCH_END, MATCH_START
from gusp_desktop.domain.text import search_key

_WORD = re.compile(r"\w+")
MAX_QUERY_WORDS = 12
SNIPPET_WORDS = 24
MIN_PREFIX = 3


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Snowball French stem of an already folded word (cached: vocabularies are small)."""
    return str(_stemmer().stemWord(word)) if len(word) > 2 else word


@functools.cache
def _stemmer() -> Any:
    """The French Snowball stemmer, loaded on the first word to stem (not at start)."""
    import snowballstemmer

    return snowballstemmer.stemmer("french")


def words(text: str) -> list[str]:
    """Folded words of ``text``: lower case, no accents, ligatures spelt out."""
    return _WORD.findall(search_key(text))


def terms(text: str) -> str:
    """What is indexed for ``text``: its stems separated by spaces."""
    return " ".join(stem(w) for w in words(text))


@dataclass(frozen=True)
class ParsedQuery:
    """What the user typed, analysed: folded words, their stems, and the prefix to match.

    The last word is also matched as a prefix of indexed words, so a word still being typed
    finds its matches (« eclai » finds « éclairage »). The prefix is the folded word, not its
    stem: the stem of a name can be very short (« Maes » → ``ma``) and would match too much.
    """

    words: tuple[str, ...]
    stems: tuple[str, ...]
    prefix: str

    def __bool__(self) -> bool:
        return bool(self.stems)


def parse_query(text: str) -> ParsedQuery:
    """Distinct folded words of ``text`` (at most :data:`MAX_QUERY_WORDS`) and their stems."""
    distinct: list[str] = []
    for word in words(text):
        if word not in distinct:
            distinct.append(word)
    kept = distinct[:MAX_QUERY_WORDS]
    prefix = kept[-1] if kept and len(kept[-1]) >= MIN_PREFIX else ""
    return ParsedQuery(tuple(kept), tuple(dict.fromkeys(stem(w) for w in kept)), prefix)


def fts5_query(query: ParsedQuery) -> str:
    """FTS5 MATCH expression: every word's stem required; the last one or its prefix.

    Words are letters and digits only, so quoting them neutralises FTS5 syntax.
    """
    parts = [f'"{stem(w)}"' for w in query.words]
    if query.prefix and query.prefix != stem(query.words[-1]):
        parts[-1] = f'({parts[-1]} OR "{query.prefix}"*)'
    elif query.prefix:  # the word is its own stem: its prefix query finds it too
        parts[-1] = f'"{query.prefix}"*'
    return " AND ".join(parts)


@functools.lru_cache(maxsize=100_000)
def _fold(word: str) -> str:
    """Folded form of one word of a text (cached: snippets fold the same words again and again)."""
    return search_key(word)


def _matches(word: str, stems: tuple[str, ...], prefix: str) -> bool:
    folded = _fold(word)
    return stem(folded) in stems or (bool(prefix) and folded.startswith(prefix))


def highlight(text: str, query: ParsedQuery, width: int = SNIPPET_WORDS) -> str:
    """A window of ``text`` around its first match, matched words between markers.

    Falls back to the beginning of the text when nothing in it matches (the match was in
    the title), so a result always shows some context.
    """
    found = list(_WORD.finditer(text))
    if not found:
        return text.strip()
    hits = [i for i, m in enumerate(found) if _matches(m.group(), query.stems, query.prefix)]
    first = max(0, (hits[0] if hits else 0) - width // 3)
    last = min(len(found), first + width)
    start, end = found[first].start(), found[last - 1].end()
    pieces: list[str] = [ELLIPSIS + " " if first else ""]
    cursor = start
    for index in (i for i in hits if first <= i < last):
        match = found[index]
        pieces += [text[cursor : match.start()], MATCH_START, match.group(), MATCH_END]
        cursor = match.end()
    pieces.append(text[cursor:end])
    pieces.append(" " + ELLIPSIS if last < len(found) else "")
    return " ".join("".join(pieces).split())


NO_QUERY = ParsedQuery((), (), "")


def joined(parts: Iterable[str | None]) -> str:
    """Non-empty parts on separate lines (how a document's body is assembled)."""
    return "\n".join(p.strip() for p in parts if p and p.strip())
