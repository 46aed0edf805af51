"""Line breaking for narrow table columns: at word boundaries, hyphenating only what must be.

reportlab cuts a word wider than its column wherever the width runs out (« Cheminemen|t »,
« Belk|acem-Roussel »), and its own hyphenation is only tried at the end of a line that already
holds words, so a long word on a fresh line is still cut. Cells are therefore broken here: words
go on the line while they fit; a word wider than the whole column is split after one of its own
hyphens (« Belkacem- / Roussel ») or, failing that, at a French hyphenation point with a hyphen
added (« Chemine- / ment »); only a word with no usable point at all is cut between letters.
The result is the cell's text with explicit line breaks, every line fitting the width.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

import pyphen

Measure = Callable[[str], float]
"""Width of a text in the cell's font, in points."""

_SPACE = " "


@functools.cache
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="fr_FR")


def break_points(word: str, *, own_only: bool = False) -> list[tuple[str, str]]:
    """Every (head, tail) split of ``word``, longest head first: after one of its own hyphens
    or slashes, and (unless ``own_only``) at a French hyphenation point with a hyphen added."""
    points: dict[int, str] = {}
    for index, char in enumerate(word[:-1]):
        if char in "-/" and index > 0:
            points[index + 1] = word[: index + 1]
    if not own_only:
        for position in _dictionary().positions(word):
            if 1 < position < len(word) - 1 and position not in points:
                points[position] = word[:position] + "-"
    return [(points[p], word[p:]) for p in sorted(points, reverse=True)]


def _cut(word: str, width: float, measure: Measure) -> tuple[str, str]:
    """The longest head of ``word`` that fits, cut between letters (always at least one)."""
    end = len(word) - 1
    while end > 1 and measure(word[:end]) > width:
        end -= 1
    return word[:end], word[end:]


def _fitting(word: str, room: float, measure: Measure, own_only: bool) -> tuple[str, str] | None:
    for head, tail in break_points(word, own_only=own_only):
        if measure(head) <= room:
            return head, tail
    return None


def _break_long(line: str, word: str, width: float, measure: Measure) -> tuple[str, str, str]:
    """Where a word wider than the column breaks: (end of this line, head, tail).

    The word's own hyphen is preferred to hyphenation, and either to cutting between letters;
    at equal rank, ending the current line beats starting a new one.
    """
    room = width - measure(line + _SPACE) if line else width
    for own_only in (True, False):
        if line and (split := _fitting(word, room, measure, own_only)):
            return f"{line}{_SPACE}{split[0]}", "", split[1]
        if split := _fitting(word, width, measure, own_only):
            return line, *split
    return line, *_cut(word, width, measure)


def _wrap_line(text: str, width: float, measure: Measure) -> Iterator[str]:
    line = ""
    words = [w for w in text.split(_SPACE) if w]
    while words:
        word = words.pop(0)
        candidate = f"{line}{_SPACE}{word}" if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        if measure(word) <= width:
            yield line
            line = word
            continue
        finished, head, tail = _break_long(line, word, width, measure)
        if finished:
            yield finished
        if head:
            yield head
        line = ""
        words.insert(0, tail)
    if line:
        yield line


def wrap_text(text: str, width: float, measure: Measure) -> str:
    """``text`` with line breaks so that every line fits ``width`` (see the module's docstring).

    Existing line breaks are kept; no-break spaces never break, ordinary spaces may.
    """
    if width <= 0:
        return text
    return "\n".join(
        "\n".join(_wrap_line(part, width, measure)) if part.strip() else ""
        for part in text.split("\n")
    )
