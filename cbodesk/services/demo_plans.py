"""The demo CBO's activity plans and M&E (guideline chapters 6 and 7): two fiscal years of a
community fishery's plans, made up but plausible, written through the plans service.

* The vision, mission and three goals of the fishery's strategy.
* The plan of the fiscal year before the demo's last month, and the plan of that month's
  year, copied from it (:func:`cbodesk.services.plans.copy_plan`) and changed a little:
  ten or eleven activities across the guideline's chapters, with their responsible and
  monitoring members, months, budgets in riel or dollars and indicators (some counting
  women and men apart).
* Statuses as the months went: done (with the review at the end), ongoing, planned; one
  activity cancelled and one postponed, each with its reason.
* Monitoring records with indicator values and participants by sex up to the demo's
  last month, a few with a photo (a tiny generated PNG) or a file as evidence.
* The cash book's payments for the activities are linked to them: the demo's cash book
  asks :meth:`DemoPlans.link` for each payment it writes (through the cash-book service,
  or its bulk writer, which hashes the link the same way), so the chain holds.

The same seed and last month always give the same plans.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from cbodesk.domain import cashbook as cb
from cbodesk.domain import plans as dp
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.services import cashbook
from cbodesk.services import plans as ps
from cbodesk.services.demo_cashbook import FUND_NAME, Person, Single
from cbodesk.storage.database import Cbo

KHR, USD = Currency.KHR, Currency.USD


def me_focal_actor() -> Actor:
    """Kim Vanna, the demo's M&E focal person, who keeps the plans."""
    return Actor("kim.vanna", "Kim Vanna", frozenset({"me_focal"}))


STRATEGY = dp.Strategy(
    vision_km="ធនធានជលផលសម្បូរបែបនៅជុំវិញកោះត្រង់ និងជីវភាពគ្រួសារអ្នកនេសាទប្រសើរឡើង",
    vision_en="Plenty of fish in the Mekong around Koh Trong, and fishing families who live well from it.",
    mission_km="ការពារដែនអភិរក្សត្រី គ្រប់គ្រងធនធានជលផលរួមគ្នាដោយចីរភាព និងជួយសមាជិកបង្កើនប្រាក់ចំណូល",
    mission_en="We protect the fish sanctuary, manage the fishery together and help members earn more.",
)

GOALS: tuple[dp.GoalDraft, ...] = (
    dp.GoalDraft("G1", "ការពារដែនអភិរក្សត្រី និងធនធានត្រី", "Protect the fish sanctuary and its fish"),
    dp.GoalDraft("G2", "សហគមន៍ដែលគ្រប់គ្រងល្អ និងមានតម្លាភាព", "A well-run and transparent community fishery"),
    dp.GoalDraft("G3", "ជីវភាពប្រសើរសម្រាប់គ្រួសារអ្នកនេសាទ", "Better livelihoods for fishing families"),
)


@dataclass(frozen=True)
class IndicatorSpec:
    name: str
    unit: str
    baseline: int
    target: int
    frequency: str
    by_sex: bool = False


@dataclass(frozen=True)
class ActivitySpec:
    code: str
    title: str
    chapter: int
    goal: str  # goal code
    objective: str
    responsible: str  # a committee member's name in Latin letters
    monitor: str
    first: int  # months after the fiscal year's first month
    last: int
    place: str
    inputs: str
    budget: int  # minor units of *currency*
    currency: Currency
    grant: bool  # paid from the donor's grant (the cash book's fund)
    indicators: tuple[IndicatorSpec, ...]
    every: int = 1  # a monitoring record every this many months of the activity
    links: tuple[tuple[str, str], ...] = ()  # (category code, words of the description) of its payments
    progress: tuple[str, ...] = ()
    review: dp.ReviewDraft = field(default_factory=dp.ReviewDraft)


