"""The composition root of both front ends: settings → engine → service context → services.

Everything the process takes from its surroundings is read here, once: who is working, the
data folder, the time-stamping server, the database to open (``--db``, ``GUSP_DB_URL``, the
shared-server profile in use, the local file). Services receive what they work with in their
constructors and never read the environment or build one another, so the command line, the
window and the tests assemble exactly the same objects. No Qt and no argument parsing here:
the command line and the window each bring their own way of asking for a password.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from gusp_desktop.credentials import (
    DeferredSecretStore,
    EphemeralSecretStore,
    SecretStore,
    default_secret_store,
)
from gusp_desktop.db import migrate
from gusp_desktop.db.backups import BackupStore, RetentionPolicy
from gusp_desktop.db.engine import (
    ENV_VAR,
    check_connection,
    database_key,
    make_engine,
    make_session_factory,
    resolve_url,
)
from gusp_desktop.db.opening import OpenReport, prepare_local
from gusp_desktop.db.profiles import (
    PROFILE_PREFIX,
    ConnectionProfile,
    PasswordPrompt,
    ProfileStore,
    resolve_password,
)
from gusp_desktop.error_log import log_dir
from gusp_desktop.paths import config_dir, data_dir
from gusp_desktop.privacy import Tightened, database_files, tighten
from gusp_desktop.services.accounts import resolve_user
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.registry import Services

if TYPE_CHECKING:  # each service module is imported by its recipe (psycopg on a shared server only)
    from gusp_desktop.services.actions.service import ActionService
    from gusp_desktop.services.agenda import AgendaService
    from gusp_desktop.services.atfpb import AtfpbServices
    from gusp_desktop.services.attendance import AttendanceService
    from gusp_desktop.services.audit import AuditService
    from gusp_desktop.services.directory import DirectoryService
    from gusp_desktop.services.exports import ExportService
    from gusp_desktop.services.field_work import FieldWorkServices
    from gusp_desktop.services.instances import InstanceService
    from gusp_desktop.services.lists import Lists
    from gusp_desktop.services.live_changes import SharedChanges
    from gusp_desktop.services.meetings import MeetingService
    from gusp_desktop.services.minutes import MinutesService
    from gusp_desktop.services.minutes_review import MinutesReviewService
    from gusp_desktop.services.personal_data import PersonalDataServices
    from gusp_desktop.services.quartier_plans import QuartierPlanService
    from gusp_desktop.services.relances import RelanceDelivery, RelanceService, RelanceSettings
    from gusp_desktop.services.resident_summary import ResidentSummaryService
    from gusp_desktop.services.returns.service import ReturnsService
    from gusp_desktop.services.seance_lifecycle import SeanceLifecycleService
    from gusp_desktop.services.search import SearchService
    from gusp_desktop.services.signalements import SignalementServices
    from gusp_desktop.services.signed_minutes.files import SignedArchive
    from gusp_desktop.services.signed_minutes.identities import SigningIdentities
    from gusp_desktop.services.signed_minutes.service import SignedMinutesService
    from gusp_desktop.services.territory import TerritoryService

USER_ENV = "GUSP_USER"
TIMESTAMP_ENV = "GUSP_TIMESTAMP_URL"
LOGIN_MAX = 80


@dataclass(frozen=True)
class Settings:
    """What the process was started with, read once from the environment."""

    login: str
    data_dir: Path
    timestamp_url: str | None = None
    database_url: str | None = None
    backup_policy: RetentionPolicy = RetentionPolicy()

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """``GUSP_USER`` (else the system account), ``GUSP_DATA_DIR``, ``GUSP_TIMESTAMP_URL``
        ``GUSP_DB_URL``, ``GUSP_BACKUP_DAYS`` and ``GUSP_BACKUP_WEEKS``."""
        env = os.environ if environ is None else environ
        login = (env.get(USER_ENV) or getpass.getuser() or "utilisateur").strip()[:LOGIN_MAX]
        return cls(
            login=login,
            data_dir=data_dir(),
            timestamp_url=env.get(TIMESTAMP_ENV) or None,
            database_url=env.get(ENV_VAR) or None,
            backup_policy=RetentionPolicy.from_environment(env),
        )


@dataclass(frozen=True)
class SigningSetup:
    """This computer's signing identities, its archive of signed files, its stamping server."""

    identities: SigningIdentities
    archive: SignedArchive
    timestamp_url: str | None = None

    @classmethod
    def in_folder(
        cls, folder: Path, secrets: SecretStore, timestamp_url: str | None = None
    ) -> SigningSetup:
        """Identities and archive side by side in ``folder`` (the data directory)."""
        from gusp_desktop.services.signed_minutes.files import ARCHIVE_DIRNAME, SignedArchive
        from gusp_desktop.services.signed_minutes.identities import SigningIdentities
        from gusp_desktop.signing.identities import IDENTITIES_DIRNAME, IdentityStore

        return cls(
            SigningIdentities(IdentityStore(folder / IDENTITIES_DIRNAME), secrets),
            SignedArchive(folder / ARCHIVE_DIRNAME),
            timestamp_url,
        )


