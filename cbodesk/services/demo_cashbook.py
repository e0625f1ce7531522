"""The demo CBO's cash book: a community fishery's money over a few years, made up but plausible.

Four accounts (cash in riel and in dollars, a dollar bank account, a riel
mobile-money wallet), a donor's grant, monthly membership fees from a few
hundred members named in Khmer or Latin letters, the costs of meetings,
patrols and stationery, bank charges and interest, grant money withdrawn to
the cash box, riel and dollars exchanged at the market rate, a few
corrections, large payments approved by the chair, a closing of every past
month of every account with its cash count, and a budget for every year.

The book is first *planned*: a seeded random sequence of events, month by
month, that keeps every account at zero or above and gives exactly the number
of cash-book lines asked for. The plan is then written one of two ways:

* through the services, as the treasurer's dialogs would (:func:`record_entry`,
  :func:`record_transfer`, :func:`reverse_entry`, ``close_month``, ``decide``,
  ``set_budget``): the demo is then also a test of them. For books of up to
  :data:`SERVICES_LIMIT` lines.
* straight into the tables with ``executemany`` in large transactions, for the
  million-line books of benchmarks: the same rows the services would write
  (numbers, number counters, the hash chain through
  :func:`cbodesk.domain.cashbook.chain_hash`), so ``verify_book`` passes.

The same seed, size and last month give the same book either way (only the
times an entry was typed in differ: the services stamp the real time).
"""

from __future__ import annotations

import calendar
import logging
import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from cbodesk.domain import cashbook as cb
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.services import approvals, budget, cashbook, closing
from cbodesk.services.audit import record_change
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import (
    Account,
    Approval,
    CashCountLine,
    Entry,
    MonthClosing,
    NumberCounter,
    Profile,
)

log = logging.getLogger(__name__)

SERVICES_LIMIT = 5_000  # up to this many lines the demo is written through the services
CHUNK_ROWS = 50_000  # lines per transaction on the bulk path
MEMBER_POOL = 300
RECENT = 500  # a correction concerns one of the last few hundred entries

# --- people ------------------------------------------------------------------------

# Common Cambodian family names and given names, in Khmer script and as usually
# spelled in Latin letters. Members are drawn from family name × given name.
FAMILY_NAMES: tuple[tuple[str, str], ...] = (
    ("សុខ", "Sok"), ("ចាន់", "Chan"), ("ហេង", "Heng"), ("គឹម", "Kim"), ("ឡុង", "Long"),
    ("កែវ", "Keo"), ("ជា", "Chea"), ("មាស", "Meas"), ("លី", "Ly"), ("លឹម", "Lim"),
    ("អ៊ុក", "Ouk"), ("ពេជ្រ", "Pich"), ("ប្រាក់", "Prak"), ("សំ", "Sam"), ("សេង", "Seng"),
    ("ស៊ឹម", "Sim"), ("ទេព", "Tep"), ("ទូច", "Touch"), ("អ៊ុន", "Un"), ("យឹម", "Yim"),
    ("ហ៊ុន", "Hun"), ("គង់", "Kong"), ("ម៉ៅ", "Mao"), ("នួន", "Nuon"), ("ប៉ែន", "Pen"),
    ("ផាន", "Phan"), ("ឈឹម", "Chhim"), ("ឆាយ", "Chhay"), ("ខៀវ", "Khiev"), ("ង៉ែត", "Nget"),
    ("តាន់", "Tan"), ("ថាច់", "Thach"), ("វង្ស", "Vong"), ("យិន", "Yin"), ("អ៊ុំ", "Oum"),
    ("អេង", "Eng"), ("ហែម", "Hem"), ("មឿន", "Moeun"), ("ព្រំ", "Prum"), ("សួន", "Suon"),
    ("ចេង", "Cheng"), ("រស់", "Ros"), ("សាយ", "Say"), ("ឃុន", "Khun"),
)

GIVEN_NAMES: tuple[tuple[str, str, str], ...] = (
    ("ដារ៉ា", "Dara", "M"), ("វណ្ណា", "Vanna", "M"), ("សំណាង", "Samnang", "M"),
    ("សុផល", "Sophal", "M"), ("វុទ្ធី", "Vuthy", "M"), ("ប៊ុនធឿន", "Bunthoeun", "M"),
    ("រិទ្ធី", "Rithy", "M"), ("ពិសិដ្ឋ", "Piseth", "M"), ("វិសាល", "Visal", "M"),
    ("សុវណ្ណ", "Sovann", "M"), ("កុសល", "Kosal", "M"), ("រដ្ឋា", "Ratha", "M"),
    ("វិចិត្រ", "Vichet", "M"), ("សម្បត្តិ", "Sambath", "M"), ("ភក្ដី", "Pheakdey", "M"),
    ("ណារិទ្ធ", "Narith", "M"), ("សុធា", "Sothea", "M"), ("មករា", "Makara", "M"),
    ("ប៊ុនណា", "Bunna", "M"), ("វាសនា", "Veasna", "M"), ("បូរី", "Borey", "M"),
    ("កក្កដា", "Kakada", "M"), ("មុនី", "Mony", "M"), ("វីរៈ", "Virak", "M"),
    ("វិបុល", "Vibol", "M"), ("វណ្ណៈ", "Vannak", "M"), ("ចន្ថា", "Chantha", "M"),
    ("សុខុម", "Sokhom", "M"), ("ធារ៉ា", "Theara", "M"), ("រតនៈ", "Ratanak", "M"),
    ("សុភា", "Sophea", "F"), ("សុខលី", "Sokhly", "F"), ("ស្រីមុំ", "Sreymom", "F"),
    ("ស្រីនាង", "Sreyneang", "F"), ("ចាន់ណារី", "Channary", "F"), ("សុគន្ធា", "Sokunthea", "F"),
    ("ចិន្ដា", "Chenda", "F"), ("គន្ធា", "Kunthea", "F"), ("លក្ខិណា", "Leakhena", "F"),
    ("ម្លិះ", "Malis", "F"), ("បុប្ផា", "Bopha", "F"), ("រចនា", "Rachana", "F"),
    ("ស្រីល័ក្ខ", "Sreyleak", "F"), ("ដាវី", "Davy", "F"), ("ចាន់ធី", "Chanthy", "F"),
    ("ណាវី", "Navy", "F"), ("សុជាតា", "Socheata", "F"), ("ធារី", "Theary", "F"),
    ("ផល្លា", "Phalla", "F"), ("ធីតា", "Thida", "F"), ("ស្រីពេជ្រ", "Sreypich", "F"),
    ("រស្មី", "Raksmey", "F"), ("សុភាព", "Sopheap", "F"), ("វណ្ណី", "Vanny", "F"),
    ("ម៉ាលី", "Maly", "F"), ("ណារី", "Nary", "F"), ("សុធារី", "Sotheary", "F"),
    ("ពិសី", "Pisey", "F"), ("ចន្ទ្រា", "Chantrea", "F"), ("សុខា", "Sokha", "F"),
    ("លីណា", "Lina", "F"), ("ស្រីពៅ", "Sreypov", "F"), ("កញ្ញា", "Kanha", "F"),
)


