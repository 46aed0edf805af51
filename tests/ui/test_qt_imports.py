"""PySide6's import replacement is dropped at start-up: modules imported later are not scanned."""

from __future__ import annotations

import subprocess
import sys

# Run as ``python -m gusp_desktop`` starts: the package first, then PySide6 through ui.app.
START = (
    "import builtins, sys\n"
    "from gusp_desktop.ui.app import make_application\n"
    "scanned = sys.modules['shibokensupport.feature'].pyside_feature_dict\n"
    "before = builtins.__import__.__name__\n"
    "app = make_application([])\n"
    "import gusp_desktop.ui.main_window, colorsys\n"
    "from PySide6.QtWidgets import QLabel\n"
    "print(before, builtins.__import__.__name__, 'colorsys' in scanned,\n"
    "      'gusp_desktop.ui.main_window' in scanned, QLabel('prêt').text())\n"
)


def test_the_window_imports_modules_without_pyside6_scanning_their_source() -> None:
    out = subprocess.run(
        [sys.executable, "-c", START], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["__feature_import__", "__import__", "False", "False", "prêt"]


def test_nothing_is_dropped_when_pyside6_came_first() -> None:
    code = (
        "import PySide6.QtCore, builtins\n"
        "from gusp_desktop.ui.qt_imports import drop_feature_import\n"
        "print(drop_feature_import(), builtins.__import__.__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "__feature_import__"]
