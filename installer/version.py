"""The application's version, for the build scripts and the installers.

``pyproject.toml`` is the single source: the package reads it back through its installed
metadata (``gusp_desktop.__version__``), which the bundle carries. ``python installer/version.py``
prints it (the Windows build passes it to Inno Setup as ``/DAppVersion=…``);
``--check`` also fails when the installed metadata is stale (``pip install -e .`` forgotten after a
version bump), which would otherwise freeze a bundle that calls itself by the old number.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"


def project_version() -> str:
    """``[project] version`` of pyproject.toml."""
    with PYPROJECT.open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def installed_version() -> str | None:
    """The version the package reports (its installed metadata), None when not installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("gusp-desktop")
    except PackageNotFoundError:
        return None


def check_installed() -> str:
    """The version, after checking that the installed metadata agrees with pyproject.toml."""
    wanted, installed = project_version(), installed_version()
    if installed != wanted:
        raise SystemExit(
            f"pyproject.toml dit {wanted} mais le paquet installé dit {installed} : "
            "relancez « pip install -e . » avant de construire."
        )
    return wanted


def windows_version_tuple(text: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → ``(0, 1, 0, 0)``: the four numbers a Windows version resource holds.

    Only the release part counts: ``1.2rc1`` and ``1.2.post3`` both give ``(1, 2, 0, 0)``.
    """
    release = re.match(r"\d+(\.\d+)*", text)
    numbers = [int(n) for n in release.group().split(".")[:4]] if release else []
    a, b, c, d = (numbers + [0, 0, 0, 0])[:4]
    return a, b, c, d


if __name__ == "__main__":
    print(check_installed() if "--check" in sys.argv[1:] else project_version())
