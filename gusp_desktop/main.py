"""Entry point of ``gusp-desktop`` and ``python -m gusp_desktop``: no command opens the window.

The command line and the window are two front ends that never import each other; this module
alone knows both. ``--version`` answers before anything heavy is imported. An unexpected error
(a bug) has its traceback written to the log file, whose path the message gives.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

from gusp_desktop import APP_DISPLAY_NAME

# Qt platforms that draw without any display server.
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"})
NO_DISPLAY_MESSAGE = (
    "Aucun écran n'est disponible (ni DISPLAY ni WAYLAND_DISPLAY) : la fenêtre ne peut pas "
    "s'ouvrir ici.\n"
    "Lancez gusp-desktop depuis une session graphique, ou utilisez la ligne de commande, qui "
    "n'a pas besoin d'écran : « gusp-desktop --help » liste les commandes (par exemple "
    "« gusp-desktop actions list », « gusp-desktop meetings list »).\n"
)


def missing_display(platform: str, environ: Mapping[str, str]) -> bool:
    """Whether the window cannot open: Linux without an X11 or Wayland display and no
    display-less Qt platform asked for. Qt would otherwise abort with an English hint."""
    if not platform.startswith("linux"):
        return False
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return False
    return environ.get("QT_QPA_PLATFORM", "").split(":")[0] not in HEADLESS_PLATFORMS


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line, then run the self-test, the window or the command."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:
        # Answer before building the parser: its command modules import the whole stack.
        from gusp_desktop import __version__

        sys.stdout.write(f"{APP_DISPLAY_NAME} {__version__}\n")
        return 0
    from gusp_desktop.cli import parse_arguments
    from gusp_desktop.error_log import configure_logging, log_unexpected, unexpected_message

    configure_logging()
    args = parse_arguments(arguments)
    try:
        return _dispatch(args)
    except Exception as exc:  # a bug: its traceback goes to the log, the user gets its path
        log_unexpected(exc, f"Commande « {args.command or 'fenêtre'} » en échec", console=False)
        sys.stderr.write(f"Erreur : {unexpected_message(exc)}\n")
        return 1


def _dispatch(args: argparse.Namespace) -> int:
    if args.self_test:
        from pathlib import Path

        from gusp_desktop.selftest import run_self_test

        return run_self_test(database=Path(args.db).expanduser().resolve() if args.db else None)
    if args.command is None:
        if missing_display(sys.platform, os.environ):
            sys.stderr.write(NO_DISPLAY_MESSAGE)
            return 1
        from gusp_desktop.ui.app import run_gui

        return run_gui(args.db)
    from gusp_desktop.cli import run_command

    return run_command(args)
