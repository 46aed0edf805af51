"""Connection profiles for a shared PostgreSQL server, and the « Tester la connexion » diagnosis.

A profile says where the team's database is (host, port, database, user, CA file). Profiles live
in ``connexions.json`` in the configuration directory; passwords never do: they go to the secure
system keyring when there is one, otherwise they are asked for at each connection (the policy
of ``gusp_desktop.credentials``). Without a CA file the link is encrypted when the server offers
it (``sslmode=prefer``) but the server's identity is not checked, and the user is told so.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from gusp_desktop.db import migrate
from gusp_desktop.db.engine import make_engine
from gusp_desktop.domain.errors import (
    DatabaseUnavailableError,
    Message,
    NotFoundError,
    ValidationError,
)
from gusp_desktop.fileio import write_bytes_atomic
from gusp_desktop.paths import config_dir

PROFILES_FILE = "connexions.json"
PROFILE_PREFIX = "@"
CONNECT_TIMEOUT_S = 5
NAME_PATTERN = re.compile(r"^[\w.-]{1,40}$")
UNVERIFIED_WARNING = (
    "Connexion non vérifiée : sans certificat d'autorité (fichier CA), l'identité du serveur "
    "n'est pas contrôlée et la liaison n'est chiffrée que si le serveur le propose."
)
PasswordPrompt = Callable[[str], str | None]


@dataclass(frozen=True)
class ConnectionProfile:
    """Where a shared database is and who connects to it (never the password)."""

    name: str
    host: str
    database: str
    user: str
    port: int = 5432
    ca_file: str = ""

    @property
    def sslmode(self) -> str:
        """``verify-full`` when a CA file lets us check the server, else ``prefer``."""
        return "verify-full" if self.ca_file else "prefer"

    @property
    def verified(self) -> bool:
        """True when the server's certificate is checked against the CA file."""
        return bool(self.ca_file)

    @property
    def warning(self) -> str:
        """What the user must know about this link's security ("" when verified)."""
        return "" if self.verified else UNVERIFIED_WARNING

    @property
    def secret_key(self) -> str:
        """Keyring key: tied to the account and server, so a changed host never reuses it."""
        return f"database:{self.user}@{self.host}:{self.port}/{self.database}"

    def describe(self) -> str:
        """One line for lists and status bars."""
        return f"{self.user}@{self.host}:{self.port}/{self.database} (ssl {self.sslmode})"

    def url(self, password: str | None = None) -> URL:
        """SQLAlchemy URL of this profile (psycopg 3)."""
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query=self._options(),
        )

    def conninfo(self, password: str | None = None) -> str:
        """libpq connection string of this profile."""
        from psycopg.conninfo import make_conninfo  # psycopg only when a server is used

        return make_conninfo(
            host=self.host,
            port=self.port,
            dbname=self.database,
            user=self.user,
            password=password or None,
            **self._options(),
        )

    def _options(self) -> dict[str, str]:
        options = {"sslmode": self.sslmode, "connect_timeout": str(CONNECT_TIMEOUT_S)}
        if self.ca_file:
            options["sslrootcert"] = self.ca_file
        return options

    def validated(self) -> ConnectionProfile:
        """Trimmed copy, or ValidationError with one French message per wrong field."""
        profile = replace(
            self,
            name=self.name.strip(),
            host=self.host.strip(),
            database=self.database.strip(),
            user=self.user.strip(),
            ca_file=self.ca_file.strip(),
        )
        errors = _profile_errors(profile)
        if errors:
            raise ValidationError(errors)
        return profile


def _profile_errors(profile: ConnectionProfile) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not NAME_PATTERN.match(profile.name):
        errors["name"] = "Nom du profil : lettres, chiffres, « . », « - » ou « _ » (40 au plus)."
    if not profile.host:
        errors["host"] = "Indiquez le serveur (nom ou adresse)."
    if not 1 <= profile.port <= 65535:
        errors["port"] = "Le port doit être compris entre 1 et 65535."
    if not profile.database:
        errors["database"] = "Indiquez le nom de la base."
    if not profile.user:
        errors["user"] = "Indiquez l'utilisateur."
    if profile.ca_file and not Path(profile.ca_file).is_file():
        errors["ca_file"] = Message(
            "Fichier de certificat introuvable : {path}", path=profile.ca_file
        )
    return errors


