"""Read-only figures of the activity plans for the M&E reports, in SQL.

The reports of guideline chapter 6 (the activity plan as a month grid, the
M&E form of Annex 6, the indicator table, participation by sex, budget against
actual) read the plan of one fiscal year through the functions here, as
:mod:`cbodesk.services.reporting` does for the cash book. Each is one query,
or a few, grouped in the database: a row per activity, indicator or month,
never a row per cash-book entry. Every query is valid on SQLite (dates as ISO
text) and PostgreSQL (DATE). Nothing here writes.

The rules, the same as the plan services' (:mod:`cbodesk.services.plans`):

- *Actual cost* of an activity: the payments linked to it, net of their
  reversals (a reversal counts for the activity of the payment it reverses),
  per currency. The activity's own currency comes first; money paid in the
  other currency is kept apart, never converted or added.
- *Achieved* value of an indicator: an indicator that counts people
  (``by_sex``) adds its values over the monitoring records (women and men
  apart too); any other takes the value of the latest record (by date, then
  the record entered last). Percent achieved = achieved / target × 100, none
  when the target is 0.
- *Actual months*: the months with a monitoring record or a linked cash-book
  entry of any kind (a receipt for the activity too).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import peewee as pw

from cbodesk.domain.money import Currency, Money, percent_of
from cbodesk.i18n import by_language
from cbodesk.services.rows import as_date as _as_date
from cbodesk.services.rows import as_int as _int
from cbodesk.services.rows import month_of, year_month
from cbodesk.services.rows import tuples as _tuples
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import (
    Account,
    Activity,
    Entry,
    Fund,
    Goal,
    Indicator,
    IndicatorValue,
    Member,
    MonitoringEvidence,
    MonitoringRecord,
    Plan,
)

__all__ = [
    "ActivityChoice",
    "ActivityFacts",
    "IndicatorFacts",
    "Participation",
    "PlanFacts",
    "Realised",
    "VisitFacts",
    "activities",
    "activity_choices",
    "actual_costs",
    "find_plan",
    "indicators",
    "participation",
    "plan_years",
    "realised",
    "visits",
]

# --- helpers --------------------------------------------------------------------


def _x100(value: object) -> Decimal:
    """A stored hundredths value as the number it is (1250 → 12.5)."""
    return Decimal(_int(value)).scaleb(-2).normalize() if value is not None else Decimal(0)


def _normal(value: Decimal) -> Decimal:
    # 12.50 → 12.5, 100 → 100 (normalize alone writes 1E+2).
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal


# --- the plan and its activities ----------------------------------------------------


@dataclass(frozen=True)
class PlanFacts:
    id: int
    fiscal_year: int
    title: str
    note: str


@dataclass(frozen=True)
class ActivityFacts:
    """An activity of a plan as the reports print it (names of people and goal included)."""

    id: int
    code: str
    title: str
    chapter: int | None
    goal_id: int | None
    goal_code: str
    goal_km: str
    goal_en: str
    objective: str
    responsible_km: str
    responsible_latin: str
    monitor_km: str
    monitor_latin: str
    start_month: date
    end_month: date
    place: str
    inputs: str
    budget: Money
    fund_name: str
    fund_donor: str
    status: str
    status_reason: str
    results: str
    difficulties: str
    lessons: str
    recommendations: str

    @property
    def currency(self) -> Currency:
        return self.budget.currency

    def responsible(self, language: str) -> str:
        return by_language(language, self.responsible_km, self.responsible_latin)

    def monitor(self, language: str) -> str:
        return by_language(language, self.monitor_km, self.monitor_latin)

    def goal(self, language: str) -> str:
        return by_language(language, self.goal_km, self.goal_en)

    def funding(self) -> str:
        if not self.fund_name:
            return ""
        return f"{self.fund_name} ({self.fund_donor})" if self.fund_donor else self.fund_name

    def planned_months(self) -> list[tuple[int, int]]:
        """(year, month) of every month from the planned start to the planned end."""
        first = self.start_month.year * 12 + self.start_month.month - 1
        last = self.end_month.year * 12 + self.end_month.month - 1
        return [(i // 12, i % 12 + 1) for i in range(first, last + 1)]


def plan_years(cbo: Cbo) -> list[int]:
    """The fiscal years that have a plan, newest first."""
    with cbo.reading():
        return [int(y) for (y,) in _tuples(Plan.select(Plan.fiscal_year).order_by(Plan.fiscal_year.desc()))]


def find_plan(cbo: Cbo, fiscal_year: int) -> PlanFacts | None:
    """The plan of *fiscal_year*, or None when the year has none."""
    with cbo.reading():
        row = (Plan.select(Plan.id, Plan.fiscal_year, Plan.title, Plan.note)
               .where(Plan.fiscal_year == fiscal_year).tuples().first())
    if row is None:
        return None
    return PlanFacts(int(row[0]), int(row[1]), row[2] or "", row[3] or "")


def activities(cbo: Cbo, fiscal_year: int, activity_id: int | None = None, *,
               by_goal: bool = False) -> list[ActivityFacts]:
    """The activities of the plan of *fiscal_year* (or only *activity_id* of it) as the plan
    orders them, then by code; *by_goal*: grouped by goal first, in the goals' order, the
    activities without a goal last."""
    responsible = Member.alias("responsible")
    monitor = Member.alias("monitor")
    query = (Activity
             .select(Activity.id, Activity.code, Activity.title, Activity.chapter, Activity.goal,
                     Goal.code, Goal.text_km, Goal.text_en, Activity.objective,
                     responsible.name_km, responsible.name_latin, monitor.name_km, monitor.name_latin,
                     Activity.start_month, Activity.end_month, Activity.place, Activity.inputs,
                     Activity.budget_minor, Activity.currency, Fund.name, Fund.donor, Activity.status,
                     Activity.status_reason, Activity.results, Activity.difficulties, Activity.lessons,
                     Activity.recommendations)
             .join(Plan, on=Activity.plan == Plan.id)
             .join_from(Activity, Goal, pw.JOIN.LEFT_OUTER, on=Activity.goal == Goal.id)
             .join_from(Activity, responsible, pw.JOIN.LEFT_OUTER, on=Activity.responsible == responsible.id)
             .join_from(Activity, monitor, pw.JOIN.LEFT_OUTER, on=Activity.monitor == monitor.id)
             .join_from(Activity, Fund, pw.JOIN.LEFT_OUTER, on=Activity.fund == Fund.id)
             .where(Plan.fiscal_year == fiscal_year))
    if activity_id is not None:
        query = query.where(Activity.id == activity_id)
    in_plan = (Activity.sort_order, Activity.code, Activity.id)
    if by_goal:  # goals in their order; activities without a goal after every goal
        query = query.order_by(Goal.id.is_null(), Goal.sort_order, Goal.code, Goal.id, *in_plan)
    else:
        query = query.order_by(*in_plan)
    with cbo.reading():
        rows = _tuples(query)
    result = []
    for (id_, code, title, chapter, goal_id, goal_code, goal_km, goal_en, objective, r_km, r_latin, m_km,
         m_latin, start, end, place, inputs, budget, currency, fund, donor, status, reason, results,
         difficulties, lessons, recommendations) in rows:
        money_currency = Currency[currency]
        result.append(ActivityFacts(
            id=int(id_), code=code or "", title=title or "", chapter=int(chapter) if chapter is not None else None,
            goal_id=int(goal_id) if goal_id is not None else None, goal_code=goal_code or "",
            goal_km=goal_km or "", goal_en=goal_en or "", objective=objective or "",
            responsible_km=r_km or "", responsible_latin=r_latin or "", monitor_km=m_km or "",
            monitor_latin=m_latin or "", start_month=_as_date(start), end_month=_as_date(end),
            place=place or "", inputs=inputs or "", budget=Money.from_minor(_int(budget), money_currency),
            fund_name=fund or "", fund_donor=donor or "", status=status or "planned",
            status_reason=reason or "", results=results or "", difficulties=difficulties or "",
            lessons=lessons or "", recommendations=recommendations or ""))
    return result


@dataclass(frozen=True)
class ActivityChoice:
    id: int
    code: str
    title: str

    @property
    def label(self) -> str:
        """"1.1 — General assembly", as a chooser lists it."""
        return f"{self.code} — {self.title}" if self.code else self.title


def activity_choices(cbo: Cbo, fiscal_year: int) -> list[ActivityChoice]:
    """The activities of a year's plan for a chooser, in the plan's order."""
    query = (Activity.select(Activity.id, Activity.code, Activity.title)
             .join(Plan, on=Activity.plan == Plan.id)
             .where(Plan.fiscal_year == fiscal_year)
             .order_by(Activity.sort_order, Activity.code, Activity.id))
    with cbo.reading():
        rows = _tuples(query)
    return [ActivityChoice(int(i), code or "", title or "") for i, code, title in rows]


def _activity_ids(fiscal_year: int, activity_id: int | None) -> Any:
    """A subquery of the ids of the activities asked for."""
    query = Activity.select(Activity.id).join(Plan, on=Activity.plan == Plan.id).where(
        Plan.fiscal_year == fiscal_year)
    if activity_id is not None:
        query = query.where(Activity.id == activity_id)
    return query


# --- money: actual cost ---------------------------------------------------------------


def _linked_entries() -> tuple[Any, Any]:
    """(The query shape, the activity expression) of every cash-book entry linked to an
    activity, a reversal counting for the activity of what it reverses."""
    original = Entry.alias("original")
    activity = pw.fn.COALESCE(Entry.activity, original.activity)
    query = Entry.select().join(original, pw.JOIN.LEFT_OUTER, on=Entry.reverses == original.id)
    return query, activity


def _linked_payments() -> tuple[Any, Any]:
    """(The query shape, the activity expression) of payments linked to an activity and the
    reversals of such payments. A reversal counts for the activity of the payment it reverses
    (whether or not the reversal carries the link itself)."""
    original = Entry.alias("original")
    activity = pw.fn.COALESCE(Entry.activity, original.activity)
    query = (Entry.select()
             .join(Account, on=Entry.account == Account.id)
             .join_from(Entry, original, pw.JOIN.LEFT_OUTER, on=Entry.reverses == original.id)
             .where((Entry.kind == "payment")
                    | ((Entry.kind == "reversal") & (original.kind == "payment"))))
    return query, activity


def actual_costs(cbo: Cbo, fiscal_year: int, activity_id: int | None = None) -> dict[int, dict[Currency, Money]]:
    """What was spent on each activity of the year (or on *activity_id*), per currency: the
    linked payments net of their reversals, whenever they were paid. Activities with nothing
    spent are left out; a currency nets to zero only when every payment in it was reversed."""
    base, activity = _linked_payments()
    query = (base.select(activity, Account.currency, pw.fn.SUM(Entry.amount_minor))
             .where(activity.in_(_activity_ids(fiscal_year, activity_id)))
             .group_by(activity, Account.currency))
    with cbo.reading():
        rows = _tuples(query)
    result: dict[int, dict[Currency, Money]] = {}
    for activity_id_, currency, minor in rows:
        money_currency = Currency[currency]
        # Payments are money out (negative); the cost is what went out.
        result.setdefault(int(activity_id_), {})[money_currency] = Money.from_minor(-_int(minor), money_currency)
    return result


# --- what actually happened, and when --------------------------------------------------


@dataclass(frozen=True)
class Realised:
    """When an activity actually happened: the months of its monitoring records and linked
    cash-book entries, and the first and last such day."""

    months: frozenset[tuple[int, int]]
    first_day: date
    last_day: date


def realised(cbo: Cbo, fiscal_year: int, activity_id: int | None = None) -> dict[int, Realised]:
    """The months each activity of the year (or *activity_id*) actually happened in, from its
    monitoring records and the cash-book entries linked to it. Activities with neither are
    left out."""
    ids = _activity_ids(fiscal_year, activity_id)
    record_month = month_of(cbo, MonitoringRecord.date)
    records = (MonitoringRecord
               .select(MonitoringRecord.activity, record_month, pw.fn.MIN(MonitoringRecord.date),
                       pw.fn.MAX(MonitoringRecord.date))
               .where(MonitoringRecord.activity.in_(ids))
               .group_by(MonitoringRecord.activity, record_month))
    base, activity = _linked_entries()
    entry_month = month_of(cbo, Entry.date)
    payments = (base.select(activity, entry_month, pw.fn.MIN(Entry.date), pw.fn.MAX(Entry.date))
                .where(activity.in_(ids))
                .group_by(activity, entry_month))
    with cbo.reading():
        rows = _tuples(records) + _tuples(payments)
    months: dict[int, set[tuple[int, int]]] = {}
    first: dict[int, date] = {}
    last: dict[int, date] = {}
    for activity_id_, month, low, high in rows:
        key = int(activity_id_)
        months.setdefault(key, set()).add(year_month(month))
        low_day, high_day = _as_date(low), _as_date(high)
        first[key] = min(first.get(key, low_day), low_day)
        last[key] = max(last.get(key, high_day), high_day)
    return {key: Realised(frozenset(found), first[key], last[key]) for key, found in months.items()}


# --- indicators -----------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorFacts:
    """An indicator with what has been achieved so far (see the module's rules)."""

    id: int
    activity_id: int
    name: str
    unit: str
    baseline: Decimal
    target: Decimal
    frequency: str
    by_sex: bool
    achieved: Decimal | None  # None: no monitoring record gave a value yet
    achieved_female: Decimal | None  # by_sex indicators only
    achieved_male: Decimal | None
    measured: int  # monitoring records that gave a value

    @property
    def percent(self) -> Decimal | None:
        return percent_of(self.achieved, self.target)


def indicators(cbo: Cbo, fiscal_year: int, activity_id: int | None = None) -> list[IndicatorFacts]:
    """The indicators of the year's activities (or of *activity_id*) with their achieved values,
    in the order of the activities' codes and the indicators' positions."""
    ids = _activity_ids(fiscal_year, activity_id)
    # People counted: the sum over the records. Others: the latest record's value, found with a
    # window over each indicator's values, newest first.
    sums = (IndicatorValue
            .select(IndicatorValue.indicator, pw.fn.SUM(IndicatorValue.value_x100),
                    pw.fn.SUM(IndicatorValue.female_x100), pw.fn.SUM(IndicatorValue.male_x100),
                    pw.fn.COUNT(IndicatorValue.id))
            .join(Indicator, on=IndicatorValue.indicator == Indicator.id)
            .where(Indicator.activity.in_(ids))
            .group_by(IndicatorValue.indicator))
    newest = pw.fn.ROW_NUMBER().over(
        partition_by=[IndicatorValue.indicator],
        order_by=[MonitoringRecord.date.desc(), MonitoringRecord.id.desc()])
    ranked = (IndicatorValue
              .select(IndicatorValue.indicator.alias("indicator_id"), IndicatorValue.value_x100.alias("value"),
                      IndicatorValue.female_x100.alias("female"), IndicatorValue.male_x100.alias("male"),
                      newest.alias("newest"))
              .join(MonitoringRecord, on=IndicatorValue.record == MonitoringRecord.id)
              .join_from(IndicatorValue, Indicator, on=IndicatorValue.indicator == Indicator.id)
              .where(Indicator.activity.in_(ids)))
    latest = (pw.Select([ranked.alias("ranked")],
                        [pw.SQL("ranked.indicator_id"), pw.SQL("ranked.value"), pw.SQL("ranked.female"),
                         pw.SQL("ranked.male")])
              .where(pw.SQL("ranked.newest = 1"))
              .bind(IndicatorValue._meta.database))
    defined = (Indicator
               .select(Indicator.id, Indicator.activity, Indicator.name, Indicator.unit, Indicator.baseline_x100,
                       Indicator.target_x100, Indicator.frequency, Indicator.by_sex)
               .join(Activity, on=Indicator.activity == Activity.id)
               .where(Indicator.activity.in_(ids))
               .order_by(Activity.sort_order, Activity.code, Activity.id, Indicator.position, Indicator.id))
    with cbo.reading():
        summed = {int(r[0]): r[1:] for r in _tuples(sums)}
        last = {int(r[0]): r[1:] for r in latest.tuples()}
        rows = _tuples(defined)
    result = []
    for id_, activity, name, unit, baseline, target, frequency, by_sex in rows:
        key = int(id_)
        counted = bool(by_sex)
        total, female, male, count = summed.get(key, (None, None, None, 0))
        achieved: Decimal | None
        achieved_female: Decimal | None
        achieved_male: Decimal | None
        if not count:
            achieved = achieved_female = achieved_male = None
        elif counted:
            achieved = _x100(total)
            achieved_female = _x100(female)
            achieved_male = _x100(male)
        else:
            value, female, male = last.get(key, (None, None, None))
            achieved = _x100(value)
            achieved_female = achieved_male = None
        result.append(IndicatorFacts(
            id=key, activity_id=int(activity), name=name or "", unit=unit or "", baseline=_x100(baseline),
            target=_x100(target), frequency=frequency or "once", by_sex=counted,
            achieved=_normal(achieved) if achieved is not None else None,
            achieved_female=_normal(achieved_female) if achieved_female is not None else None,
            achieved_male=_normal(achieved_male) if achieved_male is not None else None,
            measured=_int(count)))
    return result


# --- participants and monitoring visits ---------------------------------------------------


@dataclass(frozen=True)
class Participation:
    records: int
    female: int
    male: int

    @property
    def total(self) -> int:
        return self.female + self.male

    @property
    def percent_women(self) -> Decimal | None:
        return percent_of(Decimal(self.female), Decimal(self.total)) if self.total else None


def participation(cbo: Cbo, fiscal_year: int, activity_id: int | None = None) -> dict[int, Participation]:
    """Participants by sex per activity, added over its monitoring records (activities
    without a record are left out)."""
    query = (MonitoringRecord
             .select(MonitoringRecord.activity, pw.fn.COUNT(MonitoringRecord.id),
                     pw.fn.SUM(MonitoringRecord.participants_female), pw.fn.SUM(MonitoringRecord.participants_male))
             .where(MonitoringRecord.activity.in_(_activity_ids(fiscal_year, activity_id)))
             .group_by(MonitoringRecord.activity))
    with cbo.reading():
        rows = _tuples(query)
    return {int(a): Participation(_int(n), _int(f), _int(m)) for a, n, f, m in rows}


@dataclass(frozen=True)
class VisitFacts:
    """A monitoring record as the M&E form lists it."""

    id: int
    activity_id: int
    date: date
    female: int
    male: int
    progress: str
    quality: str
    monitored_by: str
    evidence: int  # photos or files kept with it
    values: dict[int, Decimal] = field(default_factory=dict)  # indicator id → value seen


def visits(cbo: Cbo, activity_ids: Iterable[int]) -> list[VisitFacts]:
    """The monitoring records of *activity_ids*, oldest first, with the indicator values seen
    and the number of evidence files of each."""
    wanted = list(activity_ids)
    if not wanted:
        return []
    evidence = (MonitoringEvidence.select(MonitoringEvidence.record, pw.fn.COUNT(MonitoringEvidence.id))
                .join(MonitoringRecord, on=MonitoringEvidence.record == MonitoringRecord.id)
                .where(MonitoringRecord.activity.in_(wanted))
                .group_by(MonitoringEvidence.record))
    records = (MonitoringRecord
               .select(MonitoringRecord.id, MonitoringRecord.activity, MonitoringRecord.date,
                       MonitoringRecord.participants_female, MonitoringRecord.participants_male,
                       MonitoringRecord.progress, MonitoringRecord.quality, MonitoringRecord.monitored_by)
               .where(MonitoringRecord.activity.in_(wanted))
               .order_by(MonitoringRecord.date, MonitoringRecord.id))
    values = (IndicatorValue.select(IndicatorValue.record, IndicatorValue.indicator, IndicatorValue.value_x100)
              .join(MonitoringRecord, on=IndicatorValue.record == MonitoringRecord.id)
              .where(MonitoringRecord.activity.in_(wanted)))
    with cbo.reading():
        files = {int(r): _int(n) for r, n in _tuples(evidence)}
        seen: dict[int, dict[int, Decimal]] = {}
        for record, indicator, value in _tuples(values):
            seen.setdefault(int(record), {})[int(indicator)] = _normal(_x100(value))
        rows = _tuples(records)
    return [VisitFacts(int(i), int(a), _as_date(d), _int(f), _int(m), p or "", q or "", who or "",
                       files.get(int(i), 0), seen.get(int(i), {}))
            for i, a, d, f, m, p, q, who in rows]
