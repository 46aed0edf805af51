"""Page set-up and styles of the DOCX documents, matched to the PDF ones.

The python-docx template is US Letter with Calibri/Cambria theme fonts and English language:
everything is reset here to A4, DejaVu Sans and French, so that the file opened in Word or
LibreOffice looks like the PDF and is spell-checked in French.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Length, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from gusp_desktop.documents import docx_xml

FONT_NAME = "DejaVu Sans"
LANGUAGE = "fr-FR"

NAVY = RGBColor(0x1F, 0x3A, 0x5F)
GREY_TEXT = RGBColor(0x4A, 0x4A, 0x4A)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
NAVY_HEX = "1F3A5F"
RULE_HEX = "9AA5B1"
ZEBRA_HEX = "F2F4F7"
HIGHLIGHT_HEX = "F8D7DA"

MARGIN_X = Cm(2)

# Custom paragraph styles are referred to by a stable ASCII identifier: assigning a style by
# its display name makes python-docx search the whole style list for every table cell.
CELL = "GuspCellule"
HEADER_CELL = "GuspEnteteTableau"
CAPTION = "GuspLegende"
SMALL = "GuspPetit"
KEY = "GuspLibelle"
PAGE_HEADER = "GuspEntetePage"
PAGE_FOOTER = "GuspPiedPage"
SUBTITLE = "GuspSousTitre"
COMPACT_CELL = "GuspCelluleDense"
COMPACT_HEADER_CELL = "GuspEnteteTableauDense"

# (identifier, name shown in the word processor, size pt, bold, italic, colour, space after pt)
_CUSTOM: tuple[tuple[str, str, float, bool, bool, RGBColor | None, float], ...] = (
    (CELL, "Cellule de tableau", 8.5, False, False, None, 0),
    (HEADER_CELL, "En-tête de tableau", 8.5, True, False, WHITE, 0),
    (CAPTION, "Légende de tableau", 9, False, True, GREY_TEXT, 3),
    (SMALL, "Texte en petit", 8.5, False, False, GREY_TEXT, 6),
    (KEY, "Libellé", 10, True, False, None, 0),
    (PAGE_HEADER, "En-tête de page", 8.5, False, False, GREY_TEXT, 0),
    (PAGE_FOOTER, "Pied de page", 8, False, False, GREY_TEXT, 0),
    (SUBTITLE, "Sous-titre du document", 11.5, False, False, GREY_TEXT, 12),
    (COMPACT_CELL, "Cellule de tableau dense", 6.5, False, False, None, 0),
    (COMPACT_HEADER_CELL, "En-tête de tableau dense", 6.5, True, False, WHITE, 0),
)

# Built-in headings keep their names so that Word's navigation pane and outline work.
_HEADINGS = (("Heading 1", 13, 14, 6), ("Heading 2", 11.5, 10, 4), ("Heading 3", 10.5, 8, 3))


def set_up_page(section: Section, landscape: bool) -> None:
    """A4 with explicit size (the template is US Letter), landscape when asked."""
    short, long = Cm(21), Cm(29.7)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width = long if landscape else short
    section.page_height = short if landscape else long
    section.left_margin = section.right_margin = MARGIN_X
    section.top_margin = Cm(3.4)
    section.bottom_margin = Cm(2.2)
    section.header_distance = Cm(1)
    section.footer_distance = Cm(1)


def text_width(section: Section) -> Length:
    """Width between the margins, the width every table is laid out on."""
    width = section.page_width or Cm(21)
    return Length(width - (section.left_margin or MARGIN_X) - (section.right_margin or MARGIN_X))


def _base_styles(document: DocxDocument) -> None:
    """DejaVu Sans and French for every run, via the defaults and the Normal style."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None:
            docx_xml.set_fonts(rpr, FONT_NAME)
            docx_xml.set_language(rpr, LANGUAGE)
    normal = document.styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    normal.font.name = FONT_NAME
    normal.font.size = Pt(10)
    rpr = normal.element.get_or_add_rPr()
    docx_xml.set_fonts(rpr, FONT_NAME)
    docx_xml.set_language(rpr, LANGUAGE)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15


def _restyle(style: ParagraphStyle, size: float, color: RGBColor | None, bold: bool) -> None:
    """Explicit font, size and colour on a built-in style, removing its theme choices."""
    rpr = style.element.get_or_add_rPr()
    docx_xml.set_fonts(rpr, FONT_NAME)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    if color is not None:
        style.font.color.rgb = color
        docx_xml.remove_theme_color(rpr)


def _headings(document: DocxDocument) -> None:
    for name, size, before, after in _HEADINGS:
        style = document.styles[name]
        assert isinstance(style, ParagraphStyle)
        _restyle(style, size, NAVY if name != "Heading 3" else GREY_TEXT, bold=True)
        style.font.italic = name == "Heading 3"
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = True
    title = document.styles["Title"]
    assert isinstance(title, ParagraphStyle)
    _restyle(title, 17, NAVY, bold=True)
    docx_xml.remove_children(title.element.get_or_add_pPr(), "w:pBdr", "w:contextualSpacing")
    docx_xml.remove_children(title.element.get_or_add_rPr(), "w:spacing", "w:kern")
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(4)


def _custom_styles(document: DocxDocument) -> None:
    for style_id, name, size, bold, italic, color, after in _CUSTOM:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        assert isinstance(style, ParagraphStyle)
        style.style_id = style_id
        style.base_style = document.styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        if color is not None:
            style.font.color.rgb = color
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.space_before = Pt(0)
        style.paragraph_format.line_spacing = 1.0
        if style_id == SUBTITLE:
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def set_up_styles(document: DocxDocument) -> None:
    """All styles used by the renderer; called once on a fresh python-docx document."""
    _base_styles(document)
    _headings(document)
    _custom_styles(document)


def enlarge(document: DocxDocument, factor: float = 1.25, minimum: float = 12.0) -> None:
    """Every style but the page header and footer a quarter larger, ``minimum`` pt at least."""
    names = ["Normal", "Title", "List Bullet", "List Number"] + [h[0] for h in _HEADINGS]
    ids = [c[0] for c in _CUSTOM if c[0] not in (PAGE_HEADER, PAGE_FOOTER)]
    styles = [document.styles[n] for n in names] + [
        s for s in document.styles if getattr(s, "style_id", None) in ids
    ]
    for style in styles:
        assert isinstance(style, ParagraphStyle)
        size = style.font.size.pt if style.font.size is not None else 10.0
        style.font.size = Pt(max(size * factor, minimum))
