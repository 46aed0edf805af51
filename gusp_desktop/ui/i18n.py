"""Language of the window: Qt translators, compiled catalogues and French dates.

Source strings are French (the users' language); ``resources/i18n/gusp_en.ts`` translates them
to English. The compiled ``.qm`` files are never committed: they are built from the ``.ts``
sources with ``pyside6-lrelease`` into a cache directory the first time they are needed (or
after a ``.ts`` changed), and a frozen bundle ships them ready-made next to the sources.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from gusp_desktop import APP_NAME
from gusp_desktop.paths import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "fr"
CATALOGUE = "gusp"
NBSP = "\u00a0"
_current = {"language": SOURCE_LANGUAGE}
_LOCALES = {
    "fr": (QLocale.Language.French, QLocale.Country.France),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def sources_dir() -> Path:
    """Where the ``.ts`` sources (and, in a frozen bundle, the ``.qm`` files) live."""
    return resource_path("i18n")


def cache_dir() -> Path:
    """Where compiled catalogues go; ``GUSP_CACHE_DIR`` overrides it for tests and builds."""
    override = os.environ.get("GUSP_CACHE_DIR")
    base = Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME))
    return base / "i18n"


def lrelease_command() -> str | None:
    """The ``pyside6-lrelease`` that ships with PySide6-Essentials, if any."""
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_catalogues(target: Path | None = None) -> Path:
    """Build every ``.qm`` older than its ``.ts`` into ``target``; return the directory to load.

    A frozen bundle has no compiler but carries its ``.qm`` files, which are then used as is.
    """
    sources = sources_dir()
    if any(sources.glob("*.qm")):
        return sources
    target = target or cache_dir()
    target.mkdir(parents=True, exist_ok=True)
    command = lrelease_command()
    for ts_file in sorted(sources.glob("*.ts")):
        qm_file = target / f"{ts_file.stem}.qm"
        if qm_file.exists() and qm_file.stat().st_mtime >= ts_file.stat().st_mtime:
            continue
        if command is None:
            log.warning("pyside6-lrelease introuvable : interface en français uniquement.")
            break
        subprocess.run(
            [command, "-silent", str(ts_file), "-qm", str(qm_file)],
            check=True,
            capture_output=True,
        )
    return target


def locale_for(language: str) -> QLocale:
    """The Qt locale used for dates and numbers in ``language``."""
    lang, country = _LOCALES.get(language, _LOCALES[SOURCE_LANGUAGE])
    return QLocale(lang, country)


def install_translators(
    app: QCoreApplication, language: str, catalogues: Path | None = None
) -> list[QTranslator]:
    """Install Qt's own and our translations for ``language``; keep the result alive.

    Qt's catalogue (``qtbase_fr``) translates the standard buttons (« Annuler », « Oui »…).
    """
    set_language(language)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    directory = catalogues or compile_catalogues()
    # The French catalogue only adds plural forms (« 1 action », « 2 actions ») to the sources.
    candidates = [(f"qtbase_{language}", qt_dir), (f"{CATALOGUE}_{language}", str(directory))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("Traduction %s introuvable dans %s", name, directory)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests switch languages back and forth)."""
    for translator in translators:
        app.removeTranslator(translator)
    set_language(SOURCE_LANGUAGE)


def set_language(language: str) -> None:
    """Make ``language`` the one dates and numbers are written in."""
    _current["language"] = language if language in _LOCALES else SOURCE_LANGUAGE
    QLocale.setDefault(locale_for(_current["language"]))


def current_locale() -> QLocale:
    """Locale of the interface language (French unless English was chosen)."""
    return locale_for(_current["language"])


def long_date(day: dt.date) -> str:
    """« jeudi 12 juin 2025 » in French, « Thursday 12 June 2025 » in English."""
    return current_locale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def short_date(day: dt.date | None) -> str:
    """« 12/06/2025 », compact enough for a table column; empty for no date."""
    if day is None:
        return ""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def clock_time(moment: dt.datetime | dt.time) -> str:
    """« 14 h 30 » in French (with no-break spaces), « 14:30 » otherwise."""
    if current_locale().language() == QLocale.Language.French:
        return f"{moment.hour}{NBSP}h{NBSP}{moment.minute:02d}"
    return f"{moment.hour:02d}:{moment.minute:02d}"


def quoted(text: str) -> str:
    """French quotation marks with no-break spaces inside: « texte »."""
    return f"«{NBSP}{text}{NBSP}»"


def update_sources() -> None:
    """Maintainers: collect every ``tr()`` of ``gusp_desktop/ui`` into the ``.ts`` files.

    Run ``python -m gusp_desktop.ui.i18n`` after changing texts, then translate the new
    entries of ``gusp_en.ts`` (with Qt Linguist or by hand) and commit the ``.ts`` files.
    Files are listed one by one: pyside6-lupdate skips Python files found by scanning a folder.
    """
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ui_dir = Path(__file__).resolve().parent
    files = sorted(str(p) for p in ui_dir.rglob("*.py"))
    for language, target in (("fr", "fr_FR"), ("en", "en_GB")):
        ts_file = sources_dir() / f"{CATALOGUE}_{language}.ts"
        subprocess.run(
            [str(lupdate), *files, "-locations", "none", "-no-obsolete", "-source-language",
             "fr_FR", "-target-language", target, "-ts", str(ts_file)],
            check=True,
        )  # fmt: skip


if __name__ == "__main__":
    update_sources()


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for translation in ``context`` without translating it now.

    Same role as Qt's macro (lupdate finds it by name), typed as returning ``str``.
    """
    return source


#: Labels of Qt's own file dialog (used on Linux without a desktop theme) that Qt's French
#: catalogue lacks, so « Look in: » showed in a French window. Listed here for lupdate; our
#: catalogue, installed after Qt's, fills these gaps and leaves the rest to Qt.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
