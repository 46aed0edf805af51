"""Read-only lists of the plan and of the séances, for a process that only reads them.

The command line's ``actions list`` and ``meetings list`` take their rows here, and the
window's dashboard everything it shows: this service reads the Core tables (``db.tables``)
through a connection and imports no mapped class, so such a command, or the window until its
first page is filled, neither imports nor maps the ORM model. The rows, filters, order and
confidentiality are those of ``ActionService``, ``MeetingService``, ``SignalementService``
and ``ConstatService``, which call the same functions.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from gusp_desktop.domain.actions import ActionQuery, ActionRow
from gusp_desktop.services.actions import listing as plan_listing
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.confidentiality import output_scope

if TYPE_CHECKING:  # the séances' records are imported when séances are listed
    from gusp_desktop.domain.field_work import ConstatQuery, ConstatRow
    from gusp_desktop.domain.meetings import SeanceSummary
    from gusp_desktop.domain.signalement_rules import DelayStats


class Lists:
    """The plan and the séances as lists, with the confidentiality rule applied."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def actions(self, spec: ActionQuery = plan_listing.ALL_ACTIONS) -> list[ActionRow]:
        """As ``ActionService.list_actions``."""
        return plan_listing.list_actions(self.context, spec)

    def seances(
        self,
        instance_id: int | None = None,
        from_date: dt.date | None = None,
        to_date: dt.date | None = None,
        *,
        include_restricted: bool = True,
    ) -> list[SeanceSummary]:
        """As ``MeetingService.list_seances``."""
        from gusp_desktop.services import seance_lists

        return seance_lists.list_seances(
            self.context, instance_id, from_date, to_date, include_restricted=include_restricted
        )

    # -- what the dashboard reads besides (no model until it is filled) --------------------

    def count_actions(self, spec: ActionQuery = plan_listing.ALL_ACTIONS) -> int:
        """As ``ActionService.count_actions``."""
        return plan_listing.count_actions(self.context, spec)

    def count_action_groups(self, spec: ActionQuery, key: str) -> list[tuple[str, str, int]]:
        """As ``ActionService.count_groups``."""
        from gusp_desktop.services.actions.groups import read_groups

        return read_groups(self.context, spec, key)

    def hides_restricted(self, from_date: dt.date, to_date: dt.date) -> bool:
        """As ``MeetingService.hides_restricted``."""
        from gusp_desktop.services import seance_lists

        return seance_lists.hides_restricted(self.context, from_date, to_date)

    def signalements_by_organisation(self) -> list[tuple[int | None, DelayStats]]:
        """As ``SignalementService.summary_by_organisation``."""
        from gusp_desktop.domain.signalements import SignalementQuery
        from gusp_desktop.services import signalement_lists as signalements

        today = self.context.today()
        with self.context.read_columns() as reader:
            rows = signalements.list_rows(reader, SignalementQuery(), today)
        return signalements.summary_by_organisation(rows)

    def constats(self, spec: ConstatQuery) -> list[ConstatRow]:
        """As ``ConstatService.list_constats``."""
        from gusp_desktop.services import constat_lists

        with self.context.read_columns() as reader:
            return constat_lists.listed(reader, spec)

    def check_restricted_reader(self) -> None:
        """Refuse, in French, a request to include restricted content in an output from
        someone who is a member of no restricted instance (``--include-restricted``)."""
        with self.context.read_columns() as session:
            output_scope(session, self.context.user, include_restricted=True)
