"""Shared helpers of the benchmark scripts: timing and a results table with ratios."""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Figure:
    """One measured step and the baseline it is compared with (same run)."""

    name: str
    seconds: float  # or mebibytes when ``unit`` is "Mio"
    baseline_name: str = ""
    baseline_seconds: float | None = None
    unit: str = "s"

    @property
    def ratio(self) -> str:
        if not self.baseline_seconds:
            return ""
        return f"{self.seconds / self.baseline_seconds:.2f}×"


def measure(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``fn`` over ``repeat`` runs, in seconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def print_table(title: str, figures: list[Figure]) -> None:
    """Print figures as an aligned table (and record them for ``run.py``'s goals table)."""
    _record(figures)
    print(f"\n## {title}\n")
    header = ("mesure", "temps", "référence (même exécution)", "temps réf.", "rapport")
    rows = [
        (
            f.name,
            shown(f.seconds, f.unit),
            f.baseline_name,
            shown(f.baseline_seconds, f.unit) if f.baseline_seconds else "",
            f.ratio,
        )
        for f in figures
    ]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(5)]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def shown(value: float, unit: str) -> str:
    """A figure as printed: milliseconds for times, Mio for memory."""
    return f"{value:.0f} Mio" if unit == "Mio" else f"{value * 1000:.1f} ms"


def resident_mib() -> float:
    """Resident memory of this process now, in Mio (Linux ``/proc``; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


RESULTS_ENV = "GUSP_BENCH_RESULTS"


def _record(figures: list[Figure]) -> None:
    """Append the figures as JSON lines to the file named by ``GUSP_BENCH_RESULTS``, if any."""
    path = os.environ.get(RESULTS_ENV)
    if not path:
        return
    with open(path, "a", encoding="utf-8") as out:
        for f in figures:
            line = {"name": f.name, "seconds": f.seconds, "baseline": f.baseline_seconds}
            line["unit"] = f.unit
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


def quick() -> bool:
    """True when ``run.py --quick`` asked for small sizes."""
    return os.environ.get("GUSP_BENCH_QUICK") == "1"
