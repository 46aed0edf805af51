"""WordprocessingML details that python-docx has no API for.

Fields (page numbers), repeated header rows, cell shading and borders, fonts without theme
overrides and the document language are set directly on the XML here, in one place, so the
renderer itself reads as a description of the document.
"""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Length
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_FONT_ATTRIBUTES = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")


def _child(parent: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    """The first child ``tag`` of ``parent``, created (appended) when missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def _properties(element: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    """The properties child (w:rPr, w:tcPr…) which must come first in its parent."""
    found = element.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        element.insert(0, found)
    return found


def set_fonts(rpr: BaseOxmlElement, font_name: str) -> None:
    """Use ``font_name`` for every script and drop theme fonts, which would otherwise win."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in _THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute in _FONT_ATTRIBUTES:
        fonts.set(qn(attribute), font_name)


def set_language(rpr: BaseOxmlElement, language: str) -> None:
    """Declare the text language so that spelling and hyphenation use French."""
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)


def remove_theme_color(rpr: BaseOxmlElement) -> None:
    """Drop a theme colour so that the explicit colour of a built-in style is used."""
    color = rpr.find(qn("w:color"))
    if color is not None:
        for attribute in ("w:themeColor", "w:themeShade", "w:themeTint"):
            color.attrib.pop(qn(attribute), None)


def remove_paragraph_border(ppr: BaseOxmlElement) -> None:
    """Remove a style's paragraph border (the default Title style draws one)."""
    border = ppr.find(qn("w:pBdr"))
    if border is not None:
        ppr.remove(border)


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> None:
    """Append a simple field such as PAGE or NUMPAGES; Word and LibreOffice update it."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def repeat_as_header(row: _Row) -> None:
    """Mark a row as a header row, repeated at the top of each page the table spans."""
    tr_pr = row._tr.get_or_add_trPr()
    _child(tr_pr, "w:tblHeader").set(qn("w:val"), "true")


def keep_row_on_one_page(row: _Row) -> None:
    """Forbid a row from breaking across pages (used for short rows and signature boxes)."""
    tr_pr = row._tr.get_or_add_trPr()
    _child(tr_pr, "w:cantSplit").set(qn("w:val"), "true")


def shade_cell(cell: _Cell, fill_hex: str) -> None:
    """Fill a cell's background with the colour ``fill_hex`` (RRGGBB)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = _child(tc_pr, "w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill_hex)


def set_cell_borders(cell: _Cell, size_eighths: int, color_hex: str) -> None:
    """Draw a single line around one cell; ``size_eighths`` is in eighths of a point."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = _child(tc_pr, "w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = _child(borders, f"w:{side}")
        edge.set(qn("w:val"), "single" if size_eighths else "nil")
        edge.set(qn("w:sz"), str(size_eighths))
        edge.set(qn("w:space"), "0")
        edge.set(qn("w:color"), color_hex)


def set_column_widths(table: Table, widths: list[Length]) -> None:
    """Set widths on the grid (read by LibreOffice) and on every cell (read by Word)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    tbl_pr = table._tbl.tblPr
    table_width = _child(tbl_pr, "w:tblW")
    table_width.set(qn("w:type"), "dxa")
    table_width.set(qn("w:w"), str(sum(int(width.twips) for width in widths)))


def set_cell_margins(table: Table, top: int, bottom: int, left: int, right: int) -> None:
    """Inner cell margins of a whole table, in twentieths of a point."""
    margins = _child(table._tbl.tblPr, "w:tblCellMar")
    for side, value in (("top", top), ("bottom", bottom), ("left", left), ("right", right)):
        edge = _child(margins, f"w:{side}")
        edge.set(qn("w:w"), str(value))
        edge.set(qn("w:type"), "dxa")


def has_hyperlink_relationships(paragraph: Paragraph) -> bool:
    """True when a paragraph's part has external hyperlinks (never produced here)."""
    part = paragraph.part
    return any(rel.reltype == RELATIONSHIP_TYPE.HYPERLINK for rel in part.rels.values())
