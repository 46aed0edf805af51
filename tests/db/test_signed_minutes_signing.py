"""Signing validated minutes through the service: revisions, registration, refusals, errata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, update

from gusp_desktop.db.models import Contact, Seance, SignedFile
from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.domain.signed_minutes import (
    PassphraseRejectedError,
    SignedMinutesError,
    SignerRole,
    VersionStatus,
)
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.meetings import MeetingService
from gusp_desktop.services.minutes import MinutesService
from gusp_desktop.services.signed_minutes.files import SignedArchive
from gusp_desktop.services.signed_minutes.report import UNKNOWN_FILE
from gusp_desktop.services.signed_minutes.service import SignedMinutesService
from tests.db.test_meetings import World, count, force_status, plan, seed
from tests.unit.signing.helpers import (
    PRESIDENT_PASSPHRASE,
    SECRETARY_PASSPHRASE,
    Organisation,
    build_organisation,
    make_minutes,
    sign_by_both,
)

S = SeanceStatus
SECRETARY, PRESIDENT = "Claire Demarquette", "Pierre Martin"


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory) -> Organisation:
    return build_organisation(tmp_path_factory.mktemp("organisation"))


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return seed(ctx)


@pytest.fixture
def seance(ctx: ServiceContext, world: World) -> int:
    seance_id = plan(ctx, world.cotech, dt.date(2025, 6, 12))
    force_status(ctx, seance_id, S.CR_RELECTURE)
    chair(ctx, seance_id, world, "Pierre", "Martin")  # the président of the test identities
    return seance_id


def chair(ctx: ServiceContext, seance_id: int, world: World, first: str, last: str) -> int:
    """Record a new contact as the séance's président (returns the contact id)."""
    with ctx.session_factory.begin() as s:
        contact = Contact(organisation_id=world.cama, first_name=first, last_name=last, email="")
        s.add(contact)
        s.flush()
        s.execute(update(Seance).where(Seance.id == seance_id).values(president_id=contact.id))
        return int(contact.id)


@pytest.fixture
def service(ctx: ServiceContext, org: Organisation, tmp_path: Path) -> SignedMinutesService:
    return SignedMinutesService(
        ctx,
        minutes=MinutesService(ctx),
        identities=org.store,
        archive=SignedArchive(tmp_path / "a"),
    )


def sign_secretary(service: SignedMinutesService, seance: int, out: Path) -> Path:
    service.sign(seance, SECRETARY, SignerRole.SECRETAIRE, SECRETARY_PASSPHRASE, out)
    return out


def sign_president(service: SignedMinutesService, seance: int, out: Path, **kw: object) -> Path:
    service.sign(seance, PRESIDENT, "président", PRESIDENT_PASSPHRASE, out, **kw)  # type: ignore[arg-type]
    return out


def test_two_signers_give_incremental_registered_revisions(
    ctx: ServiceContext, seance: int, service: SignedMinutesService, tmp_path: Path
) -> None:
    service.validate(seance)
    first = sign_secretary(service, seance, tmp_path / "un.pdf")
    half = MeetingService(ctx).get_seance(seance)
    # One signature of two: still « validé », the président's signature listed as missing.
    assert half.status is S.CR_VALIDE
    assert [(s.signer, s.role) for s in half.signatures] == [(SECRETARY, SignerRole.SECRETAIRE)]
    assert half.missing_signatures == (SignerRole.PRESIDENT,)
    mutation = service.sign(
        seance, PRESIDENT, SignerRole.PRESIDENT, PRESIDENT_PASSPHRASE, tmp_path / "deux.pdf"
    )
    outcome = mutation.value
    assert outcome.field_name == "Signature2" and outcome.signed.signature_count == 2
    assert outcome.version.status is VersionStatus.SIGNE
    assert [f.signer_role for f in outcome.version.signed_files] == ["secretaire", "president"]
    assert mutation.changes.entities() >= {"signed_file", "seance"}
    full = MeetingService(ctx).get_seance(seance)
    assert full.status is S.CR_SIGNE and full.missing_signatures == ()
    assert [s.role for s in full.signatures] == [SignerRole.SECRETAIRE, SignerRole.PRESIDENT]
    history = [e.label for e in MeetingService(ctx).history(seance)]
    assert history[-3:] == [
        "Signature du secrétaire de séance",
        "Signature du président de séance",
        "Compte rendu validé → Compte rendu signé",
    ]
    second = outcome.output.read_bytes()
    assert second.startswith(first.read_bytes()), "the second signature must be incremental"
    assert outcome.signed.path.read_bytes() == second
    check = service.verify(outcome.output)
    assert check.ok, check.report.problems
    assert [s.role for s in check.report.signatures] == [
        "secrétaire de séance",
        "président de séance",
    ]
    assert check.registration_text == (
        "version enregistrée du compte rendu de la séance COTECH-GUSP n° 1 du 12/06/2025 "
        "(version 1, 2 signatures : Claire Demarquette, Pierre Martin)"
    )
    earlier = service.verify(first)
    assert earlier.ok and "une révision plus récente porte 2 signatures" in (
        earlier.registration_text
    )


