"""Where a new signature goes and how the signer's role is written into the signature dictionary.

Boxes sit at the bottom of the last page, two per row, rows stacking upwards, so that the
secretary's and the president's signatures appear side by side and later ones never cover
earlier ones. Document templates should keep :data:`SIGNATURE_AREA_HEIGHT` points free at the
bottom of the last page for the first two rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from gusp_desktop.signing.errors import SigningError

Rect = tuple[float, float, float, float]
MARGIN = 36
GAP = 10
BOX_HEIGHT = 70
COLUMNS = 2
SIGNATURE_AREA_HEIGHT = MARGIN + 2 * BOX_HEIGHT + GAP
FIELD_PREFIX = "Signature"
NBSP = "\u00a0"
_ROLE_MARK = f" — Qualité{NBSP}: "
_ROLE_RE = re.compile(r"^(?:(?P<reason>.*?)\s—\s)?Qualité\s?:\s(?P<role>.+)$", re.DOTALL)


def next_field_name(existing: Iterable[str]) -> str:
    """First free name among ``Signature1``, ``Signature2``…"""
    taken = {name.casefold() for name in existing}
    index = 1
    while f"{FIELD_PREFIX}{index}".casefold() in taken:
        index += 1
    return f"{FIELD_PREFIX}{index}"


def overlaps(a: Sequence[float], b: Sequence[float]) -> bool:
    """True when two (x0, y0, x1, y1) boxes share some area."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _normalise(rect: Sequence[float]) -> Rect:
    x0, y0, x1, y1 = (float(v) for v in rect)
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


RESERVED_ROWS = 2


def _slot(page: Rect, slot: int) -> Rect:
    """Box number ``slot`` of the grid: two per row from the bottom left, rows going up."""
    px0, py0, px1, _py1 = page
    width = (px1 - px0 - 2 * MARGIN - (COLUMNS - 1) * GAP) / COLUMNS
    row, col = divmod(slot, COLUMNS)
    x0 = px0 + MARGIN + col * (width + GAP)
    y0 = py0 + MARGIN + row * (BOX_HEIGHT + GAP)
    return (x0, y0, x0 + width, y0 + BOX_HEIGHT)


def _rounded(box: Rect) -> tuple[int, int, int, int]:
    return (round(box[0]), round(box[1]), round(box[2]), round(box[3]))


def reserved_boxes(page: Sequence[float]) -> list[tuple[int, int, int, int]]:
    """The boxes documents keep free for signatures (:data:`SIGNATURE_AREA_HEIGHT`): the
    first :data:`RESERVED_ROWS` rows of the grid. Verification accepts later signatures there
    only."""
    area = _normalise(page)
    return [_rounded(_slot(area, slot)) for slot in range(RESERVED_ROWS * COLUMNS)]


def choose_box(
    page: Sequence[float], occupied: Iterable[Sequence[float]]
) -> tuple[int, int, int, int]:
    """The first free reserved box on a page (``page`` = its visible box in points)."""
    area = _normalise(page)
    taken = [_normalise(r) for r in occupied]
    width = (area[2] - area[0] - 2 * MARGIN - (COLUMNS - 1) * GAP) / COLUMNS
    if width < 120:
        raise SigningError("La dernière page est trop étroite pour y placer une signature.")
    for slot in range(RESERVED_ROWS * COLUMNS):
        box = _slot(area, slot)
        if box[3] > area[3] - MARGIN:
            break
        if not any(overlaps(box, other) for other in taken):
            return _rounded(box)
    raise SigningError("Il n'y a plus de place pour une signature sur la dernière page.")


def compose_reason(reason: str | None, role_label: str | None) -> str | None:
    """The signature's /Reason: the motive followed by the signer's capacity.

    /Reason is the entry every PDF reader shows and it is covered by the signature, so the role
    recorded there cannot be changed afterwards without breaking the signature.
    """
    reason = (reason or "").strip()
    role = (role_label or "").strip()
    if role and reason:
        return f"{reason}{_ROLE_MARK}{role}"
    if role:
        return f"Qualité{NBSP}: {role}"
    return reason or None


def split_reason(value: str | None) -> tuple[str | None, str | None]:
    """Inverse of :func:`compose_reason`: ``(reason, role)``; foreign reasons stay whole."""
    if not value:
        return None, None
    match = _ROLE_RE.match(value)
    if match is None:
        return value, None
    return (match.group("reason") or None), match.group("role")
