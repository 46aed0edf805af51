"""ATFPB page: conventions, the year's programme per bailleur and axis, and the bilan.

The coordinator picks a convention and a year; the programme's lines are listed by axis
(double-click to edit, « Réalisation… » to report what was done), lines that cannot be
justified yet are shown in red with what they miss, and the bilan beside them sums each axis,
planned against realised, with a chart and the share of the abattement used.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.atfpb import (
    CONTRAT_DE_VILLE,
    Bilan,
    ConventionDTO,
    LineDTO,
    euros,
    percent_text,
)
from gusp_desktop.domain.changes import ChangeSet, Mutation
from gusp_desktop.domain.enums import OrganisationType
from gusp_desktop.domain.errors import GuspError
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.atfpb import AmountDialog, ConventionDialog, LineDialog, RealiseDialog
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.pages import touches
from gusp_desktop.ui.pages.base import Page
from gusp_desktop.ui.widgets.charts import PlannedRealisedChart

ATFPB_ENTITIES = ("atfpb_convention", "atfpb_year", "atfpb_line", "action")
MISSING = QColor("#f8d7da")
T = TypeVar("T")
EXPORT_FILTER = "PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)"


@dataclasses.dataclass(frozen=True)
class AtfpbView:
    """What the page shows, read in one background task."""

    conventions: tuple[ConventionDTO, ...]
    bilan: Bilan | None


def load_view(services: Services, convention_id: int | None, year: int) -> AtfpbView:
    """The conventions and, when one covering ``year`` is chosen, its bilan."""
    conventions = tuple(services.atfpb.conventions.list_conventions())
    chosen = next((c for c in conventions if c.id == convention_id), None)
    if chosen is None and conventions:
        chosen = conventions[-1]
    bilan = None
    if chosen is not None and chosen.covers(year):
        bilan = services.atfpb.bilans.bilan(chosen.id, year)
    return AtfpbView(conventions, bilan)


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    return table


class AtfpbPage(Page):
    """Conventions, programme and bilan ATFPB of one bailleur, quartier and year."""

    key = "atfpb"
    title = QT_TRANSLATE_NOOP("Pages", "ATFPB")
    shortcut = "Ctrl+6"

    #: Everything is shown (tests and screenshots wait for it).
    loaded = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view: AtfpbView | None = None
        self._convention_id: int | None = None
        #: Runs a form and says whether it was accepted (tests answer it themselves).
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: (
            dialog.exec() == QDialog.DialogCode.Accepted
        )
        self.convention_combo = QComboBox()
        self.convention_combo.setMinimumWidth(260)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(*CONTRAT_DE_VILLE)
        self.year_spin.setValue(min(max(context.services.context.today().year, 2024), 2030))
        self.buttons = {
            "convention": QPushButton(self.tr("Nouvelle convention…")),
            "amount": QPushButton(self.tr("Abattement…")),
            "line": QPushButton(self.tr("Nouvelle ligne…")),
            "realise": QPushButton(self.tr("Réalisation…")),
            "export": QPushButton(self.tr("Exporter le bilan…")),
        }
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.lines_table = _table(
            [
                self.tr("Axe"),
                self.tr("Action"),
                self.tr("Prévu"),
                self.tr("Réalisé"),
                self.tr("Réalisation"),
                self.tr("Actions du plan"),
                self.tr("À justifier"),
            ]
        )
        self.axes_table = _table(
            [self.tr("Axe"), self.tr("Prévu"), self.tr("Réalisé"), self.tr("Écart"),
             self.tr("N-1")]
        )  # fmt: skip
        self.chart = PlannedRealisedChart()
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Convention")))
        bar.addWidget(self.convention_combo)
        bar.addWidget(QLabel(self.tr("Année")))
        bar.addWidget(self.year_spin)
        bar.addStretch(1)
        for button in self.buttons.values():
            bar.addWidget(button)
        programme = QWidget()
        left = QVBoxLayout(programme)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(QLabel(self.tr("Programme de l'année, par axe")))
        left.addWidget(self.lines_table)
        bilan = QWidget()
        right = QVBoxLayout(bilan)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.summary_label)
        right.addWidget(self.chart, 3)
        right.addWidget(self.axes_table, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("atfpb_splitter")
        splitter.addWidget(programme)
        splitter.addWidget(bilan)
        splitter.setSizes([800, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        for table, stretched in ((self.lines_table, (1, 6)), (self.axes_table, (0,))):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            for column in stretched:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            table.setWordWrap(True)

    def _connect(self) -> None:
        self.convention_combo.activated.connect(self._on_convention_chosen)
        self.year_spin.valueChanged.connect(lambda _year: self.refresh())
        self.buttons["convention"].clicked.connect(self.new_convention)
        self.buttons["amount"].clicked.connect(self.set_amount)
        self.buttons["line"].clicked.connect(lambda: self.edit_line(None))
        self.buttons["realise"].clicked.connect(self.realise_selected)
        self.buttons["export"].clicked.connect(self.export_bilan)
        self.lines_table.cellDoubleClicked.connect(
            lambda row, _column: self.edit_line(self._line_at(row))
        )

    # -- page contract ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the conventions and the chosen bilan again."""
        convention_id, year = self._convention_id, self.year_spin.value()
        self._tasks.run(
            lambda: load_view(self._services, convention_id, year),
            self._show,
            lambda error: self._prompts.show_error(self, error),
        )

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """Programme lines, amounts, conventions or the plan's actions changed."""
        if touches(changes, *ATFPB_ENTITIES):
            self.refresh()

    def can_create(self) -> bool:
        """« Nouveau » adds a programme line when a convention is shown."""
        return self.bilan is not None

    def new_record(self) -> None:
        """« Nouveau »: a new programme line."""
        self.edit_line(None)

    # -- showing ----------------------------------------------------------------------------

    @property
    def bilan(self) -> Bilan | None:
        """The bilan shown (None without a convention covering the year)."""
        return self.view.bilan if self.view else None

    def _show(self, view: AtfpbView) -> None:
        self.view = view
        self.convention_combo.clear()
        for c in view.conventions:
            self.convention_combo.addItem(f"{c.label} — {c.bailleur_name}", c.id)
        bilan = view.bilan
        if bilan is not None:
            self._convention_id = bilan.convention.id
            self.convention_combo.setCurrentIndex(
                self.convention_combo.findData(bilan.convention.id)
            )
        for key in ("amount", "line", "realise", "export"):
            self.buttons[key].setEnabled(bilan is not None)
        self._show_lines(bilan.lines if bilan else ())
        self._show_bilan(bilan)
        self.loaded.emit()

    def _show_lines(self, lines: tuple[LineDTO, ...]) -> None:
        self.lines_table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (
                _item(line.axis.value),
                _item(line.title),
                _item(euros(line.planned), True),
                _item(euros(line.realised), True),
                _item(tr_label(line.status) if line.status else self.tr("À renseigner")),
                _item(", ".join(line.action_numbers)),
                _item("; ".join(line.issues)),
            )
            for column, cell in enumerate(cells):
                if line.issues:
                    cell.setBackground(QBrush(MISSING))
                    cell.setToolTip("\n".join(line.issues))
                self.lines_table.setItem(row, column, cell)
        self.lines_table.resizeRowsToContents()

    def _show_bilan(self, bilan: Bilan | None) -> None:
        if bilan is None:
            self.summary_label.setText(
                self.tr("Aucune convention ATFPB ne couvre cette année : créez-en une.")
            )
            self.axes_table.setRowCount(0)
            self.chart.set_values([], (self.tr("Prévu"), self.tr("Réalisé")))
            return
        self.summary_label.setText(self._summary(bilan))
        self.axes_table.setRowCount(len(bilan.axes))
        for row, axis in enumerate(bilan.axes):
            cells = (
                _item(tr_label(axis)),
                _item(euros(axis.planned), True),
                _item(euros(axis.realised), True),
                _item(euros(axis.gap), True),
                _item(euros(axis.previous_realised), True),
            )
            for column, cell in enumerate(cells):
                if axis.under_used:
                    cell.setBackground(QBrush(MISSING))
                cell.setToolTip(tr_label(axis))
                self.axes_table.setItem(row, column, cell)
        self.axes_table.resizeRowsToContents()
        values = [
            (axis.axis.value, float(axis.planned), float(axis.realised)) for axis in bilan.axes
        ]
        self.chart.set_values(values, (self.tr("Prévu"), self.tr("Réalisé")))

    def _summary(self, bilan: Bilan) -> str:
        c = bilan.convention
        text = self.tr(
            "{bailleur} – {quartier} : {logements} logements. Abattement {year} : {abattement}. "
            "Prévu : {planned} ; réalisé : {realised} ({used} de l'abattement ; "
            "{previous} : {previous_used})."
        ).format(
            bailleur=c.bailleur_name,
            quartier=c.quartier_name,
            logements=c.logements,
            year=bilan.year,
            abattement=euros(bilan.abattement),
            planned=euros(bilan.planned_total),
            realised=euros(bilan.realised_total),
            used=percent_text(bilan.used_percent),
            previous=bilan.year - 1,
            previous_used=percent_text(bilan.previous_used_percent),
        )
        missing = len(bilan.unjustified)
        if missing:
            text += " " + self.tr("%n ligne(s) à justifier.", "", missing)
        if bilan.under_used and bilan.abattement is not None:
            text += " " + self.tr("Sous-consommation : {amount}.").format(
                amount=euros(bilan.abattement - bilan.realised_total)
            )
        return text

    def _line_at(self, row: int) -> LineDTO | None:
        bilan = self.bilan
        return bilan.lines[row] if bilan and 0 <= row < len(bilan.lines) else None

    def selected_line(self) -> LineDTO | None:
        """The programme line selected in the table."""
        return self._line_at(self.lines_table.currentRow())

    # -- editing ----------------------------------------------------------------------------

    def _on_convention_chosen(self, index: int) -> None:
        data = self.convention_combo.itemData(index)
        self._convention_id = data if isinstance(data, int) else None
        chosen = (
            next((c for c in self.view.conventions if c.id == data), None) if self.view else None
        )
        if chosen is not None and not chosen.covers(self.year_spin.value()):
            self.year_spin.setValue(chosen.start_year)
        else:
            self.refresh()

    def _write(self, call: Callable[[], Mutation[Any]]) -> None:
        self._tasks.run(
            call,
            lambda _result: self.refresh(),
            lambda error: self._prompts.show_error(self, error),
            write=True,
            initiator=self._initiator,
        )

    def new_convention(self) -> None:
        """Ask for a new convention and add it."""
        services = self._services
        bailleurs = [
            o
            for o in services.directory.list_organisations()
            if o.type is OrganisationType.BAILLEUR
        ]
        dialog = ConventionDialog(
            bailleurs, services.territory.list_quartiers(), self.year_spin.value(), self
        )
        if not self.run_dialog(dialog):
            return
        data = self._value_or_error(dialog.value)
        if data is not None:
            self._convention_id = None
            self._write(lambda: services.atfpb.conventions.add(data))

    def set_amount(self) -> None:
        """Ask for the abattement of the year shown."""
        bilan = self.bilan
        if bilan is None:
            return
        dialog = AmountDialog(bilan.year, bilan.abattement, self)
        if not self.run_dialog(dialog):
            return
        value = self._value_or_error(dialog.value)
        if value is not None:
            conventions = self._services.atfpb.conventions
            convention_id, year = bilan.convention.id, bilan.year
            self._write(lambda: conventions.set_convention_amount(convention_id, year, value))

    def edit_line(self, line: LineDTO | None) -> None:
        """Add a line (``None``) or edit one of the programme shown."""
        bilan = self.bilan
        if bilan is None:
            return
        dialog = LineDialog(bilan.convention.id, bilan.year, line, self)
        if not self.run_dialog(dialog):
            return
        actions = self._services.actions
        data = self._value_or_error(
            lambda: dialog.value(
                tuple(actions.get_by_number(n).row.id for n in dialog.action_numbers())
            )
        )
        if data is None:
            return
        programme = self._services.atfpb.programme
        if line is None:
            self._write(lambda: programme.add(data))
        else:
            self._write(lambda: programme.update(line.id, line.version, data))

    def realise_selected(self) -> None:
        """Report what was done on the selected line."""
        line = self.selected_line()
        if line is None:
            self._prompts.info(self, self.tr("Réalisation"), self.tr("Choisissez une ligne."))
            return
        dialog = RealiseDialog(line, self)
        if not self.run_dialog(dialog):
            return
        data = self._value_or_error(dialog.value)
        if data is not None:
            programme = self._services.atfpb.programme
            self._write(lambda: programme.realise(line.id, line.version, data))

    def export_bilan(self) -> None:
        """Save the bilan shown as PDF, DOCX or XLSX."""
        bilan = self.bilan
        if bilan is None:
            return
        c = bilan.convention
        suggested = Path(f"bilan-atfpb-{bilan.year}-{c.bailleur_code}-{c.quartier_code}.pdf")
        path = self._prompts.save_path(self, self.tr("Exporter le bilan"), suggested, EXPORT_FILTER)
        if path is None:
            return
        fmt = path.suffix.lower().lstrip(".") or "pdf"
        bilans = self._services.atfpb.bilans
        self._tasks.run(
            lambda: bilans.export_bilan(c.id, bilan.year, path, fmt),
            lambda written: self._prompts.info(
                self, self.tr("Bilan exporté"), self.tr("Enregistré : {path}").format(path=written)
            ),
            lambda error: self._prompts.show_error(self, error),
        )

    def _value_or_error(self, read: Callable[[], T]) -> T | None:
        """What a form read, or None after showing why it was refused."""
        try:
            return read()
        except GuspError as error:  # refused amount, unknown action number…
            self._prompts.show_error(self, error)
            return None
