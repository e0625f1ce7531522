"""The activity plan and M&E reports against the plan, monitoring records and cash book they are
made from, on SQLite and PostgreSQL, and as PDF and Excel files.

The plan of 2026 (a fiscal year from January), goal G1 "Strengthen the CBO":

    1.1 General assembly  G1  March        400,000៛ (Oxfam grant)  done
        paid 150,000៛ (10 Mar), $20 (12 Mar), 50,000៛ (2 Apr, reversed 3 Apr); received 30,000៛ (5 May)
        monitored 15 Mar (20 women, 15 men; minutes 0) and 5 Jun (10 women, 5 men; minutes 1)
        indicators: members attending (by sex, target 60), minutes approved (target 1)
    2.1 Fish patrols      —   Feb – Nov    $500                     ongoing
        paid $120 (3 May); monitored 1 Jul (8 patrols; 3 women, 9 men), then 1 Jun entered later
        (5 patrols; 1 woman, 2 men); indicator patrols done (target 24)
    3.1 Savings training  G1  Sep – Oct    0៛                       planned; people trained (by sex, 25)

and a plan of 2025 with an activity 1.1 paid 99,000៛, which no 2026 figure may include.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from cbodesk.domain import cashbook as cb
from cbodesk.domain.errors import InvalidInput
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor
from cbodesk.reports import plans as rp
from cbodesk.reports import registry
from cbodesk.reports.model import Chart, KeyFigures, Paragraph, Report, Row, Signatures, Table
from cbodesk.reports.pdf import render_pdf
from cbodesk.reports.registry import ReportParams
from cbodesk.reports.xlsx import render_xlsx
from cbodesk.services import cashbook
from cbodesk.services import members as ms
from cbodesk.services import plans_reporting as pr
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import (
    Activity,
    Entry,
    Goal,
    Indicator,
    IndicatorValue,
    MonitoringEvidence,
    MonitoringRecord,
    Plan,
)

KHR, USD = Currency.KHR, Currency.USD
PROFILE = OrganisationProfile(name_km="សហគមន៍នេសាទកោះត្រង់", name_en="Koh Trong Fishery", sector="fishery",
                              province="10", commune="Koh Trong")
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
SECRETARY = Actor("heng.sokhly", "Heng Sokhly", frozenset({"secretary"}))
VIEWER = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))
NOW = datetime(2026, 1, 5, 9, 0)
YEAR = ReportParams(fiscal_year=2026)


@dataclass
class Book:
    cbo: Cbo
    assembly: int  # activity ids
    patrols: int
    training: int
    old: int  # the 2025 activity


def _activity(plan: Plan, code: str, title: str, start: date, end: date, budget: int, currency: str,
              **more: Any) -> int:
    return int(Activity.create(plan=plan, code=code, title=title, start_month=start, end_month=end,
                               budget_minor=budget, currency=currency, created_at=NOW, created_by="test",
                               **more).id)


def _record(activity: int, day: date, women: int, men: int, values: dict[int, tuple[int, int | None, int | None]],
            progress: str = "", quality: str = "", evidence: int = 0) -> None:
    record = MonitoringRecord.create(activity=activity, date=day, participants_female=women,
                                     participants_male=men, progress=progress, quality=quality,
                                     monitored_by="Chan Sophea", created_at=NOW, created_by="test")
    for indicator, (value, female, male) in values.items():
        IndicatorValue.create(record=record, indicator=indicator, value_x100=value * 100,
                              female_x100=female * 100 if female is not None else None,
                              male_x100=male * 100 if male is not None else None)
    for n in range(evidence):
        MonitoringEvidence.create(record=record, title=f"Photo {n + 1}", file_name=f"photo{n + 1}.jpg",
                                  media_type="image/jpeg", data=b"\xff\xd8", sha256="0" * 64)


@pytest.fixture
def book(cbo_location: str) -> Iterator[Book]:
    cbo, admin = new_cbo(cbo_location, PROFILE, "Sok Chan")
    with cbo:
        village = ms.add_village(cbo, admin, "កោះត្រង់លើ", "Koh Trong Leu", "កោះត្រង់", "Koh Trong")
        from cbodesk.domain import members as dm

        chair, treasurer = (ms.add_member(cbo, SECRETARY, dm.MemberDraft(
            name_km=km, name_latin=latin, sex=sex, birth_year=1980, village_id=village.id,
            joined_on=date(2015, 1, 1)), today=date(2026, 1, 1)).id
            for km, latin, sex in (("សុខ ចាន់", "Sok Chan", "M"), ("ចាន់ សុភា", "Chan Sophea", "F")))
        riel = cashbook.add_account(cbo, admin, "Savings box – riel", "cash", KHR, Money("2000000", KHR),
                                    date(2025, 1, 1)).id
        dollars = cashbook.add_account(cbo, admin, "Savings box – dollars", "cash", USD, Money("1000", USD),
                                       date(2025, 1, 1)).id
        fund = cashbook.add_fund(cbo, admin, "Oxfam grant", "Oxfam").id
        expense = next(c.id for c in cashbook.categories(cbo) if c.kind == "expense")
        income = next(c.id for c in cashbook.categories(cbo) if c.kind == "income")
        with cbo.atomic():
            goal = Goal.create(code="G1", text_en="Strengthen the CBO", text_km="ពង្រឹងសហគមន៍", sort_order=1)
            old_plan = Plan.create(fiscal_year=2025, created_at=NOW, created_by="test")
            plan = Plan.create(fiscal_year=2026, title="Plan 2026", created_at=NOW, created_by="test")
            old = _activity(old_plan, "1.1", "General assembly 2025", date(2025, 3, 1), date(2025, 3, 1),
                            300000, "KHR")
            assembly = _activity(plan, "1.1", "General assembly", date(2026, 3, 1), date(2026, 3, 1), 400000,
                                 "KHR", chapter=1, goal=goal, responsible=chair, monitor=treasurer, fund=fund,
                                 status="done", objective="Members approve the report and the plan",
                                 place="Pagoda hall", results="The report and plan were approved.",
                                 lessons="Invite members two weeks ahead.", sort_order=1)
            patrols = _activity(plan, "2.1", "Fish conservation patrols", date(2026, 2, 1), date(2026, 11, 1),
                                50000, "USD", chapter=6, status="ongoing", sort_order=2)
            training = _activity(plan, "3.1", "Savings training", date(2026, 9, 1), date(2026, 10, 1), 0, "KHR",
                                 goal=goal, sort_order=3)
            attending = Indicator.create(activity=assembly, position=0, name="Members attending", unit="people",
                                         baseline_x100=4000, target_x100=6000, by_sex=True).id
            minutes = Indicator.create(activity=assembly, position=1, name="Minutes approved", unit="minutes",
                                       target_x100=100).id
            done = Indicator.create(activity=patrols, name="Patrols done", unit="patrols", baseline_x100=0,
                                    target_x100=2400, frequency="monthly").id
            Indicator.create(activity=training, name="People trained", unit="people", target_x100=2500,
                             by_sex=True)
            _record(assembly, date(2026, 3, 15), 20, 15, {attending: (35, 20, 15), minutes: (0, None, None)},
                    "Held; 35 members came", "Started an hour late", evidence=2)
            _record(assembly, date(2026, 6, 5), 10, 5, {attending: (15, 10, 5), minutes: (1, None, None)})
            _record(patrols, date(2026, 7, 1), 3, 9, {done: (8, None, None)})
            _record(patrols, date(2026, 6, 1), 1, 2, {done: (5, None, None)})  # entered later, dated earlier

        def entry(kind: str, day: date, account: int, amount: Money, activity: int) -> cashbook.EntryView:
            category = expense if kind == "payment" else income
            linked = "activity_id" in {f.name for f in dataclasses.fields(cb.EntryDraft)}
            extra: dict[str, Any] = {"activity_id": activity} if linked else {}
            view = cashbook.record_entry(cbo, TREASURER, cb.EntryDraft(
                kind, day, account, amount, category, party="Market", description="For the activity", **extra))
            if not linked:  # before the cash book links entries to activities: link it here
                with cbo.atomic():
                    Entry.update(activity=activity).where(Entry.id == view.id).execute()
            return view

        entry("payment", date(2026, 3, 10), riel, Money("150000", KHR), assembly)
        entry("payment", date(2026, 3, 12), dollars, Money("20", USD), assembly)
        wrong = entry("payment", date(2026, 4, 2), riel, Money("50000", KHR), assembly)
        cashbook.reverse_entry(cbo, TREASURER, wrong.id, "Paid from the wrong fund", day=date(2026, 4, 3))
        entry("receipt", date(2026, 5, 5), riel, Money("30000", KHR), assembly)
        entry("payment", date(2026, 5, 3), dollars, Money("120", USD), patrols)
        entry("payment", date(2025, 6, 1), riel, Money("99000", KHR), old)
        yield Book(cbo, assembly, patrols, training, old)


def build(book: Book, code: str, params: ReportParams = YEAR, actor: Actor = VIEWER) -> Report:
    report = registry.build(book.cbo, actor, code, params)
    check_report(report)
    return report


def cells(row: Row | Sequence[Any]) -> tuple[Any, ...]:
    return tuple(row.cells) if isinstance(row, Row) else tuple(row)


def check_report(report: Report) -> None:
    """Well-formed tables: every row as wide as the columns, summed columns adding up."""
    assert report.letterhead.name_en == "Koh Trong Fishery"
    for t in report.tables():
        for row in t.rows:
            assert len(cells(row)) == len(t.columns)
        if t.totals is not None:
            for i, column in enumerate(t.columns):
                if column.summed:
                    values = [cells(r)[i] for r in t.rows if cells(r)[i] is not None]
                    if column.kind == "money":
                        assert column.currency is not None
                        total: Any = Money.zero(column.currency)
                        for v in values:
                            total = total + v
                    else:
                        total = sum(values)
                    assert t.totals[i] == total, (t.title, column.title)


def data_rows(t: Table) -> list[tuple[Any, ...]]:
    return [cells(r) for r in t.rows if not (isinstance(r, Row) and r.style == "heading")]


def figures(report: Report) -> dict[str, Any]:
    return {f.label: f.value for s in report.sections for b in s.blocks if isinstance(b, KeyFigures)
            for f in b.figures}


# --- the queries --------------------------------------------------------------------------------------


def test_actual_cost_is_payments_net_of_reversals_per_currency(book: Book) -> None:
    costs = pr.actual_costs(book.cbo, 2026)
    assert costs == {book.assembly: {KHR: Money("150000", KHR), USD: Money("20", USD)},
                     book.patrols: {USD: Money("120", USD)}}
    assert pr.actual_costs(book.cbo, 2025) == {book.old: {KHR: Money("99000", KHR)}}
    assert pr.actual_costs(book.cbo, 2026, book.patrols) == {book.patrols: {USD: Money("120", USD)}}


def test_months_that_happened_come_from_records_and_linked_entries(book: Book) -> None:
    happened = pr.realised(book.cbo, 2026)
    assert happened[book.assembly].months == {(2026, 3), (2026, 4), (2026, 5), (2026, 6)}
    assert (happened[book.assembly].first_day, happened[book.assembly].last_day) == (date(2026, 3, 10),
                                                                                      date(2026, 6, 5))
    assert happened[book.patrols].months == {(2026, 5), (2026, 6), (2026, 7)}
    assert book.training not in happened


def test_achieved_sums_people_and_takes_the_latest_of_the_rest(book: Book) -> None:
    found = {i.name: i for i in pr.indicators(book.cbo, 2026)}
    attending = found["Members attending"]
    assert (attending.achieved, attending.achieved_female, attending.achieved_male) == (50, 30, 20)
    assert attending.percent == Decimal("83.3") and attending.baseline == 40 and attending.measured == 2
    assert found["Minutes approved"].achieved == 1 and found["Minutes approved"].percent == 100
    assert found["Minutes approved"].achieved_female is None
    # The latest by date (1 July), though the June record was entered after it.
    assert found["Patrols done"].achieved == 8 and found["Patrols done"].percent == Decimal("33.3")
    trained = found["People trained"]
    assert trained.achieved is None and trained.percent is None and trained.measured == 0
    assert [i.name for i in pr.indicators(book.cbo, 2026)] == ["Members attending", "Minutes approved",
                                                              "Patrols done", "People trained"]


# --- the kinds -----------------------------------------------------------------------------------------


def test_the_kinds_are_registered() -> None:
    kinds = {k.code: k for k in registry.kinds()}
    codes = ("activity_plan", "me_form", "indicators", "participation_by_sex", "activity_budget")
    assert set(codes) <= set(kinds)
    assert all(kinds[c].chapter == 6 and "fiscal_year" in kinds[c].needs for c in codes)
    assert kinds["me_form"].needs == frozenset({"fiscal_year", "activity_opt"})
    assert kinds["activity_plan"].needs == frozenset({"fiscal_year"})


def test_the_month_grid_marks_planned_and_actual_months(book: Book) -> None:
    report = build(book, "activity_plan")
    assert report.orientation == "landscape" and report.period == "Fiscal year 2026"
    [grid] = report.tables()
    titles = [c.title for c in grid.columns]
    assert titles[4:16] == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
    headings = [cells(r)[0] for r in grid.rows if isinstance(r, Row) and r.style == "heading"]
    assert headings == ["Goal G1: Strengthen the CBO", "Activities outside the goals"]
    rows = {cells(r)[0]: r for r in grid.rows if isinstance(r, Row) and r.style != "heading"}
    assembly = rows["1.1"]
    assert isinstance(assembly, Row)
    assert cells(assembly)[1:4] == ("General assembly", "1", "Sok Chan")
    assert cells(assembly)[16:] == (Money("400000", KHR), "Oxfam grant (Oxfam)", "Done")
    month_fills = list(assembly.fills[4:16]) + [None] * (16 - len(assembly.fills))
    assert month_fills[:12] == [None, None, rp.DONE_FILL, rp.UNPLANNED_FILL, rp.UNPLANNED_FILL,
                                rp.UNPLANNED_FILL, None, None, None, None, None, None]
    assert [c == rp.DONE_MARK for c in cells(assembly)[4:16]] == [
        False, False, True, True, True, True, False, False, False, False, False, False]
    patrols = rows["2.1"]
    assert isinstance(patrols, Row)
    assert list(patrols.fills[4:16]) == [None, rp.PLANNED_FILL, rp.PLANNED_FILL, rp.PLANNED_FILL, rp.DONE_FILL,
                                         rp.DONE_FILL, rp.DONE_FILL, rp.PLANNED_FILL, rp.PLANNED_FILL,
                                         rp.PLANNED_FILL, rp.PLANNED_FILL, None]
    training = rows["3.1"]
    assert isinstance(training, Row)
    assert [f == rp.PLANNED_FILL for f in training.fills[4:16]] == [False] * 8 + [True, True] + [False] * 2
    assert figures(report)["Activities"] == 3
    assert figures(report)["Budget in riel"] == Money("400000", KHR)
    assert figures(report)["Budget in dollars"] == Money("500", USD)


def test_a_year_without_a_plan_says_so(book: Book) -> None:
    for code in ("activity_plan", "me_form", "indicators", "participation_by_sex", "activity_budget"):
        report = build(book, code, ReportParams(fiscal_year=2030))
        texts = [b.text for s in report.sections for b in s.blocks if isinstance(b, Paragraph)]
        assert any("There is no activity plan for Fiscal year 2030" in t for t in texts), code
    with pytest.raises(InvalidInput) as caught:
        build(book, "activity_plan", ReportParams())
    assert caught.value.problems[0].field == "fiscal_year"


def test_an_activity_of_another_year_is_refused(book: Book) -> None:
    with pytest.raises(InvalidInput) as caught:
        build(book, "me_form", ReportParams(fiscal_year=2026, activity_id=book.old))
    assert caught.value.problems[0].field == "activity_id"


def test_the_me_form_of_one_activity(book: Book) -> None:
    report = build(book, "me_form", ReportParams(fiscal_year=2026, activity_id=book.assembly))
    assert report.title == "M&E form: 1.1"
    facts, indicators, cost, visits, review = report.tables()
    assert facts.columns[1].title == "1.1 — General assembly"
    rows = dict(data_rows(facts))
    assert rows["Goal"] == "Goal G1: Strengthen the CBO"
    assert rows["Objective or expected result"] == "Members approve the report and the plan"
    assert rows["Responsible person"] == "Sok Chan" and rows["Monitoring person"] == "Chan Sophea"
    assert rows["Planned dates"] == "March 2026"
    assert rows["Actual dates"] == "10 Mar 2026 – 5 Jun 2026"
    assert rows["Participants"] == "30 women, 20 men, 50 in all"
    assert data_rows(indicators) == [
        ("Members attending", "people", 40, 60, 50, 30, 20, Decimal("83.3")),
        ("Minutes approved", "minutes", 0, 1, 1, None, None, Decimal("100.0"))]
    # The activity's currency first; dollars spent on it apart, without a budget.
    assert data_rows(cost) == [("Riel", Money("400000", KHR), Money("150000", KHR), Money("250000", KHR),
                                Decimal("37.5")),
                               ("Dollars", None, Money("20", USD), Money("-20", USD), None)]
    assert [(r[0], r[2], r[3], r[6]) for r in data_rows(visits)] == [(date(2026, 3, 15), 20, 15, 2),
                                                                     (date(2026, 6, 5), 10, 5, None)]
    assert [cells(r) for r in review.rows] == [
        ("Results", "The report and plan were approved."), ("Problems and quality", "Not written yet."),
        ("Lessons learned", "Invite members two weeks ahead."),
        ("Next steps and recommendations", "Not written yet.")]
    assert [c.decimals for c in indicators.columns[2:7]] == [0] * 5  # counts, not hundredths
    [signatures] = [b for s in report.sections for b in s.blocks if isinstance(b, Signatures)]
    assert [(s.role, s.name) for s in signatures.signatures] == [("Monitoring person", "Chan Sophea"),
                                                                 ("Responsible person", "Sok Chan")]


def test_the_me_form_of_every_activity(book: Book) -> None:
    report = build(book, "me_form")
    assert len(report.sections) == 3
    khmer = build(book, "me_form", ReportParams(fiscal_year=2026, activity_id=book.assembly, language="km"))
    facts = khmer.tables()[0]
    assert "សុខ ចាន់" in [c for r in data_rows(facts) for c in r]


def test_the_indicator_table(book: Book) -> None:
    report = build(book, "indicators")
    [t] = report.tables()
    assert [(r[0], r[1], r[6], r[7], r[8], r[9]) for r in data_rows(t)] == [
        ("1.1", "Members attending", 50, 30, 20, Decimal("83.3")),
        ("1.1", "Minutes approved", 1, None, None, Decimal("100.0")),
        ("2.1", "Patrols done", 8, None, None, Decimal("33.3")),
        ("3.1", "People trained", None, None, None, None)]
    [chart] = [b for s in report.sections for b in s.blocks if isinstance(b, Chart)]
    assert [s.name for s in chart.series] == ["Target", "Achieved"]
    # Each indicator as a share of its own target: people, minutes and patrols on one axis.
    assert list(chart.series[0].values) == [100] * 4
    assert list(chart.series[1].values) == [Decimal("83.3"), 100, Decimal("33.3"), 0]
    assert figures(report)["Target reached"] == 1 and figures(report)["Not measured yet"] == 1
    one = build(book, "indicators", ReportParams(fiscal_year=2026, activity_id=book.patrols))
    assert [r[1] for r in data_rows(one.tables()[0])] == ["Patrols done"]


def test_participation_by_sex(book: Book) -> None:
    report = build(book, "participation_by_sex")
    [t] = report.tables()
    assert data_rows(t) == [("1.1", "General assembly", 2, 30, 20, 50, Decimal("60.0")),
                            ("2.1", "Fish conservation patrols", 2, 4, 11, 15, Decimal("26.7")),
                            ("3.1", "Savings training", 0, 0, 0, 0, None)]
    assert t.totals == ("Total", None, 4, 34, 31, 65, Decimal("52.3"))
    assert figures(report)["Participants"] == 65 and figures(report)["% women"] == "52.3%"


def test_budget_against_actual_keeps_the_currencies_apart(book: Book) -> None:
    report = build(book, "activity_budget")
    riel, dollars = report.tables()
    assert [c.currency for c in riel.columns if c.kind == "money"] == [KHR] * 3
    assert data_rows(riel) == [
        ("1.1", "General assembly", "Done", "Oxfam grant (Oxfam)", Money("400000", KHR), Money("150000", KHR),
         Money("250000", KHR), Decimal("37.5")),
        ("3.1", "Savings training", "Planned", "", Money("0", KHR), Money("0", KHR), Money("0", KHR), None)]
    assert riel.totals == ("Total", None, None, None, Money("400000", KHR), Money("150000", KHR),
                           Money("250000", KHR), Decimal("37.5"))
    # Dollars spent on the riel activity: in the dollar table, without a budget, greyed.
    assert data_rows(dollars) == [
        ("1.1", "General assembly", "Done", "Oxfam grant (Oxfam)", None, Money("20", USD), Money("-20", USD), None),
        ("2.1", "Fish conservation patrols", "Ongoing", "", Money("500", USD), Money("120", USD),
         Money("380", USD), Decimal("24.0"))]
    assert isinstance(dollars.rows[0], Row) and dollars.rows[0].style == "muted"
    assert dollars.totals == ("Total", None, None, None, Money("500", USD), Money("140", USD), Money("360", USD),
                              Decimal("28.0"))


# --- the files -------------------------------------------------------------------------------------------


def _sheet(book_file: Path, prefix: str) -> list[tuple[Any, ...]]:
    workbook = openpyxl.load_workbook(book_file)
    [name] = [n for n in workbook.sheetnames if n.startswith(prefix)]
    return [tuple(r) for r in workbook[name].iter_rows(values_only=True)]


def test_the_budget_workbook_holds_the_figures(book: Book, tmp_path: Path) -> None:
    out = tmp_path / "budget.xlsx"
    render_xlsx(build(book, "activity_budget"), out)
    riel = _sheet(out, "Budget KHR")
    assert riel[1][:8] == ("1.1", "General assembly", "Done", "Oxfam grant (Oxfam)", 400000, 150000, 250000,
                           Decimal("0.375") if isinstance(riel[1][7], Decimal) else pytest.approx(0.375))
    dollars = _sheet(out, "Budget USD")
    assert dollars[1][4:7] == (None, 20, -20)
    assert dollars[2][4:7] == (500, 120, 380)
    assert dollars[3][4] == "=SUM(E2:E3)"


def test_the_grid_workbook_shades_the_months(book: Book, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    render_xlsx(build(book, "activity_plan"), out)
    workbook = openpyxl.load_workbook(out)
    [name] = [n for n in workbook.sheetnames if n.startswith("Plan")]
    sheet = workbook[name]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "1.1")
    march, april, july = row[6], row[7], row[10]
    assert march.value == rp.DONE_MARK and march.fill.fgColor.rgb.endswith(rp.DONE_FILL[1:].upper())
    assert april.fill.fgColor.rgb.endswith(rp.UNPLANNED_FILL[1:].upper())
    assert july.value is None and july.fill.fill_type is None
    assert row[16].value == 400000


@pytest.mark.parametrize("language", ["en", "km"])
@pytest.mark.parametrize("code", ["activity_plan", "me_form", "indicators", "participation_by_sex",
                                  "activity_budget"])
def test_every_plan_report_renders(book: Book, tmp_path: Path, code: str, language: str) -> None:
    report = build(book, code, ReportParams(fiscal_year=2026, language=language))
    pdf = tmp_path / f"{code}-{language}.pdf"
    pages = render_pdf(report, pdf)
    reader = PdfReader(pdf)
    assert len(reader.pages) == pages >= 1
    box = reader.pages[0].mediabox
    assert (float(box.width) > float(box.height)) == (report.orientation == "landscape")
    if code == "me_form":
        assert pages >= 3  # one activity after another, each from a new page
    out = tmp_path / f"{code}-{language}.xlsx"
    render_xlsx(report, out)
    assert len(openpyxl.load_workbook(out).sheetnames) == 1 + len(report.tables()) + sum(
        1 for s in report.sections for b in s.blocks if isinstance(b, Chart))
