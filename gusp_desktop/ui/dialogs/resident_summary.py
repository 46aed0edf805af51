"""« Synthèse pour les habitants » : choose a quartier, a period and a format, then save.

The document names no person and leaves restricted content out (the service sees to it); it
is written in the background, and the usual « open it? » question follows, as for every
document of the menu.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP

FORMATS = (
    (
        "pdf",
        QT_TRANSLATE_NOOP("ResidentSummaryDialog", "PDF (à imprimer, gros caractères)"),
        "Documents PDF (*.pdf)",
    ),
    (
        "docx",
        QT_TRANSLATE_NOOP("ResidentSummaryDialog", "Word (DOCX, modifiable)"),
        "Documents Word (*.docx)",
    ),
    (
        "html",
        QT_TRANSLATE_NOOP("ResidentSummaryDialog", "Page web (HTML, pour le site de la ville)"),
        "Pages web (*.html)",
    ),
)
DEFAULT_MONTHS = 6


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ResidentSummaryDialog(QDialog):
    """Quartier, period and format of a synthèse pour les habitants; saving writes it."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Synthèse pour les habitants"))
        self.quartier_combo = QComboBox()
        for code, name in sorted(context.services.resident_summary.quartiers()):
            self.quartier_combo.addItem(f"{name} ({code})", code)
        today = context.services.context.today()
        self.from_edit = QDateEdit(_qdate(today - dt.timedelta(days=DEFAULT_MONTHS * 30)))
        self.to_edit = QDateEdit(_qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.format_combo = QComboBox()
        for fmt, label, _filter in FORMATS:
            self.format_combo.addItem(self.tr(label), fmt)
        form = QFormLayout()
        form.addRow(self.tr("Quartier"), self.quartier_combo)
        form.addRow(self.tr("Du"), self.from_edit)
        form.addRow(self.tr("Au (inclus)"), self.to_edit)
        form.addRow(self.tr("Format"), self.format_combo)
        note = QLabel(
            self.tr(
                "Ce qui a été signalé, décidé et fait, en langage simple : aucun nom de "
                "personne, rien de ce qui est à diffusion restreinte."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Enregistrer…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, dt.date, dt.date, str]:
        """(quartier code, first day, last day, format) as chosen."""
        return (
            str(self.quartier_combo.currentData()),
            _date(self.from_edit.date()),
            _date(self.to_edit.date()),
            str(self.format_combo.currentData()),
        )

    def save(self) -> None:
        """Ask where to save, then write the synthèse in the background."""
        code, start, end, fmt = self.choice()
        if end < start:
            self._context.prompts.error(
                self,
                self.tr("Période inversée"),
                self.tr("La date de fin précède la date de début : rien n'a été enregistré."),
            )
            return
        file_filter = next(f for k, _label, f in FORMATS if k == fmt)
        suggested = Path(f"synthese-habitants-{code}-{start:%Y%m%d}-{end:%Y%m%d}.{fmt}")
        path = self._context.prompts.save_path(
            self, self.tr("Synthèse pour les habitants"), suggested, self.tr(file_filter)
        )
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        service = self._context.services.resident_summary
        self._context.tasks.run(
            lambda: service.export(code, start, end, path), self._on_saved, self._on_failed
        )

    def _on_saved(self, path: Path) -> None:
        self.saved = path
        self._context.prompts.notify(
            self, self.tr("Synthèse enregistrée : {path}").format(path=path)
        )
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._context.prompts.show_error(self, error)
