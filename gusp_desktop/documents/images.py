"""Is a file an image the documents can show? Asked before exporting, not discovered midway.

Renderers skip an unreadable logo so that a stale path in the preferences never blocks a
document; a logo named explicitly on the command line, though, must be a real image, or the
user would get a document without it and no explanation.
"""

from __future__ import annotations

from pathlib import Path

_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")
MAX_LOGO_BYTES = 20 * 1024 * 1024


def image_problem(path: Path) -> str | None:
    """Why ``path`` cannot be used as a logo (French sentence), or None when it can."""
    if not path.exists():
        return f"Le logo « {path} » est introuvable."
    if not path.is_file():
        return f"Le logo « {path} » n'est pas un fichier."
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        return f"Le logo « {path} » est illisible ({exc.strerror})."
    if size > MAX_LOGO_BYTES:
        return f"Le logo « {path} » est trop lourd ({size // 1_048_576} Mo, 20 Mo au plus)."
    if not head.startswith(_SIGNATURES) or not _decodes(path):
        return f"Le logo « {path} » n'est pas une image lisible (PNG, JPEG ou GIF attendu)."
    return None


def _decodes(path: Path) -> bool:
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # any decoding failure means "not an image we can print"
        return False
    return bool(width > 0 and height > 0)
