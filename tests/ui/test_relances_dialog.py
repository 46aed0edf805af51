"""The « Relances » dialog: choose the séance, read each message, save drafts or send.

Runs over the demo territory (today 15/06/2025) with inline tasks and scripted prompts; the
SMTP server is a real aiosmtpd on 127.0.0.1 and the drafts are read back with ``email``.
"""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.relances import SmtpProfile, SmtpSecurity
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.relances import RelancesDialog
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.e2e.test_relances_smtp import LOGIN, PASSWORD, SENDER, Mailbox
from tests.e2e.test_relances_smtp import mailbox as mailbox  # noqa: F401 - fixture
from tests.ui.test_documents_menu import menu_action
from tests.ui.test_main_window import open_window

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
CANARY = "Suivi en cellule de veille (hors plan public)"


def _inter_quartiers(services: Services) -> int:
    return next(s.id for s in services.relances.coming_seances() if "inter-quartiers" in s.label)


@pytest.fixture
def dialog(qtbot: QtBot, page_context: PageContext, demo_services: Services) -> RelancesDialog:
    widget = RelancesDialog(page_context, _inter_quartiers(demo_services))
    qtbot.addWidget(widget)
    return widget


def test_previews_every_message_without_restricted_content(dialog: RelancesDialog) -> None:
    assert dialog.batch is not None, "the séance asked for is prepared at once"
    count = dialog.recipient_list.count()
    assert count == len(dialog.batch.recipients) > 3
    for row in range(count):
        dialog.recipient_list.setCurrentRow(row)
        shown = dialog.preview.toPlainText() + dialog.subject_label.text()
        recipient = dialog.batch.recipients[row]
        assert recipient.organisation_code in dialog.subject_label.text()
        assert all(a.number in shown for a in recipient.actions)
        assert CANARY not in shown and "cellule de veille" not in shown.lower()
    assert "réponse attendue avant le" in dialog.status_label.text()


