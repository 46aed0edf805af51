"""``export summary`` from the command line: the three formats, French refusals, no file left."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gusp_desktop.main import main
from tests.fixtures.databases import FIXED_NOW
from tests.fixtures.demo import DemoTemplates
from tests.resident_summary.reading import docx_text, parse_html, pdf_text

FROM = f"{FIXED_NOW.date() - dt.timedelta(days=200):%Y-%m-%d}"
TO = f"{FIXED_NOW.date():%Y-%m-%d}"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory, demo_templates: DemoTemplates) -> Path:
    path = tmp_path_factory.mktemp("synthese") / "demo.sqlite3"
    return demo_templates.copy_to(path)


@pytest.fixture
def cli(database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("GUSP_USER", "claire")
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    return ["--db", str(database), "export", "summary"]


def test_writes_pdf_docx_and_html(
    cli: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = {}
    for fmt, read in (("pdf", pdf_text), ("docx", docx_text), ("html", None)):
        target = tmp_path / f"HM.{fmt}"
        assert main([*cli, "--quartier", "hm", "--from", FROM, "--to", TO, "-o", str(target)]) == 0
        assert f"Synthèse pour les habitants enregistrée : {target}" in capsys.readouterr().out
        texts[fmt] = read(target) if read else " ".join(parse_html(target).text)
    for content in texts.values():
        assert "Les Hauts-de-Marve" in content and "Ce qui a été fait" in content


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--quartier", "XX", "--from", FROM, "--to", TO], "Quartier « XX » inconnu"),
        (["--quartier", "HM", "--from", TO, "--to", FROM], "La période est inversée"),
        (["--quartier", "HM", "--from", "2025-02-30", "--to", TO], "n'est pas une date valide"),
    ],
)
def test_refusals_in_french_write_nothing(
    cli: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    target = tmp_path / "out" / "s.pdf"
    target.parent.mkdir()
    code = main([*cli, *args, "-o", str(target)]) if "valide" not in message else None
    if code is None:
        with pytest.raises(SystemExit) as exit_info:
            main([*cli, *args, "-o", str(target)])
        code = int(str(exit_info.value.code))
    assert code != 0
    assert message in capsys.readouterr().err
    assert list(target.parent.iterdir()) == []


def test_unknown_extension_refused(
    cli: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "s.odt"
    assert main([*cli, "--quartier", "HM", "--from", FROM, "--to", TO, "-o", str(target)]) == 1
    assert "Format « .odt » non pris en charge pour « s.odt » : .pdf, .docx ou .html." in (
        capsys.readouterr().err
    )
    assert not target.exists()
