"""The whole life of a séance through the real widgets, the wall clock moved by the test.

create → invitations → reschedule (same UID, higher SEQUENCE) → convene → hold (refused before
the start, accepted after, undone) → write → review (« PROJET » on every page of the draft) →
validate → first signature (not signé yet, the missing capacity listed) → second signature
(signé); and a cancelled séance whose calendar file is a METHOD:CANCEL of the same UID.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gusp_desktop.bootstrap import SigningSetup, build_services
from gusp_desktop.credentials import EphemeralSecretStore
from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.dialogs.reviewers import ReviewersDialog
from gusp_desktop.ui.dialogs.seance import SeanceDialog
from gusp_desktop.ui.dialogs.signing import SignDialog
from gusp_desktop.ui.pages.seances.page import SeancesPage
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.tasks import ImmediateTaskRunner
from tests.ui.helpers import page_context, type_text
from tests.unit.signing.helpers import (
    CA_PASSPHRASE,
    PRESIDENT_PASSPHRASE,
    SECRETARY_PASSPHRASE,
    build_organisation,
)

_S = SeanceStatus
DRAFT_MARK = "PROJET — document de travail"


class WallClock:
    """The services' « now », moved by the test."""

    def __init__(self) -> None:
        self.now = dt.datetime(2025, 6, 15, 10, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
def services(demo_services: Services, clock: WallClock, tmp_path: Path) -> Services:
    """The demo's services wired as the application wires them, on the test's clock."""
    context = dataclasses.replace(demo_services.context, clock=clock)
    signing = SigningSetup.in_folder(tmp_path / "data", EphemeralSecretStore())
    return build_services(context, signing, database=demo_services.database)


@pytest.fixture
def page(
    qtbot: QtBot,
    services: Services,
    tasks: ImmediateTaskRunner,
    prompts: ScriptedPrompts,
    settings_path: Path,
) -> SeancesPage:
    widget = SeancesPage(page_context(services, tasks, prompts, settings_path))
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def shown(page: SeancesPage) -> SeanceDetail:
    seance = page.seance_view.seance
    assert seance is not None
    return seance


def plan(page: SeancesPage, monkeypatch: pytest.MonkeyPatch, when: dt.datetime) -> SeanceDetail:
    """« Nouvelle séance… » for the COTECH-IQ, through the real form."""

    def fill(dialog: SeanceDialog) -> int:
        dialog.set_starts_at(when)
        dialog.save_button().click()
        return dialog.result()

    monkeypatch.setattr(SeanceDialog, "exec", fill)
    combo = page.list_panel.instance_combo
    combo.setCurrentIndex(combo.findText("COTECH-IQ", Qt.MatchFlag.MatchStartsWith))
    page.new_seance_button.click()
    return shown(page)


def reschedule(page: SeancesPage, monkeypatch: pytest.MonkeyPatch, when: dt.datetime) -> None:
    """« Modifier… » on the open séance: a new date and time."""

    def fill(dialog: SeanceDialog) -> int:
        dialog.set_starts_at(when)
        dialog.save_button().click()
        return dialog.result()

    monkeypatch.setattr(SeanceDialog, "exec", fill)
    page.edit_seance_button.click()


def invitation(path: Path) -> tuple[str, str, int]:
    """(METHOD, UID, SEQUENCE) of an ICS file, read by icalendar."""
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    event = next(c for c in calendar.walk("VEVENT"))
    return str(calendar["METHOD"]), str(event["UID"]), int(str(event["SEQUENCE"]))


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, read by pdftotext."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    pages = int(line.split()[1])
    return [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, pages + 1)
    ]


def save_ics(page: SeancesPage, prompts: ScriptedPrompts, path: Path) -> Path:
    """The invitation (ICS) of the open séance, as the window saves it."""
    prompts.answers.append(str(path))
    view = page.seance_view
    assert view.lifecycle.documents.save(view, "invitation", shown(page).id, "ics")
    return path


def sign(
    page: SeancesPage,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    passphrase: str,
    output: Path,
) -> None:
    """« Signer le compte rendu… », the real dialog filled by the test."""

    def run(dialog: SignDialog) -> int:
        dialog.identity_combo.setCurrentIndex(dialog.identity_combo.findData(name))
        dialog.output_edit.setText(str(output))
        prompts.answers.append(passphrase)
        dialog.sign_button.click()
        return int(dialog.result())

    monkeypatch.setattr(SignDialog, "exec", run)
    page.seance_view.lifecycle.buttons["sign"].click()


