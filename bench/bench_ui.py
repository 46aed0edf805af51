"""The window with 100 000 actions: our SQL-paged plan against the naive Qt recipe.

Measured in one run, on one SQLite file (the demo territory plus 100 000 synthetic actions
inserted with a Core executemany):

* time to the first rows painted in the Plan d'actions page, per-keystroke filter time and
  sort time, each against a QSortFilterProxyModel over the same rows loaded in Python
  (the recipe that takes 10+ s to sort);
* time from process start to the first painted main window (a subprocess, offscreen) against
  a bare PySide6 window with a table.

A script, not a test: it prints a table and asserts nothing. ``--actions N`` changes the size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _common import Figure, print_table  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QAbstractTableModel,
    QEventLoop,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    SignalInstance,
)
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from gusp_desktop.bootstrap import SigningSetup, build_services  # noqa: E402
from gusp_desktop.credentials import EphemeralSecretStore  # noqa: E402
from gusp_desktop.db import migrate  # noqa: E402
from gusp_desktop.db.engine import make_engine, make_session_factory  # noqa: E402
from gusp_desktop.db.models import Action, Organisation, Quartier, Site  # noqa: E402
from gusp_desktop.domain.accounts import CurrentUser  # noqa: E402
from gusp_desktop.domain.actions import ActionQuery  # noqa: E402
from gusp_desktop.domain.enums import ActionStatus, Theme, UserRole  # noqa: E402
from gusp_desktop.domain.text import search_key  # noqa: E402
from gusp_desktop.services.base import ServiceContext  # noqa: E402
from gusp_desktop.services.registry import Services  # noqa: E402

NOW = dt.datetime(2025, 6, 15, 10, tzinfo=dt.UTC)
WORDS = ("encombrants", "éclairage", "tags", "ascenseur", "halls", "parking", "cœur",
         "médiation", "propreté", "caves", "rodéos", "épaves")  # fmt: skip
TYPED = "éclairage"  # typed one key at a time in both tables
DEADLINE_COLUMN = 6


# -- database ------------------------------------------------------------------------------


def services_for(path: Path, data_dir: Path) -> Services:
    """Every service on ``path`` for the coordinator, signing files kept in ``data_dir``."""
    context = context_for(path)
    signing = SigningSetup.in_folder(data_dir, EphemeralSecretStore())
    return build_services(context, signing, database=f"sqlite:///{path}")


def context_for(path: Path) -> ServiceContext:
    """Coordinator's context on ``path`` with the demo's « today »."""
    return context_for_url(f"sqlite:///{path}")


def context_for_url(url: str) -> ServiceContext:
    """Coordinator's context on the database at ``url`` with the demo's « today »."""
    engine = make_engine(url)
    return ServiceContext(
        session_factory=make_session_factory(engine),
        user=CurrentUser("claire", "Claire", UserRole.COORDINATEUR),
        clock=lambda: NOW,
    )


def build_database(path: Path, count: int) -> float:
    """Demo territory, then ``count`` synthetic actions in one executemany; insert seconds."""
    from gusp_desktop.demo.loader import load_demo

    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    load_demo(context_for(path))
    with engine.connect() as conn:
        quartiers = list(conn.execute(select(Quartier.id, Quartier.code)))
        sites = [tuple(r) for r in conn.execute(select(Site.id, Site.quartier_id))]
        orgs = list(conn.scalars(select(Organisation.id)))
    rows = synthetic_rows(count, quartiers, sites, orgs)
    start = time.perf_counter()
    with engine.begin() as conn:
        if rows:
            conn.execute(insert(Action.__table__), rows)
        conn.exec_driver_sql("ANALYZE")
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


def synthetic_rows(
    count: int, quartiers: list, sites: list[tuple[int, int]], orgs: list[int]
) -> list[dict[str, object]]:
    """Plausible actions with a fixed seed, so every run measures the same data."""
    rng = random.Random(42)
    rows = []
    for i in range(count):
        quartier_id, code = rng.choice(quartiers)
        site_ids = [s for s, q in sites if q == quartier_id]
        title = f"{rng.choice(WORDS).capitalize()} : {rng.choice(WORDS)} n° {i}"
        number = f"{code}-24-{i:06d}"
        rows.append(
            {
                "number": number,
                "title": title,
                "description": "",
                "theme": rng.choice(list(Theme)).value,
                "quartier_id": quartier_id,
                "site_id": rng.choice(site_ids) if site_ids else None,
                "pilot_organisation_id": rng.choice(orgs),
                "initial_deadline": NOW.date() + dt.timedelta(days=rng.randint(-400, 400)),
                "status": rng.choice(list(ActionStatus)).value,
                "priority": "normale",
                "progress": rng.randint(0, 100),
                "deadline_note": "",
                "search_text": search_key(f"{number} {title}"),
                "version": 1,
                "created_at": NOW,
                "updated_at": NOW,
                "created_by": "bench",
                "updated_by": "bench",
            }
        )
    return rows


# -- Qt helpers ----------------------------------------------------------------------------


def wait_for(signal: SignalInstance, timeout_ms: int = 120_000) -> None:
    """Run the event loop until ``signal`` fires (results of threaded tasks arrive this way).

    Never a ``processEvents()`` polling loop: in PySide6 6.12 each call of it drops one
    reference to ``None`` and, a few thousand calls later, Python aborts (« none_dealloc »).
    """
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def timed_both(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``fn``; the CPU of every thread (the query runs in a worker)."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu


class NaiveModel(QAbstractTableModel):
    """The textbook table model: every row as a tuple of strings in a Python list."""

    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 9

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


# -- in-process measures -------------------------------------------------------------------


def measure_naive(services: Services) -> dict[str, float]:
    """Load every row, wrap it in a proxy, filter per key, sort once."""
    from gusp_desktop.ui.models.action_table import COLUMNS

    view = QTableView()
    view.resize(1100, 700)
    holder: dict[str, object] = {}

    def first_rows() -> None:
        rows = services.actions.list_actions(ActionQuery())
        model = NaiveModel([tuple(c.text(r) for c in COLUMNS) for r in rows])
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(model)
        proxy.setFilterKeyColumn(1)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view.setModel(proxy)
        view.show()
        view.grab()
        holder.update(model=model, proxy=proxy)

    result = {"first": timed(first_rows)}
    proxy = holder["proxy"]
    assert isinstance(proxy, QSortFilterProxyModel)
    keys = [timed(lambda p=TYPED[:n]: (proxy.setFilterFixedString(p), view.grab()))
            for n in range(1, len(TYPED) + 1)]  # fmt: skip
    result["key"] = statistics.median(keys)
    proxy.setFilterFixedString("")
    result["sort"] = timed(
        lambda: (proxy.sort(DEADLINE_COLUMN, Qt.SortOrder.DescendingOrder), view.grab())
    )
    view.close()
    return result


def measure_ours(services: Services, settings_file: Path) -> dict[str, float]:
    """Our page with the real threaded task runner: SQL count, one page, paint.

    A keystroke is timed from the end of the quick-filter pause to the new rows painted: the
    first page's query in a worker, the model reset and a paint of the page (1400 × 800).
    The COUNT of the previous keystroke may still run meanwhile, as it does for a user. The
    sort is the median of three (descending, ascending, descending), the count reused.
    """
    from gusp_desktop.ui.context import PageContext
    from gusp_desktop.ui.pages.actions import ActionsPage
    from gusp_desktop.ui.prompts import Prompts
    from gusp_desktop.ui.settings import AppSettings
    from gusp_desktop.ui.tasks import TaskRunner

    tasks = TaskRunner()
    page = ActionsPage(PageContext(services, tasks, Prompts(), AppSettings(settings_file)))
    page.resize(1400, 800)
    page.show()

    def first_rows() -> None:
        page.refresh()
        wait_for(page.model.loaded)
        page.grab()

    start = time.perf_counter()
    result = {"first": timed(first_rows)}
    if not page.model.is_counted():  # the COUNT answers after the rows are on screen
        wait_for(page.model.counted)
    result["counted"] = time.perf_counter() - start
    keys = []
    for n in range(1, len(TYPED) + 1):
        page.filter_bar.search_edit.setText(TYPED[:n])
        keys.append(timed_both(lambda: (page.filter_bar.flush(), wait_for(page.model.loaded),
                                        page.grab())))  # fmt: skip
    result["key"] = statistics.median(wall for wall, _cpu in keys)
    result["key_cpu"] = statistics.median(cpu for _wall, cpu in keys)
    page.filter_bar.search_edit.setText("")
    page.filter_bar.flush()
    wait_for(page.model.loaded)
    if not page.model.is_counted():
        wait_for(page.model.counted)  # a sort then reuses the count, as it does for a user

    def sort(order: Qt.SortOrder) -> None:
        page.model.sort(DEADLINE_COLUMN, order)
        wait_for(page.model.loaded)
        page.grab()

    down, up = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
    sorts = [timed_both(lambda o=order: sort(o)) for order in (down, up, down)]
    result["sort"] = statistics.median(wall for wall, _cpu in sorts)
    result["sort_cpu"] = statistics.median(cpu for _wall, cpu in sorts)
    result["rows"] = page.model.rowCount()
    page.close()
    tasks.shutdown()
    return result


# -- start-up (subprocesses) ---------------------------------------------------------------


# Both children are run with ``python -c`` so they import only what they start with.
CHILD_OURS = """
import json, os, sys, time
from pathlib import Path
# The package before PySide6, as ``python -m gusp_desktop`` imports them.
import gusp_desktop  # noqa: E402
from gusp_desktop.ui.app import (  # noqa: E402
    make_application, make_runtime, open_database, pause_collector, resume_collector,
    show_opening_window,
)
from PySide6.QtCore import QEventLoop, QTimer
from gusp_desktop.ui.i18n import install_translators  # noqa: E402
from gusp_desktop.ui.prompts import Prompts  # noqa: E402
from gusp_desktop.ui.settings import AppSettings  # noqa: E402
from gusp_desktop.ui.tasks import TaskRunner  # noqa: E402

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024


