"""An English window shows the services' refusals in English, values kept as typed."""

from __future__ import annotations

import ast
import html
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.directory import OrganisationData
from gusp_desktop.domain.enums import OrganisationType
from gusp_desktop.domain.errors import GuspError, Message, ValidationError
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.labels import error_message
from gusp_desktop.ui.pages.directory.page import DirectoryPage
from gusp_desktop.ui.pages.directory.records import ContactAdapter, OrganisationAdapter
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.ui.helpers import adapter_of, type_text
from tests.ui.test_directory import select
from tests.ui.test_i18n import english  # noqa: F401 (fixture)


@pytest.fixture
def page(qtbot: QtBot, english: None, page_context: PageContext) -> DirectoryPage:  # noqa: F811
    widget = DirectoryPage(page_context)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def test_field_errors_of_a_contact_are_english(page: DirectoryPage) -> None:
    select(page.organisation_panel, "MH")
    panel = page.contact_panel
    adapter = adapter_of(panel, ContactAdapter)
    panel.new_button.click()
    type_text(adapter.last_name_edit, "L" * 101)
    type_text(adapter.email_edit, "helene@marve-habitat")

    panel.save_button.click()

    assert panel.form.error_text("first_name") == "First name is required."
    assert panel.form.error_text("last_name") == "Last name: 101 characters, 100 at most."
    assert panel.form.error_text("email") == "Invalid e-mail address: “helene@marve-habitat”."


def test_a_duplicate_code_and_a_refused_deletion_are_english(
    page: DirectoryPage, demo_services: Services, prompts: ScriptedPrompts
) -> None:
    panel = page.organisation_panel
    adapter = adapter_of(panel, OrganisationAdapter)
    panel.new_button.click()
    type_text(adapter.code_edit, "mh")
    type_text(adapter.name_edit, "Marve Habitat bis")
    panel.save_button.click()
    assert panel.form.error_text("code") == "The organisation code “MH” is already in use."

    prompts.answers.extend([True, True])  # leave the refused form, then confirm the deletion
    select(panel, "MH")
    panel.delete_button.click()
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("error", "Deletion refused")
    assert text.startswith("Cannot delete the partner “MH”: other records still refer to it (")
    assert "contact(s)" in text and "action(s) led" in text and "pilotée" not in text
    assert "MH" in {o.code for o in demo_services.directory.list_organisations()}


def test_service_errors_shown_in_a_dialog_are_english(
    english: None,  # noqa: F811
    demo_services: Services,
) -> None:
    directory = demo_services.directory
    with pytest.raises(ValidationError) as refused:
        directory.create_organisation(OrganisationData("é!", "", OrganisationType.BAILLEUR))
    assert error_message(refused.value).splitlines() == [
        "The organisation code “É!” is invalid: capital letters, digits, - or _, "
        "16 characters at most.",
        "The organisation's name is required.",
    ]
    mh = directory.get_organisation_by_code("MH")
    with pytest.raises(ValidationError) as used:
        directory.delete_organisation(mh.id, mh.version)
    assert "Impossible de supprimer" in used.value.message  # the service still speaks French
    assert error_message(used.value).startswith("Cannot delete the partner “MH”")
    plain = GuspError(Message("la séance n° {number}", number=4))
    assert error_message(plain) == "meeting no. 4"


def test_other_service_messages_are_english_with_their_values(
    english: None,  # noqa: F811
    demo_services: Services,
) -> None:
    with pytest.raises(ValidationError) as refused:
        demo_services.search.search("gravats", limit=0)
    assert error_message(refused.value) == "The number of results must be between 1 and 500."
    assert refused.value.errors["limit"] == "Le nombre de résultats doit être entre 1 et 500."
    role = Message(
        "« {signer_name} » ne peut pas signer comme {label} : le {label} de la séance {label2} "
        "est {name}.",
        signer_name="Léa Martin",
        label="président de séance",
        label2="COTECH-IQ n° 4",
        name="Yannick Forestier",
    )
    assert error_message(GuspError(role)) == (
        "“Léa Martin” cannot sign as meeting chair: the meeting chair of the meeting "
        "COTECH-IQ n° 4 is Yannick Forestier."
    )


