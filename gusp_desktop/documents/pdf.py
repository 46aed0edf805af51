"""PDF rendering of a :class:`~gusp_desktop.documents.model.Document` with reportlab.

The page furniture (header with organisation, instance, quartiers and séance; footer with
« Page 2 / 7 ») is drawn on every page, so a page taken out of a bundle still says where it
comes from. The whole file is built in memory and written atomically: a reader never sees
half a PDF.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepInFrame, PageTemplate
from reportlab.platypus import Image as PdfImage
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from gusp_desktop.documents import pdf_blocks
from gusp_desktop.documents.model import Document, DocumentHeader, printable
from gusp_desktop.documents.pdf_styles import (
    FONT,
    FONT_BOLD,
    GREY_TEXT,
    NAVY,
    RULE,
    Styles,
    build_styles,
)
from gusp_desktop.documents.pdf_styles import markup as _markup
from gusp_desktop.fileio import write_bytes_atomic

_log = logging.getLogger(__name__)

MARGIN_X = 2.0 * cm
HEADER_TOP = 1.0 * cm  # distance from the top edge of the page to the header block
HEADER_HEIGHT = 2.0 * cm  # the header block is shrunk to fit, never allowed to grow
TOP_MARGIN = HEADER_TOP + HEADER_HEIGHT + 0.7 * cm
BOTTOM_MARGIN = 2.0 * cm
FOOTER_BASELINE = 1.1 * cm
LOGO_BOX = (3.0 * cm, HEADER_HEIGHT)


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas that holds its pages back until the end to print « Page n / total ».

    The total page count is only known once the story is laid out, so each finished page's
    drawing state is kept and replayed in :meth:`save` with the page number added.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        """Keep the finished page instead of emitting it, then start a fresh one."""
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Emit every held page with its number, then write the file."""
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._draw_page_number(number, total)
            super().showPage()
        super().save()

    def _draw_page_number(self, number: int, total: int) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setFont(FONT, 8)
        self.setFillColor(GREY_TEXT)
        self.drawRightString(width - MARGIN_X, FOOTER_BASELINE - 10, f"Page {number} / {total}")
        self.restoreState()


def _header_left(header: DocumentHeader, styles: Styles) -> list[Flowable]:
    """Organisation, instance and quartiers: who holds the meeting and for which territory."""
    lines: list[Flowable] = [PdfParagraph(_markup(header.organisation_name), styles.header_org)]
    if header.instance:
        lines.append(PdfParagraph(_markup(header.instance), styles.header_text))
    if header.quartiers:
        label = "Quartier" if len(header.quartiers) == 1 else "Quartiers"
        text = f"{label}\u202f: {', '.join(header.quartiers)}"
        lines.append(PdfParagraph(_markup(text), styles.header_text))
    return lines


def _header_right(header: DocumentHeader, styles: Styles) -> list[Flowable]:
    """Séance, date and place, aligned right as in a letterhead."""
    lines: list[Flowable] = []
    if header.seance_label:
        lines.append(PdfParagraph(f"<b>{_markup(header.seance_label)}</b>", styles.header_right))
    for text in (header.date_text, header.place):
        if text:
            lines.append(PdfParagraph(_markup(text), styles.header_right))
    return lines


def _readable_logo(document: Document) -> str | None:
    """The logo path if the image can be decoded, checked once per document.

    reportlab only decodes an image when drawing it; a corrupt file would then abort the
    whole document, so it is tried here and left out (with a warning) when it fails.
    """
    path = document.usable_logo()
    if path is None:
        if document.logo_path is not None:
            _log.warning("Logo introuvable, document produit sans logo : %s", document.logo_path)
        return None
    try:
        ImageReader(str(path)).getSize()
    except Exception:  # any decoding failure only costs the logo
        _log.warning("Logo illisible, document produit sans logo : %s", path, exc_info=True)
        return None
    return str(path)


