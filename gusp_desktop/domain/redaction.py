"""Personal data inside free text, and what a wider audience reads instead of restricted content.

The secretary marks a span of notes or decisions (a person's name, an address) by enclosing it
in ``⟪`` and ``⟫`` (U+27EA, U+27EB): two characters nobody types by accident, kept in the stored
text itself, so the mark survives copies, autosave, snapshots and every engine without a
separate table to keep in step. :func:`redact` is the one function every document and export
goes through: the documents of a restricted instance show the words (marks removed), every
other document shows « [occulté] ».

A mark left open (the closing bracket deleted) hides everything up to the end of the text:
when in doubt, the words stay out of the document.
"""

from __future__ import annotations

import re

SPAN_START = "\u27ea"  # ⟪
SPAN_END = "\u27eb"  # ⟫
OCCULTED = "[occulté]"
RESTRICTED_PLACEHOLDER = "[information restreinte]"
RESTRICTED_NOTICE = "Diffusion restreinte"

_SPAN = re.compile(f"{SPAN_START}([^{SPAN_START}{SPAN_END}]*)(?:{SPAN_END}|$)")
_OPEN_TO_END = re.compile(f"{SPAN_START}.*\\Z", re.DOTALL)


def mark(text: str) -> str:
    """``text`` marked as personal data (marks already inside it are dropped first)."""
    inner = text.replace(SPAN_START, "").replace(SPAN_END, "")
    return f"{SPAN_START}{inner}{SPAN_END}" if inner else ""


def has_marks(text: str) -> bool:
    """True when ``text`` holds a marked span (or a stray mark)."""
    return SPAN_START in text or SPAN_END in text


def spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each marked span, marks included (the editor highlights them).

    A span left open runs to the end of the text, as :func:`redact` treats it.
    """
    found: list[tuple[int, int]] = []
    position = 0
    while (start := text.find(SPAN_START, position)) >= 0:
        end = text.find(SPAN_END, start + 1)
        following = text.find(SPAN_START, start + 1)
        if end < 0 or 0 <= following < end:
            found.append((start, len(text)))
            break
        found.append((start, end + 1))
        position = end + 1
    return found


def emptied(text: str) -> str:
    """``text`` with the words of every marked span taken out and the marks kept (« ⟪⟫ »).

    What the search index stores for a text whose marked words nobody who finds it may read:
    no word of the span can be found, and :func:`redact` still shows « [occulté] » where it
    was. ``redact(emptied(t), reveal=False) == redact(t, reveal=False)`` for every text.
    """
    if not has_marks(text):
        return text
    hidden = "\x00"  # no stored text holds a NUL (PostgreSQL refuses them)
    result = _SPAN.sub(hidden, text)
    result = _OPEN_TO_END.sub(hidden, result)
    return result.replace(SPAN_END, "").replace(hidden, SPAN_START + SPAN_END)


def redact(text: str, *, reveal: bool) -> str:
    """The text as a document shows it.

    ``reveal`` (a document of the restricted instance itself) keeps the words and drops the
    marks; otherwise each marked span becomes « [occulté] ». An unclosed mark occults the rest
    of the text; a stray closing mark is dropped.
    """
    if not has_marks(text):
        return text
    if reveal:
        return text.replace(SPAN_START, "").replace(SPAN_END, "")
    result = _SPAN.sub(OCCULTED, text)
    result = _OPEN_TO_END.sub(OCCULTED, result)
    return result.replace(SPAN_END, "")
