"""Entry script frozen by PyInstaller: the same ``main`` as ``gusp-desktop`` and ``python -m``.

The script lives outside the package so that PyInstaller does not put ``gusp_desktop/`` itself
on the search path (its sub-packages would then also be importable as top-level modules).

The Windows ``gusp-desktop-gui`` executable is built without a console: Python then has no
standard streams, so they go to a log file instead of silently failing on the first ``print``
or log line.
"""

from __future__ import annotations

import sys


def _streams_to_log_file() -> None:
    if sys.stdout is not None and sys.stderr is not None:
        return
    from pathlib import Path

    import platformdirs

    log_dir = Path(platformdirs.user_log_dir("gusp-desktop", appauthor=False))
    log_dir.mkdir(parents=True, exist_ok=True)
    stream = (log_dir / "gusp-desktop.log").open("a", encoding="utf-8", buffering=1)
    sys.stdout = sys.stdout or stream
    sys.stderr = sys.stderr or stream


if __name__ == "__main__":
    _streams_to_log_file()
    from gusp_desktop.cli import main

    sys.exit(main())
