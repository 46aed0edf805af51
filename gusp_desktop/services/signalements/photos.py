"""Photos of signalements: stored like a walk's photos, read back for the detail and the report.

Files go through the walk photos' own decoding (:mod:`gusp_desktop.services.field_work.imaging`:
JPEG, PNG or HEIC, size limits, orientation applied, downscaled, written again without any
EXIF), before the transaction opens: one unreadable file and nothing is stored. The time the
photo was taken is kept; its position is not: the signalement has its own place, and where a
resident stood to take the picture may be their window.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import SignalementPhoto, SignalementPhotoData
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.signalements import SignalementPhotoRow
from gusp_desktop.services.base import UnitOfWork
from gusp_desktop.services.field_work import imaging

ENTITY = "signalement_photo"
MAX_PHOTOS = 12  # per signalement: a resident sends two or three


def process(paths: Sequence[Path]) -> list[imaging.ProcessedPhoto]:
    """Decode and strip every file, the first refusal naming its file; nothing written."""
    if len(paths) > MAX_PHOTOS:
        raise ValidationError(
            {
                "photos": Message(
                    "{len} photos : {max_photos} au plus.", len=len(paths), max_photos=MAX_PHOTOS
                )
            }
        )
    return [imaging.process(Path(p)) for p in paths]


def store_in(
    uow: UnitOfWork, signalement_id: int, photos: Sequence[imaging.ProcessedPhoto]
) -> list[int]:
    """Add processed photos to a signalement (the same photo twice is kept once); their ids."""
    known = set(
        uow.session.scalars(
            select(SignalementPhoto.sha256).where(SignalementPhoto.signalement_id == signalement_id)
        )
    )
    if len(known) + len({p.sha256 for p in photos} - known) > MAX_PHOTOS:
        raise ValidationError(
            {
                "photos": Message(
                    "{max_photos} photos au plus par signalement.", max_photos=MAX_PHOTOS
                )
            }
        )
    ids = []
    for photo in photos:
        if photo.sha256 in known:
            continue
        known.add(photo.sha256)
        row = SignalementPhoto(
            signalement_id=signalement_id,
            filename=photo.filename,
            sha256=photo.sha256,
            taken_at=photo.taken_at,
            width=photo.width,
            height=photo.height,
            byte_size=len(photo.image),
        )
        uow.add_row(ENTITY, row)
        uow.session.add(
            SignalementPhotoData(photo_id=row.id, image=photo.image, thumbnail=photo.thumbnail)
        )
        ids.append(row.id)
    if ids:
        uow.touch("signalement", signalement_id)
    return ids


def delete_in(uow: UnitOfWork, photo_id: int) -> int:
    """Remove one photo and its bytes; the signalement it belonged to."""
    row = uow.session.get(SignalementPhoto, photo_id)
    if row is None:
        raise ValidationError(
            {"photos": Message("{what} n° {id} introuvable.", what="Photo", id=photo_id)}
        )
    uow.delete_row(ENTITY, row)
    uow.touch("signalement", row.signalement_id)
    return row.signalement_id


def rows_of(session: Session, signalement_ids: Sequence[int]) -> list[SignalementPhotoRow]:
    """The photos of these signalements, in the order they were added."""
    if not signalement_ids:
        return []
    query = (
        select(SignalementPhoto)
        .where(SignalementPhoto.signalement_id.in_(list(signalement_ids)))
        .order_by(SignalementPhoto.signalement_id, SignalementPhoto.id)
    )
    return [_row(p) for p in session.scalars(query)]


def images(session: Session, photo_ids: Sequence[int], *, thumbnails: bool) -> dict[int, bytes]:
    """Stored JPEGs (or their thumbnails) by photo id, read in chunks."""
    column = SignalementPhotoData.thumbnail if thumbnails else SignalementPhotoData.image
    found: dict[int, bytes] = {}
    for start in range(0, len(photo_ids), 500):
        chunk = list(photo_ids[start : start + 500])
        query = select(SignalementPhotoData.photo_id, column).where(
            SignalementPhotoData.photo_id.in_(chunk)
        )
        found.update({pid: bytes(data) for pid, data in session.execute(query)})
    return found


def _row(photo: SignalementPhoto) -> SignalementPhotoRow:
    return SignalementPhotoRow(
        id=photo.id,
        signalement_id=photo.signalement_id,
        filename=photo.filename,
        taken_at=photo.taken_at,
        width=photo.width,
        height=photo.height,
        byte_size=photo.byte_size,
    )
