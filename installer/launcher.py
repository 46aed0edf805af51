"""Entry script frozen by PyInstaller: the same ``main`` as ``gusp-desktop`` and ``python -m``.

The script lives outside the package so that PyInstaller does not put ``gusp_desktop/`` itself
on the search path (its sub-packages would then also be importable as top-level modules).

The Windows ``gusp-desktop-gui`` executable is built without a console: Python then has no
standard streams, so whatever would be printed becomes lines of the rotating log file that
the application writes anyway, instead of silently failing on the first ``print``.
"""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from gusp_desktop.error_log import capture_missing_streams

    capture_missing_streams()
    from gusp_desktop.main import main

    sys.exit(main())
