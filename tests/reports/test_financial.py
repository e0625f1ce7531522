"""The financial reports against the cash book they are made from, on SQLite and PostgreSQL.

One small book, written through the services as a treasurer would: receipts and
payments in riel and dollars, a fund with a budget, a transfer, an exchange, a
reversal, a payment approved by the chair and two monthly closings with their
counts. Each report is made through ``registry.build`` and its figures are
compared, exactly, with what the book says.

The book (cash box in riel, opened 1 Dec 2025 with 100,000៛; mobile money in
riel, opened with 0; bank in dollars, opened with $250.00):

    2025-12-15  R  fees        +20,000៛   cash box
    2026-01-10  R  fees       +500,000៛   cash box
    2026-01-15  R  grants      +$500.00   bank, fund "Fish conservation"
    2026-01-20  P  meetings   -120,000៛   cash box
    (December and January of the cash box closed: 490,000៛ counted, 500,000៛ in the book)
    2026-02-03  P  meetings     -$50.00   bank, fund
    2026-02-05  P  transport   -30,000៛   cash box, reversed on 2026-02-06
    2026-02-10  T  100,000៛ cash box → mobile money
    2026-02-12  T  $100.00 bank → 410,000៛ cash box at 4,100
    2026-03-01  R  fees        +15,300៛   cash box
    2026-03-05  P  equipment  -450,000៛   cash box, above the limit: approved by the chair
    2026-04-01  R  other      +1,250,500៛ cash box
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from cbodesk.domain.cashbook import DENOMINATIONS, EntryDraft, TransferDraft
from cbodesk.domain.errors import InvalidInput, UserCancelled
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.i18n import catalogue
from cbodesk.reports import registry
from cbodesk.reports.model import (
    Chart,
    KeyFigures,
    Paragraph,
    Report,
    Row,
    Section,
    Table,
)
from cbodesk.reports.registry import Progress, ReportParams
from cbodesk.services import approvals, budget, cashbook, closing, reporting
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo

KHR, USD = Currency.KHR, Currency.USD
PROFILE = OrganisationProfile(
    name_km="សហគមន៍កសិករស្វាយជ្រំ", name_en="Svay Chrum Farmers", acronym="SCF", sector="agriculture",
    province="20", district="Svay Chrum", commune="Basak", village="Thlok")
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
CHAIR = Actor("sok.dara", "Sok Dara", frozenset({"chair"}))
VIEWER = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))
NOBODY = Actor("guest", "Guest", frozenset())

Q1 = ReportParams(date_from=date(2026, 1, 1), date_to=date(2026, 3, 31))


def riel(amount: str) -> Money:
    return Money(amount, KHR)


def usd(amount: str) -> Money:
    return Money(amount, USD)


# --- the book ---------------------------------------------------------------------------


@dataclass
class Book:
    cbo: Cbo
    box: int  # cash box, riel
    mobile: int  # mobile money, riel
    bank: int  # bank, dollars
    grant: int  # the fund
    entries: dict[str, cashbook.EntryView]
    closings: dict[str, closing.ClosingView]


def _write_book(cbo: Cbo) -> Book:
    codes = {c.code: c.id for c in cashbook.categories(cbo)}
    box = cashbook.add_account(cbo, TREASURER, "Cash box – riel", "cash", KHR, riel("100000"),
                               date(2025, 12, 1)).id
    mobile = cashbook.add_account(cbo, TREASURER, "Wing – riel", "mobile", KHR, riel("0"), date(2025, 12, 1)).id
    bank = cashbook.add_account(cbo, TREASURER, "ACLEDA – dollars", "bank", USD, usd("250"), date(2025, 12, 1)).id
    grant = cashbook.add_fund(cbo, TREASURER, "Fish conservation", donor="Oxfam").id
    entries: dict[str, cashbook.EntryView] = {}

    def record(name: str, kind: str, day: date, account: int, amount: Money, code: str, party: str,
               fund: int | None = None, description: str = "") -> None:
        draft = EntryDraft(kind, day, account, amount, codes[code], party=party, fund_id=fund,
                           description=description)
        entries[name] = cashbook.record_entry(cbo, TREASURER, draft, today=day)

    record("fees_dec", "receipt", date(2025, 12, 15), box, riel("20000"), "fees", "Members")
    record("fees_jan", "receipt", date(2026, 1, 10), box, riel("500000"), "fees", "Members",
           description="Fees of January")
    record("grant", "receipt", date(2026, 1, 15), bank, usd("500"), "grants", "Oxfam", fund=grant)
    record("meeting_jan", "payment", date(2026, 1, 20), box, riel("120000"), "meetings", "Market shop")
    closings = {
        "december": closing.close_month(cbo, TREASURER, box, 2025, 12, counts={100_000: 1, 20_000: 1},
                                        counted_by="Chan Sophea", checked_by="Heng Sokhly",
                                        today=date(2026, 2, 1)),
        "january": closing.close_month(cbo, TREASURER, box, 2026, 1, counts={200_000: 2, 50_000: 1, 10_000: 4},
                                       counted_by="Chan Sophea", checked_by="Heng Sokhly",
                                       explanation="10,000 riel lent to the village chief for the meeting",
                                       today=date(2026, 2, 1)),
    }
    record("meeting_feb", "payment", date(2026, 2, 3), bank, usd("50"), "meetings", "Guest house", fund=grant)
    record("wrong", "payment", date(2026, 2, 5), box, riel("30000"), "transport", "Moto taxi")
    entries["correction"] = cashbook.reverse_entry(cbo, TREASURER, entries["wrong"].id, "Paid twice",
                                                   day=date(2026, 2, 6))[0]
    entries["transfer"] = cashbook.record_transfer(cbo, TREASURER, TransferDraft(
        date(2026, 2, 10), box, mobile, riel("100000"), riel("100000"), description="To the Wing wallet"),
        today=date(2026, 2, 10))[0]
    entries["exchange"] = cashbook.record_transfer(cbo, TREASURER, TransferDraft(
        date(2026, 2, 12), bank, box, usd("100"), riel("410000"), rate=Decimal("4100")),
        today=date(2026, 2, 12))[0]
    record("fees_mar", "receipt", date(2026, 3, 1), box, riel("15300"), "fees", "Members")
    record("equipment", "payment", date(2026, 3, 5), box, riel("450000"), "equipment", "Kratie hardware",
           description="Water pump")
    approvals.decide(cbo, CHAIR, entries["equipment"].id, "approved")
    record("rice", "receipt", date(2026, 4, 1), box, riel("1250500"), "other_in", "Rice buyer")

    budget.set_budget(cbo, TREASURER, 2026, codes["fees"], None, riel("1000000"))
    budget.set_budget(cbo, TREASURER, 2026, codes["meetings"], None, riel("300000"))
    budget.set_budget(cbo, TREASURER, 2026, codes["meetings"], grant, usd("200"))
    budget.set_budget(cbo, TREASURER, 2026, codes["grants"], grant, usd("500"))
    return Book(cbo, box, mobile, bank, grant, entries, closings)


@pytest.fixture
def book(cbo_location: str) -> Iterator[Book]:
    cbo, _admin = new_cbo(cbo_location, PROFILE, "Long Samnang")
    with cbo:
        yield _write_book(cbo)


# --- reading a report -----------------------------------------------------------------------


NO_CHOICES = ReportParams()


def build(book: Book, code: str, params: ReportParams = NO_CHOICES, actor: Actor = VIEWER,
          progress: Progress = registry.NO_PROGRESS) -> Report:
    report = registry.build(book.cbo, actor, code, params, progress)
    check_report(book, report)
    return report


def cells(row: Row | Sequence[Any]) -> tuple[Any, ...]:
    return tuple(row.cells) if isinstance(row, Row) else tuple(row)


def style(row: Row | Sequence[Any]) -> str:
    return row.style if isinstance(row, Row) else "normal"


def section(report: Report, title: str) -> Section:
    found = [s for s in report.sections if s.title == title]
    assert len(found) == 1, [s.title for s in report.sections]
    return found[0]


def table(where: Section | Report, title: str) -> Table:
    blocks = where.blocks if isinstance(where, Section) else [b for s in where.sections for b in s.blocks]
    found = [b for b in blocks if isinstance(b, Table) and b.title == title]
    assert len(found) == 1, [b.title for b in blocks if isinstance(b, Table)]
    return found[0]


def rows(t: Table) -> list[tuple[Any, ...]]:
    return [cells(r) for r in t.rows]


def figures(where: Section | Report, title: str = "") -> dict[str, Any]:
    blocks = where.blocks if isinstance(where, Section) else [b for s in where.sections for b in s.blocks]
    found = [b for b in blocks if isinstance(b, KeyFigures) and b.title == title]
    assert len(found) == 1
    return {f.label: f.value for f in found[0].figures}


def texts(report: Report) -> list[str]:
    return [b.text for s in report.sections for b in s.blocks if isinstance(b, Paragraph)]


def check_report(book: Book, report: Report) -> None:
    """What holds for every financial report: the book's fingerprint, signatures, and tables
    whose money columns hold their own currency and whose totals are the sums of their rows."""
    assert report.fingerprint == cashbook.book_fingerprint(book.cbo)
    assert report.signatures is not None and report.signatures.signatures
    assert report.letterhead.name_en == "Svay Chrum Farmers"
    assert report.generated_by == VIEWER.full_name or report.generated_by
    for t in report.tables():
        for row in t.rows:
            assert len(cells(row)) == len(t.columns)
            for column, cell in zip(t.columns, cells(row), strict=True):
                if column.kind == "money":
                    assert cell is None or (isinstance(cell, Money) and cell.currency is column.currency), \
                        (t.title, column.title, cell)
        if t.totals is None:
            continue
        for i, column in enumerate(t.columns):
            if not column.summed:
                continue
            values = [cells(row)[i] for row in t.rows if cells(row)[i] is not None]
            if column.kind == "money":
                assert column.currency is not None
                expected: Any = Money.zero(column.currency)
                for value in values:
                    expected = expected + value
            else:
                expected = sum(values)
            assert t.totals[i] == expected, (t.title, column.title)


# --- the kinds --------------------------------------------------------------------------------


def test_the_financial_kinds_and_what_they_need() -> None:
    found = {k.code: k for k in registry.kinds() if k.code in {
        "register", "income_expenditure", "monthly_summary", "budget_actual", "cash_position",
        "cash_count", "voucher", "fund", "notice_board"}}
    assert {code: set(k.needs) for code, k in found.items()} == {
        "register": {"account", "period"},
        "income_expenditure": {"period", "rate"},
        "monthly_summary": {"fiscal_year"},
        "budget_actual": {"fiscal_year", "fund_opt"},
        "cash_position": {"on"},
        "cash_count": {"closing"},
        "voucher": {"entry"},
        "fund": {"fund", "period"},
        "notice_board": {"period"},
    }
    assert all(k.financial for k in found.values())
    assert found["notice_board"].default_language == "km" and found["notice_board"].chapter == 5
    assert {k.chapter for code, k in found.items() if code != "notice_board"} == {4}


def test_reports_need_their_choices_and_the_right_to_see_them(book: Book) -> None:
    with pytest.raises(InvalidInput) as missing:
        registry.build(book.cbo, VIEWER, "register", ReportParams(date_from=date(2026, 1, 1)))
    assert {p.field for p in missing.value.problems} == {"account_id", "date_to"}
    with pytest.raises(InvalidInput) as backwards:
        registry.build(book.cbo, VIEWER, "income_expenditure",
                       ReportParams(date_from=date(2026, 3, 1), date_to=date(2026, 1, 1)))
    assert [p.field for p in backwards.value.problems] == ["date_to"]
    with pytest.raises(InvalidInput) as no_rate_date:
        registry.build(book.cbo, VIEWER, "income_expenditure", dataclasses.replace(Q1, rate=Decimal("4100")))
    assert [p.field for p in no_rate_date.value.problems] == ["rate_date"]
    with pytest.raises(NotAllowed):
        registry.build(book.cbo, NOBODY, "cash_position", ReportParams(on=date(2026, 3, 31)))


# --- register -----------------------------------------------------------------------------------


def test_register_lists_the_account_with_its_running_balance(book: Book) -> None:
    report = build(book, "register", dataclasses.replace(Q1, account_id=book.box))
    assert (report.orientation, report.period) == ("landscape", "1 Jan 2026 – 31 Mar 2026")
    t = report.tables()[0]
    assert [c.title for c in t.columns] == ["Date", "Number", "Received from / paid to", "Description",
                                            "Category", "In", "Out", "Balance"]
    e = book.entries
    got = [(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows(t)]
    assert got == [
        (date(2026, 1, 1), None, None, "Opening balance", None, None, None, riel("120000")),
        (date(2026, 1, 10), e["fees_jan"].number, "Members", "Fees of January", "Membership fees",
         riel("500000"), None, riel("620000")),
        (date(2026, 1, 20), e["meeting_jan"].number, "Market shop", "", "Meetings", None, riel("120000"),
         riel("500000")),
        (date(2026, 2, 5), e["wrong"].number, "Moto taxi", f"(corrected by {e['correction'].number})",
         "Transport", None, riel("30000"), riel("470000")),
        # A correction stands in the column of the entry it corrects, with the opposite sign.
        (date(2026, 2, 6), e["correction"].number, "Moto taxi", f"Correction of {e['wrong'].number}: Paid twice",
         "Transport", None, riel("-30000"), riel("500000")),
        (date(2026, 2, 10), e["transfer"].number, "Wing – riel", "To the Wing wallet", "Transfer", None,
         riel("100000"), riel("400000")),
        (date(2026, 2, 12), e["exchange"].number, "ACLEDA – dollars", "", "Currency exchange", riel("410000"),
         None, riel("810000")),
        (date(2026, 3, 1), e["fees_mar"].number, "Members", "", "Membership fees", riel("15300"), None,
         riel("825300")),
        (date(2026, 3, 5), e["equipment"].number, "Kratie hardware", "Water pump", "Equipment", None,
         riel("450000"), riel("375300")),
        (date(2026, 3, 31), None, None, "Closing balance", None, None, None, riel("375300")),
    ]
    assert [style(r) for r in t.rows] == ["subtotal", "normal", "normal", "muted", "muted", "normal", "normal",
                                          "normal", "normal", "subtotal"]
    assert t.totals == ("Total", None, None, None, None, riel("925300"), riel("670000"), None)
    # The running balance ends where the book's balance stands.
    assert rows(t)[-2][7] == cashbook.balances(book.cbo, date(2026, 3, 31))[book.box] == riel("375300")
    assert figures(report) == {"Opening balance": riel("120000"), "Money in": riel("925300"),
                               "Money out": riel("670000"), "Closing balance": riel("375300")}


def test_register_of_an_account_opened_in_the_period_and_of_a_quiet_one(book: Book) -> None:
    # From before the accounts were opened: the opening balance is the account's own, on its day.
    report = build(book, "register", ReportParams(account_id=book.bank, date_from=date(2025, 11, 1),
                                                  date_to=date(2026, 12, 31)))
    got = rows(report.tables()[0])
    assert got[0][0] == date(2025, 12, 1) and got[0][7] == usd("250")
    assert got[-1][7] == cashbook.balances(book.cbo)[book.bank] == usd("600")
    # A period without entries: opening and closing balance only.
    quiet = build(book, "register", ReportParams(account_id=book.mobile, date_from=date(2026, 3, 1),
                                                 date_to=date(2026, 3, 31)))
    assert [r[3] for r in rows(quiet.tables()[0])] == ["Opening balance", "Closing balance"]
    assert rows(quiet.tables()[0])[-1][7] == riel("100000")


def test_register_opening_balance_on_any_day_agrees_with_the_book(book: Book) -> None:
    """The opening balance starts from the newest monthly closing before the period when there is one."""
    for day in (date(2025, 12, 1), date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 31), date(2026, 2, 1),
                date(2026, 2, 6), date(2026, 2, 7), date(2026, 4, 1), date(2026, 4, 2)):
        register = reporting.register(book.cbo, book.box, day, date(2026, 12, 31))
        # On the day the account was opened, its starting balance is there from the morning.
        expected = (riel("100000") if day == date(2025, 12, 1)
                    else cashbook.balances(book.cbo, day - timedelta(days=1))[book.box])
        assert register.opening == expected, day
        assert register.closing == cashbook.balances(book.cbo)[book.box]


def test_register_reports_progress_and_can_be_cancelled(book: Book) -> None:
    steps: list[tuple[int, int]] = []
    build(book, "register", dataclasses.replace(Q1, account_id=book.box),
          progress=Progress(lambda done, total: steps.append((done, total))))
    assert steps[0] == (0, 8) and steps[-1] == (8, 8)
    with pytest.raises(UserCancelled):
        registry.build(book.cbo, VIEWER, "register", dataclasses.replace(Q1, account_id=book.box),
                       Progress(cancelled=lambda: True))


# --- income and expenditure -------------------------------------------------------------------


def test_income_and_expenditure_per_currency(book: Book) -> None:
    report = build(book, "income_expenditure", Q1)
    assert [s.title for s in report.sections] == ["Riel", "Dollars", ""]
    khr, dollars = section(report, "Riel"), section(report, "Dollars")
    assert rows(table(khr, "Income")) == [("Membership fees", riel("515300"))]
    # The reversed transport payment nets out to zero in its own category.
    assert rows(table(khr, "Expenditure")) == [("Meetings", riel("120000")), ("Transport", riel("0")),
                                               ("Equipment", riel("450000"))]
    assert table(khr, "Expenditure").totals == ("Total expenditure", riel("570000"))
    assert figures(khr, "Result") == {"Total income": riel("515300"), "Total expenditure": riel("570000"),
                                      "Deficit (more spent than received)": riel("54700")}
    assert figures(khr, "Cash and bank") == {
        "Money at the start": riel("120000"), "Money received": riel("515300"), "Money spent": riel("570000"),
        "Exchanged between riel and dollars": riel("410000"), "Money at the end": riel("475300")}
    assert rows(table(dollars, "Income")) == [("Grants and donations", usd("500"))]
    assert rows(table(dollars, "Expenditure")) == [("Meetings", usd("50"))]
    assert figures(dollars, "Result")["Surplus (more received than spent)"] == usd("450")
    assert figures(dollars, "Cash and bank") == {
        "Money at the start": usd("250"), "Money received": usd("500"), "Money spent": usd("50"),
        "Exchanged between riel and dollars": usd("-100"), "Money at the end": usd("600")}
    # The money at the end is what the accounts hold, currency by currency.
    balances = cashbook.balances(book.cbo, date(2026, 3, 31))
    assert sum((m.amount for m in balances.values() if m.currency is KHR), Decimal(0)) == Decimal("475300")
    # No combined total without a rate: no table adds riel and dollars.
    assert all(len({c.currency for c in t.columns if c.currency}) <= 1 for t in report.tables())


def test_riel_and_dollars_together_only_at_a_given_rate(book: Book) -> None:
    params = dataclasses.replace(Q1, rate=Decimal("4100"), rate_date=date(2026, 3, 31))
    report = build(book, "income_expenditure", params)
    together = section(report, "Riel and dollars together")
    t = together.blocks[0]
    assert isinstance(t, Table)
    assert t.title == "Riel and dollars together, at 1 $ = 4,100 ៛ on 31 Mar 2026"
    assert "1 $ = 4,100 ៛ on 31 Mar 2026" in t.note
    assert [c.currency for c in t.columns] == [None, KHR, USD, KHR]
    assert rows(t) == [
        ("Total income", riel("515300"), usd("500"), riel("2565300")),
        ("Total expenditure", riel("570000"), usd("50"), riel("775000")),
        ("Surplus (deficit)", riel("-54700"), usd("450"), riel("1790300")),
    ]
    # The riel and dollar sections are the same as without a rate.
    plain = build(book, "income_expenditure", Q1)
    assert rows(table(section(report, "Riel"), "Income")) == rows(table(section(plain, "Riel"), "Income"))


def test_a_report_in_khmer_uses_the_khmer_category_names(book: Book) -> None:
    report = build(book, "income_expenditure", dataclasses.replace(Q1, language="km"))
    names = [r[0] for t in report.tables() for r in rows(t)]
    assert "ភាគទានសមាជិក" in names and "Membership fees" not in names
    assert report.settings.language == "km"
    assert report.letterhead.address == "ភូមិ Thlok ឃុំ Basak ស្រុក Svay Chrum ខេត្តស្វាយរៀង"


# --- twelve months ----------------------------------------------------------------------------------


def test_monthly_summary_of_a_fiscal_year(book: Book) -> None:
    report = build(book, "monthly_summary", ReportParams(fiscal_year=2026))
    assert report.orientation == "landscape"
    assert report.period == "Fiscal year 2026 (1 Jan 2026 – 31 Dec 2026)"
    khr, dollars = section(report, "Riel"), section(report, "Dollars")
    income = table(khr, "Income")
    assert [c.title for c in income.columns][:3] == ["Category", "Jan 2026", "Feb 2026"]
    assert len(income.columns) == 14
    months = [riel("0")] * 12

    def year(*values: tuple[int, str]) -> tuple[Money, ...]:
        found = list(months)
        for month, amount in values:
            found[month - 1] = riel(amount)
        return tuple(found)

    assert rows(income) == [
        ("Membership fees", *year((1, "500000"), (3, "15300")), riel("515300")),
        ("Other income", *year((4, "1250500")), riel("1250500")),
    ]
    assert rows(table(khr, "Expenditure")) == [
        ("Meetings", *year((1, "120000")), riel("120000")),
        ("Transport", *year(), riel("0")),
        ("Equipment", *year((3, "450000")), riel("450000")),
    ]
    result = rows(table(khr, "Result"))
    assert result[2][0] == "Surplus (deficit)"
    assert result[2][1:5] == (riel("380000"), riel("0"), riel("-434700"), riel("1250500"))
    assert result[2][13] == riel("1195800")
    assert rows(table(dollars, "Income"))[0][1] == usd("500")
    chart = next(b for b in khr.blocks if isinstance(b, Chart))
    assert chart.series[0].values[:4] == [Decimal("500000"), Decimal("0"), Decimal("15300"), Decimal("1250500")]
    # The monthly sums are the yearly ones of the budget service, month by month.
    by_year = {(r.category_id, r.currency): r.actual for r in budget.budget_vs_actual(book.cbo, 2026)}
    monthly = reporting.monthly_category_totals(book.cbo, date(2026, 1, 1), date(2026, 12, 31))
    summed: dict[tuple[int, Currency], Money] = {}
    for m in monthly:
        key = (m.category_id, m.currency)
        summed[key] = summed.get(key, Money.zero(m.currency)) + m.amount
    assert summed == by_year


def test_monthly_summary_of_a_fiscal_year_starting_in_july(cbo_location: str) -> None:
    cbo, _ = new_cbo(cbo_location, dataclasses.replace(PROFILE, fiscal_year_start_month=7), "Long Samnang")
    with cbo:
        book = _write_book(cbo)
        report = build(book, "monthly_summary", ReportParams(fiscal_year=2025))
        income = table(section(report, "Riel"), "Income")
        assert [c.title for c in income.columns][1] == "Jul 2025"
        assert [c.title for c in income.columns][12] == "Jun 2026"
        assert income.totals is not None and income.totals[-1] == riel("1785800")  # Dec to April


# --- budget against actual -----------------------------------------------------------------------


def test_budget_against_actual_for_the_cbo_and_per_fund(book: Book) -> None:
    report = build(book, "budget_actual", ReportParams(fiscal_year=2026))
    whole = section(report, "The whole CBO")
    assert rows(table(whole, "Income – Riel")) == [
        ("Membership fees", riel("1000000"), riel("515300"), riel("484700"), Decimal("51.5")),
        ("Other income", riel("0"), riel("1250500"), riel("-1250500"), None),
    ]
    assert rows(table(whole, "Expenditure – Riel")) == [
        ("Meetings", riel("300000"), riel("120000"), riel("180000"), Decimal("40.0")),
        ("Transport", riel("0"), riel("0"), riel("0"), None),
        ("Equipment", riel("0"), riel("450000"), riel("-450000"), None),
    ]
    assert rows(table(whole, "Expenditure – Dollars")) == [
        ("Meetings", usd("200"), usd("50"), usd("150"), Decimal("25.0"))]
    fund = section(report, "Fund: Fish conservation (Oxfam)")
    assert rows(table(fund, "Income – Dollars")) == [
        ("Grants and donations", usd("500"), usd("500"), usd("0"), Decimal("100.0"))]
    only = build(book, "budget_actual", ReportParams(fiscal_year=2026, fund_id=book.grant))
    assert [s.title for s in only.sections] == ["Fund: Fish conservation (Oxfam)", ""]
    assert rows(table(only, "Expenditure – Dollars")) == rows(table(fund, "Expenditure – Dollars"))


# --- cash position --------------------------------------------------------------------------------


def test_cash_position_on_a_day(book: Book) -> None:
    on = date(2026, 3, 31)
    report = build(book, "cash_position", ReportParams(on=on))
    t = report.tables()[0]
    assert [(c.title, c.currency) for c in t.columns] == [("Account", None), ("Kind", None), ("Riel", KHR),
                                                          ("Dollars", USD)]
    mine = {r[0]: r[1:] for r in rows(t)}
    assert mine["Cash box – riel"] == ("Cash box", riel("375300"), None)
    assert mine["Wing – riel"] == ("Mobile money", riel("100000"), None)
    assert mine["ACLEDA – dollars"] == ("Bank account", None, usd("600"))
    balances = cashbook.balances(book.cbo, on)
    total_riel = sum((m.amount for m in balances.values() if m.currency is KHR), Decimal(0))
    assert t.totals == ("Total", None, riel(str(total_riel)), usd("600"))
    assert report.period == "On 31 Mar 2026"
    # Before the accounts were opened, nothing is listed.
    assert rows(build(book, "cash_position", ReportParams(on=date(2025, 11, 30))).tables()[0]) == []


# --- cash count sheet --------------------------------------------------------------------------------


def test_cash_count_sheet_of_a_closing(book: Book) -> None:
    january = book.closings["january"]
    report = build(book, "cash_count", ReportParams(closing_id=january.id))
    assert report.title == "Cash count sheet"
    assert report.period == "January 2026, at the end of the month"
    t = report.tables()[0]
    got = rows(t)
    assert [r[0] for r in got] == [riel(str(d)) for d in DENOMINATIONS[KHR]]
    counted = {r[0]: (r[1], r[2]) for r in got if r[1] is not None}
    assert counted == {riel("200000"): (2, riel("400000")), riel("50000"): (1, riel("50000")),
                       riel("10000"): (4, riel("40000"))}
    assert t.totals == ("Total counted", 7, riel("490000"))
    assert figures(report) == {"Cash counted": riel("490000"), "Balance in the cash book": riel("500000"),
                               "Difference (counted - book)": riel("-10000")}
    assert january.book == riel("500000") == cashbook.balances(book.cbo, date(2026, 1, 31))[book.box]
    assert "Explanation of the difference: 10,000 riel lent to the village chief for the meeting" in texts(report)
    assert report.signatures is not None
    assert [(s.role, s.name) for s in report.signatures.signatures] == [("Counted by", "Chan Sophea"),
                                                                        ("Checked by", "Heng Sokhly")]
    assert reporting.closing_choices(book.cbo) == [
        (january.id, "Cash box – riel, January 2026"),
        (book.closings["december"].id, "Cash box – riel, December 2025")]
    with pytest.raises(Exception, match="does not exist"):
        registry.build(book.cbo, VIEWER, "cash_count", ReportParams(closing_id=9999))


# --- vouchers ------------------------------------------------------------------------------------------


def test_payment_voucher_with_amount_in_words_and_approval(book: Book) -> None:
    equipment = book.entries["equipment"]
    report = build(book, "voucher", ReportParams(entry_id=equipment.id, language="km"))
    km = catalogue("km")

    def t(text: str) -> str:
        return km("reports", text)

    assert (report.page_size, report.orientation) == ("A5", "landscape")
    assert figures(report) == {t("Number"): equipment.number, t("Date"): date(2026, 3, 5),
                               t("Amount"): riel("450000")}
    words = texts(report)
    # Both languages, whatever the report's language.
    assert t("In words (Khmer): {words}").format(words="បួនសែនប្រាំម៉ឺនរៀល") in words
    assert t("In words (English): {words}").format(words="four hundred fifty thousand riel") in words
    assert t("Paid to: {party}").format(party="Kratie hardware") in words
    assert t("Category: {category}").format(category="ឧបករណ៍") in words
    assert report.signatures is not None
    assert [(s.role, s.name) for s in report.signatures.signatures] == [
        (t("Paid by"), "Chan Sophea"), (t("Received by"), "Kratie hardware"), (t("Approved by"), "Sok Dara")]

def test_receipt_vouchers_in_riel_and_dollars(book: Book) -> None:
    rice = build(book, "voucher", ReportParams(entry_id=book.entries["rice"].id))
    assert rice.title == "Receipt"
    assert "In words (English): one million two hundred fifty thousand five hundred riel" in texts(rice)
    assert "In words (Khmer): មួយលានពីរសែនប្រាំម៉ឺនប្រាំរយរៀល" in texts(rice)
    assert rice.signatures is not None
    assert [s.role for s in rice.signatures.signatures] == ["Received by", "Paid by"]
    grant = build(book, "voucher", ReportParams(entry_id=book.entries["grant"].id))
    assert "In words (English): five hundred dollars" in texts(grant)
    assert "In words (Khmer): ប្រាំរយដុល្លារ" in texts(grant)
    assert "Fund: Fish conservation (Oxfam)" in texts(grant)
    exchange = build(book, "voucher", ReportParams(entry_id=book.entries["exchange"].id))
    assert exchange.title == "Exchange voucher"
    assert figures(exchange)["Amount"] == usd("100")
    assert "Exchange rate: 1 $ = 4,100 ៛" in texts(exchange)
    correction = build(book, "voucher", ReportParams(entry_id=book.entries["correction"].id))
    assert f"Corrects entry {book.entries['wrong'].number}. Reason: Paid twice" in texts(correction)


# --- fund report ----------------------------------------------------------------------------------------


def test_fund_report(book: Book) -> None:
    report = build(book, "fund", dataclasses.replace(Q1, fund_id=book.grant))
    dollars = section(report, "Dollars")
    assert rows(table(dollars, "Received")) == [("Grants and donations", usd("500"))]
    assert rows(table(dollars, "Spent")) == [("Meetings", usd("50"))]
    assert figures(dollars) == {"Balance brought forward": usd("0"), "Received": usd("500"), "Spent": usd("50"),
                                "Balance of the fund": usd("450")}
    later = build(book, "fund", ReportParams(fund_id=book.grant, date_from=date(2026, 2, 1),
                                             date_to=date(2026, 3, 31)))
    assert figures(section(later, "Dollars")) == {
        "Balance brought forward": usd("500"), "Received": usd("0"), "Spent": usd("50"),
        "Balance of the fund": usd("450")}
    assert "Riel" not in [s.title for s in report.sections]


# --- notice board -----------------------------------------------------------------------------------------


def test_notice_board_summary_adds_up_to_the_balances(book: Book) -> None:
    report = build(book, "notice_board", dataclasses.replace(Q1, language="km"))
    blocks = [b for s in report.sections for b in s.blocks if isinstance(b, KeyFigures)]
    assert all(b.large for b in blocks)
    balances = cashbook.balances(book.cbo, date(2026, 3, 31))
    for block in blocks:
        values = [f.value for f in block.figures]
        currency = values[0].currency
        assert values[0] + values[1] - values[2] + (values[3] if len(values) == 5 else Money.zero(currency)) \
            == values[-1]
        assert values[-1].amount == sum((m.amount for m in balances.values() if m.currency is currency),
                                        Decimal(0))
        assert block.figures[-1].emphasis


# --- the service ----------------------------------------------------------------------------------------


def test_latest_rate_skips_reversed_exchanges(book: Book) -> None:
    assert reporting.latest_rate(book.cbo) == (Decimal("4100"), date(2026, 2, 12))
    later = cashbook.record_transfer(book.cbo, TREASURER, TransferDraft(
        date(2026, 4, 2), book.bank, book.box, usd("10"), riel("40500"), rate=Decimal("4050")),
        today=date(2026, 4, 2))
    assert reporting.latest_rate(book.cbo) == (Decimal("4050"), date(2026, 4, 2))
    cashbook.reverse_entry(book.cbo, TREASURER, later[0].id, "Wrong rate", day=date(2026, 4, 2))
    assert reporting.latest_rate(book.cbo) == (Decimal("4100"), date(2026, 2, 12))


def test_a_report_reads_one_moment_of_the_book(book: Book) -> None:
    """An entry recorded on another connection while a report reads is in none of its figures."""
    codes = {c.code: c.id for c in cashbook.categories(book.cbo)}
    with reporting.snapshot(book.cbo):
        before = cashbook.balances(book.cbo)
        fingerprint = cashbook.book_fingerprint(book.cbo)
        failures: list[BaseException] = []

        def record() -> None:
            try:
                cashbook.record_entry(book.cbo, TREASURER, EntryDraft(
                    "receipt", date(2026, 4, 3), book.box, riel("5000"), codes["fees"], party="Members"),
                    today=date(2026, 4, 3))
            except BaseException as exc:  # reported below
                failures.append(exc)

        writer = threading.Thread(target=record)
        writer.start()
        writer.join(30)
        assert not failures and not writer.is_alive()
        assert cashbook.balances(book.cbo) == before
        assert cashbook.book_fingerprint(book.cbo) == fingerprint
    assert cashbook.balances(book.cbo)[book.box] == before[book.box] + riel("5000")
