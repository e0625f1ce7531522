"""The demo CBO: a realistic community fishery in Kratie to learn and test with.

Each area of the app adds its own part here as it arrives; the same seed
(and, for the cash book, the same size and last month) always gives the same
data, so benchmarks and screenshots can be repeated. The cash book is
:mod:`cbodesk.services.demo_cashbook`, the member register
:mod:`cbodesk.services.demo_members` (written first, so that members' fees in
the cash book are linked to them).
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from cbodesk.domain.errors import UserError
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor
from cbodesk.services import demo_cashbook, demo_meetings, demo_members, demo_plans
from cbodesk.services.audit import record_change
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import _FILE_EXISTS, Cbo, Location, open_cbo
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


# Two years of a small fishery's cash book: about 25 lines a month. Written through
# the services, so it takes a few seconds; `cbodesk demo --entries` makes more.
DEFAULT_ENTRIES = 600


@dataclass(frozen=True)
class DemoOptions:
    seed: int = 1
    entries: int = DEFAULT_ENTRIES  # cash-book lines; 0: no cash book beyond a new CBO's
    years: int = 2  # of cash book, ending last month (or with the month of `until`)
    until: date | None = None
    bulk: bool | None = None  # None: through the services up to demo_cashbook.SERVICES_LIMIT lines
    members: int = demo_cashbook.MEMBER_POOL  # in the register; 0: none (and fees from unnamed members)


def write_demo(location: str | os.PathLike[str] | Location, options: DemoOptions = DemoOptions()) -> Cbo:
    """Create the demo CBO at *location* and return it open.

    A file is written under a temporary name and moved into place only when
    complete, as :func:`create_cbo` does: the first-run wizard opens the demo
    file when it exists, so it must never find half a demo there.
    """
    loc = location if isinstance(location, Location) else Location.parse(location)
    if loc.is_postgres:
        return _fill(loc, options)
    final = loc.path
    if final.exists():
        raise UserError(_FILE_EXISTS, path=str(final))
    temp = final.with_name(f".{final.name}.demo-{uuid.uuid4().hex[:8]}")
    try:
        _fill(Location(str(temp)), options).close()
        if final.exists():
            raise UserError(_FILE_EXISTS, path=str(final))
        os.replace(temp, final)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm")):
            leftover.unlink(missing_ok=True)
    return open_cbo(loc)


def _fill(location: Location, options: DemoOptions) -> Cbo:
    _chair_km, chair_latin, _ = PEOPLE[0]
    cbo, admin = new_cbo(location, DEMO_PROFILE, chair_latin)
    try:
        _add_committee_users(cbo, admin)
        people = demo_cashbook.member_pool(options.seed, options.members or demo_cashbook.MEMBER_POOL,
                                           first=PEOPLE)
        if options.members > 0:
            until = options.until or demo_cashbook.last_month(date.today())
            first_year, first_month = demo_cashbook.months_of(until, options.years)[0]
            # No fsync per transaction while the demo is written (the cash book's own helper).
            with demo_cashbook._FastWrites(cbo):
                register = demo_members.write_register(
                    cbo, demo_members.secretary_actor(), admin, people, seed=options.seed, until=until,
                    book_start=date(first_year, first_month + 1, 1) if options.entries > 0 else None)
                demo_meetings.write_meetings(cbo, demo_members.secretary_actor(), admin, register.people,
                                             seed=options.seed, until=until)
            people = register.people
        # The plans before the cash book, whose payments for activities are linked to them.
        plans_until = options.until or demo_cashbook.last_month(date.today())
        with demo_cashbook._FastWrites(cbo):
            plans = demo_plans.write_plans(cbo, demo_plans.me_focal_actor(), people, seed=options.seed,
                                           until=plans_until)
        if options.entries > 0:
            demo_cashbook.write_cashbook(
                cbo, treasurer_actor(), admin, seed=options.seed, entries=options.entries,
                years=options.years, until=options.until, bulk=options.bulk, members=people,
                link=plans.link)
            demo_plans.attach_fund(cbo, demo_plans.me_focal_actor(), plans)
    except BaseException:
        cbo.close()
        raise
    return cbo


def treasurer_actor() -> Actor:
    """Chan Sophea, the demo's treasurer, who records the cash book."""
    _km, latin, _sex = PEOPLE[1]
    return Actor(_username(latin), latin, frozenset({"treasurer"}))


def _username(latin: str) -> str:
    return latin.lower().replace(" ", ".")


def _add_committee_users(cbo: Cbo, admin: Actor) -> None:
    roles = ["treasurer", "secretary", "me_focal", "viewer"]
    people = PEOPLE[1:1 + len(roles)]
    now = datetime(2026, 1, 5, 8, 30, tzinfo=UTC).replace(tzinfo=None)
    with cbo.atomic():
        for (_km, latin, _sex), role in zip(people, roles):
            username = _username(latin)
            User.create(username=username, full_name=latin, roles=role, created_at=now)
            record_change(admin, "user.add", "users", username, None, {"full_name": latin, "roles": role})
