"""Options the field commands share: where (coordinates), who (an organisation by code),
and photos (files given with the record).

``constats`` and ``signalements`` both record something seen at a place, with photos, and
routed to an organisation: they parse these the same way, so a coordinate typed with a French
decimal comma or a photo given twice behaves alike in both.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime


def float_arg(text: str) -> float:
    """A decimal number, « 50,36 » as well as « 50.36 »."""
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre attendu, pas « {text} »") from None


def add_coordinates(parser: argparse.ArgumentParser) -> None:
    """``--lat`` and ``--lon`` in decimal degrees (WGS 84)."""
    parser.add_argument("--lat", type=float_arg, metavar="DEGRÉS", help="latitude (50,36)")
    parser.add_argument("--lon", type=float_arg, metavar="DEGRÉS", help="longitude (3,52)")


def add_photos(parser: argparse.ArgumentParser) -> None:
    """``--photo FICHIER``, as many times as there are photos."""
    parser.add_argument(
        "--photo",
        type=Path,
        action="append",
        default=[],
        metavar="FICHIER",
        help="photo JPEG, PNG ou HEIC (répétable)",
    )


def organisation_id(runtime: Runtime, code: str | None) -> int | None:
    """The id of the organisation with this code (None when no code is given)."""
    if not code:
        return None
    return runtime.services.directory.get_organisation_by_code(code).id
