"""``db check``, ``db backup``, ``db backups`` and ``db restore``: the local file's health.

These commands work on the file itself and never open it through the engine, so that they
still answer when the database is damaged: that is precisely when they are needed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gusp_desktop.cli.output import FORMATS, emit, render
from gusp_desktop.domain.errors import DatabaseUnavailableError, GuspError, NotFoundError

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime

BACKUP_COLUMNS = [("number", "N°"), ("taken_at", "Date"), ("reason", "Motif"), ("size", "Taille")]
CONFIRMATION = "oui"


def register(db_commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the subcommands to ``db``."""
    check = db_commands.add_parser("check", help="vérifie l'intégrité de la base locale")
    check.set_defaults(handler=_check)
    backup = db_commands.add_parser("backup", help="sauvegarde la base locale maintenant")
    backup.set_defaults(handler=_backup)
    listing = db_commands.add_parser("backups", help="liste les sauvegardes de la base locale")
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.set_defaults(handler=_backups)
    restore = db_commands.add_parser("restore", help="remplace la base locale par une sauvegarde")
    restore.add_argument(
        "backup", metavar="SAUVEGARDE", help="numéro (voir « db backups ») ou fichier"
    )
    restore.add_argument(
        "--yes", action="store_true", help="ne pas demander de confirmation (scripts)"
    )
    restore.set_defaults(handler=_restore)


def _local_path(runtime: Runtime) -> Path:
    if runtime.is_shared:
        raise DatabaseUnavailableError(
            "Cette commande concerne la base locale. Un serveur partagé se sauvegarde et se "
            "vérifie avec les outils du serveur (pg_dump, pg_restore)."
        )
    return Path(str(runtime.url.database))


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise NotFoundError(f"Base introuvable : {path}")
    return path


def _check(args: argparse.Namespace, runtime: Runtime) -> int:
    from gusp_desktop.db import local
    from gusp_desktop.db.errors import CORRUPTION_ADVICE

    path = _existing(_local_path(runtime))
    local.examine(path)
    problems = local.quick_check(path, full=True)
    if not problems:
        emit(f"Base intègre : {path}")
        return 0
    emit(f"Base endommagée : {path}")
    for problem in problems[:20]:
        emit(f"  - {problem}")
    if len(problems) > 20:
        emit(f"  … et {len(problems) - 20} autre(s) problème(s)")
    sys.stderr.write(f"Erreur : la base est endommagée. {CORRUPTION_ADVICE}\n")
    return 1


def _backup(args: argparse.Namespace, runtime: Runtime) -> int:
    from gusp_desktop.db import local
    from gusp_desktop.db.backups import MANUAL

    path = _existing(_local_path(runtime))
    local.examine(path)
    local.refuse_if_damaged(path)
    backup = runtime.backups.take(path, MANUAL)
    emit(f"Sauvegarde enregistrée : {backup.path}")
    return 0


def _backups(args: argparse.Namespace, runtime: Runtime) -> int:
    path = _local_path(runtime)
    records = [
        {
            "number": index,
            "taken_at": backup.taken_at.replace(microsecond=0),
            "reason": backup.reason_label,
            "size": f"{backup.size / 1024:.0f} Kio",
            "file": str(backup.path),
        }
        for index, backup in enumerate(runtime.backups.entries(), start=1)
    ]
    emit(render(records, BACKUP_COLUMNS, args.format))
    if args.format == "table":
        emit(f"Base : {path}\nDossier des sauvegardes : {runtime.backups.folder}")
    return 0


def _restore(args: argparse.Namespace, runtime: Runtime) -> int:
    from gusp_desktop.db import restore

    path = _local_path(runtime)
    backup = runtime.backups.find(args.backup)
    report = restore.assess(backup, path)
    for line in report.lines():
        emit(line)
    if not args.yes and not _confirmed():
        emit("Restauration annulée : rien n'a été modifié.")
        return 1
    kept = restore.restore(report, path, runtime.backups)
    emit(f"Base restaurée depuis {backup.path.name}.")
    if kept is not None:
        emit(f"L'ancienne base est gardée : {kept}")
    return 0


def _confirmed() -> bool:
    if not sys.stdin.isatty():
        raise GuspError(
            "Confirmation requise : relancez dans un terminal, ou ajoutez --yes après avoir lu "
            "ce qui sera perdu."
        )
    sys.stdout.write(f"Restaurer cette sauvegarde ? Tapez « {CONFIRMATION} » pour confirmer : ")
    sys.stdout.flush()
    return sys.stdin.readline().strip().lower() == CONFIRMATION