@dataclass(frozen=True)
class Person:
    """A member: name in Khmer script and in Latin letters, and how the treasurer writes it.

    Once the demo's register holds them (:mod:`cbodesk.services.demo_members`),
    ``member_id`` links their money to them and ``active`` says when they were
    members who pay fees (start, end or None).
    """

    km: str
    latin: str
    sex: str
    in_khmer: bool  # the treasurer writes this member's name in Khmer script
    member_id: int | None = None
    active: tuple[tuple[date, date | None], ...] = ()

    @property
    def written(self) -> str:
        return self.km if self.in_khmer else self.latin

    def is_member_on(self, day: date) -> bool:
        if self.member_id is None:
            return True
        return any(start <= day and (end is None or day <= end) for start, end in self.active)


def member_pool(seed: int, size: int = MEMBER_POOL,
                first: Sequence[tuple[str, str, str]] = ()) -> list[Person]:
    """*size* different members, the people in *first* (the committee) among them."""
    rng = random.Random(f"members/{seed}")
    people: list[Person] = []
    seen: set[str] = set()
    for km, latin, sex in first:
        people.append(Person(km, latin, sex, rng.random() < 0.7))
        seen.add(latin)
    combos = [(f"{fk} {gk}", f"{fl} {gl}", sex) for fk, fl in FAMILY_NAMES for gk, gl, sex in GIVEN_NAMES]
    rng.shuffle(combos)
    for km, latin, sex in combos:
        if len(people) >= size:
            break
        if latin not in seen:
            seen.add(latin)
            people.append(Person(km, latin, sex, rng.random() < 0.7))
    return people


# --- the accounts, the fund and the money's other parties --------------------------------


@dataclass(frozen=True)
class DemoAccount:
    key: str
    name: str
    kind: str
    currency: Currency
    opening: int  # minor units
    opens_after: int  # months after the start of the book


ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("cash_khr", "Cash – riel", "cash", Currency.KHR, 350_000, 0),
    DemoAccount("cash_usd", "Cash – dollars", "cash", Currency.USD, 12_000, 0),
    DemoAccount("bank_usd", "Bank – dollars", "bank", Currency.USD, 185_000, 0),
    DemoAccount("mobile_khr", "Mobile money – riel", "mobile", Currency.KHR, 0, 2),
)

DONOR = "Blue Mekong Water Aid"  # an invented NGO
FUND_NAME = "Safe water and fish sanctuary grant"
BANK = "The bank"
MOBILE_COMPANY = "Mobile money company"

KHMER_MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា",
                "តុលា", "វិច្ឆិកា", "ធ្នូ")
_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")

# (category, low, high, step, payees, descriptions) of everyday payments from the riel cash box.
RIEL_PAYMENTS: tuple[tuple[str, int, int, int, tuple[str, ...], tuple[str, ...]], ...] = (
    ("meetings", 20_000, 80_000, 5_000, ("Village chief Koh Trong", "វត្តកោះត្រង់"),
     ("Rent of chairs and tent for a meeting", "ការជួលតុ កៅអី សម្រាប់កិច្ចប្រជុំ")),
    ("transport", 10_000, 60_000, 1_000, ("Moto-taxi driver", "ស្ថានីយប្រេងឥន្ធនៈ កោះត្រង់"),
     ("Moto-taxi to the district office", "Fuel for the patrol boat", "ថ្លៃធ្វើដំណើរទៅក្រចេះ")),
    ("food", 10_000, 120_000, 1_000, ("ផ្សារក្រចេះ", "Kratie market", "Srey Mom's food stall"),
     ("Water and snacks for volunteers", "Lunch for the patrol team", "អាហារសម្រាប់ក្រុមល្បាត")),
    ("stationery", 3_000, 40_000, 500, ("ហាងលក់សម្ភារៈការិយាល័យ", "Kratie copy shop"),
     ("Notebooks and pens", "Printing of meeting minutes", "Receipt book", "ក្រដាស និងប៊ិច")),
    ("allowances", 10_000, 40_000, 5_000, (),
     ("Patrol allowance", "Allowance for the night patrol", "ប្រាក់ឧបត្ថម្ភល្បាត")),
)
RIEL_PAYMENT_WEIGHTS = (2, 3, 3, 2, 3)

DOLLAR_PAYMENTS: tuple[tuple[str, int, int, tuple[str, ...], tuple[str, ...], bool], ...] = (
    # (category, low $, high $, payees, descriptions, from the grant)
    ("transport", 8, 30, ("ស្ថានីយប្រេងឥន្ធនៈ កោះត្រង់", "Fuel station Koh Trong"),
     ("Fuel for the patrol boat", "Boat hire to the sanctuary"), True),
    ("allowances", 5, 20, (), ("Patrol allowance", "Allowance for the sanctuary guard"), True),
    ("activities", 20, 80, ("Kratie market", "Village chief Koh Trong"),
     ("Community clean-up day", "Water-filter training: materials", "Sanctuary marker posts"), True),
    ("equipment", 10, 60, ("Kratie hardware store", "ហាងលក់សម្ភារៈនេសាទ"),
     ("Torch batteries and rope", "Repair of the water jar", "Padlock for the store room"), False),
)

LARGE_PAYMENTS: tuple[tuple[str, str, str], ...] = (
    # (category, payee, description): above the approval limit
    ("equipment", "Mekong boat repair", "Outboard engine repair for the patrol boat"),
    ("equipment", "Kratie hardware store", "Ten life jackets for patrols"),
    ("activities", "ហាងលក់សម្ភារៈនេសាទ", "Marker buoys for the fish sanctuary"),
    ("activities", "Kratie water-filter workshop", "Water filters for twenty families"),
    ("equipment", "Kratie hardware store", "Fishing-net repair materials"),
)
APPROVAL_NOTES = ("Approved at the committee meeting; three quotations compared.",
                  "Approved at the committee meeting.", "បានអនុម័តក្នុងកិច្ចប្រជុំគណៈកម្មការ")