class ProfileStore:
    """The profiles file: a list of profiles and the one in use (``active``)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / PROFILES_FILE

    def _read(self) -> dict[str, Any]:
        if not self.path.exists():
            return {"active": "", "profiles": []}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DatabaseUnavailableError(
                f"Fichier des connexions illisible : {self.path} ({exc})."
            ) from exc
        return data if isinstance(data, dict) else {"active": "", "profiles": []}

    def _write(self, data: dict[str, Any]) -> None:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        write_bytes_atomic(self.path, text.encode("utf-8"), private=True, create_parents=True)

    def profiles(self) -> list[ConnectionProfile]:
        """Every saved profile, by name."""
        found = [ConnectionProfile(**p) for p in self._read().get("profiles", [])]
        return sorted(found, key=lambda p: p.name.lower())

    def get(self, name: str) -> ConnectionProfile:
        """One profile by name, or a French NotFoundError."""
        for profile in self.profiles():
            if profile.name == name:
                return profile
        raise NotFoundError(
            Message("{what} « {code} » introuvable.", what="Profil de connexion", code=name)
        )

    def save(self, profile: ConnectionProfile) -> ConnectionProfile:
        """Add or replace a profile (validated first)."""
        profile = profile.validated()
        data = self._read()
        others = [p for p in data.get("profiles", []) if p.get("name") != profile.name]
        data["profiles"] = [*others, asdict(profile)]
        self._write(data)
        return profile

    def remove(self, name: str) -> None:
        """Forget a profile; it is no longer active either."""
        self.get(name)
        data = self._read()
        data["profiles"] = [p for p in data.get("profiles", []) if p.get("name") != name]
        if data.get("active") == name:
            data["active"] = ""
        self._write(data)

    def active(self) -> ConnectionProfile | None:
        """The profile chosen with ``connect use``, or None for the local file."""
        name = self._read().get("active") or ""
        found = [p for p in self.profiles() if p.name == name]
        return found[0] if found else None

    def set_active(self, name: str | None) -> None:
        """Choose the profile used by default (None: back to the local file)."""
        if name:
            self.get(name)
        data = self._read()
        data["active"] = name or ""
        self._write(data)


# -- diagnosis -------------------------------------------------------------------------------


class Verdict(enum.Enum):
    """What « Tester la connexion » found."""

    OK = "ok"
    UNREACHABLE = "unreachable"
    PASSWORD_REQUIRED = "password_required"
    AUTH_FAILED = "auth_failed"
    DATABASE_MISSING = "database_missing"
    TLS_FAILED = "tls_failed"
    SCHEMA_EMPTY = "schema_empty"
    SCHEMA_OLDER = "schema_older"
    SCHEMA_NEWER = "schema_newer"
    SCHEMA_FOREIGN = "schema_foreign"


@dataclass(frozen=True)
class Diagnosis:
    """A verdict, a French sentence for the user and the server's own words."""

    verdict: Verdict
    message: str
    detail: str = ""

    @property
    def ok(self) -> bool:
        """True when this application can work on that database as it is."""
        return self.verdict is Verdict.OK

    @property
    def reached(self) -> bool:
        """True when the server accepted the connection (whatever the schema)."""
        return self.verdict in _REACHED


_REACHED = frozenset(
    {
        Verdict.OK,
        Verdict.SCHEMA_EMPTY,
        Verdict.SCHEMA_OLDER,
        Verdict.SCHEMA_NEWER,
        Verdict.SCHEMA_FOREIGN,
    }
)
_SCHEMA_MESSAGES = {
    migrate.SchemaState.CURRENT: (Verdict.OK, "Connexion réussie : la base est prête."),
    migrate.SchemaState.EMPTY: (
        Verdict.SCHEMA_EMPTY,
        "Connexion réussie, mais la base est vide : créez le schéma avec "
        "« gusp-desktop db upgrade ».",
    ),
    migrate.SchemaState.OLDER: (
        Verdict.SCHEMA_OLDER,
        "Connexion réussie, mais le schéma est plus ancien que cette version : "
        "mettez-le à jour avec « gusp-desktop db upgrade ».",
    ),
    migrate.SchemaState.NEWER: (
        Verdict.SCHEMA_NEWER,
        "Connexion réussie, mais le schéma est plus récent que cette version de l'application : "
        "installez la dernière version de GUSP Desktop (aucune écriture ne sera faite).",
    ),
    migrate.SchemaState.FOREIGN: (
        Verdict.SCHEMA_FOREIGN,
        "Connexion réussie, mais cette base contient des tables qui ne viennent pas de "
        "GUSP Desktop : choisissez une base vide ou une base GUSP Desktop.",
    ),
}


