"""Automatic backups of the local database, and bringing one back.

A backup is a consistent copy taken with SQLite's online backup API (``Connection.backup``):
it includes what is still in the WAL file and is never a half-written page, even while the
window is writing. Copies are taken on the first opening of each day and before every
migration, checked with ``integrity_check``, written under a temporary name and renamed, so a
backup in the folder is always complete. Retention keeps the newest copy of each of the last
``daily`` days, then the newest of each of the ``weekly`` weeks before them; the latest copy
taken before a migration or a restoration is always kept. A damaged database is never backed
up over good copies.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from gusp_desktop.db import local
from gusp_desktop.domain.errors import DatabaseCorruptError, GuspError, Message, NotFoundError
from gusp_desktop.privacy import create_private_file, private_file, private_folder

log = logging.getLogger(__name__)

BACKUPS_DIRNAME = "sauvegardes"
DAILY_ENV = "GUSP_BACKUP_DAYS"
WEEKLY_ENV = "GUSP_BACKUP_WEEKS"
DAILY = "quotidienne"
BEFORE_MIGRATION = "avant-migration"
BEFORE_RESTORE = "avant-restauration"
MANUAL = "manuelle"
DAMAGED = "endommagee"
REASON_LABELS = {
    DAILY: "quotidienne",
    BEFORE_MIGRATION: "avant mise à jour du schéma",
    BEFORE_RESTORE: "avant restauration",
    MANUAL: "manuelle",
    DAMAGED: "copie brute d'une base endommagée",
}
_ALWAYS_KEPT = (BEFORE_MIGRATION, BEFORE_RESTORE, DAMAGED)
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.sqlite3$"
)
Clock = Callable[[], dt.datetime]


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


@dataclass(frozen=True)
class RetentionPolicy:
    """How many days, then weeks, of backups to keep."""

    daily: int = 7
    weekly: int = 4

    @classmethod
    def from_environment(cls, env: Mapping[str, str] | None = None) -> RetentionPolicy:
        """``GUSP_BACKUP_DAYS`` and ``GUSP_BACKUP_WEEKS`` (whole numbers), else 7 and 4."""
        values = os.environ if env is None else env
        return cls(
            daily=_count(values.get(DAILY_ENV), cls.daily, DAILY_ENV),
            weekly=_count(values.get(WEEKLY_ENV), cls.weekly, WEEKLY_ENV),
        )


def _count(raw: str | None, default: int, name: str) -> int:
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if not 0 <= value <= 3650:
        raise GuspError(f"{name} doit être un nombre entier entre 0 et 3650 (reçu : « {raw} »).")
    return value


@dataclass(frozen=True)
class Backup:
    """One backup file."""

    path: Path
    taken_at: dt.datetime
    reason: str
    size: int

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)

    @property
    def restorable(self) -> bool:
        return self.reason != DAMAGED

    def describe(self) -> str:
        """« sauvegarde quotidienne du 12/06/2025 à 09:14 »."""
        return f"sauvegarde {self.reason_label} du {self.taken_at:%d/%m/%Y à %H:%M}"


class BackupStore:
    """The backups of one local database, in their own folder of the data directory."""

    def __init__(
        self, folder: Path, policy: RetentionPolicy | None = None, clock: Clock = _now
    ) -> None:
        self.folder = folder
        self.policy = policy or RetentionPolicy()
        self.clock = clock

    @classmethod
    def for_database(
        cls, data_dir: Path, database: Path, policy: RetentionPolicy | None = None
    ) -> BackupStore:
        """The folder of ``database``'s backups: its name plus a digest of its full path, so
        two files with the same name never share backups."""
        resolved = str(Path(database).resolve())
        digest = hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:8]
        return cls(data_dir / BACKUPS_DIRNAME / f"{Path(database).stem}-{digest}", policy)

    # -- reading ---------------------------------------------------------------------------

    def entries(self) -> list[Backup]:
        """Every backup, newest first."""
        if not self.folder.is_dir():
            return []
        found = [b for b in (_parse(p) for p in self.folder.iterdir()) if b is not None]
        return sorted(found, key=lambda b: (b.taken_at, _sequence(b.path)), reverse=True)

    def find(self, key: str) -> Backup:
        """A backup by its number in :meth:`entries` (1 = newest), its file name or its path."""
        backups = self.entries()
        key = key.strip()
        if key.isdigit() and 1 <= int(key) <= len(backups):
            return backups[int(key) - 1]
        for backup in backups:
            if key in (backup.path.name, str(backup.path)):
                return backup
        candidate = Path(key)
        if candidate.is_file():
            parsed = _parse(candidate)
            if parsed is not None:
                return parsed
            return Backup(candidate, _mtime(candidate), MANUAL, candidate.stat().st_size)
        raise NotFoundError(
            Message(
                "Sauvegarde « {key} » introuvable : « gusp-desktop db backups » liste les "
                "sauvegardes par numéro.",
                key=key,
            )
        )

    def has_backup_of_day(self, day: dt.date) -> bool:
        return any(b.taken_at.date() == day and b.restorable for b in self.entries())

    # -- writing ---------------------------------------------------------------------------

    def take(self, source: Path, reason: str) -> Backup:
        """A checked, consistent copy of ``source``; then old copies are pruned."""
        private_folder(self.folder)
        moment = self.clock()
        final = self._free_name(Path(source).stem, moment, reason)
        temporary = final.with_name(f".{final.name}.tmp")
        try:
            create_private_file(temporary)
            _online_copy(Path(source), temporary)
            _fsync(temporary)
            os.replace(temporary, final)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
        _fsync_folder(self.folder)
        log.info("Sauvegarde %s : %s", reason, final)
        backup = Backup(final, moment, reason, final.stat().st_size)
        self.prune(keep=backup)
        return backup

    def take_daily(self, source: Path) -> Backup | None:
        """The day's backup, unless one was already taken today."""
        if self.has_backup_of_day(self.clock().date()):
            return None
        return self.take(source, DAILY)

    def keep_damaged_copy(self, source: Path) -> Path:
        """Raw bytes of a damaged file (and its WAL), kept for a specialist; not restorable."""
        private_folder(self.folder)
        final = self._free_name(Path(source).stem, self.clock(), DAMAGED)
        shutil.copyfile(source, final)
        private_file(final)
        wal = source.with_name(source.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, final.with_name(final.name + "-wal"))
            private_file(final.with_name(final.name + "-wal"))
        return final

    def prune(self, keep: Backup | None = None) -> list[Path]:
        """Delete the backups the retention policy no longer keeps; returns them."""
        backups = self.entries()
        kept = _retained(backups, self.policy)
        if keep is not None:
            kept.add(keep.path)
        removed = [b.path for b in backups if b.path not in kept]
        for path in removed:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + "-wal").unlink()
        return removed

    def _free_name(self, stem: str, moment: dt.datetime, reason: str) -> Path:
        stamp = moment.strftime("%Y%m%d-%H%M%S")
        candidate = self.folder / f"{stem}-{stamp}-{reason}.sqlite3"
        counter = 2
        while candidate.exists():
            candidate = self.folder / f"{stem}-{stamp}-{counter}-{reason}.sqlite3"
            counter += 1
        return candidate


