"""The Linux bundle: its size, its archive's size, and how fast it starts.

``gusp-desktop --version`` and ``--self-test`` from the PyInstaller bundle are compared with the
same commands run by ``python -m gusp_desktop`` from the virtual environment, in the same run.
The bundle in ``build/linux`` is reused when it is there; otherwise it is built first
(``installer/build_linux.py``, about a minute), and ``--rebuild`` forces a fresh build.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "installer"))
from _common import Figure, measure, print_table  # noqa: E402
from build_linux import DEFAULT_OUTPUT  # noqa: E402
from build_linux import main as build_linux  # noqa: E402
from bundle_check import directory_size  # noqa: E402

MIB = 1024 * 1024


def ensure_bundle(rebuild: bool) -> tuple[Path, Path, float | None]:
    """The bundle folder, its archive, and the build time when it had to be built."""
    bundle = DEFAULT_OUTPUT / "dist" / "gusp-desktop"
    archives = sorted(DEFAULT_OUTPUT.glob("gusp-desktop-*-linux-*.tar.gz"))
    if rebuild or not (bundle / "gusp-desktop").is_file() or not archives:
        start = time.perf_counter()
        if build_linux(["--output", str(DEFAULT_OUTPUT)]) != 0:
            raise SystemExit("construction du bundle en échec")
        built = time.perf_counter() - start
        archives = sorted(DEFAULT_OUTPUT.glob("gusp-desktop-*-linux-*.tar.gz"))
        return bundle, archives[-1], built
    return bundle, archives[-1], None


def size_line(bundle: Path, archive: Path) -> list[str]:
    """Sizes of the bundle, its archive and its largest parts."""
    internal = bundle / "_internal"
    parts = sorted(
        (directory_size(p) if p.is_dir() else p.lstat().st_size, p.name) for p in internal.iterdir()
    )[::-1][:6]
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    largest = ", ".join(f"{name} {size / MIB:.1f} Mio" for size, name in parts)
    return [
        f"dossier {bundle.relative_to(ROOT)} : {directory_size(bundle) / MIB:.1f} Mio, "
        f"{files} fichiers",
        f"archive {archive.name} : {archive.stat().st_size / MIB:.1f} Mio",
        f"plus gros éléments de _internal : {largest}",
    ]


def main() -> None:
    bundle, archive, built = ensure_bundle("--rebuild" in sys.argv[1:])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    frozen = [str(bundle / "gusp-desktop")]
    python = [sys.executable, "-m", "gusp_desktop"]

    def timed(command: list[str], repeat: int) -> float:
        def run() -> None:
            subprocess.run(command, check=True, capture_output=True, env=env, cwd=ROOT)

        run()  # warm-up: the first start also pays for reading the files from disk
        return measure(run, repeat=repeat)

    figures = []
    if built is not None:
        figures.append(Figure("construction (PyInstaller, vérification, tar.gz)", built))
    for option, repeat in (("--version", 7), ("--self-test", 3)):
        figures.append(
            Figure(
                f"bundle : gusp-desktop {option}",
                timed([*frozen, option], repeat),
                f"python -m gusp_desktop {option}",
                timed([*python, option], repeat),
            )
        )
    print_table("Bundle Linux (PyInstaller, un dossier) : démarrage", figures)
    print("\n## Bundle Linux : taille\n")
    print("\n".join(size_line(bundle, archive)))


if __name__ == "__main__":
    main()
