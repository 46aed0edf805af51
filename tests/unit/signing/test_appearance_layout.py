"""The signature box text, its PDF, its placement, and the role stored in /Reason."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.pdfbase import pdfmetrics

from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.signing import layout
from gusp_desktop.signing.appearance import (
    FONT,
    AppearanceText,
    _fit,
    appearance_lines,
    french_datetime,
    render_appearance,
)
from gusp_desktop.signing.errors import SigningError

A4 = (0, 0, 595, 842)


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def _local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS)


def test_french_date_and_time() -> None:
    assert (
        _plain(french_datetime(_local(2025, 6, 12, 14, 32)))
        == "Le jeudi 12 juin 2025 à 14 h 32 (heure de Paris)"
    )
    assert (
        _plain(french_datetime(_local(2025, 6, 1, 9, 5)))
        == "Le dimanche 1er juin 2025 à 9 h 05 (heure de Paris)"
    )


def test_the_box_prints_paris_time_whatever_the_instant_s_zone() -> None:
    """A signature at 12:32 UTC in summer, or 13:45 UTC in winter, reads as Paris time."""
    summer = dt.datetime(2025, 6, 12, 12, 32, tzinfo=dt.UTC)
    winter = dt.datetime(2025, 12, 31, 23, 45, tzinfo=dt.UTC)
    assert _plain(french_datetime(summer)) == "Le jeudi 12 juin 2025 à 14 h 32 (heure de Paris)"
    assert _plain(french_datetime(winter)) == "Le jeudi 1er janvier 2026 à 0 h 45 (heure de Paris)"


def test_lines_of_the_box() -> None:
    text = AppearanceText(
        signer="Claire Demarquette",
        signed_at=_local(2025, 6, 12, 14, 32),
        role_label="secrétaire de séance",
        reason="approbation du compte rendu",
        location="Roubaix",
    )
    assert [(_plain(line), bold) for line, bold in appearance_lines(text)] == [
        ("Signé électroniquement par Claire Demarquette", True),
        ("Qualité : secrétaire de séance", False),
        ("Le jeudi 12 juin 2025 à 14 h 32 (heure de Paris)", False),
        ("Lieu : Roubaix", False),
        ("Motif : approbation du compte rendu", False),
    ]
    minimal = AppearanceText(signer="X", signed_at=_local(2025, 1, 2, 3, 4))
    assert len(appearance_lines(minimal)) == 2


def test_rendered_box_is_a_one_page_pdf_of_the_box_size_with_embedded_font() -> None:
    text = AppearanceText("Claire Demarquette", _local(2025, 6, 12, 14, 32), "secrétaire", "Motif")
    data = render_appearance(text, 254, 70)
    reader = PdfFileReader(io.BytesIO(data))
    page = reader.root["/Pages"]["/Kids"][0]
    assert reader.root["/Pages"]["/Count"] == 1
    assert [float(v) for v in page["/MediaBox"]] == [0, 0, 254, 70]
    assert b"/FontFile2" in data
    assert b"Helvetica" not in data and b"Courier" not in data
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
        ).stdout.decode()
        assert "Signé électroniquement par Claire Demarquette" in out
        assert "Qualité" in out and "secrétaire" in out


def test_long_lines_shrink_then_are_cut() -> None:
    name = "Marie-Christine de La Tour d'Auvergne-Lauraguais " * 3
    text = AppearanceText(name, _local(2025, 6, 12, 14, 32))
    data = render_appearance(text, 200, 70)
    assert b"/FontFile2" in data
    shown, size = _fit(f"Signé électroniquement par {name}", 8.5, 188)
    assert shown.endswith("…") and size == pytest.approx(5.0)
    assert pdfmetrics.stringWidth(shown, FONT, size) <= 188


def test_field_names() -> None:
    assert layout.next_field_name([]) == "Signature1"
    assert layout.next_field_name(["Signature1", "Signature2"]) == "Signature3"
    assert layout.next_field_name(["Signature2", "Autre"]) == "Signature1"
    assert layout.next_field_name(["signature1"]) == "Signature2"


def test_boxes_fill_rows_from_the_bottom() -> None:
    first = layout.choose_box(A4, [])
    second = layout.choose_box(A4, [first])
    third = layout.choose_box(A4, [first, second])
    assert first[1] == second[1] == layout.MARGIN
    assert first[2] < second[0] and second[2] <= 595 - layout.MARGIN
    assert third[0] == first[0] and third[1] >= first[3]
    assert third[3] <= layout.SIGNATURE_AREA_HEIGHT
    assert layout.choose_box(A4, [second]) == first  # a free slot is reused


def test_box_avoids_foreign_widgets_and_offset_pages() -> None:
    box = layout.choose_box((0, 0, 595, 842), [(30, 30, 300, 120)])
    assert box[0] >= 300 or box[1] >= 120
    shifted = layout.choose_box((100, 200, 695, 1042), [])
    assert shifted[0] == 100 + layout.MARGIN and shifted[1] == 200 + layout.MARGIN


def test_page_without_room_is_refused() -> None:
    with pytest.raises(SigningError, match="trop étroite"):
        layout.choose_box((0, 0, 200, 842), [])
    with pytest.raises(SigningError, match="plus de place"):
        layout.choose_box((0, 0, 595, 150), [(0, 0, 595, 150)])


@pytest.mark.parametrize(
    ("reason", "role"),
    [
        ("Approbation du compte rendu", "secrétaire de séance"),
        (None, "président du comité"),
        ("Approbation — version 2", "secrétaire"),
    ],
)
def test_reason_and_role_round_trip(reason: str | None, role: str) -> None:
    assert layout.split_reason(layout.compose_reason(reason, role)) == (reason, role)


def test_reasons_from_other_software_stay_whole() -> None:
    assert layout.split_reason("I am the author") == ("I am the author", None)
    assert layout.split_reason(None) == (None, None)
    assert layout.compose_reason("Motif", None) == "Motif"
    assert layout.compose_reason(None, None) is None


def test_role_is_covered_by_the_signature(signed_twice: Path) -> None:
    reader = PdfFileReader(io.BytesIO(signed_twice.read_bytes()), strict=False)
    sig = reader.embedded_signatures[0]
    assert _plain(str(sig.sig_object["/Reason"])) == (
        "Approbation du compte rendu — Qualité : secrétaire de séance"
    )
    assert str(sig.sig_object["/Name"]) == "Claire Demarquette"
    assert str(sig.sig_object["/ContactInfo"]) == "claire.demarquette@example.fr"