def test_a_status_named_in_a_message_is_english(
    english: None,  # noqa: F811
    demo_services: Services,
) -> None:
    meetings = demo_services.meetings
    signed = next(s for s in meetings.list_seances() if s.status.value == "cr_valide")
    detail = meetings.get_seance(signed.id)
    with pytest.raises(ValidationError) as refused:
        meetings.delete_seance(detail.id, detail.version)
    assert "statut actuel : « Compte rendu validé »" in refused.value.message
    assert error_message(refused.value) == (
        "Only a planned or cancelled meeting can be deleted (current status: “Minutes approved”)."
    )


def test_a_signing_refusal_is_english(english: None) -> None:  # noqa: F811
    from gusp_desktop.domain.errors import message_of
    from gusp_desktop.domain.signed_minutes import PassphraseRejectedError
    from gusp_desktop.signing.errors import WrongPassphraseError

    refused = PassphraseRejectedError(message_of(WrongPassphraseError("Léa Martin")))
    assert refused.message == "Phrase secrète incorrecte pour « Léa Martin »."
    assert error_message(refused) == "Wrong passphrase for “Léa Martin”."


def test_domain_refusals_the_window_shows_are_english(english: None) -> None:  # noqa: F811
    from gusp_desktop.domain.atfpb import parse_amount
    from gusp_desktop.domain.errors import message_of
    from gusp_desktop.domain.relances import RelanceTemplates
    from gusp_desktop.domain.text import parse_iso_date

    with pytest.raises(ValueError) as date:
        parse_iso_date("31/02/2026")
    assert (
        str(date.value) == "La date « 31/02/2026 » n'est pas une date valide (AAAA-MM-JJ attendu)."
    )
    assert error_message(GuspError(message_of(date.value))) == (
        "The date “31/02/2026” is not a valid date (YYYY-MM-DD expected)."
    )
    with pytest.raises(ValueError) as amount:
        parse_amount("-3", "Le montant prévu")
    assert str(amount.value) == "Le montant prévu ne peut pas être négatif (-3 €)."
    assert error_message(GuspError(message_of(amount.value))) == (
        "The planned amount cannot be negative (€-3)."
    )
    with pytest.raises(ValidationError) as template:
        RelanceTemplates(subject="Séance du $date_seance", body="Bonjour $inconnu").validated()
    assert (
        template.value.errors["body"] == "Modèle du texte : la variable « $inconnu » n'existe pas."
    )
    assert error_message(template.value) == (
        "Template of the body: the variable “$inconnu” does not exist."
    )


def test_a_database_refused_at_start_up_is_english(
    english: None,  # noqa: F811
    tmp_path: Path,
    prompts: ScriptedPrompts,
) -> None:
    from gusp_desktop.db.local import examine
    from gusp_desktop.domain.errors import DatabaseCorruptError
    from gusp_desktop.ui.app import _startup_error

    foreign = tmp_path / "notes.gusp"
    foreign.write_text("pas une base", encoding="utf-8")
    with pytest.raises(DatabaseCorruptError) as refused:
        examine(foreign)
    assert refused.value.message.startswith(f"Le fichier « {foreign} » n'est pas une base GUSP")

    assert _startup_error(prompts, refused.value) == 1
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("error", "Database unavailable")
    assert text.startswith(
        f"The file “{foreign}” is not a readable GUSP Desktop database: it is damaged or "
        "belongs to another program. Nothing was changed. Restore an automatic backup ("
    )
    assert "Vérifiez" not in text and "Restaurez" not in text


