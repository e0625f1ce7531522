"""The activity plan and M&E reports (guideline chapter 6 and its Annex 6): their data
builders and kinds.

- ``activity_plan``: the year's plan as a month grid (A4 landscape): planned
  months shaded, months in which something actually happened marked.
- ``me_form``: the Monitoring and Evaluation Form on Activity Plan (Annex 6),
  one activity or each activity of the year in turn.
- ``indicators``: targets against achievements, with a chart.
- ``participation_by_sex``: participants by sex per activity, and the share of women.
- ``activity_budget``: budget against actual cost per activity, riel and dollars apart.

Every figure comes from :mod:`cbodesk.services.plans_reporting`, which counts in
SQL with the rules written there (actual cost: linked payments net of their
reversals; achieved: a sum for indicators that count people, else the latest
value). Each builder runs inside the one read snapshot
:func:`cbodesk.reports.common.builder` opens. A plan is chosen by its fiscal
year; a year without a plan gives a report that says so.

Importing this module registers its kinds (``registry._AREAS`` names it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from babel import dates as babel_dates

from cbodesk.domain import plans as dp
from cbodesk.domain.errors import InvalidInput, Problem
from cbodesk.domain.formatting import format_month, to_khmer_digits
from cbodesk.domain.money import Currency, Money, percent_of
from cbodesk.i18n import N_
from cbodesk.reports.common import ReportContext, make_report, report_kind, require
from cbodesk.reports.model import (
    Block,
    Cell,
    Chart,
    Column,
    KeyFigure,
    KeyFigures,
    PageBreak,
    Paragraph,
    Report,
    Row,
    Section,
    Series,
    Signature,
    Signatures,
    Table,
)
from cbodesk.reports.registry import Progress
from cbodesk.services import budget as budget_service
from cbodesk.services import plans_reporting as pr

CHAPTER_ME = 6

# The month grid: planned months shaded; a month in which something happened marked, darker
# when it was planned, amber when it was not.
PLANNED_FILL = "#d6e4f0"
DONE_FILL = "#86add0"
UNPLANNED_FILL = "#f2c879"
DONE_MARK = "\u2022"  # a bullet: the bundled Latin font has no check mark

# An indicator chart stays readable with this many bars pairs; more go on further charts.
CHART_INDICATORS = 12
HUNDRED = Decimal(100)


# --- shared pieces -------------------------------------------------------------------


def _year(ctx: ReportContext) -> int:
    require(ctx.params, "fiscal_year")
    assert ctx.params.fiscal_year is not None
    return ctx.params.fiscal_year


def _months(ctx: ReportContext, year: int) -> list[date]:
    return dp.fiscal_year_months(year, budget_service.fiscal_year_start_month(ctx.cbo))


def _year_text(ctx: ReportContext, months: Sequence[date]) -> str:
    """"Fiscal year 2026", or "July 2025 – June 2026" for a year that does not start in January."""
    first, last = months[0], months[-1]
    if first.month == 1:
        year = to_khmer_digits(str(first.year)) if ctx.settings.khmer_digits else str(first.year)
        return ctx.tr(N_("reports", "Fiscal year {year}"), year=year)
    return ctx.tr(N_("reports", "{start} – {end}"), start=format_month(first.year, first.month, ctx.settings),
                  end=format_month(last.year, last.month, ctx.settings))


def _month_label(ctx: ReportContext, month: date) -> str:
    locale = "km" if ctx.language == "km" else "en_GB"
    return str(babel_dates.format_date(month, "LLL", locale=locale))


def _status(ctx: ReportContext, status: str) -> str:
    return ctx.label("plans", dp.STATUSES, status)


def _frequency(ctx: ReportContext, code: str) -> str:
    return ctx.label("plans", dp.FREQUENCIES, code)


def _activities(ctx: ReportContext, year: int, *, one: bool, by_goal: bool = False) -> list[pr.ActivityFacts]:
    """The activities of the year's plan; with *one*, only the activity chosen (if any),
    refused when it is not in that year's plan."""
    chosen = ctx.params.activity_id if one else None
    found = pr.activities(ctx.cbo, year, chosen, by_goal=by_goal)
    if chosen is not None and not found:
        raise InvalidInput([Problem("activity_id", N_("errors", "Choose an activity of the plan of that "
                                                                "year."))])
    return found