ACTIVITIES: tuple[ActivitySpec, ...] = (
    ActivitySpec(
        "A1", "កិច្ចប្រជុំប្រចាំខែរបស់សមាជិក (Monthly members' meeting)", 2, "G2",
        "Members hear the committee's report every month and decide together.", "Heng Sokhly", "Kim Vanna",
        0, 11, "Koh Trong pagoda hall", "Hall, chairs and tent, water and snacks", 2_000_000, KHR, False,
        (IndicatorSpec("Members attending", "people", 0, 600, "monthly", True),
         IndicatorSpec("Meetings held", "meetings", 0, 12, "monthly")),
        links=(("meetings", ""), ("food", "ប្រចាំខែ"), ("stationery", "minutes")),
        progress=("Meeting held; the treasurer read the month's money summary.",
                  "Meeting held; members discussed the patrol schedule.",
                  "កិច្ចប្រជុំបានប្រព្រឹត្តទៅ សមាជិកបានពិភាក្សាអំពីការល្បាត"),
        review=dp.ReviewDraft("Twelve meetings held, on average fifty members each.",
                              "Fewer members came in the rainy season.",
                              "Meetings on a market day are better attended.",
                              "Keep the meeting on the first Sunday; send reminders by phone.")),
    ActivitySpec(
        "A2", "Fish sanctuary patrols", 6, "G1",
        "No illegal fishing in the sanctuary: patrols day and night in the spawning season.", "Long Samnang",
        "Sok Dara", 0, 11, "Koh Trong fish sanctuary", "Patrol boat, fuel, torches, allowances", 150_000, USD,
        True,
        (IndicatorSpec("Patrols carried out (so far this year)", "patrols", 0, 96, "quarterly"),
         IndicatorSpec("Patrol reports sent to the Fisheries Administration", "reports", 0, 12, "quarterly")),
        every=3,
        links=(("transport", "patrol"), ("transport", "sanctuary"), ("allowances", "patrol"),
               ("allowances", "ល្បាត"), ("allowances", "sanctuary"), ("food", "patrol"), ("food", "ល្បាត"),
               ("equipment", "patrol")),
        progress=("Patrols as planned; two nets confiscated.", "Night patrols in the spawning season.",
                  "Patrol boat engine repaired; patrols resumed."),
        review=dp.ReviewDraft("Patrols nearly every week; illegal fishing cases fell.",
                              "Fuel prices rose; the engine broke down once.",
                              "Patrolling with the fisheries officer deters outsiders.",
                              "Ask the commune to pay part of the fuel.")),
    ActivitySpec(
        "A3", "Mark the fish sanctuary boundary", 6, "G1",
        "Every fisher can see where the sanctuary begins.", "Long Samnang", "Kim Vanna", 2, 4,
        "Koh Trong fish sanctuary", "Marker posts, buoys, paint, rope", 60_000, USD, True,
        (IndicatorSpec("Marker posts and buoys in place", "markers", 6, 40, "once"),),
        links=(("activities", "marker"),),
        progress=("Posts painted and set on the north bank.", "Buoys anchored across the channel."),
        review=dp.ReviewDraft("Forty markers in place.", "Two buoys were stolen and replaced.",
                              "Involve the village chiefs so that markers are respected.",
                              "Check the markers after every flood season.")),
    ActivitySpec(
        "A4", "Water-filter training for fishing families", 8, "G3",
        "Families can make and keep a ceramic water filter.", "Chan Sophea", "Kim Vanna", 5, 6,
        "Koh Trong Kraom village", "Trainer, filters, materials", 90_000, USD, True,
        (IndicatorSpec("People trained", "people", 0, 40, "once", True),
         IndicatorSpec("Families using a filter", "families", 3, 20, "once")),
        links=(("activities", "water-filter"), ("activities", "water filters")),
        progress=("Training held with the NGO's trainer.", "Follow-up visit to the families' homes."),
        review=dp.ReviewDraft("Twenty families use a filter.", "Some filters cracked in transport.",
                              "A demonstration at home convinces more than one in the hall.",
                              "Repeat the training in the other two villages.")),
    ActivitySpec(
        "A5", "Community clean-up day", 6, "G1",
        "The river bank and the landing place are clean before the Water Festival.", "Srey Pov", "Heng Sokhly",
        3, 3, "Koh Trong landing place", "Bags, gloves, drinking water", 20_000, USD, True,
        (IndicatorSpec("Volunteers taking part", "people", 0, 60, "once", True),),
        links=(("activities", "clean-up"),),
        progress=("Clean-up held; thirty bags of rubbish collected.",),
        review=dp.ReviewDraft("The bank was cleaned by many volunteers.", "Rubbish collection by the commune was late.",
                              "Young people come when the school joins.", "Ask the school to join again.")),
    ActivitySpec(
        "A6", "General assembly and yearly report", 1, "G2",
        "Members approve the yearly report, the accounts and next year's plan.", "Sok Dara", "Heng Sokhly",
        11, 11, "Koh Trong pagoda hall", "Hall, printed reports, lunch", 800_000, KHR, False,
        (IndicatorSpec("Members attending", "people", 0, 150, "yearly", True),),
        progress=("General assembly held; the report and the accounts were approved.",),
        review=dp.ReviewDraft("Report and accounts approved by the members.", "The hall was too small.",
                              "Print the money summary in large letters for the notice board.",
                              "Hold it in the school yard next year.")),
    ActivitySpec(
        "A7", "Bookkeeping training for the committee", 4, "G2",
        "The committee keeps the cash book and counts the cash every month.", "Chan Sophea", "Sok Dara", 1, 1,
        "Kratie town, NGO office", "Trainer, handouts, receipt books", 300_000, KHR, False,
        (IndicatorSpec("Committee members trained", "people", 0, 7, "once", True),),
        links=(("stationery", "receipt book"),),
        progress=("Two days of training on the cash book and the monthly count.",),
        review=dp.ReviewDraft("Seven committee members trained.", "Not everybody could read the handouts.",
                              "Practise with the CBO's own receipts.", "A refresher next year.")),
    ActivitySpec(
        "A8", "Start savings groups", 7, "G3",
        "Members save together and lend to each other at a fair interest.", "Chan Sophea", "Kim Vanna", 7, 9,
        "Koh Trong Leu and Kraom villages", "Cash boxes, passbooks, training", 400_000, KHR, False,
        (IndicatorSpec("Savings groups formed", "groups", 0, 3, "monthly"),
         IndicatorSpec("Members saving", "people", 0, 45, "monthly", True)),
        progress=("Savings group formed; first savings collected.", "Passbooks handed out.",
                  "ក្រុមសន្សំបានបង្កើតឡើង"),
        review=dp.ReviewDraft("Three groups save every month.", "Some members could not save in the lean season.",
                              "Small, regular savings work better than large ones.",
                              "Train the box keepers in counting.")),
    ActivitySpec(
        "A9", "Study visit to a community fishery in Stung Treng", 2, "G2",
        "The committee learns how another community fishery runs its sanctuary.", "Sok Dara", "Kim Vanna", 8, 8,
        "Stung Treng", "Boat hire, food, accommodation", 50_000, USD, False,
        (IndicatorSpec("People visiting", "people", 0, 10, "once", True),),
        progress=("Visit made; the hosts showed their patrol log book.",)),
    ActivitySpec(
        "A10", "Complaint box and notice board", 5, "G2",
        "Members can complain without giving their name and see the money summary.", "Heng Sokhly", "Sok Dara",
        0, 1, "Koh Trong pagoda", "Box with lock, notice board", 150_000, KHR, False,
        (IndicatorSpec("Complaints answered within 30 days", "%", 0, 100, "quarterly"),),
        progress=("Box and board put up at the pagoda.", "Complaints box opened with two witnesses.")),
)

