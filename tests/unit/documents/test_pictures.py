"""Photos in documents: embedded as given in the PDF and the DOCX, refused when not images."""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

from gusp_desktop.documents.docx import render_docx_bytes
from gusp_desktop.documents.model import (
    Document,
    DocumentError,
    DocumentHeader,
    Paragraph,
    Picture,
    Pictures,
)
from gusp_desktop.documents.pdf import render_pdf_bytes


def _jpeg(colour: tuple[int, int, int], size: tuple[int, int] = (640, 480)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _document() -> Document:
    photos = tuple(Picture(_jpeg((30 * i, 90, 160)), f"Photo {i}") for i in range(5))
    portrait = Picture(_jpeg((200, 20, 20), (480, 900)), "Debout")
    return Document(
        title="Photos",
        header=DocumentHeader("GUSP"),
        blocks=(Paragraph("Avant"), Pictures(photos + (portrait,), per_row=3), Paragraph("Après")),
    )


def test_pdf_and_docx_embed_every_photo_once() -> None:
    pdf = render_pdf_bytes(_document())
    assert pdf.count(b"/DCTDecode") == 6  # JPEG streams, not re-encoded pixels
    with zipfile.ZipFile(io.BytesIO(render_docx_bytes(_document()))) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        body = archive.read("word/document.xml").decode()
    assert len(media) == 6 and "Photo 4" in body and "Debout" in body


def test_bad_pictures_are_refused() -> None:
    with pytest.raises(DocumentError, match="Image illisible"):
        Picture(b"GIF89a...", "animation")
    with pytest.raises(DocumentError, match="photos par ligne"):
        Pictures((), per_row=7)