def test_refusals_before_and_during_signing(
    ctx: ServiceContext, seance: int, service: SignedMinutesService, tmp_path: Path
) -> None:
    with pytest.raises(SignedMinutesError, match="doit être validé avant d'être signé"):
        sign_secretary(service, seance, tmp_path / "x.pdf")
    service.validate(seance)
    with pytest.raises(SignedMinutesError, match="autorité de certification"):
        service.sign(seance, "Autorité GUSP Roubaix", "secrétaire", "x", tmp_path / "x.pdf")
    with pytest.raises(SignedMinutesError, match="Qualité inconnue"):
        service.sign(seance, SECRETARY, "trésorier", SECRETARY_PASSPHRASE, tmp_path / "x.pdf")
    sign_secretary(service, seance, tmp_path / "un.pdf")
    with pytest.raises(SignedMinutesError, match="porte déjà la signature du secrétaire"):
        sign_secretary(service, seance, tmp_path / "bis.pdf")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "bis.pdf").exists()


def test_wrong_passphrase_registers_nothing_and_leaves_no_file(
    seance: int, service: SignedMinutesService, tmp_path: Path, engine: Engine
) -> None:
    service.validate(seance)
    with pytest.raises(PassphraseRejectedError, match="Phrase secrète incorrecte"):
        service.sign(seance, SECRETARY, "secrétaire", "pas la bonne", tmp_path / "x.pdf")
    assert count(engine, SignedFile) == 0
    assert not (tmp_path / "x.pdf").exists()
    assert not any(p.is_file() for p in service.archive.root.rglob("*"))


def test_next_signer_without_the_archive_gives_the_received_file(
    seance: int, service: SignedMinutesService, tmp_path: Path
) -> None:
    service.validate(seance)
    first = sign_secretary(service, seance, tmp_path / "un.pdf")
    latest = service.versions(seance)[-1].latest_signed
    assert latest is not None
    latest.path.unlink()
    with pytest.raises(SignedMinutesError, match="option --from"):
        sign_president(service, seance, tmp_path / "deux.pdf")
    stranger = make_minutes(tmp_path / "autre.pdf")
    with pytest.raises(SignedMinutesError, match="n'est pas la dernière révision signée"):
        sign_president(service, seance, tmp_path / "deux.pdf", source=stranger)
    done = sign_president(service, seance, tmp_path / "deux.pdf", source=first)
    assert service.verify(done).ok


def test_a_signature_registered_meanwhile_is_not_forked(
    ctx: ServiceContext,
    org: Organisation,
    seance: int,
    service: SignedMinutesService,
    tmp_path: Path,
) -> None:
    service.validate(seance)
    original = service._produce
    other_client = SignedMinutesService(
        ctx, minutes=MinutesService(ctx), identities=org.store, archive=service.archive
    )

    def with_a_concurrent_signer(*args: object, **kwargs: object) -> object:
        result = original(*args, **kwargs)  # type: ignore[arg-type]
        sign_president(other_client, seance, tmp_path / "concurrent.pdf")
        return result

    service._produce = with_a_concurrent_signer  # type: ignore[method-assign,assignment]
    with pytest.raises(SignedMinutesError, match="pendant la vôtre"):
        sign_secretary(service, seance, tmp_path / "perdu.pdf")
    assert not (tmp_path / "perdu.pdf").exists()
    files = service.versions(seance)[-1].signed_files
    assert [(f.signature_count, f.signer_role) for f in files] == [(1, "president")]


