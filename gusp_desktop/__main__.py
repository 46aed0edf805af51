"""``python -m gusp_desktop`` runs the same entry point as ``gusp-desktop``."""

from __future__ import annotations

import sys

from gusp_desktop.main import main

if __name__ == "__main__":
    sys.exit(main())