@dataclass(frozen=True)
class MailSetup:
    """This computer's relance templates and SMTP profiles, and where SMTP passwords go."""

    settings: RelanceSettings
    secrets: SecretStore

    @classmethod
    def in_memory(cls) -> MailSetup:
        """Nothing kept on disk and no password remembered (tests, tools)."""
        from gusp_desktop.services.relances.settings import RelanceSettings

        return cls(RelanceSettings(None), EphemeralSecretStore())


def _system_secrets() -> SecretStore:
    """The system keyring, looked up through this module (the seam tests replace)."""
    return default_secret_store()


class ServiceRecipes:
    """How each service of the registry is built: its module imported and its collaborators
    handed over only when it is first asked for, so a command pays for the services it uses.

    A method per service, named as the registry's attribute; siblings come from the registry
    (``s``), so every service shares one instance of each. The signing and mail setups are
    read on first need too (the mail settings file is not opened to list the plan).
    """

    def __init__(self, signing: Callable[[], SigningSetup], mail: Callable[[], MailSetup]):
        self.signing = signing
        self.mail = mail

    def build(self, name: str, services: Services) -> object:
        """The service ``name`` over ``services``; an unknown name is a programming error."""
        recipe: Callable[[Services], object] = getattr(self, name)
        return recipe(services)

    def actions(self, s: Services) -> ActionService:
        from gusp_desktop.services.actions.service import ActionService

        return ActionService(s.context)

    def lists(self, s: Services) -> Lists:
        from gusp_desktop.services.lists import Lists

        return Lists(s.context)

    def agenda(self, s: Services) -> AgendaService:
        from gusp_desktop.services.agenda import AgendaService

        return AgendaService(s.context)

    def attendance(self, s: Services) -> AttendanceService:
        from gusp_desktop.services.attendance import AttendanceService

        return AttendanceService(s.context)

    def audit(self, s: Services) -> AuditService:
        from gusp_desktop.services.audit import AuditService

        return AuditService(s.context)

    def directory(self, s: Services) -> DirectoryService:
        from gusp_desktop.services.directory import DirectoryService

        return DirectoryService(s.context)

    def instances(self, s: Services) -> InstanceService:
        from gusp_desktop.services.instances import InstanceService

        return InstanceService(s.context)

    def meetings(self, s: Services) -> MeetingService:
        from gusp_desktop.services.meetings import MeetingService

        return MeetingService(s.context)

    def minutes(self, s: Services) -> MinutesService:
        from gusp_desktop.services.minutes import MinutesService

        return MinutesService(s.context)

    def minutes_review(self, s: Services) -> MinutesReviewService:
        from gusp_desktop.services.minutes_review import MinutesReviewService

        return MinutesReviewService(s.context)

    def lifecycle(self, s: Services) -> SeanceLifecycleService:
        from gusp_desktop.services.seance_lifecycle import SeanceLifecycleService

        return SeanceLifecycleService(s.context)

    def territory(self, s: Services) -> TerritoryService:
        from gusp_desktop.services.territory import TerritoryService

        return TerritoryService(s.context)

    def exports(self, s: Services) -> ExportService:
        from gusp_desktop.services.exports import ExportService

        return ExportService(
            s.context,
            minutes=s.minutes,
            meetings=s.meetings,
            actions=s.actions,
            lifecycle=s.lifecycle,
        )

    def signed_minutes(self, s: Services) -> SignedMinutesService:
        from gusp_desktop.services.signed_minutes.service import SignedMinutesService

        signing = self.signing()
        return SignedMinutesService(
            s.context,
            minutes=s.minutes,
            identities=signing.identities.store,
            archive=signing.archive,
            timestamp_url=signing.timestamp_url,
        )

    def identities(self, s: Services) -> SigningIdentities:
        return self.signing().identities

    def search(self, s: Services) -> SearchService:
        from gusp_desktop.services.confidentiality import ConfidentialSearch
        from gusp_desktop.services.search import SearchService

        return SearchService(s.context, ConfidentialSearch())

    def atfpb(self, s: Services) -> AtfpbServices:
        from gusp_desktop.services import atfpb

        return atfpb.AtfpbServices(
            atfpb.ConventionService(s.context),
            atfpb.ProgrammeService(s.context),
            atfpb.BilanService(s.context),
        )

    def personal_data(self, s: Services) -> PersonalDataServices:
        from gusp_desktop.services import personal_data as data

        return data.PersonalDataServices(
            data.PersonalDataService(s.context, self.signing().archive),
            data.RetentionService(s.context),
            data.RegisterService(s.context),
        )

    def relances(self, s: Services) -> RelanceService:
        from gusp_desktop.services.relances import RelanceService

        settings = self.mail().settings
        return RelanceService(s.context, actions=s.actions, exports=s.exports, settings=settings)

    def relance_delivery(self, s: Services) -> RelanceDelivery:
        from gusp_desktop.services.relances import RelanceDelivery

        return RelanceDelivery(s.relances, self.mail().secrets)

    def field_work(self, s: Services) -> FieldWorkServices:
        """Route, constats, photos and the walk's reports, which read the other three."""
        from gusp_desktop.services import field_work as walk
        from gusp_desktop.services.attendance import AttendanceService

        parcours, photos = walk.ParcoursService(s.context), walk.PhotoService(s.context)
        constats = walk.ConstatService(s.context, s.actions)
        reports = walk.FieldReportService(
            s.context,
            parcours=parcours,
            constats=constats,
            photos=photos,
            actions=s.actions,
            attendance=AttendanceService(s.context),
        )
        return walk.FieldWorkServices(parcours, constats, photos, reports)

    def returns(self, s: Services) -> ReturnsService:
        from gusp_desktop.services.returns.service import ReturnsService

        return ReturnsService(s.context)

    def signalements(self, s: Services) -> SignalementServices:
        from gusp_desktop.services import signalements as sig

        return sig.SignalementServices(
            sig.SignalementService(s.context, s.actions),
            sig.SignalementSettingsService(s.context),
            sig.SignalementImportService(s.context),
            sig.SignalementReportService(s.context),
        )

    def plans(self, s: Services) -> QuartierPlanService:
        from gusp_desktop.services.quartier_plans import QuartierPlanService

        return QuartierPlanService(s.context)

    def resident_summary(self, s: Services) -> ResidentSummaryService:
        from gusp_desktop.services.resident_summary import ResidentSummaryService

        return ResidentSummaryService(s.context)


