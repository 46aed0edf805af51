"""The application's look: one style, a restrained palette, light or dark like the system.

Qt's default look on Linux depends on what the desktop provides (often nothing: bare widgets,
green-tick and red-cross icons on dialog buttons). The window applies one look everywhere:
the Fusion style, a blue-grey palette close to French public-sector documents, dark when the
system asks for dark, no icons on plain dialog buttons, and a little more air in forms.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

#: Extra height of a tab, room for the accents of capitals.
_TAB_ROOM = 4
#: The accent: selection, focus, the dashboard's bars.
ACCENT = "#2b5797"

_LIGHT = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f8fa",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#eceef1",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#6e7781",
    QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: ACCENT,
}
_DARK = {
    QPalette.ColorRole.Window: "#1f2329",
    QPalette.ColorRole.WindowText: "#e6e8eb",
    QPalette.ColorRole.Base: "#15181c",
    QPalette.ColorRole.AlternateBase: "#1c2025",
    QPalette.ColorRole.Text: "#e6e8eb",
    QPalette.ColorRole.Button: "#2a2f36",
    QPalette.ColorRole.ButtonText: "#e6e8eb",
    QPalette.ColorRole.ToolTipBase: "#2a2f36",
    QPalette.ColorRole.ToolTipText: "#e6e8eb",
    QPalette.ColorRole.PlaceholderText: "#8b949e",
    QPalette.ColorRole.Highlight: "#4a7cc4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
}


class GuspStyle(QProxyStyle):
    """Fusion, without stock icons on dialog buttons, with room for accents on tabs."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        return_data: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, return_data)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        # Fusion lowers unselected tabs by 2 px and clips their text: the accent of a capital
        # (« Émargement ») disappeared. Tabs stay level; the selected one is still marked.
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        /,
        widget: QWidget | None = None,
    ) -> QSize:
        # PySide's stubs disagree on whether ``widget`` may be None; Qt accepts it.
        result = super().sizeFromContents(kind, option, size, cast(QWidget, widget))
        if kind == QStyle.ContentsType.CT_TabBarTab:
            result = QSize(result.width(), result.height() + _TAB_ROOM)
        return result


def system_prefers_dark() -> bool:
    """True when the desktop asks applications for a dark appearance."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def palette(dark: bool) -> QPalette:
    """The light or dark palette; disabled text greyed from the same colours."""
    colours = _DARK if dark else _LIGHT
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    text = QColor(colours[QPalette.ColorRole.Text])
    greyed = QColor(text.red(), text.green(), text.blue(), 110)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        result.setColor(QPalette.ColorGroup.Disabled, role, greyed)
    return result


def apply_theme(app: QApplication, dark: bool | None = None) -> None:
    """Give ``app`` the application's look (``dark`` None: follow the system)."""
    base = QStyleFactory.create("Fusion")
    app.setStyle(GuspStyle(base))
    app.setPalette(palette(system_prefers_dark() if dark is None else dark))
