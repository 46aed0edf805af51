"""« Relances » : ask each pilot for news of their open actions before a séance.

Choose the séance (or a date), tick the recipients, read each message as it will leave, edit
the wording (templates with ``$date_seance``…), then « Enregistrer les brouillons » (.eml files
Outlook and Thunderbird open as messages to send) or « Envoyer » through an SMTP profile. The
work runs in the background with its progress; the report says what left and what failed, and
sending again never sends a message twice (the services skip what the server accepted).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.documents.relance_mail import html_text
from gusp_desktop.domain.changes import ChangeSet, EntityRef
from gusp_desktop.domain.relances import (
    PLACEHOLDERS,
    RelanceBatch,
    RelanceOutcome,
    RelanceRecipient,
    RelanceTemplates,
    SendStatus,
    SmtpProfile,
)
from gusp_desktop.services.relances import ComingSeance
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.tasks import Progress

OTHER_DATE = -1


class RelancesDialog(QDialog):
    """Prepare, preview, save as drafts or send the relances of one séance (or date)."""

    def __init__(
        self, context: PageContext, seance_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._services = context.services
        self.batch: RelanceBatch | None = None
        self.outcomes: list[RelanceOutcome] = []
        self._wanted_seance = seance_id
        self._watching = False  # connected to the task runner's progress while a job runs
        self.setWindowTitle(self.tr("Relances des pilotes"))
        self.resize(1000, 680)
        self._build_ui()
        self._load_choices()

    # -- layout ----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.seance_combo = QComboBox()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setEnabled(False)
        self.prepare_button = QPushButton(self.tr("Préparer"))
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Séance :")))
        choice.addWidget(self.seance_combo, 1)
        choice.addWidget(self.date_edit)
        choice.addWidget(self.prepare_button)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._messages_tab(), self.tr("Messages"))
        self.tabs.addTab(self._template_tab(), self.tr("Modèle"))
        self.profile_combo = QComboBox()
        self.test_button = QPushButton(self.tr("Tester l'envoi"))
        self.profiles_button = QPushButton(self.tr("Profils d'envoi…"))
        self.drafts_button = QPushButton(self.tr("Enregistrer les brouillons"))
        self.send_button = QPushButton(self.tr("Envoyer"))
        self.close_button = QPushButton(self.tr("Fermer"))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Profil d'envoi :")))
        buttons.addWidget(self.profile_combo)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.profiles_button)
        buttons.addStretch(1)
        buttons.addWidget(self.drafts_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addLayout(buttons)
        self.seance_combo.currentIndexChanged.connect(self._on_choice)
        self.prepare_button.clicked.connect(self.prepare)
        self.recipient_list.currentRowChanged.connect(self._show_preview)
        self.drafts_button.clicked.connect(self.save_drafts)
        self.send_button.clicked.connect(self.send)
        self.test_button.clicked.connect(self.test_profile)
        self.profiles_button.clicked.connect(self.edit_profiles)
        self.save_template_button.clicked.connect(self.save_template)
        self.close_button.clicked.connect(self.accept)
        self._set_ready(False)

    def _messages_tab(self) -> QWidget:
        self.recipient_list = QListWidget()
        self.subject_label = QLabel()
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QTextBrowser()
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.subject_label)
        column.addWidget(self.preview, 1)
        splitter = QSplitter()
        splitter.addWidget(self.recipient_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _template_tab(self) -> QWidget:
        templates = self._services.relances.templates()
        self.subject_edit = QLineEdit(templates.subject)
        self.body_edit = QPlainTextEdit(templates.body)
        self.answer_days = QSpinBox()
        self.answer_days.setRange(0, 60)
        self.answer_days.setValue(templates.answer_days)
        self.answer_days.setSuffix(self.tr(" jour(s) avant la séance"))
        self.save_template_button = QPushButton(self.tr("Enregistrer le modèle"))
        help_text = "<br>".join(
            f"<b>${html.escape(name)}</b> : {html.escape(text)}"
            for name, text in PLACEHOLDERS.items()
        )
        widget = QWidget()
        form = QFormLayout(widget)
        form.addRow(self.tr("Objet"), self.subject_edit)
        form.addRow(self.tr("Texte"), self.body_edit)
        form.addRow(self.tr("Réponse attendue"), self.answer_days)
        form.addRow(QLabel(help_text))
        form.addRow(self.save_template_button)
        return widget

    # -- choosing --------------------------------------------------------------------------

    def _load_choices(self) -> None:
        relances = self._services.relances
        self._fill_profiles()
        self.context.tasks.run(relances.coming_seances, self._fill_seances, self._failed)

    def _fill_profiles(self) -> None:
        chosen = self.profile_combo.currentData()
        self.profile_combo.clear()
        for profile in self._services.relances.settings.smtp_profiles():
            self.profile_combo.addItem(f"{profile.name} ({profile.sender})", profile.name)
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(chosen), 0))

    def edit_profiles(self) -> None:
        """Add or change the SMTP profiles, then offer them here."""
        from gusp_desktop.ui.dialogs.smtp_profiles import SmtpProfilesDialog

        SmtpProfilesDialog(self.context, self).exec()
        self._fill_profiles()
        self._set_ready(self.batch is not None and bool(self.batch.recipients))

    def _fill_seances(self, seances: list[ComingSeance]) -> None:
        self.seance_combo.blockSignals(True)
        self.seance_combo.clear()
        for seance in seances:
            label = f"{seance.label} — {seance.day:%d/%m/%Y}"
            self.seance_combo.addItem(label, seance.id)
        self.seance_combo.addItem(self.tr("Autre date…"), OTHER_DATE)
        wanted = self.seance_combo.findData(self._wanted_seance)
        self.seance_combo.setCurrentIndex(max(wanted, 0))
        self.seance_combo.blockSignals(False)
        today = self.context.services.context.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self._on_choice()
        if self._wanted_seance is not None and wanted < 0:
            # Opened on a séance that takes no relance: say so rather than prepare another one.
            self.status_label.setText(
                self.tr(
                    "Pas de relance pour cette séance (passée, annulée ou à diffusion "
                    "restreinte) : choisissez une séance à venir ou une date."
                )
            )
        elif self.seance_combo.currentData() != OTHER_DATE:
            self.prepare()

    def _on_choice(self) -> None:
        self.date_edit.setEnabled(self.seance_combo.currentData() == OTHER_DATE)

    def prepare(self) -> None:
        """Build the messages for the chosen séance or date (in the background)."""
        relances, chosen = self._services.relances, self.seance_combo.currentData()
        day: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        if chosen == OTHER_DATE:
            job = lambda: relances.batch(on=day)  # noqa: E731
        else:
            job = lambda: relances.batch(int(chosen))  # noqa: E731
        self.status_label.setText(self.tr("Préparation…"))
        self.context.tasks.run(job, self.show_batch, self._failed)

    def show_batch(self, batch: RelanceBatch) -> None:
        """List the recipients (all ticked) and preview the first message."""
        self.batch = batch
        self.recipient_list.clear()
        for recipient in batch.recipients:
            item = QListWidgetItem(_recipient_label(recipient))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if recipient.email else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            if not recipient.email:
                item.setToolTip(self.tr("Pas d'adresse électronique dans l'annuaire"))
            self.recipient_list.addItem(item)
        count = sum(len(r.actions) for r in batch.recipients)
        self.status_label.setText(
            self.tr(
                "{occasion} du {day} : {people} message(s), {count} action(s) ouverte(s) ; "
                "réponse attendue avant le {due}."
            ).format(
                occasion=batch.occasion,
                day=f"{batch.meeting_date:%d/%m/%Y}",
                people=len(batch.recipients),
                count=count,
                due=f"{batch.answer_by:%d/%m/%Y}",
            )
        )
        self._set_ready(bool(batch.recipients))
        if batch.recipients:
            self.recipient_list.setCurrentRow(0)

    def _show_preview(self, row: int) -> None:
        if self.batch is None or not 0 <= row < len(self.batch.recipients):
            self.preview.clear()
            self.subject_label.clear()
            return
        recipient = self.batch.recipients[row]
        subject, body = self._services.relances.wording(self.batch, recipient)
        to = f"{recipient.contact_name} <{recipient.email or self.tr('sans adresse')}>"
        self.subject_label.setText(
            self.tr(
                "<b>À :</b> {to}<br><b>Objet :</b> {subject}<br><b>Pièces jointes :</b> "
                "plan d'actions {code} (PDF, XLSX)"
            ).format(  # fmt: skip
                to=html.escape(to), subject=html.escape(subject), code=recipient.organisation_code
            )
        )
        self.preview.setHtml(html_text(body, recipient.actions))

    def selected_batch(self) -> RelanceBatch | None:
        """The batch restricted to the ticked recipients."""
        if self.batch is None:
            return None
        kept = tuple(
            recipient
            for row, recipient in enumerate(self.batch.recipients)
            if self.recipient_list.item(row).checkState() == Qt.CheckState.Checked
        )
        return dataclasses.replace(self.batch, recipients=kept)

    # -- templates -------------------------------------------------------------------------

    def save_template(self) -> None:
        """Keep the edited wording, then show the messages again with it."""
        templates = RelanceTemplates(
            self.subject_edit.text(), self.body_edit.toPlainText(), self.answer_days.value()
        )
        try:
            self._services.relances.save_templates(templates)
        except Exception as error:  # noqa: BLE001 - shown as the user should read it
            self._failed(error)
            return
        self.status_label.setText(self.tr("Modèle enregistré."))
        if self.batch is not None:
            self.prepare()

    # -- leaving ---------------------------------------------------------------------------

    def save_drafts(self) -> None:
        """Ask for a folder, then write one .eml per ticked recipient there."""
        batch = self.selected_batch()
        if batch is None or not batch.recipients:
            return
        folder = self.ask_folder()
        if folder is None:
            return
        delivery = self._services.relance_delivery
        self._run(lambda progress: delivery.write_drafts(batch, folder, progress=progress.update))

    def ask_folder(self) -> Path | None:
        """Where to write the drafts (tests replace this)."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier des brouillons"), str(Path.home())
        )
        return Path(chosen) if chosen else None

    def send(self) -> None:
        """Confirm, ask the password if the keyring has none, then send in the background."""
        batch = self.selected_batch()
        profile = self._profile()
        if batch is None or not batch.recipients or profile is None:
            return
        question = self.tr("Envoyer {n} message(s) depuis {sender} ?").format(
            n=len(batch.recipients), sender=profile.sender
        )
        if not self.context.prompts.confirm(self, self.tr("Envoyer les relances"), question):
            return
        delivery = self._services.relance_delivery
        password = delivery.password(profile)
        if profile.user and not password:
            password = self.context.prompts.passphrase(
                self,
                self.tr("Mot de passe SMTP de {user} sur {host}").format(
                    user=profile.user, host=profile.host
                ),
            )
            if password is None:
                return
        self._run(
            lambda progress: delivery.send(batch, profile, password, progress=progress.update)
        )

    def test_profile(self) -> None:
        """Send a test message to the profile's own address."""
        profile = self._profile()
        if profile is None:
            return
        delivery = self._services.relance_delivery
        password = delivery.password(profile)
        if profile.user and not password:
            password = self.context.prompts.passphrase(self, self.tr("Mot de passe SMTP"))
            if password is None:
                return
        self.context.tasks.run(
            lambda: delivery.test_send(profile, password),
            lambda address: self.context.prompts.info(
                self,
                self.tr("Essai réussi"),
                self.tr("Message d'essai envoyé à {address}.").format(address=address),
            ),
            self._failed,
        )

    def _profile(self) -> SmtpProfile | None:
        name = self.profile_combo.currentData()
        if name is None:
            self.context.prompts.info(
                self,
                self.tr("Aucun profil d'envoi"),
                self.tr("Ajoutez un profil d'envoi (« Profils d'envoi… ») pour envoyer."),
            )
            return None
        return self._services.relances.settings.smtp_profile(str(name))

    def _run(self, job: Callable[[Progress], list[RelanceOutcome]]) -> None:
        self._set_ready(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.context.tasks.progress.connect(self._on_progress)
        self._watching = True
        self.context.tasks.run(job, self._finished, self._failed, write=True, with_progress=True)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        """Messages written or sent so far, and to whom."""
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.status_label.setText(message)

    def _stop_progress(self) -> None:
        if self._watching:
            self.context.tasks.progress.disconnect(self._on_progress)
            self._watching = False

    def _finished(self, outcomes: list[RelanceOutcome]) -> None:
        self._stop_progress()
        self.outcomes = outcomes
        self._set_ready(True)
        ids = {a.id for r in (self.batch.recipients if self.batch else ()) for a in r.actions}
        self.context.tasks.announce(
            ChangeSet(frozenset(EntityRef("action", i) for i in ids)), self.context.initiator
        )
        self.context.prompts.info(self, self.tr("Relances"), report_text(outcomes))

    def _failed(self, error: BaseException) -> None:
        self._stop_progress()
        self.progress_bar.setVisible(False)
        self._set_ready(self.batch is not None and bool(self.batch.recipients))
        self.status_label.setText("")
        self.context.prompts.show_error(self, error)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.drafts_button, self.send_button):
            button.setEnabled(ready)
        self.send_button.setEnabled(ready and self.profile_combo.count() > 0)
        self.test_button.setEnabled(self.profile_combo.count() > 0)


