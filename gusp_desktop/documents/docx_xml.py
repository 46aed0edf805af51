"""WordprocessingML details that python-docx has no API for.

Fields (page numbers), repeated header rows, cell shading and borders, fonts without theme
overrides and the document language are set directly on the XML here, in one place, so the
renderer itself reads as a description of the document.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Length
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_FONT_ATTRIBUTES = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")


def _tags(names: str) -> tuple[str, ...]:
    """Prefixed tag names from a space-separated list, in schema order."""
    return tuple(f"w:{name}" for name in names.split())


# Children order imposed by the OOXML schema; Word rejects some files whose order differs.
_RPR_ORDER = _tags(
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
    "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
    "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout "
    "specVanish oMath"
)
_TRPR_ORDER = _tags(
    "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
    "tblCellSpacing jc hidden"
)
_TCPR_ORDER = _tags(
    "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
    "tcFitText vAlign hideMark"
)
_TBLPR_ORDER = _tags(
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW "
    "jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
    "tblDescription"
)
_BORDER_ORDER = ("w:top", "w:left", "w:start", "w:bottom", "w:right", "w:end")


def _child(parent: BaseOxmlElement, tag: str, order: tuple[str, ...]) -> BaseOxmlElement:
    """The child ``tag`` of ``parent``, created at its schema position when missing."""
    found: BaseOxmlElement | None = parent.find(qn(tag))
    if found is not None:
        return found
    created = OxmlElement(tag)
    later = {qn(name) for name in order[order.index(tag) + 1 :]}
    for index, sibling in enumerate(parent):
        if sibling.tag in later:
            parent.insert(index, created)
            return created
    parent.append(created)
    return created


def set_fonts(rpr: BaseOxmlElement, font_name: str) -> None:
    """Use ``font_name`` for every script and drop theme fonts, which would otherwise win."""
    fonts = _child(rpr, "w:rFonts", _RPR_ORDER)
    for attribute in _THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute in _FONT_ATTRIBUTES:
        fonts.set(qn(attribute), font_name)


def set_language(rpr: BaseOxmlElement, language: str) -> None:
    """Declare the text language so that spelling and hyphenation use French."""
    lang = _child(rpr, "w:lang", _RPR_ORDER)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)


def remove_theme_color(rpr: BaseOxmlElement) -> None:
    """Drop a theme colour so that the explicit colour of a built-in style is used."""
    color = rpr.find(qn("w:color"))
    if color is not None:
        for attribute in ("w:themeColor", "w:themeShade", "w:themeTint"):
            color.attrib.pop(qn(attribute), None)


def remove_children(parent: BaseOxmlElement, *tags: str) -> None:
    """Remove properties a built-in style sets and we do not want (borders, letter spacing)."""
    for tag in tags:
        for child in parent.findall(qn(tag)):
            parent.remove(child)


def set_style(paragraph: Paragraph, style_id: str) -> None:
    """Apply a paragraph style by identifier, without python-docx's search by display name."""
    paragraph._p.get_or_add_pPr().style = style_id


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
    _child(tr_pr, "w:tblHeader", _TRPR_ORDER).set(qn("w:val"), "true")


def keep_row_on_one_page(row: _Row) -> None:
    """Forbid a row from breaking across pages (used for short rows and signature boxes)."""
    tr_pr = row._tr.get_or_add_trPr()
    _child(tr_pr, "w:cantSplit", _TRPR_ORDER).set(qn("w:val"), "true")


def shade_cell(cell: _Cell, fill_hex: str) -> None:
    """Fill a cell's background with the colour ``fill_hex`` (RRGGBB)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = _child(tc_pr, "w:shd", _TCPR_ORDER)
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill_hex)


def set_cell_borders(cell: _Cell, size_eighths: int, color_hex: str) -> None:
    """Draw a single line around one cell; ``size_eighths`` is in eighths of a point."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = _child(tc_pr, "w:tcBorders", _TCPR_ORDER)
    for side in ("top", "left", "bottom", "right"):
        edge = _child(borders, f"w:{side}", _BORDER_ORDER)
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
    table_width = _child(tbl_pr, "w:tblW", _TBLPR_ORDER)
    table_width.set(qn("w:type"), "dxa")
    table_width.set(qn("w:w"), str(sum(int(width.twips) for width in widths)))


def set_cell_margins(table: Table, top: int, bottom: int, left: int, right: int) -> None:
    """Inner cell margins of a whole table, in twentieths of a point."""
    margins = _child(table._tbl.tblPr, "w:tblCellMar", _TBLPR_ORDER)
    for side, value in (("top", top), ("bottom", bottom), ("left", left), ("right", right)):
        edge = _child(margins, f"w:{side}", _BORDER_ORDER)
        edge.set(qn("w:w"), str(value))
        edge.set(qn("w:type"), "dxa")


_PPR_ORDER = _tags(
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
)
_PBDR_ORDER = ("w:top", "w:left", "w:bottom", "w:right", "w:between", "w:bar")
_TBLBORDERS_ORDER = ("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV")


def paragraph_rule(paragraph: Paragraph, side: str, size_eighths: int, color_hex: str) -> None:
    """A horizontal line above (``side="top"``) or below a paragraph, e.g. under the header."""
    borders = _child(paragraph._p.get_or_add_pPr(), "w:pBdr", _PPR_ORDER)
    edge = _child(borders, f"w:{side}", _PBDR_ORDER)
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), str(size_eighths))
    edge.set(qn("w:space"), "4")
    edge.set(qn("w:color"), color_hex)


def set_table_borders(table: Table, size_eighths: int, color_hex: str) -> None:
    """Thin coloured lines around and inside a table instead of the template's black ones."""
    borders = _child(table._tbl.tblPr, "w:tblBorders", _TBLPR_ORDER)
    for side in _TBLBORDERS_ORDER:
        edge = _child(borders, side, _TBLBORDERS_ORDER)
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), str(size_eighths))
        edge.set(qn("w:space"), "0")
        edge.set(qn("w:color"), color_hex)
