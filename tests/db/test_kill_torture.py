"""Kill torture: random writes through the real services, SIGKILL at random points, no loss.

Each round, Hypothesis draws a sequence of writes (actions created, edited and followed up,
minutes notes, agenda points moved, émargement, the secretary's signature) and a kill point
(once a given write is announced, plus a delay of up to 60 ms, which lands inside that write
or a little after it). A child
process (:mod:`tests.db.kill_torture_driver`) applies them through the services and prints
an acknowledgement after each commit; it is killed with SIGKILL. Then:

* SQLite: ``PRAGMA integrity_check`` says ``ok``; PostgreSQL: the killed client's session is
  gone and no transaction of it is left open or prepared;
* the application opens the database (``bootstrap.Runtime``, its checks included);
* every acknowledged write is there, and the write in flight is there entirely or not at all.

The next round continues on the same database. ``GUSP_TORTURE_KILLS`` (SQLite, default 30)
and ``GUSP_TORTURE_PG_KILLS`` (PostgreSQL, default 10) set the size; ``GUSP_TORTURE_REPORT``
names a file to which the counts are appended (one JSON line per engine). The nightly run
and its figures are in ``docs/robustness.md``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.engine import make_url

from gusp_desktop.bootstrap import Runtime, SigningSetup
from gusp_desktop.credentials import EphemeralSecretStore
from gusp_desktop.domain.signed_minutes import SignerRole
from gusp_desktop.main import main
from tests.db import kill_torture_ops as ops

ROOT = Path(__file__).resolve().parents[2]
CHILD_NAME = "gusp-coupure"

pytestmark = pytest.mark.slow

# -- what Hypothesis draws -------------------------------------------------------------------

_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàçœÉ0123456789'-", min_size=1, max_size=9)
_text = st.lists(_word, min_size=1, max_size=6).map(" ".join)
_index = st.integers(0, 10_000)

OPERATIONS = st.one_of(
    st.fixed_dictionaries({"kind": st.just("create"), "like": _index, "text": _text}),
    st.fixed_dictionaries(
        {"kind": st.just("edit"), "action": _index, "field": _index, "value": _index, "text": _text}
    ),
    st.fixed_dictionaries(
        {
            "kind": st.just("follow"),
            "action": _index,
            "status": st.none() | _index,
            "progress": st.integers(0, 100),
        }
    ),
    st.fixed_dictionaries({"kind": st.just("notes"), "item": _index, "text": _text}),
    st.fixed_dictionaries(
        {"kind": st.just("move"), "item": _index, "position": st.integers(0, 12)}
    ),
    st.fixed_dictionaries({"kind": st.just("attend"), "line": _index, "status": _index}),
    st.fixed_dictionaries({"kind": st.just("sign"), "seance": _index}),
)


@dataclasses.dataclass(frozen=True)
class Round:
    operations: list[dict[str, Any]]
    kill_at: int  # wait until this write is announced (-1: until the database is open)…
    delay_us: int  # …then this long (µs): the kill lands inside it, or a little after


@st.composite
def rounds(draw: st.DrawFn) -> Round:
    operations = draw(st.lists(OPERATIONS, min_size=1, max_size=10))
    # Drawn through a Hypothesis-seeded Random: uniform, where integers() would favour 0.
    rng = draw(st.randoms(use_true_random=False))
    return Round(operations, rng.randint(-1, len(operations) - 1), rng.randint(0, 60_000))


# -- the tally -------------------------------------------------------------------------------


@dataclasses.dataclass
class Tally:
    kills: int = 0
    kills_during_a_write: int = 0  # a write announced and not yet acknowledged nor refused
    in_flight_found_committed: int = 0
    acknowledged: int = 0
    refused: int = 0
    integrity_failures: int = 0
    lost_acknowledged_writes: int = 0
    half_transactions: int = 0
    open_failures: int = 0
    seconds: float = 0.0
    failures: list[str] = dataclasses.field(default_factory=list)

    def report(self, engine: str) -> dict[str, Any]:
        values = dataclasses.asdict(self)
        return {"engine": engine, **values, "seconds": round(self.seconds, 1)}


@dataclasses.dataclass
class Torture:
    """One database tortured round after round, and what must be in it."""

    url: str
    child_url: str
    workdir: Path
    engine: str
    expected: dict[str, Any] = dataclasses.field(default_factory=dict)
    tally: Tally = dataclasses.field(default_factory=Tally)
    zygote: subprocess.Popen[str] | None = None
    rounds: int = 0

    def round(self, plan: Round) -> None:
        if self.tally.failures:
            return  # the database is no longer in a known state: stop here
        lines = self._run_child(plan)
        acked, in_flight, problems = _parse(lines)
        self.tally.kills += 1
        self.tally.kills_during_a_write += bool(in_flight)
        self.tally.acknowledged += len(acked)
        self.tally.refused += sum(line.startswith("R ") for line in lines)
        for effects in acked:
            self.expected.update(effects)
        if problems:
            self.tally.failures.extend(problems)
            return
        if not self._engine_is_sound():
            return
        self._compare(in_flight or {"before": {}, "after": {}})

    def _run_child(self, plan: Round) -> list[str]:
        """Fork a writer, kill it at the drawn point, and return the lines it completed."""
        zygote = self._zygote()
        self.rounds += 1
        for index, op in enumerate(plan.operations):  # titles and comments never repeat
            if op["kind"] in ("create", "follow"):
                op["token"] = f"{self.rounds}.{index}"
        log = self.workdir / f"round-{self.rounds}.log"
        command = {
            "database": self.child_url,
            "operations": plan.operations,
            "out_dir": str(self.workdir / "out"),
            "log": str(log),
        }
        zygote.stdin.write(json.dumps(command) + "\n")
        zygote.stdin.flush()
        pid = int(zygote.stdout.readline())
        lines = _follow_until(log, pid, plan.kill_at)
        time.sleep(plan.delay_us / 1e6)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        status = int(zygote.stdout.readline().split()[1])
        text = log.read_text(encoding="utf-8")
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            error = Path(f"{log}.err")
            detail = error.read_text(encoding="utf-8") if error.exists() else ""
            self.tally.failures.append(f"le processus a fini seul ({status}) : {detail}")
        log.unlink()
        with contextlib.suppress(FileNotFoundError):
            if Path(f"{log}.err").stat().st_size == 0:
                Path(f"{log}.err").unlink()
        # A line cut by the kill has no newline: it was never acknowledged.
        return [line for line in text.split("\n")[:-1]] or lines

    def _zygote(self) -> subprocess.Popen[str]:
        if self.zygote is None:
            self.zygote = subprocess.Popen(
                [sys.executable, "-m", "tests.db.kill_torture_driver", "--zygote"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                cwd=ROOT,
                env=_child_env(),
                text=True,
            )
        return self.zygote

    def close(self) -> None:
        if self.zygote is not None:
            self.zygote.communicate(timeout=60)
            self.zygote = None

    def _engine_is_sound(self) -> bool:
        if self.engine == "sqlite":
            result = _integrity(make_url(self.url).database or "")
            if result != ["ok"]:
                self.tally.integrity_failures += 1
                self.tally.failures.append(f"integrity_check après le kill : {result[:5]}")
                return False
            return True
        leftovers = _wait_for_client_sessions(self.url)
        if leftovers:
            self.tally.half_transactions += len(leftovers)
            self.tally.failures.append(f"session du client tué encore ouverte : {leftovers}")
            return False
        return True

    def _compare(self, announced: dict[str, Any]) -> None:
        in_flight: dict[str, Any] = announced["after"]
        keys = set(self.expected) | set(in_flight)
        try:
            runtime = Runtime(self.url)
            try:
                actual = ops.read_state(runtime.services, keys)
            finally:
                runtime.close()
        except Exception as exc:  # the application must open what the kill left
            self.tally.open_failures += 1
            self.tally.failures.append(f"la base ne s'ouvre plus : {exc!r}")
            return
        before = announced["before"] | self.expected
        before = {k: before[k] for k in keys}
        after = before | in_flight
        if actual == before:
            return
        if in_flight and actual == after:
            self.tally.in_flight_found_committed += 1
            self.expected.update(in_flight)
            return
        lost = {k: (before[k], actual[k]) for k in keys if actual[k] not in (before[k], after[k])}
        self.tally.lost_acknowledged_writes += sum(k in self.expected for k in lost)
        if not lost:
            self.tally.half_transactions += 1
        self.tally.failures.append(
            f"attendu {before} ou {after}, trouvé {actual}" if not lost else f"perdu : {lost}"
        )


def _follow_until(log: Path, pid: int, kill_at: int, timeout: float = 120.0) -> list[str]:
    """Read the writer's log as it grows until the kill point (or its death, or a timeout)."""
    deadline = time.monotonic() + timeout
    lines: list[str] = []
    while not _kill_point_reached(lines, kill_at) and time.monotonic() < deadline:
        try:
            lines = log.read_text(encoding="utf-8", errors="replace").split("\n")[:-1]
            os.kill(pid, 0)
        except FileNotFoundError:
            pass
        except ProcessLookupError:
            break
        time.sleep(0.0005)
    return lines


