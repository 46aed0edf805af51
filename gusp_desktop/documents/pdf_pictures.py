"""Photos in the PDF: a grid of pictures with their captions, each kept on one page.

The JPEG bytes are embedded as they are (reportlab writes them as a DCT stream), so the
builder decides the size and quality once for both formats and nothing is re-encoded here.
"""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from gusp_desktop.documents.model import Picture, Pictures
from gusp_desktop.documents.pdf_styles import Styles, markup

_GAP = 6  # points between pictures
_MAX_HEIGHT_SHARE = 0.75  # of the width: a portrait photo must not eat a whole page


def _cell(picture: Picture, styles: Styles, width: float) -> list[Flowable]:
    reader = ImageReader(io.BytesIO(picture.data))
    pixel_width, pixel_height = reader.getSize()
    scale = min(width / pixel_width, width * _MAX_HEIGHT_SHARE / pixel_height)
    image = Image(io.BytesIO(picture.data), width=pixel_width * scale, height=pixel_height * scale)
    cell: list[Flowable] = [image]
    if picture.caption:
        cell.append(PdfParagraph(markup(picture.caption), styles.caption))
    return cell


def pictures(block: Pictures, styles: Styles, width: float) -> list[Flowable]:
    """One row of the grid per ``per_row`` photos; a row never splits across pages."""
    per_row = block.per_row
    cell_width = width / per_row
    flowables: list[Flowable] = []
    for start in range(0, len(block.items), per_row):
        chunk = block.items[start : start + per_row]
        cells: list[object] = [_cell(p, styles, cell_width - _GAP) for p in chunk]
        cells += [""] * (per_row - len(chunk))
        table = PdfTable(
            [cells],
            colWidths=[cell_width] * per_row,
            hAlign="LEFT",
        )
        table.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), _GAP),
                ("BOTTOMPADDING", (0, 0), (-1, -1), _GAP),
            ]
        )
        flowables.append(KeepTogether([table]))
    return flowables
