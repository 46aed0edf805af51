"""The visible signature box, drawn with reportlab as a one-page PDF of exactly the box size.

pyHanko's own text stamps mis-scale TrueType fonts whose units per em differ from 1000 (DejaVu
uses 2048), and its default Courier is neither embedded nor able to show every French character.
Drawing the box with reportlab gives an embedded DejaVu subset and correct typography; pyHanko
then imports the page unchanged through ``StaticStampStyle.from_pdf_file``.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from babel.dates import format_date
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.paths import resource_path

FONT = "GuspSignDejaVu"
NBSP = "\u00a0"
_PADDING = 6.0
_MAX_FONT_SIZE = 8.5
_MIN_FONT_SIZE = 5.0
_BORDER = Color(0.16, 0.29, 0.47)
_BACKGROUND = Color(0.95, 0.97, 1.0)
_TEXT = Color(0.1, 0.1, 0.12)


@dataclass(frozen=True)
class AppearanceText:
    """What the box says; every field is shown as given (already in French)."""

    signer: str
    signed_at: dt.datetime
    role_label: str | None = None
    reason: str | None = None
    location: str | None = None


def french_datetime(moment: dt.datetime) -> str:
    """« Le jeudi 12 juin 2025 à 14 h 32 (heure de Paris) »: the time every reader and the
    verification report share, whatever the signing computer's own time zone.

    Composed from babel's French day and month names so that the first of the month reads
    « 1er » as French typography requires.
    """
    local = moment.astimezone(PARIS)
    weekday = format_date(local, "EEEE", locale="fr_FR")
    month = format_date(local, "MMMM", locale="fr_FR")
    day = "1er" if local.day == 1 else str(local.day)
    clock = f"{local.hour}{NBSP}h{NBSP}{local.minute:02d}"
    return f"Le {weekday} {day} {month} {local.year} à {clock} (heure de Paris)"


def appearance_lines(text: AppearanceText) -> list[tuple[str, bool]]:
    """Lines of the box with a flag telling whether each is bold."""
    lines = [(f"Signé électroniquement par {text.signer}", True)]
    if text.role_label:
        lines.append((f"Qualité{NBSP}: {text.role_label}", False))
    lines.append((french_datetime(text.signed_at), False))
    if text.location:
        lines.append((f"Lieu{NBSP}: {text.location}", False))
    if text.reason:
        lines.append((f"Motif{NBSP}: {text.reason}", False))
    return lines


def ensure_font() -> None:
    """Register the bundled DejaVu Sans under a name private to this module (idempotent).

    One font only: every embedded subset adds about 18 kB to each signature revision, so the
    signer's name is emboldened by stroking the glyph outlines instead of embedding DejaVu Bold.
    """
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))


def _fit(line: str, size: float, width: float) -> tuple[str, float]:
    """Shrink the font until the line fits; below the minimum size, cut it with an ellipsis."""
    while size > _MIN_FONT_SIZE and pdfmetrics.stringWidth(line, FONT, size) > width:
        size -= 0.25
    if pdfmetrics.stringWidth(line, FONT, size) <= width:
        return line, size
    while line and pdfmetrics.stringWidth(line + "…", FONT, size) > width:
        line = line[:-1]
    return line.rstrip() + "…", size


def render_appearance(text: AppearanceText, width: float, height: float) -> bytes:
    """A PDF whose single page, ``width`` × ``height`` points, is the signature box."""
    ensure_font()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
        initialFontName=FONT,
        pageCompression=1,
        invariant=1,
    )
    canvas.setTitle("Apparence de signature")
    canvas.setStrokeColor(_BORDER)
    canvas.setFillColor(_BACKGROUND)
    canvas.setLineWidth(0.8)
    canvas.roundRect(0.4, 0.4, width - 0.8, height - 0.8, radius=3, stroke=1, fill=1)
    lines = appearance_lines(text)
    leading = (height - 2 * _PADDING) / len(lines)
    size = min(_MAX_FONT_SIZE, leading / 1.2)
    y = height - _PADDING - size
    canvas.setFillColor(_TEXT)
    canvas.setStrokeColor(_TEXT)
    canvas.setLineWidth(0.35)
    for content, bold in lines:
        shown, fitted = _fit(content, size, width - 2 * _PADDING)
        # The text rendering mode belongs to the graphics state: isolate it to the bold line.
        canvas.saveState()
        line = canvas.beginText(_PADDING, y)
        line.setFont(FONT, fitted)
        if bold:
            line.setTextRenderMode(2)  # fill, then stroke the outlines: a light bold
        line.textOut(shown)
        canvas.drawText(line)
        canvas.restoreState()
        y -= leading
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
