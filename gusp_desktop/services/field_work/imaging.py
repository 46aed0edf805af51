"""Turning a phone's photo into what the database keeps: a downscaled JPEG and a thumbnail.

The orientation the phone wrote in the EXIF is applied to the pixels, the time and position
are read out and kept as columns, and nothing else of the EXIF survives: the stored JPEG is
written without it, so no exported copy can leak where a resident lives or which phone took
the picture.

JPEGs are decoded with the decoder's own downscaling (``Image.draft``): a 12 MP photo is
decoded at half size straight away, which is most of the saving over a full decode then a
resize.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.timezone import PARIS

if TYPE_CHECKING:  # Pillow is imported when a photo is handled: reading constats needs none
    from PIL import Image

MAX_SIDE = 2000  # long side of the stored image: A4 width at 240 dpi
THUMB_SIDE = 320
JPEG_QUALITY = 85
THUMB_QUALITY = 80
PRINT_SIDE = 1000  # two photos to an A4 row at 200 dpi
PRINT_QUALITY = 72
MAX_FILE_BYTES = 60 * 1024 * 1024  # a phone photo is 2-10 MB; a RAW or a video is not a photo
MAX_PIXELS = 120_000_000  # refuse decompression bombs before decoding
SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".heic", ".heif"})
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_DATETIME_ORIGINAL = 36867
_OFFSET_ORIGINAL = 36881
_DATETIME = 306
_ORIENTATION = 0x0112

_heif_ready = False


def _register_heif() -> None:
    """Let Pillow open HEIC (iPhones' default), once."""
    global _heif_ready
    if not _heif_ready:
        from pillow_heif import register_heif_opener

        register_heif_opener()
        _heif_ready = True


@dataclass(frozen=True)
class ProcessedPhoto:
    """A photo ready to be stored."""

    filename: str
    sha256: str
    image: bytes
    thumbnail: bytes
    width: int
    height: int
    taken_at: dt.datetime | None
    latitude: float | None
    longitude: float | None


def photo_files(folder: Path) -> list[Path]:
    """The image files of a folder (not its sub-folders), by name."""
    if not folder.is_dir():
        raise ValidationError(
            {"_": Message("Le dossier « {folder} » est introuvable.", folder=folder)}
        )
    return sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES),
        key=lambda p: p.name.casefold(),
    )


