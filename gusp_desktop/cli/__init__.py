"""Command line: ``gusp-desktop [--db URL] COMMAND …``; no command opens the window.

Exit codes: 0 success, 1 error (French message on stderr, no traceback), 2 usage error.
An unexpected error (a bug) has its traceback written to the log file, whose path the message
gives.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from gusp_desktop import APP_DISPLAY_NAME, __version__
from gusp_desktop.cli.arguments import undecodable_text
from gusp_desktop.cli.french_argparse import FrenchArgumentParser
from gusp_desktop.cli.french_argparse import install as install_french_messages
from gusp_desktop.domain.errors import GuspError
from gusp_desktop.error_log import configure_logging, log_unexpected, unexpected_message

# Each module exposes ``register(subparsers)``; handlers are ``handler(args, runtime) -> int``.
COMMAND_MODULES = (
    "gusp_desktop.cli.db_commands",
    "gusp_desktop.cli.action_commands",
    "gusp_desktop.cli.meeting_commands",
)
# Optional command groups that exist once their feature is installed in this tree.
OPTIONAL_COMMAND_MODULES = (
    "gusp_desktop.cli.export_commands",
    "gusp_desktop.cli.signing_commands",
    "gusp_desktop.cli.connect_commands",
)


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree."""
    install_french_messages()
    parser = FrenchArgumentParser(
        prog="gusp-desktop",
        description=f"{APP_DISPLAY_NAME} : comités GUSP, plans d'actions, comptes rendus signés.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_DISPLAY_NAME} {__version__}",
        help="affiche la version et quitte",
    )
    parser.add_argument("--db", metavar="CHEMIN_OU_URL", help="fichier SQLite ou URL PostgreSQL")
    parser.add_argument("--self-test", action="store_true", help="auto-test sans écran puis quitte")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMANDE", parser_class=FrenchArgumentParser
    )
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    for name in OPTIONAL_COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``gusp-desktop`` and ``python -m gusp_desktop``."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:
        # Answer before building the parser: its command modules import the whole stack.
        sys.stdout.write(f"{APP_DISPLAY_NAME} {__version__}\n")
        return 0
    configure_logging()
    parser = build_parser()
    args = parser.parse_args(arguments)
    undecodable = undecodable_text(args)
    if undecodable:
        parser.error(
            f"le texte « {undecodable} » contient des octets qui ne sont pas de l'UTF-8 : "
            "vérifiez l'encodage du terminal ou du script"
        )
    try:
        return _dispatch(args)
    except Exception as exc:  # a bug: its traceback goes to the log, the user gets its path
        log_unexpected(exc, f"Commande « {args.command or 'fenêtre'} » en échec", console=False)
        sys.stderr.write(f"Erreur : {unexpected_message(exc)}\n")
        return 1


def _dispatch(args: argparse.Namespace) -> int:
    if args.self_test:
        from gusp_desktop.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from gusp_desktop.ui.app import run_gui

        return run_gui(args.db)
    from sqlalchemy.exc import DBAPIError

    from gusp_desktop.cli.runtime import Runtime

    runtime = None
    try:
        runtime = Runtime(args.db)
        return int(args.handler(args, runtime))
    except GuspError as exc:
        from gusp_desktop.cli.output import emit_error

        emit_error(exc.message)
        return 1
    except DBAPIError as exc:  # outside the services (schema, grants): same French messages
        from gusp_desktop.cli.output import emit_error
        from gusp_desktop.db.errors import domain_error

        error = domain_error(exc)
        if error is None:
            raise
        emit_error(error.message)
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("Interrompu.\n")
        return 1
    finally:
        if runtime is not None:
            runtime.close()
