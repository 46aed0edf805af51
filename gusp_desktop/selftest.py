"""``gusp-desktop --self-test``: prove that this installation works, without a screen or a user.

Every step really runs, in a temporary directory that is removed afterwards (the user's data,
configuration, caches and keyring are never touched): a SQLite database is created and
migrated, the demo territory loaded, the minutes of a held séance validated, rendered to PDF and
signed with a throw-away authority and identity (random passphrases, held in memory only), the
signature verified, and the main window built on Qt's offscreen platform. Run from a PyInstaller
bundle, this shows that its modules, data files (fonts, translations, migrations) and Qt plugins
are all there.

The report is printed in French, one line per step with its duration; the exit code is 0 when
every step passed, 1 at the first failing step (its traceback goes to standard error).
"""

from __future__ import annotations

import contextlib
import os
import platform
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from gusp_desktop import APP_DISPLAY_NAME, __version__
from gusp_desktop.domain.wording import counted

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime
    from gusp_desktop.signing.identities import IdentityInfo, IdentityStore

#: Variables pointed at the temporary directory (or fixed) for the run, restored afterwards.
ISOLATED_VARIABLES = ("GUSP_DATA_DIR", "GUSP_CONFIG_DIR", "GUSP_CACHE_DIR", "GUSP_USER")
#: Variables removed for the run: the self-test never reaches a server (database, time stamps).
REMOVED_VARIABLES = ("GUSP_DB_URL", "GUSP_TIMESTAMP_URL")
SELF_TEST_USER = "autotest"
ORGANISATION = "Marvelin Agglomération"
WINDOW_TIMEOUT_S = 30.0


class SelfTestError(Exception):
    """A step ran but its result is wrong; the message says what, in French."""


@dataclass
class StepOutcome:
    """One step of the report."""

    label: str
    seconds: float
    detail: str = ""
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class _State:
    """What the steps hand to each other."""

    root: Path
    source: Path | None = None  # a database to test on (a copy of it), else the demo
    runtime: Runtime | None = None
    seance_id: int | None = None
    seance_label: str = ""
    minutes_pdf: Path | None = None
    store: IdentityStore | None = None
    signer: IdentityInfo | None = None
    signer_passphrase: str = field(default="", repr=False)
    service: Any = None  # SignedMinutesService when the signed-minutes workflow is installed


@contextlib.contextmanager
def isolated_environment(root: Path) -> Iterator[None]:
    """Data, configuration and caches under ``root``; a fixed user; no server; Qt offscreen
    unless another platform was chosen.

    Every variable is restored on exit, so the self-test can also run inside a larger process.
    """
    names = (*ISOLATED_VARIABLES, *REMOVED_VARIABLES, "QT_QPA_PLATFORM")
    saved = {name: os.environ.get(name) for name in names}
    for name in REMOVED_VARIABLES:
        os.environ.pop(name, None)
    os.environ["GUSP_DATA_DIR"] = str(root / "donnees")
    os.environ["GUSP_CONFIG_DIR"] = str(root / "configuration")
    os.environ["GUSP_CACHE_DIR"] = str(root / "cache")
    # A fixed login: the operating-system account could match a demo user with a reader role.
    os.environ["GUSP_USER"] = SELF_TEST_USER
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


# -- the steps -------------------------------------------------------------------------------