def _year_asked(ctx: ReportContext) -> tuple[int, list[date], str, pr.PlanFacts | None]:
    """The fiscal year the report is asked for: the year, its months, the period as the report
    prints it, and its plan (None when the year has none: see :func:`_no_plan`)."""
    year = _year(ctx)
    months = _months(ctx, year)
    return year, months, _year_text(ctx, months), pr.find_plan(ctx.cbo, year)


def _no_plan(ctx: ReportContext, period: str) -> Report:
    text = ctx.tr(N_("reports", "There is no activity plan for {year} yet. Make it on the Plans page."),
                  year=period)
    return make_report(ctx, [Section("", (Paragraph(text, "body"),))], period=period)


def _no_activities(ctx: ReportContext) -> Paragraph:
    return Paragraph(ctx.tr(N_("reports", "The plan has no activities yet.")), "body")


def _activity_name(activity: pr.ActivityFacts) -> str:
    return f"{activity.code} — {activity.title}" if activity.code else activity.title


def _chapter(activity: pr.ActivityFacts) -> str:
    return str(activity.chapter) if activity.chapter is not None else ""


def _months_text(ctx: ReportContext, first: date, last: date) -> str:
    start = format_month(first.year, first.month, ctx.settings)
    if (first.year, first.month) == (last.year, last.month):
        return start
    return ctx.tr(N_("reports", "{start} – {end}"), start=start,
                  end=format_month(last.year, last.month, ctx.settings))


def _days_text(ctx: ReportContext, first: date, last: date) -> str:
    if first == last:
        return ctx.day(first)
    return ctx.tr(N_("reports", "{start} – {end}"), start=ctx.day(first), end=ctx.day(last))


def _currencies_of(*groups: dict[Currency, Money]) -> list[Currency]:
    """The currencies present in any of *groups*, riel first."""
    found = {c for g in groups for c in g}
    return [c for c in Currency if c in found]


def _spent_percent(actual: Money, budget: Money | None) -> Decimal | None:
    if budget is None or budget.is_zero():
        return None
    return percent_of(actual.amount, budget.amount)


def _places(values: Sequence[Decimal | None]) -> int:
    """The decimals an indicator column needs: none for counts, up to two (values are hundredths)."""
    places = 0
    for value in values:
        if value is not None:
            exponent = value.normalize().as_tuple().exponent
            if isinstance(exponent, int) and exponent < 0:
                places = max(places, min(-exponent, 2))
    return places


def _indicator_columns(ctx: ReportContext, found: Sequence[pr.IndicatorFacts]) -> list[Column]:
    """Baseline, target, achieved, women, men, % achieved, with the decimals the values need."""
    tr = ctx.tr
    places = _places([v for i in found for v in (i.baseline, i.target, i.achieved, i.achieved_female,
                                                  i.achieved_male)])
    return [Column(tr(N_("reports", "Baseline")), "number", 0.9, decimals=places),
            Column(tr(N_("reports", "Target")), "number", 0.9, decimals=places),
            Column(tr(N_("reports", "Achieved")), "number", 0.9, decimals=places),
            Column(tr(N_("reports", "Women")), "number", 0.85, decimals=places),
            Column(tr(N_("reports", "Men")), "number", 0.85, decimals=places),
            Column(tr(N_("reports", "% achieved")), "percent", 1.0, decimals=1)]


def _goal_heading(ctx: ReportContext, activity: pr.ActivityFacts) -> str:
    if activity.goal_id is None:
        return ctx.tr(N_("reports", "Activities outside the goals"))
    text = activity.goal(ctx.language)
    label = ctx.tr(N_("reports", "Goal {code}"), code=activity.goal_code) if activity.goal_code else \
        ctx.tr(N_("reports", "Goal"))
    return f"{label}: {text}" if text else label


