"""Neutral description of an administrative document, independent of the output format.

Convocations, ordres du jour, feuilles d'émargement, comptes rendus, relevés de décisions and
plans d'actions are all built as a :class:`Document`; the PDF and DOCX renderers then say the
same thing in their own format. Every text is plain user text: renderers escape it themselves,
so nothing typed by a user can inject markup.

The dataclasses are frozen so that a document handed to a background thread cannot change
while it is being rendered.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from gusp_desktop.documents.french import french_typography

Alignment = Literal["left", "center", "right"]

# Control characters (other than tab and line breaks) and code points XML cannot carry; they
# arrive with text pasted from other software and would make a DOCX impossible to write.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


class DocumentError(ValueError):
    """A document cannot be built as described; the message is meant for the user."""


@dataclass(frozen=True, slots=True)
class DocumentHeader:
    """What is repeated at the top of every page: who speaks, in which instance, when and where."""

    organisation_name: str
    instance: str = ""
    quartiers: tuple[str, ...] = ()
    seance_label: str = ""
    date_text: str = ""
    place: str = ""


@dataclass(frozen=True, slots=True)
class Heading:
    """A section title; level 1 is a main section, 2 and 3 are sub-sections."""

    text: str
    level: int = 1

    def __post_init__(self) -> None:
        if self.level not in (1, 2, 3):
            raise DocumentError(f"Niveau de titre invalide : {self.level} (attendu 1, 2 ou 3).")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Running text; line breaks in ``text`` are kept.

    ``emphasis`` sets the whole paragraph in bold (a decision, a warning); ``small`` is for
    notes and legal mentions.
    """

    text: str
    emphasis: bool = False
    small: bool = False


@dataclass(frozen=True, slots=True)
class BulletList:
    """A list, e.g. the people excused; ``ordered`` numbers the items (1., 2., …) as the
    points of an ordre du jour are."""

    items: tuple[str, ...]
    ordered: bool = False


@dataclass(frozen=True, slots=True)
class KeyValues:
    """Aligned "label : value" lines such as « Date : jeudi 12 juin 2025 »."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Column:
    """A table column; ``weight`` is its share of the available width, not an absolute size."""

    title: str
    weight: float = 1.0
    align: Alignment = "left"

    def __post_init__(self) -> None:
        if not self.weight > 0:
            raise DocumentError(f"La colonne « {self.title} » doit avoir une largeur positive.")


@dataclass(frozen=True, slots=True)
class Table:
    """A table whose header row is repeated on every page it spans.

    ``highlighted_rows`` holds indexes into ``rows`` (0 = first data row) shown on a light red
    background, e.g. overdue actions. ``min_row_height_mm`` leaves room in every data row,
    which a feuille d'émargement needs for handwritten signatures. ``compact`` sets the table
    in smaller type with tighter cells, for wide tables such as the fifteen columns of the
    plan d'actions.
    """

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...] = ()
    highlighted_rows: frozenset[int] = field(default_factory=frozenset)
    caption: str = ""
    min_row_height_mm: float = 0.0
    compact: bool = False

    def __post_init__(self) -> None:
        if not self.columns:
            raise DocumentError("Un tableau doit avoir au moins une colonne.")
        width = len(self.columns)
        for index, row in enumerate(self.rows):
            if len(row) != width:
                raise DocumentError(
                    f"La ligne {index + 1} du tableau a {len(row)} cellules au lieu de {width}."
                )
        outside = sorted(i for i in self.highlighted_rows if not 0 <= i < len(self.rows))
        if outside:
            raise DocumentError(f"Lignes à mettre en évidence inexistantes : {outside}.")

    @property
    def total_weight(self) -> float:
        """Sum of the column weights, used to turn weights into widths."""
        return sum(column.weight for column in self.columns)


@dataclass(frozen=True, slots=True)
class SignatureSlot:
    """One box to sign: the role (« Le président de séance ») and the signatory's name."""

    role: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class SignatureSlots:
    """A row of signature boxes, kept together on one page."""

    slots: tuple[SignatureSlot, ...]


@dataclass(frozen=True, slots=True)
class PageBreak:
    """Starts a new page, e.g. before an annexed tableau de suivi."""


@dataclass(frozen=True, slots=True)
class SignatureArea:
    """A closing « Validation » text followed by empty room for visible electronic signatures.

    Signature boxes are stamped afterwards at the bottom of the last page (see
    :mod:`gusp_desktop.signing.layout`), where no text may lie. In the PDF, the heading, the
    text and ``height_pt`` points of empty space are kept together, moving to a new page when
    they do not fit, so the room is always there. It must therefore be the last block. The DOCX
    only shows the text: a word-processor file is not what gets signed.
    """

    height_pt: float
    heading: str = ""
    text: str = ""

    def __post_init__(self) -> None:
        if not self.height_pt > 0:
            raise DocumentError("La zone de signature doit avoir une hauteur positive.")


@dataclass(frozen=True, slots=True)
class Picture:
    """A photo (JPEG or PNG bytes, already sized and stripped for printing) and its caption."""

    data: bytes
    caption: str = ""

    def __post_init__(self) -> None:
        if not self.data.startswith((b"\xff\xd8\xff", b"\x89PNG")):
            raise DocumentError(f"Image illisible (JPEG ou PNG attendu) : « {self.caption} ».")


@dataclass(frozen=True, slots=True)
class Pictures:
    """Photos side by side, ``per_row`` to a row, each kept with its caption."""

    items: tuple[Picture, ...]
    per_row: int = 2

    def __post_init__(self) -> None:
        if not 1 <= self.per_row <= 4:
            raise DocumentError(f"De 1 à 4 photos par ligne, pas {self.per_row}.")


Block = (
    Heading
    | Paragraph
    | BulletList
    | KeyValues
    | Table
    | SignatureSlots
    | PageBreak
    | SignatureArea
    | Pictures
)


@dataclass(frozen=True, slots=True)
class Document:
    """A complete document: the title block on the first page, then the blocks in order.

    ``footer_note`` appears at the bottom of every page next to the page number (diffusion,
    version, date of generation…). ``logo_path`` points to an image shown at the top left of
    every page; a missing file is skipped rather than preventing the document. ``watermark``
    (« PROJET — document de travail ») is printed on every page of a draft: across the page
    in light grey and, so that it survives any copy, as a line above the header rule.
    ``large_type`` sets every text but the page header and footer in at least 12 pt, for
    documents meant for the public.
    """

    title: str
    header: DocumentHeader
    blocks: tuple[Block, ...] = ()
    subtitle: str = ""
    landscape: bool = False
    logo_path: Path | None = None
    footer_note: str = ""
    watermark: str = ""
    large_type: bool = False

    def usable_logo(self) -> Path | None:
        """The logo file if it can actually be read, so renderers never fail on a stale path."""
        if self.logo_path is None:
            return None
        path = Path(self.logo_path)
        return path if path.is_file() else None


def _without_unwritable(value: Any) -> Any:
    if isinstance(value, str):
        return french_typography(_UNWRITABLE.sub("", value))
    if isinstance(value, tuple):
        return tuple(_without_unwritable(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            item.name: _without_unwritable(getattr(value, item.name))
            for item in dataclasses.fields(value)
        }
        return dataclasses.replace(value, **changes)
    return value


def printable(document: Document) -> Document:
    """The same document as the PDF and DOCX renderers print it: every text stripped of
    characters no file format can hold and set in French typography (no-break spaces before
    « : ; ! ? » and inside « », typographic apostrophes), whatever the user typed."""
    cleaned: Document = _without_unwritable(document)
    return cleaned
