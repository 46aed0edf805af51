"""The frozen form of a compte rendu, the signer vocabulary and the French registration text."""

from __future__ import annotations

import json

import pytest

from gusp_desktop.domain.signed_minutes import (
    Registration,
    SignedMinutesError,
    SignerRole,
    VersionStatus,
)
from gusp_desktop.services.signed_minutes.report import UNKNOWN_FILE, registration_text
from gusp_desktop.services.signed_minutes.snapshot import (
    SnapshotError,
    content_from_json,
    snapshot_json,
    snapshot_sha256,
)
from tests.unit.documents.builder_samples import make_content


def test_snapshot_round_trip_is_exact_and_canonical() -> None:
    content = make_content()
    text = snapshot_json(content)
    assert content_from_json(text) == content
    assert snapshot_json(content_from_json(text)) == text
    assert snapshot_sha256(text) == snapshot_sha256(snapshot_json(make_content()))
    payload = json.loads(text)
    assert payload["format"] == 1 and payload["content"]["starts_at"] == "2025-06-12T07:30:00+00:00"
    assert "« enterrées »" in text, "French text is kept readable in the database"


def test_fields_added_after_the_snapshot_get_neutral_values() -> None:
    payload = json.loads(snapshot_json(make_content()))
    for key in ("summary", "next_seance", "excused", "confidential", "duration_minutes"):
        del payload["content"][key]
    payload["content"]["removed_since"] = "ignored"
    old = content_from_json(json.dumps(payload))
    assert (old.summary, old.next_seance, old.excused) == ("", None, ())
    assert (old.confidential, old.duration_minutes) == (False, 0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("pas du json", "illisible"),
        ('{"format": 1, "content": {"seance_id": "quatre"}}', "illisible"),
        ('{"format": 99, "content": {}}', "version plus récente"),
        ("[]", "illisible"),
    ],
)
def test_damaged_snapshots_give_a_french_error(text: str, message: str) -> None:
    with pytest.raises(SnapshotError, match=message):
        content_from_json(text)


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("président", SignerRole.PRESIDENT),
        ("President", SignerRole.PRESIDENT),
        ("Président de séance", SignerRole.PRESIDENT),
        ("présidente", SignerRole.PRESIDENT),
        ("Présidente de séance", SignerRole.PRESIDENT),
        ("secrétaire", SignerRole.SECRETAIRE),
        (" SECRETAIRE ", SignerRole.SECRETAIRE),
    ],
)
def test_signer_roles_accept_french_spellings(typed: str, role: SignerRole) -> None:
    assert SignerRole.parse(typed) is role


def test_the_signature_box_agrees_with_the_officer() -> None:
    assert SignerRole.PRESIDENT.label_for("madame") == "présidente de séance"
    assert SignerRole.PRESIDENT.label_for("monsieur") == "président de séance"
    assert SignerRole.PRESIDENT.label_for("") == "président de séance"
    assert SignerRole.SECRETAIRE.label_for("madame") == "secrétaire de séance"
    assert SignerRole.parse(SignerRole.PRESIDENT.label_for("madame")) is SignerRole.PRESIDENT


def test_unknown_signer_role_is_refused_in_french() -> None:
    with pytest.raises(SignedMinutesError, match="choisissez président ou secrétaire"):
        SignerRole.parse("trésorier")


def test_registration_texts() -> None:
    found = Registration(
        seance_id=6,
        seance_label="COTECH n° 6 du 12/06/2025",
        version_number=1,
        version_status=VersionStatus.SIGNE,
        signature_count=1,
        signer_names=("Claire Demarquette",),
        latest_count=2,
        superseded_by=2,
    )
    assert registration_text(found) == (
        "version enregistrée du compte rendu de la séance COTECH n° 6 du 12/06/2025 "
        "(version 1, 1 signature : Claire Demarquette) ; une révision plus récente porte "
        "2 signatures ; remplacée par l'erratum (version 2)"
    )
    assert registration_text(None) == UNKNOWN_FILE
    assert "base de données inaccessible" in registration_text(None, "serveur arrêté")
