"""PyInstaller hook for PySide6.QtGui: PyInstaller's own hook, minus the Qt plugins we never load.

A user hook replaces the built-in one (higher priority), so the plugins are left out *before*
PyInstaller resolves their shared-library dependencies: dropping the virtual-keyboard input
context and the PDF image format also keeps QtQml, QtQuick and QtPdf out, and dropping the GTK3
platform theme keeps the build machine's GTK, Pango and Cairo out. Filtering
after the analysis would leave those dependencies behind.
"""

from bundle_rules import unused_qt_plugin  # installer/, put on sys.path by the spec
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if not unused_qt_plugin(src)]
