"""The desktop window (PySide6).

Python's own ``__import__`` is kept here, before any module of the window imports PySide6:
``ui.qt_imports`` gives it back once PySide6 has replaced it (see there why).
"""

import builtins

PYTHON_IMPORT = builtins.__import__
