"""Imports without PySide6's per-module source scan.

Importing PySide6 replaces ``builtins.__import__`` with its own, which serves
``from __feature__ import snake_case, true_property`` (Qt's optional Python spellings, which
this application does not use): after every import of a module not seen before, it reads the
module's whole source file (``inspect.getsource``) to tell whether it mentions PySide6. The
window imports some 360 modules after PySide6 before its first paint (SQLAlchemy, the model,
the window's own), so that scan cost ~75 ms of CPU at each start, and it kept the source of
every one of them in memory (``linecache``). Python's own import is given back; nothing else
of PySide6 depends on it.
"""

from __future__ import annotations

import builtins

from gusp_desktop.ui import PYTHON_IMPORT

FEATURE_IMPORT = "__feature_import__"  # the name of PySide6's replacement


def drop_feature_import() -> bool:
    """Give Python's ``__import__`` back if PySide6 replaced it; whether it was replaced.

    Nothing happens when PySide6 was imported before this package (then the import kept by
    ``gusp_desktop.ui`` is PySide6's own), nor when another tool replaced the import.
    """
    current = builtins.__import__
    if getattr(current, "__name__", "") != FEATURE_IMPORT:
        return False
    if getattr(PYTHON_IMPORT, "__name__", "") != "__import__":
        return False
    builtins.__import__ = PYTHON_IMPORT
    return True