db, settings_file, catalogues = sys.argv[1:4]
app = make_application([])
translators = install_translators(app, "fr", Path(catalogues))
settings = AppSettings(Path(settings_file))
prompts = Prompts()
tasks = TaskRunner()
pause_collector()
# As run_gui: the main window with its page (the dashboard, « Chargement… ») shown and
# painted before the database layer is imported; the database is opened after that paint.
window = show_opening_window(tasks, prompts, settings)
window.grab()
painted, painted_cpu = time.time(), time.process_time()
app.setApplicationVersion(gusp_desktop.__version__)
runtime, notices = make_runtime(db, settings, prompts, window)
open_database(runtime, notices, window, tasks, prompts)  # the dashboard reads its data
resume_collector()
dashboard = window.dashboard_page
if dashboard.data is None:  # a nested loop, not processEvents(): see wait_for()
    loop = QEventLoop()
    dashboard.loaded.connect(loop.quit)
    loop.exec()
window.grab()
loaded, loaded_cpu = time.time(), time.process_time()
for _ in range(15):  # at rest: the other pages' modules are imported once the window is idle
    loop = QEventLoop()
    QTimer.singleShot(100, loop.quit)
    loop.exec()
# The first frame painted is the main window itself (the separate frame painted before it,
# « cadre », is gone): both moments are the same.
print(json.dumps({"painted": painted, "loaded": loaded, "rss": rss(),
                  "painted_cpu": painted_cpu, "loaded_cpu": loaded_cpu,
                  "shell": painted, "shell_cpu": painted_cpu}), flush=True)
