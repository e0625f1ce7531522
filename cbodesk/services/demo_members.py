"""The demo CBO's member register: a few hundred members of a Kratie fishery, made up but plausible.

Five villages in two communes along the Mekong; members who joined since the
founding in 2009 (about half of them women), with a year or a date of birth,
a phone, an ID card and an IDPoor status for some; a few who left, moved
away for work or died, and some inactive; three committees elected at the
general assemblies of 2017, 2020 and 2023, the last one sitting now; and a
membership fee of 5,000 riel a year since the first January of the cash book.

The people are those of the demo's cash book
(:func:`cbodesk.services.demo_cashbook.member_pool`): once they are in the
register, their fees in the cash book are linked to them. Everything is
written through the services, as the secretary would (the register in one
:func:`~cbodesk.services.members.add_members`, which the import uses too), so
the demo also tests them; the same seed always gives the same register.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from cbodesk.domain import members as dm
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.services import members as ms
from cbodesk.services.demo_cashbook import Person
from cbodesk.storage.database import Cbo

# (Khmer village, English village, Khmer commune, English commune, share of the members)
VILLAGES: tuple[tuple[str, str, str, str, int], ...] = (
    ("កោះត្រង់លើ", "Koh Trong Leu", "កោះត្រង់", "Koh Trong", 30),
    ("កោះត្រង់កណ្ដាល", "Koh Trong Kandal", "កោះត្រង់", "Koh Trong", 25),
    ("កោះត្រង់ក្រោម", "Koh Trong Kraom", "កោះត្រង់", "Koh Trong", 20),
    ("អូរឫស្សី", "Ou Russei", "អូរឫស្សី", "Ou Russei", 15),
    ("កំពង់ក្របី", "Kampong Krabei", "អូរឫស្សី", "Ou Russei", 10),
)

FOUNDED = date(2009, 3, 2)  # DEMO_PROFILE.founding_date
# The general assemblies that elected a committee, and who took which position there
# (indexes into the member pool; the pool starts with the committee of demo.PEOPLE).
ELECTIONS: tuple[tuple[date, tuple[tuple[str, int], ...]], ...] = (
    (date(2017, 3, 18), (("chair", 7), ("vice_chair", 0), ("secretary", 8), ("treasurer", 1),
                         ("member", 9), ("member", 10), ("member", 11))),
    (date(2020, 3, 14), (("chair", 0), ("vice_chair", 7), ("secretary", 2), ("treasurer", 1),
                         ("member", 12), ("member", 9), ("member", 3))),
    (date(2023, 3, 11), (("chair", 0), ("vice_chair", 5), ("secretary", 2), ("treasurer", 1),
                         ("member", 3), ("member", 4), ("member", 13))),
)
COMMITTEE = 14  # the first people of the pool who sit on a committee; they stay members

LEFT_REASONS = ("Moved to Phnom Penh for work", "Went to work in Thailand", "Married into a family in Kratie",
                "ផ្លាស់ទៅរស់នៅភ្នំពេញ", "ទៅធ្វើការនៅប្រទេសថៃ", "No longer fishes")

FEE = Money("5000", Currency.KHR)  # per year, from the first January of the cash book
FEE_NOTE = "Decided at the general assembly"


@dataclass(frozen=True)
class DemoRegister:
    people: list[Person]  # the pool, each with their member id and the periods they were active
    villages: list[ms.VillageView]
    terms: int


def secretary_actor() -> Actor:
    """Heng Sokhly, the demo's secretary, who keeps the register."""
    return Actor("heng.sokhly", "Heng Sokhly", frozenset({"secretary"}))


