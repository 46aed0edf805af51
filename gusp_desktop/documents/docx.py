"""DOCX rendering of a :class:`~gusp_desktop.documents.model.Document` with python-docx.

The DOCX says the same thing as the PDF, for partners who want to annotate or reuse the text:
same header and footer on every page, same tables with their header row repeated, same
highlighted rows and signature boxes. The file is built in memory and written atomically.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.image.exceptions import UnrecognizedImageError
from docx.image.image import Image as DocxImage
from docx.section import Section
from docx.shared import Cm, Length, Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from gusp_desktop.documents import docx_styles as ds
from gusp_desktop.documents import docx_xml
from gusp_desktop.documents.model import (
    Alignment,
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
    printable,
)
from gusp_desktop.fileio import write_bytes_atomic

_log = logging.getLogger(__name__)

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
_LOGO_WIDTH, _LOGO_HEIGHT = Cm(3), Cm(2)
_SIGNATURES_PER_ROW = 3
_EMPTY_TABLE_TEXT = "Aucun élément à afficher."


def _add_paragraph(container: Any, text: str, style_id: str | None) -> DocxParagraph:
    """A new paragraph with plain text (line breaks kept) in the body or a cell."""
    paragraph: DocxParagraph = container.add_paragraph()
    if style_id is not None:
        docx_xml.set_style(paragraph, style_id)
    if text:
        paragraph.add_run(text)
    return paragraph


def _write(
    cell: _Cell, text: str, style_id: str | None, align: Alignment = "left"
) -> DocxParagraph:
    """Put plain text in a cell's first paragraph; line breaks become Word line breaks."""
    paragraph: DocxParagraph = cell.paragraphs[0]
    if style_id is not None:
        docx_xml.set_style(paragraph, style_id)
    if align != "left":
        paragraph.alignment = _ALIGN[align]
    if text:
        paragraph.add_run(text)
    return paragraph


def _borderless_table(container: Any, rows: int, widths: list[Length]) -> DocxTable:
    """A layout table without borders (key-value lines, header, signature row)."""
    table: DocxTable
    if isinstance(container, DocxDocument):
        table = container.add_table(rows=rows, cols=len(widths))
    else:
        table = container.add_table(rows, len(widths), Length(sum(widths)))
    table.style = None
    docx_xml.set_column_widths(table, widths)
    return table


def _spacer(document: DocxDocument) -> None:
    """A small empty paragraph after a table: two adjacent tables would merge into one."""
    _add_paragraph(document, "", ds.SMALL).paragraph_format.space_after = Pt(4)


# ----------------------------------------------------------------------------- page furniture


def _readable_logo(document: Document) -> Path | None:
    """The logo file if python-docx can decode it; otherwise the document goes without logo."""
    path = document.usable_logo()
    if path is None:
        if document.logo_path is not None:
            _log.warning("Logo introuvable, document produit sans logo : %s", document.logo_path)
        return None
    try:
        DocxImage.from_file(str(path))
    except (UnrecognizedImageError, OSError, ValueError):
        _log.warning("Logo illisible, document produit sans logo : %s", path, exc_info=True)
        return None
    return path


def _add_logo(cell: _Cell, path: Path) -> None:
    """The logo scaled to fit its box, keeping its proportions."""
    picture = cell.paragraphs[0].add_run().add_picture(str(path), width=_LOGO_WIDTH)
    if picture.height > _LOGO_HEIGHT:
        ratio = _LOGO_HEIGHT / picture.height
        picture.height = _LOGO_HEIGHT
        picture.width = Length(int(picture.width * ratio))


