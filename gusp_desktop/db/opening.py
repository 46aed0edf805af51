"""Opening the local database for work: check it, back it up, bring its schema up to date.

The order matters. A damaged file is refused before anything is written, and before a backup
could push good copies out of the rotation; the day's backup is taken before a migration can
change the file; a read-only file is used as it is, and says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from gusp_desktop.db import local, migrate
from gusp_desktop.db.backups import Backup, BackupStore
from gusp_desktop.db.engine import is_read_only
from gusp_desktop.domain.errors import DatabaseReadOnlyError, GuspError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenReport:
    """What opening the local file did, for the front ends to tell the user."""

    path: Path
    state: migrate.SchemaState
    read_only: bool
    backup: Backup | None = None
    backup_problem: str | None = None

    @property
    def created(self) -> bool:
        return self.state is migrate.SchemaState.EMPTY

    def notices(self) -> list[str]:
        """French sentences worth showing (nothing when all is ordinary)."""
        notices = []
        if self.created:
            notices.append(f"Nouvelle base de données créée : {self.path}")
        if self.read_only:
            notices.append(
                f"Base ouverte en lecture seule ({self.path}) : le fichier ou son dossier ne "
                "peut pas être modifié, aucune modification ne sera enregistrée."
            )
        if self.backup_problem:
            notices.append(f"Sauvegarde automatique impossible : {self.backup_problem}")
        return notices


def prepare_local(engine: Engine, backups: BackupStore | None) -> OpenReport:
    """Quick check, daily backup, then schema creation or upgrade of a local SQLite file."""
    path = Path(str(engine.url.database))
    local.refuse_if_damaged(path)
    state = migrate.schema_state(engine)
    backup, problem = None, None
    if backups is not None and state in (migrate.SchemaState.CURRENT, migrate.SchemaState.OLDER):
        try:
            backup = backups.take_daily(path)
        except (GuspError, OSError) as exc:  # a backup must never stop the day's work
            problem = exc.message if isinstance(exc, GuspError) else str(exc)
            log.warning("Sauvegarde quotidienne impossible : %s", problem)
    if is_read_only(engine):
        if state is not migrate.SchemaState.CURRENT:
            raise DatabaseReadOnlyError(
                f"La base « {path} » doit être mise à jour, mais elle est en lecture seule : "
                "copiez-la dans un dossier modifiable."
            )
        return OpenReport(path, state, True, backup, problem)
    if state is not migrate.SchemaState.CURRENT:  # upgrade() judges the state once more
        migrate.upgrade(engine, backups)
    return OpenReport(path, state, False, backup, problem)
