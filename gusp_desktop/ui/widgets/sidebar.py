"""The main window's list of pages, with its titles or, on a narrow window, its icons alone.

On a 1280-pixel-wide window (a 1920 × 1080 laptop at 150 %) the titled sidebar takes 170
pixels the pages need: the séance list then hides its « État » column. Below
:data:`COMPACT_BELOW` the sidebar shows only the icons, each title in its tooltip, and
gives those pixels back to the page.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

#: Narrower windows (logical pixels) get the icons-only sidebar.
COMPACT_BELOW = 1340
_ICON = QSize(24, 24)
_TITLED_MARGIN = 48  # icon to text, text to edge, frame and the selection's padding
_COMPACT_MARGIN = 20
_FIRST_SIZE = QSize(1440, 900)


def first_size() -> QSize:
    """The window's size at its very first opening: roomy enough for the titled sidebar and
    a séance list with all its columns, within 95 % of a smaller screen's free area."""
    free = QGuiApplication.primaryScreen().availableGeometry().size()
    return _FIRST_SIZE.boundedTo(QSize(int(free.width() * 0.95), int(free.height() * 0.95)))


class Sidebar(QListWidget):
    """Page entries in order; :meth:`title` is the page's name whatever is displayed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setIconSize(_ICON)
        self._titles: list[str] = []
        self.compact = False

    def add_page(self, page_icon: QIcon, title: str) -> None:
        self._titles.append(title)
        colour = self.palette().color(QPalette.ColorRole.HighlightedText)
        shown = with_selected_colour(page_icon, colour)
        self.addItem(QListWidgetItem(shown, "" if self.compact else title))
        self._fit()

    def title(self, row: int) -> str:
        return self._titles[row]

    def set_compact(self, compact: bool) -> bool:
        """Icons only (titles in tooltips) or icons and titles; the width follows.

        Returns whether anything changed."""
        if compact == self.compact:
            return False
        self.compact = compact
        for row, title in enumerate(self._titles):
            entry = self.item(row)
            entry.setText("" if compact else title)
            entry.setToolTip(title if compact else "")
        self._fit()
        return True

    def _fit(self) -> None:
        """As wide as the longest title (or the icons), whatever page is shown.

        In the splitter it used to give way when a page asked for more room (a séance with a
        long title), cutting « Tableau de bord » to « Tablea ». A fixed width keeps the
        pages' names readable and the window steady.
        """
        if self.compact:
            self.setFixedWidth(_ICON.width() + _COMPACT_MARGIN)
            return
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(t) for t in self._titles), default=0)
        self.setFixedWidth(widest + _ICON.width() + _TITLED_MARGIN)


def with_selected_colour(page_icon: QIcon, colour: QColor) -> QIcon:
    """``page_icon`` drawn in ``colour`` on the selected row.

    The icons are drawn in the selection's own blue: on the highlighted row they vanished,
    and an icons-only sidebar then showed an empty bar where the current page is."""
    shown = QIcon(page_icon)
    for side in (_ICON.width(), 2 * _ICON.width()):  # and a sharp one for 200 % screens
        source = page_icon.pixmap(QSize(side, side))
        if source.isNull():
            continue
        tinted = QPixmap(source.size())
        tinted.fill(Qt.GlobalColor.transparent)
        painter = QPainter(tinted)
        painter.drawPixmap(0, 0, source)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(tinted.rect(), colour)
        painter.end()
        shown.addPixmap(tinted, QIcon.Mode.Selected)
    return shown