def _database(state: _State) -> str:
    from gusp_desktop.bootstrap import Runtime
    from gusp_desktop.db import migrate

    folder = state.root / "donnees"
    folder.mkdir(parents=True, exist_ok=True)  # the application's own folder: created on purpose
    path = folder / "autotest.sqlite3"
    if state.source is not None:
        _copy_database(state.source, path)  # the given file itself is never touched
    state.runtime = Runtime(str(path))
    state.runtime.prepare_schema()
    if migrate.schema_state(state.runtime.engine) is not migrate.SchemaState.CURRENT:
        raise SelfTestError("le schéma n'est pas à jour après la migration")
    return f"révision {migrate.current_revision(state.runtime.engine)}"


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a local database file (its WAL content included)."""
    import sqlite3

    from gusp_desktop.db import local

    local.examine(source)
    with local.inspection(source) as reader:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
        finally:
            writer.close()


def _demo(state: _State) -> str:
    from gusp_desktop.demo.loader import load_demo

    assert state.runtime is not None
    if state.source is not None:
        services = state.runtime.services
        actions, seances = services.actions.count_actions(), len(services.meetings.list_seances())
        if not (actions and seances):
            raise SelfTestError("la base fournie n'a pas d'actions ou pas de séances")
        return f"base fournie : {actions} actions, {seances} séances"
    summary = load_demo(state.runtime.context)
    if not (summary.actions and summary.seances):
        raise SelfTestError("le territoire de démonstration est vide")
    return f"{summary.actions} actions, {summary.seances} séances"


def _held_seance(state: _State) -> tuple[int, str]:
    """A séance whose minutes are being written, or a held one whose writing is opened."""
    from gusp_desktop.domain.enums import SeanceStatus as S

    assert state.runtime is not None
    services = state.runtime.services
    seances = services.meetings.list_seances()
    for wanted in (S.CR_REDACTION, S.CR_RELECTURE, S.TENUE):
        for seance in seances:
            if seance.status is wanted:
                if wanted is S.TENUE:
                    services.minutes.start_writing(seance.id)
                label = f"{seance.instance_code} n° {seance.number} du {seance.local_date:%d/%m/%Y}"
                return seance.id, label
    raise SelfTestError("aucune séance tenue dans le territoire de démonstration")


def _validate(state: _State) -> str:
    state.seance_id, state.seance_label = _held_seance(state)
    assert state.runtime is not None
    # The identities and the archive are those of the isolated data directory.
    state.service = state.runtime.services.signed_minutes
    state.store = state.service.identities
    version = state.service.validate(state.seance_id).value
    return f"{state.seance_label}, version {version.number} figée"


def _secretary_of(state: _State) -> str:
    assert state.runtime is not None and state.seance_id is not None
    name = state.runtime.services.meetings.get_seance(state.seance_id).secretary_name
    if not name:
        raise SelfTestError("la séance choisie n'a pas de secrétaire enregistré")
    return name


def _identities(state: _State) -> str:
    if state.store is None:
        assert state.runtime is not None
        state.store = state.runtime.signing.identities.store
    ca_passphrase = secrets.token_urlsafe(24)
    state.signer_passphrase = secrets.token_urlsafe(24)
    authority = state.store.create_ca("Autorité autotest", ORGANISATION, ca_passphrase)
    state.signer = state.store.create_identity(
        _secretary_of(state),  # only the séance's recorded secrétaire may sign as such
        authority.name,
        ca_passphrase,
        state.signer_passphrase,
        email="secretariat.autotest@example.fr",
        role="secrétaire de séance",
    )
    return f"autorité « {authority.subject_cn} », signataire « {state.signer.subject_cn} »"


def _sign(state: _State) -> str:
    assert state.signer is not None and state.seance_id is not None
    output = state.root / "compte-rendu-signe.pdf"
    from gusp_desktop.domain.signed_minutes import SignerRole

    assert state.service is not None
    state.service.sign(
        state.seance_id, state.signer.name, SignerRole.SECRETAIRE, state.signer_passphrase, output
    )
    state.minutes_pdf = output
    return f"PAdES, {_size(output)}"


def _verify(state: _State) -> str:
    from gusp_desktop.signing.verify import verify_pdf

    assert state.minutes_pdf is not None and state.store is not None
    report = verify_pdf(state.minutes_pdf, store=state.store)
    if not report.ok or not report.signatures:
        raise SelfTestError("; ".join(report.problems) or "aucune signature trouvée")
    signature = report.signatures[-1]
    detail = f"{counted(len(report.signatures), 'signature valide')}, {signature.signer_cn}"
    if state.service is not None:
        check = state.service.verify(state.minutes_pdf)
        if check.registration is None:
            raise SelfTestError(f"fichier signé non enregistré : {check.registration_text}")
        detail += ", enregistrée dans la base"
    return detail


def _window(state: _State) -> str:
    """Build (never show) the main window over the demo, offscreen, and let its pages load."""
    from gusp_desktop.ui.app import make_application
    from gusp_desktop.ui.i18n import install_translators

    assert state.runtime is not None
    app = make_application([sys.argv[0] if sys.argv else "gusp-desktop"])
    translators = install_translators(app, "fr")
    if len(translators) < 2:
        raise SelfTestError("traductions françaises (Qt ou application) introuvables")
    try:
        pages, platform_name = _build_window(state, app)
    finally:
        from gusp_desktop.ui.i18n import remove_translators

        remove_translators(app, translators)
    return f"{pages} pages, plateforme Qt « {platform_name} », traductions chargées"


def _build_window(state: _State, app: Any) -> tuple[int, str]:
    import gusp_desktop.ui.app as ui_app
    from gusp_desktop.db.engine import describe
    from gusp_desktop.ui.prompts import ScriptedPrompts
    from gusp_desktop.ui.settings import AppSettings
    from gusp_desktop.ui.tasks import TaskRunner

    assert state.runtime is not None
    if not hasattr(ui_app, "create_main_window"):
        raise SelfTestError("gusp_desktop.ui.app.create_main_window est absent")
    services = state.runtime.services
    tasks = TaskRunner()
    failures: list[BaseException] = []
    tasks.failed.connect(failures.append)
    busy = [False]
    tasks.busy_changed.connect(lambda value: busy.__setitem__(0, bool(value)))
    prompts = ScriptedPrompts()  # any question asked would be an error, never a hang
    settings = AppSettings(state.root / "configuration" / "fenetre.ini")
    try:
        window = ui_app.create_main_window(
            services, tasks, prompts, settings, describe(state.runtime.url)
        )
        _wait_until_idle(app, busy)
        if window.grab().isNull():
            raise SelfTestError("la fenêtre ne se dessine pas")
        pages = len(window.pages)
        window.deleteLater()
        app.processEvents()
    finally:
        tasks.shutdown()
    errors = [f"{title} — {text}" for _kind, title, text in prompts.shown]
    if failures or errors:
        raise SelfTestError(f"erreur pendant le chargement : {(failures or errors)[0]}")
    return pages, app.platformName()


def _wait_until_idle(app: Any, busy: list[bool]) -> None:
    """Let background loads finish and deliver their results to the pages."""
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while time.monotonic() < deadline:
        app.processEvents()
        if not busy[0]:
            app.processEvents()
            return
        time.sleep(0.01)
    raise SelfTestError(f"les pages ne se sont pas chargées en {WINDOW_TIMEOUT_S:.0f} s")


STEPS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("Base SQLite créée et migrée", _database),
    ("Territoire de démonstration chargé", _demo),
    ("Compte rendu validé", _validate),
    ("Autorité et identité de signature créées", _identities),
    ("Compte rendu mis en page et signé", _sign),
    ("Signature vérifiée", _verify),
    ("Fenêtre principale construite hors écran", _window),
)


# -- report ----------------------------------------------------------------------------------


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1024:.0f}\u00a0Ko"


def _seconds(value: float) -> str:
    return f"{value:.2f}".replace(".", ",") + "\u00a0s"


def _marks(stream: TextIO) -> tuple[str, str]:
    """✓ and ✗, or plain words on a console whose encoding cannot write them."""
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        "✓✗\u00a0«»éè".encode(encoding)
    except (LookupError, UnicodeEncodeError):
        return "OK", "ECHEC"
    return "✓", "✗"


def _where() -> str:
    kind = "exécutable autonome" if getattr(sys, "frozen", False) else "Python"
    return f"{kind} {platform.python_version()}, {platform.system()} {platform.machine()}"


def run_steps(
    root: Path,
    on_step: Callable[[StepOutcome], None] = lambda _outcome: None,
    source: Path | None = None,
) -> list[StepOutcome]:
    """Run the steps in order inside ``root``; stop at the first failure."""
    state = _State(root, source)
    outcomes: list[StepOutcome] = []
    try:
        for label, step in STEPS:
            start = time.perf_counter()
            try:
                detail = step(state)
            except Exception as exc:  # reported, with its traceback, as the failing step
                outcomes.append(StepOutcome(label, time.perf_counter() - start, error=exc))
                on_step(outcomes[-1])
                break
            outcomes.append(StepOutcome(label, time.perf_counter() - start, detail))
            on_step(outcomes[-1])
    finally:
        if state.runtime is not None:
            state.runtime.close()
    return outcomes


def run_self_test(
    out: TextIO | None = None, err: TextIO | None = None, database: Path | None = None
) -> int:
    """Run every step in a temporary directory, print the report; 0 if all passed, else 1.

    With ``database`` (``--self-test --db FICHIER``), the steps run on a copy of that local
    file instead of the demo: after an upgrade, it shows the real data still works.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    ok_mark, ko_mark = _marks(out)
    print(f"{APP_DISPLAY_NAME} {__version__} — auto-test ({_where()})", file=out, flush=True)

    def report(outcome: StepOutcome) -> None:
        mark, detail = ok_mark, outcome.detail
        if not outcome.ok:
            mark, detail = ko_mark, f"{type(outcome.error).__name__} : {outcome.error}"
        print(f"  {mark} {outcome.label} ({_seconds(outcome.seconds)}) — {detail}", file=out)
        out.flush()

    started = time.perf_counter()
    with (
        tempfile.TemporaryDirectory(prefix="gusp-autotest-", ignore_cleanup_errors=True) as tmp,
        isolated_environment(Path(tmp)),
    ):
        outcomes = run_steps(Path(tmp), report, database)
    total = time.perf_counter() - started
    failed = next((o for o in outcomes if not o.ok), None)
    if failed is not None:
        assert failed.error is not None
        traceback.print_exception(failed.error, file=err)
        print(f"Auto-test en échec à l'étape « {failed.label} ».", file=out, flush=True)
        return 1
    print(f"Auto-test réussi : {len(outcomes)} étapes en {_seconds(total)}.", file=out, flush=True)
    return 0
