"""Child process of the kill torture: runs writes through the real services until killed.

``python -m tests.db.kill_torture_driver --zygote`` imports the application once, then for
each line ``{"database": …, "operations": …, "out_dir": …, "log": …}`` read on its standard
input forks a writer, prints the writer's pid, waits for it and prints ``EXIT status``. Forking
from an interpreter that has already imported everything spares each round a second of
start-up, which is what makes a thousand kills affordable; what is killed is still a whole
process with its own connections, opened the way the command line opens them
(``bootstrap.Runtime``: opening checks, automatic backup, schema, user).

The writer appends to ``log``, each line flushed at once:

* ``READY`` once the database is open;
* ``I n {"before": {...}, "after": {...}}`` before write ``n``: the values it will change, as
  they are and as they will be;
* ``A n {effects}`` once the service call has returned, i.e. committed: the acknowledgement;
* ``R n message`` when the service refused it (nothing written), ``S n`` when there was
  nothing to apply it to, ``X n {...}`` when the committed effects differ from the announced
  ones (a bug in this driver or in the service);

then ``DONE``, and waits to be killed like the others. ``python -m tests.db.kill_torture_driver
DATABASE OPERATIONS.json OUTPUT_FOLDER`` runs one writer on stdout, for a look by hand.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import sys
import traceback
from pathlib import Path
from typing import Any, TextIO

from gusp_desktop.bootstrap import Runtime
from gusp_desktop.domain.errors import GuspError
from tests.db.kill_torture_ops import plan


def run(database: str, operations: list[dict[str, Any]], out_dir: Path, log: TextIO) -> None:
    """Apply the operations one transaction each, acknowledging every commit."""

    def emit(*parts: object) -> None:
        log.write(" ".join(str(p) for p in parts) + "\n")
        log.flush()  # the parent may kill us right after

    services = Runtime(database).services
    emit("READY")
    for index, op in enumerate(operations):
        try:
            planned = plan(services, op, out_dir)
        except GuspError as exc:
            emit("R", index, json.dumps(str(exc)))
            continue
        if planned is None:
            emit("S", index)
            continue
        emit("I", index, json.dumps({"before": planned.before, "after": planned.intent}))
        try:
            observed = planned.run()
        except GuspError as exc:
            emit("R", index, json.dumps(str(exc)))
            continue
        emit("A", index, json.dumps(observed))
        if observed != planned.intent:
            emit("X", index, json.dumps({"annoncé": planned.intent, "écrit": observed}))
    emit("DONE")


def _writer(command: dict[str, Any]) -> None:
    """The forked writer: never returns into the zygote's loop."""
    status = 0
    try:
        with open(command["log"], "a", encoding="utf-8") as log:
            with open(command["log"] + ".err", "a", encoding="utf-8") as err:
                os.dup2(err.fileno(), 2)
            run(command["database"], command["operations"], Path(command["out_dir"]), log)
            signal.pause()  # like a window left open: only the kill ends it
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        status = 1
    finally:
        os._exit(status)


# What the application loads on first use, loaded once here rather than in every writer.
WARM_UP = ("snowballstemmer", "psycopg", "keyring", "cryptography.x509", "pyhanko.sign")


def zygote() -> None:
    """Fork one writer per command line and report how each ended."""
    for name in WARM_UP:
        importlib.import_module(name)
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            _writer(json.loads(line))
        print(pid, flush=True)
        _pid, status = os.waitpid(pid, 0)
        print("EXIT", status, flush=True)


def main(argv: list[str]) -> int:
    if argv == ["--zygote"]:
        zygote()
        return 0
    database, operations, out_dir = argv
    ops = json.loads(Path(operations).read_text(encoding="utf-8"))
    run(database, ops, Path(out_dir), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
