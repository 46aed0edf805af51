"""Each capacity is signed by the person the séance records in it, and verify says so."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import Engine, update

from gusp_desktop.db.models import Seance, SignedFile
from gusp_desktop.domain.signed_minutes import SignedMinutesError, SignerRole
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.signed_minutes.report import check_file, describe
from gusp_desktop.services.signed_minutes.service import SignedMinutesService
from gusp_desktop.signing.sign import sign_pdf
from tests.db import test_signed_minutes_signing as signing
from tests.db.test_meetings import World, count
from tests.db.test_signed_minutes_signing import PRESIDENT, SECRETARY, sign_secretary
from tests.unit.signing.helpers import PRESIDENT_PASSPHRASE, SECRETARY_PASSPHRASE, Organisation

# The séance, identities and service of the signing tests (fixtures shared by name).
org, private_dirs, world = signing.org, signing.private_dirs, signing.world
seance, service = signing.seance, signing.service


def _set_officer(ctx: ServiceContext, seance_id: int, **values: int | None) -> None:
    with ctx.session_factory.begin() as s:
        s.execute(update(Seance).where(Seance.id == seance_id).values(**values))


def test_someone_else_than_the_recorded_president_cannot_sign_as_president(
    ctx: ServiceContext,
    seance: int,
    world: World,
    service: SignedMinutesService,
    tmp_path: Path,
    engine: Engine,
) -> None:
    service.validate(seance)
    _set_officer(ctx, seance, president_id=world.etienne)
    with pytest.raises(
        SignedMinutesError, match="le président de séance de la séance .* est Étienne Vasseur"
    ):
        service.sign(
            seance, PRESIDENT, SignerRole.PRESIDENT, PRESIDENT_PASSPHRASE, tmp_path / "x.pdf"
        )
    with pytest.raises(SignedMinutesError, match="ne peut pas signer comme président"):
        service.sign(
            seance, SECRETARY, SignerRole.PRESIDENT, SECRETARY_PASSPHRASE, tmp_path / "x.pdf"
        )
    assert count(engine, SignedFile) == 0 and not (tmp_path / "x.pdf").exists()


def test_one_person_never_signs_in_both_capacities(
    ctx: ServiceContext, seance: int, world: World, service: SignedMinutesService, tmp_path: Path
) -> None:
    service.validate(seance)
    _set_officer(ctx, seance, president_id=world.claire)  # recorded in both capacities
    sign_secretary(service, seance, tmp_path / "un.pdf")
    with pytest.raises(SignedMinutesError, match="déjà signé ce compte rendu en une autre"):
        service.sign(
            seance, SECRETARY, SignerRole.PRESIDENT, SECRETARY_PASSPHRASE, tmp_path / "deux.pdf"
        )


def test_a_capacity_nobody_holds_cannot_be_signed(
    ctx: ServiceContext, seance: int, service: SignedMinutesService, tmp_path: Path
) -> None:
    service.validate(seance)
    _set_officer(ctx, seance, secretary_id=None)
    with pytest.raises(SignedMinutesError, match="n'a pas de secrétaire de séance enregistré"):
        sign_secretary(service, seance, tmp_path / "un.pdf")


def test_verify_compares_the_capacities_with_the_seance(
    ctx: ServiceContext,
    seance: int,
    world: World,
    service: SignedMinutesService,
    org: Organisation,
    tmp_path: Path,
) -> None:
    service.validate(seance)
    first = sign_secretary(service, seance, tmp_path / "un.pdf")
    # Made outside the application: the secretary also signs as « président de séance ».
    forged = tmp_path / "deux.pdf"
    sign_pdf(
        first,
        forged,
        org.secretary,
        SECRETARY_PASSPHRASE,
        role_label="président de séance",
        reason="Approbation du compte rendu",
    )
    registered = service.registration(hashlib.sha256(first.read_bytes()).hexdigest())
    assert registered is not None
    check = check_file(forged, (), org.store, lambda _sha: registered)
    assert check.report.ok  # the signatures themselves are sound…
    assert not check.ok  # …but not who signed in which capacity
    assert any(
        "a signé à la fois comme secrétaire de séance et comme président" in p
        for p in check.problems
    )
    assert any(
        "La signature 2 (Claire Demarquette) est déclarée « président de séance », "
        "mais le président de séance enregistré pour la séance est Pierre Martin" in p
        for p in check.problems
    ), check.problems
    lines = describe(check)
    assert "Président de séance enregistré : Pierre Martin" in lines
    assert lines[-1].startswith("Verdict : DOCUMENT NON VALIDE")
    unknown = check_file(forged, (), org.store, lambda _sha: None)
    assert not unknown.ok and any("a signé à la fois" in p for p in unknown.problems)
    assert "Qualités des signataires : non vérifiées (séance inconnue)." in describe(unknown)
