"""« Vérifier un document signé »: every signature of a PDF, and what the database knows of it.

The verdict comes from the same service call as ``gusp-desktop verify``, so the window and the
command line can never disagree about a file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.services.signed_minutes.report import (
    SignedMinutesCheck,
    coverage_text,
    french_moment,
)
from gusp_desktop.services.signed_minutes.service import SignedMinutesService
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP
from gusp_desktop.ui.prompts import Prompts
from gusp_desktop.ui.tasks import TaskRunner

PDF_FILTER = "Documents PDF (*.pdf)"
CERT_FILTER = "Certificats (*.pem *.crt *.cer *.der)"
COLUMNS = (
    QT_TRANSLATE_NOOP("VerifyDialog", "Signature"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Signataire"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Qualité"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Signée le"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Émetteur"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Approuvée"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Intacte"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Couvre tout le fichier"),
)
_OK_STYLE = "color: #1b5e20; font-weight: bold;"
_BAD_STYLE = "color: #b71c1c; font-weight: bold;"


class VerifyDialog(QDialog):
    """Pick a PDF, see each signature and the problems found, in French."""

    def __init__(
        self,
        service: SignedMinutesService,
        tasks: TaskRunner,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vérifier un document signé"))
        self.resize(900, 480)
        self._service, self._tasks, self._prompts = service, tasks, prompts
        self.extra_trust: list[Path] = []
        self.check: SignedMinutesCheck | None = None
        self._build()

    def _build(self) -> None:
        choose = QPushButton(self.tr("Choisir un PDF…"))
        choose.clicked.connect(self.choose_file)
        trust = QPushButton(self.tr("Approuver aussi une autorité…"))
        trust.setToolTip(
            self.tr("Certificat (.pem) d'une autorité d'un partenaire, en plus des vôtres.")
        )
        trust.clicked.connect(self.choose_trust)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(choose)
        buttons_row.addWidget(trust)
        buttons_row.addStretch(1)
        self.file_label = QLabel(self.tr("Aucun fichier choisi."))
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.registration_label = QLabel()
        self.registration_label.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems_list = QListWidget()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons_row)
        for widget in (self.file_label, self.verdict_label, self.registration_label, self.table):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("Problèmes constatés")))
        layout.addWidget(self.problems_list)
        layout.addWidget(close)

    def choose_file(self) -> None:
        """Ask for a PDF and verify it."""
        path = self._prompts.open_path(self, self.tr("Document signé à vérifier"), PDF_FILTER)
        if path is not None:
            self.verify_file(path)

    def choose_trust(self) -> None:
        """Add a partner's authority for this dialog only, then re-verify the current file."""
        path = self._prompts.open_path(self, self.tr("Certificat d'autorité"), CERT_FILTER)
        if path is None:
            return
        self.extra_trust.append(path)
        if self.check is not None:
            self.verify_file(self.check.path)

    def verify_file(self, path: Path) -> None:
        """Verify ``path`` in the background and show the result."""
        self.file_label.setText(f"{self.tr('Fichier')} : {path}")
        self.verdict_label.setText(self.tr("Vérification en cours…"))
        trust = tuple(self.extra_trust)
        self._tasks.run(lambda: self._service.verify(path, trust), self.show_check, self._failed)

    def show_check(self, check: SignedMinutesCheck) -> None:
        """Fill the table, the verdict, the registration and the problems."""
        self.check = check
        report = check.report
        self.table.setRowCount(len(report.signatures))
        for row, sig in enumerate(report.signatures):
            values = (
                sig.field_name,
                sig.signer_cn or self.tr("inconnu"),
                sig.role or "",
                french_moment(sig.signing_time),
                sig.issuer_cn or self.tr("inconnu"),
                self.tr("oui") if sig.trusted else self.tr("non"),
                self.tr("oui") if sig.intact else self.tr("non"),
                coverage_text(sig),
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if check.ok:
            count = len(report.signatures)
            self.verdict_label.setText(
                self.tr("Document intègre : %n signature(s) valide(s) et approuvée(s).", "", count)
            )
            self.verdict_label.setStyleSheet(_OK_STYLE)
        else:
            self.verdict_label.setText(
                self.tr("Document non valide : voir les problèmes constatés.")
            )
            self.verdict_label.setStyleSheet(_BAD_STYLE)
        self.registration_label.setText(
            self.tr("Base de données : {text}").format(text=check.registration_text)
        )
        self.problems_list.clear()
        self.problems_list.addItems(list(check.problems) or [self.tr("Aucun.")])

    def _failed(self, error: BaseException) -> None:
        self.verdict_label.clear()
        self._prompts.show_error(self, error)
