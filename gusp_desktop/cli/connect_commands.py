"""``connect add|list|test|use|remove``: connection profiles for a shared PostgreSQL server.

The password is never written in the profiles file: it goes to the secure system keyring when
there is one (``--password-stdin``), otherwise it is asked for at each connection.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from gusp_desktop.cli.arguments import port_arg
from gusp_desktop.cli.output import emit, render
from gusp_desktop.cli.runtime import terminal_password_prompt
from gusp_desktop.db.profiles import (
    ConnectionProfile,
    Diagnosis,
    ProfileStore,
    Verdict,
    diagnose,
)

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime

NO_KEYRING = (
    "Aucun trousseau sécurisé sur ce poste : le mot de passe n'est pas conservé, "
    "il sera demandé à chaque connexion."
)
PROFILE_COLUMNS = [
    ("active", "Actif"),
    ("name", "Profil"),
    ("server", "Serveur"),
    ("database", "Base"),
    ("user", "Utilisateur"),
    ("sslmode", "SSL"),
]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``connect`` command group."""
    connect = commands.add_parser("connect", help="profils de connexion au serveur partagé")
    sub = connect.add_subparsers(dest="connect_command", required=True, metavar="COMMANDE")
    add = sub.add_parser("add", help="enregistre (ou remplace) un profil")
    add.add_argument("name", metavar="NOM")
    add.add_argument("--host", required=True, metavar="SERVEUR")
    add.add_argument("--port", type=port_arg, default=5432)
    add.add_argument("--database", required=True, metavar="BASE")
    add.add_argument("--user", required=True, metavar="UTILISATEUR")
    add.add_argument("--ca-file", default="", metavar="FICHIER", help="certificat de l'autorité")
    _password_option(add, "lit le mot de passe sur l'entrée standard et le garde au trousseau")
    add.set_defaults(handler=_add)
    listing = sub.add_parser("list", help="liste les profils")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=_list)
    test = sub.add_parser("test", help="teste la connexion et diagnostique")
    test.add_argument("name", metavar="NOM")
    _password_option(test, "lit le mot de passe sur l'entrée standard")
    test.set_defaults(handler=_test)
    use = sub.add_parser("use", help="choisit le profil utilisé par défaut")
    target = use.add_mutually_exclusive_group(required=True)
    target.add_argument("name", nargs="?", metavar="NOM")
    target.add_argument("--local", action="store_true", help="revient au fichier local")
    use.set_defaults(handler=_use)
    remove = sub.add_parser("remove", help="supprime un profil et son mot de passe")
    remove.add_argument("name", metavar="NOM")
    remove.set_defaults(handler=_remove)


def _password_option(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument("--password-stdin", action="store_true", help=text)


def _store() -> ProfileStore:
    return ProfileStore()


def _read_stdin_password() -> str | None:
    line = sys.stdin.readline()
    return line.rstrip("\r\n") or None


def _add(args: argparse.Namespace, runtime: Runtime) -> int:
    profile = ConnectionProfile(
        name=args.name,
        host=args.host,
        port=args.port,
        database=args.database,
        user=args.user,
        ca_file=args.ca_file,
    )
    profile = _store().save(profile)
    emit(f"Profil « {profile.name} » enregistré : {profile.describe()}")
    if profile.warning:
        emit(f"Attention : {profile.warning}")
    if args.password_stdin:
        _remember(profile, _read_stdin_password())
    return 0


def _remember(profile: ConnectionProfile, password: str | None) -> None:
    from gusp_desktop.credentials import CredentialError, secure_store_or_none

    store = secure_store_or_none()
    if store is None:
        emit(NO_KEYRING)
        return
    if not password:
        return
    try:
        store.set(profile.secret_key, password)
    except CredentialError as exc:
        emit(f"{exc} Le mot de passe sera demandé à chaque connexion.")
        return
    emit(f"Mot de passe conservé dans le trousseau ({store.description}).")


def _list(args: argparse.Namespace, runtime: Runtime) -> int:
    store = _store()
    active = store.active()
    records = [
        {
            "active": "*" if active and p.name == active.name else "",
            "name": p.name,
            "server": f"{p.host}:{p.port}",
            "database": p.database,
            "user": p.user,
            "sslmode": p.sslmode,
        }
        for p in store.profiles()
    ]
    emit(render(records, PROFILE_COLUMNS, args.format))
    return 0


def _test(args: argparse.Namespace, runtime: Runtime) -> int:
    profile = _store().get(args.name)
    emit(f"Profil « {profile.name} » : {profile.describe()}")
    if profile.warning:
        emit(f"Attention : {profile.warning}")
    password = _read_stdin_password() if args.password_stdin else _stored_password(profile)
    result = diagnose(profile, password)
    needs_password = result.verdict in (Verdict.PASSWORD_REQUIRED, Verdict.AUTH_FAILED)
    if needs_password and not args.password_stdin:
        typed = terminal_password_prompt(result.message)
        if typed:
            result = diagnose(profile, typed)
    _print_diagnosis(result)
    return 0 if result.ok else 1


def _stored_password(profile: ConnectionProfile) -> str | None:
    from gusp_desktop.credentials import default_secret_store

    return default_secret_store().get(profile.secret_key)


def _print_diagnosis(result: Diagnosis) -> None:
    stream = sys.stdout if result.ok else sys.stderr
    stream.write(f"{'OK' if result.ok else 'Échec'} : {result.message}\n")
    if result.detail:
        stream.write(f"  ({result.detail})\n")
    stream.flush()


def _use(args: argparse.Namespace, runtime: Runtime) -> int:
    store = _store()
    if args.local:
        store.set_active(None)
        emit("Base utilisée par défaut : le fichier local.")
        return 0
    store.set_active(args.name)
    profile = store.get(args.name)
    emit(f"Base utilisée par défaut : profil « {profile.name} » ({profile.describe()}).")
    if profile.warning:
        emit(f"Attention : {profile.warning}")
    return 0


def _remove(args: argparse.Namespace, runtime: Runtime) -> int:
    store = _store()
    profile = store.get(args.name)
    store.remove(args.name)
    from gusp_desktop.credentials import secure_store_or_none

    keyring_store = secure_store_or_none()
    if keyring_store is not None:
        keyring_store.delete(profile.secret_key)
    emit(f"Profil « {profile.name} » supprimé.")
    return 0
