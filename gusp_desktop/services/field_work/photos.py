"""Photos of walks and constats: import (all or nothing), placing on haltes, reading back.

Every file is decoded and downscaled before anything is written; the rows then go in one
transaction, so a bad file among 200 leaves the database as it was. Decoding runs on a few
threads (Pillow releases the interpreter lock while it decodes and resizes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Constat, ConstatPhoto, ConstatPhotoData, Halte
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.field_work import (
    HaltePoint,
    PhotoGroup,
    PhotoImport,
    PhotoRow,
    nearest_halte,
)
from gusp_desktop.services.base import ServiceContext, UnitOfWork, get_or_404, row_values
from gusp_desktop.services.field_work import grouping, imaging
from gusp_desktop.services.field_work.common import WRITERS, walk_seance

Progress = Callable[[int, int], None]
WORKERS = 2
MAX_FILES = 2000


class PhotoService:
    """Use cases of photos."""

    def __init__(self, context: ServiceContext, workers: int = WORKERS) -> None:
        self.context = context
        self.workers = workers

    # -- reading ---------------------------------------------------------------------------

    def list_photos(
        self, *, seance_id: int | None = None, constat_id: int | None = None
    ) -> list[PhotoRow]:
        """Photos of a walk or of a constat, in import order."""
        query = select(ConstatPhoto).order_by(ConstatPhoto.id)
        if seance_id is not None:
            query = query.where(ConstatPhoto.seance_id == seance_id)
        if constat_id is not None:
            query = query.where(ConstatPhoto.constat_id == constat_id)
        with self.context.read() as session:
            return [_row(p) for p in session.scalars(query)]

    def propose_constats(
        self, seance_id: int, photo_ids: Sequence[int] | None = None
    ) -> list[PhotoGroup]:
        """The walk's photos not yet in a constat (of ``photo_ids`` only, when given), grouped
        as the constats they probably show (:func:`grouping.propose_groups`)."""
        loose = [p for p in self.list_photos(seance_id=seance_id) if p.constat_id is None]
        if photo_ids is not None:
            wanted = set(photo_ids)
            loose = [p for p in loose if p.id in wanted]
        return grouping.propose_groups(loose)

    def thumbnails(self, photo_ids: Sequence[int]) -> dict[int, bytes]:
        """Thumbnail JPEGs by photo id (the ones that exist)."""
        found: dict[int, bytes] = {}
        with self.context.read() as session:
            for start in range(0, len(photo_ids), 500):
                chunk = list(photo_ids[start : start + 500])
                query = select(ConstatPhotoData.photo_id, ConstatPhotoData.thumbnail).where(
                    ConstatPhotoData.photo_id.in_(chunk)
                )
                found.update({pid: bytes(data) for pid, data in session.execute(query)})
        return found

    def image(self, photo_id: int) -> bytes:
        """The stored JPEG of a photo (downscaled, without EXIF)."""
        with self.context.read() as session:
            data = session.scalar(
                select(ConstatPhotoData.image).where(ConstatPhotoData.photo_id == photo_id)
            )
        if data is None:
            raise NotFoundError(Message("{what} n° {id} introuvable.", what="Photo", id=photo_id))
        return bytes(data)

    # -- writing ---------------------------------------------------------------------------

    def import_files(
        self,
        paths: Sequence[Path],
        *,
        seance_id: int | None = None,
        constat_id: int | None = None,
        progress: Progress | None = None,
    ) -> Mutation[PhotoImport]:
        """Import photos for a walk (placed on the nearest halte) or for one constat.

        Nothing is written unless every file is a readable image; the same photo imported
        twice in the same place is skipped.
        """
        if not paths:
            raise ValidationError({"_": "Aucune photo à importer."})
        if len(paths) > MAX_FILES:
            raise ValidationError(
                {
                    "_": Message(
                        "{len} fichiers : {max_files} au plus par import.",
                        len=len(paths),
                        max_files=MAX_FILES,
                    )
                }
            )
        if seance_id is None and constat_id is None:
            raise ValidationError({"_": "Indiquez la séance ou le constat des photos."})
        processed = self._process_all(list(paths), progress)
        with self.context.write(*WRITERS) as uow:
            seance_id, halte_id = _target(uow.session, seance_id, constat_id)
            points = _halte_points(uow.session, seance_id)
            known = _known_hashes(uow.session, seance_id, constat_id)
            stored, duplicates = [], []
            for photo in processed:
                if photo.sha256 in known:
                    duplicates.append(photo.filename)
                    continue
                known.add(photo.sha256)
                placed = halte_id or nearest_halte(
                    points, photo.latitude, photo.longitude, photo.taken_at
                )
                stored.append(store_photo(uow, photo, seance_id, constat_id, placed))
            rows = tuple(_row(p) for p in stored)
        placed_count = sum(1 for r in rows if r.halte_id is not None)
        result = PhotoImport(rows, placed_count, len(rows) - placed_count, tuple(duplicates))
        return Mutation(result, uow.changes())

    def import_folder(
        self, folder: Path, *, seance_id: int, progress: Progress | None = None
    ) -> Mutation[PhotoImport]:
        """Every photo of a folder (a phone's export), for a walk."""
        files = imaging.photo_files(folder)
        if not files:
            raise ValidationError(
                {
                    "_": Message(
                        "Le dossier « {folder} » ne contient aucune photo (JPEG, PNG ou HEIC).",
                        folder=folder,
                    )
                }
            )
        return self.import_files(files, seance_id=seance_id, progress=progress)

    def attach(self, photo_id: int, constat_id: int | None) -> Mutation[PhotoRow]:
        """Give a photo to a constat (None: back to the walk, unattached)."""
        with self.context.write(*WRITERS) as uow:
            photo = get_or_404(uow.session, ConstatPhoto, photo_id, "Photo")
            attach_photo(uow, photo, constat_id)
            result = _row(photo)
        return Mutation(result, uow.changes())

    def attach_all(self, photo_ids: Sequence[int], constat_id: int) -> Mutation[list[PhotoRow]]:
        """Give several photos to one constat, all or none."""
        if not photo_ids:
            raise ValidationError({"_": "Aucune photo choisie."})
        with self.context.write(*WRITERS) as uow:
            photos = [get_or_404(uow.session, ConstatPhoto, i, "Photo") for i in photo_ids]
            for photo in photos:
                attach_photo(uow, photo, constat_id)
            result = [_row(p) for p in photos]
        return Mutation(result, uow.changes())

    def delete(self, photo_id: int) -> Mutation[int]:
        """Remove a photo and its bytes."""
        with self.context.write(*WRITERS) as uow:
            photo = get_or_404(uow.session, ConstatPhoto, photo_id, "Photo")
            uow.audit("constat_photo", photo.id, "delete", row_values(photo), None)
            if photo.constat_id is not None:
                uow.touch("constat", photo.constat_id)
            uow.session.delete(photo)
        return Mutation(photo_id, uow.changes())

    # -- helpers ---------------------------------------------------------------------------

    def _process_all(
        self, paths: list[Path], progress: Progress | None
    ) -> list[imaging.ProcessedPhoto]:
        """Decode every file (a few at a time), reporting progress; the first error stops all."""
        total = len(paths)
        done: list[imaging.ProcessedPhoto] = []
        if progress is not None:
            progress(0, total)
        pool = ThreadPoolExecutor(max_workers=max(1, self.workers))
        try:
            for photo in pool.map(imaging.process, paths):
                done.append(photo)
                if progress is not None:
                    progress(len(done), total)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return done


def attach_photo(uow: UnitOfWork, photo: ConstatPhoto, constat_id: int | None) -> None:
    """Give ``photo`` to a constat of the same walk (None: unattached), audited."""
    before = {"constat_id": photo.constat_id, "halte_id": photo.halte_id}
    if constat_id is not None:
        constat = get_or_404(uow.session, Constat, constat_id, "Constat")
        if photo.seance_id is not None and constat.seance_id not in (None, photo.seance_id):
            raise ValidationError(
                {
                    "_": Message(
                        "La photo « {filename} » vient d'une autre marche.", filename=photo.filename
                    )
                }
            )
        photo.constat_id = constat_id
        photo.halte_id = constat.halte_id or photo.halte_id
        photo.seance_id = photo.seance_id or constat.seance_id
        uow.touch("constat", constat_id)
    else:
        photo.constat_id = None
    uow.stamp(photo)
    after = {"constat_id": photo.constat_id, "halte_id": photo.halte_id}
    uow.audit("constat_photo", photo.id, "update", before, after)


def _target(
    session: Session, seance_id: int | None, constat_id: int | None
) -> tuple[int | None, int | None]:
    """The walk the photos belong to and, for a constat, its halte."""
    if constat_id is not None:
        constat = get_or_404(session, Constat, constat_id, "Constat")
        if seance_id is not None and constat.seance_id not in (None, seance_id):
            raise ValidationError({"_": "Ce constat n'a pas été fait pendant cette séance."})
        return constat.seance_id or seance_id, constat.halte_id
    assert seance_id is not None
    walk_seance(session, seance_id)
    return seance_id, None


def _halte_points(session: Session, seance_id: int | None) -> list[HaltePoint]:
    if seance_id is None:
        return []
    query = select(Halte).where(Halte.seance_id == seance_id).order_by(Halte.position)
    return [
        HaltePoint(h.id, h.position, h.latitude, h.longitude, h.arrives_at)
        for h in session.scalars(query)
    ]


def _known_hashes(session: Session, seance_id: int | None, constat_id: int | None) -> set[str]:
    query = select(ConstatPhoto.sha256)
    if constat_id is not None and seance_id is None:
        query = query.where(ConstatPhoto.constat_id == constat_id)
    else:
        query = query.where(ConstatPhoto.seance_id == seance_id)
    return set(session.scalars(query))


def store_photo(
    uow: UnitOfWork,
    photo: imaging.ProcessedPhoto,
    seance_id: int | None,
    constat_id: int | None,
    halte_id: int | None,
) -> ConstatPhoto:
    row = ConstatPhoto(
        seance_id=seance_id,
        constat_id=constat_id,
        halte_id=halte_id,
        filename=photo.filename,
        sha256=photo.sha256,
        taken_at=photo.taken_at,
        latitude=photo.latitude,
        longitude=photo.longitude,
        width=photo.width,
        height=photo.height,
        byte_size=len(photo.image),
    )
    uow.stamp(row, created=True)
    uow.session.add(row)
    uow.session.flush()
    uow.session.add(ConstatPhotoData(photo_id=row.id, image=photo.image, thumbnail=photo.thumbnail))
    uow.audit("constat_photo", row.id, "create", None, row_values(row))
    if constat_id is not None:
        uow.touch("constat", constat_id)
    return row


def _row(photo: ConstatPhoto) -> PhotoRow:
    return PhotoRow(
        id=photo.id,
        seance_id=photo.seance_id,
        constat_id=photo.constat_id,
        halte_id=photo.halte_id,
        filename=photo.filename,
        taken_at=photo.taken_at,
        latitude=photo.latitude,
        longitude=photo.longitude,
        width=photo.width,
        height=photo.height,
        byte_size=photo.byte_size,
    )