def _kill_point_reached(lines: list[str], kill_at: int) -> bool:
    """Whether write ``kill_at`` has begun (-1: the database is open), or all are done."""
    if lines and lines[-1].startswith("DONE"):
        return True
    if kill_at < 0:
        return bool(lines)
    tag, _, rest = lines[-1].partition(" ") if lines else ("", "", "")
    return tag in ("I", "S", "R", "A") and int(rest.split(" ")[0]) >= kill_at


def _parse(lines: list[str]) -> tuple[list[dict[str, Any]], dict[str, Any] | None, list[str]]:
    """Acknowledged effects in order, the write in flight at the kill, and driver problems."""
    acked: list[dict[str, Any]] = []
    announced: dict[str, Any] | None = None
    problems = []
    for line in lines:
        tag, _, rest = line.partition(" ")
        index, _, payload = rest.partition(" ")
        if tag == "I":
            announced = json.loads(payload)
        elif tag == "A":
            acked.append(json.loads(payload))
            announced = None
        elif tag == "R":
            announced = None
        elif tag == "X":
            problems.append(f"écriture {index} différente de l'annonce : {payload}")
    return acked, announced, problems


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("GUSP_DB_URL", None)
    return env


def _integrity(path: str) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [f"{exc}"]
    finally:
        conn.close()


