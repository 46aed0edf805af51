"""Right-click on a table header: tick the columns to show, or go back to the defaults.

The plan d'actions has more columns than a 1366×768 screen can show; the common ones are on
by default and the rest are one right-click away. Which columns are shown, their width and
order are part of the header's state, which the page saves between sessions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu


class ColumnChooser(QObject):
    """The header's context menu of columns (one always stays, so the table never vanishes)."""

    #: A column was shown or hidden, or the defaults came back.
    changed = Signal()

    def __init__(
        self,
        header: QHeaderView,
        defaults: Sequence[int],
        widths: Sequence[int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or header)
        self._header = header
        self._defaults = tuple(defaults)
        self._widths = tuple(widths)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        header.setSectionsMovable(True)

    def apply_defaults(self) -> None:
        """Default columns, in model order, at their default widths."""
        header = self._header
        for logical in range(header.count()):
            header.moveSection(header.visualIndex(logical), logical)
            header.setSectionHidden(logical, logical not in self._defaults)
            if logical < len(self._widths) and header.sectionResizeMode(logical) != (
                QHeaderView.ResizeMode.Stretch
            ):
                header.resizeSection(logical, self._widths[logical])
        self.changed.emit()

    def menu(self) -> QMenu:
        """The menu the header shows (built fresh: column titles follow the language)."""
        header, model = self._header, self._header.model()
        menu = QMenu(header)
        menu.setObjectName("column_menu")
        shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        for logical in range(header.count()):
            title = model.headerData(logical, Qt.Orientation.Horizontal) if model else logical
            action = QAction(str(title), menu)
            action.setCheckable(True)
            action.setChecked(logical in shown)
            action.setEnabled(not (logical in shown and len(shown) == 1))
            action.setData(logical)
            action.toggled.connect(lambda on, s=logical: self.set_visible(s, on))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Colonnes par défaut"))
        reset.triggered.connect(self.apply_defaults)
        return menu

    def set_visible(self, logical: int, visible: bool) -> None:
        """Show or hide one column (a shown column gets a usable width)."""
        header = self._header
        header.setSectionHidden(logical, not visible)
        if visible and header.sectionSize(logical) < 30:
            width = self._widths[logical] if logical < len(self._widths) else 100
            header.resizeSection(logical, width)
        self.changed.emit()

    def _on_header_menu_requested(self, position: QPoint) -> None:
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self._header.mapToGlobal(position))
