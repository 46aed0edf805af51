"""Anonymising a signatory leaves the signed PDFs and their verification exactly as they were."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import Engine, select

from gusp_desktop.db.models import Seance
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.personal_data.service import PersonalDataService
from gusp_desktop.services.signed_minutes.report import describe
from gusp_desktop.services.signed_minutes.service import SignedMinutesService
from tests.db import test_signed_minutes_signing as signing
from tests.db.test_signed_minutes_signing import sign_president, sign_secretary

# The séance, identities and service of the signing tests (fixtures shared by name).
org, private_dirs, world = signing.org, signing.private_dirs, signing.world
seance, service = signing.seance, signing.service


def test_signed_minutes_survive_the_anonymisation_of_their_president(
    ctx: ServiceContext, engine: Engine, seance: int, service: SignedMinutesService,
    tmp_path: Path,
) -> None:  # fmt: skip
    service.validate(seance)
    sign_secretary(service, seance, tmp_path / "un.pdf")
    signed = sign_president(service, seance, tmp_path / "deux.pdf")
    data = signed.read_bytes()
    before = service.verify(signed)
    assert before.ok, before.problems
    with engine.connect() as conn:
        president = conn.scalar(select(Seance.president_id).where(Seance.id == seance))
    assert president is not None
    people = PersonalDataService(ctx, service.archive)
    dossier = people.export(president)
    assert [s.signature_count for s in dossier.signed] == [1, 2]

    report = people.anonymise(president).value

    assert signed.read_bytes() == data  # the file itself is never touched
    listed = {s.sha256 for s in report.signed_left_intact}
    assert hashlib.sha256(data).hexdigest() in listed and len(listed) == 2
    assert all(s.path and Path(s.path).is_file() for s in report.signed_left_intact)
    after = service.verify(signed)
    assert after.ok, after.problems
    assert after.problems == before.problems and after.registration == before.registration
    assert describe(after) == describe(before)
