"""Read-only lists of the plan and of the séances, for a process that only reads them.

The command line's ``actions list`` and ``meetings list`` take their rows here: this service
reads the Core tables (``db.tables``) and imports no mapped class, so such a command neither
imports nor maps the ORM model. The rows, filters, order and confidentiality are those of
``ActionService.list_actions`` and ``MeetingService.list_seances``, which call the same
functions.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from gusp_desktop.domain.actions import ActionQuery, ActionRow
from gusp_desktop.services.actions import listing as plan_listing
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.confidentiality import output_scope

if TYPE_CHECKING:  # the séances' records are imported when séances are listed
    from gusp_desktop.domain.meetings import SeanceSummary


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

    def check_restricted_reader(self) -> None:
        """Refuse, in French, a request to include restricted content in an output from
        someone who is a member of no restricted instance (``--include-restricted``)."""
        with self.context.read_columns() as session:
            output_scope(session, self.context.user, include_restricted=True)