def _header_block(
    document: Document, styles: Styles, width: float, logo_path: str | None
) -> Flowable:
    """The header as one table shrunk into its fixed height, so long texts never overlap."""
    logo = None
    if logo_path is not None:
        logo = PdfImage(logo_path, width=LOGO_BOX[0], height=LOGO_BOX[1], kind="proportional")
        logo.hAlign = "LEFT"
    right_width = width * 0.33  # the longest date line; the organisation takes the rest
    cells: list[Any] = [
        _header_left(document.header, styles),
        _header_right(document.header, styles),
    ]
    widths = [width - right_width, right_width]
    if logo is not None:
        cells.insert(0, logo)
        widths = [LOGO_BOX[0] + 0.3 * cm, width - right_width - LOGO_BOX[0] - 0.3 * cm, right_width]
    table = PdfTable([cells], colWidths=widths)
    table.setStyle(
        [
            # Every table cell sets its font, Helvetica by default: keep the file DejaVu-only.
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return KeepInFrame(width, HEADER_HEIGHT, [table], mode="shrink")


def _page_decorator(document: Document, styles: Styles) -> Callable[[Canvas, Any], None]:
    """The callback drawing header, rules and footer note on each page as it is laid out.

    The header is the same on every page: it is laid out once and drawn on each page, which
    saves a table layout per page on long documents.
    """
    footer_text = document.footer_note or document.title
    logo_path = _readable_logo(document)
    headers: dict[float, tuple[Flowable, float]] = {}

    def decorate(canvas: Canvas, template: Any) -> None:
        page_width, page_height = template.pagesize
        width = page_width - 2 * MARGIN_X
        canvas.saveState()
        if width not in headers:
            header = _header_block(document, styles, width, logo_path)
            headers[width] = (header, header.wrapOn(canvas, width, HEADER_HEIGHT)[1])
        header, height = headers[width]
        header.drawOn(canvas, MARGIN_X, page_height - HEADER_TOP - height)
        rule_y = page_height - HEADER_TOP - HEADER_HEIGHT - 0.25 * cm
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, rule_y, page_width - MARGIN_X, rule_y)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, FOOTER_BASELINE, page_width - MARGIN_X, FOOTER_BASELINE)
        note = KeepInFrame(
            width - 3 * cm,
            0.6 * cm,
            [PdfParagraph(_markup(footer_text), _FOOTER_STYLE)],
            mode="truncate",
        )
        _, note_height = note.wrapOn(canvas, width - 3 * cm, 0.6 * cm)
        note.drawOn(canvas, MARGIN_X, FOOTER_BASELINE - 3 - note_height)
        if document.watermark:
            _draw_watermark(canvas, document.watermark, page_width, page_height, rule_y)
        canvas.restoreState()

    return decorate


# Two lines of footer note fit the 0.6 cm under the rule (a restricted instance's warning
# makes the note long); at the body's small size the second line was cut off.
_FOOTER_STYLE = ParagraphStyle("footer-note", fontName=FONT, fontSize=7, leading=8.2)
WATERMARK_GREY = Color(0.55, 0.55, 0.55, alpha=0.25)
WATERMARK_RED = Color(0.7, 0.1, 0.1)


def _draw_watermark(
    canvas: Canvas, text: str, page_width: float, page_height: float, rule_y: float
) -> None:
    """The draft mark: large and light across the page, small and red above the header rule."""
    canvas.saveState()
    canvas.setFillColor(WATERMARK_GREY)
    canvas.setFont(FONT_BOLD, 34)
    canvas.translate(page_width / 2, page_height / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, 0, text)
    canvas.restoreState()
    canvas.setFillColor(WATERMARK_RED)
    canvas.setFont(FONT_BOLD, 8)
    canvas.drawCentredString(page_width / 2, rule_y + 3, text)


def _template(document: Document, buffer: io.BytesIO, styles: Styles) -> BaseDocTemplate:
    """One page template whose text frame is exactly the area between margins.

    The frame has no inner padding so that tables, rules and the header share the same left
    and right edges.
    """
    pagesize = landscape(A4) if document.landscape else A4
    template = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=document.title,
        subject=document.subtitle or document.header.instance,
        author=document.header.organisation_name,
        creator="GUSP Desktop",
        lang="fr-FR",
        # Without this the canvas starts on an unembedded Helvetica that shows up in the file.
        initialFontName=FONT,
        initialFontSize=10,
        keepTogetherClass=pdf_blocks.KeepWithFollowing,
    )
    frame = Frame(
        MARGIN_X,
        BOTTOM_MARGIN,
        template.width,
        template.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="texte",
    )
    page = PageTemplate(id="page", frames=[frame], onPage=_page_decorator(document, styles))
    template.addPageTemplates([page])
    return template


def render_pdf_bytes(document: Document) -> bytes:
    """Lay the document out on A4 pages (landscape when asked) and return the PDF bytes."""
    document = printable(document)
    styles = build_styles()
    if document.large_type:
        styles = styles.large()
    buffer = io.BytesIO()
    template = _template(document, buffer, styles)
    template.build(pdf_blocks.story(document, styles, template.width), canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


def render_pdf(document: Document, path: str | os.PathLike[str]) -> None:
    """Write ``document`` as a PDF at ``path``; the previous file stays intact on failure."""
    write_bytes_atomic(path, render_pdf_bytes(document))