# The second year's plan adds one activity.
NEW_IN_SECOND_YEAR = ActivitySpec(
    "A11", "Fish-raising pilot with five families", 7, "G3",
    "Five families raise fish in cages and sell them at Kratie market.", "Kim Vanna", "Chan Sophea", 6, 11,
    "Koh Trong Kraom village", "Cages, fingerlings, feed", 2_000_000, KHR, False,
    (IndicatorSpec("Families raising fish", "families", 0, 5, "monthly"),
     IndicatorSpec("Fish sold", "kg", 0, 800, "monthly")),
    progress=("Cages built; fingerlings released.", "First fish sold at Kratie market."))

CANCELLED = ("A9", 0, "The partner NGO could not pay for the boat this year.")  # code, year index, reason
POSTPONED = ("A4", 1, "The NGO's trainer cannot come before the next dry season.")

QUALITY = ("Good participation.", "Started late because of rain.", "Some members left early for the market.",
           "Well prepared; materials arrived on time.", "សកម្មភាពដំណើរការល្អ", "")


@dataclass
class DemoPlans:
    """What the demo wrote: the plans and their activities, and how payments are linked to them."""

    plan_ids: dict[int, int] = field(default_factory=dict)  # fiscal year -> plan id
    activities: dict[tuple[int, str], tuple[int, str]] = field(default_factory=dict)  # (year, code) -> (id, status)
    fiscal_start: int = 1
    rules: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # code -> links

    def link(self, payment: Single) -> int | None:
        """The activity a payment of the demo's cash book was for, if any (not a cancelled one)."""
        fiscal_year = cb.fiscal_year_of(payment.day, self.fiscal_start)
        text = payment.description.lower()
        for code, links in self.rules.items():
            if any(category == payment.category and words in text for category, words in links):
                found = self.activities.get((fiscal_year, code))
                if found is not None and found[1] != "cancelled":
                    return found[0]
                return None
        return None


