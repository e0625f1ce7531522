"""Activity plans and M&E as plain values (guideline chapter 6 and its Annex 6, with
chapter 7's vision, mission and goals): activities as typed and their checks,
indicators, monitoring records, and the views the plan page and the reports read.

No database here: :mod:`cbodesk.services.plans` stores and reads these.

* A plan belongs to one fiscal year, named by the calendar year it starts in
  (:func:`cbodesk.domain.cashbook.fiscal_year_of`); its months are the twelve
  months from ``Profile.fiscal_year_start_month``.
* Months are kept as the first day of the month.
* Indicator values are ``Decimal`` in code and hundredths (integers) in the
  database: 12.5 is stored as 1250 (:func:`to_x100`, :func:`from_x100`).
* Budgets and costs are :class:`Money` in the activity's currency; riel and
  dollars are never added together.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from cbodesk.domain.errors import Problem
from cbodesk.domain.money import Currency, Money, percent_of
from cbodesk.i18n import N_, by_language

CONTEXT = "plans"

Day = date  # for annotations inside classes that have a field called "date"

# --- fixed lists -------------------------------------------------------------

STATUSES: dict[str, str] = {
    "planned": N_("plans", "Planned"),
    "ongoing": N_("plans", "Ongoing"),
    "done": N_("plans", "Done"),
    "postponed": N_("plans", "Postponed"),
    "cancelled": N_("plans", "Cancelled"),
}
# A change to one of these needs a reason (shown in the M&E form).
NEEDS_REASON = frozenset({"postponed", "cancelled"})

FREQUENCIES: dict[str, str] = {
    "once": N_("plans", "Once"),
    "monthly": N_("plans", "Monthly"),
    "quarterly": N_("plans", "Quarterly"),
    "yearly": N_("plans", "Yearly"),
}

CHAPTER_NUMBERS = range(1, 9)  # the guideline's eight chapters (domain.catalogue.CHAPTERS)

MAX_CODE = 16
MAX_TITLE = 300
MAX_TEXT = 8000
MAX_EVIDENCE_BYTES = 20 * 1024 * 1024  # 20 MB: a phone photo or a scanned page, not a video
MAX_PARTICIPANTS = 1_000_000
# What an indicator value may hold (hundredths in a BIGINT): far beyond any real count.
MAX_VALUE = Decimal(1_000_000_000_000)

# Setting keys of the strategy (chapter 7). Each holds JSON {"km": "...", "en": "..."}.
VISION_KEY = "plans.vision"
MISSION_KEY = "plans.mission"


# --- numbers and months ------------------------------------------------------------

HUNDREDTH = Decimal("0.01")


def to_x100(value: Decimal) -> int:
    """An indicator value as stored: hundredths, rounded half up (12.345 → 1235)."""
    if isinstance(value, (float, bool)):
        raise TypeError("indicator values are Decimal, never float")
    return int((Decimal(value) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_x100(stored: int) -> Decimal:
    """A stored indicator value (hundredths) as a Decimal with two decimals."""
    return (Decimal(int(stored)) / 100).quantize(HUNDREDTH)


def read_value(text: str) -> Decimal | None:
    """A value as typed (``12``, ``12.5``, ``1,250``); None when it is not a number."""
    from cbodesk.domain.formatting import from_khmer_digits
    body = from_khmer_digits(text).strip().replace(",", "").replace(" ", "")
    if not body:
        return None
    try:
        value = Decimal(body)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def month_of(day: date) -> date:
    """The first day of *day*'s month: how months are kept."""
    return day.replace(day=1)


