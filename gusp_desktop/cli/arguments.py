"""argparse types shared by the command groups: ids and ports checked before any database work.

Database ids are 64-bit signed integers on both engines; a larger number typed by mistake must
be a French usage error, not an overflow deep inside the driver.
"""

from __future__ import annotations

import argparse

MAX_DATABASE_ID = 2**63 - 1
INCLUDE_RESTRICTED_HELP = (
    "inclut le contenu à diffusion restreinte que vous pouvez lire (membres seulement) ; "
    "le document est marqué « Diffusion restreinte »"
)


def add_include_restricted(parser: argparse.ArgumentParser) -> None:
    """``--include-restricted``: lists and exports leave restricted content out by default."""
    parser.add_argument("--include-restricted", action="store_true", help=INCLUDE_RESTRICTED_HELP)


def seance_id_arg(text: str) -> int:
    """A séance id as ``meetings list`` shows it."""
    return _database_id(text, "de séance", "voir « meetings list »")


def _database_id(text: str, what: str, hint: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"identifiant {what} invalide « {text} » (un nombre, {hint})"
        ) from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"l'identifiant {what} doit être positif")
    if value > MAX_DATABASE_ID:
        raise argparse.ArgumentTypeError(
            f"identifiant {what} trop grand « {text} » (aucun enregistrement ne porte ce numéro)"
        )
    return value


def port_arg(text: str) -> int:
    """A TCP port, 1 to 65535."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"port invalide « {text} » (un nombre)") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"port invalide « {text} » (entre 1 et 65535)")
    return value


def undecodable_text(args: argparse.Namespace) -> str | None:
    """The first text argument holding bytes that are not UTF-8 (shown with « ? »), or None.

    Python keeps such bytes as lone surrogates; stored in the database they would fail deep in
    the driver. File paths (``Path`` values) may hold them: the operating system takes them back.
    """
    for value in vars(args).values():
        values = value if isinstance(value, list | tuple) else [value]
        for text in values:
            if isinstance(text, str) and any("\ud800" <= c <= "\udfff" for c in text):
                return text.encode("utf-8", "replace").decode("utf-8")
    return None
