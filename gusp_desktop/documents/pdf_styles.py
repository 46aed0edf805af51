"""Fonts, colours and paragraph styles of the PDF documents.

Only the bundled DejaVu fonts are used, embedded as subsets: the PDF then shows every French
character (œ, «, €…) on any computer and contains no reference to a non-embedded base font,
which archiving (PDF/A) and later electronic signature require.
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from gusp_desktop.documents.model import Alignment
from gusp_desktop.paths import resource_path

FONT = "DejaVu"
FONT_BOLD = "DejaVu-Bold"
FONT_ITALIC = "DejaVu-Oblique"
FONT_BOLD_ITALIC = "DejaVu-BoldOblique"

_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# Sober palette: one dark blue for structure, greys for rules and shading, a pale red that
# still prints legibly in black and white for rows that need attention.
NAVY = colors.HexColor("#1F3A5F")
GREY_TEXT = colors.HexColor("#4A4A4A")
RULE = colors.HexColor("#9AA5B1")
ZEBRA = colors.HexColor("#F2F4F7")
HIGHLIGHT = colors.HexColor("#F8D7DA")
WHITE = colors.white

LARGE_FACTOR = 1.25
LARGE_MINIMUM = 12.0
_COMPACT = {"fontSize": 6.5, "leading": 7.9}
_ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the DejaVu family once per process, with its bold/italic mapping for <b> and <i>.

    reportlab keeps fonts in a global registry; registering twice is harmless but slow, and two
    threads registering at the same time could see a half-filled family.
    """
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _registered = True


def markup(text: str) -> str:
    """Turn plain user text into safe Paragraph markup.

    ``<``, ``>`` and ``&`` are escaped so that user text never becomes markup. U+202F is
    replaced by U+00A0 because reportlab treats the narrow no-break space as a breaking space
    and would leave a « : » alone at the start of a line. Line breaks are kept.
    """
    safe = escape(text.replace("\r\n", "\n").replace("\u202f", "\u00a0"))
    return safe.replace("\n", "<br/>")


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of one document, scaled for portrait or landscape tables."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]
    body: ParagraphStyle
    body_bold: ParagraphStyle
    small: ParagraphStyle
    bullet: ParagraphStyle
    key: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    header_cell: ParagraphStyle
    header_org: ParagraphStyle
    header_text: ParagraphStyle
    header_right: ParagraphStyle
    signature_role: ParagraphStyle
    numbered: ParagraphStyle
    value: ParagraphStyle

    def compact(self) -> Styles:
        """The same styles with table cells in smaller type, for wide tables."""
        return dataclasses.replace(
            self,
            cell=ParagraphStyle("cell-compact", parent=self.cell, **_COMPACT),
            header_cell=ParagraphStyle("header-compact", parent=self.header_cell, **_COMPACT),
        )

    def large(self) -> Styles:
        """The same styles a quarter larger, 12 pt at least, page header and footer aside."""
        changes = {}
        for item in dataclasses.fields(self):
            if item.name.startswith("header_") and item.name != "header_cell":
                continue
            value = getattr(self, item.name)
            if isinstance(value, tuple):
                changes[item.name] = tuple(_larger(style) for style in value)
            else:
                changes[item.name] = _larger(value)
        return dataclasses.replace(self, **changes)

    def cell_aligned(self, align: Alignment) -> ParagraphStyle:
        """The table cell style with the column's alignment."""
        if align == "left":
            return self.cell
        return ParagraphStyle(f"cell-{align}", parent=self.cell, alignment=_ALIGNMENTS[align])


def _larger(style: ParagraphStyle) -> ParagraphStyle:
    size = max(style.fontSize * LARGE_FACTOR, LARGE_MINIMUM)
    leading = style.leading * size / style.fontSize
    return ParagraphStyle(f"{style.name}-large", parent=style, fontSize=size, leading=leading)


def _style(name: str, **values: object) -> ParagraphStyle:
    """A ParagraphStyle that defaults to DejaVu, never to reportlab's Helvetica."""
    values.setdefault("fontName", FONT)
    values.setdefault("textColor", colors.black)
    return ParagraphStyle(name, **values)


def build_styles() -> Styles:
    """Create the styles; body text is 10 pt, tables 8.5 pt so that wide tables stay readable."""
    register_fonts()
    body = _style("body", fontSize=10, leading=13.5, spaceAfter=6, alignment=TA_JUSTIFY)
    return Styles(
        title=_style(
            "title",
            fontName=FONT_BOLD,
            fontSize=17,
            leading=21,
            alignment=TA_CENTER,
            textColor=NAVY,
            spaceAfter=4,
        ),
        subtitle=_style(
            "subtitle",
            fontSize=11.5,
            leading=15,
            alignment=TA_CENTER,
            textColor=GREY_TEXT,
            spaceAfter=4,
        ),
        heading=(
            _style(
                "h1",
                fontName=FONT_BOLD,
                fontSize=13,
                leading=16,
                textColor=NAVY,
                spaceBefore=14,
                spaceAfter=6,
                keepWithNext=1,
            ),
            _style(
                "h2",
                fontName=FONT_BOLD,
                fontSize=11.5,
                leading=14.5,
                textColor=NAVY,
                spaceBefore=10,
                spaceAfter=4,
                keepWithNext=1,
            ),
            _style(
                "h3",
                fontName=FONT_BOLD_ITALIC,
                fontSize=10.5,
                leading=13.5,
                textColor=GREY_TEXT,
                spaceBefore=8,
                spaceAfter=3,
                keepWithNext=1,
            ),
        ),
        body=body,
        body_bold=_style("body-bold", parent=body, fontName=FONT_BOLD),
        small=_style("small", parent=body, fontSize=8.5, leading=11, textColor=GREY_TEXT),
        bullet=_style(
            "bullet",
            parent=body,
            leftIndent=16,
            bulletIndent=5,
            bulletFontName=FONT,
            spaceAfter=3,
            alignment=TA_LEFT,
        ),
        key=_style("key", fontName=FONT_BOLD, fontSize=10, leading=13.5),
        caption=_style(
            "caption",
            fontName=FONT_ITALIC,
            fontSize=9,
            leading=12,
            textColor=GREY_TEXT,
            spaceBefore=4,
            spaceAfter=4,
        ),
        cell=_style("cell", fontSize=8.5, leading=10.5),
        header_cell=_style(
            "header-cell", fontName=FONT_BOLD, fontSize=8.5, leading=10.5, textColor=WHITE
        ),
        header_org=_style(
            "header-org", fontName=FONT_BOLD, fontSize=10, leading=12.5, textColor=NAVY
        ),
        header_text=_style("header-text", fontSize=8.5, leading=11, textColor=GREY_TEXT),
        header_right=_style(
            "header-right", fontSize=8.5, leading=11, textColor=GREY_TEXT, alignment=TA_RIGHT
        ),
        signature_role=_style("signature-role", fontName=FONT_BOLD, fontSize=9.5, leading=12),
        numbered=_style(
            "numbered",
            parent=body,
            leftIndent=20,
            bulletIndent=4,
            bulletFontName=FONT,
            spaceAfter=3,
            alignment=TA_LEFT,
        ),
        value=_style("value", parent=body, spaceAfter=0, alignment=TA_LEFT),
    )