def _header_lines(document: Document) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Left lines (organisation, instance, quartiers) and right lines (séance, date, place)."""
    header = document.header
    left = [(header.organisation_name, True)]
    if header.instance:
        left.append((header.instance, False))
    if header.quartiers:
        label = "Quartier" if len(header.quartiers) == 1 else "Quartiers"
        left.append((f"{label}\u202f: {', '.join(header.quartiers)}", False))
    right = [(header.seance_label, True), (header.date_text, False), (header.place, False)]
    return left, [line for line in right if line[0]]


def _fill_lines(cell: _Cell, lines: list[tuple[str, bool]], align: Alignment) -> None:
    for index, (text, bold) in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        docx_xml.set_style(paragraph, ds.PAGE_HEADER)
        paragraph.alignment = _ALIGN[align]
        run = paragraph.add_run(text)
        run.bold = bold
        if bold and align == "left":
            run.font.size = Pt(10)
            run.font.color.rgb = ds.NAVY


def _write_page_header(section: Section, document: Document) -> None:
    """A borderless table (logo, who, when/where) followed by a rule, on every page."""
    header = section.header
    width = ds.text_width(section)
    right = Length(int(width * 0.34))
    logo = _readable_logo(document)
    widths = [right] if logo is None else [Length(_LOGO_WIDTH + Cm(0.3)), right]
    widths.insert(-1, Length(width - sum(widths)))
    table = _borderless_table(header, 1, widths)
    cells = table.rows[0].cells
    if logo is not None:
        _add_logo(cells[0], logo)
    left, right_lines = _header_lines(document)
    _fill_lines(cells[-2], left, "left")
    _fill_lines(cells[-1], right_lines, "right")
    rule = header.paragraphs[0]
    rule._p.addprevious(table._tbl)  # the rule paragraph must end the header
    docx_xml.set_style(rule, ds.PAGE_HEADER)
    docx_xml.paragraph_rule(rule, "bottom", 6, ds.NAVY_HEX)


def _write_page_footer(section: Section, document: Document) -> None:
    """Footer note on the left and « Page X / Y » on the right, from PAGE and NUMPAGES fields."""
    paragraph = section.footer.paragraphs[0]
    docx_xml.set_style(paragraph, ds.PAGE_FOOTER)
    paragraph.paragraph_format.tab_stops.add_tab_stop(
        ds.text_width(section), WD_TAB_ALIGNMENT.RIGHT
    )
    docx_xml.paragraph_rule(paragraph, "top", 4, ds.RULE_HEX)
    if document.watermark:
        mark = paragraph.insert_paragraph_before(document.watermark)
        docx_xml.set_style(mark, ds.PAGE_FOOTER)
        mark.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in mark.runs:
            run.bold = True
    paragraph.add_run(f"{document.footer_note or document.title}\tPage ")
    docx_xml.add_field(paragraph, "PAGE")
    paragraph.add_run(" / ")
    docx_xml.add_field(paragraph, "NUMPAGES")


# ----------------------------------------------------------------------------- blocks


def _heading(doc: DocxDocument, block: Heading, width: Length) -> None:
    doc.add_heading(block.text, level=block.level)


def _paragraph(doc: DocxDocument, block: Paragraph, width: Length) -> None:
    paragraph = _add_paragraph(doc, "", ds.SMALL if block.small else None)
    if not block.small:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    run = paragraph.add_run(block.text)
    run.bold = block.emphasis or None


def _bullets(doc: DocxDocument, block: BulletList, width: Length) -> None:
    """Bullets from Word's list style; numbers written out, because Word's numbered style
    would continue the count of the document's previous numbered list."""
    for number, item in enumerate(block.items, start=1):
        if not block.ordered:
            doc.add_paragraph(item, style="List Bullet")
            continue
        paragraph = doc.add_paragraph(f"{number}.\t{item}")
        layout = paragraph.paragraph_format
        layout.left_indent, layout.first_line_indent = Cm(0.8), Cm(-0.6)
        layout.tab_stops.add_tab_stop(Cm(0.8))
        layout.space_after = Pt(3)


def _key_values(doc: DocxDocument, block: KeyValues, width: Length) -> None:
    if not block.pairs:
        return
    key_width = Length(min(int(width * 0.35), Cm(6)))
    table = _borderless_table(doc, len(block.pairs), [key_width, Length(width - key_width)])
    docx_xml.set_cell_margins(table, 20, 20, 0, 108)
    for row, (key, value) in zip(table.rows, block.pairs, strict=True):
        key_cell, value_cell = row.cells
        _write(key_cell, f"{key}\u202f:", ds.KEY)
        _write(value_cell, value, None).paragraph_format.space_after = Pt(0)
    _spacer(doc)


def _table_widths(block: Table, width: Length) -> list[Length]:
    return [Length(int(width * column.weight / block.total_weight)) for column in block.columns]


def _table_row(cells: list[_Cell], values: tuple[str, ...], block: Table, fill: str | None) -> None:
    style_id = ds.COMPACT_CELL if block.compact else ds.CELL
    for cell, value, column in zip(cells, values, block.columns, strict=True):
        _write(cell, value, style_id, column.align)
        if fill:
            docx_xml.shade_cell(cell, fill)
        if block.min_row_height_mm:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _table(doc: DocxDocument, block: Table, width: Length) -> None:
    """Grid table: repeated navy header row, zebra rows, highlighted rows in light red."""
    if block.caption:
        _add_paragraph(doc, block.caption, ds.CAPTION).paragraph_format.keep_with_next = True
    table = doc.add_table(rows=1 + max(1, len(block.rows)), cols=len(block.columns))
    table.style = "Table Grid"
    docx_xml.set_table_borders(table, 4, ds.RULE_HEX)
    if block.compact:
        docx_xml.set_cell_margins(table, 20, 20, 40, 40)
    else:
        docx_xml.set_cell_margins(table, 40, 40, 80, 80)
    rows = list(table.rows)
    header = rows[0]
    docx_xml.repeat_as_header(header)
    docx_xml.keep_row_on_one_page(header)
    header_style = ds.COMPACT_HEADER_CELL if block.compact else ds.HEADER_CELL
    for cell, column in zip(header.cells, block.columns, strict=True):
        _write(cell, column.title, header_style, column.align)
        docx_xml.shade_cell(cell, ds.NAVY_HEX)
    for index, values in enumerate(block.rows):
        row = rows[index + 1]
        fill = ds.HIGHLIGHT_HEX if index in block.highlighted_rows else None
        _table_row(row.cells, values, block, fill or (ds.ZEBRA_HEX if index % 2 else None))
        if block.min_row_height_mm:
            row.height = Mm(block.min_row_height_mm)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    docx_xml.set_column_widths(table, _table_widths(block, width))
    if not block.rows:
        cells = rows[1].cells
        merged = cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0]
        _write(merged, _EMPTY_TABLE_TEXT, ds.CELL)
    _spacer(doc)