tasks.shutdown()
os._exit(0)  # measured: skip the interpreter's teardown of live Qt objects
"""

CHILD_BARE = """
import json, os, time
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

app = QApplication([])
window = QMainWindow()
table = QTableWidget(100, 8)
for row in range(100):
    for column in range(8):
        table.setItem(row, column, QTableWidgetItem(f"{row}:{column}"))
window.setCentralWidget(table)
window.resize(1280, 800)
window.show()
window.grab()
now, cpu = time.time(), time.process_time()
for _ in range(3):
    loop = QEventLoop()
    QTimer.singleShot(100, loop.quit)
    loop.exec()
print(json.dumps({"painted": now, "loaded": now, "rss": rss(),
                  "painted_cpu": cpu, "loaded_cpu": cpu, "shell": now, "shell_cpu": cpu}),
      flush=True)
os._exit(0)
"""


def child_environment(cache: Path | None) -> dict[str, str]:
    """The children's environment: with ``cache``, modules load from compiled bytecode.

    An installed application (the wheel, the bundle) loads ``.pyc`` files; a checkout run
    with ``PYTHONDONTWRITEBYTECODE=1`` (as on the development machine) compiles every module
    of the package from source at each start (~300 ms of CPU). The bare window's PySide6 is
    always compiled, so the children get a bytecode cache of their own, filled by an untimed
    first run; ``--from-sources`` measures the old way.
    """
    env = dict(os.environ)
    if cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def spawn(args: list[str], env: dict[str, str], repeat: int = 3) -> dict[str, float]:
    """Median seconds from process launch to the child's reported moments."""
    samples: dict[str, list[float]] = {
        "painted": [], "loaded": [], "rss": [], "painted_cpu": [], "loaded_cpu": [],
        "shell": [], "shell_cpu": [],
    }  # fmt: skip
    for _ in range(repeat):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", *args], capture_output=True, text=True, check=True,
            cwd=HERE.parent, env=env,
        ).stdout  # fmt: skip
        moments = json.loads(out.strip().splitlines()[-1])
        for key in samples:
            absolute = key == "rss" or key.endswith("_cpu")  # not moments: amounts
            samples[key].append(moments[key] - (0 if absolute else start))
    return {key: statistics.median(values) for key, values in samples.items()}