def _grouped(activities: Sequence[pr.ActivityFacts]) -> bool:
    """Whether the plan uses goals (then activities are printed under their goal)."""
    return any(a.goal_id is not None for a in activities)


# --- the activity plan (month grid) ---------------------------------------------------------


def _activity_plan(ctx: ReportContext, progress: Progress) -> Report:
    year, months, period, plan = _year_asked(ctx)
    if plan is None:
        return _no_plan(ctx, period)
    tr = ctx.tr
    activities = _activities(ctx, year, one=False, by_goal=True)
    progress.step(1, 3)
    happened = pr.realised(ctx.cbo, year)
    progress.step(2, 3)
    keys = [(m.year, m.month) for m in months]
    # A month column fits the longest Khmer month name (ឧសភា) on one line.
    columns = [Column(tr(N_("reports", "No.")), "text", 0.6),
               Column(tr(N_("reports", "Activity")), "text", 2.6),
               Column(tr(N_("reports", "Ch.")), "text", 0.6, align="centre"),
               Column(tr(N_("reports", "Responsible")), "text", 1.3)]
    columns += [Column(_month_label(ctx, m), "text", 0.68, align="centre") for m in months]
    columns += [Column(tr(N_("reports", "Budget")), "money", 1.2),
                Column(tr(N_("reports", "Funding source")), "text", 1.6),
                Column(tr(N_("reports", "Status")), "text", 1.1)]
    width = len(columns)
    rows: list[Row | Sequence[Cell]] = []
    grouped = _grouped(activities)
    last_goal: object = object()
    budgets: dict[Currency, Money] = {}
    outside = 0
    for activity in activities:
        if grouped and activity.goal_id != last_goal:
            rows.append(Row((_goal_heading(ctx, activity),) + (None,) * (width - 1), "heading"))
            last_goal = activity.goal_id
        planned = set(activity.planned_months())
        done = happened[activity.id].months if activity.id in happened else frozenset()
        marks: list[Cell] = []
        fills: list[str | None] = [None] * 4
        for key in keys:
            marks.append(DONE_MARK if key in done else None)
            if key in done:
                fills.append(DONE_FILL if key in planned else UNPLANNED_FILL)
                outside += key not in planned
            else:
                fills.append(PLANNED_FILL if key in planned else None)
        status = _status(ctx, activity.status)
        if activity.status_reason and activity.status in dp.NEEDS_REASON:
            status = f"{status}: {activity.status_reason}"
        cells: list[Cell] = [activity.code, activity.title, _chapter(activity), activity.responsible(ctx.language),
                             *marks, activity.budget, activity.funding(), status]
        rows.append(Row(cells, "muted" if activity.status == "cancelled" else "normal", fills))
        budgets[activity.currency] = budgets.get(activity.currency, Money.zero(activity.currency)) + \
            activity.budget
    legend = tr(N_("reports", "Shaded: a planned month. {mark} on a darker shade: something happened in a "
                              "planned month (a monitoring record or a cash-book entry); {mark} on amber: it happened "
                              "in a month that was not planned. Ch.: the chapter of the guideline the activity "
                              "serves."), mark=DONE_MARK)
    table = Table(columns=columns, rows=rows, sheet_name=tr(N_("reports", "Plan")), note=legend)
    figures = [KeyFigure(tr(N_("reports", "Activities")), len(activities), emphasis=True)]
    for currency in _currencies_of(budgets):
        figures.append(KeyFigure(tr(N_("reports", "Budget in {currency}"),
                                    currency=ctx.currency_name(currency).lower()), budgets[currency]))
    blocks: list[Block] = []
    if plan.title:
        blocks.append(Paragraph(plan.title, "heading"))
    blocks.append(KeyFigures(figures))
    if plan.note:
        blocks.append(Paragraph(plan.note, "note"))
    blocks.append(table if activities else _no_activities(ctx))
    progress.step(3, 3)
    return make_report(ctx, [Section("", blocks)], period=period, orientation="landscape")


