"""Every action of PERMISSIONS against every role, through a real service on a real CBO:
the service itself lets exactly the roles PERMISSIONS names do it and refuses the others
with NotAllowed (a hidden button is never the only guard).

Each action has one representative service call. Calls are made so that, once past the role
check, they may fail for ordinary reasons (an id that does not exist, a bad value): only
NotAllowed counts as refused. ``members.personal`` hides details instead of refusing: the
member's phone is there or not.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cbodesk.domain import members as dm
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import PERMISSIONS, ROLES, Actor, NotAllowed
from cbodesk.domain.errors import UserError
from cbodesk.services import audit, users
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo

PROFILE = OrganisationProfile(name_km="ក្រុមសន្សំប្រាក់ស្ត្រី", name_en="Women's Savings Group", province="14",
                              sector="savings")
NOWHERE = 987654  # an id no record has


def _profile_edit(cbo: Cbo, actor: Actor) -> Any:
    from cbodesk.services.profile import load_profile, save_profile

    return save_profile(cbo, actor, load_profile(cbo))


def _cashbook_record(cbo: Cbo, actor: Actor) -> Any:
    from cbodesk.domain import cashbook as cb
    from cbodesk.services.cashbook import record_entry

    return record_entry(cbo, actor, cb.EntryDraft(kind="receipt", date=date.today(), account_id=NOWHERE,
                                                  amount=Money("1000", Currency.KHR), category_id=None))


def _cashbook_setup(cbo: Cbo, actor: Actor) -> Any:
    from cbodesk.services.cashbook import add_account

    return add_account(cbo, actor, f"Bank of {actor.username}", "bank", Currency.USD)


def _cashbook_close(cbo: Cbo, actor: Actor) -> Any:
    from cbodesk.services.closing import close_month

    return close_month(cbo, actor, NOWHERE, 2020, 1, counted_by="A", checked_by="B")


def _cashbook_policy(cbo: Cbo, actor: Actor) -> Any:
    from cbodesk.services.cashbook import set_approval_limit

    return set_approval_limit(cbo, actor, Money("100", Currency.USD))


def _cashbook_approve(cbo: Cbo, actor: Actor) -> Any:
    from cbodesk.services.approvals import decide

    return decide(cbo, actor, NOWHERE, "approved")


def _cashbook_budget(cbo: Cbo, actor: Actor) -> Any:
    from cbodesk.services.budget import set_budget

    return set_budget(cbo, actor, 2026, NOWHERE, None, Money("1000", Currency.KHR))


def _members_view(cbo: Cbo, actor: Actor) -> Any:
    from cbodesk.services.members import count_members

    return count_members(cbo, actor)


def _members_edit(cbo: Cbo, actor: Actor) -> Any:
    from cbodesk.services.members import add_village

    return add_village(cbo, actor, "", f"Village of {actor.username}")


def _members_fees(cbo: Cbo, actor: Actor) -> Any:
    from cbodesk.services.members import set_fee_rate

    return set_fee_rate(cbo, actor, Money("5000", Currency.KHR), "month", date(2026, 1, 1))


def _meetings(name: str) -> Callable[[Cbo, Actor], Any]:
    def call(cbo: Cbo, actor: Actor) -> Any:
        from cbodesk.services import meetings

        if name == "view":
            return meetings.list_meetings(cbo, actor)
        if name == "edit":
            return meetings.delete_meeting(cbo, actor, NOWHERE, row_version=1)
        if name == "approve":
            return meetings.lock_minutes(cbo, actor, NOWHERE, row_version=1)
        return meetings.set_meeting_settings(cbo, actor, "not a rule", "never")
    return call


def _plans(name: str) -> Callable[[Cbo, Actor], Any]:
    def call(cbo: Cbo, actor: Actor) -> Any:
        from cbodesk.services import plans

        if name == "view":
            return plans.plans(cbo, actor)
        if name == "edit":
            return plans.retire_goal(cbo, actor, NOWHERE)
        return plans.remove_record(cbo, actor, NOWHERE)
    return call


def _reports_view(cbo: Cbo, actor: Actor) -> Any:
    from cbodesk.reports import registry

    viewable = next(k for k in registry.kinds() if k.action == "reports.view")
    return registry.build(cbo, actor, viewable.code, registry.ReportParams())


CALLS: dict[str, Callable[[Cbo, Actor], Any]] = {
    "profile.edit": _profile_edit,
    "users.manage": lambda cbo, actor: users.list_users(cbo, actor),
    "cashbook.record": _cashbook_record,
    "cashbook.setup": _cashbook_setup,
    "cashbook.close": _cashbook_close,
    "cashbook.policy": _cashbook_policy,
    "cashbook.approve": _cashbook_approve,
    "cashbook.budget": _cashbook_budget,
    "members.view": _members_view,
    "members.edit": _members_edit,
    "members.fees": _members_fees,
    "meetings.view": _meetings("view"),
    "meetings.edit": _meetings("edit"),
    "meetings.approve": _meetings("approve"),
    "meetings.settings": _meetings("settings"),
    "plans.view": _plans("view"),
    "plans.edit": _plans("edit"),
    "plans.monitor": _plans("monitor"),
    "audit.view": lambda cbo, actor: audit.count_entries(cbo, actor),
    "cbo.settings": lambda cbo, actor: users.set_login_required(cbo, actor, False),
    "reports.view": _reports_view,
}
SPECIAL = {"members.personal"}


def _backup(cbo: Cbo, actor: Actor) -> Any:
    from cbodesk.services.backups import back_up_to

    return back_up_to(cbo, actor, Path(tempfile.mkdtemp(prefix="roles-backup-")))


def _restore(cbo: Cbo, actor: Actor) -> Any:
    from cbodesk.services.backups import restore

    # Past the role check this fails as an ordinary UserError: the file is not a backup.
    folder = Path(tempfile.mkdtemp(prefix="roles-restore-"))
    (folder / "not-a-backup.cbodesk-backup").write_bytes(b"nothing")
    return restore(actor, folder / "not-a-backup.cbodesk-backup", folder / "target.cbodesk")


CALLS["cbo.backup"] = _backup
CALLS["cbo.restore"] = _restore


def test_every_action_is_in_the_table() -> None:
    assert set(CALLS) | SPECIAL == set(PERMISSIONS)


def _refused(cbo: Cbo, call: Callable[[Cbo, Actor], Any], actor: Actor) -> bool:
    try:
        call(cbo, actor)
    except NotAllowed:
        return True
    except UserError:
        return False  # past the role check: an ordinary reason (no such record, a bad value)
    return False


@pytest.fixture
def cbo(cbo_location: str) -> Iterator[Cbo]:
    opened, _admin = new_cbo(cbo_location, PROFILE, "Sok Dara")
    yield opened
    opened.close()


@pytest.mark.parametrize("action", sorted(CALLS))
def test_service_allows_exactly_the_roles_of_permissions(cbo: Cbo, action: str) -> None:
    refused = {role for role in ROLES
               if _refused(cbo, CALLS[action], Actor(f"as.{role}", f"As {role}", frozenset({role})))}
    assert refused == set(ROLES) - PERMISSIONS[action], action


def test_personal_details_reach_exactly_their_roles(cbo: Cbo) -> None:
    from cbodesk.services.members import add_member, add_village, get_member

    admin = users.default_actor(cbo)
    village = add_village(cbo, admin, "", "Koh Trong")
    draft = dm.MemberDraft(name_km="សុខ ដារ៉ា", name_latin="Sok Dara", sex="F", birth_year=1980, village_id=village.id,
                           joined_on=date(2020, 1, 1), phone="012 345 678")
    member = add_member(cbo, admin, draft, allow_duplicate=True)
    seen = set()
    for role in ROLES:
        actor = Actor(f"as.{role}", f"As {role}", frozenset({role}))
        try:
            view = get_member(cbo, actor, member.id)
        except NotAllowed:
            continue
        if view.phone == "012 345 678":
            seen.add(role)
        else:
            assert view.phone is None
    assert seen == set(PERMISSIONS["members.personal"])
