"""Real photos written for the tests: JPEGs with EXIF time, GPS and orientation, HEIC, PNG."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

from PIL import Image, ImageDraw

GPS_IFD = 0x8825
EXIF_IFD = 0x8769


def _dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    value = abs(value)
    degrees = int(value)
    minutes_full = (value - degrees) * 60
    minutes = int(minutes_full)
    seconds = Fraction(round((minutes_full - minutes) * 60 * 10000), 10000)
    return Fraction(degrees), Fraction(minutes), seconds


def exif_for(
    *,
    taken_at: dt.datetime | None = None,
    lat: float | None = None,
    lon: float | None = None,
    orientation: int | None = None,
) -> Image.Exif:
    """EXIF with a phone's make and model, and whatever else is given."""
    exif = Image.Exif()
    exif[0x010F] = "TestPhone Inc."  # Make
    exif[0x0110] = "TP-12 Pro"  # Model
    if orientation is not None:
        exif[0x0112] = orientation
    if taken_at is not None:
        exif.get_ifd(EXIF_IFD)[36867] = taken_at.strftime("%Y:%m:%d %H:%M:%S")
    if lat is not None and lon is not None:
        gps = exif.get_ifd(GPS_IFD)
        gps[1] = "N" if lat >= 0 else "S"
        gps[2] = _dms(lat)
        gps[3] = "E" if lon >= 0 else "W"
        gps[4] = _dms(lon)
    return exif


def picture(
    size: tuple[int, int] = (800, 600), colour: tuple[int, int, int] = (40, 120, 200)
) -> Image.Image:
    """A picture with some structure (a JPEG of a flat colour would be unrealistically small)."""
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    for x in range(0, size[0], 37):
        draw.line([(x, 0), (size[0] - x, size[1])], fill=(255 - colour[0], x % 255, 90), width=3)
    draw.rectangle([10, 10, size[0] // 3, size[1] // 4], fill=(250, 250, 250))
    return image


def write_jpeg(path: Path, size: tuple[int, int] = (800, 600), **exif: object) -> Path:
    picture(size).save(path, "JPEG", quality=90, exif=exif_for(**exif))  # type: ignore[arg-type]
    return path


def write_heic(path: Path, size: tuple[int, int] = (640, 480), **exif: object) -> Path:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    picture(size, (200, 60, 60)).save(path, "HEIF", quality=80, exif=exif_for(**exif).tobytes())  # type: ignore[arg-type]
    return path


def exif_of_bytes(data: bytes) -> Image.Exif:
    import io

    with Image.open(io.BytesIO(data)) as image:
        return image.getexif()


_DETAIL: dict[tuple[int, int], Image.Image] = {}


def detailed_jpeg(size: tuple[int, int] = (1200, 900), variant: int = 0) -> bytes:
    """A photo-like JPEG with detail everywhere (a flat picture would compress unrealistically);
    each ``variant`` has different pixels, as two photos of a walk do."""
    import io

    if size not in _DETAIL:
        base = Image.linear_gradient("L").resize(size).convert("RGB")
        _DETAIL[size] = Image.blend(base, Image.effect_noise(size, 25).convert("RGB"), 0.35)
    image = _DETAIL[size].copy()
    draw = ImageDraw.Draw(image)
    for x in range(variant % 37, size[0], 41):
        draw.line([(x, 0), (size[0] - x, size[1])], fill=(x % 255, 100, 180), width=4)
    draw.rectangle([20, 20, 80 + variant * 7, 90], fill=(variant * 40 % 255, 200, 60))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def with_exif(jpeg: bytes, exif: Image.Exif) -> bytes:
    """The same pixels with another EXIF block (an APP1 segment right after the SOI marker)."""
    payload = exif.tobytes()
    segment = b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload
    return jpeg[:2] + segment + jpeg[2:]