# --- the M&E form (Annex 6) -----------------------------------------------------------------


def _form_blocks(ctx: ReportContext, activity: pr.ActivityFacts, happened: pr.Realised | None,
                 costs: dict[Currency, Money], indicators: Sequence[pr.IndicatorFacts],
                 people: pr.Participation | None, visits: Sequence[pr.VisitFacts]) -> list[Block]:
    tr = ctx.tr
    code = activity.code or str(activity.id)
    not_yet = tr(N_("reports", "Not yet"))
    status = _status(ctx, activity.status)
    if activity.status_reason:
        status = f"{status}: {activity.status_reason}"
    actual = _days_text(ctx, happened.first_day, happened.last_day) if happened is not None else not_yet
    budget_text = ctx.money(activity.budget)
    if activity.funding():
        budget_text = tr(N_("reports", "{amount}, from {source}"), amount=budget_text, source=activity.funding())
    women = people.female if people else 0
    men = people.male if people else 0
    facts: list[tuple[str, str]] = [
        (tr(N_("reports", "Objective or expected result")), activity.objective),
        (tr(N_("reports", "Guideline chapter")), _chapter(activity)),
        (tr(N_("reports", "Responsible person")), activity.responsible(ctx.language)),
        (tr(N_("reports", "Monitoring person")), activity.monitor(ctx.language)),
        (tr(N_("reports", "Place")), activity.place),
        (tr(N_("reports", "Planned dates")), _months_text(ctx, activity.start_month, activity.end_month)),
        (tr(N_("reports", "Actual dates")), actual),
        (tr(N_("reports", "Status")), status),
        (tr(N_("reports", "Inputs")), activity.inputs),
        (tr(N_("reports", "Budget and source")), budget_text),
        (tr(N_("reports", "Participants")),
         tr(N_("reports", "{women} women, {men} men, {total} in all"), women=ctx.number(women),
            men=ctx.number(men), total=ctx.number(women + men))),
    ]
    if activity.goal_id is not None:
        facts.insert(0, (tr(N_("reports", "Goal")), _goal_heading(ctx, activity)))
    blocks: list[Block] = [Table(
        columns=(Column(tr(N_("reports", "Activity")), "text", 1.2),
                 Column(_activity_name(activity), "text", 3.8)),
        rows=facts, sheet_name=f"{code} {tr(N_('reports', 'Activity'))}")]

    # Indicators: baseline, target, achieved, percent.
    indicator_rows: list[Sequence[Cell]] = []
    for indicator in indicators:
        indicator_rows.append((indicator.name, indicator.unit, indicator.baseline, indicator.target,
                               indicator.achieved, indicator.achieved_female, indicator.achieved_male,
                               indicator.percent))
    if indicator_rows:
        blocks.append(Table(
            columns=(Column(tr(N_("reports", "Indicator")), "text", 3.0),
                     Column(tr(N_("reports", "Unit")), "text", 1.0),
                     *_indicator_columns(ctx, indicators)),
            rows=indicator_rows, title=tr(N_("reports", "Indicators")),
            sheet_name=f"{code} {tr(N_('reports', 'Indicators'))}",
            note=tr(N_("reports", "Achieved: for people counted, the sum over the monitoring records; "
                                  "otherwise the latest value recorded."))))
    else:
        blocks.append(Paragraph(tr(N_("reports", "No indicators are set for this activity.")), "note"))

    # Budget and actual cost: the activity's currency first, the other apart.
    budget_rows: list[Sequence[Cell]] = []
    currencies = [activity.currency] + [c for c in Currency if c is not activity.currency and c in costs]
    for currency in currencies:
        spent = costs.get(currency, Money.zero(currency))
        planned = activity.budget if currency is activity.currency else None
        # Spent in a currency without a budget: all of it is over (no budget) in that currency.
        variance = planned - spent if planned is not None else -spent
        budget_rows.append((ctx.currency_name(currency), planned, spent, variance,
                            _spent_percent(spent, planned)))
    blocks.append(Table(
        columns=(Column(tr(N_("reports", "Currency")), "text", 1.4),
                 Column(tr(N_("reports", "Budget")), "money", 1.4),
                 Column(tr(N_("reports", "Actual cost")), "money", 1.4),
                 Column(tr(N_("reports", "Remaining")), "money", 1.4),
                 Column(tr(N_("reports", "% spent")), "percent", 1.0, decimals=1)),
        rows=budget_rows, title=tr(N_("reports", "Budget and actual cost")),
        sheet_name=f"{code} {tr(N_('reports', 'Cost'))}",
        note=tr(N_("reports", "Actual cost: the cash-book payments linked to the activity, less their "
                              "reversals. Riel and dollars are never added together."))))

    # The monitoring visits: progress, quality and problems.
    if visits:
        visit_rows: list[Sequence[Cell]] = [
            (v.date, v.monitored_by, v.female, v.male, v.progress, v.quality, v.evidence or None) for v in visits]
        blocks.append(Table(
            columns=(Column(tr(N_("reports", "Date")), "date", 1.1),
                     Column(tr(N_("reports", "Monitored by")), "text", 1.4),
                     Column(tr(N_("reports", "Women")), "number", 0.85),
                     Column(tr(N_("reports", "Men")), "number", 0.7),
                     Column(tr(N_("reports", "Progress")), "text", 2.4),
                     Column(tr(N_("reports", "Quality and problems")), "text", 2.4),
                     Column(tr(N_("reports", "Files")), "number", 0.7)),
            rows=visit_rows, title=tr(N_("reports", "Monitoring")),
            sheet_name=f"{code} {tr(N_('reports', 'Monitoring'))}"))
    else:
        blocks.append(Paragraph(tr(N_("reports", "No monitoring has been recorded for this activity yet.")),
                                "note"))

    # The review at the end.
    review: list[Row | Sequence[Cell]] = []
    for heading, text in ((N_("reports", "Results"), activity.results),
                          (N_("reports", "Problems and quality"), activity.difficulties),
                          (N_("reports", "Lessons learned"), activity.lessons),
                          (N_("reports", "Next steps and recommendations"), activity.recommendations)):
        review.append((tr(heading), text.strip()) if text.strip()
                      else Row((tr(heading), tr(N_("reports", "Not written yet."))), "muted"))
    blocks.append(Table(
        columns=(Column(tr(N_("reports", "Review")), "text", 1.2), Column("", "text", 3.8)),
        rows=review, sheet_name=f"{code} {tr(N_('reports', 'Review'))}"))
    blocks.append(Signatures((
        Signature(tr(N_("reports", "Monitoring person")), activity.monitor(ctx.language)),
        Signature(tr(N_("reports", "Responsible person")), activity.responsible(ctx.language)),
    )))
    return blocks


