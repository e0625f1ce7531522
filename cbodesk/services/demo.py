"""The demo CBO: a realistic community fishery in Kratie to learn and test with.

Each area of the app adds its own part here as it arrives; the same seed
always gives the same data, so benchmarks and screenshots can be repeated.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from datetime import date, datetime, timezone

from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor
from cbodesk.services.audit import record_change
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo, Location
from cbodesk.storage.models import User

DEMO_PROFILE = OrganisationProfile(
    name_km="សហគមន៍នេសាទកោះត្រង់",
    name_en="Koh Trong Community Fishery",
    acronym="KTCF",
    sector="fishery",
    province="10",
    district="Kratie",
    commune="Koh Trong",
    village="Koh Trong Leu",
    registration_authority="line_ministry",
    registration_number="FiA-KRT-0147",
    registration_date=date(2012, 6, 18),
    founding_date=date(2009, 3, 2),
    fiscal_year_start_month=1,
    uses_khr=True,
    uses_usd=True,
    phone="012 345 678",
    email="",
)

# (Khmer script, Latin letters, sex) — common Cambodian names.
PEOPLE = [
    ("សុខ ដារ៉ា", "Sok Dara", "M"),
    ("ចាន់ សុភា", "Chan Sophea", "F"),
    ("ហេង សុខលី", "Heng Sokhly", "F"),
    ("គឹម វណ្ណា", "Kim Vanna", "M"),
    ("ស្រី ពៅ", "Srey Pov", "F"),
    ("ឡុង សំណាង", "Long Samnang", "M"),
]


@dataclass(frozen=True)
class DemoOptions:
    seed: int = 1


def write_demo(location: str | os.PathLike[str] | Location, options: DemoOptions = DemoOptions()) -> Cbo:
    """Create the demo CBO at *location* and return it open."""
    rng = random.Random(options.seed)
    _chair_km, chair_latin, _ = PEOPLE[0]
    cbo, admin = new_cbo(location, DEMO_PROFILE, chair_latin)
    _add_committee_users(cbo, admin)
    del rng  # the areas that draw random data (members, cash book) use it
    return cbo


def _add_committee_users(cbo: Cbo, admin: Actor) -> None:
    roles = ["treasurer", "secretary", "me_focal", "viewer"]
    people = PEOPLE[1:1 + len(roles)]
    now = datetime(2026, 1, 5, 8, 30, tzinfo=timezone.utc).replace(tzinfo=None)
    with cbo.atomic():
        for (_km, latin, _sex), role in zip(people, roles):
            username = latin.lower().replace(" ", ".")
            User.create(username=username, full_name=latin, roles=role, created_at=now)
            record_change(admin, "user.add", "users", username, None, {"full_name": latin, "roles": role})
