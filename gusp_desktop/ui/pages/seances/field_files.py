"""Files in and out of the « Terrain » tab: photos imported (button, drag and drop of files
or of a phone's folder) in the background with progress, and the walk's two documents.

The base of :class:`~gusp_desktop.ui.pages.seances.field_work.FieldWorkPanel`, which builds
the widgets used here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QProgressBar, QPushButton

from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.field_work import PhotoGroup, PhotoImport, ProposedConstat
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.services.field_work import grouping
from gusp_desktop.ui.context import PagePart
from gusp_desktop.ui.dialogs.photo_proposals import ConstatProposalsDialog

if TYPE_CHECKING:
    from gusp_desktop.ui.pages.seances.field_work import FieldData

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")


class FieldFiles(PagePart):
    """Photo import and document export of the walk shown."""

    seance: SeanceDetail | None
    data: FieldData | None
    progress_bar: QProgressBar
    import_button: QPushButton
    status_label: QLabel

    def reload(self) -> None:
        """Read again what the tab shows (the panel does)."""
        raise NotImplementedError

    def _error(self, error: BaseException) -> None:
        """Show a failure (the panel does)."""
        raise NotImplementedError

    # -- photos ------------------------------------------------------------------------------

    def choose_photos(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Importer des photos"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.heic *.heif)"),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import files and folders' photos for the walk, in the background, with progress."""
        if self.seance is None:
            return
        files = _expand(paths)
        if not files:
            self._prompts.info(
                self,
                self.tr("Importer des photos"),
                self.tr("Aucune photo (JPEG, PNG ou HEIC) dans ce qui a été déposé."),
            )
            return
        photos, seance_id = self._services.field_work.photos, self.seance.id
        self.progress_bar.setRange(0, len(files))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.import_button.setEnabled(False)

        def work(progress: Any) -> Any:
            return photos.import_files(
                files, seance_id=seance_id, progress=lambda d, t: progress.update(d, t)
            )

        self._tasks.run(
            work,
            self._on_imported,
            self._on_import_failed,
            write=True,
            with_progress=True,
            initiator=self._initiator,
        )

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        if self.progress_bar.isVisible() and total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _on_imported(self, mutation: Any) -> None:
        result: PhotoImport = mutation.value
        self.progress_bar.hide()
        self.import_button.setEnabled(True)
        text = self.tr("{n} photo(s) importée(s), {placed} placée(s) sur une halte.").format(
            n=len(result.photos), placed=result.placed
        )
        if result.duplicates:
            text += " " + self.tr("{d} déjà présente(s).").format(d=len(result.duplicates))
        self.status_label.setText(text)
        self.reload()
        if result.photos:
            self.review_proposals([p.id for p in result.photos])

    def _on_import_failed(self, error: BaseException) -> None:
        self.progress_bar.hide()
        self.import_button.setEnabled(True)
        self._prompts.show_error(self, error)

    # -- proposed constats -------------------------------------------------------------------

    def review_proposals(self, photo_ids: Sequence[int] | None = None) -> None:
        """Group the walk's photos not yet in a constat (those just imported, when given) into
        proposed constats, and open their review."""
        if self.seance is None:
            return
        photos, seance_id = self._services.field_work.photos, self.seance.id

        def read() -> tuple[list[PhotoGroup], dict[int, bytes]]:
            groups = photos.propose_constats(seance_id, photo_ids)
            return groups, photos.thumbnails([p.id for g in groups for p in g.photos])

        self._tasks.run(read, lambda found: self._open_review(seance_id, *found), self._error)

    def _open_review(
        self, seance_id: int, groups: list[PhotoGroup], thumbnails: Mapping[int, bytes]
    ) -> None:
        if self.seance is None or self.seance.id != seance_id or self.data is None:
            return
        if not groups:
            self._prompts.info(
                self, self.tr("Constats proposés"), self.tr("Aucune photo à rattacher.")
            )
            return
        dialog = ConstatProposalsDialog(
            self.context, groups, thumbnails, self.data.parcours.haltes, self._proposed, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
        dialog.deleteLater()

    def _proposed(self, group: PhotoGroup, text: str, theme: Theme) -> ProposedConstat:
        """A reviewed group as a constat: on its halte's site and quartier, else the walk's."""
        assert self.seance is not None and self.data is not None
        choices, parcours = self.data.choices, self.data.parcours
        halte = next((h for h in parcours.haltes if h.id == group.halte_id), None)
        site = next((s for s in choices.sites if halte and s.id == halte.site_id), None)
        quartiers = parcours.quartier_ids or tuple(q.id for q in choices.quartiers)
        return grouping.accepted(
            group,
            seance_id=self.seance.id,
            quartier_id=site.quartier_id if site else quartiers[0],
            description=text,
            theme=theme,
            site_id=site.id if site else None,
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.import_paths(paths)

    # -- documents ---------------------------------------------------------------------------

    def export_report(self, kind: str) -> None:
        """Write the compte rendu or the restitution (PDF or DOCX, from the file's name)."""
        if self.seance is None:
            return
        title = (
            self.tr("Compte rendu de la marche")
            if kind == "diagnostic"
            else self.tr("Restitution aux habitants")
        )
        name = f"{kind}-{self.seance.instance_code}-{self.seance.number}.pdf"
        path = self._prompts.save_path(
            self, title, Path(name), self.tr("PDF (*.pdf);;Word (*.docx)")
        )
        if path is None:
            return
        reports, seance_id = self._services.field_work.reports, self.seance.id
        self._tasks.run(
            lambda: reports.export(kind, seance_id, path),
            lambda written: self.status_label.setText(
                self.tr("Document enregistré : {path}").format(path=written)
            ),
            self._error,
        )


def _expand(paths: Sequence[Path]) -> list[Path]:
    """Files as given, folders replaced by their photos (a phone's folder dropped whole)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                (p for p in path.iterdir() if p.is_file() and p.suffix.lower() in PHOTO_SUFFIXES),
                key=lambda p: p.name.casefold(),
            )
        elif path.is_file():
            found.append(path)
    return found