def _parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    try:
        naive = dt.datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return Backup(path, naive.astimezone(), match.group("reason"), path.stat().st_size)


def _mtime(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()


def _sequence(path: Path) -> int:
    """A copy's rank among those taken within the same second (« -2 », « -3 »… in its name):
    the later one is the newer, whatever the names' alphabetical order says."""
    match = _NAME.match(path.name)
    return int(match["n"]) if match and match["n"] else 1


def _retained(backups: list[Backup], policy: RetentionPolicy) -> set[Path]:
    """Newest of each of the last ``daily`` days, then of each of ``weekly`` earlier weeks,
    plus the newest copy of each kind that is always kept."""
    kept: set[Path] = set()
    days: list[dt.date] = []
    for backup in backups:  # newest first
        day = backup.taken_at.date()
        if backup.reason in (DAILY, MANUAL) and day not in days and len(days) < policy.daily:
            days.append(day)
            kept.add(backup.path)
    oldest_day = days[-1] if days else None
    weeks: list[tuple[int, int]] = []
    for backup in backups:
        if backup.reason not in (DAILY, MANUAL) or backup.path in kept:
            continue
        if oldest_day is not None and backup.taken_at.date() >= oldest_day:
            continue
        week = backup.taken_at.isocalendar()[:2]
        if week not in weeks and len(weeks) < policy.weekly:
            weeks.append(week)
            kept.add(backup.path)
    for reason in _ALWAYS_KEPT:
        newest = next((b for b in backups if b.reason == reason), None)
        if newest is not None:
            kept.add(newest.path)
    return kept


def _online_copy(source: Path, target: Path) -> None:
    """Copy with the online backup API, then check the copy before it may be used."""
    with local.inspection(source) as reader:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            problems = [str(row[0]) for row in writer.execute("PRAGMA integrity_check")]
        finally:
            writer.close()
    os.chmod(target, 0o600)
    if problems != ["ok"]:
        raise DatabaseCorruptError(
            f"La copie de sauvegarde de « {source} » n'est pas intègre ({problems[0]}) : "
            "la base est probablement endommagée ; aucune sauvegarde n'a été remplacée."
        )


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