def add_months(month: date, count: int) -> date:
    n = month.year * 12 + month.month - 1 + count
    return date(n // 12, n % 12 + 1, 1)


def months_between(first: date, last: date) -> list[date]:
    """Every month from *first*'s to *last*'s, both included (empty if last is earlier)."""
    months = []
    month = month_of(first)
    end = month_of(last)
    while month <= end:
        months.append(month)
        month = add_months(month, 1)
    return months


def fiscal_year_months(fiscal_year: int, start_month: int) -> list[date]:
    """The twelve months of a fiscal year (named by the calendar year it starts in)."""
    first = date(fiscal_year, start_month, 1)
    return [add_months(first, i) for i in range(12)]


def shift_year(month: date, years: int = 1) -> date:
    """The same month *years* later (a copied plan's months)."""
    return add_months(month_of(month), 12 * years)


# --- the strategy (chapter 7) ----------------------------------------------------------


@dataclass(frozen=True)
class Strategy:
    """The CBO's vision and mission, each in Khmer, English, or both."""

    vision_km: str = ""
    vision_en: str = ""
    mission_km: str = ""
    mission_en: str = ""

    def vision(self, language: str) -> str:
        return by_language(language, self.vision_km, self.vision_en)

    def mission(self, language: str) -> str:
        return by_language(language, self.mission_km, self.mission_en)

    def cleaned(self) -> Strategy:
        return Strategy(*(" ".join(v.split()) if "\n" not in v else v.strip()
                          for v in (self.vision_km, self.vision_en, self.mission_km, self.mission_en)))

    def problems(self) -> list[Problem]:
        found = []
        for name, value in (("vision_km", self.vision_km), ("vision_en", self.vision_en),
                            ("mission_km", self.mission_km), ("mission_en", self.mission_en)):
            if len(value) > MAX_TEXT:
                found.append(Problem(name, N_("errors", "This text is too long: at most {limit} letters."),
                                     {"limit": MAX_TEXT}))
        return found


@dataclass(frozen=True)
class GoalDraft:
    code: str = ""  # e.g. "G1"
    text_km: str = ""
    text_en: str = ""

    def cleaned(self) -> GoalDraft:
        return GoalDraft(self.code.strip(), self.text_km.strip(), self.text_en.strip())

    def problems(self) -> list[Problem]:
        found = []
        if not self.text_km and not self.text_en:
            found.append(Problem("text_km", N_("errors", "Write the goal in Khmer, in English, or both.")))
        if len(self.code) > MAX_CODE:
            found.append(Problem("code", N_("errors", "The code is too long: at most {limit} letters."),
                                 {"limit": MAX_CODE}))
        for name, value in (("text_km", self.text_km), ("text_en", self.text_en)):
            if len(value) > MAX_TEXT:
                found.append(Problem(name, N_("errors", "This text is too long: at most {limit} letters."),
                                     {"limit": MAX_TEXT}))
        return found


@dataclass(frozen=True)
class GoalView:
    id: int
    code: str
    text_km: str
    text_en: str
    retired: bool
    sort_order: int

    def text(self, language: str) -> str:
        return by_language(language, self.text_km, self.text_en)

    def label(self, language: str) -> str:
        """"G1 – Better livelihoods": code and text, for pickers."""
        return f"{self.code} – {self.text(language)}" if self.code else self.text(language)


# --- plans -------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanView:
    id: int
    fiscal_year: int
    title: str
    note: str
    months: tuple[date, ...]  # the twelve months of the fiscal year
    activity_count: int
    created_at: datetime
    created_by: str

    @property
    def first_day(self) -> date:
        return self.months[0]

    @property
    def last_day(self) -> date:
        return _last_day(self.months[-1])


def _last_day(month: date) -> date:
    following = add_months(month, 1)
    return date.fromordinal(following.toordinal() - 1)


# --- activities ---------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityDraft:
    """What the M&E focal person typed for an activity (Annex 6's planning columns)."""

    code: str = ""  # e.g. "A1.2"; unique in the plan
    title: str = ""
    chapter: int | None = None  # the guideline chapter it serves, 1..8
    goal_id: int | None = None
    objective: str = ""  # objective or expected result
    responsible_id: int | None = None  # a member
    monitor_id: int | None = None  # a member
    start_month: date | None = None  # any day of the month; kept as its first day
    end_month: date | None = None
    place: str = ""
    inputs: str = ""
    budget: Money = field(default_factory=lambda: Money(0, Currency.KHR))  # its currency is the activity's
    fund_id: int | None = None  # the funding source: a cash-book fund

    def cleaned(self) -> ActivityDraft:
        changes: dict[str, Any] = {
            "code": " ".join(self.code.split()),
            "title": " ".join(self.title.split()),
            "objective": self.objective.strip(),
            "place": " ".join(self.place.split()),
            "inputs": self.inputs.strip(),
            "start_month": month_of(self.start_month) if self.start_month else None,
            "end_month": month_of(self.end_month) if self.end_month else None,
        }
        return replace(self, **changes)

    def problems(self, months: tuple[date, ...] | list[date]) -> list[Problem]:
        """Everything wrong with this activity, all at once (call on a cleaned draft).

        *months* are the plan's fiscal-year months. Whether the code is unique in the
        plan, the fund exists and the members are members is checked by the service.
        """
        found: list[Problem] = []
        if not self.code:
            found.append(Problem("code", N_("errors", "Give the activity a short code, for example A1.")))
        elif len(self.code) > MAX_CODE:
            found.append(Problem("code", N_("errors", "The code is too long: at most {limit} letters."),
                                 {"limit": MAX_CODE}))
        if not self.title:
            found.append(Problem("title", N_("errors", "Write what the activity is, for example "
                                                       "\"Training on home gardening\".")))
        elif len(self.title) > MAX_TITLE:
            found.append(Problem("title", N_("errors", "The title is too long: at most {limit} letters."),
                                 {"limit": MAX_TITLE}))
        if self.chapter is not None and self.chapter not in CHAPTER_NUMBERS:
            found.append(Problem("chapter", N_("errors", "Choose the guideline chapter (1 to 8) the "
                                                         "activity serves.")))
        first, last = (months[0], months[-1]) if months else (None, None)
        if self.start_month is None:
            found.append(Problem("start_month", N_("errors", "Choose the month the activity starts.")))
        elif first is not None and last is not None and not first <= self.start_month <= last:
            found.append(Problem("start_month", N_("errors", "The start month must be within the plan's "
                                                             "fiscal year ({first} to {last})."),
                                 {"first": first.strftime("%Y-%m"), "last": last.strftime("%Y-%m")}))
        if self.end_month is None:
            found.append(Problem("end_month", N_("errors", "Choose the month the activity ends.")))
        elif first is not None and last is not None and not first <= self.end_month <= last:
            found.append(Problem("end_month", N_("errors", "The end month must be within the plan's "
                                                           "fiscal year ({first} to {last})."),
                                 {"first": first.strftime("%Y-%m"), "last": last.strftime("%Y-%m")}))
        elif self.start_month is not None and self.end_month < self.start_month:
            found.append(Problem("end_month", N_("errors", "The activity cannot end before it starts.")))
        if self.budget.amount < 0:
            found.append(Problem("budget", N_("errors", "The budget cannot be less than zero.")))
        for name, value in (("objective", self.objective), ("place", self.place), ("inputs", self.inputs)):
            if len(value) > MAX_TEXT:
                found.append(Problem(name, N_("errors", "This text is too long: at most {limit} letters."),
                                     {"limit": MAX_TEXT}))
        return found


@dataclass(frozen=True)
class ReviewDraft:
    """The review at the end of an activity (Annex 6)."""

    results: str = ""
    difficulties: str = ""
    lessons: str = ""  # lessons learned
    recommendations: str = ""  # next steps

    def cleaned(self) -> ReviewDraft:
        return ReviewDraft(self.results.strip(), self.difficulties.strip(), self.lessons.strip(),
                           self.recommendations.strip())

    def problems(self) -> list[Problem]:
        return [Problem(name, N_("errors", "This text is too long: at most {limit} letters."),
                        {"limit": MAX_TEXT})
                for name, value in self.__dict__.items() if len(value) > MAX_TEXT]


def status_problems(status: str, reason: str, current: str) -> list[Problem]:
    """What is wrong with changing an activity's status from *current* to *status*."""
    found: list[Problem] = []
    if status not in STATUSES:
        found.append(Problem("status", N_("errors", "Choose the status from the list.")))
    elif status == current:
        found.append(Problem("status", N_("errors", "The activity has this status already.")))
    if status in NEEDS_REASON and not reason.strip():
        found.append(Problem("reason", N_("errors", "Write why the activity is postponed or cancelled.")))
    if len(reason) > MAX_TEXT:
        found.append(Problem("reason", N_("errors", "The reason is too long: at most {limit} letters."),
                             {"limit": MAX_TEXT}))
    return found


@dataclass(frozen=True)
class ActivityView:
    """An activity as stored, with the names the page shows."""

    id: int
    plan_id: int
    fiscal_year: int
    code: str
    title: str
    chapter: int | None
    goal_id: int | None
    goal_code: str
    objective: str
    responsible_id: int | None
    responsible_km: str
    responsible_latin: str
    monitor_id: int | None
    monitor_km: str
    monitor_latin: str
    start_month: date
    end_month: date
    place: str
    inputs: str
    budget: Money
    fund_id: int | None
    fund_name: str
    status: str
    status_reason: str
    results: str
    difficulties: str
    lessons: str
    recommendations: str
    sort_order: int
    row_version: int
    created_at: datetime
    created_by: str
    updated_at: datetime | None
    updated_by: str

    @property
    def currency(self) -> Currency:
        return self.budget.currency

    @property
    def planned_months(self) -> tuple[date, ...]:
        return tuple(months_between(self.start_month, self.end_month))

    def responsible(self, language: str) -> str:
        return by_language(language, self.responsible_km, self.responsible_latin)

    def monitor(self, language: str) -> str:
        return by_language(language, self.monitor_km, self.monitor_latin)

    def draft(self) -> ActivityDraft:
        """The activity as the dialog edits it."""
        return ActivityDraft(
            code=self.code, title=self.title, chapter=self.chapter, goal_id=self.goal_id,
            objective=self.objective, responsible_id=self.responsible_id, monitor_id=self.monitor_id,
            start_month=self.start_month, end_month=self.end_month, place=self.place, inputs=self.inputs,
            budget=self.budget, fund_id=self.fund_id)

    def review(self) -> ReviewDraft:
        return ReviewDraft(self.results, self.difficulties, self.lessons, self.recommendations)


@dataclass(frozen=True)
class ActivityChoice:
    """An activity as the cash book's picker offers it."""

    id: int
    fiscal_year: int
    code: str
    title: str
    status: str
    currency: Currency

    def label(self) -> str:
        return f"{self.code} – {self.title}"


# --- indicators -----------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorDraft:
    name: str = ""  # e.g. "Farmers trained"
    unit: str = ""  # e.g. "people", "%", "kg"
    baseline: Decimal = Decimal(0)
    target: Decimal = Decimal(0)
    frequency: str = "once"  # once | monthly | quarterly | yearly
    by_sex: bool = False  # it counts people: values are kept for women and men

    def cleaned(self) -> IndicatorDraft:
        return replace(self, name=" ".join(self.name.split()), unit=" ".join(self.unit.split()),
                       frequency=self.frequency.strip())

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        if not self.name:
            found.append(Problem("name", N_("errors", "Write what the indicator measures, for example "
                                                      "\"Farmers trained\".")))
        elif len(self.name) > MAX_TITLE:
            found.append(Problem("name", N_("errors", "The name is too long: at most {limit} letters."),
                                 {"limit": MAX_TITLE}))
        if len(self.unit) > MAX_CODE * 4:
            found.append(Problem("unit", N_("errors", "The unit is too long: at most {limit} letters."),
                                 {"limit": MAX_CODE * 4}))
        for name, value in (("baseline", self.baseline), ("target", self.target)):
            found += value_problems(name, value)
        if self.frequency not in FREQUENCIES:
            found.append(Problem("frequency", N_("errors", "Choose how often the indicator is measured.")))
        return found


def value_problems(name: str, value: Decimal | None) -> list[Problem]:
    """A value an indicator may hold: a number, not below zero, at most two decimals' worth."""
    if value is None:
        return []
    if isinstance(value, float) or not value.is_finite():
        return [Problem(name, N_("errors", "Write a number."))]
    if value < 0:
        return [Problem(name, N_("errors", "The value cannot be less than zero."))]
    if value > MAX_VALUE:
        return [Problem(name, N_("errors", "This number is too large."))]
    return []


@dataclass(frozen=True)
class IndicatorView:
    id: int
    activity_id: int
    position: int
    name: str
    unit: str
    baseline: Decimal
    target: Decimal
    frequency: str
    by_sex: bool
    value_count: int  # values recorded; an indicator with values cannot be removed

    def draft(self) -> IndicatorDraft:
        return IndicatorDraft(self.name, self.unit, self.baseline, self.target, self.frequency, self.by_sex)


# --- monitoring records -------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorValueDraft:
    """An indicator's value seen at a monitoring visit.

    For an indicator counted by sex give *female* and *male*; the value is their sum
    (a *value* given too must equal it). Otherwise give *value*.
    """

    indicator_id: int
    value: Decimal | None = None
    female: Decimal | None = None
    male: Decimal | None = None

    def total(self) -> Decimal | None:
        if self.female is not None or self.male is not None:
            return (self.female or Decimal(0)) + (self.male or Decimal(0))
        return self.value


@dataclass(frozen=True)
class MonitoringDraft:
    """A monitoring visit or report on an activity (Annex 6, per visit)."""

    date: date | None = None
    participants_female: int = 0
    participants_male: int = 0
    progress: str = ""
    quality: str = ""  # quality and problems
    monitored_by: str = ""  # the monitors' names, as written on the form
    values: tuple[IndicatorValueDraft, ...] = ()

    def cleaned(self) -> MonitoringDraft:
        return replace(self, progress=self.progress.strip(), quality=self.quality.strip(),
                       monitored_by=" ".join(self.monitored_by.split()))

    def problems(self, today: Day) -> list[Problem]:
        """What is wrong with the record itself (the service checks the values against the
        activity's indicators)."""
        found: list[Problem] = []
        if self.date is None:
            found.append(Problem("date", N_("errors", "Write the date of the monitoring visit.")))
        elif self.date > today:
            found.append(Problem("date", N_("errors", "This date is in the future. Record a visit once it "
                                                      "has happened.")))
        for name, count in (("participants_female", self.participants_female),
                            ("participants_male", self.participants_male)):
            if count < 0:
                found.append(Problem(name, N_("errors", "A number of participants cannot be less than zero.")))
            elif count > MAX_PARTICIPANTS:
                found.append(Problem(name, N_("errors", "This number is too large.")))
        for name, value in (("progress", self.progress), ("quality", self.quality),
                            ("monitored_by", self.monitored_by)):
            if len(value) > MAX_TEXT:
                found.append(Problem(name, N_("errors", "This text is too long: at most {limit} letters."),
                                     {"limit": MAX_TEXT}))
        return found

    @property
    def participants(self) -> int:
        return self.participants_female + self.participants_male


@dataclass(frozen=True)
class IndicatorValueView:
    indicator_id: int
    value: Decimal
    female: Decimal | None
    male: Decimal | None


@dataclass(frozen=True)
class EvidenceInfo:
    """A photo or file kept with a monitoring record (without its bytes)."""

    id: int
    record_id: int
    title: str
    file_name: str
    media_type: str
    size: int
    sha256: str

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


@dataclass(frozen=True)
class MonitoringView:
    id: int
    activity_id: int
    date: date
    participants_female: int
    participants_male: int
    progress: str
    quality: str
    monitored_by: str
    values: tuple[IndicatorValueView, ...]
    evidence: tuple[EvidenceInfo, ...]
    row_version: int
    created_at: datetime
    created_by: str

    @property
    def participants(self) -> int:
        return self.participants_female + self.participants_male

    def value_of(self, indicator_id: int) -> IndicatorValueView | None:
        for value in self.values:
            if value.indicator_id == indicator_id:
                return value
        return None

    def draft(self) -> MonitoringDraft:
        return MonitoringDraft(
            self.date, self.participants_female, self.participants_male, self.progress, self.quality,
            self.monitored_by,
            tuple(IndicatorValueDraft(v.indicator_id, v.value, v.female, v.male) for v in self.values))


# --- what the plan page and the reports read -------------------------------------------------


@dataclass(frozen=True)
class ActivityLine:
    """One activity in the plan overview: planned against what happened, budget against cost.

    ``actual`` is what was spent on it in the activity's currency: payments linked to
    it, less the reversals of those payments (money received for it is not counted).
    ``other_actual`` is what was spent in the other currency (riel for a dollar
    activity and the reverse), never added to ``actual``; None when nothing was.
    """

    id: int
    code: str
    title: str
    chapter: int | None
    goal_id: int | None
    status: str
    status_reason: str
    responsible_km: str
    responsible_latin: str
    start_month: date
    end_month: date
    planned_months: tuple[date, ...]
    actual_months: tuple[date, ...]  # months with a monitoring record or a linked cash-book entry
    budget: Money
    actual: Money
    other_actual: Money | None
    fund_id: int | None
    fund_name: str
    record_count: int
    participants_female: int
    participants_male: int
    first_record: date | None  # the actual start, as far as the records tell
    last_record: date | None

    @property
    def remaining(self) -> Money:
        return self.budget - self.actual

    @property
    def spent_percent(self) -> Decimal | None:
        """Actual cost as a percentage of the budget (one decimal); None without a budget."""
        return percent_of(self.actual.amount, self.budget.amount)

    def responsible(self, language: str) -> str:
        return by_language(language, self.responsible_km, self.responsible_latin)


@dataclass(frozen=True)
class PlanOverview:
    plan: PlanView
    activities: tuple[ActivityLine, ...]
    # Budget and actual cost of the whole plan, per currency (riel and dollars apart).
    budget_totals: dict[Currency, Money]
    actual_totals: dict[Currency, Money]


@dataclass(frozen=True)
class IndicatorProgress:
    """How far an indicator has come.

    ``achieved`` is, for an indicator counted by sex (it counts people), the sum of
    its values over every monitoring record (each visit reports the people reached
    then); for any other indicator, the value of the latest record (by date). The
    percentage is achieved ÷ target × 100 (one decimal), None when the target is 0 or
    nothing was recorded.
    """

    indicator_id: int
    activity_id: int
    activity_code: str
    activity_title: str
    name: str
    unit: str
    baseline: Decimal
    target: Decimal
    frequency: str
    by_sex: bool
    cumulative: bool  # True: achieved is a sum over records; False: the latest value
    achieved: Decimal | None
    achieved_female: Decimal | None
    achieved_male: Decimal | None
    value_count: int
    last_date: date | None

    @property
    def percent(self) -> Decimal | None:
        return percent_of(self.achieved, self.target)


@dataclass(frozen=True)
class Participation:
    """Participants by sex over an activity's monitoring records."""

    activity_id: int
    code: str
    title: str
    record_count: int
    female: int
    male: int

    @property
    def total(self) -> int:
        return self.female + self.male


@dataclass(frozen=True)
class ActivityBudget:
    """Budget against actual cost for one activity (see :class:`ActivityLine` for ``actual``)."""

    activity_id: int
    code: str
    title: str
    status: str
    fund_name: str
    budget: Money
    actual: Money
    other_actual: Money | None

    @property
    def remaining(self) -> Money:
        return self.budget - self.actual

    @property
    def percent(self) -> Decimal | None:
        return percent_of(self.actual.amount, self.budget.amount)


@dataclass(frozen=True)
class ActivitySheet:
    """Everything the M&E form (Annex 6) prints for one activity."""

    activity: ActivityView
    line: ActivityLine
    indicators: tuple[IndicatorProgress, ...]
    records: tuple[MonitoringView, ...]


def progress_of(indicator: IndicatorView, activity_code: str, activity_title: str,
                values: list[tuple[date, int, IndicatorValueView]]) -> IndicatorProgress:
    """The progress of *indicator* from its values ``(record date, record id, value)``.

    See :class:`IndicatorProgress` for the rule (sum for people counted by sex, else latest).
    """
    ordered = sorted(values, key=lambda v: (v[0], v[1]))
    achieved: Decimal | None = None
    female: Decimal | None = None
    male: Decimal | None = None
    if ordered:
        if indicator.by_sex:
            achieved = sum((v.value for _d, _i, v in ordered), Decimal(0))
            female = sum((v.female or Decimal(0) for _d, _i, v in ordered), Decimal(0))
            male = sum((v.male or Decimal(0) for _d, _i, v in ordered), Decimal(0))
        else:
            last = ordered[-1][2]
            achieved, female, male = last.value, last.female, last.male
    return IndicatorProgress(
        indicator.id, indicator.activity_id, activity_code, activity_title, indicator.name, indicator.unit,
        indicator.baseline, indicator.target, indicator.frequency, indicator.by_sex, indicator.by_sex,
        achieved, female, male, len(ordered), ordered[-1][0] if ordered else None)