def _wait_for_client_sessions(url: str, timeout: float = 10.0) -> list[tuple[Any, ...]]:
    """Sessions of the killed client still on the server (the server ends them on its own)."""
    runtime = Runtime(url)
    try:
        deadline = time.monotonic() + timeout
        while True:
            with runtime.engine.connect() as conn:
                rows = conn.execute(
                    text(
                        "SELECT pid, state, xact_start FROM pg_stat_activity "
                        "WHERE datname = current_database() AND application_name = :name"
                    ),
                    {"name": CHILD_NAME},
                ).all()
                prepared = conn.execute(text("SELECT gid FROM pg_prepared_xacts")).all()
            if (not rows and not prepared) or time.monotonic() > deadline:
                return [tuple(r) for r in [*rows, *prepared]]
            time.sleep(0.05)
    finally:
        runtime.close()


# -- the tests -------------------------------------------------------------------------------


def _kills(variable: str, default: int) -> int:
    return int(os.environ.get(variable) or default)


@pytest.fixture
def demo_database(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The demonstration territory in an empty database, and the secretary's signing identity."""
    data = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(data))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("GUSP_USER", "claire")
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")):
        assert main(["--db", db_url, "demo"]) == 0
    identities = SigningSetup.in_folder(data, EphemeralSecretStore()).identities
    identities.create_ca(ops.AUTHORITY, "Ville d'essai", ops.AUTHORITY_PASSPHRASE)
    identities.create_identity(
        ops.SIGNER,
        ops.AUTHORITY,
        ops.AUTHORITY_PASSPHRASE,
        ops.SIGNER_PASSPHRASE,
        email=ops.SIGNER_EMAIL,
        role=SignerRole.SECRETAIRE,
    )
    (tmp_path / "out").mkdir()
    return db_url


def test_killed_writers_lose_no_acknowledged_write(demo_database: str, tmp_path: Path) -> None:
    url = demo_database
    engine = make_url(url).get_backend_name()
    if engine == "sqlite":
        kills, child_url = _kills("GUSP_TORTURE_KILLS", 30), url
    else:
        kills = _kills("GUSP_TORTURE_PG_KILLS", 10)
        named = make_url(url).update_query_dict({"application_name": CHILD_NAME})
        child_url = named.render_as_string(hide_password=False)
    torture = Torture(url, child_url, tmp_path, engine)
    start = time.perf_counter()

    @settings(
        max_examples=kills,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(rounds())
    def one_round(plan: Round) -> None:
        torture.round(plan)

    try:
        one_round()
    finally:
        torture.close()
    torture.tally.seconds = time.perf_counter() - start
    report = torture.tally.report(engine)
    if os.environ.get("GUSP_TORTURE_REPORT"):  # one JSON line per engine
        with open(os.environ["GUSP_TORTURE_REPORT"], "a", encoding="utf-8") as out:
            out.write(json.dumps(report, ensure_ascii=False) + "\n")
    assert torture.tally.failures == [], report
    assert torture.tally.kills == kills, report
    if kills >= 20:  # a short run may kill every round before its first acknowledgement
        assert torture.tally.acknowledged > 0 and torture.tally.kills_during_a_write > 0, report
