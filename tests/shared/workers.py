"""Code run in separate client processes by the concurrency test (importable by ``spawn``)."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

from sqlalchemy import select

from gusp_desktop.db.engine import make_engine, make_session_factory
from gusp_desktop.db.models import Action
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.actions import StatusChange
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.errors import ConflictError
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext


@dataclass
class EditReport:
    """What one client saw: acknowledged edits (comment, action), conflicts, other errors."""

    client: str
    acked: list[tuple[str, int]] = field(default_factory=list)
    conflicts: list[tuple[str, int]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class EditJob:
    """Parameters of one client process."""

    url: str
    client: str
    action_ids: tuple[int, ...]
    edits: int
    start_at: float
    seed: int
    reread_probability: float = 0.5


def run_edits(job: EditJob) -> EditReport:
    """Random follow-ups with the version last seen; conflicts are expected and counted."""
    engine = make_engine(job.url, pool_size=1)
    context = ServiceContext(
        make_session_factory(engine), CurrentUser(job.client, job.client, UserRole.COORDINATEUR)
    )
    service, rng, report = ActionService(context), random.Random(job.seed), EditReport(job.client)
    known: dict[int, int] = {}
    while time.time() < job.start_at:
        time.sleep(0.002)
    try:
        for number in range(job.edits):
            action_id = rng.choice(job.action_ids)
            if action_id not in known or rng.random() < job.reread_probability:
                known[action_id] = _version(context, action_id)
            _edit(service, report, known, action_id, f"{job.client}-{number}")
    finally:
        engine.dispose()
    return report


def _version(context: ServiceContext, action_id: int) -> int:
    with context.read() as session:
        return int(session.scalar(select(Action.version).where(Action.id == action_id)) or 0)


def _edit(
    service: ActionService, report: EditReport, known: dict[int, int], action_id: int, comment: str
) -> None:
    try:
        row = service.follow_up(action_id, known[action_id], StatusChange(comment=comment)).value
    except ConflictError as exc:
        report.conflicts.append((comment, action_id))
        known.pop(action_id, None)
        if exc.stored_version is not None:
            known[action_id] = exc.stored_version
        return
    except Exception as exc:  # anything but a conflict is a failure the test reports
        report.errors.append(f"{comment}: {type(exc).__name__}: {exc}")
        return
    report.acked.append((comment, action_id))
    known[action_id] = row.version
