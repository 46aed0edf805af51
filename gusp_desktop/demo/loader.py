"""Load the fictional « Marvelin Agglomération » territory into an empty database.

``load_demo(context)`` inserts everything in one unit of work, dated relative to the
context's today (see :mod:`gusp_desktop.demo.clock`), and refuses a database holding data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    AgendaItem,
    Attendance,
    Decision,
    Instance,
    Organisation,
    Quartier,
    Seance,
)
from gusp_desktop.demo.actions import ACTIONS
from gusp_desktop.demo.agenda_seed import read_agendas
from gusp_desktop.demo.atfpb_loader import load_atfpb
from gusp_desktop.demo.clock import HELD, DemoClock, Refs, shift_for, stamp
from gusp_desktop.demo.field_loader import load_field_work
from gusp_desktop.demo.meetings import INSTANCES, SEANCES, InstanceSeed, MemberSeed, SeanceSeed
from gusp_desktop.demo.plan_loader import load_plan
from gusp_desktop.demo.quartier_plan import load_quartier_plan
from gusp_desktop.demo.setup_loader import load_setup
from gusp_desktop.demo.signalements import load_signalements
from gusp_desktop.demo.steps import Steps, one_transaction
from gusp_desktop.domain.enums import AttendanceStatus, MemberRole, SeanceStatus
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.base import ServiceContext, UnitOfWork

NOT_EMPTY_MESSAGE = (
    "La base n'est pas vide : le territoire de démonstration ne se charge que dans une base vide."
)
AGENDAS = read_agendas()
_SETUP_DAY = "06/01"  # when the coordinator set the year up
_CONVOCATION = dt.timedelta(days=12)


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`load_demo` created."""

    quartiers: int
    organisations: int
    contacts: int
    instances: int
    seances: int
    actions: int
    history_entries: int
    shift_days: int


def load_demo(context: ServiceContext) -> DemoSummary:
    """Insert the whole demo territory in one transaction; refuse a database with data.

    Raises ValidationError (nothing written) when any quartier, organisation or action exists.
    """
    clock = DemoClock(shift_for(context.today()))
    with one_transaction(context) as steps, steps.unit_of_work() as uow:
        if not _is_empty(uow.session):
            raise ValidationError({"_": NOT_EMPTY_MESSAGE})
        summary = _Builder(uow, clock, steps).build()
        uow.audit("demo", 0, "create", None, asdict(summary))
    return summary


def _is_empty(session: Session) -> bool:
    return all(
        session.scalar(select(model.id).limit(1)) is None
        for model in (Quartier, Organisation, Action)
    )


