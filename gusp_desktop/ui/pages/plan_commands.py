"""What a coordinator does to actions from the plan: create, edit, copy, follow up, change many.

Each command is a ``QAction`` (toolbar, context menu and keyboard share it) that acts on the
page's selection and opens the dialog for it; saving goes through the services on the task
runner, and the page is told which action to show afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from gusp_desktop.domain.actions import ActionRow
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.action_form import FormMode, FormRequest, open_action_form
from gusp_desktop.ui.dialogs.follow_up import PlanFollowUpDialog
from gusp_desktop.ui.pages.plan_bulk import run_bulk_change

Selection = Callable[[], Sequence[ActionRow]]
Saved = Callable[[ActionRow], None]


class PlanCommands(QObject):
    """The plan's actions on actions, enabled according to the selection and the user's role."""

    def __init__(
        self,
        context: PageContext,
        page: QWidget,
        selection: Selection,
        saved: Saved,
        saved_many: Callable[[list[int]], None],
    ) -> None:
        super().__init__(page)
        self._context = context
        self._page, self._selection, self._saved = page, selection, saved
        self._saved_many = saved_many
        self.writable = context.services.context.user.role != UserRole.LECTEUR
        self.new_action = self._action(self.tr("Nouvelle action…"), self.create, "Ctrl+N")
        self.edit_action = self._action(self.tr("Modifier…"), self.edit_current)
        self.duplicate_action = self._action(self.tr("Dupliquer…"), self.duplicate, "Ctrl+D")
        self.follow_up_action = self._action(
            self.tr("Point de suivi…"), self.follow_up, "Ctrl+Shift+S"
        )
        self.bulk_action = self._action(self.tr("Modifier la sélection…"), self.bulk_change)
        self.new_action.setToolTip(self.tr("Créer une action dans le plan (Ctrl+N)"))
        self.edit_action.setToolTip(self.tr("Modifier l'action sélectionnée (Entrée)"))
        self.bulk_action.setToolTip(
            self.tr("Changer d'un coup l'état, le pilote, l'échéance ou le thème")
        )
        self.update_enabled()

    def _action(self, text: str, slot: Callable[[], None], shortcut: str = "") -> QAction:
        action = QAction(text, self._page)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._page.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def actions(self) -> list[QAction]:
        """Every command, in toolbar order."""
        return [
            self.new_action,
            self.edit_action,
            self.duplicate_action,
            self.follow_up_action,
            self.bulk_action,
        ]

    def update_enabled(self) -> None:
        """Enable what makes sense for the selection (nothing writes for a lecteur)."""
        count = len(self._selection())
        self.new_action.setEnabled(self.writable)
        for action in (self.edit_action, self.duplicate_action, self.follow_up_action):
            action.setEnabled(self.writable and count == 1)
        self.bulk_action.setEnabled(self.writable and count >= 2)

    def menu(self) -> QMenu:
        """The rows' context menu."""
        self.update_enabled()
        menu = QMenu(self._page)
        menu.setObjectName("plan_menu")
        menu.addActions([self.edit_action, self.follow_up_action, self.duplicate_action])
        menu.addSeparator()
        menu.addAction(self.bulk_action)
        menu.addSeparator()
        menu.addAction(self.new_action)
        return menu

    def show_menu(self, position: QPoint) -> None:
        """Show the context menu at a global position (it deletes itself once closed)."""
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(position)

    # -- commands --------------------------------------------------------------------------

    def create(self) -> None:
        """Ctrl+N: a new action of the plan, tied to no séance."""
        if self.writable:
            self._open_form(FormRequest(FormMode.CREATE, comment="Action créée dans le plan."))

    def edit(self, row: ActionRow) -> None:
        """Every field of ``row`` in the action form."""
        if self.writable:
            self._open_form(FormRequest(FormMode.EDIT, action_id=row.id))

    def edit_current(self) -> None:
        """Modifier: the one selected action."""
        row = self._single()
        if row is not None:
            self.edit(row)

    def duplicate(self) -> None:
        """A new action starting from a copy of the selected one."""
        row = self._single()
        if row is not None and self.writable:
            comment = f"Action créée par copie de {row.number}."
            self._open_form(FormRequest(FormMode.CREATE, action_id=row.id, comment=comment))

    def follow_up(self) -> None:
        """A follow-up point on the selected action."""
        row = self._single()
        if row is None or not self.writable:
            return
        saved = PlanFollowUpDialog.ask(self._context, row, self._page)
        if saved is not None:
            self._saved(saved)

    def bulk_change(self) -> None:
        """One change on every selected action, after confirmation, undoable."""
        rows = list(self._selection())
        if self.writable and len(rows) >= 2:
            run_bulk_change(self._context, self._page, rows, self._saved_many)

    def _single(self) -> ActionRow | None:
        rows = self._selection()
        return rows[0] if len(rows) == 1 else None

    def _open_form(self, request: FormRequest) -> None:
        open_action_form(self._context, request, self._page, self._saved)
