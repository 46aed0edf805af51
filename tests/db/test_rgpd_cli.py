"""RGPD from the command line: export, anonymise with confirmation, retention, register."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from gusp_desktop.main import main
from tests.unit.documents.tools import pdf_text


@pytest.fixture
def demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_USER", "claire")
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    path = str(tmp_path / "demo.sqlite3")
    assert main(["--db", path, "demo"]) == 0
    capsys.readouterr()
    return path


def cli(db: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", db, *args])
    out = capsys.readouterr()
    return int(code or 0), out.out, out.err


def test_export_then_anonymise_only_when_confirmed(
    demo: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    name = "Claire Demarquette"
    code, out, err = cli(demo, capsys, "contacts", "export", name, "-o", str(tmp_path / "c.json"))
    assert code == 0, err
    dossier = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert dossier["nom"] == name and len(dossier["lignes"]) >= 5
    code, _, err = cli(demo, capsys, "contacts", "anonymise", name)
    assert code == 1 and "non confirmée" in err  # no terminal to ask: refused, nothing written
    assert cli(demo, capsys, "contacts", "export", name, "-o", str(tmp_path / "again.pdf"))[0] == 0
    assert name in pdf_text(tmp_path / "again.pdf")
    code, out, err = cli(demo, capsys, "contacts", "anonymise", name, "--yes", "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["nouveau_nom"].startswith("Personne anonymisée")
    assert sum(report["liens_conserves"].values()) >= 5
    code, _, err = cli(demo, capsys, "contacts", "export", name, "-o", str(tmp_path / "x.json"))
    assert code == 1 and "Aucun contact" in err


def test_retention_dry_run_in_json(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(demo, capsys, "retention", "run", "--dry-run", "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["simulation"] is True
    assert report["regles"] == [{"type": "cellule_veille", "annees": 5, "methode": "anonymise"}]
    code, out, _ = cli(demo, capsys, "retention", "set", "cellule_veille", "2", "purge")
    assert code == 0 and "supprimées après 2 ans" in out
    code, out, _ = cli(demo, capsys, "retention", "rules", "--format", "json")
    assert json.loads(out)[0]["method"] == "purge"
    assert cli(demo, capsys, "retention", "set", "cellule_veille", "2", "brûler")[0] == 1


def test_register_in_pdf_and_docx(
    demo: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert cli(demo, capsys, "registre", "-o", str(tmp_path / "r.pdf"))[0] == 0
    assert cli(demo, capsys, "registre", "-o", str(tmp_path / "r.docx"))[0] == 0
    pdf = " ".join(pdf_text(tmp_path / "r.pdf").split())
    document = docx.Document(str(tmp_path / "r.docx"))
    words = " ".join(p.text for p in document.paragraphs)
    cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    for found in (pdf, words + " " + cells):
        assert "Registre des activités de traitement" in found
        assert "Contacts des partenaires" in found and "Cellule de veille" in found
        assert "notes anonymisées après 5 ans" in found
    assert cli(demo, capsys, "registre", "-o", str(tmp_path / "r.txt"))[0] == 1