def spawn_in_turns(
    children: list[list[str]], env: dict[str, str], rounds: int = 5
) -> list[dict[str, float]]:
    """Median moments of each child, the children run in turns, one of each per round.

    The machine is shared: a burst of other programs' work during one child's three runs
    moved a single ratio by a third. In turns, such a burst falls on both sides.
    """
    runs: list[list[dict[str, float]]] = [[] for _ in children]
    for _ in range(rounds):
        for child, samples in zip(children, runs, strict=True):
            samples.append(spawn(child, env, repeat=1))
    return [
        {key: statistics.median(sample[key] for sample in samples) for key in samples[0]}
        for samples in runs
    ]


# -- main ----------------------------------------------------------------------------------


def main(count: int, from_sources: bool = False) -> None:
    from gusp_desktop.ui.i18n import compile_catalogues

    workdir = Path(tempfile.mkdtemp(prefix="gusp-bench-ui-"))
    db = workdir / "bench.sqlite3"
    print(f"Base de test : démo + {count:,} actions synthétiques…".replace(",", "\u202f"))
    insert_seconds = build_database(db, count)
    app = QApplication.instance() or QApplication([])
    services = services_for(db, workdir / "data")
    # Ours first: the naive run leaves 100 000 Python rows that slow every later GC pass.
    ours = measure_ours(services, workdir / "page.ini")
    gc.collect()
    naive = measure_naive(services)
    gc.collect()
    catalogues = compile_catalogues(workdir / "i18n")
    demo = workdir / "demo.sqlite3"  # the start-up goals are set on the demo territory
    build_database(demo, 0)
    env = child_environment(None if from_sources else workdir / "pycache")
    env["GUSP_CONFIG_DIR"] = str(workdir / "config")  # the user's « last database » stays theirs
    env["GUSP_DATA_DIR"] = str(workdir / "child-data")  # and the children's backups stay here
    child = [CHILD_OURS, str(demo), str(workdir / "s.ini"), str(catalogues)]
    spawn(child, env, repeat=1)  # untimed: fills the bytecode cache
    ours_start, bare_start = spawn_in_turns([child, [CHILD_BARE]], env)
    ours_full = spawn([CHILD_OURS, str(db), str(workdir / "s2.ini"), str(catalogues)], env, 1)
    proxy = "QSortFilterProxyModel, lignes en Python"
    figures = [
        Figure("premières lignes affichées (plan d'actions)", ours["first"], proxy, naive["first"]),
        Figure("… et nombre total connu (barre de défilement)", ours["counted"], proxy,
               naive["first"]),
        Figure(f"filtre par frappe « {TYPED} » (médiane, hors pause de 150 ms)", ours["key"], proxy,
               naive["key"]),
        Figure("tri par échéance décroissante", ours["sort"], proxy, naive["sort"]),
        Figure("temps processeur : filtre par frappe (tous fils)", ours["key_cpu"]),
        Figure("temps processeur : tri par échéance (tous fils)", ours["sort_cpu"]),
        Figure("démarrage → fenêtre principale peinte", ours_start["painted"],
               "fenêtre PySide6 nue + tableau", bare_start["painted"]),
        Figure("démarrage → tableau de bord rempli", ours_start["loaded"],
               "fenêtre PySide6 nue + tableau", bare_start["loaded"]),
        Figure("démarrage → cadre de la fenêtre peint (avant la base)", ours_start["shell"],
               "fenêtre PySide6 nue + tableau", bare_start["shell"]),
        Figure("temps processeur : démarrage → cadre peint", ours_start["shell_cpu"],
               "fenêtre PySide6 nue + tableau", bare_start["shell_cpu"]),
        Figure("temps processeur : démarrage → fenêtre peinte", ours_start["painted_cpu"],
               "fenêtre PySide6 nue + tableau", bare_start["painted_cpu"]),
        Figure("temps processeur : démarrage → tableau de bord rempli",
               ours_start["loaded_cpu"], "fenêtre PySide6 nue + tableau",
               bare_start["loaded_cpu"]),
        Figure("mémoire résidente au repos, démo", ours_start["rss"],
               "fenêtre PySide6 nue + tableau", bare_start["rss"], unit="Mio"),
        Figure(f"mémoire résidente au repos, plan complet ({count} actions)", ours_full["rss"],
               "fenêtre PySide6 nue + tableau", bare_start["rss"], unit="Mio"),
    ]  # fmt: skip
    print(f"{int(ours['rows']):,} actions, insertion en masse : {insert_seconds:.2f} s")
    print_table(f"Fenêtre avec {count:,} actions (offscreen)".replace(",", "\u202f"), figures)
    from plan_sorts import print_sort_plans

    print_sort_plans(make_engine(f"sqlite:///{db}"))
    del app
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=100_000)
    parser.add_argument(
        "--from-sources", action="store_true",
        help="start-up children compile the package from source (no bytecode cache)",
    )  # fmt: skip
    arguments = parser.parse_args()
    main(arguments.actions, arguments.from_sources)
