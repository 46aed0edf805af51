"""What appeared on the pages after the first signature, and whether it was allowed.

The first signature certifies the compte rendu: from then on only signatures may be added, each
in one of the boxes reserved at the bottom of the last page. pyHanko's difference analysis
accepts a new signature field wherever its widget is, so a trusted co-signer could lay a large
signature appearance over the text of page 1 and every check would pass. This module compares
the annotations of each page in the certified revision with those of the final file and names
every addition that is not a signature in a reserved box.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

from gusp_desktop.signing import layout

_MAX_PAGES = 10_000
_TOLERANCE = 1.5  # points: boxes are rounded to whole points when signing


def _pages(root: Any) -> list[Any]:
    """Page dictionaries in order, walking the page tree (loops and runaway trees refused)."""
    found: list[Any] = []
    seen: set[int] = set()

    def walk(node_ref: Any) -> None:
        node = node_ref.get_object()
        if id(node) in seen or len(found) > _MAX_PAGES:
            return
        seen.add(id(node))
        if node.get("/Type") == "/Pages" or "/Kids" in node:
            for kid in node.get("/Kids", ()):
                walk(kid)
        else:
            found.append(node)

    walk(root.raw_get("/Pages"))
    return found


def _annotation_refs(page: Any) -> dict[int, Any]:
    """Annotations of a page by object number (direct annotations get negative keys)."""
    annots = page.get("/Annots")
    if annots is None:
        return {}
    refs: dict[int, Any] = {}
    for index, entry in enumerate(annots.get_object() if hasattr(annots, "get_object") else annots):
        key = entry.idnum if isinstance(entry, generic.IndirectObject) else -1 - index
        refs[key] = entry
    return refs


def _field_name(annot: Any) -> str | None:
    """The signature field name of a signature widget, or None for any other annotation."""
    node = annot
    for _depth in range(8):
        if node.get("/FT") == "/Sig":
            name = node.get("/T")
            return str(name) if name is not None else "sans nom"
        parent = node.get("/Parent")
        if parent is None:
            return None
        node = parent.get_object()
    return None


def _rect(annot: Any) -> tuple[float, float, float, float] | None:
    try:
        x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
    except (KeyError, TypeError, ValueError):
        return None
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _visible_box(page: Any) -> list[float]:
    node = page
    for _depth in range(32):
        for key in ("/CropBox", "/MediaBox"):
            if key in node:
                return [float(v) for v in node[key]]
        parent = node.get("/Parent")
        if parent is None:
            break
        node = parent.get_object()
    return [0.0, 0.0, 595.0, 842.0]


def _in_reserved_box(rect: tuple[float, float, float, float], page: Any) -> bool:
    for box in layout.reserved_boxes(_visible_box(page)):
        if all(abs(a - b) <= _TOLERANCE for a, b in zip(rect, box, strict=True)):
            return True
    return False


def _is_invisible(rect: tuple[float, float, float, float] | None) -> bool:
    return rect is not None and rect[2] - rect[0] <= 0 and rect[3] - rect[1] <= 0


def _problems_on_page(number: int, last: bool, page: Any, added: Iterator[Any]) -> list[str]:
    problems = []
    for ref in added:
        annot = ref.get_object()
        name = _field_name(annot)
        rect = _rect(annot)
        if name is None:
            subtype = str(annot.get("/Subtype", "/inconnue")).lstrip("/")
            problems.append(
                f"Une annotation ({subtype}) a été ajoutée page {number} après la première "
                "signature : seules des signatures peuvent l'être."
            )
        elif _is_invisible(rect):
            continue
        elif not last or rect is None or not _in_reserved_box(rect, page):
            problems.append(
                f"La signature « {name} » est placée hors des emplacements réservés (page "
                f"{number}) : son apparence pourrait masquer ou remplacer le texte signé."
            )
    return problems


def changes_after(reader: PdfFileReader, revision: int) -> list[str]:
    """French problems about what was added to the pages after ``revision`` (the revision the
    first signature signed): anything but signatures in reserved boxes of the last page."""
    before_pages = _pages(reader.get_historical_resolver(revision).root)
    after_pages = _pages(reader.root)
    problems: list[str] = []
    if len(after_pages) != len(before_pages):
        problems.append(
            f"Le nombre de pages a changé après la première signature ({len(before_pages)} → "
            f"{len(after_pages)})."
        )
    for index, page in enumerate(after_pages):
        before = _annotation_refs(before_pages[index]) if index < len(before_pages) else {}
        now = _annotation_refs(page)
        added = (entry for key, entry in now.items() if key not in before)
        last = index == len(after_pages) - 1
        problems += _problems_on_page(index + 1, last, page, added)
        problems += _moved(index + 1, before, now)
    return problems


def _moved(number: int, before: dict[int, Any], now: dict[int, Any]) -> list[str]:
    """Annotations of the certified revision whose box changed since (a reserved signature
    box enlarged over the text, for instance)."""
    problems = []
    for key, entry in now.items():
        if key not in before or key < 0:
            continue
        old_rect, new_rect = _rect(before[key].get_object()), _rect(entry.get_object())
        if old_rect != new_rect:
            name = _field_name(entry.get_object())
            what = f"La case de signature « {name} »" if name else "Une annotation"
            problems.append(
                f"{what} a été déplacée ou agrandie page {number} après la première signature."
            )
    return problems