def test_save_drafts_for_the_ticked_recipients_only(
    dialog: RelancesDialog,
    prompts: ScriptedPrompts,
    demo_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert dialog.batch is not None
    dialog.recipient_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    left_out = dialog.batch.recipients[0]
    monkeypatch.setattr(dialog, "ask_folder", lambda: tmp_path)
    dialog.drafts_button.click()
    files = sorted(tmp_path.glob("*.eml"))
    kept = [r for r in dialog.batch.recipients[1:] if r.email]
    assert len(files) == len(kept)
    addressees = set()
    for path in files:
        message = email.message_from_bytes(path.read_bytes(), policy=default)
        assert message["X-Unsent"] == "1"
        addressees.add(message["To"].addresses[0].addr_spec)
    assert addressees == {r.email for r in kept} and left_out.email not in addressees
    kind, title, report = prompts.shown[-1]
    assert kind == "info" and f"brouillons : {len(kept)}" in report
    bar = dialog.progress_bar
    assert bar.isVisibleTo(dialog) and bar.value() == bar.maximum() == len(kept)
    assert "brouillons" in dialog.status_label.text()
    history = demo_services.actions.history(kept[0].actions[0].id)
    assert history[-1].is_event and kept[0].email in history[-1].new_value


def test_send_through_a_profile_then_nothing_twice(
    qtbot: QtBot,
    page_context: PageContext,
    demo_services: Services,
    prompts: ScriptedPrompts,
    mailbox: tuple[Mailbox, int],  # noqa: F811
) -> None:
    box, port = mailbox
    profile = SmtpProfile("local", "127.0.0.1", SENDER, port, SmtpSecurity.NONE, LOGIN)
    demo_services.relances.settings.save_smtp_profile(profile)
    widget = RelancesDialog(page_context, _inter_quartiers(demo_services))
    qtbot.addWidget(widget)
    assert widget.batch is not None and widget.send_button.isEnabled()
    expected = {r.email for r in widget.batch.recipients if r.email}
    prompts.answers.extend([True, PASSWORD])  # « Envoyer ? » then the password
    widget.send_button.click()
    assert {m["To"].addresses[0].addr_spec for m in box.received} == expected
    assert f"Envoyées : {len(expected)}" in prompts.shown[-1][2]
    prompts.answers.extend([True, PASSWORD])
    widget.send_button.click()
    assert len(box.received) == len(expected)
    assert f"déjà envoyées : {len(expected)}" in prompts.shown[-1][2]


def test_template_is_checked_then_used(dialog: RelancesDialog, prompts: ScriptedPrompts) -> None:
    dialog.subject_edit.setText("Relance $inconnue")
    dialog.save_template_button.click()
    assert prompts.shown[-1][0] == "error" and "$inconnue" in prompts.shown[-1][2]
    dialog.subject_edit.setText("Point avant le $date_seance")
    dialog.body_edit.setPlainText("Bonjour $contact, réponse avant le $date_reponse.")
    dialog.save_template_button.click()
    dialog.recipient_list.setCurrentRow(0)
    assert "Point avant le" in dialog.subject_label.text()
    assert "réponse avant le" in dialog.preview.toPlainText()


def test_opened_from_the_documents_menu(
    qtbot: QtBot,
    demo_services: Services,
    tasks: object,
    prompts: ScriptedPrompts,
    settings_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[RelancesDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, RelancesDialog)
        opened.append(dialog)
        return 0

    monkeypatch.setattr(RelancesDialog, "exec", fake_exec)
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    menu_action(window, "Relances des pilotes…").trigger()
    [dialog] = opened
    assert dialog.seance_combo.count() == len(demo_services.relances.coming_seances()) + 1


def test_smtp_profiles_edited_from_the_dialog(
    dialog: RelancesDialog,
    prompts: ScriptedPrompts,
    demo_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gusp_desktop.credentials import MemorySecretStore
    from gusp_desktop.ui.dialogs.smtp_profiles import SmtpProfilesDialog

    keyring = MemorySecretStore()
    monkeypatch.setattr(demo_services.relance_delivery, "secrets", keyring)
    assert not dialog.send_button.isEnabled(), "no profile yet"
    editors: list[SmtpProfilesDialog] = []

    def fill(editor: QDialog) -> int:
        assert isinstance(editor, SmtpProfilesDialog)
        editors.append(editor)
        editor.name_edit.setText("agglo")
        editor.host_edit.setText("smtp agglo")  # refused: a space in the name of the server
        editor.sender_edit.setText("gusp@agglo.example")
        editor.save_button.click()
        editor.host_edit.setText("smtp.agglo.example")
        editor.user_edit.setText("gusp")
        editor.password_edit.setText("mot-de-passe")
        editor.save_button.click()
        return 0

    monkeypatch.setattr(SmtpProfilesDialog, "exec", fill)
    dialog.profiles_button.click()
    errors = [text for kind, _title, text in prompts.shown if kind == "error"]
    assert len(errors) == 1 and "serveur" in errors[0]
    [profile] = demo_services.relances.settings.smtp_profiles()
    assert (profile.host, profile.user) == ("smtp.agglo.example", "gusp")
    assert keyring.get(profile.secret_key) == "mot-de-passe"
    assert "mot-de-passe" not in repr(demo_services.relances.settings._read())
    assert dialog.profile_combo.count() == 1 and dialog.send_button.isEnabled()
    editor = editors[0]
    editor.profile_list.setCurrentRow(0)
    prompts.answers.append(True)
    editor.remove_button.click()
    assert demo_services.relances.settings.smtp_profiles() == []
    assert keyring.get(profile.secret_key) is None


def test_opened_from_the_seance_view_on_that_seance(
    qtbot: QtBot,
    page_context: PageContext,
    demo_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gusp_desktop.ui.pages.seances.page import SeancesPage

    opened: list[RelancesDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, RelancesDialog)
        opened.append(dialog)
        return 0

    monkeypatch.setattr(RelancesDialog, "exec", fake_exec)
    page = SeancesPage(page_context)
    qtbot.addWidget(page)
    page.refresh()
    seance_id = _inter_quartiers(demo_services)
    page.open_seance(seance_id)
    page.seance_view.relances_button.click()
    [dialog] = opened
    assert dialog.seance_combo.currentData() == seance_id
    assert dialog.batch is not None and dialog.batch.seance_id == seance_id


def test_a_cellule_de_veille_seance_prepares_nothing(
    qtbot: QtBot, page_context: PageContext, demo_services: Services
) -> None:
    restricted = {i.id for i in demo_services.instances.list_instances() if i.restricted}
    seance = next(s for s in demo_services.meetings.list_seances() if s.instance_id in restricted)
    widget = RelancesDialog(page_context, seance.id)
    qtbot.addWidget(widget)
    assert widget.batch is None and widget.recipient_list.count() == 0
    assert "restreinte" in widget.status_label.text()
    assert not widget.drafts_button.isEnabled()