def write_plans(cbo: Cbo, actor: Actor, people: Sequence[Person], *, seed: int, until: date) -> DemoPlans:
    """Write the strategy and two fiscal years of plans, ending with the fiscal year of *until*
    (records and statuses as they stood at the end of *until*'s month)."""
    rng = random.Random(f"plans/{seed}")
    members = {p.latin: p.member_id for p in people if p.member_id is not None}
    ps.set_strategy(cbo, actor, STRATEGY)
    goals = {draft.code: ps.add_goal(cbo, actor, draft).id for draft in GOALS}
    fiscal_start = _start(cbo)
    last_year = cb.fiscal_year_of(until, fiscal_start)
    demo = DemoPlans(fiscal_start=fiscal_start,
                     rules={spec.code: spec.links for spec in ACTIVITIES if spec.links})
    first_year = last_year - 1
    first = ps.create_plan(cbo, actor, first_year, f"Activity plan {first_year}",
                           "Agreed at the general assembly.")
    months = first.months
    for spec in ACTIVITIES:
        _add(cbo, actor, first.id, spec, months, goals, members)
    second = ps.copy_plan(cbo, actor, first.id, last_year)
    _add(cbo, actor, second.id, NEW_IN_SECOND_YEAR, second.months, goals, members)
    specs = {spec.code: spec for spec in (*ACTIVITIES, NEW_IN_SECOND_YEAR)}
    for index, plan in enumerate((first, second)):
        demo.plan_ids[plan.fiscal_year] = plan.id
        for activity in ps.activities(cbo, actor, plan.id):
            status = _live(cbo, actor, activity, specs[activity.code], index, until, rng)
            demo.activities[(plan.fiscal_year, activity.code)] = (activity.id, status)
    return demo


def _start(cbo: Cbo) -> int:
    return ps.fiscal_year_months(cbo, 2000)[0].month


def _add(cbo: Cbo, actor: Actor, plan_id: int, spec: ActivitySpec, months: Sequence[date],
         goals: dict[str, int], members: dict[str, int]) -> None:
    activity = ps.add_activity(cbo, actor, plan_id, dp.ActivityDraft(
        code=spec.code, title=spec.title, chapter=spec.chapter, goal_id=goals.get(spec.goal),
        objective=spec.objective, responsible_id=members.get(spec.responsible),
        monitor_id=members.get(spec.monitor), start_month=months[spec.first], end_month=months[spec.last],
        place=spec.place, inputs=spec.inputs, budget=Money.from_minor(spec.budget, spec.currency)))
    for indicator in spec.indicators:
        ps.add_indicator(cbo, actor, activity.id, dp.IndicatorDraft(
            indicator.name, indicator.unit, Decimal(indicator.baseline), Decimal(indicator.target),
            indicator.frequency, indicator.by_sex))


