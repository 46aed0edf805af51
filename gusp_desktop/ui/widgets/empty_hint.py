"""What an empty list says: what it will hold and how to fill it.

An empty table looks broken (« did it load? »). Each list of the window gets a short grey
sentence in the middle of its viewport while it has no row — « Aucune séance. Créez-en une
avec Nouvelle séance… (Ctrl+N) » — hidden as soon as a row arrives. The hint is a child label
of the viewport, transparent to the mouse, kept in step with the model's signals, so it works
for every view (tree widget, table over a proxy model…) without subclassing any of them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QObject):
    """Shows ``text`` over ``view`` while its model has no row."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setEnabled(False)  # drawn with the palette's greyed text
        self._model: QAbstractItemModel | None = None
        view.viewport().installEventFilter(self)
        self._follow(view.model())
        self.update()

    def set_text(self, text: str) -> None:
        """Change the sentence (a filtered list says something else than an empty one)."""
        self.label.setText(text)

    def update(self) -> None:
        """Show or hide the hint from the model's current row count."""
        if not shiboken6.isValid(self.view) or not shiboken6.isValid(self.label):
            return  # the view is being destroyed: its model empties itself on the way
        model = self.view.model()
        if model is not self._model:
            self._follow(model)
        empty = model is None or model.rowCount() == 0
        self.label.setVisible(empty)
        if empty:
            self._place()

    def _follow(self, model: QAbstractItemModel | None) -> None:
        self._model = model
        if model is None:
            return
        for signal in (model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update)
        for reset in (model.modelReset, model.layoutChanged):
            reset.connect(self.update)

    def _place(self) -> None:
        viewport = self.view.viewport()
        margin = 24
        width = max(50, viewport.width() - 2 * margin)
        self.label.setGeometry(margin, 0, width, viewport.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.update()
        return False


def show_when_empty(view: QAbstractItemView, text: str) -> EmptyHint:
    """Attach an :class:`EmptyHint` to ``view`` (kept alive by the view)."""
    return EmptyHint(view, text)
