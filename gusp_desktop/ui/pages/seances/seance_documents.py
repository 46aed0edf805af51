"""The documents a séance's lifecycle produces, saved where the user says, in the background.

Convening a séance saves its convocation, rescheduling a convened one its updated invitation
(same UID, higher SEQUENCE), cancelling one its avis d'annulation and the METHOD:CANCEL
invitation, sending minutes for review their draft marked « PROJET — document de travail ».
Each step asks for a file name, writes the file through the export service, then calls
``then`` with the path written; a refusal or a cancelled file dialog calls nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from gusp_desktop.domain.changes import ChangeSet, EntityRef
from gusp_desktop.services.exports import ExportService
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP

FILTERS = {
    "pdf": "Documents PDF (*.pdf)",
    "docx": "Documents Word (*.docx)",
    "ics": "Invitations agenda (*.ics)",
}
#: Documents whose export marks the séance convened (the service does it as it writes them).
CONVENING = frozenset({"convocation", "invitation"})
#: What each document is called in file dialogs and suggested file names.
TITLES = {
    "convocation": (QT_TRANSLATE_NOOP("SeanceDocuments", "Convocation"), "convocation"),
    "invitation": (QT_TRANSLATE_NOOP("SeanceDocuments", "Invitation mise à jour"), "invitation"),
    "cancellation": (QT_TRANSLATE_NOOP("SeanceDocuments", "Avis d'annulation"), "avis-annulation"),
    "cancellation_ics": (
        QT_TRANSLATE_NOOP("SeanceDocuments", "Annulation pour les agendas"),
        "annulation",
    ),
    "draft": (
        QT_TRANSLATE_NOOP("SeanceDocuments", "Projet de compte rendu"),
        "projet-compte-rendu",
    ),
}


class SeanceDocuments(QObject):
    """Asks where to save one document of a séance, then writes it."""

    def __init__(self, context: PageContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context

    def exports(self) -> ExportService:
        """The export service with this installation's logo (read at each export)."""
        apply_document_preferences(self._context)
        return self._context.services.exports

    def save(
        self,
        parent: object,
        document: str,
        seance_id: int,
        fmt: str,
        then: Callable[[Path], None] | None = None,
    ) -> bool:
        """Ask for a file name and write ``document`` there; False when the user cancelled."""
        title, stem = TITLES[document]
        suggested = Path.home() / f"{stem}-seance-{seance_id}.{fmt}"
        prompts = self._context.prompts
        path = prompts.save_path(parent, self.tr(title), suggested, FILTERS[fmt])  # type: ignore[arg-type]
        if path is None:
            return False
        exports, tasks = self.exports(), self._context.tasks

        def done(written: Path) -> None:
            if document in CONVENING:
                # Saving the convocation marks the séance convened: pages showing it follow.
                tasks.announce(ChangeSet(frozenset({EntityRef("seance", seance_id)})))
            if then is not None:
                then(written)

        tasks.run(
            lambda: _write(exports, document, seance_id, path, fmt),
            done,
            lambda error: prompts.show_error(parent, error),  # type: ignore[arg-type]
        )
        return True


def _write(exports: ExportService, document: str, seance_id: int, path: Path, fmt: str) -> Path:
    """The export call behind each document name."""
    if document in ("convocation", "invitation"):
        return exports.export_seance_document("convocation", seance_id, path, fmt)
    if document in ("cancellation", "cancellation_ics"):
        return exports.export_seance_document("cancellation", seance_id, path, fmt)
    if document == "draft":
        return exports.export_seance_document("minutes", seance_id, path, fmt, draft=True)
    raise ValueError(document)


def apply_document_preferences(context: PageContext) -> None:
    """The logo (documents, signed minutes) and time-stamping server of the preferences."""
    settings, services = context.settings, context.services
    logo = Path(settings.logo_path).expanduser() if settings.logo_path else None
    services.exports.logo_path = logo
    services.signed_minutes.logo_path = logo
    if settings.timestamp_url:
        services.signed_minutes.timestamp_url = settings.timestamp_url