def _day_between(rng: random.Random, first: date, last: date) -> date:
    if last <= first:
        return first
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def write_register(cbo: Cbo, secretary: Actor, chair: Actor, people: Sequence[Person], *, seed: int,
                   until: date, book_start: date | None = None) -> DemoRegister:
    """Write the demo's villages, members, status changes and committees (joined by *until*)."""
    rng = random.Random(f"register/{seed}")
    villages = [ms.add_village(cbo, secretary, km, en, ckm, cen) for km, en, ckm, cen, _ in VILLAGES]
    weights = [share for *_rest, share in VILLAGES]
    first_election = ELECTIONS[0][0]

    plans: list[tuple[date, Person, dm.MemberDraft, tuple[dm.StatusChange, ...]]] = []
    for index, person in enumerate(people):
        committee = index < COMMITTEE
        if committee or rng.random() < 0.3:
            joined = FOUNDED if committee or rng.random() < 0.6 else _day_between(rng, FOUNDED, date(2012, 12, 31))
        else:
            joined = _day_between(rng, FOUNDED, until)
        if committee:
            joined = min(joined, first_election)
        born = rng.randint(1958, 1985) if committee else rng.randint(1950, 2004)
        born = min(born, joined.year - 16)
        birth_date = date(born, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.4 else None
        idpoor = rng.choices(("level1", "level2", "not_poor", ""), (12, 15, 45, 28))[0]
        draft = dm.MemberDraft(
            name_km=person.km, name_latin=person.latin, sex=person.sex, birth_date=birth_date,
            birth_year=None if birth_date else born,
            village_id=villages[rng.choices(range(len(villages)), weights)[0]].id, joined_on=joined,
            phone=f"0{rng.choice((12, 15, 16, 17, 77, 78, 89, 97))} {rng.randint(100, 999)} "
                  f"{rng.randint(100, 999)}" if rng.random() < 0.6 else "",
            id_card=f"{rng.randint(10_000_000, 119_999_999):09d}" if rng.random() < 0.5 else "",
            idpoor=idpoor, household_head=rng.random() < 0.45 if rng.random() < 0.85 else None,
            notes="Founding member" if joined == FOUNDED and not rng.randrange(4) else "")
        history: tuple[dm.StatusChange, ...] = ()
        if not committee:
            roll = rng.random()
            later = joined + timedelta(days=180)
            if roll < 0.08 and later < until:
                history = (dm.StatusChange("left", _day_between(rng, later, until), rng.choice(LEFT_REASONS)),)
            elif roll < 0.11 and later < until:
                history = (dm.StatusChange("deceased", _day_between(rng, later, until), ""),)
            elif roll < 0.18 and later < until:
                away = _day_between(rng, later, until)
                history = (dm.StatusChange("inactive", away, "Works on the fishing boats in Koh Kong"),)
                back = away + timedelta(days=rng.randint(120, 500))
                if rng.random() < 0.5 and back < until:
                    history += (dm.StatusChange("active", back, "Back in the village"),)
        plans.append((joined, person, draft, history))

    # Numbers in the order the members joined, as the paper register gave them.
    order = sorted(range(len(plans)), key=lambda i: (plans[i][0], i))
    lines = [ms.RegisterLine(plans[i][2], None, plans[i][3]) for i in order]
    ids = ms.add_members(cbo, secretary, lines, allow_duplicates=True, today=until,
                         action="members.add", record="demo register")
    member_ids = {plans[i][1].latin: member_id for i, member_id in zip(order, ids)}

    linked: list[Person] = []
    for joined, person, draft, history in plans:
        changes = [("active", joined)] + [(c.status, c.on) for c in history]
        linked.append(replace(person, member_id=member_ids[person.latin],
                              active=tuple(dm.active_periods(changes))))
    terms = _write_committees(cbo, secretary, linked, until)
    if book_start is not None:
        first_january = date(book_start.year + (book_start.month > 1), 1, 1)
        ms.set_fee_rate(cbo, chair, FEE, "year", first_january, FEE_NOTE)
    return DemoRegister(linked, villages, terms)


def _write_committees(cbo: Cbo, secretary: Actor, people: Sequence[Person], until: date) -> int:
    """The committees of ELECTIONS, each ending the day before the next one is elected."""
    written = 0
    for number, (elected, seats) in enumerate(ELECTIONS):
        if elected > until:
            break
        following = ELECTIONS[number + 1][0] if number + 1 < len(ELECTIONS) else None
        ends = following - timedelta(days=1) if following is not None and following <= until else None
        for position, index in seats:
            person = people[index]
            assert person.member_id is not None
            note = f"Elected at the general assembly of {elected.isoformat()}"
            ms.start_term(cbo, secretary, dm.TermDraft(position, person.member_id, elected, ends, note=note),
                          today=until)
            written += 1
    return written
