"""Test configuration shared by every layer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt aborts the process without a display unless a platform is chosen before QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's real keyring while testing.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

pytest_plugins = ["tests.fixtures.databases", "tests.fixtures.demo"]


@pytest.fixture(scope="session", autouse=True)
def _log_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The error log of every command and window run by the tests, never the user's own."""
    path = tmp_path_factory.mktemp("logs")
    os.environ["GUSP_LOG_DIR"] = str(path)
    return path


@pytest.fixture(scope="session", autouse=True)
def _config_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Settings and the « last database » of every command and window run by the tests, never
    the user's own: a command without ``--db`` opens the database the user last opened."""
    path = tmp_path_factory.mktemp("config")
    os.environ["GUSP_CONFIG_DIR"] = str(path)
    return path


@pytest.fixture(scope="session", autouse=True)
def _no_map_network(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Maps drawn by the tests never reach a real tile server nor the user's tile cache:
    tiles come from a closed local port unless a test serves its own."""
    os.environ["GUSP_TILE_URL"] = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    os.environ["GUSP_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


# --- PostgreSQL is required: a skipped or missing PostgreSQL test fails the run. -------------

_postgres_outcomes: dict[str, int] = {"passed": 0, "skipped": 0}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count what happened to the tests that need the PostgreSQL server."""
    if "postgres" not in report.keywords:
        return
    if report.skipped:
        _postgres_outcomes["skipped"] += 1
    elif report.when == "call" and report.passed:
        _postgres_outcomes["passed"] += 1


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail instead of passing quietly when the shared-database tests did not really run."""
    required = os.environ.get("GUSP_REQUIRE_POSTGRES") == "1"
    if _postgres_outcomes["skipped"] or (required and not _postgres_outcomes["passed"]):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(
                "ÉCHEC : les tests PostgreSQL ont été sautés ou n'ont pas tourné "
                f"({_postgres_outcomes})",
                red=True,
            )
