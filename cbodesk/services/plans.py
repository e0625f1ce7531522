"""Activity plans and M&E (guideline chapter 6, Annex 6) with chapter 7's vision,
mission and goals.

The M&E focal person keeps a plan per fiscal year: activities with their code,
chapter, objective, responsible and monitoring members, planned months, budget
and funding source; indicators with baseline and target; monitoring records with
indicator values, participants by sex and evidence; the review at the end.
Every function that writes is one user action: its checks first (every problem
at once), then one transaction with its audit entry (area "plans"). Every
function checks the acting person's role itself:

* ``plans.view`` reads; ``plans.edit`` changes the strategy, plans, activities
  and indicators; ``plans.monitor`` records monitoring visits and evidence.
* Functions named ``read_*`` take no actor: the report builders call them after
  checking ``reports.view`` themselves.

Figures, stated once here and in :mod:`cbodesk.domain.plans`:

* An activity's **actual cost** is the money paid out for it: the payments of the
  cash book linked to it, less the reversals of those payments (a reversal
  carries the activity of what it reverses). Money *received* for an activity is
  not cost. It is in the activity's currency; what was paid in the other currency
  is reported apart (``other_actual``), never converted or added.
* The **months something actually happened** are the months with a monitoring
  record or a linked cash-book entry (of any kind: a receipt, a reversal too).
* An indicator's **achieved** value is, for an indicator counted by sex (it counts
  people), the sum over its monitoring records; for any other, the latest record's
  value. The percentage is achieved ÷ target.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import peewee as pw

from cbodesk.domain import cashbook as cb
from cbodesk.domain import errors
from cbodesk.domain import plans as dp
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.members import is_khmer
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.i18n import N_
from cbodesk.services import plans_reporting as pr
from cbodesk.services.audit import last_change, record_change
from cbodesk.services.rows import as_date as _as_date
from cbodesk.services.rows import as_datetime as _as_datetime
from cbodesk.services.rows import as_int as _int
from cbodesk.services.rows import first_locked, last_saved
from cbodesk.services.rows import now as _now
from cbodesk.services.rows import opt_datetime as _opt_datetime
from cbodesk.services.rows import tuples as _tuples
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import (
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
    Profile,
    Setting,
)

AREA = "plans"
MIN_YEAR, MAX_YEAR = 1990, 2200


def _require_any(actor: Actor, *actions: str) -> None:
    if not any(actor.may(a) for a in actions):
        raise NotAllowed(actor.full_name or actor.username)


# =============================================================================
# Errors
# =============================================================================


class PlanNotFound(UserError):
    def __init__(self) -> None:
        super().__init__(N_("errors", "This plan is no longer in the CBO file. Close the window and open "
                                      "the plans again."))


class ActivityNotFound(UserError):
    def __init__(self) -> None:
        super().__init__(N_("errors", "This activity is no longer in the CBO file. Close the window and "
                                      "open the plan again."))


class RecordNotFound(UserError):
    def __init__(self) -> None:
        super().__init__(N_("errors", "This monitoring record (or file) is no longer in the CBO file. Open "
                                      "the activity again."))


class ChangedMeanwhile(errors.ChangedMeanwhile):
    """Somebody saved the activity (or record) after this dialog opened it."""

    def __init__(self, who: str, when: datetime | None) -> None:
        super().__init__(N_("errors", "{who} changed this after you opened it. Your changes were not "
                                      "saved; open it again to see theirs, then make your changes "
                                      "again."), who=who, when=when)


# =============================================================================
# Fiscal years
# =============================================================================


def _start_month() -> int:
    month = Profile.select(Profile.fiscal_year_start_month).where(Profile.id == 1).scalar()
    return int(month) if month else 1


def _months(fiscal_year: int) -> list[date]:
    return dp.fiscal_year_months(fiscal_year, _start_month())


def fiscal_year_of(cbo: Cbo, day: date) -> int:
    """The fiscal year *day* belongs to, named like the cash book's (the calendar year it starts in)."""
    with cbo.reading():
        return cb.fiscal_year_of(day, _start_month())


def fiscal_year_months(cbo: Cbo, fiscal_year: int) -> list[date]:
    """The twelve months (first days) of a fiscal year, from ``Profile.fiscal_year_start_month``."""
    with cbo.reading():
        return _months(fiscal_year)


# =============================================================================
# Strategy: vision, mission, goals (chapter 7)
# =============================================================================


def _two_texts(key: str) -> tuple[str, str]:
    """(Khmer, English) of a strategy setting; a plain text (typed elsewhere) goes by its script."""
    value = Setting.select(Setting.value).where(Setting.key == key).scalar()
    if not value:
        return "", ""
    try:
        data = json.loads(value)
    except ValueError:
        data = None
    if isinstance(data, dict):
        return str(data.get("km", "")), str(data.get("en", ""))
    text = str(value)
    return (text, "") if is_khmer(text) else ("", text)


def _strategy() -> dp.Strategy:
    vision = _two_texts(dp.VISION_KEY)
    mission = _two_texts(dp.MISSION_KEY)
    return dp.Strategy(vision[0], vision[1], mission[0], mission[1])


def strategy(cbo: Cbo, actor: Actor) -> dp.Strategy:
    """The CBO's vision and mission (settings ``plans.vision`` and ``plans.mission``)."""
    actor.require("plans.view")
    return read_strategy(cbo)


def read_strategy(cbo: Cbo) -> dp.Strategy:
    """:func:`strategy` for report builders."""
    with cbo.reading():
        return _strategy()


def _put_setting(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}).execute()


def set_strategy(cbo: Cbo, actor: Actor, value: dp.Strategy) -> dp.Strategy:
    """Save the vision and mission (each in Khmer, English, or both; empty is allowed)."""
    actor.require("plans.edit")
    value = value.cleaned()
    if value.problems():
        raise InvalidInput(value.problems())
    with cbo.atomic():
        before = _strategy()
        _put_setting(dp.VISION_KEY, json.dumps({"km": value.vision_km, "en": value.vision_en},
                                               ensure_ascii=False))
        _put_setting(dp.MISSION_KEY, json.dumps({"km": value.mission_km, "en": value.mission_en},
                                                ensure_ascii=False))
        record_change(actor, "strategy.update", AREA, "vision and mission", dict(before.__dict__),
                      dict(value.__dict__))
        return _strategy()


_GOAL_COLUMNS = (Goal.id, Goal.code, Goal.text_km, Goal.text_en, Goal.retired, Goal.sort_order)