REVERSAL_REASONS = {
    "receipt": ("Recorded twice by mistake", "The member had already paid this month",
                "Typed the wrong amount; recorded again correctly", "កត់ត្រាពីរដងដោយច្រឡំ"),
    "payment": ("Recorded twice by mistake", "Typed the wrong amount; the receipt shows less",
                "The shop gave the money back", "Paid from the other cash box"),
    "transfer": ("The same withdrawal was recorded twice", "Recorded twice by mistake"),
}

CHECKERS = ("Heng Sokhly", "Kim Vanna")  # committee members who check the treasurer's count


# --- the plan ------------------------------------------------------------------------


@dataclass(eq=False)
class Single:
    """A receipt or a payment."""

    day: date
    kind: str  # receipt | payment
    account: str  # DemoAccount.key
    amount: int  # minor units, more than zero
    category: str  # category code
    party: str
    description: str
    uid: str
    fund: bool = False
    approval_note: str = ""  # a payment above the limit, approved by the chair with this note
    reversed: bool = False
    entry_ids: list[int] = field(default_factory=list)  # filled in by the writer
    member_id: int | None = None  # the member who paid or was paid, once the register holds them
    activity_id: int | None = None  # the planned activity it was for (set by write_cashbook's *link*)


@dataclass(eq=False)
class Move:
    """A transfer, or an exchange when the two accounts' currencies differ."""

    day: date
    source: str
    target: str
    amount: int  # leaves the source, minor units
    received: int  # arrives in the target
    rate: int | None  # riel per dollar
    description: str
    uid: str
    reversed: bool = False
    entry_ids: list[int] = field(default_factory=list)


@dataclass(eq=False)
class Reversal:
    day: date
    original: Single | Move
    reason: str
    uid: str


@dataclass(eq=False)
class Closing:
    """The end of a month of one account: its balance and, for a cash box, the notes counted."""

    year: int
    month: int
    account: str
    balance: int
    counts: dict[int, int]  # denomination (minor units) -> notes; empty for bank and mobile money
    counted_by: str
    checked_by: str


Event = Single | Move | Reversal | Closing


def count_notes(balance: int, currency: Currency) -> dict[int, int]:
    """The notes (largest first) that make up *balance*, as a treasurer counts a cash box."""
    counts: dict[int, int] = {}
    left = balance
    for value in cb.DENOMINATIONS[currency]:
        if left >= value:
            counts[value], left = divmod(left, value)
    if left:
        raise ValueError(f"{balance} {currency.code} cannot be counted in notes")
    return counts


@dataclass(frozen=True)
class BookSetup:
    """The ids of the demo's accounts, categories and fund in the database."""

    accounts: dict[str, int]
    categories: dict[str, int]
    fund_id: int
    limits: dict[Currency, int]  # approval limits, minor units
    fiscal_start: int
    first_day: date


def months_of(until: date, years: int) -> list[tuple[int, int]]:
    """The (year, month) of *years* × 12 months ending with the month of *until*."""
    last = until.year * 12 + until.month - 1
    return [divmod(n, 12) for n in range(last - years * 12 + 1, last + 1)]


def last_month(today: date) -> date:
    """The last day of the month before *today*'s."""
    return today.replace(day=1) - timedelta(days=1)


