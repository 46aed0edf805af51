"""``db copy``: SQLite → PostgreSQL → SQLite keeps every row, verified by checksums."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text, update

from gusp_desktop.db import copy
from gusp_desktop.db.engine import make_engine
from gusp_desktop.db.models import Action, MinutesVersion, Seance, SignedFile
from gusp_desktop.domain.actions import StatusChange
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext
from tests.fixtures.databases import (
    FIXED_NOW,
    create_pg_database,
    drop_pg_database,
    make_context,
    pg_url,
)
from tests.fixtures.demo import DemoTemplates

pytestmark = pytest.mark.postgres
CLI = str(Path(sys.executable).with_name("gusp-desktop"))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, demo_templates: DemoTemplates) -> Path:
    """The demo territory in a SQLite file (history, audit, minutes versions included)."""
    path = demo_templates.copy_to(tmp_path_factory.mktemp("copy") / "demo.sqlite3")
    engine = make_engine(f"sqlite:///{path}")
    context = make_context(engine)
    _add_history_minutes_and_signatures(context)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def _add_history_minutes_and_signatures(context: ServiceContext) -> None:
    """The demo's minutes are validated, never signed: add a signed version and its erratum
    to a séance without minutes yet, with audited edits and a cost."""
    service = ActionService(context)
    for row in service.list_actions()[:3]:
        service.follow_up(row.id, row.version, StatusChange(comment="Point « copie » ✓"))
    with context.session_factory.begin() as session:
        frozen = select(MinutesVersion.seance_id)
        seance_id = session.scalars(
            select(Seance.id).where(Seance.id.not_in(frozen)).order_by(Seance.id)
        ).first()
        first = MinutesVersion(
            seance_id=seance_id, number=1, status="signe", snapshot='{"titre": "CR"}',
            snapshot_sha256="a" * 64, validated_at=FIXED_NOW, validated_by="claire",
        )  # fmt: skip
        session.add(first)
        session.flush()
        session.add(MinutesVersion(
            seance_id=seance_id, number=2, previous_id=first.id, status="erratum",
            snapshot="{}", snapshot_sha256="b" * 64, erratum_reason="Coquille",
        ))  # fmt: skip
        session.add(SignedFile(
            minutes_version_id=first.id, sha256="c" * 64, signer_name="Claire Demarquette",
            signer_role="présidente", signature_count=1, signed_at=FIXED_NOW, signed_by="claire",
        ))  # fmt: skip
        session.execute(update(Action).where(Action.id == 1).values(cost=Decimal("1234.5")))


@pytest.fixture
def empty_pg() -> Iterator[str]:
    name = create_pg_database()
    yield name
    drop_pg_database(name)


def sqlite_engine(path: Path) -> Engine:
    return make_engine(f"sqlite:///{path}")


def test_demo_round_trip_gives_identical_checksums(
    demo_file: Path, empty_pg: str, tmp_path: Path
) -> None:
    source, shared = sqlite_engine(demo_file), make_engine(pg_url(empty_pg))
    back = sqlite_engine(tmp_path / "retour.sqlite3")
    try:
        there = copy.copy_database(source, shared)
        again = copy.copy_database(shared, back)
        assert there.ok and again.ok
        original = copy.checksums(source)
        assert copy.checksums(shared) == original == copy.checksums(back)
        assert original["action"].rows > 0 and original["action_update"].rows > 0
        assert original["audit_event"].rows > 3
        # The demo's ten validated séances, then the signed version and its erratum added here.
        assert original["minutes_version"].rows == 10 + 2 and original["signed_file"].rows == 1
        # Sequences moved past the copied ids: the next write on the server just works.
        service = ActionService(make_context(shared))
        action_id = service.list_actions()[0].id
        service.follow_up(action_id, None, StatusChange(comment="Après la copie"))
        with shared.connect() as conn:
            assert conn.scalar(text("SELECT max(id) FROM action_update")) == (
                original["action_update"].rows + 1
            )
    finally:
        for engine in (source, shared, back):
            engine.dispose()


def test_refuses_a_non_empty_target_and_the_same_database(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "cible.sqlite3"
    shutil.copy(demo_file, target)
    source, filled = sqlite_engine(demo_file), sqlite_engine(target)
    try:
        with pytest.raises(ValidationError, match="n'est pas vide"):
            copy.copy_database(source, filled)
        with pytest.raises(ValidationError, match="même base"):
            copy.copy_database(source, sqlite_engine(demo_file))
        with pytest.raises(ValidationError, match="source est vide"):
            copy.copy_database(sqlite_engine(tmp_path / "vide.sqlite3"), filled)
    finally:
        source.dispose()
        filled.dispose()


def test_checksum_is_canonical_across_engines() -> None:
    import datetime as dt
    from decimal import Decimal

    from gusp_desktop.db.models import Action
    from gusp_desktop.domain.enums import Theme

    table = Action.__table__
    cost = table.c.cost.type
    assert (
        copy.canonical(Decimal("12.5"), cost) == copy.canonical(Decimal("12.50"), cost) == "12.50"
    )
    moment = dt.datetime(2025, 6, 15, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert copy.canonical(moment) == "2025-06-15T10:00:00+00:00"
    assert copy.canonical(Theme.PROPRETE) == Theme.PROPRETE.value


def test_cli_copy_prints_counts_and_checksums(demo_file: Path, empty_pg: str) -> None:
    result = subprocess.run(
        [CLI, "db", "copy", "--from", str(demo_file), "--to", pg_url(empty_pg)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Empreinte SHA-256" in result.stdout and "Copie vérifiée" in result.stdout
    assert "DIFFÉRENT" not in result.stdout
    again = subprocess.run(
        [CLI, "db", "copy", "--from", str(demo_file), "--to", pg_url(empty_pg)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 1 and "n'est pas vide" in again.stderr
