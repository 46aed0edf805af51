"""The « Terrain » tab of a walk (DEM, marche exploratoire): route, constats, photos.

Objectives and haltes on the left; the constats with their first photo on the right, with
what can be done to them (new, edit, qualify, « Transformer en action »). Photos are imported
in the background, from files or a folder dropped on the tab or chosen with the button; each
lands on the nearest halte in time and place.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.field_work import (
    ConstatDraft,
    ConstatQuery,
    ConstatRow,
    ConstatStatus,
    HalteDraft,
    Parcours,
    PhotoRow,
)
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.base import run_dialog
from gusp_desktop.ui.dialogs.constat_form import Choices, ConstatDialog, HalteDialog
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.map.field_map import FieldMap
from gusp_desktop.ui.models.constat_table import COL_PHOTO, COL_TEXT, ConstatTableModel
from gusp_desktop.ui.pages.seances.field_files import FieldFiles
from gusp_desktop.ui.pages.seances.field_marker import open_marker
from gusp_desktop.ui.pages.seances.field_photos import PhotoStrip

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")


@dataclasses.dataclass(frozen=True)
class FieldData:
    """Everything the tab shows, read in one background task."""

    parcours: Parcours
    constats: list[ConstatRow]
    thumbnails: dict[int, bytes]
    choices: Choices
    loose_photos: list[PhotoRow] = dataclasses.field(default_factory=list)


class FieldWorkPanel(FieldFiles):
    """Route, constats and photos of one walk."""

    #: Something was imported or changed (tests wait on it).
    loaded = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.seance: SeanceDetail | None = None
        self.data: FieldData | None = None
        self.setAcceptDrops(True)
        self._build_ui()
        self._connect()

    # -- building ----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.objectives_edit = QPlainTextEdit()
        self.objectives_edit.setPlaceholderText(self.tr("Objectifs de la marche"))
        self.objectives_edit.setMaximumHeight(80)
        self.save_objectives_button = QPushButton(self.tr("Enregistrer les objectifs"))
        self.halte_list = QListWidget()
        self.add_halte_button = QPushButton(self.tr("Ajouter"))
        self.add_halte_button.setToolTip(self.tr("Ajouter une halte au parcours"))
        self.edit_halte_button = QPushButton(self.tr("Modifier"))
        self.delete_halte_button = QPushButton(self.tr("Supprimer"))
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        for arrow in (self.up_button, self.down_button):
            arrow.setFixedWidth(arrow.fontMetrics().horizontalAdvance("↑") + 24)
        self.up_button.setToolTip(self.tr("Avancer la halte dans le parcours"))
        self.down_button.setToolTip(self.tr("Reculer la halte dans le parcours"))
        halte_buttons = QHBoxLayout()
        for button in (
            self.add_halte_button,
            self.edit_halte_button,
            self.delete_halte_button,
            self.up_button,
            self.down_button,
        ):
            halte_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Objectifs")))
        left_layout.addWidget(self.objectives_edit)
        left_layout.addWidget(self.save_objectives_button)
        left_layout.addWidget(QLabel(self.tr("Parcours")))
        left_layout.addWidget(self.halte_list, 1)
        left_layout.addLayout(halte_buttons)
        self.report_button = QPushButton(self.tr("Compte rendu de la marche…"))
        self.restitution_button = QPushButton(self.tr("Restitution aux habitants…"))
        left_layout.addWidget(self.report_button)
        left_layout.addWidget(self.restitution_button)

        self.model = ConstatTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.verticalHeader().setDefaultSectionSize(76)
        self.table.horizontalHeader().setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_PHOTO, 100)
        # Short labels, the shortcuts in the tooltips: the tab must fit a 1366 px screen
        # beside the séance list without widening the window.
        self.new_button = QPushButton(self.tr("Nouveau constat"))
        self.new_button.setToolTip(self.tr("Nouveau constat (Inser)"))
        self.edit_button = QPushButton(self.tr("Modifier"))
        self.edit_button.setToolTip(self.tr("Modifier le constat (Entrée)"))
        self.to_action_button = QPushButton(self.tr("En action"))
        self.to_action_button.setToolTip(self.tr("Transformer en action (Ctrl+T)"))
        self.import_button = QPushButton(self.tr("Photos…"))
        self.import_button.setToolTip(
            self.tr(
                "Importer des photos, ou les déposer ici, ou le dossier du téléphone "
                "(JPEG, PNG, HEIC)"
            )
        )
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        constat_buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.to_action_button,
            self.import_button,
        ):
            constat_buttons.addWidget(button)
        constat_buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(constat_buttons)
        self.map = FieldMap(self.context)
        self.views = QTabWidget()
        self.views.addTab(self.table, self.tr("Liste"))
        self.views.addTab(self.map, self.tr("Carte"))
        right_layout.addWidget(self.views, 1)
        self.photo_strip = PhotoStrip(self.context, self)
        right_layout.addWidget(self.photo_strip)
        right_layout.addWidget(self.progress_bar)
        right_layout.addWidget(self.status_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.new_action = self._shortcut(
            QKeySequence(Qt.Key.Key_Insert), lambda: self.new_constat()
        )
        self.edit_action = self._shortcut(QKeySequence(Qt.Key.Key_Return), self.edit_constat)
        self.to_action_action = self._shortcut(QKeySequence("Ctrl+T"), self.to_action)
        self.delete_action = self._shortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.delete_constat
        )

    def _shortcut(self, keys: QKeySequence, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def _connect(self) -> None:
        self.save_objectives_button.clicked.connect(self.save_objectives)
        self.add_halte_button.clicked.connect(self.add_halte)
        self.edit_halte_button.clicked.connect(self.edit_halte)
        self.delete_halte_button.clicked.connect(self.delete_halte)
        self.up_button.clicked.connect(lambda: self.move_halte(-1))
        self.down_button.clicked.connect(lambda: self.move_halte(+1))
        self.halte_list.itemDoubleClicked.connect(lambda _item: self.edit_halte())
        self.halte_list.currentRowChanged.connect(
            lambda _row: self.photo_strip.show_halte(self._selected_halte())
        )
        self.photo_strip.attach_requested.connect(self.attach_photos)
        self.photo_strip.new_constat_requested.connect(self.new_constat_from_photos)
        self.photo_strip.propose_requested.connect(lambda: self.review_proposals())
        self.new_button.clicked.connect(lambda: self.new_constat())
        self.edit_button.clicked.connect(self.edit_constat)
        self.to_action_button.clicked.connect(self.to_action)
        self.import_button.clicked.connect(self.choose_photos)
        self.report_button.clicked.connect(lambda: self.export_report("diagnostic"))
        self.restitution_button.clicked.connect(lambda: self.export_report("restitution"))
        self.table.doubleClicked.connect(lambda _index: self.edit_constat())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._tasks.progress.connect(self._on_progress)
        self.map.marker_clicked.connect(functools.partial(open_marker, self))

    # -- loading -----------------------------------------------------------------------------

    def load(self, seance: SeanceDetail) -> None:
        """Read the walk's route, constats and thumbnails (in the background)."""
        self.seance = seance
        field, services = self._services.field_work, self._services
        seance_id = seance.id

        def read() -> FieldData:
            parcours = field.parcours.get(seance_id)
            constats = field.constats.list_constats(ConstatQuery(seance_id=seance_id))
            loose = [
                p for p in field.photos.list_photos(seance_id=seance_id) if p.constat_id is None
            ]
            first = [c.photo_ids[0] for c in constats if c.photo_ids] + [p.id for p in loose]
            choices = Choices(
                quartiers=services.territory.list_quartiers(),
                sites=services.territory.list_sites(),
                organisations=services.directory.list_organisations(),
                haltes=parcours.haltes,
            )
            return FieldData(parcours, constats, field.photos.thumbnails(first), choices, loose)

        self._tasks.run(read, lambda data: self.show_data(seance_id, data), self._error)

    def reload(self) -> None:
        if self.seance is not None:
            self.load(self.seance)

    def show_data(self, seance_id: int, data: FieldData) -> None:
        """Fill the route and the table; a late answer for another séance is dropped."""
        if self.seance is None or seance_id != self.seance.id:
            return
        self.data = data
        if not self.objectives_edit.hasFocus():
            self.objectives_edit.setPlainText(data.parcours.objectives)
        current = self.halte_list.currentRow()
        self.halte_list.clear()
        counts = {h.id: 0 for h in data.parcours.haltes}
        for row in data.constats:
            if row.halte_id in counts:
                counts[row.halte_id] += 1
        for halte in data.parcours.haltes:
            where = halte.site_name or halte.address
            text = f"{halte.position}. {halte.name}" + (f" — {where}" if where else "")
            text += self.tr(" ({n} constat(s))").format(n=counts[halte.id])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, halte.id)
            self.halte_list.addItem(item)
        self.halte_list.setCurrentRow(min(current, self.halte_list.count() - 1))
        self.model.set_rows(data.constats, data.thumbnails)
        self.photo_strip.set_photos(data.loose_photos, data.thumbnails, self._selected_halte())
        self.map.show_walk(data.parcours, data.constats)
        self.loaded.emit()

    def selected(self) -> list[ConstatRow]:
        """Constats selected in the table, top to bottom."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows]

    def _selected_halte(self) -> int | None:
        item = self.halte_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    # -- route -------------------------------------------------------------------------------

    def save_objectives(self) -> None:
        if self.seance is None:
            return
        parcours, seance_id = self._services.field_work.parcours, self.seance.id
        text = self.objectives_edit.toPlainText()
        self._write(lambda: parcours.set_objectives(seance_id, text))

    def add_halte(self) -> None:
        if self.seance is None or self.data is None:
            return
        seance_id, parcours = self.seance.id, self._services.field_work.parcours
        dialog = HalteDialog(
            self.context,
            lambda d: parcours.add_halte(seance_id, d),
            self._walk_sites(),
            HalteDraft(name=""),
            self.seance.starts_at,
            self,
        )
        if run_dialog(dialog) is not None:
            self.reload()

    def edit_halte(self) -> None:
        halte_id = self._selected_halte()
        if self.seance is None or self.data is None or halte_id is None:
            return
        halte = next(h for h in self.data.parcours.haltes if h.id == halte_id)
        parcours = self._services.field_work.parcours
        draft = HalteDraft(
            halte.name,
            halte.site_id,
            halte.address,
            halte.latitude,
            halte.longitude,
            halte.arrives_at,
            halte.notes,
        )
        dialog = HalteDialog(
            self.context,
            lambda d: parcours.update_halte(halte_id, d, halte.version),
            self._walk_sites(),
            draft,
            self.seance.starts_at,
            self,
        )
        if run_dialog(dialog) is not None:
            self.reload()

    def delete_halte(self) -> None:
        halte_id = self._selected_halte()
        if halte_id is None:
            return
        question = self.tr("Supprimer la halte ? Ses constats et photos restent sur la marche.")
        if self._prompts.confirm(self, self.tr("Supprimer la halte"), question):
            parcours = self._services.field_work.parcours
            self._write(lambda: parcours.delete_halte(halte_id))

    def move_halte(self, offset: int) -> None:
        halte_id = self._selected_halte()
        if halte_id is None:
            return
        parcours = self._services.field_work.parcours
        self.halte_list.setCurrentRow(max(0, self.halte_list.currentRow() + offset))
        self._write(lambda: parcours.move_halte(halte_id, offset))

    def _walk_sites(self) -> list[Any]:
        assert self.data is not None
        quartiers = set(self.data.parcours.quartier_ids)
        return [s for s in self.data.choices.sites if not quartiers or s.quartier_id in quartiers]

    # -- constats ----------------------------------------------------------------------------

    def new_constat(self, photo_ids: Sequence[int] = ()) -> None:
        """The constat form, empty, at the halte chosen (with the photos given, if any)."""
        if self.seance is None or self.data is None:
            return
        quartiers = self.data.parcours.quartier_ids or tuple(
            q.id for q in self.data.choices.quartiers
        )
        if not quartiers:
            self._prompts.error(self, self.tr("Constat"), self.tr("Aucun quartier n'est défini."))
            return
        photos = [p for p in self.data.loose_photos if p.id in set(photo_ids)]
        placed = next((p for p in photos if p.latitude is not None), None)
        halte = next((p.halte_id for p in photos if p.halte_id is not None), None)
        draft = ConstatDraft(
            quartier_id=quartiers[0],
            theme=Theme.PROPRETE,
            description="",
            seance_id=self.seance.id,
            halte_id=halte or self._selected_halte(),
            latitude=placed.latitude if placed else None,
            longitude=placed.longitude if placed else None,
        )
        constats, ids = self._services.field_work.constats, list(photo_ids)
        self._open_form(lambda d: constats.create(d, photo_ids=ids), draft)

    def new_constat_from_photos(self, photo_ids: list[int]) -> None:
        self.new_constat(photo_ids)

    def attach_photos(self, photo_ids: list[int]) -> None:
        """Give the photos chosen in the strip to the constat selected in the table."""
        rows = self.selected()
        if len(rows) != 1:
            self._prompts.info(
                self,
                self.tr("Rattacher des photos"),
                self.tr("Sélectionnez dans le tableau le constat qui reçoit les photos."),
            )
            return
        photos, constat_id = self._services.field_work.photos, rows[0].id
        self._write(lambda: photos.attach_all(photo_ids, constat_id))

    def edit_constat(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        row, constats = rows[0], self._services.field_work.constats
        self._open_form(lambda d: constats.update(row.id, d, row.version), row.draft())

    def _open_form(self, save: Any, draft: ConstatDraft) -> None:
        assert self.data is not None
        dialog = ConstatDialog(self.context, save, self.data.choices, draft, self)
        if run_dialog(dialog) is not None:
            self.reload()

    def delete_constat(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        row = rows[0]
        question = self.tr("Supprimer le constat n° {n} et ses photos ?").format(n=row.id)
        if self._prompts.confirm(self, self.tr("Supprimer le constat"), question):
            constats = self._services.field_work.constats
            self._write(lambda: constats.delete(row.id))

    def to_action(self) -> None:
        """« Transformer en action »: one action from the selected constats."""
        rows = self.selected()
        if not rows:
            self._prompts.info(
                self,
                self.tr("Transformer en action"),
                self.tr("Choisissez d'abord un ou plusieurs constats."),
            )
            return
        first = rows[0]
        pilot = first.gestionnaire_code or self.tr("à choisir")
        question = self.tr(
            "Créer une action à partir de {n} constat(s) ? Quartier, site et thème viennent du "
            "premier ; pilote : {pilot}."
        ).format(n=len(rows), pilot=pilot)
        if not self._prompts.confirm(self, self.tr("Transformer en action"), question):
            return
        constats, ids = self._services.field_work.constats, [r.id for r in rows]

        def done(mutation: Any) -> None:
            self.status_label.setText(
                self.tr("Action {number} créée.").format(number=mutation.value.number)
            )
            self.reload()

        self._tasks.run(
            lambda: constats.to_action(ids),
            done,
            self._error,
            write=True,
            initiator=self._initiator,
        )

    def set_status(self, status: ConstatStatus) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        reason = ""
        if status is ConstatStatus.SANS_SUITE or status is ConstatStatus.TRAITE:
            answer = self._prompts.text(
                self, tr_label(status), self.tr("Motif ou suite donnée :"), rows[0].status_reason
            )
            if answer is None:
                return
            reason = answer
        constats, constat_id = self._services.field_work.constats, rows[0].id
        self._write(lambda: constats.set_status(constat_id, status, reason))

    def _context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Modifier…"), self.edit_constat)
        menu.addAction(self.tr("Transformer en action…"), self.to_action)
        for status in (ConstatStatus.TRAITE, ConstatStatus.SANS_SUITE, ConstatStatus.A_QUALIFIER):
            menu.addAction(tr_label(status), functools.partial(self.set_status, status))
        menu.addAction(self.tr("Supprimer"), self.delete_constat)
        menu.exec(self.table.viewport().mapToGlobal(position))

    # -- helpers -----------------------------------------------------------------------------

    def _write(self, fn: Any) -> None:
        self._tasks.run(
            fn, lambda _m: self.reload(), self._error, write=True, initiator=self._initiator
        )

    def _error(self, error: BaseException) -> None:
        self._prompts.show_error(self, error)