def _live(cbo: Cbo, actor: Actor, activity: dp.ActivityView, spec: ActivitySpec, year_index: int, until: date,
          rng: random.Random) -> str:
    """Monitoring records, the status and the review of one activity, as of *until*."""
    last_month = dp.month_of(until)
    if (activity.code, year_index) == CANCELLED[:2]:
        ps.change_status(cbo, actor, activity.id, "cancelled", CANCELLED[2])
        return "cancelled"
    if (activity.code, year_index) == POSTPONED[:2]:
        ps.change_status(cbo, actor, activity.id, "postponed", POSTPONED[2])
        return "postponed"
    if activity.start_month > last_month:
        return "planned"
    months = [m for m in activity.planned_months if m <= last_month]
    chosen = months[spec.every - 1::spec.every] if len(months) >= spec.every else months[-1:]
    indicators = ps.indicators(cbo, actor, activity.id)
    monitor = activity.monitor("en") or "Kim Vanna"
    records = []
    total = len(activity.planned_months) // spec.every or 1
    for index, month in enumerate(chosen):
        day = month.replace(day=min(rng.randint(5, 25), until.day if month == last_month else 28))
        female = male = 0
        values = []
        for indicator in indicators:
            if indicator.by_sex:
                share = int(indicator.target) // total
                female = max(1, share * rng.randint(50, 75) // 100)
                male = max(0, share * rng.randint(80, 115) // 100 - female)
                values.append(dp.IndicatorValueDraft(indicator.id, female=Decimal(female), male=Decimal(male)))
            else:
                # A running figure: from the baseline towards the target, give or take.
                step = (indicator.target - indicator.baseline) * (index + 1) / total
                value = (indicator.baseline + step * Decimal(rng.randint(85, 105)) / 100).quantize(Decimal(1))
                if indicator.target > indicator.baseline:
                    value = min(value, indicator.target)
                values.append(dp.IndicatorValueDraft(indicator.id, max(value, Decimal(0))))
        if not female and not male:
            female, male = rng.randint(3, 9), rng.randint(2, 8)
        records.append(ps.add_record(cbo, actor, activity.id, dp.MonitoringDraft(
            day, female, male, rng.choice(spec.progress) if spec.progress else "",
            rng.choice(QUALITY), monitor, tuple(values)), today=until))
    if records and activity.code in ("A3", "A5", "A7", "A11"):
        record = records[-1]
        ps.add_evidence(cbo, actor, record.id, f"{activity.title} – photo", f"{activity.code.lower()}-photo.png",
                        _png(rng), "image/png")
    if records and activity.code == "A6":
        lines = "name,sex\n" + "".join(f"Member {n},{'F' if n % 2 else 'M'}\n" for n in range(1, 21))
        ps.add_evidence(cbo, actor, records[-1].id, "Attendance list", "attendance.csv", lines.encode(), "text/csv")
    if activity.end_month < last_month or (activity.end_month == last_month and records):
        done = ps.change_status(cbo, actor, activity.id, "done")
        if spec.review.results:
            ps.save_review(cbo, actor, activity.id, spec.review, row_version=done.row_version)
        return "done"
    ps.change_status(cbo, actor, activity.id, "ongoing")
    return "ongoing"


def attach_fund(cbo: Cbo, actor: Actor, demo: DemoPlans) -> None:
    """Give the grant-funded activities the cash book's grant as their funding source (once the
    cash book, which creates the fund, is written)."""
    found = [f for f in cashbook.funds(cbo) if f.name == FUND_NAME]
    if not found:
        return
    grant = {spec.code for spec in ACTIVITIES if spec.grant}
    for plan_id in demo.plan_ids.values():
        for activity in ps.activities(cbo, actor, plan_id):
            if activity.code in grant:
                ps.update_activity(cbo, actor, activity.id, replace(activity.draft(), fund_id=found[0].id),
                                   row_version=activity.row_version)


def _png(rng: random.Random, width: int = 24, height: int = 16) -> bytes:
    """A tiny picture (river blue, a green bank and a random stripe), as a valid PNG file."""
    stripe = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
    rows = []
    for y in range(height):
        colour = (40, 110, 200) if y < height // 2 else (60, 150, 70)
        if y == height // 2:
            colour = stripe
        rows.append(b"\x00" + bytes(colour) * width)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows)))
            + chunk(b"IEND", b""))
