"""Window start-up of several checkouts side by side, against the bare window, in turns.

``python bench/startup_ab.py --rounds 12 ../before .`` builds the demo territory once, then
runs, round after round, each checkout's own start-up child (``CHILD_OURS`` of its
``bench/bench_ui.py``, so each measures its own ``run_gui`` steps) and the bare window, each
with its own bytecode cache filled by an untimed run. On a loaded machine the load changes
from minute to minute: alternating the checkouts puts the same load on each, and each round's
ratio is taken against that round's bare window. Prints the medians (wall and CPU time).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MOMENTS = ("painted", "loaded", "shell")


def child_code(checkout: Path, name: str) -> str:
    """The string constant ``name`` of the checkout's ``bench/bench_ui.py``, unimported."""
    tree = ast.parse((checkout / "bench" / "bench_ui.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            assert isinstance(node.value, ast.Constant)
            return str(node.value.value)
    raise LookupError(f"{name} absent from {checkout}")


def environment(checkout: Path, cache: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(checkout), PYTHONPYCACHEPREFIX=str(cache))
    # The user keeps their « last database », and the children's backups stay in the bench.
    env["GUSP_CONFIG_DIR"] = str(cache.parent / "config")
    env["GUSP_DATA_DIR"] = str(cache.parent / "data")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run_child(code: str, args: list[str], checkout: Path, cache: Path) -> dict[str, float]:
    """Seconds from launch to each moment, and the CPU seconds at each."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
        cwd=checkout, env=environment(checkout, cache),
    ).stdout  # fmt: skip
    moments = json.loads(out.strip().splitlines()[-1])
    result = {key: moments[key] - start for key in MOMENTS}
    result.update({f"{key}_cpu": moments[f"{key}_cpu"] for key in MOMENTS})
    return result


def main(checkouts: list[Path], rounds: int) -> None:
    sys.path.insert(0, str(HERE.parent))
    from bench_ui import build_database  # noqa: PLC0415 - after the path is set

    from gusp_desktop.ui.i18n import compile_catalogues

    work = Path(tempfile.mkdtemp(prefix="gusp-startup-ab-"))
    demo = work / "demo.sqlite3"
    build_database(demo, 0)
    args = [str(demo), str(work / "s.ini"), str(compile_catalogues(work / "i18n"))]
    caches = {checkout: work / f"pycache-{n}" for n, checkout in enumerate(checkouts)}
    codes = {checkout: child_code(checkout, "CHILD_OURS") for checkout in checkouts}
    bare_code, bare_home = child_code(checkouts[0], "CHILD_BARE"), checkouts[0]
    for checkout in checkouts:  # untimed: fills each bytecode cache
        run_child(codes[checkout], args, checkout, caches[checkout])
    samples: dict[Path, list[dict[str, float]]] = {checkout: [] for checkout in checkouts}
    bare: list[dict[str, float]] = []
    for _ in range(rounds):
        for checkout in checkouts:
            samples[checkout].append(run_child(codes[checkout], args, checkout, caches[checkout]))
        bare.append(run_child(bare_code, [], bare_home, caches[bare_home]))  # PySide6 cached
    print(f"{rounds} tours ; fenêtre nue : {statistics.median(b['painted'] for b in bare):.3f} s, "
          f"{statistics.median(b['painted_cpu'] for b in bare):.3f} s de processeur")  # fmt: skip
    for checkout, runs in samples.items():
        cells = []
        for key in MOMENTS:
            wall = statistics.median(r[key] / b["painted"] for r, b in zip(runs, bare, strict=True))
            cpu = statistics.median(
                r[f"{key}_cpu"] / b["painted_cpu"] for r, b in zip(runs, bare, strict=True)
            )
            cells.append(f"{key} {wall:.2f}× / {cpu:.2f}×")
        print(f"{checkout}: " + " ; ".join(cells) + " (temps réel / processeur)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=10)
    arguments = parser.parse_args()
    main([checkout.resolve() for checkout in arguments.checkouts], arguments.rounds)
