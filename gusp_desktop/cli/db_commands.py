"""``db`` and ``demo`` commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gusp_desktop.cli.output import emit
from gusp_desktop.db import migrate
from gusp_desktop.db.engine import describe
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.errors import NotFoundError

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``db`` commands (upgrade, current, copy, grant, revoke, backups) and ``demo``."""
    db = commands.add_parser("db", help="schéma de la base de données")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="COMMANDE")
    upgrade = db_commands.add_parser("upgrade", help="crée ou met à jour le schéma")
    upgrade.set_defaults(handler=_upgrade)
    current = db_commands.add_parser("current", help="affiche la révision du schéma")
    current.set_defaults(handler=_current)
    copy = db_commands.add_parser("copy", help="copie toute une base vers une base vide")
    copy.add_argument("--from", dest="source", required=True, metavar="SOURCE")
    copy.add_argument("--to", dest="target", required=True, metavar="CIBLE")
    copy.set_defaults(handler=_copy)
    grant = db_commands.add_parser("grant", help="donne un rôle à un compte du serveur partagé")
    grant.add_argument("user", metavar="UTILISATEUR")
    grant.add_argument("role", type=_role_arg, metavar="RÔLE", help=", ".join(_ROLE_NAMES))
    grant.add_argument("--display-name", default="", metavar="NOM", help="nom affiché")
    grant.add_argument(
        "--password-stdin", action="store_true", help="mot de passe du compte, lu sur stdin"
    )
    grant.add_argument(
        "--instance",
        action="append",
        default=[],
        metavar="CODE",
        help="instance dont le compte peut lire les contenus restreints (répétable)",
    )
    grant.set_defaults(handler=_grant)
    revoke = db_commands.add_parser(
        "revoke", help="retire ses droits sur cette base à un compte, ou l'accès à une instance"
    )
    revoke.add_argument("user", metavar="UTILISATEUR")
    revoke.add_argument(
        "--instance",
        action="append",
        default=[],
        metavar="CODE",
        help="retire seulement l'accès aux contenus restreints de cette instance (répétable)",
    )
    revoke.set_defaults(handler=_revoke)
    from gusp_desktop.cli import backup_commands

    backup_commands.register(db_commands)
    demo = commands.add_parser("demo", help="charge le territoire de démonstration (base vide)")
    demo.set_defaults(handler=_demo)


def _upgrade(args: argparse.Namespace, runtime: Runtime) -> int:
    before = migrate.upgrade(runtime.engine)
    head = migrate.head_revision()
    if runtime.is_shared:
        from gusp_desktop.db import grants

        if grants.grants_configured(runtime.engine):
            # Tables added by the migration get their privileges; old server-wide groups are
            # replaced by this database's own.
            for line in grants.refresh_grants(runtime.engine):
                emit(line)
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


_ROLE_NAMES = {
    "coordinateur": UserRole.COORDINATEUR,
    "secretaire": UserRole.SECRETAIRE,
    "secrétaire": UserRole.SECRETAIRE,
    "lecteur": UserRole.LECTEUR,
}


def _role_arg(text: str) -> UserRole:
    try:
        return _ROLE_NAMES[text.strip().lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(
            f"rôle inconnu « {text} » (coordinateur, secrétaire ou lecteur)"
        ) from None


def _copy(args: argparse.Namespace, runtime: Runtime) -> int:
    from gusp_desktop.cli.runtime import open_runtime
    from gusp_desktop.db.copy import copy_database, describe_failure

    source, target = open_runtime(args.source), open_runtime(args.target)
    if source.url.get_backend_name() == "sqlite" and not Path(str(source.url.database)).is_file():
        raise NotFoundError(f"Fichier source introuvable : {source.url.database}")
    try:
        emit(f"Copie de {describe(source.url)}")
        emit(f"     vers {describe(target.url)}")
        report = copy_database(
            source.engine,
            target.engine,
            lambda table, rows: emit(f"  {table} : {rows} ligne(s) copiée(s)"),
        )
    finally:
        source.close()
        target.close()
    emit("\n".join(report.lines()))
    if not report.ok:
        sys.stderr.write(f"Erreur : {describe_failure(report)}\n")
        return 1
    emit(f"Copie vérifiée : {report.total_rows} lignes, empreintes identiques.")
    return 0


def _grant(args: argparse.Namespace, runtime: Runtime) -> int:
    from gusp_desktop.db import logins

    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    result = logins.grant_user(
        runtime.engine,
        args.user,
        args.role,
        display_name=args.display_name,
        password=password or None,
        instances=args.instance,
    )
    if result.created_login:
        emit(f"Compte de connexion « {result.login} » créé sur le serveur.")
        if not password:
            emit("Définissez son mot de passe (ALTER ROLE … PASSWORD …) avant qu'il se connecte.")
    emit(
        f"« {result.login} » a le rôle {result.role.label.lower()} "
        f"(groupe {result.group}) — {describe(runtime.url)}"
    )
    for code in result.instances:
        emit(f"« {result.login} » peut lire les contenus restreints de l'instance {code}.")
    return 0


def _revoke(args: argparse.Namespace, runtime: Runtime) -> int:
    from gusp_desktop.db import logins

    result = logins.revoke_user(runtime.engine, args.user, instances=args.instance)
    for code in result.instances:
        emit(f"« {result.login} » ne voit plus les contenus restreints de l'instance {code}.")
    if result.whole_database:
        emit(f"« {result.login} » n'a plus aucun droit sur cette base — {describe(runtime.url)}")
    return 0