def test_the_life_of_a_seance(
    page: SeancesPage,
    services: Services,
    prompts: ScriptedPrompts,
    clock: WallClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    view = page.seance_view
    buttons = view.lifecycle.buttons

    # Created with the members invited (their seats shown), numbered, planned.
    created = plan(page, monkeypatch, dt.datetime(2025, 6, 24, 9, 30))
    assert created.status is _S.PLANIFIEE
    assert created.invitees and view.invitations_editor.warning_label.isHidden()

    # Rescheduled before the convocation: the invitation's SEQUENCE goes up.
    reschedule(page, monkeypatch, dt.datetime(2025, 6, 25, 14, 0))
    assert shown(page).status is _S.PLANIFIEE
    assert shown(page).ics_sequence > created.ics_sequence

    # Convened: the convocation is saved and the date of convocation shown.
    prompts.answers.append(str(tmp_path / "convocation.pdf"))
    buttons["convene"].click()
    assert shown(page).status is _S.CONVOQUEE
    assert (tmp_path / "convocation.pdf").exists()
    assert "convocation du 15/06/2025" in view.lifecycle.status_label.text()
    method, uid, sequence = invitation(save_ics(page, prompts, tmp_path / "invitation.ics"))
    assert method == "REQUEST"

    # Moved after the convocation: the updated invitation is offered, same UID, next SEQUENCE.
    prompts.answers.extend([True, str(tmp_path / "mise-a-jour.ics")])
    reschedule(page, monkeypatch, dt.datetime(2025, 6, 26, 9, 30))
    assert prompts.shown[-2][:2] == ("confirm", "Invitation mise à jour")
    method, same_uid, moved_sequence = invitation(tmp_path / "mise-a-jour.ics")
    assert (method, same_uid) == ("REQUEST", uid) and moved_sequence > sequence

    # Held: refused before the start, accepted after, undone, held again.
    prompts.answers.append(True)
    buttons["hold"].click()
    assert prompts.shown[-1][0] == "error"
    assert shown(page).status is _S.CONVOQUEE
    clock.now = dt.datetime(2025, 6, 26, 10, 0, tzinfo=dt.UTC)  # 12:00 in Paris
    prompts.answers.append(True)
    buttons["hold"].click()
    assert shown(page).status is _S.TENUE
    prompts.answers.append(True)
    buttons["undo_hold"].click()
    assert shown(page).status is _S.CONVOQUEE
    prompts.answers.append(True)
    buttons["hold"].click()
    assert shown(page).status is _S.TENUE and not buttons["undo_hold"].isHidden()

    # Written.
    buttons["write"].click()
    assert shown(page).status is _S.CR_REDACTION
    panel = next(iter(view.minutes_editor.panels.values()), None)
    if panel is None:  # a new séance has no agenda: add one point first
        prompts.answers.append("Tour de table")
        view.agenda_editor.add_action.trigger()
        panel = next(iter(view.minutes_editor.panels.values()))
    type_text(panel.notes_edit, "Les partenaires présentent leurs priorités.")
    view.flush()

    # Sent for review: the draft says « PROJET » on every page; reviewers and date shown.
    reviewer = created.invitees[0]

    def tick_one(dialog: ReviewersDialog) -> int:
        for row in range(dialog.reviewer_list.count()):
            item = dialog.reviewer_list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) == reviewer.contact_id
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ReviewersDialog, "exec", tick_one)
    prompts.answers.append(str(tmp_path / "projet.pdf"))
    buttons["review"].click()
    assert shown(page).status is _S.CR_RELECTURE
    texts = page_texts(tmp_path / "projet.pdf")
    assert texts and all(DRAFT_MARK in text for text in texts)
    assert "projet envoyé le 26/06/2025" in view.lifecycle.status_label.text()
    assert reviewer.contact_name in view.lifecycle.status_label.text()

    # Validated, then signed by the secrétaire: not signé yet, the président missing.
    prompts.answers.append(True)
    buttons["validate"].click()
    assert shown(page).status is _S.CR_VALIDE
    org = build_organisation(tmp_path / "data")
    # The séance's own président (only its recorded officers may sign it).
    president = shown(page).president_name
    org.store.create_identity(
        president, org.ca.name, CA_PASSPHRASE, PRESIDENT_PASSPHRASE, role="président"
    )
    sign(page, prompts, monkeypatch, "Claire Demarquette", SECRETARY_PASSPHRASE, tmp_path / "1.pdf")
    assert shown(page).status is _S.CR_VALIDE
    signatures = view.lifecycle.signatures_label.text()
    assert "secrétaire de séance : Claire Demarquette" in signatures
    assert "signature manquante : président de séance" in signatures

    # Second signature: signé.
    sign(page, prompts, monkeypatch, president, PRESIDENT_PASSPHRASE, tmp_path / "2.pdf")
    assert shown(page).status is _S.CR_SIGNE
    assert "manquante" not in view.lifecycle.signatures_label.text()

    # The history tells the whole story, in order.
    view.tabs.setCurrentWidget(view.history_panel)
    labels = view.history_panel.labels()
    story = [
        "Séance planifiée",
        "Planifiée → Convoquée",
        "Convoquée → Tenue",
        "Tenue → Convoquée",
        "Convoquée → Tenue",
        "Tenue → Compte rendu en rédaction",
        "Compte rendu en rédaction → Compte rendu en relecture",
        "Signature du secrétaire de séance",
        "Signature du président de séance",
    ]
    remaining = iter(labels)
    assert all(any(label == step for label in remaining) for step in story), labels
    assert any(label.startswith("Modification : ") for label in labels)


def test_cancelling_a_seance_produces_the_notice_and_the_calendar_cancellation(
    page: SeancesPage,
    services: Services,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    created = plan(page, monkeypatch, dt.datetime(2025, 9, 18, 9, 30))
    _, uid, sequence = invitation(save_ics(page, prompts, tmp_path / "invitation.ics"))
    assert services.meetings.get_seance(created.id).status is _S.CONVOQUEE  # it went out
    page.seance_view.reload()

    prompts.answers.extend(
        [
            "Salle indisponible (travaux)",
            True,
            str(tmp_path / "avis.pdf"),
            str(tmp_path / "annulation.ics"),
        ]
    )
    page.seance_view.lifecycle.buttons["cancel"].click()

    assert shown(page).status is _S.ANNULEE
    assert "Salle indisponible (travaux)" in page.seance_view.lifecycle.status_label.text()
    assert "Salle indisponible (travaux)" in "\n".join(page_texts(tmp_path / "avis.pdf"))
    method, same_uid, cancel_sequence = invitation(tmp_path / "annulation.ics")
    assert (method, same_uid) == ("CANCEL", uid) and cancel_sequence > sequence
    assert created.number == shown(page).number  # the notice carries the same number
