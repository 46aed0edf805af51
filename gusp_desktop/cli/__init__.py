"""Command line: ``gusp-desktop [--db URL] COMMAND …`` (``gusp_desktop.main`` dispatches).

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

# Each module exposes ``register(subparsers)``; handlers are ``handler(args, runtime) -> int``.
COMMAND_MODULES = (
    "gusp_desktop.cli.db_commands",
    "gusp_desktop.cli.action_commands",
    "gusp_desktop.cli.meeting_commands",
    "gusp_desktop.cli.search_commands",
    "gusp_desktop.cli.atfpb_commands",
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


def parse_arguments(arguments: Sequence[str]) -> argparse.Namespace:
    """The parsed command line; usage errors (exit code 2) are reported by argparse."""
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.db is not None and not args.db.strip():
        parser.error("--db est vide : donnez un fichier de base ou une adresse de serveur")
    undecodable = undecodable_text(args)
    if undecodable:
        parser.error(
            f"le texte « {undecodable} » contient des octets qui ne sont pas de l'UTF-8 : "
            "vérifiez l'encodage du terminal ou du script"
        )
    return args


def _notice(text: str) -> None:
    from gusp_desktop.documents.cells import terminal_safe

    sys.stderr.write(f"Note : {terminal_safe(text)}\n")


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command over the database chosen by ``--db``; the process exit code."""
    from sqlalchemy.exc import DBAPIError

    from gusp_desktop.cli.runtime import open_runtime

    runtime = None
    try:
        runtime = open_runtime(args.db, notice=_notice)
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
