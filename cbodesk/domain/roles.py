"""Roles and what each may do (DESIGN.md, Users and roles).

Services check the acting person's roles themselves; a hidden button is never
the only guard.
"""

from __future__ import annotations

from dataclasses import dataclass

from cbodesk.domain.errors import UserError
from cbodesk.i18n import N_

CONTEXT = "roles"

ROLES: dict[str, str] = {
    "administrator": N_("roles", "Administrator"),
    "chair": N_("roles", "Chair / committee"),
    "treasurer": N_("roles", "Treasurer"),
    "secretary": N_("roles", "Secretary"),
    "me_focal": N_("roles", "M&E focal person"),
    "viewer": N_("roles", "Viewer"),
}

# Action -> roles allowed to do it.
PERMISSIONS: dict[str, frozenset[str]] = {
    "profile.edit": frozenset({"administrator", "chair"}),
    "cbo.backup": frozenset({"administrator", "chair", "treasurer", "secretary", "me_focal"}),
    "cbo.restore": frozenset({"administrator"}),
    "users.manage": frozenset({"administrator"}),
    "cashbook.record": frozenset({"administrator", "treasurer"}),
    "cashbook.setup": frozenset({"administrator", "treasurer"}),
    "cashbook.close": frozenset({"administrator", "treasurer"}),
    "cashbook.policy": frozenset({"administrator", "chair"}),
    "cashbook.approve": frozenset({"administrator", "chair"}),
    "cashbook.budget": frozenset({"administrator", "treasurer", "chair"}),
    # The member register (guideline chapter 3) and the committee (chapter 1): the secretary
    # keeps them; the treasurer picks members as payers and sees who has paid.
    "members.view": frozenset({"administrator", "chair", "treasurer", "secretary", "me_focal"}),
    "members.edit": frozenset({"administrator", "secretary"}),
    # Phone, national ID card and IDPoor status: only those whose work needs them.
    "members.personal": frozenset({"administrator", "chair", "secretary"}),
    # The membership fee (amount per period); set by the committee's money people.
    "members.fees": frozenset({"administrator", "chair", "treasurer"}),
    # Meetings and minutes (chapter 2): the secretary writes them; the committee approves them.
    "meetings.view": frozenset({"administrator", "chair", "treasurer", "secretary", "me_focal"}),
    "meetings.edit": frozenset({"administrator", "secretary"}),
    "meetings.approve": frozenset({"administrator", "chair", "secretary"}),
    "meetings.settings": frozenset({"administrator", "chair", "secretary"}),  # quorum, how often
    # Activity plans and M&E (chapters 6 and 7): the M&E focal person keeps them.
    "plans.view": frozenset({"administrator", "chair", "treasurer", "secretary", "me_focal"}),
    "plans.edit": frozenset({"administrator", "me_focal", "chair"}),
    "plans.monitor": frozenset({"administrator", "me_focal"}),
    # Accountability (chapter 5): who changed what.
    "audit.view": frozenset({"administrator", "chair"}),
    # Settings of the CBO itself (login on or off, the shared database).
    "cbo.settings": frozenset({"administrator"}),
    # Reports: every role reads them (a viewer reads only them).
    "reports.view": frozenset({"administrator", "chair", "treasurer", "secretary", "me_focal", "viewer"}),
}


@dataclass(frozen=True)
class Actor:
    """Who is doing something, as the audit log will name them."""

    username: str
    full_name: str
    roles: frozenset[str]

    def may(self, action: str) -> bool:
        return bool(self.roles & PERMISSIONS[action])

    def require(self, action: str) -> None:
        if not self.may(action):
            raise NotAllowed(self.full_name or self.username)


class NotAllowed(UserError):
    def __init__(self, who: str) -> None:
        super().__init__(N_("errors", "{who} may not do this. Ask the chair or the administrator "
                                      "of the CBO to do it, or to give you the role it needs."),
                         who=who)
