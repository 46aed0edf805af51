"""Icons shipped in ``resources/icons`` (SVG, drawn for this application)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from gusp_desktop.paths import resource_path


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (a null icon when missing, never an error)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
