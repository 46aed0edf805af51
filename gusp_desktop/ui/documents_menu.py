"""The « Documents » menu: export what a séance or the plan d'actions shows, sign, verify.

Kept out of the main window so the shell stays thin: the window hands over its page context and
two callables telling which séance is selected and which filter the plan shows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QWidget

from gusp_desktop.domain.changes import ChangeSet, EntityRef
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP
from gusp_desktop.ui.tasks import Progress

if TYPE_CHECKING:  # the export service (and the documents' builders) load at the first export
    from gusp_desktop.domain.actions import ActionQuery
    from gusp_desktop.domain.changes import Mutation
    from gusp_desktop.domain.meetings import SeanceSummary
    from gusp_desktop.domain.signed_minutes import MinutesVersionInfo
    from gusp_desktop.services.exports import ExportService, SeanceKind

#: The plan's export formats, as ``services.exports.PLAN_FORMATS`` (a test keeps them equal):
#: the menu is built with the window, before the export service is ever imported.
PLAN_FORMATS = ("pdf", "docx", "xlsx", "csv")

#: (kind, French name, formats) of the documents of one séance.
SEANCE_DOCUMENTS = (
    ("convocation", QT_TRANSLATE_NOOP("DocumentsMenu", "Convocation"), ("pdf", "docx", "ics")),
    ("agenda", QT_TRANSLATE_NOOP("DocumentsMenu", "Ordre du jour"), ("pdf", "docx")),
    ("attendance", QT_TRANSLATE_NOOP("DocumentsMenu", "Feuille d'émargement"), ("pdf", "docx")),
    ("minutes", QT_TRANSLATE_NOOP("DocumentsMenu", "Compte rendu"), ("pdf", "docx")),
    ("decisions", QT_TRANSLATE_NOOP("DocumentsMenu", "Relevé de décisions"), ("pdf", "docx")),
)
FILTERS = {
    "pdf": "Documents PDF (*.pdf)",
    "docx": "Documents Word (*.docx)",
    "xlsx": "Classeurs Excel (*.xlsx)",
    "csv": "Fichiers CSV (*.csv)",
    "ics": "Invitations agenda (*.ics)",
}


def documents_folder() -> Path:
    """The user's Documents folder, where exports are proposed (home when there is none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location and Path(location).is_dir() else Path.home()