def process(path: Path) -> ProcessedPhoto:
    """Read, orient, downscale and strip one photo; a French error naming the file if not."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    data = _read(path)
    _register_heif()
    try:
        with Image.open(io.BytesIO(data)) as source:
            if source.width * source.height > MAX_PIXELS:
                raise _refused(path, _too_large(source.width, source.height))
            exif = source.getexif()
            source.draft("RGB", _draft_size(source.size))
            source.load()
            upright = exif.get(_ORIENTATION, 1) in (None, 1)
            image = source if upright else ImageOps.exif_transpose(source)
    except ValidationError:
        raise
    except UnidentifiedImageError:
        raise _refused(path, Message("ce n'est pas une image JPEG, PNG ou HEIC lisible")) from None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise _refused(
            path, Message("image illisible ou tronquée ({detail})", detail=str(exc))
        ) from None
    taken_at = _taken_at(exif)
    latitude, longitude = _position(exif)
    stored, thumbnail, width, height = encode(image)
    return ProcessedPhoto(
        filename=path.name[:255],
        sha256=hashlib.sha256(data).hexdigest(),
        image=stored,
        thumbnail=thumbnail,
        width=width,
        height=height,
        taken_at=taken_at,
        latitude=latitude,
        longitude=longitude,
    )


def encode(image: Image.Image) -> tuple[bytes, bytes, int, int]:
    """Stored JPEG, thumbnail JPEG, width and height of an already oriented image."""
    stored = _downscaled(image, MAX_SIDE)
    thumbnail = _jpeg(_downscaled(stored, THUMB_SIDE), THUMB_QUALITY)
    return _jpeg(stored, JPEG_QUALITY), thumbnail, stored.width, stored.height


def print_jpeg(data: bytes) -> bytes:
    """A stored photo resized and compressed for printing, without any metadata."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", (PRINT_SIDE, PRINT_SIDE))
        picture = image.convert("RGB")
    if max(picture.size) > PRINT_SIDE:
        picture.thumbnail((PRINT_SIDE, PRINT_SIDE), Image.Resampling.BILINEAR)
    return _jpeg(picture, PRINT_QUALITY)


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // 1_048_576
            raise _refused(path, _too_heavy(size // 1_048_576, limit))
        if size == 0:
            raise _refused(path, Message("fichier vide"))
        return path.read_bytes()
    except FileNotFoundError:
        raise _refused(path, Message("fichier introuvable")) from None
    except OSError as exc:
        raise _refused(
            path, Message("fichier illisible ({detail})", detail=str(exc.strerror or exc))
        ) from None


def _too_large(width: int, height: int) -> Message:
    return Message("image trop grande ({width} × {height} pixels)", width=width, height=height)


def _too_heavy(megabytes: int, limit: int) -> Message:
    return Message(
        "fichier trop lourd ({size} Mo, {limit} Mo au plus)", size=megabytes, limit=limit
    )


def _refused(path: Path, why: Message) -> ValidationError:
    return ValidationError(
        {
            "_": Message(
                "Photo « {path} » refusée : {why}. Aucune photo importée.", path=path, why=why
            )
        }
    )


def _draft_size(size: tuple[int, int]) -> tuple[int, int]:
    """The smallest size the JPEG decoder may reduce to while keeping MAX_SIDE on the long side."""
    width, height = size
    scale = MAX_SIDE / max(width, height)
    return (max(1, int(width * scale)), max(1, int(height * scale)))


def _downscaled(image: Image.Image, side: int) -> Image.Image:
    from PIL import Image

    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    if max(image.size) <= side:
        return image
    copy = image.copy()
    copy.thumbnail(
        (side, side),
        Image.Resampling.LANCZOS if side <= THUMB_SIDE else Image.Resampling.BILINEAR,
        reducing_gap=2.0,
    )
    return copy


def _jpeg(image: Image.Image, quality: int) -> bytes:
    """JPEG bytes with no EXIF, no ICC, no comment: nothing but the pixels.

    No ``optimize`` pass: it saves 3 % of the bytes for three times the encoding time.
    """
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def _taken_at(exif: Image.Exif) -> dt.datetime | None:
    """When the photo was taken (the phone's local time, Paris unless it wrote its offset)."""
    details = exif.get_ifd(_EXIF_IFD)
    text = details.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
    if not isinstance(text, str):
        return None
    try:
        local = dt.datetime.strptime(text.strip("\x00 ").strip(), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    offset = details.get(_OFFSET_ORIGINAL)
    if isinstance(offset, str):
        try:
            aware = dt.datetime.strptime(
                f"{local:%Y-%m-%d %H:%M:%S}{offset.strip()}", "%Y-%m-%d %H:%M:%S%z"
            )
            return aware.astimezone(dt.UTC)
        except ValueError:
            pass
    return local.replace(tzinfo=PARIS).astimezone(dt.UTC)


def _position(exif: Image.Exif) -> tuple[float | None, float | None]:
    """Latitude and longitude in degrees from the GPS block, None when absent or absurd."""
    gps = exif.get_ifd(_GPS_IFD)
    try:
        latitude = _degrees(gps[2], gps.get(1, "N"), "S")
        longitude = _degrees(gps[4], gps.get(3, "E"), "W")
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None, None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None, None
    return latitude, longitude


def _degrees(value: Any, ref: Any, negative: str) -> float:
    degrees, minutes, seconds = (float(v) for v in value)
    result = degrees + minutes / 60 + seconds / 3600
    ref_text = ref.decode() if isinstance(ref, bytes) else str(ref)
    return -result if ref_text.strip("\x00 ").upper() == negative else result
