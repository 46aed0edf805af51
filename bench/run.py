"""Run the benchmark scripts, print their tables, then the goals table of the product.

``python bench/run.py`` runs the scripts the goals are measured by (window, command line,
search, signing) at full size; ``--quick`` runs them with small sizes (a few minutes);
``--all`` adds every other script; naming scripts (``bench_ui bench_cli``) runs those alone.
Each goal is a figure measured against its baseline in the same run (the machine's load
cancels out of the ratio); a row whose script did not run says « non mesuré ».
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOAL_SCRIPTS = ("bench_ui", "bench_cli", "bench_search", "bench_signing")
Figures = dict[str, tuple[float, float | None]]  # name → (seconds, baseline seconds)


@dataclass(frozen=True)
class Goal:
    """One row of the goals table: how to read its figure, its baseline and its bound."""

    measure: str
    baseline: str
    goal: str
    read: Callable[[Figures], tuple[float, float | None] | None]
    met: Callable[[float, float | None], bool]
    unit: str = "s"


def _named(prefix: str) -> Callable[[Figures], tuple[float, float | None] | None]:
    def read(figures: Figures) -> tuple[float, float | None] | None:
        return next((v for k, v in figures.items() if k.startswith(prefix)), None)

    return read


def _signing(figures: Figures) -> tuple[float, float | None] | None:
    full = _named("mise en page + 2 signatures")(figures)
    alone = _named("mise en page seule")(figures)
    blank = next((v[1] for k, v in figures.items() if k.startswith("2 signatures visibles")), None)
    if full is None or alone is None or blank is None:
        return None
    return full[0], alone[0] + 2 * blank


def _ratio_at_most(bound: float) -> Callable[[float, float | None], bool]:
    return lambda seconds, baseline: bool(baseline) and seconds / baseline <= bound  # type: ignore[operator]


def _at_most_mib(mib: float) -> Callable[[float, float | None], bool]:
    return lambda value, _baseline: value <= mib


def _under(ms: float, ratio: float | None = None) -> Callable[[float, float | None], bool]:
    def met(seconds: float, baseline: float | None) -> bool:
        within = seconds * 1000 <= ms
        if ratio is not None:
            within = within and bool(baseline) and seconds / baseline <= ratio  # type: ignore[operator]
        return within

    return met


BARE = "fenêtre PySide6 nue + tableau"
SCRIPT = "script SQLAlchemy, mêmes lignes"
PROXY = "QSortFilterProxyModel"
GOALS = (
    Goal("démarrage → fenêtre principale peinte (démo)", BARE, "≤ 3×",
         _named("démarrage → fenêtre principale peinte"), _ratio_at_most(3)),
    Goal("démarrage → cadre de la fenêtre peint", BARE, "≤ 3×",
         _named("démarrage → cadre de la fenêtre peint"), _ratio_at_most(3)),
    Goal("démarrage → tableau de bord rempli", BARE, "≤ 5×",
         _named("démarrage → tableau de bord rempli"), _ratio_at_most(5)),
    Goal("CLI actions list --format json", SCRIPT, "≤ 1,5×",
         _named("CLI actions list"), _ratio_at_most(1.5)),
    Goal("CLI meetings list", SCRIPT, "≤ 1,5×", _named("CLI meetings list"), _ratio_at_most(1.5)),
    Goal("filtre du plan par frappe", PROXY, "≤ 50 ms et ≤ 0,15×",
         _named("filtre par frappe"), _under(50, 0.15)),
    Goal("tri du plan", PROXY, "≤ 100 ms", _named("tri par échéance"), _under(100)),
    Goal("recherche globale p95", "LIKE '%…%'", "≤ 30 ms",
         _named("recherche service, p95"), _under(30)),
    Goal("mémoire résidente au repos, démo", BARE, "≤ 200 Mio",
         _named("mémoire résidente au repos, démo"), _at_most_mib(200), "Mio"),
    Goal("mémoire résidente au repos, 100 000 actions", BARE, "≤ 350 Mio",
         _named("mémoire résidente au repos, plan complet"), _at_most_mib(350), "Mio"),
    Goal("compte rendu 30 p. + 2 signatures", "mise en page + 2 signatures page blanche",
         "≤ 1,5×", _signing, _ratio_at_most(1.5)),
)  # fmt: skip


def run_scripts(names: list[str], results: Path, quick: bool) -> int:
    """Run each script with its figures recorded in ``results``; non-zero if one failed."""
    env = dict(os.environ, GUSP_BENCH_RESULTS=str(results), GUSP_BENCH_QUICK="1" if quick else "")
    failed = 0
    for name in names:
        extra = ["--actions", "5000"] if quick and name == "bench_ui" else []
        print(f"\n# {name}.py", flush=True)
        failed |= subprocess.call([sys.executable, str(HERE / f"{name}.py"), *extra], env=env)
    return failed


def goals_table(figures: Figures) -> list[tuple[str, ...]]:
    """One row per goal: measure, time, baseline, its time, ratio, goal, met or not."""
    rows = []
    for goal in GOALS:
        found = goal.read(figures)
        if found is None:
            rows.append((goal.measure, "", goal.baseline, "", "", goal.goal, "non mesuré"))
            continue
        seconds, baseline = found
        ratio = f"{seconds / baseline:.2f}×" if baseline else ""
        rows.append((
            goal.measure, _shown(seconds, goal.unit), goal.baseline,
            _shown(baseline, goal.unit) if baseline else "", ratio, goal.goal,
            "atteint" if goal.met(seconds, baseline) else "non atteint",
        ))  # fmt: skip
    return rows


def _shown(value: float, unit: str) -> str:
    return f"{value:.0f} Mio" if unit == "Mio" else f"{value * 1000:.0f} ms"


def print_rows(rows: list[tuple[str, ...]]) -> None:
    header = ("mesure", "temps", "référence (même exécution)", "temps réf.", "rapport", "objectif",
              "résultat")  # fmt: skip
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def main(arguments: list[str]) -> int:
    quick = "--quick" in arguments
    named = [a for a in arguments if not a.startswith("--")]
    every = sorted(p.stem for p in HERE.glob("bench_*.py"))
    names = named or (every if "--all" in arguments else list(GOAL_SCRIPTS))
    results = Path(tempfile.mkstemp(prefix="gusp-bench-", suffix=".jsonl")[1])
    failed = run_scripts(names, results, quick)
    figures: Figures = {}
    for line in results.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        figures.setdefault(item["name"], (item["seconds"], item["baseline"]))
    results.unlink()
    print(f"\n## Objectifs{' (tailles réduites : --quick)' if quick else ''}\n")
    print_rows(goals_table(figures))
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
