"""The documents render from plain values: no database layer is needed to print a compte rendu."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.unit.documents.tools import pdf_text

ROOT = Path(__file__).resolve().parents[3]

# Any attempt to import SQLAlchemy (directly or through gusp_desktop.db / services) raises
# ImportError, because a ``None`` entry in sys.modules blocks the import.
RENDER_WITHOUT_SQLALCHEMY = """
import sys
sys.modules["sqlalchemy"] = None
from pathlib import Path
from tests.unit.documents.builder_samples import make_content
from gusp_desktop.documents.builders.minutes import build_minutes_document
from gusp_desktop.documents.pdf import render_pdf_bytes
Path(sys.argv[1]).write_bytes(render_pdf_bytes(build_minutes_document(make_content())))
print(sorted(n for n in sys.modules if n.startswith(("gusp_desktop.db", "gusp_desktop.services"))))
"""


def test_compte_rendu_renders_with_sqlalchemy_blocked(tmp_path: Path) -> None:
    output = tmp_path / "compte-rendu.pdf"
    result = subprocess.run(
        [sys.executable, "-c", RENDER_WITHOUT_SQLALCHEMY, str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    text = pdf_text(output)
    assert "COTECH" in text
    assert "Claire Demarquette" in text


def test_blocking_sqlalchemy_does_block_it() -> None:
    """The guard above is real: the same trick makes importing the database layer fail."""
    code = "import sys\nsys.modules['sqlalchemy'] = None\nimport gusp_desktop.db.models\n"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "ModuleNotFoundError" in result.stderr or "ImportError" in result.stderr