def _goals(include_retired: bool) -> list[dp.GoalView]:
    query = Goal.select(*_GOAL_COLUMNS).order_by(Goal.sort_order, Goal.id)
    if not include_retired:
        query = query.where(~Goal.retired)
    return [dp.GoalView(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in _tuples(query)]


def goals(cbo: Cbo, actor: Actor, *, include_retired: bool = False) -> list[dp.GoalView]:
    """The CBO's goals in their order."""
    actor.require("plans.view")
    return read_goals(cbo, include_retired=include_retired)


def read_goals(cbo: Cbo, *, include_retired: bool = False) -> list[dp.GoalView]:
    """:func:`goals` for report builders."""
    with cbo.reading():
        return _goals(include_retired)


def _goal(goal_id: int) -> dp.GoalView:
    for goal in _goals(True):
        if goal.id == goal_id:
            return goal
    raise UserError(N_("errors", "This goal is no longer in the CBO file."))


def _goal_record(draft: dp.GoalDraft | dp.GoalView) -> dict[str, Any]:
    return {"code": draft.code, "text_km": draft.text_km, "text_en": draft.text_en}


def add_goal(cbo: Cbo, actor: Actor, draft: dp.GoalDraft) -> dp.GoalView:
    """Add a goal at the end of the list."""
    actor.require("plans.edit")
    draft = draft.cleaned()
    if draft.problems():
        raise InvalidInput(draft.problems())
    with cbo.atomic():
        last = _int(Goal.select(pw.fn.MAX(Goal.sort_order)).scalar())
        row = Goal.create(code=draft.code, text_km=draft.text_km, text_en=draft.text_en, sort_order=last + 10)
        record_change(actor, "goal.add", AREA, f"goal {draft.code or row.id}", None, _goal_record(draft))
        return _goal(row.id)


def rename_goal(cbo: Cbo, actor: Actor, goal_id: int, draft: dp.GoalDraft) -> dp.GoalView:
    """Change a goal's code and texts."""
    actor.require("plans.edit")
    draft = draft.cleaned()
    if draft.problems():
        raise InvalidInput(draft.problems())
    with cbo.atomic():
        before = _goal(goal_id)
        Goal.update(code=draft.code, text_km=draft.text_km, text_en=draft.text_en).where(
            Goal.id == goal_id).execute()
        record_change(actor, "goal.update", AREA, f"goal {before.code or goal_id}", _goal_record(before),
                      _goal_record(draft))
        return _goal(goal_id)


def retire_goal(cbo: Cbo, actor: Actor, goal_id: int, retired: bool = True) -> None:
    """Retire a goal (activities keep it; pickers no longer offer it), or bring it back."""
    actor.require("plans.edit")
    with cbo.atomic():
        before = _goal(goal_id)
        Goal.update(retired=retired).where(Goal.id == goal_id).execute()
        record_change(actor, "goal.retire", AREA, f"goal {before.code or goal_id}", {"retired": before.retired},
                      {"retired": retired})


# =============================================================================
# Plans
# =============================================================================


def _plan_views(condition: pw.Expression | None = None) -> list[dp.PlanView]:
    count = (Activity.select(pw.fn.COUNT(Activity.id)).where(Activity.plan == Plan.id))
    query = (Plan.select(Plan.id, Plan.fiscal_year, Plan.title, Plan.note, Plan.created_at, Plan.created_by,
                         count.alias("n"))
             .order_by(Plan.fiscal_year.desc()))
    if condition is not None:
        query = query.where(condition)
    start = _start_month()
    return [dp.PlanView(r[0], r[1], r[2], r[3], tuple(dp.fiscal_year_months(r[1], start)), _int(r[6]),
                        _as_datetime(r[4]), r[5]) for r in _tuples(query)]


def _plan(plan_id: int) -> dp.PlanView:
    found = _plan_views(Plan.id == plan_id)
    if not found:
        raise PlanNotFound()
    return found[0]


def plans(cbo: Cbo, actor: Actor) -> list[dp.PlanView]:
    """Every plan, newest fiscal year first."""
    actor.require("plans.view")
    with cbo.reading():
        return _plan_views()


def read_plans(cbo: Cbo) -> list[dp.PlanView]:
    """:func:`plans` for report builders."""
    with cbo.reading():
        return _plan_views()


def get_plan(cbo: Cbo, actor: Actor, plan_id: int) -> dp.PlanView:
    actor.require("plans.view")
    with cbo.reading():
        return _plan(plan_id)


def plan_for_year(cbo: Cbo, actor: Actor, fiscal_year: int) -> dp.PlanView | None:
    """The plan of *fiscal_year*, if there is one."""
    actor.require("plans.view")
    with cbo.reading():
        found = _plan_views(Plan.fiscal_year == fiscal_year)
        return found[0] if found else None


def _year_problems(fiscal_year: int) -> list[Problem]:
    if not MIN_YEAR <= fiscal_year <= MAX_YEAR:
        return [Problem("fiscal_year", N_("errors", "Choose the fiscal year."))]
    if Plan.select().where(Plan.fiscal_year == fiscal_year).exists():
        return [Problem("fiscal_year", N_("errors", "There is a plan for {year} already. Open it instead."),
                        {"year": fiscal_year})]
    return []


def _text_problems(title: str, note: str) -> list[Problem]:
    found = []
    if len(title) > dp.MAX_TITLE:
        found.append(Problem("title", N_("errors", "The title is too long: at most {limit} letters."),
                             {"limit": dp.MAX_TITLE}))
    if len(note) > dp.MAX_TEXT:
        found.append(Problem("note", N_("errors", "This text is too long: at most {limit} letters."),
                             {"limit": dp.MAX_TEXT}))
    return found


def create_plan(cbo: Cbo, actor: Actor, fiscal_year: int, title: str = "", note: str = "") -> dp.PlanView:
    """Start the (empty) plan of a fiscal year; one plan per year."""
    actor.require("plans.edit")
    title, note = " ".join(title.split()), note.strip()
    with cbo.atomic(exclusive=True):
        problems = _year_problems(fiscal_year) + _text_problems(title, note)
        if problems:
            raise InvalidInput(problems)
        row = Plan.create(fiscal_year=fiscal_year, title=title, note=note, created_at=_now(),
                          created_by=actor.full_name)
        record_change(actor, "plan.add", AREA, f"plan {fiscal_year}", None,
                      {"fiscal_year": fiscal_year, "title": title, "note": note})
        return _plan(row.id)


def update_plan(cbo: Cbo, actor: Actor, plan_id: int, title: str, note: str = "") -> dp.PlanView:
    """Change a plan's title and note."""
    actor.require("plans.edit")
    title, note = " ".join(title.split()), note.strip()
    problems = _text_problems(title, note)
    if problems:
        raise InvalidInput(problems)
    with cbo.atomic():
        before = _plan(plan_id)
        Plan.update(title=title, note=note).where(Plan.id == plan_id).execute()
        record_change(actor, "plan.update", AREA, f"plan {before.fiscal_year}",
                      {"title": before.title, "note": before.note}, {"title": title, "note": note})
        return _plan(plan_id)


_COPIED = ("code", "title", "chapter", "goal", "objective", "responsible", "monitor", "place", "inputs",
           "budget_minor", "currency", "fund", "sort_order")


def copy_plan(cbo: Cbo, actor: Actor, from_plan_id: int, fiscal_year: int, title: str = "") -> dp.PlanView:
    """Copy a plan into *fiscal_year*, in one transaction: every activity (cancelled ones too,
    with their codes, goals, members, place, inputs, budgets, funds and order), its months moved
    by the difference of the years, statuses back to planned, reviews empty, and its indicators
    (baseline and target kept); no monitoring records, no links to the cash book.

    The target year must have no plan, or an empty one (which then receives the copy).
    """
    actor.require("plans.edit")
    title = " ".join(title.split())
    with cbo.atomic(exclusive=True):
        source = Plan.get_or_none(Plan.id == from_plan_id)
        if source is None:
            raise PlanNotFound()
        target = Plan.get_or_none(Plan.fiscal_year == fiscal_year)
        problems: list[Problem] = _text_problems(title, "")
        if not MIN_YEAR <= fiscal_year <= MAX_YEAR:
            problems.append(Problem("fiscal_year", N_("errors", "Choose the fiscal year.")))
        elif fiscal_year == source.fiscal_year:
            problems.append(Problem("fiscal_year", N_("errors", "Choose another year than the plan's own.")))
        elif target is not None and Activity.select().where(Activity.plan == target.id).exists():
            problems.append(Problem("fiscal_year", N_("errors", "The plan for {year} has activities already: "
                                                                "a plan can only be copied into an empty "
                                                                "one."), {"year": fiscal_year}))
        if problems:
            raise InvalidInput(problems)
        now = _now()
        if target is None:
            target = Plan.create(fiscal_year=fiscal_year, title=title or _copied_title(source.title, source.fiscal_year,
                                                                                        fiscal_year),
                                 note=source.note, created_at=now, created_by=actor.full_name)
        elif title:
            Plan.update(title=title).where(Plan.id == target.id).execute()
        years = fiscal_year - source.fiscal_year
        copied = 0
        for row in Activity.select().where(Activity.plan == source.id).order_by(Activity.sort_order, Activity.id):
            values = {name: row.__data__.get(name) for name in _COPIED}
            new = Activity.create(plan=target.id, start_month=dp.shift_year(_as_date(row.start_month), years),
                                  end_month=dp.shift_year(_as_date(row.end_month), years), status="planned",
                                  created_at=now, created_by=actor.full_name, **values)
            for indicator in Indicator.select().where(Indicator.activity == row.id).order_by(Indicator.position):
                Indicator.create(activity=new.id, position=indicator.position, name=indicator.name,
                                 unit=indicator.unit, baseline_x100=indicator.baseline_x100,
                                 target_x100=indicator.target_x100, frequency=indicator.frequency,
                                 by_sex=indicator.by_sex)
            copied += 1
        record_change(actor, "plan.copy", AREA, f"plan {fiscal_year}", None,
                      {"from": source.fiscal_year, "fiscal_year": fiscal_year, "activities": copied})
        return _plan(target.id)


def _copied_title(title: str, old_year: int, new_year: int) -> str:
    return title.replace(str(old_year), str(new_year)) if title else ""


# =============================================================================
# Activities
# =============================================================================

_Responsible = Member.alias("responsible")
_Monitor = Member.alias("monitor")

_ACTIVITY_COLUMNS: tuple[Any, ...] = (
    Activity.id, Activity.plan, Plan.fiscal_year, Activity.code, Activity.title, Activity.chapter,
    Activity.goal, Goal.code, Activity.objective, Activity.responsible, _Responsible.name_km,
    _Responsible.name_latin, Activity.monitor, _Monitor.name_km, _Monitor.name_latin, Activity.start_month,
    Activity.end_month, Activity.place, Activity.inputs, Activity.budget_minor, Activity.currency,
    Activity.fund, Fund.name, Activity.status, Activity.status_reason, Activity.results,
    Activity.difficulties, Activity.lessons, Activity.recommendations, Activity.sort_order,
    Activity.row_version, Activity.created_at, Activity.created_by, Activity.updated_at, Activity.updated_by)


def _activity_views(condition: pw.Expression) -> list[dp.ActivityView]:
    query = (Activity.select(*_ACTIVITY_COLUMNS)
             .join(Plan, on=(Activity.plan == Plan.id))
             .switch(Activity).join(Goal, pw.JOIN.LEFT_OUTER, on=(Activity.goal == Goal.id))
             .switch(Activity).join(_Responsible, pw.JOIN.LEFT_OUTER, on=(Activity.responsible == _Responsible.id))
             .switch(Activity).join(_Monitor, pw.JOIN.LEFT_OUTER, on=(Activity.monitor == _Monitor.id))
             .switch(Activity).join(Fund, pw.JOIN.LEFT_OUTER, on=(Activity.fund == Fund.id))
             .where(condition)
             .order_by(Plan.fiscal_year, Activity.sort_order, Activity.id))
    views = []
    for r in _tuples(query):
        currency = Currency[r[20]]
        views.append(dp.ActivityView(
            id=r[0], plan_id=r[1], fiscal_year=r[2], code=r[3], title=r[4], chapter=r[5], goal_id=r[6],
            goal_code=r[7] or "", objective=r[8], responsible_id=r[9], responsible_km=r[10] or "",
            responsible_latin=r[11] or "", monitor_id=r[12], monitor_km=r[13] or "", monitor_latin=r[14] or "",
            start_month=_as_date(r[15]), end_month=_as_date(r[16]), place=r[17], inputs=r[18],
            budget=Money.from_minor(int(r[19]), currency), fund_id=r[21], fund_name=r[22] or "",
            status=r[23], status_reason=r[24], results=r[25], difficulties=r[26], lessons=r[27],
            recommendations=r[28], sort_order=r[29], row_version=r[30], created_at=_as_datetime(r[31]),
            created_by=r[32], updated_at=_opt_datetime(r[33]), updated_by=r[34]))
    return views


def _activity(activity_id: int) -> dp.ActivityView:
    found = _activity_views(Activity.id == activity_id)
    if not found:
        raise ActivityNotFound()
    return found[0]


def activities(cbo: Cbo, actor: Actor, plan_id: int) -> list[dp.ActivityView]:
    """The activities of a plan, in the committee's order."""
    actor.require("plans.view")
    return read_activities(cbo, plan_id)


def read_activities(cbo: Cbo, plan_id: int) -> list[dp.ActivityView]:
    """:func:`activities` for report builders."""
    with cbo.reading():
        return _activity_views(Activity.plan == plan_id)


def get_activity(cbo: Cbo, actor: Actor, activity_id: int) -> dp.ActivityView:
    actor.require("plans.view")
    with cbo.reading():
        return _activity(activity_id)


def _checked_activity(draft: dp.ActivityDraft, plan: Plan, current: Activity | None) -> dp.ActivityDraft:
    """The cleaned draft, or InvalidInput with every problem (call inside a transaction)."""
    draft = draft.cleaned()
    problems = draft.problems(_months(plan.fiscal_year))
    if draft.code:
        same = Activity.select().where((Activity.plan == plan.id)
                                       & (pw.fn.LOWER(Activity.code) == draft.code.lower()))
        if current is not None:
            same = same.where(Activity.id != current.id)
        if same.exists():
            problems.append(Problem("code", N_("errors", "Another activity of this plan has the code {code}. "
                                                         "Give each activity its own code."),
                                    {"code": draft.code}))
    if draft.goal_id is not None:
        goal = Goal.get_or_none(Goal.id == draft.goal_id)
        if goal is None or (goal.retired and (current is None or current.goal_id != goal.id)):
            problems.append(Problem("goal", N_("errors", "Choose the goal from the list.")))
    if draft.fund_id is not None:
        fund = Fund.get_or_none(Fund.id == draft.fund_id)
        if fund is None or (fund.retired and (current is None or current.fund_id != fund.id)):
            problems.append(Problem("fund", N_("errors", "Choose a fund from the list.")))
    for name, member_id in (("responsible", draft.responsible_id), ("monitor", draft.monitor_id)):
        if member_id is not None and not Member.select().where(Member.id == member_id).exists():
            problems.append(Problem(name, N_("errors", "Choose the member from the list.")))
    if (current is not None and current.currency != draft.budget.currency.code
            and Entry.select().where(Entry.activity == current.id).exists()):
        problems.append(Problem("budget", N_("errors", "Money in {currency} is recorded for this activity in "
                                                       "the cash book: its budget stays in {currency}."),
                                {"currency": current.currency}))
    if problems:
        raise InvalidInput(problems)
    return draft


def _activity_values(draft: dp.ActivityDraft) -> dict[str, Any]:
    return {
        "code": draft.code, "title": draft.title, "chapter": draft.chapter, "goal": draft.goal_id,
        "objective": draft.objective, "responsible": draft.responsible_id, "monitor": draft.monitor_id,
        "start_month": draft.start_month, "end_month": draft.end_month, "place": draft.place,
        "inputs": draft.inputs, "budget_minor": draft.budget.to_minor(), "currency": draft.budget.currency.code,
        "fund": draft.fund_id,
    }


def _activity_record(draft: dp.ActivityDraft) -> dict[str, Any]:
    values = _activity_values(draft)
    del values["budget_minor"], values["currency"]
    values["budget"] = str(draft.budget)
    return values


def _label(fiscal_year: int, code: str) -> str:
    return f"activity {fiscal_year} {code}"


def add_activity(cbo: Cbo, actor: Actor, plan_id: int, draft: dp.ActivityDraft) -> dp.ActivityView:
    """Add an activity at the end of a plan, status planned.

    Raises InvalidInput with every problem: code missing or used in the plan, no title,
    chapter not 1..8, months outside the plan's fiscal year or end before start, budget
    below zero, goal, fund or members not found.
    """
    actor.require("plans.edit")
    with cbo.atomic(exclusive=True):
        plan = Plan.get_or_none(Plan.id == plan_id)
        if plan is None:
            raise PlanNotFound()
        draft = _checked_activity(draft, plan, None)
        last = _int(Activity.select(pw.fn.MAX(Activity.sort_order)).where(Activity.plan == plan_id).scalar())
        row = Activity.create(plan=plan_id, sort_order=last + 10, status="planned", created_at=_now(),
                              created_by=actor.full_name, **_activity_values(draft))
        record_change(actor, "activity.add", AREA, _label(plan.fiscal_year, draft.code), None,
                      _activity_record(draft))
        return _activity(row.id)


def _locked_activity(cbo: Cbo, activity_id: int, row_version: int | None) -> Activity:
    row: Activity | None = first_locked(cbo, Activity.select().where(Activity.id == activity_id))
    if row is None:
        raise ActivityNotFound()
    if row_version is not None and row.row_version != row_version:
        raise ChangedMeanwhile(*last_saved(row))
    return row


def _bump(actor: Actor) -> dict[str, Any]:
    return {"row_version": Activity.row_version + 1, "updated_at": _now(), "updated_by": actor.full_name}


def update_activity(cbo: Cbo, actor: Actor, activity_id: int, draft: dp.ActivityDraft, *,
                    row_version: int) -> dp.ActivityView:
    """Save the activity dialog. *row_version* is the version the dialog opened with; if somebody
    saved the activity in between, raises :class:`ChangedMeanwhile` naming them and when.

    The currency cannot change once cash-book entries are linked to the activity.
    """
    actor.require("plans.edit")
    with cbo.atomic(exclusive=True):
        row = _locked_activity(cbo, activity_id, row_version)
        plan = Plan.get_by_id(row.plan_id)
        draft = _checked_activity(draft, plan, row)
        before = _activity_record(_activity(activity_id).draft())
        Activity.update(**_activity_values(draft), **_bump(actor)).where(Activity.id == activity_id).execute()
        record_change(actor, "activity.update", AREA, _label(plan.fiscal_year, draft.code), before,
                      _activity_record(draft))
        return _activity(activity_id)


def change_status(cbo: Cbo, actor: Actor, activity_id: int, status: str, reason: str = "", *,
                  row_version: int | None = None) -> dp.ActivityView:
    """Change an activity's status with the reason for it (required for postponed and cancelled).

    A cancelled activity can no longer be linked to new cash-book entries.
    """
    _require_any(actor, "plans.edit", "plans.monitor")
    reason = reason.strip()
    with cbo.atomic(exclusive=True):
        row = _locked_activity(cbo, activity_id, row_version)
        problems = dp.status_problems(status, reason, row.status)
        if problems:
            raise InvalidInput(problems)
        Activity.update(status=status, status_reason=reason, **_bump(actor)).where(
            Activity.id == activity_id).execute()
        fiscal_year = Plan.select(Plan.fiscal_year).where(Plan.id == row.plan_id).scalar()
        record_change(actor, "activity.status", AREA, _label(fiscal_year, row.code),
                      {"status": row.status, "reason": row.status_reason}, {"status": status, "reason": reason})
        return _activity(activity_id)


def save_review(cbo: Cbo, actor: Actor, activity_id: int, review: dp.ReviewDraft, *,
                row_version: int) -> dp.ActivityView:
    """Save the review at the end: results, difficulties, lessons learned, recommendations."""
    _require_any(actor, "plans.edit", "plans.monitor")
    review = review.cleaned()
    if review.problems():
        raise InvalidInput(review.problems())
    with cbo.atomic(exclusive=True):
        row = _locked_activity(cbo, activity_id, row_version)
        before = {"results": row.results, "difficulties": row.difficulties, "lessons": row.lessons,
                  "recommendations": row.recommendations}
        Activity.update(**review.__dict__, **_bump(actor)).where(Activity.id == activity_id).execute()
        fiscal_year = Plan.select(Plan.fiscal_year).where(Plan.id == row.plan_id).scalar()
        record_change(actor, "activity.review", AREA, _label(fiscal_year, row.code), before, dict(review.__dict__))
        return _activity(activity_id)


def reorder_activities(cbo: Cbo, actor: Actor, plan_id: int, activity_ids: Sequence[int]) -> None:
    """Put the plan's activities in this order (every activity of the plan, once)."""
    actor.require("plans.edit")
    with cbo.atomic(exclusive=True):
        plan = Plan.get_or_none(Plan.id == plan_id)
        if plan is None:
            raise PlanNotFound()
        current = [r[0] for r in _tuples(Activity.select(Activity.id).where(Activity.plan == plan_id)
                                         .order_by(Activity.sort_order, Activity.id))]
        if sorted(current) != sorted(activity_ids):
            raise UserError(N_("errors", "The plan's activities changed meanwhile. Open the plan again, then "
                                         "put them in order."))
        for index, activity_id in enumerate(activity_ids):
            Activity.update(sort_order=(index + 1) * 10).where(Activity.id == activity_id).execute()
        record_change(actor, "activity.reorder", AREA, f"plan {plan.fiscal_year}", {"order": current},
                      {"order": list(activity_ids)})


def remove_activity(cbo: Cbo, actor: Actor, activity_id: int, *, row_version: int) -> None:
    """Remove an activity typed by mistake: only one without monitoring records and without
    linked cash-book entries (otherwise cancel it). Its indicators go with it."""
    actor.require("plans.edit")
    with cbo.atomic(exclusive=True):
        row = _locked_activity(cbo, activity_id, row_version)
        if (MonitoringRecord.select().where(MonitoringRecord.activity == activity_id).exists()
                or Entry.select().where(Entry.activity == activity_id).exists()):
            raise UserError(N_("errors", "This activity has monitoring records or money in the cash book, so "
                                         "it stays in the plan. Change its status to cancelled instead."))
        before = _activity_record(_activity(activity_id).draft())
        Indicator.delete().where(Indicator.activity == activity_id).execute()
        Activity.delete().where(Activity.id == activity_id).execute()
        fiscal_year = Plan.select(Plan.fiscal_year).where(Plan.id == row.plan_id).scalar()
        record_change(actor, "activity.remove", AREA, _label(fiscal_year, row.code), before, None)


# =============================================================================
# Indicators
# =============================================================================


def _indicator_views(condition: pw.Expression) -> list[dp.IndicatorView]:
    counts = (IndicatorValue.select(pw.fn.COUNT(IndicatorValue.id)).where(IndicatorValue.indicator == Indicator.id))
    query = (Indicator.select(Indicator.id, Indicator.activity, Indicator.position, Indicator.name, Indicator.unit,
                              Indicator.baseline_x100, Indicator.target_x100, Indicator.frequency,
                              Indicator.by_sex, counts.alias("n"))
             .where(condition).order_by(Indicator.activity, Indicator.position, Indicator.id))
    return [dp.IndicatorView(r[0], r[1], r[2], r[3], r[4], dp.from_x100(r[5]), dp.from_x100(r[6]), r[7],
                             bool(r[8]), _int(r[9])) for r in _tuples(query)]


def _indicator(indicator_id: int) -> dp.IndicatorView:
    found = _indicator_views(Indicator.id == indicator_id)
    if not found:
        raise UserError(N_("errors", "This indicator is no longer in the CBO file. Open the activity again."))
    return found[0]


def indicators(cbo: Cbo, actor: Actor, activity_id: int) -> list[dp.IndicatorView]:
    """The indicators of an activity, in their order."""
    actor.require("plans.view")
    with cbo.reading():
        return _indicator_views(Indicator.activity == activity_id)


def _indicator_record(draft: dp.IndicatorDraft) -> dict[str, Any]:
    return {"name": draft.name, "unit": draft.unit, "baseline": str(draft.baseline), "target": str(draft.target),
            "frequency": draft.frequency, "by_sex": draft.by_sex}


def _indicator_values(draft: dp.IndicatorDraft) -> dict[str, Any]:
    return {"name": draft.name, "unit": draft.unit, "baseline_x100": dp.to_x100(draft.baseline),
            "target_x100": dp.to_x100(draft.target), "frequency": draft.frequency, "by_sex": draft.by_sex}


def _activity_label(activity_id: int) -> str:
    found = (Activity.select(Plan.fiscal_year, Activity.code).join(Plan)
             .where(Activity.id == activity_id).tuples().first())
    if found is None:
        raise ActivityNotFound()
    return _label(found[0], found[1])


def add_indicator(cbo: Cbo, actor: Actor, activity_id: int, draft: dp.IndicatorDraft) -> dp.IndicatorView:
    actor.require("plans.edit")
    draft = draft.cleaned()
    if draft.problems():
        raise InvalidInput(draft.problems())
    with cbo.atomic():
        label = _activity_label(activity_id)
        last = Indicator.select(pw.fn.MAX(Indicator.position)).where(Indicator.activity == activity_id).scalar()
        row = Indicator.create(activity=activity_id, position=_int(last) + 1 if last is not None else 0,
                               **_indicator_values(draft))
        record_change(actor, "indicator.add", AREA, label, None, _indicator_record(draft))
        return _indicator(row.id)


def update_indicator(cbo: Cbo, actor: Actor, indicator_id: int, draft: dp.IndicatorDraft) -> dp.IndicatorView:
    """Change an indicator. Whether it counts by sex cannot change once values are recorded."""
    actor.require("plans.edit")
    draft = draft.cleaned()
    problems = draft.problems()
    with cbo.atomic():
        before = _indicator(indicator_id)
        if before.by_sex != draft.by_sex and before.value_count:
            problems.append(Problem("by_sex", N_("errors", "Values of this indicator are recorded already, so "
                                                           "whether it counts women and men apart cannot "
                                                           "change. Add a new indicator instead.")))
        if problems:
            raise InvalidInput(problems)
        Indicator.update(**_indicator_values(draft)).where(Indicator.id == indicator_id).execute()
        record_change(actor, "indicator.update", AREA, _activity_label(before.activity_id),
                      _indicator_record(before.draft()), _indicator_record(draft))
        return _indicator(indicator_id)


def remove_indicator(cbo: Cbo, actor: Actor, indicator_id: int) -> None:
    """Remove an indicator that has no recorded values."""
    actor.require("plans.edit")
    with cbo.atomic():
        before = _indicator(indicator_id)
        if before.value_count:
            raise UserError(N_("errors", "Values of this indicator are recorded in monitoring records, so it "
                                         "cannot be removed. Remove those values first."))
        Indicator.delete().where(Indicator.id == indicator_id).execute()
        record_change(actor, "indicator.remove", AREA, _activity_label(before.activity_id),
                      _indicator_record(before.draft()), None)


# =============================================================================
# Monitoring records and evidence
# =============================================================================

_EVIDENCE_COLUMNS = (MonitoringEvidence.id, MonitoringEvidence.record, MonitoringEvidence.title,
                     MonitoringEvidence.file_name, MonitoringEvidence.media_type,
                     pw.fn.LENGTH(MonitoringEvidence.data), MonitoringEvidence.sha256)


def _evidence_view(r: Sequence[Any]) -> dp.EvidenceInfo:
    return dp.EvidenceInfo(r[0], r[1], r[2], r[3], r[4], _int(r[5]), r[6])


def _record_views(condition: pw.Expression) -> list[dp.MonitoringView]:
    rows = _tuples(MonitoringRecord.select(
        MonitoringRecord.id, MonitoringRecord.activity, MonitoringRecord.date, MonitoringRecord.participants_female,
        MonitoringRecord.participants_male, MonitoringRecord.progress, MonitoringRecord.quality,
        MonitoringRecord.monitored_by, MonitoringRecord.row_version, MonitoringRecord.created_at,
        MonitoringRecord.created_by).where(condition).order_by(MonitoringRecord.date, MonitoringRecord.id))
    ids = [r[0] for r in rows]
    values: dict[int, list[dp.IndicatorValueView]] = defaultdict(list)
    evidence: dict[int, list[dp.EvidenceInfo]] = defaultdict(list)
    if ids:
        for record_id, indicator_id, value, female, male in _tuples(
                IndicatorValue.select(IndicatorValue.record, IndicatorValue.indicator, IndicatorValue.value_x100,
                                      IndicatorValue.female_x100, IndicatorValue.male_x100)
                .join(Indicator).where(IndicatorValue.record.in_(ids))
                .order_by(IndicatorValue.record, Indicator.position, Indicator.id)):
            values[record_id].append(dp.IndicatorValueView(
                indicator_id, dp.from_x100(value), dp.from_x100(female) if female is not None else None,
                dp.from_x100(male) if male is not None else None))
        for r in _tuples(MonitoringEvidence.select(*_EVIDENCE_COLUMNS)
                         .where(MonitoringEvidence.record.in_(ids)).order_by(MonitoringEvidence.id)):
            evidence[r[1]].append(_evidence_view(r))
    return [dp.MonitoringView(r[0], r[1], _as_date(r[2]), r[3], r[4], r[5], r[6], r[7], tuple(values[r[0]]),
                              tuple(evidence[r[0]]), r[8], _as_datetime(r[9]), r[10]) for r in rows]


def _record(record_id: int) -> dp.MonitoringView:
    found = _record_views(MonitoringRecord.id == record_id)
    if not found:
        raise RecordNotFound()
    return found[0]


def monitoring_records(cbo: Cbo, actor: Actor, activity_id: int) -> list[dp.MonitoringView]:
    """The monitoring records of an activity, oldest first, with values and evidence (no bytes)."""
    actor.require("plans.view")
    with cbo.reading():
        return _record_views(MonitoringRecord.activity == activity_id)


def read_monitoring_records(cbo: Cbo, activity_id: int) -> list[dp.MonitoringView]:
    """:func:`monitoring_records` for report builders."""
    with cbo.reading():
        return _record_views(MonitoringRecord.activity == activity_id)


def get_record(cbo: Cbo, actor: Actor, record_id: int) -> dp.MonitoringView:
    actor.require("plans.view")
    with cbo.reading():
        return _record(record_id)


_StoredValue = tuple[int, int, int | None, int | None]  # indicator id, value, female, male (hundredths)


def _checked_record(draft: dp.MonitoringDraft, activity_id: int,
                    today: date) -> tuple[dp.MonitoringDraft, list[_StoredValue]]:
    draft = draft.cleaned()
    problems = draft.problems(today)
    by_sex: dict[int, bool] = {r[0]: bool(r[1]) for r in _tuples(
        Indicator.select(Indicator.id, Indicator.by_sex).where(Indicator.activity == activity_id))}
    stored: list[_StoredValue] = []
    seen: set[int] = set()
    for value in draft.values:
        name = f"value_{value.indicator_id}"
        if value.indicator_id not in by_sex or value.indicator_id in seen:
            problems.append(Problem(name, N_("errors", "This value is not for one of the activity's indicators. "
                                                       "Open the activity again.")))
            continue
        seen.add(value.indicator_id)
        parts = [p for p in (value.value, value.female, value.male) if p is not None]
        if not parts:
            continue  # not measured at this visit
        own = [p for v in parts for p in dp.value_problems(name, v)]
        if own:
            problems += own[:1]
            continue
        if by_sex[value.indicator_id]:
            if value.female is None and value.male is None:
                problems.append(Problem(name, N_("errors", "This indicator counts women and men apart: write "
                                                           "the number of women and of men.")))
                continue
            female = value.female or Decimal(0)
            male = value.male or Decimal(0)
            if value.value is not None and dp.to_x100(value.value) != dp.to_x100(female + male):
                problems.append(Problem(name, N_("errors", "The total must be the number of women plus the "
                                                           "number of men.")))
                continue
            stored.append((value.indicator_id, dp.to_x100(female) + dp.to_x100(male), dp.to_x100(female),
                           dp.to_x100(male)))
        else:
            if value.value is None:
                problems.append(Problem(name, N_("errors", "This indicator does not count women and men apart: "
                                                           "write one value.")))
                continue
            stored.append((value.indicator_id, dp.to_x100(value.value), None, None))
    if problems:
        raise InvalidInput(problems)
    return draft, stored


def _record_audit(draft: dp.MonitoringDraft, stored: list[_StoredValue]) -> dict[str, Any]:
    return {"date": draft.date, "participants_female": draft.participants_female,
            "participants_male": draft.participants_male, "progress": draft.progress, "quality": draft.quality,
            "monitored_by": draft.monitored_by,
            "values": {str(i): [str(dp.from_x100(v)), None if f is None else str(dp.from_x100(f)),
                                None if m is None else str(dp.from_x100(m))] for i, v, f, m in stored}}


def _store_values(record_id: int, stored: list[_StoredValue]) -> None:
    IndicatorValue.delete().where(IndicatorValue.record == record_id).execute()
    for indicator_id, value, female, male in stored:
        IndicatorValue.create(record=record_id, indicator=indicator_id, value_x100=value, female_x100=female,
                              male_x100=male)


def add_record(cbo: Cbo, actor: Actor, activity_id: int, draft: dp.MonitoringDraft, *,
               today: date | None = None) -> dp.MonitoringView:
    """Record a monitoring visit with its indicator values.

    Each value must belong to one of the activity's indicators (once); for an indicator
    counted by sex give female and male (the value is their sum); values are not below zero.
    A value left None is "not measured at this visit" and not stored.
    """
    actor.require("plans.monitor")
    today = today or date.today()
    with cbo.atomic():
        label = _activity_label(activity_id)
        draft, stored = _checked_record(draft, activity_id, today)
        row = MonitoringRecord.create(
            activity=activity_id, date=draft.date, participants_female=draft.participants_female,
            participants_male=draft.participants_male, progress=draft.progress, quality=draft.quality,
            monitored_by=draft.monitored_by, created_at=_now(), created_by=actor.full_name)
        _store_values(row.id, stored)
        record_change(actor, "record.add", AREA, f"{label} record {row.id}", None, _record_audit(draft, stored))
        return _record(row.id)


def _last_change(record: str, fallback_who: str, fallback_when: object) -> tuple[str, datetime | None]:
    found = last_change(AREA, record)
    if found is None:
        return fallback_who, _opt_datetime(fallback_when)
    return found


def update_record(cbo: Cbo, actor: Actor, record_id: int, draft: dp.MonitoringDraft, *,
                  row_version: int, today: date | None = None) -> dp.MonitoringView:
    """Save an edited monitoring record; its values are replaced by the draft's. *row_version* is
    the version the form opened with (:class:`ChangedMeanwhile` when somebody saved it since)."""
    actor.require("plans.monitor")
    today = today or date.today()
    with cbo.atomic(exclusive=True):
        row: MonitoringRecord | None = first_locked(cbo, MonitoringRecord.select().where(MonitoringRecord.id == record_id))
        if row is None:
            raise RecordNotFound()
        label = f"{_activity_label(row.activity_id)} record {record_id}"
        if row.row_version != row_version:
            raise ChangedMeanwhile(*_last_change(label, row.created_by, row.created_at))
        draft, stored = _checked_record(draft, row.activity_id, today)
        old = _record(record_id)
        before = _record_audit(old.draft(), [
            (v.indicator_id, dp.to_x100(v.value), None if v.female is None else dp.to_x100(v.female),
             None if v.male is None else dp.to_x100(v.male)) for v in old.values])
        MonitoringRecord.update(
            date=draft.date, participants_female=draft.participants_female,
            participants_male=draft.participants_male, progress=draft.progress, quality=draft.quality,
            monitored_by=draft.monitored_by, row_version=MonitoringRecord.row_version + 1,
        ).where(MonitoringRecord.id == record_id).execute()
        _store_values(record_id, stored)
        record_change(actor, "record.update", AREA, label, before, _record_audit(draft, stored))
        return _record(record_id)


def remove_record(cbo: Cbo, actor: Actor, record_id: int) -> None:
    """Remove a monitoring record with its values and evidence."""
    actor.require("plans.monitor")
    with cbo.atomic():
        row = MonitoringRecord.get_or_none(MonitoringRecord.id == record_id)
        if row is None:
            raise RecordNotFound()
        old = _record(record_id)
        MonitoringEvidence.delete().where(MonitoringEvidence.record == record_id).execute()
        IndicatorValue.delete().where(IndicatorValue.record == record_id).execute()
        MonitoringRecord.delete().where(MonitoringRecord.id == record_id).execute()
        record_change(actor, "record.remove", AREA, f"{_activity_label(row.activity_id)} record {record_id}",
                      {"date": old.date, "participants": old.participants, "values": len(old.values),
                       "evidence": [e.file_name for e in old.evidence]}, None)


def evidence_problems(file_name: str, data: bytes) -> list[Problem]:
    """What is wrong with a file offered as evidence (for the dialog to check before sending it)."""
    found = []
    if not data:
        found.append(Problem("file", N_("errors", "This file is empty. Choose another file.")))
    elif len(data) > dp.MAX_EVIDENCE_BYTES:
        found.append(Problem("file", N_("errors", "This file is {size} MB; a file kept as evidence can be at "
                                                  "most {limit} MB. Make the photo smaller, or scan fewer "
                                                  "pages, and try again."),
                             {"size": f"{len(data) / 1024 / 1024:.1f}",
                              "limit": dp.MAX_EVIDENCE_BYTES // 1024 // 1024}))
    if not file_name.strip():
        found.append(Problem("file", N_("errors", "Choose the file to keep.")))
    return found


def add_evidence(cbo: Cbo, actor: Actor, record_id: int, title: str, file_name: str, data: bytes,
                 media_type: str = "") -> dp.EvidenceInfo:
    """Keep a photo or file with a monitoring record (at most 20 MB). *media_type* is guessed
    from the file name when empty."""
    actor.require("plans.monitor")
    file_name = file_name.strip().replace("\\", "/").rsplit("/", 1)[-1]
    title = " ".join(title.split())
    problems = evidence_problems(file_name, data)
    if len(title) > dp.MAX_TITLE:
        problems.append(Problem("title", N_("errors", "The title is too long: at most {limit} letters."),
                                {"limit": dp.MAX_TITLE}))
    if problems:
        raise InvalidInput(problems)
    media_type = media_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream"
    sha = hashlib.sha256(data).hexdigest()
    with cbo.atomic():
        row = MonitoringRecord.get_or_none(MonitoringRecord.id == record_id)
        if row is None:
            raise RecordNotFound()
        evidence = MonitoringEvidence.create(record=record_id, title=title, file_name=file_name,
                                             media_type=media_type[:100], data=data, sha256=sha)
        record_change(actor, "evidence.add", AREA, f"{_activity_label(row.activity_id)} record {record_id}",
                      None, {"title": title, "file_name": file_name, "size": len(data), "sha256": sha})
        return _evidence(evidence.id)


def _evidence(evidence_id: int) -> dp.EvidenceInfo:
    found = _tuples(MonitoringEvidence.select(*_EVIDENCE_COLUMNS).where(MonitoringEvidence.id == evidence_id))
    if not found:
        raise RecordNotFound()
    return _evidence_view(found[0])


def evidence_bytes(cbo: Cbo, actor: Actor, evidence_id: int) -> tuple[dp.EvidenceInfo, bytes]:
    """A piece of evidence with its bytes (to show or save)."""
    actor.require("plans.view")
    with cbo.reading():
        info = _evidence(evidence_id)
        data = MonitoringEvidence.select(MonitoringEvidence.data).where(MonitoringEvidence.id == evidence_id).scalar()
        return info, bytes(data)


def remove_evidence(cbo: Cbo, actor: Actor, evidence_id: int) -> None:
    actor.require("plans.monitor")
    with cbo.atomic():
        info = _evidence(evidence_id)
        activity_id = MonitoringRecord.select(MonitoringRecord.activity).where(
            MonitoringRecord.id == info.record_id).scalar()
        MonitoringEvidence.delete().where(MonitoringEvidence.id == evidence_id).execute()
        record_change(actor, "evidence.remove", AREA, f"{_activity_label(activity_id)} record {info.record_id}",
                      {"title": info.title, "file_name": info.file_name, "sha256": info.sha256}, None)


# =============================================================================
# What the plan page and the reports read
# =============================================================================


def _fiscal_year(plan_id: int) -> int:
    year = Plan.select(Plan.fiscal_year).where(Plan.id == plan_id).scalar()
    if year is None:
        raise PlanNotFound()
    return int(year)


def _scope(views: list[dp.ActivityView]) -> tuple[int, int | None] | None:
    """(fiscal year, activity id or None) for the plan_reporting queries of *views*: all of one
    plan, or one activity. None when there are no views."""
    if not views:
        return None
    return views[0].fiscal_year, (views[0].id if len(views) == 1 else None)


def _spent(costs: dict[Currency, Money], currency: Currency) -> tuple[Money, Money | None]:
    """(Actual cost in *currency*, what was spent in the other currency or None)."""
    others = [money for c, money in costs.items() if c is not currency and not money.is_zero()]
    return costs.get(currency, Money.zero(currency)), (others[0] if others else None)


def _record_span(activity_ids: list[int]) -> dict[int, tuple[date, date]]:
    """The first and last monitoring record date per activity."""
    if not activity_ids:
        return {}
    query = (MonitoringRecord.select(MonitoringRecord.activity, pw.fn.MIN(MonitoringRecord.date),
                                     pw.fn.MAX(MonitoringRecord.date))
             .where(MonitoringRecord.activity.in_(activity_ids)).group_by(MonitoringRecord.activity))
    return {int(a): (_as_date(first), _as_date(last)) for a, first, last in _tuples(query)}


def _lines(cbo: Cbo, views: list[dp.ActivityView]) -> list[dp.ActivityLine]:
    """The overview lines of *views* (all of one plan, or one activity), with the figures of
    :mod:`cbodesk.services.plans_reporting` (one place for the rules)."""
    scope = _scope(views)
    if scope is None:
        return []
    costs = pr.actual_costs(cbo, *scope)
    happened = pr.realised(cbo, *scope)
    people = pr.participation(cbo, *scope)
    span = _record_span([v.id for v in views])
    lines = []
    for v in views:
        actual, other = _spent(costs.get(v.id, {}), v.currency)
        seen = happened.get(v.id)
        months = tuple(sorted(date(y, m, 1) for y, m in seen.months)) if seen is not None else ()
        counted = people.get(v.id, pr.Participation(0, 0, 0))
        first, last = span.get(v.id, (None, None))
        lines.append(dp.ActivityLine(
            id=v.id, code=v.code, title=v.title, chapter=v.chapter, goal_id=v.goal_id, status=v.status,
            status_reason=v.status_reason, responsible_km=v.responsible_km, responsible_latin=v.responsible_latin,
            start_month=v.start_month, end_month=v.end_month, planned_months=v.planned_months,
            actual_months=months, budget=v.budget, actual=actual, other_actual=other, fund_id=v.fund_id,
            fund_name=v.fund_name, record_count=counted.records, participants_female=counted.female,
            participants_male=counted.male, first_record=first, last_record=last))
    return lines


def _overview(cbo: Cbo, plan_id: int) -> dp.PlanOverview:
    plan = _plan(plan_id)
    lines = _lines(cbo, _activity_views(Activity.plan == plan_id))
    budget: dict[Currency, Money] = {}
    actual: dict[Currency, Money] = {}
    for line in lines:
        budget[line.budget.currency] = budget.get(line.budget.currency, Money.zero(line.budget.currency)) + line.budget
        for spent in (line.actual, line.other_actual):
            if spent is not None and (not spent.is_zero() or spent.currency is line.budget.currency):
                actual[spent.currency] = actual.get(spent.currency, Money.zero(spent.currency)) + spent
    return dp.PlanOverview(plan, tuple(lines), budget, actual)


def plan_overview(cbo: Cbo, actor: Actor, plan_id: int) -> dp.PlanOverview:
    """Every activity of a plan with status, planned and actual months, budget and actual cost
    (see the module's docstring for how the figures are made)."""
    actor.require("plans.view")
    return read_plan_overview(cbo, plan_id)


def read_plan_overview(cbo: Cbo, plan_id: int) -> dp.PlanOverview:
    """:func:`plan_overview` for report builders."""
    with cbo.reading():
        return _overview(cbo, plan_id)


def _progress(views: list[dp.ActivityView]) -> list[dp.IndicatorProgress]:
    by_id = {v.id: v for v in views}
    if not by_id:
        return []
    found = _indicator_views(Indicator.activity.in_(list(by_id)))
    values: dict[int, list[tuple[date, int, dp.IndicatorValueView]]] = defaultdict(list)
    for indicator_id, day, record_id, value, female, male in _tuples(
            IndicatorValue.select(IndicatorValue.indicator, MonitoringRecord.date, MonitoringRecord.id,
                                  IndicatorValue.value_x100, IndicatorValue.female_x100, IndicatorValue.male_x100)
            .join(MonitoringRecord).where(MonitoringRecord.activity.in_(list(by_id)))):
        values[indicator_id].append((_as_date(day), record_id, dp.IndicatorValueView(
            indicator_id, dp.from_x100(value), dp.from_x100(female) if female is not None else None,
            dp.from_x100(male) if male is not None else None)))
    order = {v.id: i for i, v in enumerate(views)}
    found.sort(key=lambda ind: (order[ind.activity_id], ind.position, ind.id))
    return [dp.progress_of(ind, by_id[ind.activity_id].code, by_id[ind.activity_id].title, values[ind.id])
            for ind in found]


def indicator_progress(cbo: Cbo, actor: Actor, plan_id: int, *,
                       activity_id: int | None = None) -> list[dp.IndicatorProgress]:
    """The progress of every indicator of a plan (or of one activity), in plan order.

    Achieved: the sum over records for an indicator counted by sex, else the latest value.
    """
    actor.require("plans.view")
    return read_indicator_progress(cbo, plan_id, activity_id=activity_id)


def read_indicator_progress(cbo: Cbo, plan_id: int, *, activity_id: int | None = None) -> list[dp.IndicatorProgress]:
    """:func:`indicator_progress` for report builders."""
    with cbo.reading():
        condition = Activity.plan == plan_id
        if activity_id is not None:
            condition &= Activity.id == activity_id
        return _progress(_activity_views(condition))


def participation(cbo: Cbo, actor: Actor, plan_id: int) -> list[dp.Participation]:
    """Participants by sex per activity (sums over its monitoring records), in plan order."""
    actor.require("plans.view")
    return read_participation(cbo, plan_id)


def read_participation(cbo: Cbo, plan_id: int) -> list[dp.Participation]:
    with cbo.reading():
        fiscal_year = _fiscal_year(plan_id)
        people = pr.participation(cbo, fiscal_year)
        query = (Activity.select(Activity.id, Activity.code, Activity.title).where(Activity.plan == plan_id)
                 .order_by(Activity.sort_order, Activity.id))
        result = []
        for id_, code, title in _tuples(query):
            counted = people.get(int(id_), pr.Participation(0, 0, 0))
            result.append(dp.Participation(id_, code, title, counted.records, counted.female, counted.male))
        return result


def budget_against_actual(cbo: Cbo, actor: Actor, plan_id: int) -> list[dp.ActivityBudget]:
    """Budget against actual cost per activity, in plan order."""
    actor.require("plans.view")
    return read_budget_against_actual(cbo, plan_id)


def read_budget_against_actual(cbo: Cbo, plan_id: int) -> list[dp.ActivityBudget]:
    with cbo.reading():
        costs = pr.actual_costs(cbo, _fiscal_year(plan_id))
        result = []
        for v in _activity_views(Activity.plan == plan_id):
            actual, other = _spent(costs.get(v.id, {}), v.currency)
            result.append(dp.ActivityBudget(v.id, v.code, v.title, v.status, v.fund_name, v.budget, actual, other))
        return result


def activity_sheet(cbo: Cbo, actor: Actor, activity_id: int) -> dp.ActivitySheet:
    """Everything the M&E form (Annex 6) shows for one activity."""
    actor.require("plans.view")
    return read_activity_sheet(cbo, activity_id)


def read_activity_sheet(cbo: Cbo, activity_id: int) -> dp.ActivitySheet:
    with cbo.reading():
        view = _activity(activity_id)
        return dp.ActivitySheet(view, _lines(cbo, [view])[0], tuple(_progress([view])),
                                tuple(_record_views(MonitoringRecord.activity == activity_id)))


# =============================================================================
# The cash book's side
# =============================================================================


def _choices(condition: pw.Expression) -> list[dp.ActivityChoice]:
    query = (Activity.select(Activity.id, Plan.fiscal_year, Activity.code, Activity.title, Activity.status,
                             Activity.currency)
             .join(Plan).where(condition).order_by(Plan.fiscal_year, Activity.sort_order, Activity.id))
    return [dp.ActivityChoice(r[0], r[1], r[2], r[3], r[4], Currency[r[5]]) for r in _tuples(query)]


def activities_for_entry(cbo: Cbo, actor: Actor, day: date, *,
                         include_id: int | None = None) -> list[dp.ActivityChoice]:
    """The activities the cash book's picker offers for an entry dated *day*: those of the plan of
    *day*'s fiscal year that are not cancelled (plus *include_id*, the one already chosen).

    Allowed to whoever may record cash-book entries or view plans.
    """
    _require_any(actor, "cashbook.record", "plans.view")
    with cbo.reading():
        fiscal_year = cb.fiscal_year_of(day, _start_month())
        condition = (Plan.fiscal_year == fiscal_year) & (Activity.status != "cancelled")
        if include_id is not None:
            condition |= Activity.id == include_id
        return _choices(condition)


def activity_choice(cbo: Cbo, actor: Actor, activity_id: int) -> dp.ActivityChoice | None:
    """One activity as the picker shows it (for an entry already linked to it)."""
    _require_any(actor, "cashbook.record", "plans.view")
    with cbo.reading():
        found = _choices(Activity.id == activity_id)
        return found[0] if found else None


