"""Marking personal data (a name, an address) in the notes of a compte rendu.

The mark is stored in the text itself (``domain.redaction``: ``⟪…⟫``), so the editor only has
to show it and to put it around a selection: a highlighter paints marked spans, the context
menu and Ctrl+Maj+O mark the selection, « Retirer la marque » takes the mark under the cursor
away. Documents for a wider audience show « [occulté] » instead of the words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit

from gusp_desktop.domain.redaction import SPAN_END, SPAN_START, mark, spans

MARK_SHORTCUT = "Ctrl+Shift+O"
SPAN_BACKGROUND = QColor("#ffe9a8")
_OPEN = 1  # block state: a mark opened in an earlier line is still open


class PersonalDataHighlighter(QSyntaxHighlighter):
    """Paints marked spans, across lines too, on a light amber background."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.span_format = QTextCharFormat()
        self.span_format.setBackground(SPAN_BACKGROUND)
        self.span_format.setToolTip(
            QCoreApplication.translate(
                "PersonalDataMarks", "Donnée personnelle : « [occulté] » hors de l'instance"
            )
        )

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Highlight this line's spans; a span still open goes on at the next line."""
        carried = self.previousBlockState() == _OPEN
        shown = (SPAN_START + text) if carried else text
        shift = 1 if carried else 0
        still_open = False
        for start, end in spans(shown):
            begin = max(0, start - shift)
            self.setFormat(begin, end - shift - begin, self.span_format)
            still_open = not shown[start:end].endswith(SPAN_END)
        self.setCurrentBlockState(_OPEN if still_open else 0)


class PersonalDataMarking:
    """The highlighter, the two actions and the context menu of one notes editor."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        self.editor = editor
        self.highlighter = PersonalDataHighlighter(editor.document())
        self.mark_action = QAction(
            QCoreApplication.translate("PersonalDataMarks", "Marquer comme donnée personnelle"),
            editor,
        )
        self.mark_action.setShortcut(QKeySequence(MARK_SHORTCUT))
        self.mark_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.mark_action.triggered.connect(self.mark_selection)
        self.unmark_action = QAction(
            QCoreApplication.translate(
                "PersonalDataMarks", "Retirer la marque de donnée personnelle"
            ),
            editor,
        )
        self.unmark_action.triggered.connect(self.unmark_at_cursor)
        editor.addAction(self.mark_action)
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._show_menu)

    def mark_selection(self) -> bool:
        """Put the mark around the selected words; False when nothing could be marked."""
        cursor = self.editor.textCursor()
        if self.editor.isReadOnly() or not cursor.hasSelection():
            return False
        selected = cursor.selectedText().replace("\u2029", "\n")
        if not selected.strip():
            return False
        cursor.beginEditBlock()
        cursor.insertText(mark(selected))
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        return True

    def unmark_at_cursor(self) -> bool:
        """Take away the mark around the cursor (the words stay); False when there is none."""
        if self.editor.isReadOnly():
            return False
        span = self._span_at(self.editor.textCursor().position())
        if span is None:
            return False
        start, end = span
        text = self.editor.toPlainText()
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        if text[end - 1] == SPAN_END:
            cursor.setPosition(end - 1)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        cursor.setPosition(start)
        cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.endEditBlock()
        return True

    def _span_at(self, position: int) -> tuple[int, int] | None:
        for start, end in spans(self.editor.toPlainText()):
            if start <= position <= end:
                return start, end
        return None

    def _show_menu(self, point: QPoint) -> None:
        menu = self.editor.createStandardContextMenu(point)
        writable = not self.editor.isReadOnly()
        self.mark_action.setEnabled(writable and self.editor.textCursor().hasSelection())
        self.unmark_action.setEnabled(
            writable and self._span_at(self.editor.textCursor().position()) is not None
        )
        menu.addSeparator()
        menu.addAction(self.mark_action)
        menu.addAction(self.unmark_action)
        menu.exec(self.editor.mapToGlobal(point))
        menu.deleteLater()