def _recipient_label(recipient: RelanceRecipient) -> str:
    who = recipient.contact_name or "—"
    late = f", {recipient.overdue_count} en retard" if recipient.overdue_count else ""
    return f"{recipient.organisation_code} · {who} ({len(recipient.actions)} action(s){late})"


def report_text(outcomes: list[RelanceOutcome]) -> str:
    """What left and what did not, one line per recipient, failures first."""
    order = {SendStatus.FAILED: 0, SendStatus.NO_ADDRESS: 1}
    lines = []
    for outcome in sorted(outcomes, key=lambda o: order.get(o.status, 2)):
        detail = f" — {outcome.message}" if outcome.message else ""
        lines.append(
            f"{outcome.organisation} · {outcome.contact or '—'} : "
            f"{tr_label(outcome.status)}{detail}"
        )
    counts = {s: sum(o.status is s for o in outcomes) for s in SendStatus}
    head = QCoreApplication.translate(
        "RelancesDialog",
        "Envoyées : {sent} · brouillons : {drafts} · déjà envoyées : {already} · échecs : {failed}",
    ).format(
        sent=counts[SendStatus.SENT],
        drafts=counts[SendStatus.DRAFT],
        already=counts[SendStatus.ALREADY_SENT],
        failed=counts[SendStatus.FAILED] + counts[SendStatus.NO_ADDRESS],
    )
    return "\n".join([head, "", *lines])
