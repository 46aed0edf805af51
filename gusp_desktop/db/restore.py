"""Bringing a backup back over the local database, after saying what will be lost.

What is lost is measured, not guessed: the audit trail of the current file lists every change
after the backup's last event, and row counts per table show the difference. A current file
too damaged to be read is said to be so. Before replacing anything the current file is itself
kept: as a normal backup when it is sound, as a raw copy when it is damaged. The replacement
happens under a temporary name in the database's folder and is renamed over it; the old WAL
files are removed first, since SQLite would otherwise replay them onto the restored file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from gusp_desktop.db import local
from gusp_desktop.db.backups import BEFORE_RESTORE, Backup, BackupStore
from gusp_desktop.domain.errors import DatabaseCorruptError, GuspError
from gusp_desktop.privacy import create_private_file

_COUNTED = ("action", "action_update", "seance", "agenda_item", "contact", "organisation")
_COUNTED_LABELS = {
    "action": "actions",
    "action_update": "points de suivi",
    "seance": "séances",
    "agenda_item": "points d'ordre du jour",
    "contact": "contacts",
    "organisation": "organisations",
}


@dataclass(frozen=True)
class Snapshot:
    """What a database file holds, for comparison: audit events and a few row counts."""

    events: int
    last_event: tuple[dt.datetime, str] | None
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class LossReport:
    """What restoring ``backup`` over the current file would undo."""

    backup: Backup
    current: Snapshot | None
    restored: Snapshot
    current_problem: str | None = None

    def lines(self) -> list[str]:
        """The confirmation text, in French, one sentence per line."""
        lines = [f"La base actuelle sera remplacée par la {self.backup.describe()}."]
        if self.current is None:
            lines.append(
                "La base actuelle est illisible"
                + (f" ({self.current_problem})" if self.current_problem else "")
                + " : ce qui y a été enregistré depuis cette sauvegarde sera perdu ; une copie "
                "brute en est gardée dans le dossier des sauvegardes."
            )
            return lines
        lost = self.current.events - self.restored.events
        if lost > 0 and self.current.last_event is not None:
            at, author = self.current.last_event
            lines.append(
                f"Seront perdues les modifications faites depuis : {lost} événement(s) du "
                f"journal, le dernier le {at.astimezone():%d/%m/%Y à %H:%M} par {author}."
            )
        elif lost <= 0:
            lines.append("Aucune modification enregistrée depuis cette sauvegarde ne sera perdue.")
        for table, label in _COUNTED_LABELS.items():
            now, then = self.current.counts.get(table), self.restored.counts.get(table)
            if now is not None and then is not None and now != then:
                lines.append(f"  {label} : {now} aujourd'hui, {then} après restauration")
        lines.append("La base actuelle est d'abord gardée comme sauvegarde « avant restauration ».")
        return lines


def _snapshot(path: Path) -> Snapshot:
    with local.inspection(path) as conn:
        events, last_at, last_author = conn.execute(
            "SELECT count(*), max(at), (SELECT author FROM audit_event ORDER BY id DESC LIMIT 1) "
            "FROM audit_event"
        ).fetchone()
        counts = {
            table: int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table in _COUNTED
        }
    last = None
    if last_at is not None:
        moment = dt.datetime.fromisoformat(str(last_at))
        last = (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC), str(last_author))
    return Snapshot(int(events), last, counts)


def assess(backup: Backup, target: Path) -> LossReport:
    """What restoring ``backup`` over ``target`` would lose; refuses an unusable backup."""
    if not backup.restorable:
        raise GuspError(
            f"« {backup.path.name} » est la copie brute d'une base endommagée : elle ne peut "
            "pas être restaurée."
        )
    problems = local.quick_check(backup.path, full=True)
    if problems:
        raise DatabaseCorruptError(
            f"La sauvegarde « {backup.path.name} » n'est pas intègre ({problems[0]}) : "
            "choisissez-en une autre."
        )
    try:
        restored = _snapshot(backup.path)
    except GuspError as exc:
        raise GuspError(
            f"« {backup.path.name} » n'est pas une sauvegarde de GUSP Desktop ({exc.message})."
        ) from exc
    if not target.exists():
        return LossReport(backup, None, restored, "fichier absent")
    current_problems = local.quick_check(target)
    if current_problems:
        return LossReport(backup, None, restored, current_problems[0])
    try:
        current = _snapshot(target)
    except GuspError as exc:
        return LossReport(backup, None, restored, exc.message)
    return LossReport(backup, current, restored)


def restore(report: LossReport, target: Path, store: BackupStore) -> Path | None:
    """Replace ``target`` by the backup of ``report``; returns where the old file was kept."""
    kept: Path | None = None
    if target.exists():
        if report.current is not None:
            kept = store.take(target, BEFORE_RESTORE).path
        else:
            kept = store.keep_damaged_copy(target)
    temporary = target.with_name(f".{target.name}.restauration.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        create_private_file(temporary)
        with local.inspection(report.backup.path) as reader:
            writer = sqlite3.connect(temporary)
            try:
                reader.backup(writer)
                writer.execute("PRAGMA journal_mode = DELETE")
            finally:
                writer.close()
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                target.with_name(target.name + suffix).unlink()
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return kept