def _me_form(ctx: ReportContext, progress: Progress) -> Report:
    year, months, period, plan = _year_asked(ctx)
    if plan is None:
        return _no_plan(ctx, period)
    activities = _activities(ctx, year, one=True)
    chosen = ctx.params.activity_id
    happened = pr.realised(ctx.cbo, year, chosen)
    costs = pr.actual_costs(ctx.cbo, year, chosen)
    indicators = pr.indicators(ctx.cbo, year, chosen)
    people = pr.participation(ctx.cbo, year, chosen)
    visits = pr.visits(ctx.cbo, [a.id for a in activities])
    indicators_of: dict[int, list[pr.IndicatorFacts]] = defaultdict(list)
    for indicator in indicators:
        indicators_of[indicator.activity_id].append(indicator)
    visits_of: dict[int, list[pr.VisitFacts]] = defaultdict(list)
    for visit in visits:
        visits_of[visit.activity_id].append(visit)
    sections: list[Section] = []
    for done, activity in enumerate(activities):
        progress.step(done, len(activities))
        blocks = _form_blocks(ctx, activity, happened.get(activity.id), costs.get(activity.id, {}),
                              indicators_of.get(activity.id, []), people.get(activity.id),
                              visits_of.get(activity.id, []))
        if sections:
            blocks.insert(0, PageBreak())
        sections.append(Section("", blocks))
    progress.step(len(activities), len(activities))
    if not sections:
        sections.append(Section("", (_no_activities(ctx),)))
    title = None
    if chosen is not None and len(activities) == 1:
        title = ctx.tr(N_("reports", "M&E form: {activity}"), activity=activities[0].code or activities[0].title)
    return make_report(ctx, sections, period=period, title=title)


