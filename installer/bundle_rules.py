"""What the bundle leaves out, shared by the spec, its hook and the tests that check the result."""

from __future__ import annotations

import re

# Qt plugins the application never loads. The first two drag in QtQml/QtQuick and QtPdf; the
# GTK3 theme drags in the build machine's GTK stack. The window runs on xcb
# (X11 and XWayland), Wayland, and offscreen/minimal for the self-test.
_UNUSED_PLUGINS = re.compile(
    r"plugins[/\\]("
    r"platforminputcontexts[/\\][^/\\]*virtualkeyboard"
    r"|imageformats[/\\][^/\\]*pdf"
    r"|platformthemes[/\\][^/\\]*gtk3"
    r"|platforms[/\\][^/\\]*(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)"
    r"|egldeviceintegrations|generic|networkinformation|printsupport|sqldrivers"
    r"|qmltooling|multimedia|position|geoservices|sensors|texttospeech|webview"
    r"|renderers|renderplugins|sceneparsers|geometryloaders|assetimporters|canbus"
    r"|designer|scxmldatamodel|vectorimageformats"
    r")[/\\]?",
    re.IGNORECASE,
)

# Qt Python modules the application does not import (it uses QtCore, QtGui, QtWidgets, QtCharts;
# QtSvg comes in as a library for the SVG icons). QtOpenGL's Python module is 8.5 MB that only
# QtCharts' hook asks for; its libraries stay, libQt6Charts links them.
UNUSED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCanvasPainter", "QtConcurrent", "QtDataVisualization", "QtDesigner",
    "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets",
    "QtPdf", "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtVirtualKeyboard",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip

# Qt libraries that must not be in the bundle: their presence means a plugin above came back.
FORBIDDEN_QT_LIBRARIES = re.compile(
    r"Qt6(Qml|Quick|Pdf|VirtualKeyboard|WebEngine|Multimedia|3D)", re.IGNORECASE
)

# Plaintext or stdin-prompting keyring backends.
FORBIDDEN_KEYRING = re.compile(r"(^|[/\\.])keyrings([/\\.]|$)|keyrings[._-]alt", re.IGNORECASE)

# Qt's own catalogues (qtbase_fr.qm…) and babel's locale data kept: French and English only.
QT_CATALOGUE = re.compile(r"translations[/\\][a-z_]+?_(?P<lang>[a-z]{2})(_[A-Za-z]{2})?\.qm$")
KEPT_LANGUAGES = ("fr", "en")
BABEL_LOCALES = frozenset(
    {"root", "fr", "fr_FR", "en", "en_001", "en_150", "en_GB", "en_US", "en_US_POSIX"}
)


def unused_qt_plugin(path: str) -> bool:
    """True for a Qt plugin file the bundle leaves out."""
    return bool(_UNUSED_PLUGINS.search(path))


def kept_data_file(destination: str) -> bool:
    """False for Qt catalogues and babel locales of languages the application does not offer."""
    name = destination.replace("\\", "/")
    match = QT_CATALOGUE.search(name)
    if match and "PySide6/" in name:
        return match["lang"] in KEPT_LANGUAGES
    if name.startswith("babel/locale-data/"):
        return name.rsplit("/", 1)[-1].removesuffix(".dat") in BABEL_LOCALES
    return True
