"""``db`` and ``demo`` commands."""

from __future__ import annotations

import argparse

from gusp_desktop.cli.output import emit
from gusp_desktop.cli.runtime import Runtime
from gusp_desktop.db import migrate
from gusp_desktop.db.engine import describe


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``db upgrade``, ``db current`` and ``demo``."""
    db = commands.add_parser("db", help="schéma de la base de données")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="COMMANDE")
    upgrade = db_commands.add_parser("upgrade", help="crée ou met à jour le schéma")
    upgrade.set_defaults(handler=_upgrade)
    current = db_commands.add_parser("current", help="affiche la révision du schéma")
    current.set_defaults(handler=_current)
    demo = commands.add_parser("demo", help="charge le territoire de démonstration (base vide)")
    demo.set_defaults(handler=_demo)


def _upgrade(args: argparse.Namespace, runtime: Runtime) -> int:
    before = migrate.upgrade(runtime.engine)
    head = migrate.head_revision()
    if before is migrate.SchemaState.CURRENT:
        emit(f"Schéma déjà à jour (révision {head}) — {describe(runtime.url)}")
    else:
        emit(f"Schéma mis à jour à la révision {head} — {describe(runtime.url)}")
    return 0


def _current(args: argparse.Namespace, runtime: Runtime) -> int:
    state = migrate.schema_state(runtime.engine)
    revision = migrate.current_revision(runtime.engine) or "aucune"
    labels = {
        migrate.SchemaState.EMPTY: "base vide",
        migrate.SchemaState.OLDER: "à mettre à jour",
        migrate.SchemaState.CURRENT: "à jour",
        migrate.SchemaState.NEWER: "plus récent que cette version de l'application",
        migrate.SchemaState.FOREIGN: "tables inconnues",
    }
    emit(f"Révision : {revision} ({labels[state]}) — {describe(runtime.url)}")
    return 0


def _demo(args: argparse.Namespace, runtime: Runtime) -> int:
    from gusp_desktop.demo.loader import load_demo

    summary = load_demo(runtime.context)
    emit(
        f"Territoire de démonstration chargé : {summary.quartiers} quartiers, "
        f"{summary.organisations} organisations, {summary.contacts} contacts, "
        f"{summary.seances} séances, {summary.actions} actions "
        f"({summary.history_entries} points de suivi)."
    )
    return 0