def test_a_refused_server_login_is_english(english: None) -> None:  # noqa: F811
    from gusp_desktop.db.profiles import ConnectionProfile, Verdict, classify_failure
    from gusp_desktop.ui.service_messages import service_text

    profile = ConnectionProfile("equipe", "db.agglo.fr", "gusp", "lea")
    refused = RuntimeError('FATAL:  password authentication failed for user "lea"')
    diagnosis = classify_failure(profile, refused)
    assert diagnosis.verdict is Verdict.AUTH_FAILED
    assert diagnosis.message == (
        "Authentification refusée par le serveur db.agglo.fr:5432 : vérifiez l'utilisateur "
        "« lea » et son mot de passe."
    )
    assert service_text(diagnosis.message) == (
        "Authentication refused by the server db.agglo.fr:5432: check the user “lea” and "
        "their password."
    )


def test_a_refused_bulk_edit_is_english_part_by_part(
    english: None,  # noqa: F811
    demo_services: Services,
) -> None:
    from gusp_desktop.domain.actions import BulkChange
    from gusp_desktop.domain.enums import ActionStatus
    from gusp_desktop.domain.rules import can_change_action_status

    actions = demo_services.actions
    target = ActionStatus.A_ENGAGER
    stuck = [r for r in actions.list_actions() if not can_change_action_status(r.status, target)]
    first, second = stuck[:2]
    with pytest.raises(ValidationError) as refused:
        actions.bulk_update([first.id, second.id], BulkChange(status=target))
    french = refused.value.errors["_"]
    assert french.startswith(
        f"Aucune action modifiée. {first.number} : Une action « {first.status.label} » ne peut "
        "pas passer à « À engager » (possibles : "
    )
    assert f"). ; {second.number} : Une action « {second.status.label} »" in french
    shown = error_message(refused.value)
    assert shown.startswith(f"No action changed. {first.number}: An action “")
    assert f").; {second.number}: An action “" in shown
    assert shown.count("cannot move to “Not started” (possible: ") == 2
    assert "passer" not in shown and "possibles" not in shown


def test_messages_glued_into_one_are_english_part_by_part(english: None) -> None:  # noqa: F811
    from gusp_desktop.domain.errors import listing

    required = Message("{label} est obligatoire.", label=Message("Le prénom"))
    glued = listing([required, "Le port doit être compris entre 1 et 65535."], "{first} {rest}")
    assert glued == "Le prénom est obligatoire. Le port doit être compris entre 1 et 65535."
    numbered = GuspError(Message("Constat proposé n° {number} : {text}", number=2, text=glued))
    assert error_message(numbered) == (
        "Proposed finding no. 2: First name is required. The port must be between 1 and 65535."
    )


def test_a_misplaced_control_point_is_english(english: None) -> None:  # noqa: F811
    from gusp_desktop.domain.field_work import coordinate_problem

    problem = coordinate_problem(91.5, 4.8)
    assert problem == "Latitude hors limites (91.5) : entre -90 et 90 degrés."
    refused = ValidationError(
        {"points": Message("Point {number} : {problem}", number=3, problem=problem)}
    )
    assert (
        error_message(refused)
        == "Point 3: Latitude out of range (91.5): between -90 and 90 degrees."
    )


PACKAGE = Path(__file__).resolve().parents[2] / "gusp_desktop"
#: Where the messages the window shows are written: the services, the domain rules they
#: apply and the database layer (opening a file, reaching a server).
SERVICES = PACKAGE / "services"
MESSAGE_SOURCES = (SERVICES, PACKAGE / "domain", PACKAGE / "db")
CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "gusp_en.ts"
_NOT_USER_ERRORS = {
    "ValueError",
    "TypeError",
    "KeyError",
    "RuntimeError",
    "OSError",
    "AssertionError",
    "OperationalError",  # the driver's own, caught by the listener
}


def _messages(tree: ast.AST) -> list[ast.expr]:
    """What a service gives an error to say: ``errors[key] = …``, ``XError(…)`` and the
    values of ``ValidationError({…})``, and the templates of its ``Message(…)``s."""
    found: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
            target = node.targets[0].value
            if isinstance(target, ast.Name) and target.id == "errors":
                found.append(node.value)
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name == "Message" or (name.endswith("Error") and name not in _NOT_USER_ERRORS):
                found.append(node.args[0])
                if isinstance(node.args[0], ast.Dict):
                    found.extend(v for v in node.args[0].values if v is not None)
    return found


