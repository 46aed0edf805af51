"""Personal data in the window: a contact's export and anonymisation, the register.

The annuaire's contact panel offers « Exporter ses données… » and « Anonymiser… » (after a
confirmation that says what changes and what stays); the Documents menu opens the « Registre des
traitements », shown as the database holds it and exported in PDF or DOCX. Everything runs
through the same services as ``contacts export``, ``contacts anonymise`` and ``registre``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.personal_data import AnonymisationReport
from gusp_desktop.domain.register import ProcessingRegister
from gusp_desktop.services.personal_data.files import write_dossier, write_register
from gusp_desktop.ui.context import PageContext

DOSSIER_FILTER = "Documents PDF (*.pdf);;Données JSON (*.json)"
REGISTER_FILTERS = {"pdf": "Documents PDF (*.pdf)", "docx": "Documents Word (*.docx)"}


def _file_name(text: str) -> str:
    folded = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return folded or "contact"


def export_contact(parent: QWidget, context: PageContext, contact_id: int, name: str) -> None:
    """Ask where, then write everything held about the contact (PDF or JSON)."""
    path = context.prompts.save_path(
        parent,
        QCoreApplication.translate("PersonalData", "Exporter les données de {name}").format(
            name=name
        ),
        Path.home() / f"donnees-{_file_name(name)}.pdf",
        DOSSIER_FILTER,
    )
    if path is None:
        return
    contacts = context.services.personal_data.contacts

    def done(written: Path) -> None:
        context.prompts.info(
            parent,
            QCoreApplication.translate("PersonalData", "Données exportées"),
            QCoreApplication.translate(
                "PersonalData", "Tout ce que la base contient sur {name} est dans « {path} »."
            ).format(name=name, path=written),
        )

    context.tasks.run(
        lambda: write_dossier(contacts.export(contact_id), path),
        done,
        lambda error: context.prompts.show_error(parent, error),
    )


def anonymise_contact(
    parent: QWidget,
    context: PageContext,
    contact_id: int,
    name: str,
    on_done: Callable[[AnonymisationReport], None] | None = None,
) -> None:
    """After a confirmation, anonymise the contact and show the report."""
    question = QCoreApplication.translate(
        "PersonalData",
        "Anonymiser {name} ?\n\nSon nom, son adresse électronique, son téléphone et sa fonction "
        "seront remplacés définitivement, et son nom occulté dans les notes et les actions. "
        "Ses participations, ses émargements et les actions qu'il pilote sont conservés ; les "
        "comptes rendus signés restent intacts.",
    ).format(name=name)
    if not context.prompts.confirm(
        parent, QCoreApplication.translate("PersonalData", "Anonymiser un contact"), question
    ):
        return

    def done(mutation: Mutation[AnonymisationReport]) -> None:
        context.prompts.info(
            parent,
            QCoreApplication.translate("PersonalData", "Contact anonymisé"),
            "\n".join(mutation.value.lines()),
        )
        if on_done is not None:
            on_done(mutation.value)

    contacts = context.services.personal_data.contacts
    context.tasks.run(
        lambda: contacts.anonymise(contact_id),
        done,
        lambda error: context.prompts.show_error(parent, error),
        write=True,
        initiator=context.initiator,
    )


class RegisterDialog(QDialog):
    """« Registre des traitements »: read from the database, exported in PDF or DOCX."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.register: ProcessingRegister | None = None
        self.setWindowTitle(self.tr("Registre des traitements"))
        self.resize(900, 640)
        self.view = QTextBrowser()
        self.pdf_button = QPushButton(self.tr("Exporter en PDF…"))
        self.docx_button = QPushButton(self.tr("Exporter en DOCX…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        for button in (self.pdf_button, self.docx_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(False)
        buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.view.setPlainText(self.tr("Lecture de la base…"))
        context.tasks.run(
            context.services.personal_data.register.build,
            self._show,
            lambda error: context.prompts.show_error(self, error),
        )

    def _show(self, register: ProcessingRegister) -> None:
        self.register = register
        self.view.setHtml(register_html(register))
        self.pdf_button.setEnabled(True)
        self.docx_button.setEnabled(True)

    def export(self, fmt: str) -> None:
        """Ask where, then write the register in ``fmt``."""
        register = self.register
        if register is None:
            return
        path = self._context.prompts.save_path(
            self,
            self.tr("Exporter le registre des traitements"),
            Path.home() / f"registre-des-traitements.{fmt}",
            REGISTER_FILTERS[fmt],
        )
        if path is None:
            return
        self._context.tasks.run(
            lambda: write_register(register, path),
            lambda written: self._context.prompts.info(
                self,
                self.tr("Registre exporté"),
                self.tr("Registre des traitements écrit dans « {path} ».").format(path=written),
            ),
            lambda error: self._context.prompts.show_error(self, error),
        )


def register_html(register: ProcessingRegister) -> str:
    """The register as the dialog shows it (every text escaped)."""
    e = html.escape

    def rows(cells: list[list[str]]) -> str:
        return "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in cells)

    categories = [
        [c.name, c.fields, str(c.records), c.purpose, c.retention] for c in register.categories
    ]
    instances = [
        [i.code, i.name, i.type_label, "restreinte" if i.restricted else "normale",
         str(i.members), str(i.seances)]
        for i in register.instances
    ]  # fmt: skip
    items = "".join(f"<li>{e(r.describe())}</li>" for r in register.rules)
    measures = "".join(f"<li>{e(m)}</li>" for m in register.measures)
    recipients = "".join(f"<li>{e(m)}</li>" for m in register.recipients)
    table = '<table border="1" cellspacing="0" cellpadding="3">'
    return (
        f"<h2>Registre des activités de traitement</h2>"
        f"<p><b>Responsable :</b> {e(register.controller)}<br><b>Finalité :</b> "
        f"{e(register.purpose)}<br><b>Hébergement :</b> {e(register.storage)}</p>"
        f"<h3>Catégories de données</h3>{table}<tr><th>Catégorie</th><th>Données</th>"
        f"<th>Nombre</th><th>Usage</th><th>Conservation</th></tr>{rows(categories)}</table>"
        f"<h3>Instances</h3>{table}<tr><th>Code</th><th>Instance</th><th>Type</th>"
        f"<th>Diffusion</th><th>Membres</th><th>Séances</th></tr>{rows(instances)}</table>"
        f"<h3>Durées de conservation des notes</h3><ul>{items}</ul>"
        f"<h3>Destinataires</h3><ul>{recipients}</ul>"
        f"<h3>Mesures de sécurité</h3><ul>{measures}</ul>"
    )


def open_register_dialog(parent: QWidget, context: PageContext) -> None:
    """Show the register (modal)."""
    dialog = RegisterDialog(context, parent)
    dialog.exec()
    dialog.deleteLater()
