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


def test_english_is_complete() -> None:
    """Every message of every context has its English (plurals: every form)."""
    missing = [
        (context, source)
        for context, source, texts in messages(i18n.sources_dir() / "gusp_en.ts")
        if not texts or not all(text.strip() for text in texts)
    ]
    assert missing == []


def test_english_plurals_have_both_forms() -> None:
    root = ET.parse(i18n.sources_dir() / "gusp_en.ts").getroot()
    for message in root.iter("message"):
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in message.iter("numerusform")]
            assert len(forms) == 2 and all("%n" in f for f in forms), message.findtext("source")


def test_english_has_no_french_quotes() -> None:
    for context, source, texts in messages(i18n.sources_dir() / "gusp_en.ts"):
        for text in texts:
            assert "«" not in text and "»" not in text, (context, source, text)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_message_has_a_named_context(language: str) -> None:
    """A tr() lupdate cannot attach to a class lands in a nameless context, never looked up."""
    root = ET.parse(i18n.sources_dir() / f"gusp_{language}.ts").getroot()
    names = [context.findtext("name") or "" for context in root.iter("context")]
    assert all(name and name[0].isupper() for name in names), names


def _domain_labels() -> set[str]:
    """Every label the domain shows users: enum members' labels and the *LABELS* tables."""
    import enum
    import importlib
    import pkgutil

    import gusp_desktop.domain as domain

    found: set[str] = set()
    for info in pkgutil.iter_modules(domain.__path__):
        module = importlib.import_module(f"gusp_desktop.domain.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, type) and issubclass(value, enum.Enum):
                if value.__module__ == module.__name__ and isinstance(
                    getattr(value, "label", None), property
                ):
                    found.update(str(getattr(member, "label")) for member in value)  # noqa: B009
            elif isinstance(value, dict) and "LABELS" in name:
                found.update(v for v in value.values() if isinstance(v, str))
    return found


def test_every_domain_label_is_in_the_catalogue() -> None:
    from gusp_desktop.ui.labels import LABELS

    assert _domain_labels() - set(LABELS) == set()
    labels = {
        source: texts
        for context, source, texts in messages(i18n.sources_dir() / "gusp_en.ts")
        if context == "Labels"
    }
    assert set(LABELS) <= set(labels)


def test_labels_and_errors_follow_the_language(english: None) -> None:
    from gusp_desktop.domain.enums import ActionStatus, AttendanceStatus, SeanceStatus
    from gusp_desktop.domain.errors import (
        ConflictError,
        NotFoundError,
        PermissionDeniedError,
        ValidationError,
    )
    from gusp_desktop.ui.labels import error_message, tr_label

    assert tr_label(ActionStatus.REALISEE) == "Completed"
    assert tr_label(AttendanceStatus.EXCUSE) == "Apologies"
    assert tr_label(SeanceStatus.CR_SIGNE) == "Minutes signed"
    assert tr_label("Texte saisi par un utilisateur") == "Texte saisi par un utilisateur"
    assert error_message(NotFoundError("Séance n° 12 introuvable.")) == "Meeting no. 12 not found."
    denied = PermissionDeniedError("Votre rôle (« Lecteur ») ne permet pas cette modification.")
    assert error_message(denied) == "Your role (“Reader”) does not allow this change."
    conflict = ConflictError("action", 4, {"number": "HM-26-004"}, {})
    assert error_message(conflict).startswith("Editing conflict: the action “HM-26-004” was")
    refused = ValidationError({"site_id": "Site inconnu.", "title": "Titre propre au test."})
    assert error_message(refused) == "Unknown site.\nTitre propre au test."
    other = NotFoundError("Aucun contact ne s'appelle « Zoé ».")
    assert error_message(other) == other.message  # not mapped: the service's French


def test_labels_and_errors_stay_french_by_default() -> None:
    from gusp_desktop.domain.enums import ActionStatus
    from gusp_desktop.domain.errors import ConflictError
    from gusp_desktop.ui.labels import error_message, tr_label

    assert tr_label(ActionStatus.REALISEE) == "Réalisée"
    conflict = ConflictError("action", 4, {"number": "HM-26-004"}, {})
    assert error_message(conflict) == conflict.message


def test_english_window_shows_english_statuses(
    qtbot, english: None, demo_services, tasks, prompts, settings_path
) -> None:
    """On the demo, the plan's « État » column and the séance list read English."""
    from PySide6.QtCore import Qt

    from gusp_desktop.domain.enums import ActionStatus, SeanceStatus
    from gusp_desktop.ui.pages.seances.seance_list import COL_STATUS

    window = create_main_window(
        demo_services, tasks, prompts, AppSettings(settings_path), "Fichier local : x.sqlite3"
    )
    qtbot.addWidget(window)
    assert window.database_label.text() == "Local file: x.sqlite3"
    action_statuses = {"Not started", "In progress", "Completed", "Postponed", "Abandoned"}
    seance_statuses = {
        "Planned", "Convened", "Held", "Minutes being drafted", "Minutes under review",
        "Minutes approved", "Minutes signed", "Cancelled",
    }  # fmt: skip
    assert len(action_statuses) == len(ActionStatus) and len(seance_statuses) == len(SeanceStatus)

    window.show_page("actions")
    model = window.actions_page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    horizontal = Qt.Orientation.Horizontal
    headers = [model.headerData(c, horizontal) for c in range(model.columnCount())]
    column = headers.index("Status")
    shown = {model.index(row, column).data() for row in range(model.rowCount())}
    assert shown and shown <= action_statuses, shown

    window.show_page("seances")
    tree = window.seances_page.list_panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    assert tree.headerItem().text(COL_STATUS) == "Status"
    statuses = {
        group.child(i).text(COL_STATUS)
        for group in (tree.topLevelItem(g) for g in range(tree.topLevelItemCount()))
        if group is not None
        for i in range(group.childCount())
    }
    assert statuses and statuses <= seance_statuses, statuses


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


def test_every_literal_text_names_its_context_literally() -> None:
    """lupdate skips a context held in a variable and files ``parent.tr`` under « parent »."""
    hidden = re.compile(
        r"(?:translate|QT_TRANSLATE_NOOP)\(\s*[A-Za-z_]\w*\s*,\s*[\"']|\b(?!self\b)[a-z_]\w*\.tr\(\s*[\"']"
    )
    ui_dir = Path(i18n.__file__).parent
    found = [
        f"{path.relative_to(ui_dir)}:{number}: {line.strip()}"
        for path in sorted(ui_dir.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if hidden.search(line)
    ]
    assert found == []


def test_texts_given_to_a_helper_are_in_the_catalogue() -> None:
    """``_tr("…")`` through a module helper is invisible to lupdate unless listed elsewhere."""
    helper_call = re.compile(r"\b_tr?\(\s*([\"'])((?:(?!\1).)+)\1\s*\)")
    root = ET.parse(i18n.sources_dir() / "gusp_fr.ts").getroot()
    sources = {message.findtext("source") for message in root.iter("message")}
    ui_dir = Path(i18n.__file__).parent
    unseen = [
        f"{path.relative_to(ui_dir)}: {found.group(2)}"
        for path in sorted(ui_dir.rglob("*.py"))
        for found in helper_call.finditer(path.read_text(encoding="utf-8"))
        if found.group(2) not in sources
    ]
    assert unseen == []