class _Builder:
    """Adds the rows layer by layer, flushing only where later layers need ids."""

    def __init__(self, uow: UnitOfWork, clock: DemoClock, steps: Steps) -> None:
        self.steps = steps
        self.refs = Refs(uow, clock)
        self.uow = uow
        self.session = uow.session
        self.clock = clock
        self.setup = clock.at(clock.day(_SETUP_DAY), "09:00")
        self.demo_now = clock.at(clock.day("15/06"), "09:00")
        self.instances: dict[str, Instance] = {}

    def build(self) -> DemoSummary:
        self.instances = load_setup(self.refs, self.steps, self.setup)
        self._seances()
        load_field_work(self.refs, self.steps)
        history = load_plan(self.refs, self.steps)
        load_quartier_plan(self.refs)
        load_atfpb(self.refs, self.steps, self.setup, self.demo_now)
        load_signalements(self.refs, self.steps, self.setup)
        return DemoSummary(
            quartiers=len(self.refs.quartiers),
            organisations=len(self.refs.orgs),
            contacts=len(self.refs.contacts),
            instances=len(self.instances),
            seances=len(self.refs.seances),
            actions=len(ACTIONS),
            history_entries=history,
            shift_days=self.clock.shift.days,
        )

    def _seances(self) -> None:
        seeds = {i.code: i for i in INSTANCES}
        for s in SEANCES:
            self.refs.seances[s.key] = self._seance(s, seeds[s.instance])
        _number_by_year(list(self.refs.seances.values()))
        self.session.add_all(self.refs.seances.values())
        self.session.flush()

    def _seance(self, s: SeanceSeed, seed: InstanceSeed) -> Seance:
        contacts, render = self.refs.contacts, self.clock.render
        by_role = {m.role: m.contact for m in seed.members}
        starts = self.clock.at(self.clock.day(s.day), s.time)
        ends = starts + dt.timedelta(minutes=seed.duration)
        held = s.status in HELD
        convened = min(self.demo_now, max(self.setup, starts - _CONVOCATION))
        written = min(self.demo_now, ends + dt.timedelta(days=3)) if held else convened
        seance = Seance(
            instance_id=self.instances[s.instance].id,
            number=s.number,
            starts_at=starts,
            duration_minutes=seed.duration,
            place=s.place or seed.default_place,
            status=s.status,
            president_id=contacts[by_role[MemberRole.PRESIDENT]].id,
            secretary_id=contacts[by_role[MemberRole.SECRETAIRE]].id,
            summary=render(s.summary),
            next_meeting_note=render(s.next_meeting_note),
            convened_at=convened if held or s.status is SeanceStatus.CONVOQUEE else None,
        )
        stamp(self.uow, seance, self.setup, written)
        for position, it in enumerate(AGENDAS[s.key], start=1):
            agenda = AgendaItem(
                position=position,
                title=render(it.title),
                kind=it.kind,
                presenter_id=contacts[it.presenter].id if it.presenter else None,
                planned_minutes=it.minutes,
                description=render(it.description),
                notes=render(it.notes) if held else "",
            )
            stamp(self.uow, agenda, convened, written)
            for rank, text in enumerate(it.decisions if held else (), start=1):
                decision = Decision(position=rank, text=render(text))
                stamp(self.uow, decision, min(ends, self.demo_now))
                agenda.decisions.append(decision)
            seance.agenda.append(agenda)
        # Every séance invites its instance's members, planned ones included.
        for row in self._attendance(s, list(seed.members), held):
            stamp(self.uow, row, convened, min(ends, self.demo_now) if held else convened)
            seance.attendance.append(row)
        return seance

    def _attendance(self, s: SeanceSeed, members: list[MemberSeed], held: bool) -> list[Attendance]:
        """Émargement of a held séance, or the list of those invited to a coming one."""
        represented = dict(s.represented)
        keys = [m.contact for m in members]
        unknown = (set(s.excused) | set(s.absent) | set(represented)) - set(keys)
        if unknown:
            raise ValueError(f"Séance {s.key} : non-membres dans l'émargement : {unknown}")
        rows = []
        for member in members:
            key = member.contact
            status: AttendanceStatus | None = AttendanceStatus.PRESENT if held else None
            by: int | None = None
            if key in s.excused:
                status = AttendanceStatus.EXCUSE
            elif key in s.absent:
                status = AttendanceStatus.ABSENT
            elif key in represented:
                status = AttendanceStatus.REPRESENTE
                by = self.refs.contacts[represented[key]].id
            contact_id = self.refs.contacts[key].id
            rows.append(
                Attendance(
                    contact_id=contact_id,
                    status=status,
                    represented_by_id=by,
                    invited=True,
                    member_role=member.role,
                    member_kind=member.kind,
                )
            )
        return rows


def _number_by_year(seances: list[Seance]) -> None:
    """Séances numbered per instance and year in date order, as the application numbers them:
    the shifted calendar may carry the last séances of the demo year into the next one."""
    ordered = sorted(seances, key=lambda row: (row.instance_id, row.starts_at))
    counters: dict[tuple[int, int], int] = {}
    for row in ordered:
        year = row.starts_at.astimezone(PARIS).year
        key = (row.instance_id, year)
        counters[key] = counters.get(key, 0) + 1
        row.number, row.number_year = counters[key], year
