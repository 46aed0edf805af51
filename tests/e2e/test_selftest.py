"""``gusp-desktop --self-test``: every step runs for real, leaves no trace, reports in French."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gusp_desktop import selftest

STEP_LABELS = [label for label, _step in selftest.STEPS]


def test_self_test_passes_and_reports_every_step(tmp_path: Path) -> None:
    user_dirs = {name: tmp_path / name for name in ("data", "config", "cache", "tmp", "home")}
    user_dirs["tmp"].mkdir()
    user_dirs["home"].mkdir()
    env = dict(
        os.environ,
        PYTHONIOENCODING="utf-8",
        GUSP_DATA_DIR=str(user_dirs["data"]),
        GUSP_CONFIG_DIR=str(user_dirs["config"]),
        GUSP_CACHE_DIR=str(user_dirs["cache"]),
        TMPDIR=str(user_dirs["tmp"]),
        HOME=str(user_dirs["home"]),
    )
    env["GUSP_DB_URL"] = "postgresql://personne@127.0.0.1:9/injoignable"  # never used
    env["GUSP_TIMESTAMP_URL"] = "http://127.0.0.1:9/horodatage"  # never reached
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen by itself
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "gusp_desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("GUSP Desktop ") and "auto-test" in lines[0]
    for label in STEP_LABELS:
        step_line = re.compile(rf"  ✓ {re.escape(label)} \(\d+,\d\d\u00a0s\) — \S")
        assert any(step_line.match(line) for line in lines), label
    assert lines[-1].startswith(f"Auto-test réussi : {len(STEP_LABELS)} étapes en ")
    assert "1 signature valide" in result.stdout
    assert "plateforme Qt « offscreen »" in result.stdout
    assert "Traceback" not in result.stderr
    # The user's directories were never used, and the temporary directory was removed.
    for name in ("data", "config", "cache"):
        assert not user_dirs[name].exists(), name
    assert list(user_dirs["tmp"].iterdir()) == []


def _failing_step(_state: object) -> str:
    raise RuntimeError("panne simulée")


def test_failing_step_exits_1_and_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUSP_DATA_DIR", "/chemin/avant")
    monkeypatch.setattr(
        selftest, "STEPS", (selftest.STEPS[0], ("Étape simulée", _failing_step), *selftest.STEPS)
    )
    out, err = io.StringIO(), io.StringIO()
    assert selftest.run_self_test(out, err) == 1
    report = out.getvalue()
    assert "Base SQLite créée et migrée" in report
    assert "Étape simulée" in report and "RuntimeError : panne simulée" in report
    assert report.splitlines()[-1] == "Auto-test en échec à l'étape « Étape simulée »."
    assert "Territoire de démonstration" not in report  # stops at the first failure
    assert "RuntimeError: panne simulée" in err.getvalue()  # the traceback, for a bug report
    assert os.environ["GUSP_DATA_DIR"] == "/chemin/avant"  # environment restored


def test_report_falls_back_to_words_on_a_console_without_check_marks() -> None:
    ascii_console = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    assert selftest._marks(ascii_console) == ("OK", "ECHEC")
    utf8_console = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    assert selftest._marks(utf8_console) == ("✓", "✗")
