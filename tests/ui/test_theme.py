"""One look for the whole window: Fusion, the application's palette, dark on request."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStyle

from gusp_desktop.ui.theme import ACCENT, GuspStyle, apply_theme


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    style_name, palette = qapp.style().name() or "fusion", qapp.palette()
    yield qapp
    qapp.setStyle(style_name)
    qapp.setPalette(palette)


def test_light_theme_uses_the_accent_and_no_stock_button_icons(
    restored: QApplication, qtbot
) -> None:
    apply_theme(restored, dark=False)
    style = restored.style()
    assert isinstance(style, GuspStyle) and style.baseStyle().name().lower() == "fusion"
    highlight = restored.palette().color(QPalette.ColorRole.Highlight)
    assert highlight.name() == ACCENT
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    assert restored.style().styleHint(hint) == 0
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert all(button.icon().isNull() for button in box.buttons())


def test_dark_theme_has_light_text_on_dark_windows(restored: QApplication) -> None:
    apply_theme(restored, dark=True)
    colours = restored.palette()
    window = colours.color(QPalette.ColorRole.Window)
    text = colours.color(QPalette.ColorRole.WindowText)
    assert window.lightness() < 60 < 200 < text.lightness()
    disabled = colours.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled.alpha() < 255


def test_unselected_tabs_are_not_lowered_into_their_clip(restored: QApplication, qtbot) -> None:
    """« Émargement » keeps its accent on a tab that is not the current one."""
    from PySide6.QtWidgets import QTabBar

    apply_theme(restored, dark=False)
    style = restored.style()
    assert style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical) == 0
    bar = QTabBar()
    qtbot.addWidget(bar)
    bar.addTab("Émargement")
    bar.addTab("Compte rendu")
    text_height = bar.fontMetrics().boundingRect("Émargement").height()
    assert bar.tabRect(0).height() >= text_height + 8
