"""Independent inspection of produced files with poppler and LibreOffice."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest


def require(tool: str) -> str:
    """The tool's path, or skip the test with the reason when it is not installed."""
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed")
    return found


def run(*args: str, timeout: float = 60) -> str:
    result = subprocess.run(
        [require(args[0]), *args[1:]],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return result.stdout


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    return run("pdftotext", "-enc", "UTF-8", *pages, str(path), "-")


def pdf_page_count(path: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)$", run("pdfinfo", str(path)), re.MULTILINE)
    assert match, "pdfinfo gave no page count"
    return int(match.group(1))


def pdf_page_size(path: Path) -> tuple[float, float]:
    match = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", str(path)), re.M)
    assert match, "pdfinfo gave no page size"
    return float(match.group(1)), float(match.group(2))


def pdf_fonts(path: Path) -> list[tuple[str, str]]:
    """(font name, emb column) for every font of the file."""
    lines = run("pdffonts", str(path)).splitlines()
    rows = []
    for line in lines[2:]:  # two header lines
        columns = line.split()
        # name type [type…] encoding emb sub uni object ID: emb is the 5th field from the end
        rows.append((columns[0], columns[-5]))
    return rows


def pdf_image_count(path: Path) -> int:
    lines = run("pdfimages", "-list", str(path)).splitlines()
    return len(lines) - 2


def libreoffice_to_pdf(source: Path, outdir: Path) -> Path:
    """Convert with LibreOffice headless, using a private profile directory."""
    run(
        "libreoffice",
        "-env:UserInstallation=file:///tmp/lo-profile-docs",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(source),
        timeout=180,
    )
    return outdir / (source.stem + ".pdf")


def colour_pixels(pdf: Path, page: int, rgb: tuple[int, int, int], workdir: Path) -> int:
    """How many pixels of page ``page`` have (nearly) the colour ``rgb``, rendered by poppler."""
    from PIL import Image

    prefix = workdir / f"page-{page}"
    run(
        "pdftoppm",
        "-f",
        str(page),
        "-l",
        str(page),
        "-r",
        "40",
        "-png",
        "-singlefile",
        str(pdf),
        str(prefix),
    )
    with Image.open(prefix.with_suffix(".png")) as image:
        rgb_image = image.convert("RGB")
        width, height = rgb_image.size
        count = 0
        for x in range(width):
            for y in range(height):
                pixel = rgb_image.getpixel((x, y))
                assert isinstance(pixel, tuple)
                count += all(abs(a - b) <= 6 for a, b in zip(pixel, rgb, strict=True))
        return count