# --- the indicator table ------------------------------------------------------------------------


def _indicators(ctx: ReportContext, progress: Progress) -> Report:
    year, months, period, plan = _year_asked(ctx)
    if plan is None:
        return _no_plan(ctx, period)
    tr = ctx.tr
    activities = {a.id: a for a in _activities(ctx, year, one=True)}
    found = [i for i in pr.indicators(ctx.cbo, year, ctx.params.activity_id) if i.activity_id in activities]
    progress.step(1, 2)
    rows: list[Row | Sequence[Cell]] = []
    last = None
    width = 10
    for indicator in found:
        if indicator.activity_id != last:
            activity = activities[indicator.activity_id]
            rows.append(Row((_activity_name(activity),) + (None,) * (width - 1), "heading"))
            last = indicator.activity_id
        rows.append((activities[indicator.activity_id].code, indicator.name, indicator.unit,
                     _frequency(ctx, indicator.frequency), indicator.baseline, indicator.target, indicator.achieved,
                     indicator.achieved_female, indicator.achieved_male, indicator.percent))
    table = Table(
        columns=(Column(tr(N_("reports", "No.")), "text", 0.7),
                 Column(tr(N_("reports", "Indicator")), "text", 3.4),
                 Column(tr(N_("reports", "Unit")), "text", 1.1),
                 Column(tr(N_("reports", "How often")), "text", 1.0),
                 *_indicator_columns(ctx, found)),
        rows=rows, sheet_name=tr(N_("reports", "Indicators")),
        note=tr(N_("reports", "Achieved: for indicators that count people, the sum over the monitoring "
                              "records (women and men apart); for the others, the latest value recorded. "
                              "% achieved: achieved as a share of the target.")))
    reached = sum(1 for i in found if i.percent is not None and i.percent >= 100)
    blocks: list[Block] = [
        KeyFigures((KeyFigure(tr(N_("reports", "Indicators")), len(found), emphasis=True),
                    KeyFigure(tr(N_("reports", "Target reached")), reached),
                    KeyFigure(tr(N_("reports", "Not measured yet")), sum(1 for i in found if i.achieved is None)))),
    ]
    if found:
        blocks.append(table)
        # Indicators count different things (people, patrols, minutes): each is drawn as a share
        # of its own target, so a target of 1 and a target of 60 can be read on one axis.
        targeted = [i for i in found if i.target]
        for start in range(0, len(targeted), CHART_INDICATORS):
            part = targeted[start:start + CHART_INDICATORS]
            blocks.append(Chart(
                "bar", [f"{activities[i.activity_id].code} {i.name}".strip() for i in part],
                (Series(tr(N_("reports", "Target")), [HUNDRED for _i in part]),
                 Series(tr(N_("reports", "Achieved")), [i.percent or Decimal(0) for i in part])),
                title=tr(N_("reports", "Achieved against the target (the target is 100%)")), unit="%"))
    else:
        blocks.append(Paragraph(tr(N_("reports", "No indicators are set in this plan.")), "body"))
    progress.step(2, 2)
    return make_report(ctx, [Section("", blocks)], period=period, orientation="landscape")


# --- participation by sex -----------------------------------------------------------------------


