"""Signalements page: the list with its filters, intake, status moves and links to actions.

Everything is at hand from the keyboard: Ctrl+N records a new signalement (the window's
« Nouveau »), Entrée corrects the one selected, Ctrl+E changes its status, Ctrl+T turns it
into an action, Ctrl+L attaches it to an existing one, Suppr deletes it. Who reported a
signalement shows only in the panel beside the list, for those allowed to read it.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.changes import ChangeSet
from gusp_desktop.domain.signalements import (
    SignalementDetail,
    SignalementQuery,
    SignalementRow,
    SignalementStatus,
)
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.fields import combo_data, select_data
from gusp_desktop.ui.dialogs.signalement import IntakeChoices, SignalementDialog, StatusDialog
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.map.list_map import ListAndMap
from gusp_desktop.ui.models.signalement_table import PLACE_COLUMN, SignalementTableModel
from gusp_desktop.ui.pages import touches
from gusp_desktop.ui.pages.base import Page
from gusp_desktop.ui.widgets.signalement_detail import read_detail, show_detail
from gusp_desktop.ui.widgets.signalement_summary import ORGANISATION_FILTER

OPEN = "open"
SHOWN_ENTITIES = ("signalement", "action", "organisation", "quartier", "site")


def load_choices(services: Services) -> IntakeChoices:
    """What the forms and filters offer (runs in a worker thread)."""
    return IntakeChoices(
        categories=services.signalements.settings.categories(),
        quartiers=services.territory.list_quartiers(),
        sites=services.territory.list_sites(),
        organisations=services.directory.list_organisations(),
        now=services.context.now(),
    )


class SignalementsPage(Page):
    """The signalements received, their routing and follow-up."""

    key = "signalements"
    title = QT_TRANSLATE_NOOP("Pages", "Signalements")
    shortcut = "Ctrl+7"
    opens = frozenset({"signalement", ORGANISATION_FILTER})

    #: The list shows what the filters ask for (tests wait for it).
    loaded = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.choices: IntakeChoices | None = None
        self.model = SignalementTableModel(self)
        self.detail: SignalementDetail | None = None
        self._wanted: int | None = None
        self._build_filters()
        self._build_table()
        self._build_buttons()
        self._build_layout()
        self._shortcuts()

    # -- building --------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Tous les statuts"), None)
        self.status_combo.addItem(self.tr("Non clos"), OPEN)
        for status in SignalementStatus:
            self.status_combo.addItem(tr_label(status), status.value)
        self.organisation_combo = QComboBox()
        self.organisation_combo.addItem(self.tr("Toutes les organisations"), None)
        self.quartier_combo = QComboBox()
        self.quartier_combo.addItem(self.tr("Tous les quartiers"), None)
        self.overdue_check = QCheckBox(self.tr("En &retard seulement"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Rechercher (description, adresse, site)…"))
        self.search_edit.setClearButtonEnabled(True)
        for combo in (self.status_combo, self.organisation_combo, self.quartier_combo):
            # Long organisation names must not widen the whole window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(self.refresh)
        self.overdue_check.toggled.connect(self.refresh)
        self.search_edit.returnPressed.connect(self.refresh)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The place takes what is left (its full text in the tooltip), so a long address never
        # pushes the status and the deadline out of sight.
        header.setSectionResizeMode(PLACE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(self._on_table_activated)
        self.detail_view = QTextBrowser()
        self.detail_view.setOpenLinks(False)
        self._show_hint()

    def _build_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("Nouveau"))
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.status_button = QPushButton(self.tr("Statut…"))
        self.attach_button = QPushButton(self.tr("Rattacher à une action…"))
        self.create_action_button = QPushButton(self.tr("Créer une action"))
        self.delete_button = QPushButton(self.tr("Supprimer"))
        self.import_button = QPushButton(self.tr("Importer…"))
        self.export_button = QPushButton(self.tr("Bilan…"))
        for button, tip in (
            (self.new_button, self.tr("Nouveau signalement (Ctrl+N)")),
            (self.edit_button, self.tr("Corriger la saisie (Entrée)")),
            (self.status_button, self.tr("Changer le statut (Ctrl+E)")),
            (self.attach_button, self.tr("Rattacher à une action existante (Ctrl+L)")),
            (self.create_action_button, self.tr("Créer une action du plan (Ctrl+T)")),
            (self.delete_button, self.tr("Supprimer le signalement (Suppr)")),
            (self.import_button, self.tr("Importer un CSV ou un export Open311")),
            (self.export_button, self.tr("Bilan de l'organisation choisie (PDF, DOCX, XLSX)")),
        ):
            button.setToolTip(tip)
        for button, slot in (
            (self.new_button, self.new_record),
            (self.edit_button, self.edit_selected),
            (self.status_button, self.change_status),
            (self.attach_button, self.attach_action),
            (self.create_action_button, self.create_action),
            (self.delete_button, self.delete_selected),
            (self.import_button, self.import_file),
            (self.export_button, self.export_report),
        ):
            button.clicked.connect(slot)
        self._update_buttons()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (
            self.status_combo,
            self.organisation_combo,
            self.quartier_combo,
            self.overdue_check,
        ):
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.status_button,
            self.attach_button,
            self.create_action_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.views = ListAndMap(self.context, self.table, self.open_marker)
        splitter.addWidget(self.views)
        splitter.addWidget(self.detail_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def _shortcuts(self) -> None:
        for key, slot in (
            ("Ctrl+E", self.change_status),
            ("Ctrl+T", self.create_action),
            ("Ctrl+L", self.attach_action),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- page contract ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the choices (once) and the list for the current filters, in the background."""
        query = self.query()
        services = self._services

        def load() -> tuple[IntakeChoices, list[SignalementRow]]:
            return load_choices(services), services.signalements.records.list_signalements(query)

        self._tasks.run(load, self._show, lambda error: self._prompts.show_error(self, error))

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """Follow any change to signalements or to what they name."""
        if touches(changes, *SHOWN_ENTITIES):
            self.refresh()

    def focus_search(self) -> None:
        """Ctrl+F: the search box."""
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def can_create(self) -> bool:
        """« Nouveau » records a signalement."""
        return True

    def open_entity(self, entity: str, entity_id: int) -> None:
        """Select a signalement, or show those routed to an organisation."""
        if entity == ORGANISATION_FILTER:
            self.status_combo.blockSignals(True)
            select_data(self.status_combo, OPEN)
            self.status_combo.blockSignals(False)
            self._wanted = None
            self._select_filter(self.organisation_combo, entity_id)
            return
        self._wanted = entity_id
        self.refresh()

    def _select_filter(self, combo: QComboBox, value: object) -> None:
        if combo.findData(value) < 0 and self.choices is None:
            combo.addItem(str(value), value)
        select_data(combo, value)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------

    def query(self) -> SignalementQuery:
        """The filters as chosen."""
        status = combo_data(self.status_combo)
        return SignalementQuery(
            status=SignalementStatus(str(status)) if status not in (None, OPEN) else None,
            open_only=status == OPEN,
            organisation_id=_id(combo_data(self.organisation_combo)),
            quartier_id=_id(combo_data(self.quartier_combo)),
            overdue_only=self.overdue_check.isChecked(),
            text=self.search_edit.text(),
        )

    def _show(self, loaded: tuple[IntakeChoices, list[SignalementRow]]) -> None:
        choices, rows = loaded
        self._fill_choices(choices)
        current = self.selected()
        selected = self._wanted or (current.id if current is not None else None)
        self._wanted = None
        self.model.set_rows(rows)
        self.views.show_signalements(rows)
        row = self.model.row_of(selected) if selected is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._show_detail(None)
        self._update_buttons()
        self.loaded.emit()

    def _fill_choices(self, choices: IntakeChoices) -> None:
        self.choices = choices
        for combo, items in (
            (
                self.organisation_combo,
                [(f"{o.code} — {o.name}", o.id) for o in choices.organisations],
            ),
            (self.quartier_combo, [(f"{q.code} — {q.name}", q.id) for q in choices.quartiers]),
        ):
            current = combo_data(combo)
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, value in items:
                combo.addItem(label, value)
            select_data(combo, current)
            combo.blockSignals(False)

    def selected(self) -> SignalementRow | None:
        """The signalement selected in the list."""
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    @Slot()
    def _on_current_row_changed(self) -> None:
        row = self.selected()
        self._update_buttons()
        if row is None:
            self._show_detail(None)
            return
        records = self._services.signalements.records
        self._tasks.run(lambda: read_detail(records, row.id), self._show_detail)

    def _show_detail(self, found: tuple[SignalementDetail, dict[int, bytes]] | None) -> None:
        self.detail = found[0] if found else None
        show_detail(self.detail_view, *found) if found else self._show_hint()

    def _show_hint(self) -> None:
        """What to do while nothing is selected, wrapped to the narrow pane (a placeholder
        text would be cut on one line)."""
        hint = self.tr(
            "Choisissez un signalement dans la liste pour voir son détail et ses photos."
        )
        self.detail_view.setHtml(f'<p style="color: gray">{html.escape(hint)}</p>')

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.status_button, self.delete_button):
            button.setEnabled(row is not None)
        linked = row is not None and bool(row.action_number)
        self.attach_button.setEnabled(row is not None)
        self.create_action_button.setEnabled(row is not None and not linked)

    # -- writing ---------------------------------------------------------------------------

    def _write(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        self._tasks.run(
            work,
            done or (lambda _result: None),
            lambda error: self._prompts.show_error(self, error),
            write=True,
            initiator=self,
        )

    def _after_write(self, result: Any) -> None:
        row = getattr(result, "value", None)
        if isinstance(row, SignalementRow):
            self._wanted = row.id
        self.refresh()

    def new_record(self) -> None:
        """Record a signalement received now."""
        if self.choices is None:
            return
        choices = dataclasses.replace(self.choices, now=self._services.context.now())
        row = SignalementDialog.ask(self.context, choices, None, self)
        if row is not None:
            self._wanted = row.id
            self.refresh()

    def edit_selected(self) -> None:
        """Correct what was recorded for the selected signalement."""
        if self.choices is None or self.detail is None or self.selected() is None:
            return
        row = SignalementDialog.ask(self.context, self.choices, self.detail, self)
        if row is not None:
            self._wanted = row.id
            self.refresh()

    @Slot()
    def _on_table_activated(self) -> None:
        self.edit_selected()

    def open_marker(self, _kind: str, signalement_id: int) -> None:
        """A signalement clicked on the map: selected, so the detail beside shows it (the
        form would open on the detail still being read)."""
        row = self.model.row_of(signalement_id)
        if row >= 0:
            self.table.selectRow(row)

    def change_status(self) -> None:
        """Move the selected signalement along (a reason to reject it)."""
        row = self.selected()
        if row is None or self.choices is None:
            return
        moved = StatusDialog.ask(self.context, row, self.choices.organisations, self)
        if moved is not None:
            self._wanted = moved.id
            self.refresh()

    def attach_action(self) -> None:
        """Attach the selected signalement to an action given by its number."""
        row = self.selected()
        if row is None:
            return
        number = self._prompts.text(
            self,
            self.tr("Rattacher à une action"),
            self.tr("Numéro de l'action (par exemple HM-25-014) :"),
            row.action_number,
        )
        if number:
            records = self._services.signalements.records
            self._write(lambda: records.attach_action(row.id, number), self._after_write)

    def create_action(self) -> None:
        """Turn the selected signalement into an action of the plan."""
        row = self.selected()
        if row is None or row.action_number:
            return
        records = self._services.signalements.records
        self._write(lambda: records.create_action(row.id), self._after_write)

    def delete_selected(self) -> None:
        """Delete the selected signalement after a confirmation."""
        row = self.selected()
        if row is None:
            return
        question = self.tr("Supprimer le signalement n° {id} ? Qui l'a signalé sera effacé aussi.")
        if self._prompts.confirm(self, self.tr("Supprimer"), question.format(id=row.id)):
            records = self._services.signalements.records
            self._write(lambda: records.delete(row.id), lambda _r: self.refresh())

    def import_file(self) -> None:
        """Import a CSV or an Open311 export; the report or the refusal is shown."""
        path = self._prompts.open_path(
            self,
            self.tr("Importer des signalements"),
            self.tr("Signalements (*.csv *.json)"),
        )
        if path is None:
            return
        quartier = _id(combo_data(self.quartier_combo))
        code = None
        if quartier is not None and self.choices is not None:
            code = next((q.code for q in self.choices.quartiers if q.id == quartier), None)
        imports = self._services.signalements.imports

        def done(result: Any) -> None:
            self._prompts.info(self, self.tr("Import"), result.value.message())
            self.refresh()

        self._write(lambda: imports.import_file(Path(path), code), done)

    def export_report(self) -> None:
        """Save the report of the organisation chosen in the filter (PDF, DOCX or XLSX)."""
        organisation = _id(combo_data(self.organisation_combo))
        if organisation is None or self.choices is None:
            self._prompts.info(
                self,
                self.tr("Bilan"),
                self.tr("Choisissez d'abord une organisation dans les filtres."),
            )
            return
        code = next(o.code for o in self.choices.organisations if o.id == organisation)
        path = self._prompts.save_path(
            self,
            self.tr("Bilan des signalements"),
            Path(f"signalements-{code}.pdf"),
            self.tr("PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)"),
        )
        if path is None:
            return
        fmt = Path(path).suffix.lower().lstrip(".") or "pdf"
        reports = self._services.signalements.reports
        self._tasks.run(
            lambda: reports.export(code, path, fmt),
            lambda saved: self._prompts.info(
                self, self.tr("Bilan"), self.tr("Enregistré : {path}").format(path=saved)
            ),
            lambda error: self._prompts.show_error(self, error),
        )


def _id(value: object) -> int | None:
    return None if value is None else int(str(value))
