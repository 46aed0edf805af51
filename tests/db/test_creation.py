"""A new local database appears whole or not at all, whenever its creation is interrupted."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from gusp_desktop.db import migrate
from gusp_desktop.db.engine import make_engine


class PowerCutError(Exception):
    """Stands for the power cut."""


@pytest.fixture
def fail_at_tenth_table() -> Iterator[None]:
    created = 0

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        nonlocal created
        if statement.lstrip().upper().startswith("CREATE TABLE"):
            created += 1
            if created == 10:
                raise PowerCutError

    event.listen(Engine, "before_cursor_execute", count)
    yield
    event.remove(Engine, "before_cursor_execute", count)


def test_interrupted_creation_leaves_no_half_database(
    tmp_path: Path, fail_at_tenth_table: None
) -> None:
    path = tmp_path / "gusp.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with pytest.raises(PowerCutError):
        migrate.upgrade(engine)
    engine.dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    reopened = make_engine(f"sqlite:///{path}")
    assert migrate.schema_state(reopened) is migrate.SchemaState.EMPTY
    reopened.dispose()


def test_half_database_of_an_older_version_is_created_again(tmp_path: Path) -> None:
    path = tmp_path / "gusp.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with engine.begin() as conn:  # what an interrupted creation used to leave behind
        conn.exec_driver_sql("DELETE FROM alembic_version")
        conn.exec_driver_sql("DROP TABLE signed_file")
    assert migrate.schema_state(engine) is migrate.SchemaState.EMPTY
    migrate.upgrade(engine)
    assert migrate.schema_state(engine) is migrate.SchemaState.CURRENT
    engine.dispose()


def test_a_database_with_data_but_no_revision_stays_refused(tmp_path: Path) -> None:
    path = tmp_path / "gusp.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO quartier (code, name, communes, npnru, description, version, "
            "created_at, updated_at, created_by, updated_by) VALUES ('HM', 'Hauts', '', 0, "
            "'', 1, '2025-01-01', '2025-01-01', 't', 't')"
        )
        conn.exec_driver_sql("DELETE FROM alembic_version")
    assert migrate.schema_state(engine) is migrate.SchemaState.FOREIGN
    engine.dispose()


def _create(path: Path, started: Any) -> None:
    engine = make_engine(f"sqlite:///{path}")
    started.set()
    migrate.upgrade(engine)


@pytest.mark.slow
def test_killed_creations_never_leave_an_unusable_file(tmp_path: Path) -> None:
    """SIGKILL at moments spread over the creation; each file must then open normally."""
    kills = int(os.environ.get("GUSP_CREATION_KILLS", "15"))
    start = time.perf_counter()
    _create(tmp_path / "mesure.sqlite3", multiprocessing.get_context("fork").Event())
    duration = time.perf_counter() - start
    context = multiprocessing.get_context("fork")  # forked: no interpreter start per kill
    states = []
    for index in range(kills):
        path = tmp_path / f"base-{index}.sqlite3"
        started = context.Event()
        child = context.Process(target=_create, args=(path, started))
        child.start()
        assert started.wait(30)
        time.sleep(duration * index / kills)
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join()
        engine = make_engine(f"sqlite:///{path}")
        states.append(migrate.upgrade(engine))
        assert migrate.schema_state(engine) is migrate.SchemaState.CURRENT
        engine.dispose()
    assert set(states) <= {migrate.SchemaState.EMPTY, migrate.SchemaState.CURRENT}
    assert migrate.SchemaState.EMPTY in states  # some kills did land during the creation