def test_every_literal_message_of_the_services_has_its_english() -> None:
    """Services, domain and database layer alike."""
    text = CATALOGUE.read_text(encoding="utf-8")
    pairs = re.findall(
        r"<source>([^<]*)</source>\s*(?:<extracomment>[^<]*</extracomment>\s*)?"
        r"<translation>([^<]+)</translation>",
        text,
    )
    translated = {html.unescape(source) for source, _translation in pairs}
    missing = {
        f"{path.relative_to(PACKAGE)}: {node.value}"
        for root in MESSAGE_SOURCES
        for path in root.rglob("*.py")
        for node in _messages(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and node.value not in translated
    }  # fmt: skip
    assert not missing, sorted(missing)


def test_a_missing_row_is_english_wherever_it_is_shown(
    english: None,  # noqa: F811
    demo_services: Services,
) -> None:
    from gusp_desktop.domain.errors import NotFoundError
    from gusp_desktop.ui.service_messages import service_text

    with pytest.raises(NotFoundError) as refused:
        demo_services.instances.get_instance(987654)
    assert refused.value.message == "Instance n° 987654 introuvable."
    assert error_message(refused.value) == "Committee no. 987654 not found."
    # Inside a refused form the same message goes through the templates, not the patterns.
    assert service_text(refused.value.message) == "Committee no. 987654 not found."
    folded = ValidationError({"photos": refused.value.message})
    assert error_message(folded) == "Committee no. 987654 not found."
    halte = Message("{what} n° {id} introuvable.", what="Halte", id=3)
    assert service_text(halte) == "Stop no. 3 not found."


def test_a_refused_photo_says_why_in_english(
    english: None,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gusp_desktop.services.field_work import imaging

    empty = tmp_path / "vide.jpg"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError) as refused:
        imaging.process(empty)
    assert (
        refused.value.errors["_"]
        == f"Photo « {empty} » refusée : fichier vide. Aucune photo importée."
    )
    assert (
        error_message(refused.value) == f"Photo “{empty}” refused: empty file. No photo imported."
    )

    monkeypatch.setattr(imaging, "MAX_FILE_BYTES", 1_048_576)
    heavy = tmp_path / "lourd.jpg"
    heavy.write_bytes(b"\0" * 3 * 1_048_576)
    with pytest.raises(ValidationError) as refused:
        imaging.process(heavy)
    assert "fichier trop lourd (3 Mo, 1 Mo au plus)" in refused.value.errors["_"]
    assert error_message(refused.value) == (
        f"Photo “{heavy}” refused: file too heavy (3 MB, 1 MB at most). No photo imported."
    )


def test_a_refused_list_of_reports_is_english_line_by_line(
    english: None,  # noqa: F811
    tmp_path: Path,
) -> None:
    from gusp_desktop.services.signalements.parsing import read_file

    path = tmp_path / "bad.csv"
    path.write_text(
        "Date;Catégorie;Description\n31/02/2025;ENC;Date impossible\n;ENC;Sans date\n",
        encoding="utf-8",
    )
    _source, _found, problems = read_file(path)
    with pytest.raises(ValidationError) as refused:
        problems.raise_if_any()
    assert refused.value.errors["file"] == (
        "bad.csv, ligne 2 : date « 31/02/2025 » illisible (AAAA-MM-JJTHH:MM ou JJ/MM/AAAA "
        "HH:MM).\nbad.csv, ligne 3 : date de réception vide.\nRien n'a été importé."
    )
    assert error_message(refused.value) == (
        "bad.csv, line 2: unreadable date “31/02/2025” (YYYY-MM-DDTHH:MM or DD/MM/YYYY "
        "HH:MM).\nbad.csv, line 3: empty reception date.\nNothing was imported."
    )
