"""What went wrong in the database, told from the driver's error codes, never its wording.

SQLite reports an extended result code (``sqlite3.Error.sqlite_errorcode``, e.g.
``SQLITE_CONSTRAINT_UNIQUE``) and PostgreSQL a SQLSTATE (``psycopg.Error.sqlstate``, e.g.
``23505``). Messages change with versions and locales; codes do not. :func:`classify` maps both
to one :class:`DbFault`, and :func:`domain_error` turns a fault the user can act on into the
domain error carrying its French message. Anything else (a programming error) is left alone so
it reaches the crash report instead of being disguised as an environment problem.

PostgreSQL's connection failures carry no SQLSTATE (libpq reports them before any session
exists); for those only, the libpq text is read, as the last resort it is.
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Callable

from gusp_desktop.domain.errors import (
    DatabaseCorruptError,
    DatabaseReadOnlyError,
    DatabaseUnavailableError,
    GuspError,
    Message,
    PermissionDeniedError,
    ValidationError,
)


class DbFault(enum.Enum):
    """Kinds of database failure, independent of the engine."""

    UNIQUE = "unique"
    FOREIGN_KEY = "foreign_key"
    NOT_NULL = "not_null"
    CHECK = "check"
    CONSTRAINT = "constraint"
    BUSY = "busy"
    READ_ONLY = "read_only"
    PRIVILEGE = "privilege"
    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not_a_database"
    CANNOT_OPEN = "cannot_open"
    DISK_FULL = "disk_full"
    IO = "io"
    CONNECTION = "connection"
    AUTHENTICATION = "authentication"
    MISSING_DATABASE = "missing_database"
    SERIALIZATION = "serialization"
    OTHER = "other"


# SQLite: extended codes first (exact), then primary codes (the low byte).
_SQLITE_EXTENDED = {
    sqlite3.SQLITE_CONSTRAINT_UNIQUE: DbFault.UNIQUE,
    sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY: DbFault.UNIQUE,
    sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY: DbFault.FOREIGN_KEY,
    sqlite3.SQLITE_CONSTRAINT_NOTNULL: DbFault.NOT_NULL,
    sqlite3.SQLITE_CONSTRAINT_CHECK: DbFault.CHECK,
    sqlite3.SQLITE_IOERR_NOMEM: DbFault.IO,
}
_SQLITE_PRIMARY = {
    sqlite3.SQLITE_CONSTRAINT: DbFault.CONSTRAINT,
    sqlite3.SQLITE_BUSY: DbFault.BUSY,
    sqlite3.SQLITE_LOCKED: DbFault.BUSY,
    sqlite3.SQLITE_READONLY: DbFault.READ_ONLY,
    sqlite3.SQLITE_PERM: DbFault.PRIVILEGE,
    sqlite3.SQLITE_AUTH: DbFault.PRIVILEGE,
    sqlite3.SQLITE_CORRUPT: DbFault.CORRUPT,
    sqlite3.SQLITE_NOTADB: DbFault.NOT_A_DATABASE,
    sqlite3.SQLITE_CANTOPEN: DbFault.CANNOT_OPEN,
    sqlite3.SQLITE_FULL: DbFault.DISK_FULL,
    sqlite3.SQLITE_IOERR: DbFault.IO,
    sqlite3.SQLITE_NOLFS: DbFault.IO,
}

# PostgreSQL: exact SQLSTATEs first, then their two-character class.
_SQLSTATE = {
    "23505": DbFault.UNIQUE,
    "23503": DbFault.FOREIGN_KEY,
    "23502": DbFault.NOT_NULL,
    "23514": DbFault.CHECK,
    "42501": DbFault.PRIVILEGE,
    "25006": DbFault.READ_ONLY,
    "40001": DbFault.SERIALIZATION,
    "40P01": DbFault.SERIALIZATION,
    "55P03": DbFault.BUSY,
    "57014": DbFault.BUSY,  # statement timeout / cancelled
    "53100": DbFault.DISK_FULL,
    "3D000": DbFault.MISSING_DATABASE,
    "28000": DbFault.AUTHENTICATION,
    "28P01": DbFault.AUTHENTICATION,
    "XX001": DbFault.CORRUPT,
    "XX002": DbFault.CORRUPT,
}
_SQLSTATE_CLASS = {
    "23": DbFault.CONSTRAINT,
    "08": DbFault.CONNECTION,
    "57": DbFault.CONNECTION,  # operator intervention: server shut down, restarted
    "53": DbFault.DISK_FULL,
    "58": DbFault.IO,
    "28": DbFault.AUTHENTICATION,
}


def driver_error(error: BaseException) -> BaseException:
    """The DBAPI exception behind a SQLAlchemy wrapper (or the error itself)."""
    original = getattr(error, "orig", None)
    return original if isinstance(original, BaseException) else error


def classify(error: BaseException) -> DbFault:
    """The kind of failure, from SQLite's result code or PostgreSQL's SQLSTATE."""
    original = driver_error(error)
    if isinstance(original, sqlite3.Error):
        return _classify_sqlite(original)
    sqlstate = getattr(original, "sqlstate", None)
    if isinstance(sqlstate, str) and sqlstate:
        return _SQLSTATE.get(sqlstate) or _SQLSTATE_CLASS.get(sqlstate[:2], DbFault.OTHER)
    if _is_connection_error(original) or getattr(error, "connection_invalidated", False):
        return _classify_libpq_connection(str(original))
    return DbFault.OTHER


def _classify_sqlite(error: sqlite3.Error) -> DbFault:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        # Raised by the sqlite3 module itself (closed database, wrong usage): not a file fault.
        return DbFault.OTHER
    return _SQLITE_EXTENDED.get(code) or _SQLITE_PRIMARY.get(code & 0xFF, DbFault.OTHER)


def _is_connection_error(error: BaseException) -> bool:
    module = type(error).__module__
    return module.startswith("psycopg") and type(error).__name__ == "OperationalError"


def _classify_libpq_connection(message: str) -> DbFault:
    text = message.lower()
    if "authentication failed" in text or ("role" in text and "does not exist" in text):
        return DbFault.AUTHENTICATION
    if "database" in text and "does not exist" in text:
        return DbFault.MISSING_DATABASE
    return DbFault.CONNECTION


def is_corruption(error: BaseException) -> bool:
    """True when the file is damaged or is not a database at all."""
    return classify(error) in (DbFault.CORRUPT, DbFault.NOT_A_DATABASE)


CORRUPTION_ADVICE = (
    "Restaurez une sauvegarde automatique (« gusp-desktop db backups » puis "
    "« gusp-desktop db restore SAUVEGARDE », ou Fichier > Sauvegardes dans la fenêtre)."
)


def domain_error(error: BaseException, *, where: str = "") -> GuspError | None:
    """The French domain error for a fault the user can act on; None for a bug.

    ``where`` names the database (file or server) in messages about access to it.
    """
    fault = classify(error)
    place = f" ({where})" if where else ""
    builder = _BUILDERS.get(fault)
    return builder(error, place) if builder else None


Builder = Callable[[BaseException, str], GuspError]


def _constraint(message: str) -> Builder:
    return lambda _error, _place: ValidationError({"_": message})


def _unavailable(message: str) -> Builder:
    return lambda error, place: DatabaseUnavailableError(Message(message, place=place))


def _corrupt(error: BaseException, place: str) -> GuspError:
    return DatabaseCorruptError(
        Message(
            "La base de données est endommagée{place} : rien n'a été écrit. {advice}",
            place=place,
            advice=Message(CORRUPTION_ADVICE),
        )
    )


def _not_a_database(error: BaseException, place: str) -> GuspError:
    return DatabaseCorruptError(
        Message(
            "Ce fichier n'est pas une base GUSP Desktop lisible{place} : il est endommagé ou "
            "appartient à un autre programme. Rien n'a été modifié. {advice}",
            place=place,
            advice=Message(CORRUPTION_ADVICE),
        )
    )


def _read_only(error: BaseException, place: str) -> GuspError:
    return DatabaseReadOnlyError(
        Message(
            "La base est en lecture seule{place} : la modification n'a pas été enregistrée. "
            "Vérifiez les droits du fichier et de son dossier.",
            place=place,
        )
    )


def _privilege(error: BaseException, place: str) -> GuspError:
    return PermissionDeniedError(
        Message(
            "Le serveur refuse cette opération{place} : votre compte est en lecture seule ou "
            "n'a pas le privilège nécessaire. Demandez-le au propriétaire de la base.",
            place=place,
        )
    )


def _unreachable(error: BaseException, place: str) -> GuspError:
    lines = str(driver_error(error)).strip().splitlines()
    if not lines:
        return DatabaseUnavailableError(Message("Serveur injoignable{place}", place=place))
    return DatabaseUnavailableError(
        Message("Serveur injoignable{place} : {detail}", place=place, detail=lines[0])
    )


_BUILDERS: dict[DbFault, Builder] = {
    DbFault.UNIQUE: _constraint("Cette valeur existe déjà (doublon refusé)."),
    DbFault.FOREIGN_KEY: _constraint(
        "Cet élément est encore référencé ailleurs : opération refusée pour ne rien perdre."
    ),
    DbFault.NOT_NULL: _constraint("Une valeur obligatoire manque : rien n'a été enregistré."),
    DbFault.CHECK: _constraint("Valeur refusée par une règle de la base : rien n'est enregistré."),
    DbFault.CONSTRAINT: _constraint(
        "Contrainte de la base non respectée : rien n'a été enregistré."
    ),
    DbFault.BUSY: _unavailable(
        "La base est occupée par un autre programme{place} ; réessayez dans un instant."
    ),
    DbFault.SERIALIZATION: _unavailable(
        "Modification concurrente sur le serveur{place} : rien n'a été enregistré ; réessayez."
    ),
    DbFault.READ_ONLY: _read_only,
    DbFault.PRIVILEGE: _privilege,
    DbFault.CORRUPT: _corrupt,
    DbFault.NOT_A_DATABASE: _not_a_database,
    DbFault.CANNOT_OPEN: _unavailable(
        "Impossible d'ouvrir le fichier de base de données{place} : vérifiez qu'il existe et "
        "que son dossier est accessible."
    ),
    DbFault.DISK_FULL: _unavailable(
        "Disque plein{place} : la modification n'a pas été enregistrée. Libérez de la place."
    ),
    DbFault.IO: _unavailable(
        "Erreur de lecture ou d'écriture du disque{place} : rien n'a été enregistré."
    ),
    DbFault.CONNECTION: _unreachable,
    DbFault.AUTHENTICATION: _unavailable("Authentification refusée par le serveur{place}."),
    DbFault.MISSING_DATABASE: _unavailable("Cette base n'existe pas sur le serveur{place}."),
}
