"""Reading and saving the organisation profile (guideline chapter 1)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

from cbodesk.domain import errors
from cbodesk.domain.errors import InvalidInput
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor
from cbodesk.i18n import N_
from cbodesk.services.audit import record_change
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Profile

_FIELDS = [f.name for f in dataclasses.fields(OrganisationProfile) if f.name != "row_version"]


class ChangedMeanwhile(errors.ChangedMeanwhile):
    def __init__(self, who: str, when: datetime | None) -> None:
        super().__init__(N_("errors", "{who} changed the profile after you opened it. Your "
                                      "changes were not saved; reload the page to see theirs, "
                                      "then make your changes again."), who=who, when=when)


def load_profile(cbo: Cbo) -> OrganisationProfile:
    with cbo.reading():
        row = Profile.get_by_id(1)
    return _from_row(row)


def _from_row(row: Profile) -> OrganisationProfile:
    values = {name: getattr(row, name) for name in _FIELDS}
    if isinstance(values["logo_png"], memoryview):  # PostgreSQL hands back bytea as memoryview
        values["logo_png"] = bytes(values["logo_png"])
    return OrganisationProfile(**values, row_version=row.row_version)


def save_profile(cbo: Cbo, actor: Actor, profile: OrganisationProfile) -> OrganisationProfile:
    """Save the profile the person edited; one transaction with its audit entry.

    *profile.row_version* is the version the person started from: if somebody
    else saved in between, nothing is overwritten.
    """
    actor.require("profile.edit")
    profile = profile.cleaned()
    problems = profile.problems()
    if problems:
        raise InvalidInput(problems)
    # Exclusive: on one SQLite file a second writer waits its turn and then sees the
    # newer version, instead of failing with "database is locked".
    with cbo.atomic(exclusive=True):
        row = (Profile.select().where(Profile.id == 1).for_update().get()
               if cbo.is_postgres else Profile.get_by_id(1))
        if profile.row_version and row.row_version != profile.row_version:
            raise ChangedMeanwhile(row.updated_by or "?", row.updated_at)
        before = {name: getattr(row, name) for name in _FIELDS}
        after = {name: getattr(profile, name) for name in _FIELDS}
        for name, value in after.items():
            setattr(row, name, value)
        row.row_version = row.row_version + 1
        row.updated_at = datetime.now(timezone.utc).replace(tzinfo=None)
        row.updated_by = actor.full_name
        row.save()
        record_change(actor, "profile.save", "profile", "profile", before, after)
    return _from_row(row)