class DocumentsMenu(QObject):
    """Builds the menu and runs its exports in the background."""

    def __init__(
        self,
        window: QWidget,
        context: PageContext,
        current_seance: Callable[[], int | None],
        current_query: Callable[[], ActionQuery],
    ) -> None:
        super().__init__(window)
        self._window, self._context = window, context
        self._services, self._tasks = context.services, context.tasks
        self._prompts, self._settings = context.prompts, context.settings
        self._current_seance = current_seance
        self._current_query = current_query
        #: The time-stamping server the application started with, read at the first use of the
        #: signing service (building it at start-up cost the window 60 ms).
        self._default_timestamp_url: str | None = None
        self._default_read = False
        self.last_saved: Path | None = None

    def build(self, menu: QMenu) -> None:
        """Fill ``menu`` (the window's « Documents » menu)."""
        seance_menu = menu.addMenu(self.tr("Séance sélectionnée"))
        for kind, name, formats in SEANCE_DOCUMENTS:
            for fmt in formats:
                action = seance_menu.addAction(f"{self.tr(name)} ({fmt.upper()})…")
                action.triggered.connect(self._seance_exporter(kind, name, fmt))
        plan_menu = menu.addMenu(self.tr("Plan d'actions (filtre affiché)"))
        for fmt in PLAN_FORMATS:
            action = plan_menu.addAction(f"{fmt.upper()}…")
            action.triggered.connect(self._plan_exporter(fmt))
        menu.addAction(self.tr("Importer un tableau de suivi renvoyé…")).triggered.connect(
            self.import_returns
        )
        menu.addSeparator()
        menu.addAction(self.tr("Valider et signer le compte rendu…")).triggered.connect(self.sign)
        menu.addAction(self.tr("Erratum du compte rendu…")).triggered.connect(self.erratum)
        menu.addAction(self.tr("Vérifier un document signé…")).triggered.connect(self.verify)
        menu.addAction(self.tr("Identités de signature…")).triggered.connect(self.identities)
        menu.addSeparator()
        menu.addAction(self.tr("Relances des pilotes…")).triggered.connect(self.relances)
        menu.addAction(self.tr("Synthèse pour les habitants…")).triggered.connect(
            self.resident_summary
        )
        menu.addSeparator()
        menu.addAction(self.tr("Registre des traitements…")).triggered.connect(self.register)

    def relances(self) -> None:
        """The relances of the selected séance (or of another séance or date)."""
        from gusp_desktop.ui.dialogs.relances import RelancesDialog

        self._apply_preferences()
        RelancesDialog(self._context, self._current_seance(), self._window).exec()

    def resident_summary(self) -> None:
        """What was reported, decided and done in a quartier, for its residents."""
        from gusp_desktop.ui.dialogs.resident_summary import ResidentSummaryDialog

        dialog = ResidentSummaryDialog(self._context, self._window)
        dialog.exec()
        if dialog.saved is not None:
            self._on_saved(dialog.saved)

    # -- exports ---------------------------------------------------------------------------

    def _seance_exporter(self, kind: str, name: str, fmt: str) -> Callable[..., None]:
        return lambda _checked=False: self.export_seance(kind, name, fmt)

    def _plan_exporter(self, fmt: str) -> Callable[..., None]:
        return lambda _checked=False: self.export_plan(fmt)

    def export_seance(self, kind: str, name: str, fmt: str) -> None:
        """Ask where to save one document of the selected séance, then write it.

        A convocation addressed to nobody is saved only once the user confirmed; saving it
        marks the séance « convoquée » (the export service does), which the pages then show.
        """
        seance_id = self._selected_seance()
        if seance_id is None:
            return
        if kind != "convocation":
            self._export_seance(kind, name, fmt, seance_id)
            return
        exports = self.exports()
        self._tasks.run(
            lambda: exports.warnings("convocation", seance_id),
            lambda warnings: self._export_convocation(seance_id, name, fmt, warnings),
            self._on_failed,
        )

    def _export_convocation(
        self, seance_id: int, name: str, fmt: str, warnings: tuple[str, ...]
    ) -> None:
        question = self.tr("{warnings}\n\nL'enregistrer quand même ?").format(
            warnings="\n".join(warnings)
        )
        title = self.tr("Convocation sans destinataire")
        if warnings and not self._prompts.confirm(self._window, title, question):
            return

        def convened(path: Path) -> None:
            self._tasks.announce(ChangeSet(frozenset({EntityRef("seance", seance_id)})))
            self._on_saved(path)

        self._export_seance("convocation", name, fmt, seance_id, convened)

    def _export_seance(
        self,
        kind: str,
        name: str,
        fmt: str,
        seance_id: int,
        then: Callable[[Path], None] | None = None,
    ) -> None:
        meetings = self._services.meetings
        self._tasks.run(
            lambda: meetings.get_seance(seance_id),
            lambda seance: self._save_seance(kind, name, fmt, seance, then),
            self._on_failed,
        )

    def _save_seance(
        self,
        kind: str,
        name: str,
        fmt: str,
        seance: SeanceSummary,
        then: Callable[[Path], None] | None,
    ) -> None:
        from gusp_desktop.domain.file_names import seance_file_name  # with the first export

        seance_id = seance.id
        file_name = seance_file_name(
            kind, seance.instance_code, seance.number, seance.local_date, fmt
        )
        suggested = documents_folder() / file_name
        path = self._prompts.save_path(self._window, self.tr(name), suggested, FILTERS[fmt])
        if path is None:
            return
        exports = self.exports()
        self._run(
            lambda progress: exports.export_seance_document(
                cast("SeanceKind", kind), seance_id, path, fmt, progress=progress.update
            ),
            then,
        )

    def export_plan(self, fmt: str) -> None:
        """Save the actions the plan page shows (its filters and order, all pages)."""
        query = dataclasses.replace(self._current_query(), limit=None, offset=0)
        scope = query.involving_code or next(
            iter(query.pilot_codes if len(query.pilot_codes) == 1 else ()),
            query.quartier_codes[0] if len(query.quartier_codes) == 1 else "",
        )
        from gusp_desktop.domain.file_names import plan_file_name  # with the first export

        today = self._services.context.today()
        suggested = documents_folder() / plan_file_name(scope, today, fmt)
        title = self.tr("Plan d'actions")
        path = self._prompts.save_path(self._window, title, suggested, FILTERS[fmt])
        if path is None:
            return
        exports = self.exports()
        self._run(
            lambda progress: exports.export_action_plan(query, path, fmt, progress=progress.update)
        )

    def import_returns(self) -> None:
        """Review a partner's returned tableau de suivi (XLSX or CSV), then apply."""
        from gusp_desktop.ui.dialogs.returns_review import import_returns

        import_returns(self._window, self._context)

    def exports(self) -> ExportService:
        """The export service with this installation's preferences (read at each export)."""
        self._apply_preferences()
        return self._services.exports

    def _apply_preferences(self) -> None:
        """The logo and time-stamping server of the preferences, read again at each use.

        An empty time-stamping preference keeps the server the application was started with.
        """
        logo = self._settings.logo_path
        logo_path = Path(logo).expanduser() if logo else None
        stamp = self._settings.timestamp_url
        signed_minutes = self._services.signed_minutes
        if not self._default_read:
            self._default_timestamp_url, self._default_read = signed_minutes.timestamp_url, True
        self._services.exports.logo_path = logo_path
        signed_minutes.logo_path = logo_path
        signed_minutes.timestamp_url = stamp or self._default_timestamp_url

    def _run(
        self, job: Callable[[Progress], Path], then: Callable[[Path], None] | None = None
    ) -> None:
        self._tasks.run(job, then or self._on_saved, self._on_failed, with_progress=True)

    def _on_saved(self, path: Path) -> None:
        self.last_saved = path
        question = self.tr("Document enregistré :\n{path}\n\nL'ouvrir maintenant ?").format(
            path=path
        )
        if self._prompts.confirm(self._window, self.tr("Document enregistré"), question):
            self.open_saved(path)

    def open_saved(self, path: Path) -> None:
        """Open the file in its application; when none opens it, say so and offer its folder."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return
        question = self.tr(
            "Le document n'a pas pu être ouvert : aucune application ne semble associée aux "
            "fichiers « .{suffix} » sur cet ordinateur.\n\nOuvrir le dossier qui le contient ?"
        ).format(suffix=path.suffix.lstrip("."))
        if not self._prompts.confirm(self._window, self.tr("Ouvrir le dossier"), question):
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
            self._prompts.info(
                self._window,
                self.tr("Ouvrir le dossier"),
                self.tr(
                    "Le dossier n'a pas pu être ouvert non plus. Le document est ici :\n{path}"
                ).format(path=path),
            )

    def _on_failed(self, error: BaseException) -> None:
        self._prompts.show_error(self._window, error)

    def _selected_seance(self) -> int | None:
        seance_id = self._current_seance()
        if seance_id is None:
            self._prompts.info(
                self._window,
                self.tr("Aucune séance sélectionnée"),
                self.tr("Choisissez d'abord une séance dans la page « Séances »."),
            )
        return seance_id

    # -- signing ---------------------------------------------------------------------------

    def sign(self) -> None:
        """« Valider et signer le compte rendu » of the selected séance."""
        from gusp_desktop.ui.dialogs.signing import open_sign_dialog

        seance_id = self._selected_seance()
        if seance_id is None:
            return
        self._apply_preferences()
        open_sign_dialog(self._window, self._context, seance_id)

    def erratum(self) -> None:
        """Open an erratum of validated or signed minutes; the signed original stays."""
        seance_id = self._selected_seance()
        if seance_id is None:
            return
        reason = self._prompts.text(
            self._window,
            self.tr("Erratum du compte rendu"),
            self.tr("Motif de la correction (il figurera en tête de l'erratum) :"),
        )
        if not reason or not reason.strip():
            return
        service = self._services.signed_minutes
        self._tasks.run(
            lambda: service.create_erratum(seance_id, reason.strip()),
            self._on_erratum_created,
            self._on_failed,
            write=True,
        )

    def _on_erratum_created(self, mutation: Mutation[MinutesVersionInfo]) -> None:
        text = self.tr(
            "L'erratum (version {number}) est ouvert : le compte rendu peut être corrigé, "
            "puis validé et signé à nouveau. La version signée précédente reste disponible."
        ).format(number=mutation.value.number)
        self._prompts.info(self._window, self.tr("Erratum ouvert"), text)

    def verify(self) -> None:
        """« Vérifier un document signé »."""
        from gusp_desktop.ui.dialogs.signing import open_verify_dialog

        open_verify_dialog(self._window, self._context)

    def register(self) -> None:
        """« Registre des traitements » (what personal data the database holds)."""
        from gusp_desktop.ui.dialogs.personal_data import open_register_dialog

        open_register_dialog(self._window, self._context)

    def identities(self) -> None:
        """« Identités de signature »."""
        from gusp_desktop.ui.dialogs.signing import open_identities_dialog

        open_identities_dialog(self._window, self._context)