def build_services(
    context: ServiceContext,
    signing: SigningSetup,
    *,
    database: str,
    mail: MailSetup | None = None,
) -> Services:
    """Every service over ``context``, each handed the siblings and stores it works with.

    ``database`` identifies the open database (no password), for what is kept per database
    on this computer (the crash journal of unsaved minutes). Each service is built when first
    asked for (``ServiceRecipes``).
    """
    return Services(
        context, database, ServiceRecipes(lambda: signing, lambda: mail or MailSetup.in_memory())
    )


class Runtime:
    """Opens the chosen database and builds the services on first use.

    The database is ``db`` (a path, a URL or ``@profil``), else ``GUSP_DB_URL``, else the
    profile chosen with ``connect use``, else the local file. A profile's password comes from
    the secure keyring, or from ``password_prompt`` (the terminal, or a dialog in the window).
    """

    def __init__(
        self,
        db: str | None,
        *,
        password_prompt: PasswordPrompt | None = None,
        profiles: ProfileStore | None = None,
        settings: Settings | None = None,
        notice: Callable[[str], None] | None = None,
    ) -> None:
        self.settings = settings if settings is not None else Settings.from_environment()
        self.password_prompt = password_prompt
        self.notice = notice
        self.open_report: OpenReport | None = None
        self._protected: Tightened | None = None
        self.profile = _chosen_profile(db, profiles, self.settings)
        self.url: URL = (
            self.profile.url() if self.profile else resolve_url(db or self.settings.database_url)
        )

    @property
    def is_shared(self) -> bool:
        """True on a PostgreSQL server shared by a team."""
        return self.url.get_backend_name() == "postgresql"

    @cached_property
    def engine(self) -> Engine:
        """Engine, checked once so a wrong file fails with a clear message."""
        url = self.url
        if self.profile is not None:
            url = self.profile.url(self._profile_password(self.profile))
        engine = make_engine(url)
        check_connection(engine)
        return engine

    def _profile_password(self, profile: ConnectionProfile) -> str | None:
        stored = default_secret_store().get(profile.secret_key)
        return resolve_password(profile, stored, self.password_prompt)

    def prepare_schema(self) -> None:
        """A local file is created and migrated on first use; a shared server must be current.

        Upgrading a shared server is an explicit decision (``db upgrade``): every client of
        the team depends on it. This computer's private files are tightened first.
        """
        self.protect_private_files()
        if self.is_shared:
            migrate.ensure_writable_schema(self.engine)
            return
        self.open_report = prepare_local(self.engine, self.backups)
        for line in self.open_report.notices():
            if self.notice is not None:
                self.notice(line)

    def protect_private_files(self) -> Tightened:
        """Narrow to the owner alone the files of this computer that hold the team's data.

        Done once per process, at start: the data folder (database, crash journals, signed
        minutes, backups, identities), the configuration and log folders, and a local database
        kept elsewhere with its journals. The front end is told when something was changed.
        """
        if self._protected is not None:
            return self._protected
        files = [] if self.is_shared else database_files(Path(str(self.url.database)))
        folders = [self.settings.data_dir, config_dir(), log_dir()]
        self._protected = tighten(folders, files)
        if self._protected and self.notice is not None:
            self.notice(self._protected.message())
        return self._protected

    @cached_property
    def backups(self) -> BackupStore:
        """Automatic backups of the local file, kept in the data directory."""
        return BackupStore.for_database(
            self.settings.data_dir, Path(str(self.url.database)), self.settings.backup_policy
        )

    @cached_property
    def context(self) -> ServiceContext:
        """Service context for the current user, schema ready."""
        self.prepare_schema()
        factory = make_session_factory(self.engine)
        user = resolve_user(factory, self.settings.login, shared=self.is_shared)
        return ServiceContext(session_factory=factory, user=user)

    @cached_property
    def signing(self) -> SigningSetup:
        """Identities and archive of this computer; managing identities needs no database."""
        return SigningSetup.in_folder(
            self.settings.data_dir,
            DeferredSecretStore(_system_secrets),
            self.settings.timestamp_url,
        )

    @cached_property
    def services(self) -> Services:
        """Every service over the opened database, each built when first asked for."""
        recipes = ServiceRecipes(lambda: self.signing, lambda: self.mail)
        return Services(self.context, database_key(self.url), recipes)

    @cached_property
    def mail(self) -> MailSetup:
        """Relance templates and SMTP profiles of this computer; needs no database."""
        from gusp_desktop.services.relances.settings import SETTINGS_FILE, RelanceSettings

        return MailSetup(
            RelanceSettings(config_dir() / SETTINGS_FILE), DeferredSecretStore(_system_secrets)
        )

    def shared_changes(self) -> SharedChanges | None:
        """Publishing and receiving commits between the clients of a shared server (one per
        window); None on a local file."""
        from gusp_desktop.services.live_changes import shared_changes

        return shared_changes(self.context, self.engine.url)  # with a profile's password

    def close(self) -> None:
        """Release connections."""
        if "engine" in self.__dict__:
            self.engine.dispose()


def _chosen_profile(
    db: str | None, profiles: ProfileStore | None, settings: Settings
) -> ConnectionProfile | None:
    if db and db.startswith(PROFILE_PREFIX):
        return (profiles or ProfileStore()).get(db.removeprefix(PROFILE_PREFIX))
    if db or settings.database_url:
        return None
    return (profiles or ProfileStore()).active()
