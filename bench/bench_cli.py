"""The command line on the demo territory against a bare SQLAlchemy script printing the same rows.

Each command is a whole process (interpreter start, imports, database opened, rows printed),
timed as the median of a few runs after one warm-up run (bytecode compiled, as installed); the
baseline script selects the same rows with SQLAlchemy Core and prints them as JSON (actions) or
as lines (séances). Also: resident memory of the command against the baseline's. A script,
not a test: it prints a table and asserts nothing.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from _common import Figure, print_table  # noqa: E402

BARE_ACTIONS = """
import json, sys
from sqlalchemy import create_engine, text
engine = create_engine(f"sqlite:///{sys.argv[1]}")
with engine.connect() as conn:
    rows = conn.execute(text(
        "SELECT a.number, a.title, q.name, o.name,"
        " coalesce(a.revised_deadline, a.initial_deadline),"
        " a.status FROM action a JOIN quartier q ON q.id = a.quartier_id"
        " LEFT JOIN organisation o ON o.id = a.pilot_organisation_id ORDER BY a.number"))
    print(json.dumps([list(map(str, r)) for r in rows], ensure_ascii=False, indent=2))
"""
BARE_MEETINGS = """
import sys
from sqlalchemy import create_engine, text
engine = create_engine(f"sqlite:///{sys.argv[1]}")
with engine.connect() as conn:
    for r in conn.execute(text(
        "SELECT s.id, s.starts_at, i.code, s.number, s.status, s.place FROM seance s"
        " JOIN instance i ON i.id = s.instance_id ORDER BY s.starts_at")):
        print("  ".join(map(str, r)))
"""
REPEAT = 3


def run_timed(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Median wall seconds, peak resident MiB and median CPU seconds of ``command``.

    The CPU time (user + system) hardly moves when other programs load the machine, so it
    tells what the wall time would be on an idle one.
    """
    seconds, peaks, cpu = [], [], []
    for _ in range(REPEAT):
        start = time.perf_counter()
        pid = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL).pid
        _pid, status, usage = os.wait4(pid, 0)
        seconds.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        cpu.append(usage.ru_utime + usage.ru_stime)
        if status != 0:
            raise SystemExit(f"échec de {' '.join(command)} (statut {status})")
    return statistics.median(seconds), max(peaks), statistics.median(cpu)


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="gusp-bench-cli-"))
    env = dict(os.environ, GUSP_DATA_DIR=str(work / "data"), GUSP_CONFIG_DIR=str(work / "cfg"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    # Like an installed copy (pip and the bundles ship compiled bytecode): the modules are
    # compiled once, into a folder of this run, instead of from source at every process
    # when the environment says PYTHONDONTWRITEBYTECODE (the baseline's SQLAlchemy is
    # installed compiled).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    db = work / "demo.sqlite3"
    gusp = [sys.executable, "-m", "gusp_desktop", "--db", str(db)]
    subprocess.run([*gusp, "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
    for warm_up in (["actions", "list", "--format", "json"], ["meetings", "list"]):
        subprocess.run([*gusp, *warm_up], env=env, check=True, stdout=subprocess.DEVNULL)
    for script in (BARE_ACTIONS, BARE_MEETINGS):
        subprocess.run([sys.executable, "-c", script, str(db)], env=env, stdout=subprocess.DEVNULL)
    actions, actions_mib, actions_cpu = run_timed(
        [*gusp, "actions", "list", "--format", "json"], env
    )
    bare_actions, bare_mib, bare_actions_cpu = run_timed(
        [sys.executable, "-c", BARE_ACTIONS, str(db)], env
    )
    meetings, _, meetings_cpu = run_timed([*gusp, "meetings", "list"], env)
    bare_meetings, _, bare_meetings_cpu = run_timed(
        [sys.executable, "-c", BARE_MEETINGS, str(db)], env
    )
    script = "script SQLAlchemy, mêmes lignes"
    print_table(
        "Ligne de commande, territoire de démonstration",
        [
            Figure("CLI actions list --format json", actions, script, bare_actions),
            Figure("CLI meetings list", meetings, script, bare_meetings),
            Figure("temps processeur : CLI actions list", actions_cpu, script, bare_actions_cpu),
            Figure(
                "temps processeur : CLI meetings list", meetings_cpu, script, bare_meetings_cpu
            ),  # fmt: skip
        ],
    )
    print(
        f"\nmémoire résidente max : actions list {actions_mib:.0f} Mio, script {bare_mib:.0f} Mio"
    )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