class Planner:
    """Plans the book month by month; every account stays at zero or above at every line."""

    def __init__(self, setup: BookSetup, *, seed: int, entries: int, years: int, until: date,
                 members: Sequence[Person], treasurer: str) -> None:
        self.setup = setup
        self.rng = random.Random(f"cashbook/{seed}")
        self.entries = entries
        self.months = [(y, m + 1) for y, m in months_of(until, years)]
        self.members = list(members)
        self.treasurer = treasurer
        # Larger books move larger sums, so that the money keeps flowing where it is needed.
        self.scale = max(1, entries // (len(self.months) * 30))
        self.accounts = {a.key: a for a in ACCOUNTS}
        first_year, first_month = self.months[0]
        self.opened = {a.key: _add_months(date(first_year, first_month, 1), a.opens_after) for a in ACCOUNTS}
        self.balance = {a.key: a.opening for a in ACCOUNTS}
        self.totals: dict[tuple[int, str, Currency], int] = defaultdict(int)
        self.recent: list[Single | Move] = []
        self.grants = 0
        self.closings = 0

    # --- helpers

    def _uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _open(self, key: str, day: date) -> bool:
        return self.opened[key] <= day

    def _fiscal_year(self, day: date) -> int:
        return cb.fiscal_year_of(day, self.setup.fiscal_start)

    def _single(self, day: date, kind: str, account: str, amount: int, category: str, party: str,
                description: str, *, fund: bool = False, approval_note: str = "",
                member: Person | None = None) -> Single:
        event = Single(day, kind, account, amount, category, party, description, self._uid(), fund,
                       approval_note, member_id=member.member_id if member is not None else None)
        self.balance[account] += amount if kind == "receipt" else -amount
        self.totals[(self._fiscal_year(day), category, self.accounts[account].currency)] += amount
        self._remember(event)
        return event

    def _remember(self, event: Single | Move) -> None:
        self.recent.append(event)
        if len(self.recent) > 2 * RECENT:
            del self.recent[:RECENT]

    def _move(self, day: date, source: str, target: str, amount: int, received: int, rate: int | None,
              description: str) -> Move:
        event = Move(day, source, target, amount, received, rate, description, self._uid())
        self.balance[source] -= amount
        self.balance[target] += received
        self._remember(event)
        return event

    def _member(self, day: date | None = None) -> Person:
        """A member; with *day*, one who was a member that day (after a few tries, anyone)."""
        person = self.members[self.rng.randrange(len(self.members))]
        for _ in range(20):
            if day is None or person.is_member_on(day):
                break
            person = self.members[self.rng.randrange(len(self.members))]
        return person

    # --- what happens in a month

    def plan(self) -> Iterator[list[Event]]:
        """The events of each month, in the order they are recorded, its closings last."""
        for index in range(len(self.months)):
            yield self._month(index)

    def _month(self, index: int) -> list[Event]:
        rng = self.rng
        year, month = self.months[index]
        first = date(year, month, 1)
        days = calendar.monthrange(year, month)[1]
        rows = (self.entries * (index + 1) // len(self.months)) - (self.entries * index // len(self.months))
        self.recent = [e for e in self.recent if (e.day.year, e.day.month) >= _month_before(year, month)]
        left = rows
        slots: list[tuple[int, int, str]] = []

        def plan(job: str, cost: int, day: int, when: bool = True) -> None:
            nonlocal left
            if when and cost <= left:
                slots.append((day, len(slots), job))
                left -= cost

        meeting = rng.randint(5, 12)
        mobile = self._open("mobile_khr", first)
        plan("meeting_hall", 1, meeting)
        plan("meeting_food", 1, meeting)
        plan("grant", 1, rng.randint(2, 8), index % 3 == 0)
        plan("withdraw", 2, rng.randint(9, 14))
        plan("bank_fee", 1, days)
        plan("interest", 1, days)
        plan("cash_out", 2, rng.randint(15, 27), mobile)
        plan("exchange", 2, rng.randint(10, 25), index % 2 == 1)
        plan("large", 1, rng.randint(meeting, days), index % 3 == 2)
        plan("reverse", 1, rng.randint(15, days), index % 6 == 4)
        plan("reverse_transfer", 2, rng.randint(15, days), index % 12 == 9)
        jobs = ROUTINE_JOBS if mobile else ROUTINE_JOBS_NO_MOBILE
        weights = ROUTINE_WEIGHTS if mobile else ROUTINE_WEIGHTS_NO_MOBILE
        while left > 0:
            job = rng.choices(jobs, weights)[0]
            cost = 2 if job in TWO_LINE_JOBS else 1
            if cost > left:
                job, cost = "fee", 1
            on_meeting_day = job in ("fee", "fee_mobile") and rng.random() < 0.5
            slots.append((meeting if on_meeting_day else rng.randint(1, days), len(slots), job))
            left -= cost
        slots.sort()
        events: list[Event] = []
        for day, _, job in slots:
            events += self._do(job, date(year, month, day))
        events += self._close(year, month)
        return events

    def _do(self, job: str, day: date) -> list[Event]:
        made = getattr(self, f"_{job}")(day)
        return made if made is not None else self._instead(job, day)

    def _instead(self, job: str, day: date) -> list[Event]:
        """When a job cannot be done (not enough money), members' fees take its lines."""
        return [self._fee_event(day) for _ in range(2 if job in TWO_LINE_JOBS else 1)]

    # One method per job: the events, or None when it cannot be done today.

    def _fee_event(self, day: date, account: str = "cash_khr") -> Single:
        rng = self.rng
        member = self._member(day)
        months = rng.choices((1, 2, 3), (80, 12, 8))[0]
        if member.in_khmer:
            text = (f"ភាគទានសមាជិក ខែ{KHMER_MONTHS[day.month - 1]} {str(day.year).translate(_KHMER_DIGITS)}"
                    if months == 1 else f"ភាគទានសមាជិក {str(months).translate(_KHMER_DIGITS)} ខែ")
        else:
            text = (f"Membership fee, {calendar.month_name[day.month]} {day.year}" if months == 1
                    else f"Membership fees for {months} months")
        if account == "mobile_khr":
            text += " (mobile money)" if not member.in_khmer else " (តាមទូរស័ព្ទ)"
        return self._single(day, "receipt", account, 5_000 * months, "fees", member.written, text, member=member)

    def _fee(self, day: date) -> list[Event]:
        return [self._fee_event(day)]

    def _fee_mobile(self, day: date) -> list[Event]:
        return [self._fee_event(day, "mobile_khr")]

    def _iga(self, day: date) -> list[Event]:
        rng = self.rng
        party = rng.choice(("Visitors from Phnom Penh", "Kratie guesthouse tour group", "ភ្ញៀវទេសចរ"))
        text = rng.choice(("Boat trip to see the dolphins", "Boat hire to visitors", "ជួលទូកឱ្យភ្ញៀវទេសចរ"))
        return [self._single(day, "receipt", "cash_khr", rng.randrange(20_000, 150_001, 5_000), "iga",
                             party, text)]

    def _other_in(self, day: date) -> list[Event]:
        rng = self.rng
        party = rng.choice(("A visitor", "Village chief Koh Trong", self._member().written))
        text = rng.choice(("Donation", "Gift at the Pchum Ben ceremony", "អំណោយ"))
        return [self._single(day, "receipt", "cash_khr", rng.randrange(10_000, 100_001, 5_000), "other_in",
                             party, text)]

    def _pay_riel(self, day: date) -> list[Event] | None:
        rng = self.rng
        category, low, high, step, payees, texts = rng.choices(RIEL_PAYMENTS, RIEL_PAYMENT_WEIGHTS)[0]
        amount = rng.randrange(low, high + 1, step)
        member = None if payees else self._member(day)
        return self._pay(day, "cash_khr", amount, category, rng.choice(payees) if payees else
                         self._member_written(member), rng.choice(texts), member=member)

    def _pay_usd(self, day: date) -> list[Event] | None:
        rng = self.rng
        category, low, high, payees, texts, from_grant = rng.choice(DOLLAR_PAYMENTS)
        amount = rng.randint(low, high) * 100
        member = None if payees else self._member(day)
        return self._pay(day, "cash_usd", amount, category, rng.choice(payees) if payees else
                         self._member_written(member), rng.choice(texts),
                         fund=from_grant and rng.random() < 0.7, member=member)

    @staticmethod
    def _member_written(member: Person | None) -> str:
        assert member is not None
        return member.written

    def _pay(self, day: date, account: str, amount: int, category: str, party: str, text: str, *,
             fund: bool = False, approval_note: str = "", member: Person | None = None) -> list[Event] | None:
        if self.balance[account] < amount or not self._open(account, day):
            return None
        return [self._single(day, "payment", account, amount, category, party, text, fund=fund,
                             approval_note=approval_note, member=member)]

    def _mobile_fee(self, day: date) -> list[Event] | None:
        return self._pay(day, "mobile_khr", self.rng.choice((500, 800, 1_000, 1_200)), "bank_charges",
                         MOBILE_COMPANY, "Fee for cashing out")

    def _meeting_hall(self, day: date) -> list[Event] | None:
        amount = self.rng.randrange(30_000, 80_001, 5_000)
        return self._pay(day, "cash_khr", amount, "meetings", "Village chief Koh Trong",
                         "Monthly meeting: chairs, tent and sound system")

    def _meeting_food(self, day: date) -> list[Event] | None:
        amount = self.rng.randrange(40_000, 150_001, 1_000)
        return self._pay(day, "cash_khr", amount, "food", "ផ្សារក្រចេះ",
                         "ទឹក និងនំសម្រាប់កិច្ចប្រជុំប្រចាំខែ")

    def _bank_fee(self, day: date) -> list[Event] | None:
        return self._pay(day, "bank_usd", self.rng.choice((100, 150, 200, 250)), "bank_charges", BANK,
                         f"Account fee, {calendar.month_name[day.month]} {day.year}")

    def _interest(self, day: date) -> list[Event] | None:
        # 0.25 % a year on the balance at the end of the month, in whole cents.
        amount = self.balance["bank_usd"] * 25 // 120_000
        if amount <= 0:
            return None
        return [self._single(day, "receipt", "bank_usd", amount, "interest", BANK,
                             f"Interest, {calendar.month_name[day.month]} {day.year}")]

    def _grant(self, day: date) -> list[Event] | None:
        self.grants += 1
        amount = self.rng.randrange(900, 1_501, 100) * 100 * self.scale
        return [self._single(day, "receipt", "bank_usd", amount, "grants", DONOR,
                             f"Grant instalment {self.grants}", fund=True)]

    def _withdraw(self, day: date) -> list[Event] | None:
        # Enough for the month's activities: the cash box is brought up to a few hundred dollars.
        wanted = self.rng.randrange(300, 501, 50) * 100 * self.scale - self.balance["cash_usd"]
        available = self.balance["bank_usd"] - 20_000  # leave some in the bank
        amount = -(-min(wanted, available) // 5_000) * 5_000
        if amount > available:
            amount -= 5_000
        if amount < 10_000:
            return None
        return [self._move(day, "bank_usd", "cash_usd", amount, amount, None, "Cash withdrawn for activities")]

    def _cash_out(self, day: date) -> list[Event] | None:
        amount = self.balance["mobile_khr"] // 10_000 * 10_000
        if amount < 20_000 or not self._open("mobile_khr", day):
            return None
        return [self._move(day, "mobile_khr", "cash_khr", amount, amount, None,
                           "Mobile money cashed out at the agent")]

    def _exchange(self, day: date) -> list[Event] | None:
        rng = self.rng
        rate = rng.randrange(4_000, 4_151, 5)
        if rng.random() < 0.75:  # dollars changed to riel: the exchange booth rounds down to 100 riel
            dollars = rng.randrange(100, 301, 50) * self.scale
            if self.balance["cash_usd"] < dollars * 100:
                dollars = self.balance["cash_usd"] // 5_000 * 50
            if dollars <= 0:
                return None
            return [self._move(day, "cash_usd", "cash_khr", dollars * 100, dollars * rate // 100 * 100, rate,
                               "Dollars changed to riel at Kratie market")]
        dollars = rng.randrange(50, 151, 10) * self.scale
        riel = -(-dollars * rate // 100) * 100  # rounded up to 100 riel
        if self.balance["cash_khr"] < riel:
            return None
        return [self._move(day, "cash_khr", "cash_usd", riel, dollars * 100, rate,
                           "Riel changed to dollars for the boat repair")]

    def _deposit(self, day: date) -> list[Event] | None:
        surplus = (self.balance["cash_usd"] - 40_000 * self.scale) // 10_000 * 10_000
        if surplus <= 0:
            return None
        return [self._move(day, "cash_usd", "bank_usd", surplus, surplus, None,
                           "Surplus dollars deposited at the bank")]

    def _large(self, day: date) -> list[Event] | None:
        rng = self.rng
        category, payee, text = rng.choice(LARGE_PAYMENTS)
        note = rng.choice(APPROVAL_NOTES)
        amount = rng.randrange(150, 451, 10) * 100
        for account in ("cash_usd", "bank_usd"):
            if amount > self.setup.limits[Currency.USD] and self.balance[account] >= amount:
                return self._pay(day, account, amount, category, payee, text, fund=True, approval_note=note)
        riel = rng.randrange(450_000, 1_600_001, 10_000)
        if riel > self.setup.limits[Currency.KHR]:
            return self._pay(day, "cash_khr", riel, category, payee, text, approval_note=note)
        return None

    def _reverse(self, day: date) -> list[Event] | None:
        """A mistake among the last few receipts and payments is corrected."""
        candidates = self._newest(lambda e: isinstance(e, Single) and not e.approval_note, 20)
        if not candidates:
            return None
        original = candidates[self.rng.randrange(len(candidates))]
        assert isinstance(original, Single)
        return [self._reversal(day, original, self.rng.choice(REVERSAL_REASONS[original.kind]))]

    def _reverse_transfer(self, day: date) -> list[Event] | None:
        """A transfer recorded twice is corrected."""
        candidates = self._newest(lambda e: isinstance(e, Move) and e.rate is None, 1)
        if not candidates:
            return None
        return [self._reversal(day, candidates[0], self.rng.choice(REVERSAL_REASONS["transfer"]))]

    def _newest(self, wanted: Callable[[Single | Move], bool], count: int) -> list[Single | Move]:
        """Up to *count* of the newest events that are *wanted* and can be reversed today."""
        found: list[Single | Move] = []
        for event in reversed(self.recent):
            if not event.reversed and wanted(event) and self._can_reverse(event):
                found.append(event)
                if len(found) == count:
                    break
        return found

    def _can_reverse(self, event: Single | Move) -> bool:
        if isinstance(event, Move):
            return self.balance[event.target] >= event.received
        return event.kind == "payment" or self.balance[event.account] >= event.amount

    def _reversal(self, day: date, original: Single | Move, reason: str) -> Reversal:
        original.reversed = True
        if isinstance(original, Move):
            self.balance[original.source] += original.amount
            self.balance[original.target] -= original.received
        else:
            self.balance[original.account] += original.amount if original.kind == "payment" else -original.amount
            currency = self.accounts[original.account].currency
            self.totals[(self._fiscal_year(day), original.category, currency)] -= original.amount
        return Reversal(day, original, reason, self._uid())

    def _close(self, year: int, month: int) -> list[Event]:
        end = date(year, month, calendar.monthrange(year, month)[1])
        made: list[Event] = []
        for account in ACCOUNTS:
            if self.opened[account.key] > end:
                continue
            balance = self.balance[account.key]
            assert balance >= 0, (account.key, year, month, balance)
            counts = count_notes(balance, account.currency) if account.kind == "cash" else {}
            made.append(Closing(year, month, account.key, balance, counts, self.treasurer,
                                CHECKERS[self.closings % len(CHECKERS)]))
            self.closings += 1
        return made

    # --- the budget

    def budgets(self, until_year: int) -> list[tuple[int, str, Currency, int]]:
        """(fiscal year, category code, currency, amount) for every year from the first to *until_year*.

        Planned as a committee would: last year's actual, over twelve months, give
        or take; a year not begun yet gets last year's budget and five per cent.
        Call after the whole plan has been made.
        """
        rng = random.Random(f"budget/{self.rng.random()}")
        covered: dict[int, int] = defaultdict(int)
        for year, month in self.months:
            covered[self._fiscal_year(date(year, month, 1))] += 1
        first = min(covered)
        lines: list[tuple[int, str, Currency, int]] = []
        previous: dict[tuple[str, Currency], int] = {}
        for fiscal_year in range(first, until_year + 1):
            planned: dict[tuple[str, Currency], int] = {}
            keys = sorted({(c, cur) for (fy, c, cur), v in self.totals.items() if v > 0} | set(previous),
                          key=lambda k: (k[0], k[1].code))
            for code, currency in keys:
                actual = self.totals.get((fiscal_year, code, currency), 0)
                if covered.get(fiscal_year):
                    amount = actual * 12 // covered[fiscal_year] * rng.randint(90, 115) // 100
                else:
                    amount = previous.get((code, currency), 0) * 105 // 100
                unit = 10_000 if currency is Currency.KHR else 1_000
                amount = (amount + unit - 1) // unit * unit
                if amount > 0:
                    planned[(code, currency)] = amount
                    lines.append((fiscal_year, code, currency, amount))
            previous = planned
        return lines


ROUTINE: tuple[tuple[str, int], ...] = (
    ("fee", 50), ("fee_mobile", 14), ("iga", 4), ("other_in", 2), ("pay_riel", 22), ("pay_usd", 6),
    ("mobile_fee", 1), ("reverse", 1), ("cash_out", 1), ("deposit", 1),
)
TWO_LINE_JOBS = frozenset({"withdraw", "cash_out", "exchange", "deposit", "reverse_transfer"})
ROUTINE_JOBS = [job for job, _ in ROUTINE]
ROUTINE_WEIGHTS = [weight for _, weight in ROUTINE]
ROUTINE_JOBS_NO_MOBILE = [job for job, _ in ROUTINE if "mobile" not in job and job != "cash_out"]
ROUTINE_WEIGHTS_NO_MOBILE = [w for job, w in ROUTINE if "mobile" not in job and job != "cash_out"]


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _add_months(day: date, months: int) -> date:
    n = day.year * 12 + day.month - 1 + months
    return date(n // 12, n % 12 + 1, 1)


def _month_before(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


# --- setting the book up ------------------------------------------------------------


def set_up_book(cbo: Cbo, treasurer: Actor, first_day: date) -> BookSetup:
    """The demo's accounts (the two cash boxes of every new CBO, a bank and a wallet) and grant."""
    by_key = {a.key: a for a in ACCOUNTS}
    existing = {a.name: a for a in cashbook.accounts(cbo)}
    ids: dict[str, int] = {}
    for account in ACCOUNTS:
        opened = _add_months(first_day, account.opens_after)
        if account.name in existing:
            # The cash boxes every new CBO gets open today and empty; no service changes an
            # account's opening (it must not, once there are entries), and this one has none yet.
            with cbo.atomic():
                (Account.update(opening_minor=account.opening, opening_date=opened)
                 .where(Account.id == existing[account.name].id).execute())
            ids[account.key] = existing[account.name].id
        else:
            made = cashbook.add_account(cbo, treasurer, account.name, account.kind, account.currency,
                                        Money.from_minor(account.opening, account.currency), opened)
            ids[account.key] = made.id
    assert set(ids) == set(by_key)
    fund = cashbook.add_fund(cbo, treasurer, FUND_NAME, DONOR, "Three years, paid every quarter into the bank.")
    categories = {c.code: c.id for c in cashbook.categories(cbo) if c.code}
    limits = {currency: cashbook.approval_limit(cbo, currency).to_minor() for currency in Currency}
    with cbo.reading():
        profile = Profile.get_or_none(Profile.id == 1)
        fiscal_start = int(profile.fiscal_year_start_month) if profile else 1
    return BookSetup(ids, categories, fund.id, limits, fiscal_start, first_day)


@dataclass(frozen=True)
class CashbookSummary:
    entries: int
    closings: int
    budget_lines: int
    bulk: bool


def write_cashbook(cbo: Cbo, treasurer: Actor, chair: Actor, *, seed: int, entries: int, years: int,
                   until: date | None = None, bulk: bool | None = None,
                   members: Sequence[Person] = (),
                   link: Callable[[Single], int | None] | None = None) -> CashbookSummary:
    """Plan and write the demo's cash book into a new CBO (*entries* lines ending with the month of *until*).

    *bulk* None: through the services up to :data:`SERVICES_LIMIT` lines, straight
    into the tables above. *link* gives the planned activity a payment was for, if any
    (the demo's activity plans, :mod:`cbodesk.services.demo_plans`).
    """
    if entries < 0 or years < 1:
        raise ValueError("entries must be 0 or more and years 1 or more")
    until = until or last_month(date.today())
    if until >= date.today().replace(day=1):
        raise ValueError("the demo's book must end before the current month")
    months = months_of(until, years)
    first_day = date(months[0][0], months[0][1] + 1, 1)
    setup = set_up_book(cbo, treasurer, first_day)
    planner = Planner(setup, seed=seed, entries=entries, years=years, until=until,
                      members=members or member_pool(seed), treasurer=treasurer.full_name)
    use_bulk = entries > SERVICES_LIMIT if bulk is None else bulk
    this_year = cb.fiscal_year_of(date.today(), setup.fiscal_start)
    fast = _FastWrites(cbo)
    with fast:
        if use_bulk:
            writer = _BulkWriter(cbo, setup, treasurer, chair)
            for events in planner.plan():
                _link(events, link)
                writer.add_month(events)
            writer.finish()
            budget_lines = planner.budgets(this_year)
        else:
            events = [e for month in planner.plan() for e in month]
            _link(events, link)
            budget_lines = planner.budgets(this_year)
            _set_budgets(cbo, treasurer, setup, budget_lines)
            _write_with_services(cbo, setup, events, treasurer, chair)
        if use_bulk:
            _set_budgets(cbo, treasurer, setup, budget_lines)
    return CashbookSummary(entries, planner.closings, len(budget_lines), use_bulk)


def _link(events: list[Event], link: Callable[[Single], int | None] | None) -> None:
    if link is not None:
        for event in events:
            if isinstance(event, Single) and event.kind == "payment":
                event.activity_id = link(event)


class _FastWrites:
    """On SQLite, no fsync per transaction while the demo is written (a half-written demo is
    thrown away anyway), and a larger page cache; the app's settings come back afterwards."""

    def __init__(self, cbo: Cbo) -> None:
        self.cbo = cbo

    def __enter__(self) -> None:
        if not self.cbo.is_postgres:
            with self.cbo.reading():
                self.cbo.db.execute_sql("PRAGMA synchronous = OFF")
                self.cbo.db.execute_sql("PRAGMA cache_size = -262144")  # 256 MB

    def __exit__(self, *exc: object) -> None:
        if not self.cbo.is_postgres and not self.cbo.closed:
            from cbodesk.storage.database import SQLITE_PRAGMAS

            with self.cbo.reading():
                self.cbo.db.execute_sql(f"PRAGMA synchronous = {SQLITE_PRAGMAS['synchronous']}")
                self.cbo.db.execute_sql(f"PRAGMA cache_size = {SQLITE_PRAGMAS['cache_size']}")


def _set_budgets(cbo: Cbo, treasurer: Actor, setup: BookSetup,
                 lines: list[tuple[int, str, Currency, int]]) -> None:
    for fiscal_year, code, currency, amount in lines:
        budget.set_budget(cbo, treasurer, fiscal_year, setup.categories[code], None,
                          Money.from_minor(amount, currency))


# --- writing through the services ---------------------------------------------------------


def _write_with_services(cbo: Cbo, setup: BookSetup, events: list[Event], treasurer: Actor,
                         chair: Actor) -> None:
    currency = {a.key: a.currency for a in ACCOUNTS}
    kind = {a.key: a.kind for a in ACCOUNTS}
    for event in events:
        if isinstance(event, Single):
            draft = cb.EntryDraft(
                kind=event.kind, date=event.day, account_id=setup.accounts[event.account],
                amount=Money.from_minor(event.amount, currency[event.account]),
                category_id=setup.categories[event.category], party=event.party,
                fund_id=setup.fund_id if event.fund else None, description=event.description, uid=event.uid,
                member_id=event.member_id, activity_id=event.activity_id)
            view = cashbook.record_entry(cbo, treasurer, draft)
            event.entry_ids = [view.id]
            if event.approval_note:
                assert view.needs_approval, event
                approvals.decide(cbo, chair, view.id, "approved", event.approval_note)
        elif isinstance(event, Move):
            transfer = cb.TransferDraft(
                date=event.day, from_account_id=setup.accounts[event.source],
                to_account_id=setup.accounts[event.target],
                amount=Money.from_minor(event.amount, currency[event.source]),
                received=Money.from_minor(event.received, currency[event.target]),
                rate=Decimal(event.rate) if event.rate is not None else None,
                description=event.description, uid=event.uid)
            event.entry_ids = [v.id for v in cashbook.record_transfer(cbo, treasurer, transfer)]
        elif isinstance(event, Reversal):
            cashbook.reverse_entry(cbo, treasurer, event.original.entry_ids[0], event.reason,
                                   day=event.day, uid=event.uid)
        else:
            cash_box = kind[event.account] == "cash"  # counted note by note, even when empty
            statement = None if cash_box else Money.from_minor(event.balance, currency[event.account])
            closing.close_month(cbo, treasurer, setup.accounts[event.account], event.year, event.month,
                                counts=event.counts if cash_box else None, statement=statement,
                                counted_by=event.counted_by, checked_by=event.checked_by)


# --- writing straight into the tables -------------------------------------------------------

_ENTRY_FIELDS = ("id", "uid", "group_uid", "kind", "number", "fiscal_year", "date", "account",
                 "amount_minor", "category", "fund", "party", "description", "rate", "reverses", "reason",
                 "needs_approval", "entered_by", "entered_at", "attachment_sha256", "prev_hash", "row_hash",
                 "member", "activity")


class _BulkWriter:
    """Writes planned months as the services would, many lines per transaction.

    Continues the book as it is (ids, chain head, number counters), and each
    transaction leaves it whole: its lines, their approvals, closings and the
    number counters commit together.
    """

    def __init__(self, cbo: Cbo, setup: BookSetup, treasurer: Actor, chair: Actor) -> None:
        self.cbo = cbo
        self.setup = setup
        self.treasurer = treasurer
        self.chair = chair
        self.postgres = cbo.is_postgres
        self.currency = {a.key: a.currency.code for a in ACCOUNTS}
        self.names = {a.key: a.name for a in ACCOUNTS}
        with cbo.reading():
            self.next_id = int(Entry.select(Entry.id).order_by(Entry.id.desc()).limit(1).scalar() or 0) + 1
            self.head = (Entry.select(Entry.row_hash).order_by(Entry.id.desc()).limit(1).scalar()
                         or cb.GENESIS)
            self.counters = {(c.series, c.year): c.last for c in NumberCounter.select()}
        self.changed: set[tuple[str, int]] = set()
        self.rows: list[tuple[Any, ...]] = []
        self.approvals: list[tuple[Any, ...]] = []
        self.closings: list[Closing] = []
        self.written = 0
        self.serial = 0
        columns = ", ".join(f'"{Entry._meta.fields[name].column_name}"' for name in _ENTRY_FIELDS)
        param = cbo.db.param
        self.insert_entries = (f'INSERT INTO "{Entry._meta.table_name}" ({columns}) '
                               f"VALUES ({', '.join([param] * len(_ENTRY_FIELDS))})")
        self.insert_approvals = (
            f'INSERT INTO "{Approval._meta.table_name}" ("entry_id", "decision", "decided_by", "decided_at", '
            f'"note") VALUES ({", ".join([param] * 5)})')

    def _day(self, day: date) -> Any:
        return day if self.postgres else day.isoformat()

    def _at(self, moment: datetime) -> Any:
        return moment if self.postgres else str(moment)

    def _number(self, kind: str, fiscal_year: int) -> str:
        key = (cb.SERIES[kind], fiscal_year)
        last = self.counters.get(key, 0) + 1
        self.counters[key] = last
        self.changed.add(key)
        return f"{key[0]}-{fiscal_year}-{last:04d}"

    def _leg(self, *, uid: str, group_uid: str, kind: str, number: str, fiscal_year: int, day: date,
             account: str, amount: int, entered_at: datetime, category: str | None = None,
             fund: bool = False, party: str = "", description: str = "", rate: str = "",
             reverses: tuple[int, str] | None = None, reason: str = "", needs_approval: bool = False,
             member_id: int | None = None, activity_id: int | None = None) -> int:
        account_id = self.setup.accounts[account]
        category_id = self.setup.categories[category] if category else None
        fund_id = self.setup.fund_id if fund else None
        fields = cb.ChainedFields(
            uid=uid, group_uid=group_uid, kind=kind, number=number, date=day, account_id=account_id,
            amount_minor=amount, currency=self.currency[account], category_id=category_id, fund_id=fund_id,
            party=party, description=description, rate=rate,
            reverses_uid=reverses[1] if reverses else "", reason=reason, needs_approval=needs_approval,
            entered_by=self.treasurer.full_name, entered_at=entered_at, attachment_sha256="",
            fiscal_year=fiscal_year, member_id=member_id, activity_id=activity_id)
        row_hash = cb.chain_hash(self.head, fields)
        entry_id = self.next_id
        self.rows.append((
            entry_id, uid, group_uid, kind, number, fiscal_year, self._day(day), account_id, amount,
            category_id, fund_id, party, description, rate, reverses[0] if reverses else None, reason,
            needs_approval, self.treasurer.full_name, self._at(entered_at), "", self.head, row_hash, member_id,
            activity_id))
        self.head = row_hash
        self.next_id += 1
        return entry_id

    def _entered_at(self, day: date) -> datetime:
        # The treasurer types the day's receipts in the evening.
        self.serial += 1
        return datetime.combine(day, time(17, 0)) + timedelta(seconds=self.serial % 14_000)

    def add_month(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, Closing):
                self.closings.append(event)
            else:
                self._add(event)
        if len(self.rows) >= CHUNK_ROWS:
            self.flush()

    def _add(self, event: Single | Move | Reversal) -> None:
        fiscal_year = cb.fiscal_year_of(event.day, self.setup.fiscal_start)
        at = self._entered_at(event.day)
        if isinstance(event, Single):
            currency = Currency[self.currency[event.account]]
            needs_approval = event.kind == "payment" and event.amount > self.setup.limits[currency]
            entry_id = self._leg(
                uid=event.uid, group_uid=event.uid, kind=event.kind,
                number=self._number(event.kind, fiscal_year), fiscal_year=fiscal_year, day=event.day,
                account=event.account, amount=event.amount if event.kind == "receipt" else -event.amount,
                entered_at=at, category=event.category, fund=event.fund, party=event.party.strip(),
                description=event.description.strip(), needs_approval=needs_approval, member_id=event.member_id,
                activity_id=event.activity_id)
            event.entry_ids = [entry_id]
            if event.approval_note:
                assert needs_approval, event
                decided = datetime.combine(event.day, time(19, 30))
                self.approvals.append((entry_id, "approved", self.chair.full_name, self._at(decided),
                                       event.approval_note))
        elif isinstance(event, Move):
            kind = "exchange" if self.currency[event.source] != self.currency[event.target] else "transfer"
            common: dict[str, Any] = {
                "group_uid": event.uid, "kind": kind, "number": self._number(kind, fiscal_year),
                "fiscal_year": fiscal_year, "day": event.day, "description": event.description.strip(),
                "rate": str(Decimal(event.rate)) if kind == "exchange" and event.rate is not None else "",
                "entered_at": at}
            out_id = self._leg(uid=str(uuid.uuid5(cashbook.LEG_NAMESPACE, event.uid + "/out")),
                               account=event.source, amount=-event.amount, party=self.names[event.target],
                               **common)
            in_id = self._leg(uid=str(uuid.uuid5(cashbook.LEG_NAMESPACE, event.uid + "/in")),
                              account=event.target, amount=event.received, party=self.names[event.source],
                              **common)
            event.entry_ids = [out_id, in_id]
        else:
            self._add_reversal(event, fiscal_year, at)

    def _add_reversal(self, event: Reversal, fiscal_year: int, at: datetime) -> None:
        original = event.original
        number = self._number("reversal", fiscal_year)
        legs: list[dict[str, Any]]
        if isinstance(original, Single):
            sign = 1 if original.kind == "receipt" else -1
            legs = [{"account": original.account, "amount": sign * original.amount,
                     "category": original.category, "fund": original.fund, "party": original.party.strip(),
                     "description": original.description.strip(), "rate": "", "member_id": original.member_id,
                     "activity_id": original.activity_id}]
            uids = [original.uid]
        else:
            kind = "exchange" if self.currency[original.source] != self.currency[original.target] else "transfer"
            rate = str(Decimal(original.rate)) if kind == "exchange" and original.rate is not None else ""
            text = original.description.strip()
            legs = [{"account": original.source, "amount": -original.amount, "category": None, "fund": False,
                     "party": self.names[original.target], "description": text, "rate": rate},
                    {"account": original.target, "amount": original.received, "category": None, "fund": False,
                     "party": self.names[original.source], "description": text, "rate": rate}]
            uids = [str(uuid.uuid5(cashbook.LEG_NAMESPACE, original.uid + suffix)) for suffix in ("/out", "/in")]
        for index, (leg, leg_id, leg_uid) in enumerate(zip(legs, original.entry_ids, uids)):
            self._leg(uid=str(uuid.uuid5(cashbook.LEG_NAMESPACE, f"{event.uid}/{index}")), group_uid=event.uid,
                      kind="reversal", number=number, fiscal_year=fiscal_year, day=event.day,
                      account=leg["account"], amount=-leg["amount"], entered_at=at, category=leg["category"],
                      fund=leg["fund"], party=leg["party"], description=leg["description"], rate=leg["rate"],
                      reverses=(leg_id, leg_uid), reason=event.reason, member_id=leg.get("member_id"),
                      activity_id=leg.get("activity_id"))

    def flush(self) -> None:
        if not (self.rows or self.closings):
            return
        with self.cbo.atomic(exclusive=True):
            cursor = self.cbo.db.cursor()
            if self.rows:
                cursor.executemany(self.insert_entries, self.rows)
            if self.approvals:
                cursor.executemany(self.insert_approvals, self.approvals)
            for key in sorted(self.changed):
                series, year = key
                (NumberCounter.insert(series=series, year=year, last=self.counters[key])
                 .on_conflict(conflict_target=[NumberCounter.series, NumberCounter.year],
                              update={NumberCounter.last: self.counters[key]}).execute())
            for event in self.closings:
                self._write_closing(event)
            if self.postgres and self.rows:
                # The ids were given, so the sequence behind new entries' ids must catch up.
                table = Entry._meta.table_name
                self.cbo.db.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM \"{table}\"))")
        self.written += len(self.rows)
        log.info("demo cash book: %d lines written", self.written)
        self.rows.clear()
        self.approvals.clear()
        self.closings.clear()
        self.changed.clear()

    def _write_closing(self, event: Closing) -> None:
        following = _add_months(date(event.year, event.month, 1), 1)
        row = MonthClosing.create(
            account=self.setup.accounts[event.account], year=event.year, month=event.month,
            book_minor=event.balance, counted_minor=event.balance, counted_by=event.counted_by,
            checked_by=event.checked_by, closed_by=self.treasurer.full_name,
            closed_at=min(datetime.combine(following, time(9, 0)), _utc_now()))
        if event.counts:
            CashCountLine.insert_many([
                {"closing": row.id, "denomination_minor": value, "count": number}
                for value, number in sorted(event.counts.items(), reverse=True)]).execute()

    def finish(self) -> None:
        self.flush()
        with self.cbo.atomic():
            record_change(self.treasurer, "demo.cashbook", "cashbook", "demo", None,
                          {"entries": self.written, "written": "straight into the tables (bulk)"})
