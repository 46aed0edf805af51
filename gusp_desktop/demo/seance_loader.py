"""Loader step for the séances: planned in January, given their ordre du jour, convened, held
and minuted, then validated, each through the call the séances page makes.

Every call is made at the demo's moment by the séance's secretary when she has an account
(else by the loading user), so a demo séance has the history, audit trail and search entries
of a séance a user ran: numbered by the application, its members invited by it, its
validated minutes frozen as they stood on the day of validation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from gusp_desktop.db.models import Instance, Seance
from gusp_desktop.demo.agenda_seed import ItemSeed, read_agendas
from gusp_desktop.demo.clock import HELD, Refs
from gusp_desktop.demo.meetings import INSTANCES, SEANCES, InstanceSeed, SeanceSeed
from gusp_desktop.demo.people import USERS
from gusp_desktop.demo.steps import SeanceServices, Steps
from gusp_desktop.demo.timeline import Story
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.agenda import AgendaItemData
from gusp_desktop.domain.enums import AttendanceStatus, MemberRole, SeanceStatus
from gusp_desktop.domain.meetings import SeanceData, SeanceHighlights
from gusp_desktop.domain.timezone import PARIS

AGENDAS = read_agendas()
CONVOCATION = dt.timedelta(days=12)  # the convocation goes out twelve days ahead
HIGHLIGHTS = dt.timedelta(days=3)  # faits marquants typed in the days after the meeting
VALIDATION = dt.timedelta(days=14)  # minutes validated a fortnight after the meeting
_INSTANCE_SEEDS = {i.code: i for i in INSTANCES}


@dataclass(frozen=True)
class _Times:
    """The moments of one séance's life, none after the demo's today nor the load itself."""

    starts: dt.datetime
    ends: dt.datetime
    convened: dt.datetime
    written: dt.datetime
    validated: dt.datetime


def _day_of(moment: dt.datetime) -> dt.date:
    return moment.astimezone(PARIS).date()


class _Seances:
    """The demo's calendar, written call by call."""

    def __init__(self, refs: Refs, steps: Steps, setup: dt.datetime, now: dt.datetime) -> None:
        self.refs, self.steps, self.setup = refs, steps, setup
        self.now = min(now, steps.started)
        self.services: SeanceServices = steps.seances
        self.ids: dict[str, int] = {}

    def times(self, s: SeanceSeed) -> _Times:
        clock = self.refs.clock
        starts = clock.at(clock.day(s.day), s.time)
        ends = starts + dt.timedelta(minutes=_INSTANCE_SEEDS[s.instance].duration)
        convened = min(self.now, max(self.setup, starts - CONVOCATION))
        # Declared held at its end, or when the load runs if sooner, never before its start.
        ends = max(starts, min(ends, self.now))
        return _Times(
            starts=starts,
            ends=ends,
            convened=convened,
            written=max(ends, min(self.now, ends + HIGHLIGHTS)),
            validated=max(ends, min(self.now, clock.at(_day_of(ends) + VALIDATION, "11:00"))),
        )

    def author(self, seed: InstanceSeed) -> CurrentUser:
        """The instance's secretary's account, or the loading user's when she has none."""
        secretary = next(m.contact for m in seed.members if m.role is MemberRole.SECRETAIRE)
        for u in USERS:
            if u.contact == secretary:
                return CurrentUser(u.username, u.display_name, u.role)
        return self.steps.loading_user

    def plan(self, instances: dict[str, Instance]) -> None:
        """Every séance of the year planned on the day the year is set up, instance by
        instance: the application numbers them per instance and calendar year."""
        for s in SEANCES:
            self.steps.at(self.setup, self.author(_INSTANCE_SEEDS[s.instance]))
            created = self.services.meetings.create_seance(
                SeanceData(
                    instance_id=instances[s.instance].id,
                    starts_at=self.times(s).starts,
                    place=s.place or None,
                )
            )
            self.ids[s.key] = created.value.id

    def run(self, s: SeanceSeed) -> None:
        """Ordre du jour, convocation, then for a held séance émargement, notes, decisions
        and faits marquants; its minutes are left « en rédaction »."""
        seance_id, times = self.ids[s.key], self.times(s)
        author = self.author(_INSTANCE_SEEDS[s.instance])
        self.steps.at(times.convened, author)
        items = [self._add_item(seance_id, it) for it in AGENDAS[s.key]]
        if s.status is SeanceStatus.PLANIFIEE:
            return
        self.services.lifecycle.convene(seance_id)
        if s.status not in HELD:
            return
        self.steps.at(times.ends, author)
        self.services.lifecycle.hold(seance_id)
        self._attendance(s, seance_id)
        self.services.meetings.change_status(seance_id, None, SeanceStatus.CR_REDACTION)
        for (item_id, version), it in zip(items, AGENDAS[s.key], strict=True):
            self._minutes(item_id, version, it)
        self.steps.at(times.written, author)
        render = self.refs.clock.render
        highlights = SeanceHighlights(
            summary=render(s.summary), next_meeting_note=render(s.next_meeting_note)
        )
        self.services.meetings.update_highlights(seance_id, None, highlights)

    def _add_item(self, seance_id: int, it: ItemSeed) -> tuple[int, int]:
        render, contacts = self.refs.clock.render, self.refs.contacts
        data = AgendaItemData(
            title=render(it.title),
            kind=it.kind,
            presenter_id=contacts[it.presenter].id if it.presenter else None,
            planned_minutes=it.minutes,
            description=render(it.description),
        )
        item = self.services.agenda.add_item(seance_id, data).value
        return item.id, item.version

    def _minutes(self, item_id: int, version: int, it: ItemSeed) -> None:
        render = self.refs.clock.render
        if it.notes:
            self.services.minutes.save_notes(item_id, version, render(it.notes))
        for text in it.decisions:
            self.services.minutes.add_decision(item_id, render(text))

    def _attendance(self, s: SeanceSeed, seance_id: int) -> None:
        """The émargement: everyone present but the excused, the absent and the represented."""
        contacts = self.refs.contacts
        status = {contacts[key].id: AttendanceStatus.EXCUSE for key in s.excused}
        status.update({contacts[key].id: AttendanceStatus.ABSENT for key in s.absent})
        by = {contacts[key].id: contacts[other].id for key, other in s.represented}
        status.update(dict.fromkeys(by, AttendanceStatus.REPRESENTE))
        attendance = self.services.attendance
        for line in attendance.list_attendance(seance_id):
            wanted = status.get(line.contact_id, AttendanceStatus.PRESENT)
            attendance.set_status(line.id, line.version, wanted, by.get(line.contact_id))

    def validation(self, s: SeanceSeed) -> Story:
        """The minutes frozen a fortnight after the meeting, with the plan of that day."""
        when = self.times(s).validated
        yield when
        self.steps.at(when, self.author(_INSTANCE_SEEDS[s.instance]))
        self.services.signed_minutes.validate(self.ids[s.key])


def load_seances(
    refs: Refs,
    steps: Steps,
    instances: dict[str, Instance],
    setup: dt.datetime,
    now: dt.datetime,
) -> list[Story]:
    """Write the séances up to their minutes; fill ``refs.seances`` with the rows read back
    in the loader's session, and return the validations, to be told among the actions'
    stories (:func:`gusp_desktop.demo.timeline.tell`) so each freezes the plan of its day."""
    seances = _Seances(refs, steps, setup, now)
    seances.plan(instances)
    for s in SEANCES:
        seances.run(s)
    by_id = {row.id: row for row in refs.session.scalars(select(Seance))}
    refs.seances.update({s.key: by_id[seances.ids[s.key]] for s in SEANCES})
    return [seances.validation(s) for s in SEANCES if s.status is SeanceStatus.CR_VALIDE]
