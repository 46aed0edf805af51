"""The local SQLite file, looked at before SQLite is allowed to touch it.

Opening a file through the engine sets pragmas, and ``journal_mode = WAL`` rewrites the file
header: a spreadsheet's or another program's SQLite file would be modified before we even knew
it was not ours. So the file is first read through a separate read-only connection: its
header, its tables, and (for files small enough to check in a blink) ``PRAGMA quick_check``.
A folder the user cannot write to gets a read-only engine instead of a failure: the data can
still be read, and writes are refused with a French message.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gusp_desktop.db.errors import CORRUPTION_ADVICE, domain_error
from gusp_desktop.domain.errors import (
    DatabaseCorruptError,
    DatabaseUnavailableError,
    GuspError,
    Message,
)

SQLITE_HEADER = b"SQLite format 3\x00"
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024
_VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class LocalFile:
    """What was found at a local database path."""

    path: Path
    exists: bool
    tables: frozenset[str]
    read_only: bool

    @property
    def is_new(self) -> bool:
        """No file yet, or a file without any table: a database will be created."""
        return not self.tables


def examine(path: Path) -> LocalFile:
    """Look at ``path`` without writing anything; refuse what is not a GUSP Desktop database.

    Raises :class:`DatabaseUnavailableError` for a missing folder, a folder or device given as
    the file, or another program's SQLite file; :class:`DatabaseCorruptError` for a file that
    is not SQLite or whose structure is damaged.
    """
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseUnavailableError(
            Message(
                "Le dossier « {folder} » n'existe pas : créez-le d'abord ou choisissez un autre "
                "fichier de base de données. Rien n'a été créé.",
                folder=str(folder),
            )
        )
    if path.is_dir():
        raise DatabaseUnavailableError(
            Message("« {path} » est un dossier, pas un fichier de base.", path=str(path))
        )
    if path.exists() and not path.is_file():
        raise DatabaseUnavailableError(
            Message("« {path} » n'est pas un fichier ordinaire.", path=str(path))
        )
    read_only = not _writable(path)
    if not path.exists() or path.stat().st_size == 0:
        if read_only:
            raise DatabaseUnavailableError(
                f"Impossible de créer une base dans « {folder} » : ce dossier est en lecture seule."
            )
        return LocalFile(path, path.exists(), frozenset(), read_only=False)
    _check_header(path)
    tables = _table_names(path, read_only)
    if tables and _VERSION_TABLE not in tables:
        shown = ", ".join(sorted(tables)[:5]) + ("…" if len(tables) > 5 else "")
        raise DatabaseUnavailableError(
            f"Le fichier « {path} » est une base SQLite d'un autre programme (tables : {shown}) : "
            "GUSP Desktop ne l'a pas modifié. Choisissez un autre fichier."
        )
    return LocalFile(path, True, tables, read_only)


def _writable(path: Path) -> bool:
    """Can SQLite write here? The file itself, and its folder (journal and WAL files)."""
    if not os.access(path.parent, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnavailableError(
            Message(
                "Impossible de lire le fichier « {path} » ({reason}).",
                path=str(path),
                reason=str(exc.strerror),
            )
        ) from exc
    if header != SQLITE_HEADER:
        raise DatabaseCorruptError(
            Message(
                "Le fichier « {path} » n'est pas une base GUSP Desktop lisible : il est endommagé "
                "ou appartient à un autre programme. Rien n'a été modifié. {advice}",
                path=str(path),
                advice=Message(CORRUPTION_ADVICE),
            )
        )


def read_only_uri(path: Path, read_only_folder: bool) -> str:
    """URI opening ``path`` without writing.

    In a folder nobody may write to, SQLite cannot create the WAL index it needs to read a WAL
    database; when no such file is there, the file is opened as immutable (nobody else can
    change it either, since the folder is read-only).
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if read_only_folder and not shm.exists():
        uri += "&immutable=1"
    return uri


@contextlib.contextmanager
def inspection(path: Path, read_only: bool | None = None) -> Iterator[sqlite3.Connection]:
    """A read-only connection to ``path``; its driver errors become French domain errors."""
    read_only_folder = not os.access(path.parent, os.W_OK) if read_only is None else read_only
    try:
        conn = sqlite3.connect(read_only_uri(path, read_only_folder), uri=True)
    except sqlite3.Error as exc:
        raise _french(exc, path) from exc
    try:
        yield conn
    except sqlite3.Error as exc:
        raise _french(exc, path) from exc
    finally:
        conn.close()


def _french(error: sqlite3.Error, path: Path) -> GuspError:
    return domain_error(error, where=str(path)) or DatabaseUnavailableError(
        Message(
            "Impossible de lire la base « {path} » : {reason}", path=str(path), reason=str(error)
        )
    )


def _table_names(path: Path, read_only: bool) -> frozenset[str]:
    with inspection(path, read_only) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return frozenset(str(name) for (name,) in rows if not str(name).startswith("sqlite_"))


def quick_check(path: Path, *, full: bool = False) -> list[str]:
    """Problems SQLite finds in the file's structure (empty when sound).

    ``full`` runs ``integrity_check`` (also compares every index with its table) instead of
    ``quick_check``. A file SQLite cannot even read yields its French diagnosis.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        with inspection(path) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
            if full:
                rows += [
                    (f"clé étrangère rompue : {table} ligne {rowid} → {parent}",)
                    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
                ]
    except GuspError as exc:
        return [exc.message]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def refuse_if_damaged(path: Path) -> None:
    """Run the quick check on a small file; a damaged one is refused before anything is written.

    Large files skip it (it reads every page): their damage still surfaces as SQLITE_CORRUPT
    on the pages actually read, and ``db check`` examines them on demand.
    """
    if not path.is_file() or path.stat().st_size > QUICK_CHECK_MAX_BYTES:
        return
    problems = quick_check(path)
    if problems:
        raise DatabaseCorruptError(
            f"La base « {path} » est endommagée ({problems[0]}) : rien n'a été écrit. "
            f"{CORRUPTION_ADVICE}"
        )