def _signatures(doc: DocxDocument, block: SignatureSlots, width: Length) -> None:
    """Framed boxes, three per row, with an empty row between rows of boxes."""
    if not block.slots:
        return
    per_row = min(_SIGNATURES_PER_ROW, len(block.slots))
    gap = Cm(0.6)
    box = Length(int((width - gap * (per_row - 1)) / per_row))
    widths = [box if index % 2 == 0 else Length(gap) for index in range(2 * per_row - 1)]
    lines = (len(block.slots) + per_row - 1) // per_row
    table = _borderless_table(doc, 2 * lines - 1, widths)
    for line in range(lines):
        if line:
            table.rows[2 * line - 1].height = gap
        row = table.rows[2 * line]
        row.height = Cm(3.2)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        docx_xml.keep_row_on_one_page(row)
        cells = row.cells
        for position, slot in enumerate(block.slots[line * per_row : (line + 1) * per_row]):
            cell = cells[2 * position]
            docx_xml.set_cell_borders(cell, 6, ds.NAVY_HEX)
            _write(cell, slot.role, ds.KEY)
            if slot.name:
                _add_paragraph(cell, slot.name, ds.CELL).paragraph_format.space_before = Pt(2)
    _spacer(doc)


def _pictures(doc: DocxDocument, block: Pictures, width: Length) -> None:
    """Photos in a borderless grid, each over its caption; bytes embedded as given."""
    per_row = block.per_row
    rows = (len(block.items) + per_row - 1) // per_row
    if not rows:
        return
    cell_width = Length(int(width / per_row))
    table = _borderless_table(doc, rows, [cell_width] * per_row)
    for index, picture in enumerate(block.items):
        cell = table.cell(index // per_row, index % per_row)
        paragraph = cell.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run().add_picture(
            io.BytesIO(picture.data), width=Length(int(cell_width * 0.94))
        )
        paragraph.paragraph_format.keep_with_next = True
        if picture.caption:
            _add_paragraph(cell, picture.caption, ds.CAPTION).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in table.rows:
        docx_xml.keep_row_on_one_page(row)
    _spacer(doc)


def _page_break(doc: DocxDocument, block: PageBreak, width: Length) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _signature_area(doc: DocxDocument, block: SignatureArea, width: Length) -> None:
    """Only the validation text: the signed file is the PDF, so no room is reserved here."""
    if block.heading:
        doc.add_heading(block.heading, level=2)
    if block.text:
        _paragraph(doc, Paragraph(block.text), width)


_WRITERS: dict[type[Any], Callable[[DocxDocument, Any, Length], None]] = {
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


def _write_block(doc: DocxDocument, block: Block, width: Length) -> None:
    try:
        writer = _WRITERS[type(block)]
    except KeyError:
        raise TypeError(f"Type de bloc non pris en charge : {type(block).__name__}") from None
    writer(doc, block, width)


def build_docx(document: Document) -> DocxDocument:
    """The python-docx document, before saving (useful to inspect it)."""
    document = printable(document)
    doc = docx.Document()
    ds.set_up_styles(doc)
    if document.large_type:
        ds.enlarge(doc)
    section = doc.sections[0]
    ds.set_up_page(section, document.landscape)
    _write_page_header(section, document)
    _write_page_footer(section, document)
    doc.add_paragraph(document.title, style="Title")
    if document.subtitle:
        _add_paragraph(doc, document.subtitle, ds.SUBTITLE)
    width = ds.text_width(section)
    for block in document.blocks:
        _write_block(doc, block, width)
    properties = doc.core_properties
    properties.title = document.title
    properties.subject = document.subtitle or document.header.instance
    properties.author = document.header.organisation_name
    properties.language = ds.LANGUAGE
    return doc


def render_docx_bytes(document: Document) -> bytes:
    """The DOCX file as bytes."""
    buffer = io.BytesIO()
    build_docx(document).save(buffer)
    return buffer.getvalue()


def render_docx(document: Document, path: str | os.PathLike[str]) -> None:
    """Write ``document`` as a DOCX at ``path``; the previous file stays intact on failure."""
    write_bytes_atomic(path, render_docx_bytes(document))