def classify_failure(profile: ConnectionProfile, error: BaseException) -> Diagnosis:
    """Turn libpq's connection error into a precise French diagnosis."""
    raw = str(error).strip()
    text = raw.lower()
    detail = raw.split("FATAL:", 1)[-1].strip().splitlines()[0] if raw else ""
    where = f"{profile.host}:{profile.port}"
    if "no password supplied" in text or "password is required" in text:
        return Diagnosis(
            Verdict.PASSWORD_REQUIRED,
            Message("Le serveur {where} demande un mot de passe.", where=where),
            detail,
        )
    if "authentication failed" in text or re.search(r'role ".*" does not exist', text):
        return Diagnosis(
            Verdict.AUTH_FAILED,
            Message(
                "Authentification refusée par le serveur {where} : vérifiez l'utilisateur "
                "« {user} » et son mot de passe.",
                where=where,
                user=profile.user,
            ),
            detail,
        )
    if re.search(r'database ".*" does not exist', text):
        return Diagnosis(
            Verdict.DATABASE_MISSING,
            Message(
                "La base « {database} » n'existe pas sur le serveur {where}.",
                database=profile.database,
                where=where,
            ),
            detail,
        )
    if "ssl" in text or "certificate" in text:
        return Diagnosis(
            Verdict.TLS_FAILED,
            Message(
                "La connexion chiffrée avec {where} a échoué (certificat ou SSL) : {detail}",
                where=where,
                detail=detail,
            ),
            detail,
        )
    return Diagnosis(
        Verdict.UNREACHABLE,
        Message(
            "Serveur injoignable ({where}) : vérifiez l'adresse, le port et le réseau.", where=where
        ),
        detail,
    )


def probe(profile: ConnectionProfile, password: str | None) -> Diagnosis | None:
    """Open and close one raw connection; None when it worked, else why it did not."""
    import psycopg

    try:
        psycopg.connect(profile.conninfo(password)).close()
    except psycopg.Error as exc:
        return classify_failure(profile, exc)
    return None


def diagnose(profile: ConnectionProfile, password: str | None = None) -> Diagnosis:
    """« Tester la connexion »: reach the server, log in, open the base, compare schemas."""
    failure = probe(profile, password)
    if failure is not None:
        return failure
    engine = make_engine(profile.url(password))
    try:
        state = migrate.schema_state(engine)
        revision = migrate.current_revision(engine) or ""
    except DatabaseUnavailableError as exc:
        return Diagnosis(Verdict.UNREACHABLE, exc.message)
    finally:
        engine.dispose()
    verdict, message = _SCHEMA_MESSAGES[state]
    return Diagnosis(verdict, message, f"révision {revision}" if revision else "")


def resolve_password(
    profile: ConnectionProfile, stored: str | None, prompt: PasswordPrompt | None
) -> str | None:
    """The password that opens this profile: none, the remembered one, or the user's answer.

    A server in ``trust`` mode or a ``~/.pgpass`` entry needs nothing; otherwise the user is
    asked (at most twice) with the reason shown, and an unusable answer ends in a French error.
    """
    password = stored
    failure = probe(profile, password)
    for _attempt in range(2):
        if failure is None:
            return password
        if failure.verdict not in (Verdict.PASSWORD_REQUIRED, Verdict.AUTH_FAILED) or not prompt:
            break
        password = prompt(
            Message(
                "Mot de passe de {user} sur {host} ({reason})",
                user=profile.user,
                host=profile.host,
                reason=failure.message,
            )
        )
        if password is None:
            raise DatabaseUnavailableError("Connexion annulée : aucun mot de passe saisi.")
        failure = probe(profile, password)
    if failure is None:
        return password
    raise DatabaseUnavailableError(failure.message)