def _participation(ctx: ReportContext, progress: Progress) -> Report:
    year, months, period, plan = _year_asked(ctx)
    if plan is None:
        return _no_plan(ctx, period)
    tr = ctx.tr
    activities = _activities(ctx, year, one=True)
    people = pr.participation(ctx.cbo, year, ctx.params.activity_id)
    progress.step(1, 2)
    rows: list[Sequence[Cell]] = []
    records = women = men = 0
    charted: list[tuple[str, pr.Participation]] = []
    for activity in activities:
        seen = people.get(activity.id, pr.Participation(0, 0, 0))
        rows.append((activity.code, activity.title, seen.records, seen.female, seen.male, seen.total,
                     seen.percent_women))
        if seen.total:
            charted.append((f"{activity.code} {activity.title}".strip(), seen))
        records += seen.records
        women += seen.female
        men += seen.male
    total = pr.Participation(records, women, men)
    total_label = tr(N_("reports", "Total"))
    table = Table(
        columns=(Column(tr(N_("reports", "No.")), "text", 0.7),
                 Column(tr(N_("reports", "Activity")), "text", 3.6),
                 Column(tr(N_("reports", "Monitoring records")), "number", 1.1, summed=True),
                 Column(tr(N_("reports", "Women")), "number", 0.9, summed=True),
                 Column(tr(N_("reports", "Men")), "number", 0.9, summed=True),
                 Column(tr(N_("reports", "Total")), "number", 0.9, summed=True),
                 Column(tr(N_("reports", "% women")), "percent", 0.9, decimals=1)),
        rows=rows, totals=(total_label, None, records, women, men, total.total, total.percent_women),
        totals_label=total_label, sheet_name=tr(N_("reports", "Participants")),
        note=tr(N_("reports", "Participants as written in each monitoring record, added up per activity: a "
                              "person who took part twice is counted twice.")))
    blocks: list[Block] = [
        KeyFigures((KeyFigure(tr(N_("reports", "Participants")), total.total, emphasis=True),
                    KeyFigure(tr(N_("reports", "Women")), women),
                    KeyFigure(tr(N_("reports", "Men")), men),
                    KeyFigure(tr(N_("reports", "% women")),
                              f"{ctx.number(total.percent_women, 1)}%" if total.percent_women is not None
                              else "—"))),
    ]
    if activities:
        blocks.append(table)
        if charted:
            blocks.append(Chart(
                "bar", [label for label, _seen in charted],
                (Series(tr(N_("reports", "Women")), [Decimal(seen.female) for _label, seen in charted]),
                 Series(tr(N_("reports", "Men")), [Decimal(seen.male) for _label, seen in charted])),
                title=tr(N_("reports", "Participants by activity"))))
    else:
        blocks.append(_no_activities(ctx))
    progress.step(2, 2)
    return make_report(ctx, [Section("", blocks)], period=period)


# --- budget against actual ---------------------------------------------------------------------------


