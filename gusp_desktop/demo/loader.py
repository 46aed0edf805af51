"""Load the fictional « Marvelin Agglomération » territory into an empty database.

``load_demo(context)`` inserts everything in one unit of work, dated relative to the
context's today (see :mod:`gusp_desktop.demo.clock`), and refuses a database holding data.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Action, Instance, Organisation, Quartier
from gusp_desktop.demo.actions import ACTIONS
from gusp_desktop.demo.atfpb_loader import load_atfpb
from gusp_desktop.demo.clock import DemoClock, Refs, shift_for
from gusp_desktop.demo.field_loader import load_field_work
from gusp_desktop.demo.plan_loader import load_plan
from gusp_desktop.demo.quartier_plan import load_quartier_plan
from gusp_desktop.demo.seance_loader import load_seances
from gusp_desktop.demo.setup_loader import load_setup
from gusp_desktop.demo.signalements import load_signalements
from gusp_desktop.demo.steps import Steps, one_transaction
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.services.base import ServiceContext, UnitOfWork

NOT_EMPTY_MESSAGE = (
    "La base n'est pas vide : le territoire de démonstration ne se charge que dans une base vide."
)
_SETUP_DAY = "06/01"  # when the coordinator set the year up


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
        validations = load_seances(self.refs, self.steps, self.instances, self.setup, self.demo_now)
        load_field_work(self.refs, self.steps)
        history = load_plan(self.refs, self.steps, validations)
        load_quartier_plan(self.refs, self.steps)
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