class Killed(BaseException):
    """Stands for the process being killed at that point of the signing."""


@pytest.mark.parametrize("step", ["archive", "register"])
def test_a_signing_cut_short_never_registers_a_signature_without_its_file(
    step: str,
    seance: int,
    service: SignedMinutesService,
    tmp_path: Path,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Killed between the database and the archive, the signature must not be half kept:
    a registered revision whose file is lost refuses the signer a second try and the next
    signer a base to sign."""
    service.validate(seance)

    def killed(*_args: object, **_kwargs: object) -> None:
        raise Killed

    with monkeypatch.context() as patch:
        if step == "archive":
            patch.setattr(service.archive, "install", killed)
        else:
            patch.setattr(service, "_register", killed)
        with pytest.raises(Killed):
            sign_secretary(service, seance, tmp_path / "un.pdf")
    assert count(engine, SignedFile) == 0
    sign_secretary(service, seance, tmp_path / "un.pdf")
    latest = service.versions(seance)[-1].latest_signed
    assert latest is not None
    assert service.archive.read_registered(latest.path, latest.sha256) is not None
    assert service.verify(sign_president(service, seance, tmp_path / "deux.pdf")).ok


def test_erratum_keeps_the_old_signed_file_verifiable(
    ctx: ServiceContext, seance: int, service: SignedMinutesService, tmp_path: Path
) -> None:
    service.validate(seance)
    sign_secretary(service, seance, tmp_path / "v1-un.pdf")
    old = sign_president(service, seance, tmp_path / "v1-deux.pdf")
    erratum = service.create_erratum(seance, "Nom du pilote erroné").value
    assert MeetingService(ctx).get_seance(seance).status is S.CR_REDACTION
    with pytest.raises(SignedMinutesError, match="en cours de rédaction"):
        sign_secretary(service, seance, tmp_path / "x.pdf")
    service.validate(seance)
    new = sign_secretary(service, seance, tmp_path / "v2-un.pdf")
    old_check, new_check = service.verify(old), service.verify(new)
    assert old_check.ok and new_check.ok
    assert old_check.registration is not None and old_check.registration.superseded_by == 2
    assert old_check.registration_text.endswith("; remplacée par l'erratum (version 2)")
    found = new_check.registration
    assert found is not None and (found.version_number, found.superseded_by) == (2, None)
    exported = service.export_signed(seance, tmp_path / "copie-v1.pdf", version_number=1)
    assert (tmp_path / "copie-v1.pdf").read_bytes() == old.read_bytes()
    assert exported.signature_count == 2
    assert [v.status for v in service.versions(seance)] == [VersionStatus.SIGNE] * 2
    assert service.versions(seance)[1].previous_id == erratum.previous_id


def test_minutes_validated_before_versions_existed_are_frozen_at_first_signature(
    ctx: ServiceContext, seance: int, service: SignedMinutesService, tmp_path: Path
) -> None:
    force_status(ctx, seance, S.CR_VALIDE)
    sign_secretary(service, seance, tmp_path / "un.pdf")
    (version,) = service.versions(seance)
    assert version.status is VersionStatus.SIGNE and len(version.signed_files) == 1


def test_a_file_signed_elsewhere_is_unknown_to_the_database(
    org: Organisation, service: SignedMinutesService, tmp_path: Path
) -> None:
    foreign = sign_by_both(org, make_minutes(tmp_path / "cr.pdf"), tmp_path)
    check = service.verify(foreign)
    assert check.ok and check.registration is None
    assert check.registration_text == UNKNOWN_FILE
