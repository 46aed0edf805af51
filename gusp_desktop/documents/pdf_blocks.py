"""Conversion of the neutral blocks into reportlab flowables.

Each block type has one small function; :func:`story` chains them after the title block.
All user text goes through :func:`~gusp_desktop.documents.pdf_styles.markup`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from gusp_desktop.documents.french import NBSP, NNBSP
from gusp_desktop.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    Pictures,
    SignatureArea,
    SignatureSlots,
    Table,
)
from gusp_desktop.documents.pdf_pictures import pictures as _pictures
from gusp_desktop.documents.pdf_styles import (
    FONT,
    HIGHLIGHT,
    NAVY,
    RULE,
    WHITE,
    ZEBRA,
    Styles,
    markup,
)
from gusp_desktop.documents.wrapping import wrap_text

_CELL_PADDING = 3
_COMPACT_PADDING = 1.5
_SHORT_LIST = 12  # items of a list kept together on one page
_MIN_FOLLOWING_HEIGHT = 60  # points of the next block to keep under a heading at a page bottom
SIGNATURES_PER_ROW = 3
SIGNATURE_BOX_HEIGHT = 3.2 * cm
_EMPTY_TABLE_TEXT = "Aucun élément à afficher."
_WRAP_SLACK = 0.01  # below any visible width: only guards against float rounding


class KeepWithFollowing(KeepTogether):  # type: ignore[misc]  # reportlab is untyped
    """Keeps a heading (or caption) with the block that follows it.

    reportlab's own grouping moves the whole group to the next page whenever it does not fit,
    which leaves half a page blank before every long table or paragraph. When the group is
    taller than a page anyway, it is split here as soon as the heading and the start of the
    next block fit.
    """

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        content = list(self._content)
        if frame is not None and len(content) > 1:
            self.wrap(available_width, available_height)
            if frame._height < self._H:
                lead = sum(
                    flowable.wrapOn(self.canv, available_width, available_height)[1]
                    + flowable.getSpaceBefore()
                    + flowable.getSpaceAfter()
                    for flowable in content[:-1]
                )
                if lead + _MIN_FOLLOWING_HEIGHT <= available_height:
                    return content
        return list(super().split(available_width, available_height))


class _DataTable(PdfTable):  # type: ignore[misc]  # reportlab is untyped
    """A table that splits inside a row only at the top of a page.

    reportlab first splits between rows, then lays the remainder out on the same page; when
    that remainder's first row does not fit either, it splits that row, repeating the header
    row a second time on the page. Inside-row splitting is only needed for a row taller than
    a whole page, which can only start at the top of one, so it is kept for that case.
    """

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if frame is None or getattr(frame, "_atTop", True):
            return list(super().split(available_width, available_height))
        in_row: int = getattr(self, "splitInRow", 0)
        self.splitInRow = 0
        try:
            parts = list(super().split(available_width, available_height))
        finally:
            self.splitInRow = in_row
        for part in parts:
            part.splitInRow = in_row
        return parts


def _title_block(document: Document, styles: Styles) -> list[Flowable]:
    """Title, optional subtitle and a rule: what the reader sees first on page one."""
    flowables: list[Flowable] = [PdfParagraph(markup(document.title), styles.title)]
    if document.subtitle:
        flowables.append(PdfParagraph(markup(document.subtitle), styles.subtitle))
    flowables.append(HRFlowable(width="30%", thickness=1, color=NAVY, spaceBefore=4, spaceAfter=12))
    return flowables


def _heading(block: Heading, styles: Styles, width: float) -> list[Flowable]:
    return [PdfParagraph(markup(block.text), styles.heading[block.level - 1])]


def _paragraph(block: Paragraph, styles: Styles, width: float) -> list[Flowable]:
    text = markup(block.text)
    if block.emphasis:
        text = f"<b>{text}</b>"
    return [PdfParagraph(text, styles.small if block.small else styles.body)]


def _bullets(block: BulletList, styles: Styles, width: float) -> list[Flowable]:
    """Bullets or numbers; a short list is kept on one page so no item is left alone.

    Items are chained with ``keepWithNext`` rather than wrapped in a KeepTogether, which
    reportlab would refuse to keep with the heading above the list.
    """
    style = styles.numbered if block.ordered else styles.bullet
    items: list[Flowable] = [
        PdfParagraph(markup(item), style, bulletText=f"{number}." if block.ordered else "•")
        for number, item in enumerate(block.items, start=1)
    ]
    if len(items) <= _SHORT_LIST:
        for item in items[:-1]:
            item.keepWithNext = True
    return items


def _key_values(block: KeyValues, styles: Styles, width: float) -> list[Flowable]:
    """Labels in a narrow bold column so the values line up, without any visible grid."""
    if not block.pairs:
        return []
    key_width = min(width * 0.35, 6 * cm)
    rows = [
        [
            PdfParagraph(markup(f"{key}\u202f:"), styles.key),
            PdfParagraph(markup(value), styles.value),
        ]
        for key, value in block.pairs
    ]
    table = PdfTable(rows, colWidths=[key_width, width - key_width], hAlign="LEFT")
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [table, Spacer(1, 6)]


def _table_style(block: Table, empty: bool) -> list[tuple[Any, ...]]:
    """Header in dark blue, zebra rows, then overdue rows in light red on top of the zebra."""
    padding = _COMPACT_PADDING if block.compact else _CELL_PADDING
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, ZEBRA]),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 1, NAVY),
        ("LEFTPADDING", (0, 0), (-1, -1), padding + 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding + 1),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 1),
    ]
    if empty:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    commands.extend(
        ("BACKGROUND", (0, index + 1), (-1, index + 1), HIGHLIGHT)
        for index in sorted(block.highlighted_rows)
    )
    return commands


def _cell(text: str, style: ParagraphStyle, room: float) -> PdfParagraph:
    """A table cell broken at word boundaries (see :mod:`~gusp_desktop.documents.wrapping`)."""

    def measure(part: str) -> float:
        width: float = stringWidth(part.replace(NNBSP, NBSP), style.fontName, style.fontSize)
        return width

    # When every word fits, reportlab breaks at the same spaces: one measure per word, no
    # second layout (a 300-action annex has thousands of cells).
    if all(measure(word) <= room for word in text.replace("\n", " ").split(" ")):
        return PdfParagraph(markup(text), style)
    return PdfParagraph(markup(wrap_text(text, room, measure)), style)


def _table(block: Table, styles: Styles, width: float) -> list[Flowable]:
    """A table that splits between pages (and inside a row taller than a page) and repeats
    its header row on every page."""
    widths = [width * column.weight / block.total_weight for column in block.columns]
    if block.compact:
        styles = styles.compact()
    padding = _COMPACT_PADDING if block.compact else _CELL_PADDING
    inner = [w - 2 * (padding + 1) - _WRAP_SLACK for w in widths]
    header = [
        _cell(column.title, styles.header_cell, room)
        for column, room in zip(block.columns, inner, strict=True)
    ]
    cell_styles = [styles.cell_aligned(column.align) for column in block.columns]
    body: list[list[Any]] = [
        [
            _cell(value, style, room)
            for value, style, room in zip(row, cell_styles, inner, strict=True)
        ]
        for row in block.rows
    ]
    empty = not body
    if empty:
        body = [[PdfParagraph(markup(_EMPTY_TABLE_TEXT), styles.cell)] + [""] * (len(widths) - 1)]
    min_heights = [0.0] + [block.min_row_height_mm * mm] * len(body)
    table = _DataTable(
        [header, *body],
        colWidths=widths,
        repeatRows=1,
        splitInRow=1,
        minRowHeights=min_heights,
        hAlign="LEFT",
        spaceBefore=4,
        spaceAfter=10,
    )
    table.setStyle(_table_style(block, empty))
    flowables: list[Flowable] = []
    if block.caption:
        caption = PdfParagraph(markup(block.caption), styles.caption)
        caption.keepWithNext = True
        flowables.append(caption)
    flowables.append(table)
    return flowables


def _signature_cell(role: str, name: str, styles: Styles) -> list[Flowable]:
    cell: list[Flowable] = [PdfParagraph(markup(role), styles.signature_role)]
    if name:
        cell.append(PdfParagraph(markup(name), styles.body))
    return cell


def _signatures(block: SignatureSlots, styles: Styles, width: float) -> list[Flowable]:
    """Framed boxes, three per row, each with role and name on top and room to sign below."""
    if not block.slots:
        return []
    per_row = min(SIGNATURES_PER_ROW, len(block.slots))
    gap = 0.6 * cm
    box = (width - gap * (per_row - 1)) / per_row
    rows: list[list[Any]] = []
    heights: list[float] = []
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]
    for start in range(0, len(block.slots), per_row):
        if rows:  # an empty row between two rows of boxes
            rows.append([""] * (2 * per_row - 1))
            heights.append(gap)
        row: list[Any] = []
        for position, slot in enumerate(block.slots[start : start + per_row]):
            if position:
                row.append("")
            row.append(_signature_cell(slot.role, slot.name, styles))
            cell = (2 * position, len(rows))
            commands.append(("BOX", cell, cell, 0.6, NAVY))
        row.extend([""] * (2 * per_row - 1 - len(row)))
        rows.append(row)
        heights.append(SIGNATURE_BOX_HEIGHT)
    widths = [box if index % 2 == 0 else gap for index in range(2 * per_row - 1)]
    table = PdfTable(rows, colWidths=widths, rowHeights=heights, hAlign="LEFT")
    table.setStyle(commands)
    return [Spacer(1, 10), KeepTogether([table]), Spacer(1, 6)]


def _page_break(block: PageBreak, styles: Styles, width: float) -> list[Flowable]:
    return [PdfPageBreak()]


def _signature_area(block: SignatureArea, styles: Styles, width: float) -> list[Flowable]:
    """Heading, text and the empty room below them, moved to a new page together if needed.

    Being the last flowable, the empty room guarantees that nothing is printed in the bottom
    ``height_pt`` points of the last page's text frame, where signature boxes are stamped.
    """
    content: list[Flowable] = []
    if block.heading:
        content.append(PdfParagraph(markup(block.heading), styles.heading[1]))
    if block.text:
        content.append(PdfParagraph(markup(block.text), styles.body))
    content.append(Spacer(1, block.height_pt))
    return [KeepTogether(content)]


_BUILDERS: dict[type[Any], Callable[[Any, Styles, float], list[Flowable]]] = {
    Heading: _heading,
    Paragraph: _paragraph,
    BulletList: _bullets,
    KeyValues: _key_values,
    Table: _table,
    SignatureSlots: _signatures,
    PageBreak: _page_break,
    SignatureArea: _signature_area,
    Pictures: _pictures,
}


def block_flowables(block: Block, styles: Styles, width: float) -> list[Flowable]:
    """The flowables of one block; an unknown block type is a programming error."""
    try:
        builder = _BUILDERS[type(block)]
    except KeyError:
        raise TypeError(f"Type de bloc non pris en charge : {type(block).__name__}") from None
    return builder(block, styles, width)


def story(document: Document, styles: Styles, width: float) -> list[Flowable]:
    """Everything that flows on the pages, in reading order."""
    flowables = _title_block(document, styles)
    for block in document.blocks:
        flowables.extend(block_flowables(block, styles, width))
    return flowables
