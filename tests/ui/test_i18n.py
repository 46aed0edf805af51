"""Translations: compiled catalogues, English menus, consistent placeholders, French dates."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gusp_desktop.ui import i18n
from gusp_desktop.ui.app import create_main_window
from gusp_desktop.ui.settings import AppSettings

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n|%\d")
# Contexts of the pages and widgets whose English must be complete in this repository.
SHELL_CONTEXTS = {
    "ActionDetailPanel",
    "App",
    "ActionFilterBar",
    "ActionTableModel",
    "ActionsPage",
    "BusyIndicator",
    "DashboardPage",
    "MainWindow",
    "Pages",
    "PlaceholderPage",
    "PreferencesDialog",
    "WelcomeDialog",
}


def messages(ts_file: Path) -> Iterator[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message of a .ts file."""
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if forms else [translation.text or ""]
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                texts = []
            yield name, message.findtext("source") or "", texts


@pytest.fixture
def english(qapp: QApplication, catalogues: Path) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "en", catalogues)
    yield
    i18n.remove_translators(qapp, translators)
    i18n.set_language("fr")


def test_catalogues_compile_once(tmp_path: Path) -> None:
    target = i18n.compile_catalogues(tmp_path)
    built = {p.name: p.stat().st_mtime_ns for p in target.glob("*.qm")}
    assert set(built) == {"gusp_en.qm", "gusp_fr.qm"}
    assert i18n.compile_catalogues(tmp_path) == target
    assert {p.name: p.stat().st_mtime_ns for p in target.glob("*.qm")} == built


def test_menus_are_translated_to_english(
    qtbot, english: None, demo_services, tasks, prompts, settings_path
) -> None:
    window = create_main_window(
        demo_services, tasks, prompts, AppSettings(settings_path), "Fichier local : x"
    )
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Documents", "&Help"]
    assert window.sidebar.item(2).text() == "Action plan"
    dashboard = window.dashboard_page
    window.show_page("dashboard")  # its data is read once the event loop runs
    qtbot.waitUntil(lambda: "7 overdue actions" in dashboard.summary_label.text())
    assert "Sunday 15 June 2025" in dashboard.summary_label.text()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_translations_keep_every_placeholder(language: str) -> None:
    ts_file = i18n.sources_dir() / f"gusp_{language}.ts"
    for context, source, texts in messages(ts_file):
        expected = sorted(PLACEHOLDER.findall(source))
        for text in texts:
            if text:
                assert sorted(PLACEHOLDER.findall(text)) == expected, (context, source, text)


def test_english_covers_the_whole_shell() -> None:
    missing = [
        (context, source)
        for context, source, texts in messages(i18n.sources_dir() / "gusp_en.ts")
        if context in SHELL_CONTEXTS and not any(texts)
    ]
    assert missing == []


def test_french_plurals() -> None:
    plurals = {
        source: texts
        for _context, source, texts in messages(i18n.sources_dir() / "gusp_fr.ts")
        if "%n" in source
    }
    assert plurals["%n action(s)"] == ["%n action", "%n actions"]


def test_dates_are_written_the_french_way() -> None:
    assert i18n.long_date(dt.date(2025, 6, 12)) == "jeudi 12 juin 2025"
    assert i18n.short_date(dt.date(2025, 6, 2)) == "02/06/2025"
    assert i18n.clock_time(dt.time(9, 5)) == "9\u00a0h\u00a005"
    assert i18n.quoted("Réalisée") == "«\u00a0Réalisée\u00a0»"


def test_qt_own_dialogs_are_french() -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_qt_widget_file_dialog_has_no_english_label(qtbot) -> None:
    """Qt's own file dialog (Linux without a desktop theme) reads French from end to end."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    dialog = QFileDialog(None, "Enregistrer", str(Path.home()), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    buttons = [w.text() or w.toolTip() for w in dialog.findChildren(QAbstractButton)]
    shown = [text.replace("&", "") for text in labels + buttons if text]
    english = {
        "Look in:",
        "Files of type:",
        "File name:",
        "Save",
        "Cancel",
        "Back",
        "Parent Directory",
    }
    assert not english & set(shown), shown
    assert "Regarder dans\u00a0:" in shown and "Type de fichier\u00a0:" in shown