def _activity_budget(ctx: ReportContext, progress: Progress) -> Report:
    year, months, period, plan = _year_asked(ctx)
    if plan is None:
        return _no_plan(ctx, period)
    tr = ctx.tr
    activities = _activities(ctx, year, one=True)
    costs = pr.actual_costs(ctx.cbo, year, ctx.params.activity_id)
    progress.step(1, 2)
    sections: list[Section] = []
    intro = Paragraph(tr(N_("reports", "Actual cost: the cash-book payments linked to each activity, less "
                                       "their reversals. Riel and dollars are kept apart: money spent in the "
                                       "other currency than the budget's is shown in that currency's table, "
                                       "without a budget.")), "note")
    sections.append(Section("", (intro,)))
    used = {a.currency for a in activities} | {c for a in activities for c in costs.get(a.id, {})}
    for currency in [c for c in Currency if c in used]:
        zero = Money.zero(currency)
        rows: list[Row | Sequence[Cell]] = []
        budget_sum, actual_sum, variance_sum = zero, zero, zero
        for activity in activities:
            spent = costs.get(activity.id, {}).get(currency)
            own = activity.currency is currency
            if not own and spent is None:
                continue
            actual = spent if spent is not None else zero
            planned = activity.budget if own else None
            # Spent in a currency without a budget: all of it is over (no budget) in that currency,
            # so the totals read budget − actual = remaining.
            variance = planned - actual if planned is not None else -actual
            cells: list[Cell] = [activity.code, activity.title, _status(ctx, activity.status), activity.funding(),
                                 planned, actual, variance, _spent_percent(actual, planned)]
            rows.append(cells if own else Row(cells, "muted"))
            actual_sum += actual
            variance_sum += variance
            if planned is not None:
                budget_sum += planned
        total_label = tr(N_("reports", "Total"))
        table = Table(
            columns=(Column(tr(N_("reports", "No.")), "text", 0.7),
                     Column(tr(N_("reports", "Activity")), "text", 3.2),
                     Column(tr(N_("reports", "Status")), "text", 1.0),
                     Column(tr(N_("reports", "Funding source")), "text", 1.5),
                     Column(tr(N_("reports", "Budget")), "money", 1.4, currency, summed=True),
                     Column(tr(N_("reports", "Actual cost")), "money", 1.4, currency, summed=True),
                     Column(tr(N_("reports", "Remaining")), "money", 1.4, currency, summed=True),
                     Column(tr(N_("reports", "% spent")), "percent", 0.9, decimals=1)),
            rows=rows, totals=(total_label, None, None, None, budget_sum, actual_sum, variance_sum,
                               _spent_percent(actual_sum, budget_sum)),
            totals_label=total_label, sheet_name=f"{tr(N_('reports', 'Budget'))} {currency.code}",
            note=tr(N_("reports", "Greyed: spent in {currency} on an activity budgeted in the other currency."),
                    currency=ctx.currency_name(currency).lower())
            if any(isinstance(r, Row) and r.style == "muted" for r in rows) else "")
        figures = KeyFigures((
            KeyFigure(tr(N_("reports", "Budget")), budget_sum),
            KeyFigure(tr(N_("reports", "Actual cost")), actual_sum, emphasis=True),
            KeyFigure(tr(N_("reports", "Remaining")), variance_sum),
        ))
        sections.append(Section(ctx.currency_name(currency), (figures, table)))
    if len(sections) == 1:
        sections[0] = Section("", (intro, _no_activities(ctx)))
    progress.step(2, 2)
    return make_report(ctx, sections, period=period, orientation="landscape")


# --- the kinds -----------------------------------------------------------------------------------------


ACTIVITY_PLAN = report_kind(
    "activity_plan", CHAPTER_ME, N_("reports", "Activity plan"),
    N_("reports", "The year's activities as a month grid: planned months, the months something happened, "
                  "responsible person, budget, funding source and status."),
    ("fiscal_year",), _activity_plan)
ME_FORM = report_kind(
    "me_form", CHAPTER_ME, N_("reports", "M&E form on the activity plan"),
    N_("reports", "The Monitoring and Evaluation form of Annex 6 for one activity, or for each activity of "
                  "the year: objective, dates, indicators, budget and actual cost, participants, problems, "
                  "lessons and next steps."),
    ("fiscal_year", "activity_opt"), _me_form)
INDICATORS = report_kind(
    "indicators", CHAPTER_ME, N_("reports", "Indicators: targets and achievements"),
    N_("reports", "Every indicator of the year's activities with its baseline, target and what was achieved, "
                  "by sex where it counts people, with a chart."),
    ("fiscal_year", "activity_opt"), _indicators)
PARTICIPATION = report_kind(
    "participation_by_sex", CHAPTER_ME, N_("reports", "Participation by sex"),
    N_("reports", "Participants in each activity by sex, from the monitoring records, with the share of "
                  "women."),
    ("fiscal_year", "activity_opt"), _participation)
ACTIVITY_BUDGET = report_kind(
    "activity_budget", CHAPTER_ME, N_("reports", "Activity budget against actual"),
    N_("reports", "Each activity's budget against what was paid for it in the cash book, riel and dollars "
                  "apart."),
    ("fiscal_year", "activity_opt"), _activity_budget)
