"""Plain values of the attendance sheet."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.domain.enums import AttendanceStatus, MemberKind, MemberRole


@dataclass(frozen=True)
class AttendanceDTO:
    """One line of the attendance sheet (``status`` None: not recorded yet)."""

    id: int
    version: int
    seance_id: int
    contact_id: int
    contact_name: str
    organisation_id: int
    organisation_code: str
    organisation_name: str
    status: AttendanceStatus | None
    represented_by_id: int | None
    represented_by_name: str
    invited: bool
    # The seat the invitee holds in the instance (None: invited without being a member).
    member_role: MemberRole | None = None
    member_kind: MemberKind | None = None

    @property
    def substitute(self) -> bool:
        """True for a suppléant(e), who attends when the titulaire cannot."""
        return self.member_kind is MemberKind.SUPPLEANT
