"""Creating a CBO: the first-run wizard's one action."""

from __future__ import annotations

import os

from cbodesk.domain.errors import InvalidInput, Problem
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor
from cbodesk.i18n import N_
from cbodesk.services import cashbook, users
from cbodesk.services import profile as profile_service
from cbodesk.storage.database import Cbo, Location, create_cbo
from cbodesk.storage.models import Profile


def new_cbo(location: str | os.PathLike[str] | Location, profile: OrganisationProfile,
            admin_name: str) -> tuple[Cbo, Actor]:
    """Create the CBO with its profile and first administrator, all or nothing."""
    problems = profile.cleaned().problems()
    if not admin_name.strip():
        problems.append(Problem("admin_name", N_("errors", "Give the name of the person who keeps this CBO's file.")))
    if problems:
        raise InvalidInput(problems)
    created: list[Actor] = []

    def fill(cbo: Cbo) -> None:
        actor = users.add_first_administrator(cbo, admin_name)
        created.append(actor)
        # The profile row exists (version 1); save over it as the new administrator.
        profile_service.save_profile(cbo, actor, profile)
        # The first save is the CBO's birth, not an edit: start counting from 1.
        Profile.update(row_version=1).where(Profile.id == 1).execute()
        cashbook.add_default_setup(cbo, profile.uses_khr, profile.uses_usd)

    cbo = create_cbo(location, fill=fill)
    return cbo, created[0]
