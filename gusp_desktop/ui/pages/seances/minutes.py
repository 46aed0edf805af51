"""The « Compte rendu » tab: notes and decisions point by point, and the séance's actions.

Opening a séance also looks in the recovery journal: text typed before a crash comes back only
after the user says so, and never replaces stored notes without both being shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.agenda import AgendaItemDTO
from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.domain.minutes import ActionLine
from gusp_desktop.domain.rules import MINUTES_EDITABLE
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.autosave import RecoveryEntry, RecoveryJournal
from gusp_desktop.ui.context import PageContext, PagePart
from gusp_desktop.ui.dialogs.action import (
    ActionChoices,
    ActionDialog,
    FollowUpDialog,
    quartiers_of,
)
from gusp_desktop.ui.i18n import short_date
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.pages.seances.highlights import HighlightsEditor
from gusp_desktop.ui.pages.seances.minutes_item import PointMinutesPanel

if TYPE_CHECKING:  # read through the services registry
    from gusp_desktop.services.minutes import SeanceActions

IdRole = Qt.ItemDataRole.UserRole
OPEN_STATUSES = (ActionStatus.A_ENGAGER, ActionStatus.EN_COURS, ActionStatus.REPORTEE)
#: A combo box beyond this many actions is no help; the plan d'actions page has the rest.
FOLLOW_UP_LIMIT = 2000


def seance_label(seance: SeanceDetail) -> str:
    """« COTECH-HM n° 4 du 12/06/2025 », as history lines name a séance."""
    return f"{seance.instance_code} n° {seance.number} du {short_date(seance.local_date)}"


def load_action_choices(services: Services, seance: SeanceDetail) -> ActionChoices:
    """Everything the action dialogs offer (runs in the background)."""
    instance = services.instances.get_instance(seance.instance_id)
    query = ActionQuery(
        instance_id=seance.instance_id, statuses=OPEN_STATUSES, limit=FOLLOW_UP_LIMIT
    )
    return ActionChoices(
        seance_id=seance.id,
        seance_label=seance_label(seance),
        quartiers=quartiers_of(instance.quartier_ids, services.territory.list_quartiers()),
        organisations=tuple(services.directory.list_organisations()),
        contacts=tuple(c for c in services.directory.list_contacts() if c.active),
        open_actions=tuple(services.actions.list_actions(query)),
        sites=tuple(services.territory.list_sites()),
    )


class MinutesEditor(PagePart):
    """Notes, decisions and actions of one séance."""

    #: (item id, version) after notes were saved, for the agenda tab's next edit.
    notes_saved = Signal(int, int)
    #: A new action was decided in this séance (the ActionRow saved).
    action_created = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.journal = RecoveryJournal.for_services(context.services)
        self._seance: SeanceDetail | None = None
        self._writable = False
        self.panels: dict[int, PointMinutesPanel] = {}
        self._build_ui()
        self.point_list.currentRowChanged.connect(self._on_point_list_currentRowChanged)
        self.new_action_button.clicked.connect(self._on_new_action_button_clicked)
        self.follow_up_button.clicked.connect(self._on_follow_up_button_clicked)

    def _build_ui(self) -> None:
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.point_list = QListWidget()
        self.panel_stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.point_list)
        splitter.addWidget(self.panel_stack)
        splitter.setStretchFactor(1, 3)
        self.actions_box = QGroupBox(self.tr("Actions de la séance"))
        self.action_list = QListWidget()
        self.action_list.setMinimumHeight(40)  # the tab fits 720 px high (a laptop at 150 %)
        self.new_action_button = QPushButton(self.tr("Nouvelle action…"))
        self.follow_up_button = QPushButton(self.tr("Point de suivi d'une action…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_action_button)
        buttons.addWidget(self.follow_up_button)
        buttons.addStretch(1)
        box_layout = QVBoxLayout(self.actions_box)
        box_layout.addWidget(self.action_list)
        box_layout.addLayout(buttons)
        points = QWidget()
        points_layout = QVBoxLayout(points)
        points_layout.setContentsMargins(0, 0, 0, 0)
        points_layout.addWidget(splitter, 3)
        points_layout.addWidget(self.actions_box, 1)
        self.highlights = HighlightsEditor(self.context, self)
        self.part_tabs = QTabWidget()
        self.part_tabs.setDocumentMode(True)
        self.part_tabs.addTab(points, self.tr("Points de l'ordre du jour"))
        self.part_tabs.addTab(
            self.highlights, self.tr("Faits marquants, prochaine réunion, diffusion")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.part_tabs, 1)

    # -- loading -------------------------------------------------------------------------

    def load(self, seance: SeanceDetail) -> None:
        """Show a séance's minutes, then offer back any text a crash left unsaved."""
        writable = seance.status in MINUTES_EDITABLE
        same = self._seance is not None and self._seance.id == seance.id
        self._seance = seance
        if same and writable == self._writable:
            self.sync_items(seance.agenda)
        else:
            self._writable = writable
            self._rebuild(seance.agenda)
            self._offer_recovery(seance.id)
        self._show_notice(seance)
        self.highlights.load(seance)
        self.new_action_button.setEnabled(writable)
        self.follow_up_button.setEnabled(writable)
        self._load_actions()

    def select_item(self, item_id: int, found: str = "") -> bool:
        """Show one point's minutes, ``found`` selected in its notes; False when absent."""
        ids = [self.point_list.item(r).data(IdRole) for r in range(self.point_list.count())]
        if item_id not in ids:
            return False
        self.point_list.setCurrentRow(ids.index(item_id))
        panel = self.panels[item_id]
        if found:
            panel.notes_edit.moveCursor(QTextCursor.MoveOperation.Start)
            panel.notes_edit.find(found)
        return True

    def panel(self, item_id: int) -> PointMinutesPanel:
        """The panel of one point."""
        return self.panels[item_id]

    def flush(self) -> None:
        """Save now every text waiting for its pause."""
        for panel in self.panels.values():
            panel.autosaver.flush()
        self.highlights.flush()

    def sync_items(self, items: Sequence[AgendaItemDTO]) -> None:
        """Follow the agenda tab: new, removed, renamed or moved points."""
        wanted = {item.id: item for item in items}
        for item_id in [i for i in self.panels if i not in wanted]:
            panel = self.panels.pop(item_id)
            self.panel_stack.removeWidget(panel)
            panel.deleteLater()
        for item in items:
            if item.id in self.panels:
                self.panels[item.id].show_item(item)
            else:
                self._add_panel(item)
        self._fill_point_list(items)

    def _rebuild(self, items: Sequence[AgendaItemDTO]) -> None:
        self.flush()
        for panel in self.panels.values():
            self.panel_stack.removeWidget(panel)
            panel.deleteLater()
        self.panels = {}
        self.sync_items(items)

    def _add_panel(self, item: AgendaItemDTO) -> None:
        panel = PointMinutesPanel(self.context, self.journal, item, writable=self._writable)
        panel.autosaver.saved.connect(self.notes_saved)
        self.panels[item.id] = panel
        self.panel_stack.addWidget(panel)

    def _fill_point_list(self, items: Sequence[AgendaItemDTO]) -> None:
        current = self.point_list.currentItem()
        current_id = current.data(IdRole) if current is not None else None
        self.point_list.blockSignals(True)
        self.point_list.clear()
        for item in items:
            entry = QListWidgetItem(f"{item.position}. {item.title}")
            entry.setData(IdRole, item.id)
            self.point_list.addItem(entry)
        self.point_list.blockSignals(False)
        ids = [item.id for item in items]
        self.point_list.setCurrentRow(ids.index(current_id) if current_id in ids else 0)

    def _on_point_list_currentRowChanged(self, row: int) -> None:
        entry = self.point_list.item(row)
        if entry is not None:
            self.panel_stack.setCurrentWidget(self.panels[entry.data(IdRole)])

    def _show_notice(self, seance: SeanceDetail) -> None:
        if self._writable:
            text = self.tr("Les notes sont enregistrées automatiquement pendant la saisie.")
        else:
            text = self.tr(
                "Le compte rendu ne peut pas être modifié au statut « {status} » : il se rédige "
                "une fois la séance tenue, jusqu'à sa validation."
            ).format(status=tr_label(seance.status))
        self.notice_label.setText(text)

    # -- recovery ------------------------------------------------------------------------

    def _offer_recovery(self, seance_id: int) -> None:
        for entry in self.journal.entries(seance_id):
            panel = self.panels.get(entry.item_id)
            if panel is not None:
                panel.autosaver.recover(entry)
            else:
                self._show_orphan(entry)

    def _show_orphan(self, entry: RecoveryEntry) -> None:
        """The point was removed since: the text can only be shown, so it can be copied."""
        text = self.tr(
            "Un texte non enregistré a été retrouvé pour un point qui n'existe plus. "
            "Le voici pour mémoire :\n\n{text}"
        ).format(text=entry.text)
        self._prompts.info(self, self.tr("Texte non enregistré retrouvé"), text)
        self.journal.discard(entry.seance_id, entry.item_id)

    # -- actions -------------------------------------------------------------------------

    def _load_actions(self) -> None:
        if self._seance is None:
            return
        minutes, seance_id = self._services.minutes, self._seance.id
        self._tasks.run(
            lambda: minutes.seance_actions(seance_id),
            self._on_actions_loaded,
            lambda error: self._prompts.show_error(self, error),
        )

    def _on_actions_loaded(self, content: SeanceActions) -> None:
        self.action_list.clear()
        for line in content.new_actions:
            self.action_list.addItem(self._action_text(line, self.tr("décidée en séance")))
        for line in content.followed_actions:
            self.action_list.addItem(self._action_text(line, self.tr("suivie en séance")))

    def _action_text(self, line: ActionLine, origin: str) -> str:
        deadline = short_date(line.deadline) if line.deadline else self.tr("sans échéance")
        text = f"{line.number} — {line.title} — {line.pilot_code} — {deadline} — "
        text += f"{line.status_label} ({origin})"
        return text + (f" : {line.comment}" if line.comment else "")

    def _on_new_action_button_clicked(self) -> None:
        self.new_action()

    def new_action(self, title: str = "", parent: QWidget | None = None) -> None:
        """Open the new action form (with ``title`` typed in); ``action_created`` tells the rest."""

        def ask(choices: ActionChoices) -> None:
            created = ActionDialog.ask_in_seance(self.context, choices, parent or self, title)
            if created is not None:
                self._load_actions()
                self.action_created.emit(created)

        self._with_choices(ask)

    def _on_follow_up_button_clicked(self) -> None:
        def ask(choices: ActionChoices) -> None:
            if FollowUpDialog.ask_in_seance(self.context, choices, None, self):
                self._load_actions()

        self._with_choices(ask)

    def _with_choices(self, then: Callable[[ActionChoices], None]) -> None:
        if self._seance is None:
            return
        services, seance = self._services, self._seance
        self._tasks.run(
            lambda: load_action_choices(services, seance),
            then,
            lambda error: self._prompts.show_error(self, error),
        )
