"""Command line: ``gusp-desktop [--db URL] COMMAND …`` (``gusp_desktop.main`` dispatches).

Exit codes: 0 success, 1 error (French message on stderr, no traceback), 2 usage error.
An unexpected error (a bug) has its traceback written to the log file, whose path the message
gives.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from gusp_desktop import APP_DISPLAY_NAME
from gusp_desktop.cli.arguments import undecodable_text
from gusp_desktop.cli.french_argparse import FrenchArgumentParser
from gusp_desktop.cli.french_argparse import install as install_french_messages
from gusp_desktop.cli.help_texts import complete_help
from gusp_desktop.domain.errors import GuspError

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime

# Each module exposes ``register(subparsers)``; handlers are ``handler(args, runtime) -> int``.
# Command name → (module that registers it, one-line help). Only the chosen command's module is
# imported: the others appear in ``--help`` from this table, without loading their services.
COMMANDS: dict[str, tuple[str, str]] = {
    "db": ("gusp_desktop.cli.db_commands", "schéma de la base de données"),
    "demo": ("gusp_desktop.cli.db_commands", "charge le territoire de démonstration (base vide)"),
    "actions": ("gusp_desktop.cli.action_commands", "plan d'actions"),
    "meetings": ("gusp_desktop.cli.meeting_commands", "séances"),
    "constats": (
        "gusp_desktop.cli.constat_commands",
        "constats de terrain (DEM, marches) : haltes, photos, actions",
    ),
    "search": ("gusp_desktop.cli.search_commands", "recherche dans toute la base"),
    "atfpb": (
        "gusp_desktop.cli.atfpb_commands",
        "abattement de TFPB : conventions, programmes, bilans",
    ),
    "signalements": (
        "gusp_desktop.cli.signalement_commands",
        "signalements : saisie, orientation, suivi, import",
    ),
    "export": (
        "gusp_desktop.cli.export_commands",
        "documents : convocations, comptes rendus, plans",
    ),
    "verify": ("gusp_desktop.cli.signing_commands", "vérifie les signatures d'un PDF signé"),
    "identity": ("gusp_desktop.cli.signing_commands", "identités de signature et autorités"),
    "minutes": (
        "gusp_desktop.cli.signing_commands",
        "relecture, validation et signature des comptes rendus",
    ),
    "connect": ("gusp_desktop.cli.connect_commands", "profils de connexion au serveur partagé"),
    "contacts": ("gusp_desktop.cli.privacy_commands", "données personnelles d'un contact (RGPD)"),
    "retention": ("gusp_desktop.cli.privacy_commands", "durées de conservation des notes"),
    "registre": ("gusp_desktop.cli.privacy_commands", "registre des traitements (PDF ou DOCX)"),
    "relances": ("gusp_desktop.cli.relance_commands", "relances des pilotes avant une séance"),
    "smtp": ("gusp_desktop.cli.relance_commands", "profils d'envoi des messages (SMTP)"),
    "import": (
        "gusp_desktop.cli.import_commands",
        "importe le tableau de suivi renvoyé par un partenaire",
    ),
}


def build_parser(arguments: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command tree: complete, or (given the command line) complete for its command only.

    The other commands are listed with their help so that ``--help`` and unknown-command
    errors still name them all.
    """
    install_french_messages()
    parser = FrenchArgumentParser(
        prog="gusp-desktop",
        description=f"{APP_DISPLAY_NAME} : comités GUSP, plans d'actions, comptes rendus signés.",
        epilog=(
            "Sans commande, gusp-desktop ouvre la fenêtre. Aucune commande ne l'ouvre : "
            "chacune travaille sur la base, écrit son résultat dans le terminal ou dans un "
            "fichier, puis rend la main. « gusp-desktop COMMANDE --help » détaille une commande."
        ),
    )
    parser.add_argument("--version", action=_Version, help="affiche la version et quitte")
    parser.add_argument("--db", metavar="CHEMIN_OU_URL", help="fichier SQLite ou URL PostgreSQL")
    parser.add_argument("--self-test", action="store_true", help="auto-test sans écran puis quitte")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMANDE", parser_class=FrenchArgumentParser
    )
    chosen = None if arguments is None else _chosen_command(arguments)
    chosen_module = COMMANDS[chosen][0] if chosen in COMMANDS else None
    for name, (module_name, help_text) in COMMANDS.items():
        if name in commands.choices or not _installed(module_name):
            continue
        if arguments is None or module_name == chosen_module:
            importlib.import_module(module_name).register(commands)
        else:
            commands.add_parser(name, help=help_text, add_help=False)
    complete_help(parser)
    return parser


class _Version(argparse.Action):
    """``--version``: the installed version is read only when asked for (it costs an import
    of ``importlib.metadata`` that no command needs)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        from gusp_desktop import __version__

        sys.stdout.write(f"{APP_DISPLAY_NAME} {__version__}\n")
        parser.exit()


def _chosen_command(arguments: Sequence[str]) -> str | None:
    """The command named on the line (skipping the general options), None if there is none."""
    scout = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    scout.add_argument("--db")
    scout.add_argument("--self-test", action="store_true")
    scout.add_argument("rest", nargs=argparse.REMAINDER)
    try:
        found, _unknown = scout.parse_known_args(list(arguments))
    except argparse.ArgumentError:
        return None
    return found.rest[0] if found.rest else None


def _installed(module_name: str) -> bool:
    """Optional command groups exist once their feature is installed in this tree."""
    return importlib.util.find_spec(module_name) is not None


def parse_arguments(arguments: Sequence[str]) -> argparse.Namespace:
    """The parsed command line; usage errors (exit code 2) are reported by argparse."""
    parser = build_parser(arguments)
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


def _open_quietly(db: str | None) -> Runtime:
    """The composition root, imported and opened with the cyclic garbage collector paused.

    Importing it maps the ORM model: hundreds of thousands of objects that live as long as the
    process, which the collector would otherwise scan again and again for no garbage (a
    tenth of a short command's time). What was built is then frozen out of later scans.
    """
    from gusp_desktop.cli.runtime import open_runtime

    gc.disable()
    try:
        return open_runtime(db, notice=_notice)
    finally:
        gc.freeze()
        gc.enable()


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command over the database chosen by ``--db``; the process exit code."""
    from sqlalchemy.exc import DBAPIError

    runtime = None
    try:
        runtime = _open_quietly(args.db)
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
