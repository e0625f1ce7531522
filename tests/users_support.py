"""The CBO of the users, login and audit-log tests: a women's savings group whose first
administrator is Sok Dara (sok.dara)."""

from __future__ import annotations

import os

from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo

PROFILE = OrganisationProfile(name_km="ក្រុមសន្សំប្រាក់ស្ត្រី", name_en="Women's Savings Group", province="14",
                              sector="savings")
PASSWORD = "mango tree 7"


def savings_group(location: str | os.PathLike[str]) -> tuple[Cbo, Actor]:
    """The new CBO at *location* (a file or a PostgreSQL URL) and its administrator."""
    return new_cbo(location, PROFILE, "Sok Dara")
