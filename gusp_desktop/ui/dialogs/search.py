"""Ctrl+K: one search across actions, follow-ups, minutes, decisions and the directory.

The palette opens over any page. Results arrive best first while the user types (one query
per pause, stale answers dropped); each shows its kind, where it lives and a snippet with the
matched words in bold. Entrée opens the selected result where it lives and closes the palette.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.errors import GuspError
from gusp_desktop.domain.search import MATCH_END, MATCH_START, SearchHit, SearchKind
from gusp_desktop.ui.i18n import quoted
from gusp_desktop.ui.labels import error_message, tr_label
from gusp_desktop.ui.tasks import TaskRunner
from gusp_desktop.ui.widgets.icons import icon

#: Typing pauses this long before the search runs.
SEARCH_DEBOUNCE_MS = 150
RESULT_LIMIT = 50
HIT_ROLE = Qt.ItemDataRole.UserRole
HIGHLIGHT = "background-color: #fff2a8; font-weight: bold;"
SELECTED_HIGHLIGHT = "text-decoration: underline; font-weight: bold;"
#: Icon of each kind of result (files of resources/icons).
KIND_ICONS = {
    SearchKind.ACTION: "actions",
    SearchKind.COMMENT: "comment",
    SearchKind.AGENDA: "seances",
    SearchKind.MINUTES: "minutes",
    SearchKind.DECISION: "decision",
    SearchKind.SEANCE: "seances",
    SearchKind.CONTACT: "contact",
    SearchKind.ORGANISATION: "directory",
}

#: Keys that move through the results while the cursor stays in the search box.
ARROW_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}

Index = QModelIndex | QPersistentModelIndex
Search = Callable[[str, SearchKind | None, int], Sequence[SearchHit]]
_NO_INDEX = QModelIndex()


def snippet_html(snippet: str, selected: bool = False) -> str:
    """A snippet as HTML: text escaped, matched words (between markers) highlighted.

    On a selected row the highlight colour would hide white text: the words are underlined.
    """
    escaped = html.escape(snippet, quote=False)
    start, end = html.escape(MATCH_START), html.escape(MATCH_END)
    style = SELECTED_HIGHLIGHT if selected else HIGHLIGHT
    return escaped.replace(start, f'<span style="{style}">').replace(end, "</span>")


def plain(snippet: str) -> str:
    """A snippet without its markers (tooltips, accessibility)."""
    return snippet.replace(MATCH_START, "").replace(MATCH_END, "")


class HitListModel(QAbstractListModel):
    """The results of the last search, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        """Replace the results."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        """The result at ``row``."""
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title} — {plain(hit.snippet)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{tr_label(hit.kind)}\n{hit.title}\n{plain(hit.snippet)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(KIND_ICONS.get(hit.kind, "search"))
        if role == HIT_ROLE:
            return hit
        return None


class HitDelegate(QStyledItemDelegate):
    """Icon, then the title (one line, elided) and its kind, then two lines of snippet."""

    ICON = 24
    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(300, 3 * line + 2 * self.PAD + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        icon(KIND_ICONS.get(hit.kind, "search")).paint(
            painter, rect.left(), rect.top(), self.ICON, self.ICON
        )
        left = rect.left() + self.ICON + self.PAD
        width = rect.right() - left
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(hit, option, width, selected)
        painter.save()
        painter.translate(left, rect.top())
        clip = QRectF(0, 0, width, rect.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        text = option.palette.highlightedText() if selected else option.palette.text()
        context.palette.setBrush(context.palette.ColorRole.Text, text)
        context.clip = clip
        document.documentLayout().draw(painter, context)
        painter.restore()

    def _document(
        self, hit: SearchHit, option: QStyleOptionViewItem, width: int, selected: bool
    ) -> QTextDocument:
        kind = f" · {tr_label(hit.kind)}"
        bold = QFont(option.font)
        bold.setBold(True)
        room = width - QFontMetrics(option.font).horizontalAdvance(kind) - 4
        title = QFontMetrics(bold).elidedText(hit.title, Qt.TextElideMode.ElideRight, room)
        muted = "" if selected else "color: #5f6368;"
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(
            f"<div><b>{html.escape(title)}</b><span style='{muted}'>{html.escape(kind)}</span>"
            f"</div><div>{snippet_html(hit.snippet, selected)}</div>"
        )
        document.setTextWidth(width)
        return document


class SearchPalette(QDialog):
    """A search box over the window; the chosen result is opened by the window."""

    #: The user chose a result (Entrée or double-click): the window opens it where it lives.
    open_requested = Signal(object)
    #: Results for the current text are shown (tests and the status line wait for it).
    results_shown = Signal()

    def __init__(self, search: Search, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search, self._tasks = search, tasks
        self._generation = 0
        self.setWindowTitle(self.tr("Rechercher partout"))
        self.setObjectName("search_palette")
        self.setModal(True)
        self.setMinimumSize(640, 440)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(lambda _text: self._timer.start())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self.query_edit.installEventFilter(self)
        self.result_view.activated.connect(self._on_result_view_activated)

    def _build(self) -> None:
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(
            self.tr("Actions, comptes rendus, décisions, suivis, contacts…")
        )
        self.query_edit.setClearButtonEnabled(True)
        font = self.query_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.query_edit.setFont(font)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Partout"), None)
        for kind in SearchKind:
            self.kind_combo.addItem(icon(KIND_ICONS.get(kind, "search")), tr_label(kind), kind)
        self.model = HitListModel(self)
        self.result_view = QListView()
        self.result_view.setModel(self.model)
        self.result_view.setItemDelegate(HitDelegate(self.result_view))
        self.result_view.setUniformItemSizes(True)
        self.result_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status_label = QLabel(self._prompt_text())
        self.status_label.setObjectName("search_status")
        hint = QLabel(self.tr("↑ ↓ pour choisir · Entrée pour ouvrir · Échap pour fermer"))
        hint.setStyleSheet("color: gray;")
        top = QHBoxLayout()
        top.addWidget(self.query_edit, 1)
        top.addWidget(self.kind_combo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result_view, 1)
        layout.addLayout(bottom)

    def _prompt_text(self) -> str:
        return self.tr("Tapez quelques lettres : les résultats s'affichent.")

    # -- searching -------------------------------------------------------------------------

    def run_search(self) -> None:
        """Search now for the text typed (the debounce calls this after a pause)."""
        self._timer.stop()
        text = self.query_edit.text().strip()
        self._generation += 1
        generation = self._generation
        if len(text) < 2:
            self.model.set_hits([])
            self.status_label.setText(self._prompt_text())
            self.results_shown.emit()
            return
        kind = self.kind_combo.currentData()
        search = self._search
        self.status_label.setText(self.tr("Recherche…"))
        self._tasks.run(
            lambda: search(text, kind, RESULT_LIMIT),
            lambda hits: self._on_hits(generation, text, hits),
            lambda error: self._on_failed(generation, error),
        )

    def _on_hits(self, generation: int, text: str, hits: Sequence[SearchHit]) -> None:
        if generation != self._generation:
            return  # the user typed on meanwhile
        self.model.set_hits(hits)
        if hits:
            self.result_view.setCurrentIndex(self.model.index(0, 0))
            self.status_label.setText(self.tr("%n résultat(s)", "", len(hits)))
        else:
            self.status_label.setText(
                self.tr("Aucun résultat pour {text}.").format(text=quoted(text))
            )
        self.results_shown.emit()

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.model.set_hits([])
            message = error_message(error) if isinstance(error, GuspError) else str(error)
            text = self.tr("Recherche impossible : {error}").format(error=message)
            self.status_label.setText(text)
            self.results_shown.emit()

    # -- choosing --------------------------------------------------------------------------

    def current_hit(self) -> SearchHit | None:
        """The result selected in the list."""
        return self.model.hit(self.result_view.currentIndex().row())

    def open_current(self) -> None:
        """Open the selected result and close the palette."""
        if self._timer.isActive():
            self.run_search()  # Entrée right after typing: search first
        hit = self.current_hit()
        if hit is None:
            return
        self.accept()
        self.open_requested.emit(hit)

    def _on_result_view_activated(self, _index: QModelIndex) -> None:
        self.open_current()

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        row = self.result_view.currentIndex().row()
        row = min(max(row + step, 0), count - 1) if row >= 0 else 0
        self.result_view.setCurrentIndex(self.model.index(row, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows move through the results while the cursor stays in the search box."""
        if (
            watched is self.query_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = Qt.Key(event.key())
            step = ARROW_STEPS.get(key)
            if step is not None:
                self._move(step)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def start(self, text: str = "") -> None:
        """Show the palette with ``text`` selected (the last search, to refine or replace)."""
        if text:
            self.query_edit.setText(text)
        self.query_edit.selectAll()
        self.activateWindow()
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
