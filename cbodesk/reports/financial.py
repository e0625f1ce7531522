"""The financial reports (guideline chapters 4 and 5): their data builders and kinds.

Each builder reads the book through :mod:`cbodesk.services.reporting` (sums in
SQL) inside one snapshot, and returns a :class:`~cbodesk.reports.model.Report`
whose tables hold exact values (``Money``, ``date``); the renderers format them.
Riel and dollars are never added together: every figure of money stands in a
table or block of its own currency, and a combined total appears only in the
income and expenditure report, only when the person gave an exchange rate, and
always with that rate and its date printed beside it.

Income and expenditure are receipts and payments with their reversals netted
out in their category; transfers and exchanges between the CBO's own accounts
are neither, and show only where balances must add up (the money summaries).

Importing this module registers its kinds (``registry._AREAS`` names it).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from babel import dates as babel_dates

from cbodesk.domain.cashbook import ACCOUNT_KINDS, DENOMINATIONS, ENTRY_KINDS
from cbodesk.domain.errors import InvalidInput, Problem
from cbodesk.domain.formatting import format_month, to_khmer_digits
from cbodesk.domain.money import Currency, Money, percent_of, sum_money
from cbodesk.domain.words import amount_in_words
from cbodesk.i18n import N_
from cbodesk.reports.common import (
    ReportContext,
    make_report,
    on_text,
    report_kind,
    require,
)
from cbodesk.reports.model import (
    Block,
    Cell,
    Chart,
    Column,
    KeyFigure,
    KeyFigures,
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
from cbodesk.services import budget, cashbook, reporting
from cbodesk.services.reporting import CategoryTotal, MoneySummary

CHAPTER_FINANCE = 4
CHAPTER_ACCOUNTABILITY = 5

# How often the register reports its progress (rows).
_PROGRESS_EVERY = 500


# --- shared pieces ----------------------------------------------------------------


def _kind_label(ctx: ReportContext, kind: str) -> str:
    return ctx.translate("cashbook", ENTRY_KINDS.get(kind, kind))


def _account_kind_label(ctx: ReportContext, kind: str) -> str:
    return ctx.translate("cashbook", ACCOUNT_KINDS.get(kind, kind))


def _currencies_in_use(ctx: ReportContext) -> list[Currency]:
    """The currencies of the CBO's accounts, riel first."""
    held = {a.currency for a in cashbook.accounts(ctx.cbo)}
    return [c for c in Currency if c in held]


def _money_column(title: str, currency: Currency, *, summed: bool = True, width: float = 1.5) -> Column:
    return Column(title, "money", width, currency, summed=summed)


def _sheet(ctx: ReportContext, title: str, currency: Currency) -> str:
    return f"{title} {currency.code}"


def _category_table(ctx: ReportContext, rows: Sequence[CategoryTotal], currency: Currency, *,
                    title: str, amount_title: str, totals_label: str) -> Table:
    """Category | amount, with the total: the money of one kind (income or expense) in one currency."""
    total = sum_money((r.amount for r in rows), currency)
    return Table(
        columns=(Column(ctx.tr(N_("reports", "Category")), "text", 4.0),
                 _money_column(amount_title, currency)),
        rows=[(r.name(ctx.language), r.amount) for r in rows],
        title=title,
        totals=(totals_label, total),
        totals_label=totals_label,
        sheet_name=_sheet(ctx, title, currency),
    )


def _of(totals: Iterable[CategoryTotal], currency: Currency, kind: str) -> list[CategoryTotal]:
    return [t for t in totals if t.currency is currency and t.kind == kind]


def _result(ctx: ReportContext, surplus: Money) -> KeyFigure:
    """The surplus, or the deficit as a positive amount under its own name: no double negative."""
    if surplus.amount < 0:
        return KeyFigure(ctx.tr(N_("reports", "Deficit (more spent than received)")), -surplus, emphasis=True)
    return KeyFigure(ctx.tr(N_("reports", "Surplus (more received than spent)")), surplus, emphasis=True)


SummaryLine = tuple[str, Callable[[MoneySummary], Money]]


def _summary_lines(ctx: ReportContext, exchanged: bool) -> list[SummaryLine]:
    """Opening balance, money in, money out, (exchanged,) closing balance: they add up."""
    tr = ctx.tr
    lines: list[SummaryLine] = [
        (tr(N_("reports", "Money at the start")), lambda s: s.opening),
        (tr(N_("reports", "Money received")), lambda s: s.income),
        (tr(N_("reports", "Money spent")), lambda s: s.expenditure),
    ]
    if exchanged:
        lines.append((tr(N_("reports", "Exchanged between riel and dollars")), lambda s: s.exchanged))
    lines.append((tr(N_("reports", "Money at the end")), lambda s: s.closing))
    return lines


def _balance_figures(ctx: ReportContext, summary: MoneySummary, *, title: str = "") -> KeyFigures:
    lines = _summary_lines(ctx, not summary.exchanged.is_zero())
    last = len(lines) - 1  # the closing balance stands out
    return KeyFigures([KeyFigure(label, value(summary), emphasis=i == last)
                       for i, (label, value) in enumerate(lines)], title=title)


def _percent(part: Money, whole: Money) -> Decimal | None:
    """*part* as a percentage of *whole* (45.5 for 45.5 %), one decimal; None when *whole* is zero."""
    return percent_of(part.amount, whole.amount)


def _month_label(ctx: ReportContext, year: int, month: int) -> str:
    """A short month for a column heading: "Mar 2026" / "មីនា 2026"."""
    locale = "en_GB" if ctx.language == "en" else ctx.language
    text = str(babel_dates.format_skeleton("yMMM", date(year, month, 1), locale=locale))
    return to_khmer_digits(text) if ctx.settings.khmer_digits else text


def _fiscal_months(first: date) -> list[tuple[int, int]]:
    return [(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1) for i in range(12)]


# --- cash book register -----------------------------------------------------------------


def _register(ctx: ReportContext, progress: Progress) -> Report:
    p = ctx.params
    require(p, "account_id", "date_from", "date_to")
    assert p.account_id is not None and p.date_from is not None and p.date_to is not None
    book = reporting.register(ctx.cbo, p.account_id, p.date_from, p.date_to)
    currency = book.account.currency
    money = Money.from_minor
    tr = ctx.tr
    kind_labels = {kind: _kind_label(ctx, kind) for kind in ENTRY_KINDS}

    amounts: dict[int, Money] = {}  # the same fees and prices come back line after line

    def amount(minor: int) -> Money:
        found = amounts.get(minor)
        if found is None:
            found = amounts[minor] = money(minor, currency)
        return found

    rows: list[Row | Sequence[Cell]] = [
        Row((book.opening_day, None, None, tr(N_("reports", "Opening balance")), None, None, None,
             book.opening), "subtotal")]
    running = book.opening.to_minor()
    in_minor = out_minor = 0
    total = len(book.lines)
    for done, line in enumerate(book.lines):
        if done % _PROGRESS_EVERY == 0:
            progress.step(done, total)
        running += line.amount_minor
        # A correction stands in the column of the entry it corrects, with the opposite
        # sign, so the totals in and out count only money that really moved.
        if line.in_column:
            in_minor += line.amount_minor
            in_cell, out_cell = amount(line.amount_minor), None
        else:
            out_minor -= line.amount_minor
            in_cell, out_cell = None, amount(-line.amount_minor)
        description = line.description
        if line.kind == "reversal":
            description = tr(N_("reports", "Correction of {number}: {reason}"),
                             number=line.reverses_number, reason=line.reason)
        elif line.reversed_by_number:
            corrected = tr(N_("reports", "(corrected by {number})"), number=line.reversed_by_number)
            description = f"{description} {corrected}".strip()
        category = ctx.category(line.category_en, line.category_km) or kind_labels.get(line.kind, "")
        cells = (line.date, line.number, line.party, description, category, in_cell, out_cell,
                 money(running, currency))
        rows.append(Row(cells, "muted") if line.kind == "reversal" or line.reversed_by_number else cells)
    progress.step(total, total)
    closing = money(running, currency)
    rows.append(Row((p.date_to, None, None, tr(N_("reports", "Closing balance")), None, None, None, closing),
                    "subtotal"))
    money_in, money_out = money(in_minor, currency), money(out_minor, currency)
    table = Table(
        columns=(
            Column(tr(N_("reports", "Date")), "date", 1.2),
            Column(tr(N_("reports", "Number")), "text", 1.4),
            Column(tr(N_("reports", "Received from / paid to")), "text", 2.0),
            Column(tr(N_("reports", "Description")), "text", 3.0),
            Column(tr(N_("reports", "Category")), "text", 1.8),
            _money_column(tr(N_("reports", "In")), currency, width=1.4),
            _money_column(tr(N_("reports", "Out")), currency, width=1.4),
            _money_column(tr(N_("reports", "Balance")), currency, summed=False, width=1.5),
        ),
        rows=rows,
        totals=(tr(N_("reports", "Total")), None, None, None, None, money_in, money_out, None),
        totals_label=tr(N_("reports", "Total")),
        sheet_name=book.account.name,
    )
    figures = KeyFigures((
        KeyFigure(tr(N_("reports", "Opening balance")), book.opening),
        KeyFigure(tr(N_("reports", "Money in")), money_in),
        KeyFigure(tr(N_("reports", "Money out")), money_out),
        KeyFigure(tr(N_("reports", "Closing balance")), closing, emphasis=True),
    ))
    intro = Paragraph(tr(N_("reports", "{account} ({kind}, {currency}). Corrected entries and their "
                                       "corrections are printed in grey; they cancel each other out."),
                         account=book.account.name, kind=_account_kind_label(ctx, book.account.kind),
                         currency=ctx.currency_name(currency)), "note")
    section = Section(book.account.name, (intro, table, figures))
    title = tr(N_("reports", "Cash book: {account}"), account=book.account.name)
    return make_report(ctx, [section], period=ctx.period(p.date_from, p.date_to), title=title,
                       orientation="landscape")


# --- income and expenditure -----------------------------------------------------------


def _rate(ctx: ReportContext) -> tuple[Decimal, date] | None:
    p = ctx.params
    if p.rate is None:
        return None
    problems = []
    if not p.rate.is_finite() or p.rate <= 0:
        problems.append(Problem("rate", N_("errors", "The exchange rate must be more than zero.")))
    if p.rate_date is None:
        problems.append(Problem("rate_date", N_("errors", "Give the date of the exchange rate.")))
    if problems:
        raise InvalidInput(problems)
    assert p.rate_date is not None
    return p.rate, p.rate_date


def _in_riel(amount: Money, rate: Decimal) -> Money:
    if amount.currency is Currency.KHR:
        return amount
    return Money((amount.amount * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP), Currency.KHR)


def rate_text(ctx: ReportContext, rate: Decimal, day: date) -> str:
    """"1 $ = 4,100 ៛ on 31 Mar 2026": printed beside every figure that adds riel and dollars."""
    return ctx.tr(N_("reports", "1 $ = {rate} ៛ on {date}"), rate=ctx.number(rate), date=ctx.day(day))


def _income_expenditure(ctx: ReportContext, progress: Progress) -> Report:
    p = ctx.params
    require(p, "date_from", "date_to")
    assert p.date_from is not None and p.date_to is not None
    rate = _rate(ctx)
    totals = reporting.category_totals(ctx.cbo, p.date_from, p.date_to)
    summaries = reporting.money_summary(ctx.cbo, p.date_from, p.date_to)
    tr = ctx.tr
    sections = []
    results: dict[Currency, tuple[Money, Money]] = {}
    for currency in _currencies_in_use(ctx):
        income = _of(totals, currency, "income")
        expense = _of(totals, currency, "expense")
        income_total = sum_money((t.amount for t in income), currency)
        expense_total = sum_money((t.amount for t in expense), currency)
        results[currency] = income_total, expense_total
        surplus = income_total - expense_total
        blocks: list[Block] = [
            _category_table(ctx, income, currency, title=tr(N_("reports", "Income")),
                            amount_title=tr(N_("reports", "Received")),
                            totals_label=tr(N_("reports", "Total income"))),
            _category_table(ctx, expense, currency, title=tr(N_("reports", "Expenditure")),
                            amount_title=tr(N_("reports", "Spent")),
                            totals_label=tr(N_("reports", "Total expenditure"))),
            KeyFigures((
                KeyFigure(tr(N_("reports", "Total income")), income_total),
                KeyFigure(tr(N_("reports", "Total expenditure")), expense_total),
                _result(ctx, surplus),
            ), title=tr(N_("reports", "Result"))),
        ]
        summary = summaries.get(currency)
        if summary is not None:
            blocks.append(_balance_figures(ctx, summary, title=tr(N_("reports", "Cash and bank"))))
        sections.append(Section(ctx.currency_name(currency), blocks))
    if rate is not None and len(results) == 2:
        sections.append(_combined(ctx, results, *rate))
    sections.append(Section("", (Paragraph(tr(N_(
        "reports", "Riel and dollars are counted separately. Transfers between the CBO's own accounts "
                   "and currency exchanges are not income or expenditure. Corrected entries are netted "
                   "out in their category.")), "note"),)))
    return make_report(ctx, sections, period=ctx.period(p.date_from, p.date_to))


def _combined(ctx: ReportContext, results: dict[Currency, tuple[Money, Money]], rate: Decimal,
              day: date) -> Section:
    """Riel and dollars side by side and, at the rate the person gave, the total in riel."""
    tr = ctx.tr
    khr_in, khr_out = results[Currency.KHR]
    usd_in, usd_out = results[Currency.USD]
    rows = []
    for label, khr, usd in ((tr(N_("reports", "Total income")), khr_in, usd_in),
                            (tr(N_("reports", "Total expenditure")), khr_out, usd_out),
                            (tr(N_("reports", "Surplus (deficit)")), khr_in - khr_out, usd_in - usd_out)):
        rows.append((label, khr, usd, khr + _in_riel(usd, rate)))
    note = rate_text(ctx, rate, day)
    table = Table(
        columns=(Column("", "text", 3.0),
                 _money_column(ctx.currency_name(Currency.KHR), Currency.KHR, summed=False),
                 _money_column(ctx.currency_name(Currency.USD), Currency.USD, summed=False),
                 _money_column(tr(N_("reports", "Total in riel")), Currency.KHR, summed=False, width=2.0)),
        rows=rows,
        title=tr(N_("reports", "Riel and dollars together, at {rate}"), rate=note),
        sheet_name=tr(N_("reports", "Together")),
        note=tr(N_("reports", "Exchange rate used: {rate}. Dollars are turned into riel at this rate "
                              "for this total only; the book keeps each currency as received and paid."),
                rate=note),
    )
    return Section(tr(N_("reports", "Riel and dollars together")), (table,))


# --- twelve months ------------------------------------------------------------------


def _monthly_summary(ctx: ReportContext, progress: Progress) -> Report:
    p = ctx.params
    require(p, "fiscal_year")
    assert p.fiscal_year is not None
    first, last = budget.fiscal_year_bounds(ctx.cbo, p.fiscal_year)
    months = _fiscal_months(first)
    index = {month: i for i, month in enumerate(months)}
    data = reporting.monthly_category_totals(ctx.cbo, first, last)
    tr = ctx.tr
    month_titles = [_month_label(ctx, y, m) for y, m in months]
    sections = []
    for currency in _currencies_in_use(ctx):
        zero = Money.zero(currency)
        per_kind: dict[str, list[Money]] = {}
        blocks: list[Block] = []
        for kind, title, total_label in (
                ("income", tr(N_("reports", "Income")), tr(N_("reports", "Total income"))),
                ("expense", tr(N_("reports", "Expenditure")), tr(N_("reports", "Total expenditure")))):
            by_category: dict[int, tuple[str, list[Money]]] = {}
            for t in data:
                if t.currency is currency and t.kind == kind:
                    _, values = by_category.setdefault(t.category_id, (t.name(ctx.language), [zero] * 12))
                    values[index[(t.year, t.month)]] = t.amount
            month_totals = [sum_money((v[i] for _, v in by_category.values()), currency) for i in range(12)]
            per_kind[kind] = month_totals
            rows: list[Sequence[Cell]] = [(name, *values, sum_money(values, currency))
                                          for name, values in by_category.values()]
            blocks.append(Table(
                columns=(Column(ctx.tr(N_("reports", "Category")), "text", 3.0),
                         *(_money_column(t, currency, width=1.0) for t in month_titles),
                         _money_column(tr(N_("reports", "Year")), currency, width=1.2)),
                rows=rows, title=title,
                totals=(total_label, *month_totals, sum_money(month_totals, currency)),
                totals_label=total_label, sheet_name=_sheet(ctx, title, currency)))
        net = [i - e for i, e in zip(per_kind["income"], per_kind["expense"], strict=True)]
        blocks.append(Table(
            columns=(Column("", "text", 3.0), *(_money_column(t, currency, summed=False, width=1.0)
                                                for t in month_titles),
                     _money_column(tr(N_("reports", "Year")), currency, summed=False, width=1.2)),
            rows=[(tr(N_("reports", "Total income")), *per_kind["income"],
                   sum_money(per_kind["income"], currency)),
                  (tr(N_("reports", "Total expenditure")), *per_kind["expense"],
                   sum_money(per_kind["expense"], currency)),
                  Row((tr(N_("reports", "Surplus (deficit)")), *net, sum_money(net, currency)), "subtotal")],
            title=tr(N_("reports", "Result")), sheet_name=_sheet(ctx, tr(N_("reports", "Result")), currency)))
        blocks.append(Chart(
            "bar", month_titles,
            (Series(tr(N_("reports", "Income")), [m.amount for m in per_kind["income"]]),
             Series(tr(N_("reports", "Expenditure")), [m.amount for m in per_kind["expense"]])),
            title=tr(N_("reports", "Income and expenditure by month")), unit=currency.symbol))
        sections.append(Section(ctx.currency_name(currency), blocks))
    period = tr(N_("reports", "Fiscal year {year} ({period})"), year=str(p.fiscal_year),
                period=ctx.period(first, last))
    return make_report(ctx, sections, period=period, orientation="landscape")


# --- budget against actual -------------------------------------------------------------


def _budget_tables(ctx: ReportContext, rows: Sequence[budget.BudgetRow], label: str) -> list[Block]:
    tr = ctx.tr
    blocks: list[Block] = []
    for currency in Currency:
        for kind, title, actual_title, total_label in (
                ("income", tr(N_("reports", "Income")), tr(N_("reports", "Received")),
                 tr(N_("reports", "Total income"))),
                ("expense", tr(N_("reports", "Expenditure")), tr(N_("reports", "Spent")),
                 tr(N_("reports", "Total expenditure")))):
            chosen = [r for r in rows if r.currency is currency and r.kind == kind]
            if not chosen:
                continue
            planned = sum_money((r.budget for r in chosen), currency)
            actual = sum_money((r.actual for r in chosen), currency)
            remaining = sum_money((r.remaining for r in chosen), currency)
            full_title = f"{title} – {ctx.currency_name(currency)}"
            blocks.append(Table(
                columns=(Column(tr(N_("reports", "Category")), "text", 3.0),
                         _money_column(tr(N_("reports", "Budget")), currency),
                         _money_column(actual_title, currency),
                         _money_column(tr(N_("reports", "Variance (budget - actual)")), currency),
                         Column(tr(N_("reports", "% of budget")), "percent", 1.0, decimals=1)),
                rows=[(r.name(ctx.language), r.budget, r.actual, r.remaining, _percent(r.actual, r.budget))
                      for r in chosen],
                title=full_title,
                totals=(total_label, planned, actual, remaining, None),
                totals_label=total_label,
                sheet_name=" ".join(filter(None, (label, title, currency.code)))))
    if not blocks:
        blocks.append(Paragraph(tr(N_("reports", "No budget and no money recorded for this year."))))
    return blocks


def _budget_actual(ctx: ReportContext, progress: Progress) -> Report:
    p = ctx.params
    require(p, "fiscal_year")
    assert p.fiscal_year is not None
    tr = ctx.tr
    first, last = budget.fiscal_year_bounds(ctx.cbo, p.fiscal_year)
    funds = {f.id: f for f in cashbook.funds(ctx.cbo, include_retired=True)}
    sections = []
    if p.fund_id is not None:
        fund = funds.get(p.fund_id)
        if fund is None:
            raise InvalidInput([Problem("fund_id", N_("errors", "Choose a fund from the list."))])
        rows = budget.budget_vs_actual(ctx.cbo, p.fiscal_year, fund.id)
        sections.append(Section(_fund_title(ctx, fund), _budget_tables(ctx, rows, "")))
    else:
        rows = budget.budget_vs_actual(ctx.cbo, p.fiscal_year)
        sections.append(Section(tr(N_("reports", "The whole CBO")),
                                _budget_tables(ctx, rows, tr(N_("reports", "All")))))
        for fund in funds.values():
            fund_rows = budget.budget_vs_actual(ctx.cbo, p.fiscal_year, fund.id)
            if fund_rows:
                label = tr(N_("reports", "Fund {number}"), number=str(fund.id))
                sections.append(Section(_fund_title(ctx, fund), _budget_tables(ctx, fund_rows, label)))
    sections.append(Section("", (Paragraph(tr(N_(
        "reports", "Variance: what remains to be received or spent; below zero when more was received or "
                   "spent than planned. Corrected entries are netted out.")), "note"),)))
    period = tr(N_("reports", "Fiscal year {year} ({period})"), year=str(p.fiscal_year),
                period=ctx.period(first, last))
    return make_report(ctx, sections, period=period)


def _fund_title(ctx: ReportContext, fund: cashbook.FundView) -> str:
    if fund.donor:
        return ctx.tr(N_("reports", "Fund: {fund} ({donor})"), fund=fund.name, donor=fund.donor)
    return ctx.tr(N_("reports", "Fund: {fund}"), fund=fund.name)


# --- cash position ---------------------------------------------------------------------


def _cash_position(ctx: ReportContext, progress: Progress) -> Report:
    p = ctx.params
    require(p, "on")
    assert p.on is not None
    tr = ctx.tr
    balances = reporting.account_balances(ctx.cbo, p.on)
    currencies = _currencies_in_use(ctx)
    rows = []
    for account in balances:
        cells: list[Cell] = [account.name, _account_kind_label(ctx, account.kind)]
        cells += [account.balance if account.balance.currency is c else None for c in currencies]
        rows.append(tuple(cells))
    totals = {c: sum_money((a.balance for a in balances if a.balance.currency is c), c) for c in currencies}
    table = Table(
        columns=(Column(tr(N_("reports", "Account")), "text", 3.0),
                 Column(tr(N_("reports", "Kind")), "text", 1.5),
                 *(_money_column(ctx.currency_name(c), c) for c in currencies)),
        rows=rows,
        totals=(tr(N_("reports", "Total")), None, *(totals[c] for c in currencies)),
        totals_label=tr(N_("reports", "Total")),
        sheet_name=tr(N_("reports", "Cash position")),
    )
    figures = KeyFigures([KeyFigure(tr(N_("reports", "Total in {currency}"), currency=ctx.currency_name(c)),
                                    totals[c], emphasis=True) for c in currencies])
    note = Paragraph(tr(N_("reports", "Balances at the end of the day, from the cash book. Riel and dollars "
                                      "are counted separately.")), "note")
    return make_report(ctx, [Section("", (table, figures, note))], period=on_text(ctx, p.on))


# --- cash count sheet -----------------------------------------------------------------


def _cash_count(ctx: ReportContext, progress: Progress) -> Report:
    p = ctx.params
    require(p, "closing_id")
    assert p.closing_id is not None
    tr = ctx.tr
    closing, account = reporting.closing_sheet(ctx.cbo, p.closing_id)
    currency = account.currency
    blocks: list[Block] = [Paragraph(tr(N_("reports", "Account: {account} ({kind}, {currency})"),
                                        account=account.name, kind=_account_kind_label(ctx, account.kind),
                                        currency=ctx.currency_name(currency)))]
    if account.kind == "cash":
        counted = {line.denomination.to_minor(): line.count for line in closing.lines}
        values = sorted(set(DENOMINATIONS[currency]) | set(counted), reverse=True)
        rows = []
        for value in values:
            number = counted.get(value)
            note = Money.from_minor(value, currency)
            rows.append((note, number, note * number if number else None))
        blocks.append(Table(
            columns=(_money_column(tr(N_("reports", "Note or coin")), currency, summed=False),
                     Column(tr(N_("reports", "Number counted")), "number", 1.2, summed=True),
                     _money_column(tr(N_("reports", "Amount")), currency)),
            rows=rows,
            totals=(tr(N_("reports", "Total counted")), sum(line.count for line in closing.lines),
                    sum_money((line.total for line in closing.lines), currency)),
            totals_label=tr(N_("reports", "Total counted")),
            sheet_name=tr(N_("reports", "Count")),
        ))
        counted_label = tr(N_("reports", "Cash counted"))
    else:
        counted_label = tr(N_("reports", "Balance on the statement"))
    difference = closing.difference
    blocks.append(KeyFigures((
        KeyFigure(counted_label, closing.counted),
        KeyFigure(tr(N_("reports", "Balance in the cash book")), closing.book),
        KeyFigure(tr(N_("reports", "Difference (counted - book)")), difference, emphasis=True),
    )))
    if closing.explanation:
        blocks.append(Paragraph(tr(N_("reports", "Explanation of the difference: {text}"),
                                   text=closing.explanation)))
    elif difference.is_zero():
        blocks.append(Paragraph(tr(N_("reports", "The count agrees with the cash book."))))
    blocks.append(Paragraph(tr(N_("reports", "Month closed by {name} on {date}."), name=closing.closed_by,
                               date=ctx.day(closing.closed_at.date())), "note"))
    day = closing.closed_at.date()
    signatures = Signatures((
        Signature(tr(N_("reports", "Counted by")), closing.counted_by, day),
        Signature(tr(N_("reports", "Checked by")), closing.checked_by, day),
    ))
    title = (tr(N_("reports", "Cash count sheet")) if account.kind == "cash"
             else tr(N_("reports", "Bank reconciliation")))
    period = ctx.tr(N_("reports", "{month}, at the end of the month"),
                    month=_full_month(ctx, closing.year, closing.month))
    return make_report(ctx, [Section(account.name, blocks)], period=period, title=title,
                       signatures=signatures)


def _full_month(ctx: ReportContext, year: int, month: int) -> str:
    return format_month(year, month, ctx.settings)


# --- voucher ----------------------------------------------------------------------------


def _voucher(ctx: ReportContext, progress: Progress) -> Report:
    p = ctx.params
    require(p, "entry_id")
    assert p.entry_id is not None
    tr = ctx.tr
    facts = reporting.entry_facts(ctx.cbo, p.entry_id)
    entry = facts.entry
    amount = abs(entry.amount)
    kind = entry.kind
    blocks: list[Block] = []
    if kind == "receipt":
        title = tr(N_("reports", "Receipt"))
        blocks.append(Paragraph(tr(N_("reports", "Received from: {party}"), party=entry.party or "—")))
    elif kind == "payment":
        title = tr(N_("reports", "Payment voucher"))
        blocks.append(Paragraph(tr(N_("reports", "Paid to: {party}"), party=entry.party or "—")))
    elif kind in ("transfer", "exchange"):
        title = (tr(N_("reports", "Transfer voucher")) if kind == "transfer"
                 else tr(N_("reports", "Exchange voucher")))
        out_leg = next(((leg, acc) for leg, acc in facts.legs if leg.amount.amount < 0), None)
        in_leg = next(((leg, acc) for leg, acc in facts.legs if leg.amount.amount > 0), None)
        if out_leg is not None:
            amount = abs(out_leg[0].amount)
            blocks.append(Paragraph(tr(N_("reports", "From: {account}, {amount}"), account=out_leg[1].name,
                                       amount=ctx.money(abs(out_leg[0].amount)))))
        if in_leg is not None:
            blocks.append(Paragraph(tr(N_("reports", "To: {account}, {amount}"), account=in_leg[1].name,
                                       amount=ctx.money(in_leg[0].amount))))
        if entry.rate:
            blocks.append(Paragraph(tr(N_("reports", "Exchange rate: 1 $ = {rate} ៛"),
                                       rate=ctx.number(Decimal(entry.rate)))))
    else:  # a reversal
        title = tr(N_("reports", "Correction voucher"))
        blocks.append(Paragraph(tr(N_("reports", "Corrects entry {number}. Reason: {reason}"),
                                   number=facts.reverses_number, reason=entry.reason)))
        if entry.party:
            blocks.append(Paragraph(tr(N_("reports", "Received from / paid to: {party}"), party=entry.party)))
    if entry.description:
        blocks.append(Paragraph(tr(N_("reports", "For: {description}"), description=entry.description)))
    category = ctx.category(facts.category_en, facts.category_km)
    if category:
        blocks.append(Paragraph(tr(N_("reports", "Category: {category}"), category=category)))
    if kind not in ("transfer", "exchange"):
        blocks.append(Paragraph(tr(N_("reports", "Account: {account}"), account=facts.account.name)))
    if facts.fund_name:
        fund = f"{facts.fund_name} ({facts.fund_donor})" if facts.fund_donor else facts.fund_name
        blocks.append(Paragraph(tr(N_("reports", "Fund: {fund}"), fund=fund)))
    # Both languages whatever the report's: the words guard the figure for every reader.
    blocks.append(Paragraph(tr(N_("reports", "In words (Khmer): {words}"),
                               words=amount_in_words(amount, "km"))))
    blocks.append(Paragraph(tr(N_("reports", "In words (English): {words}"),
                               words=amount_in_words(amount, "en"))))
    if facts.reversed_by_number:
        blocks.append(Paragraph(tr(N_("reports", "This entry was corrected by {number}."),
                                   number=facts.reversed_by_number), "note"))
    figures = KeyFigures((
        KeyFigure(tr(N_("reports", "Number")), entry.number),
        KeyFigure(tr(N_("reports", "Date")), entry.date),
        KeyFigure(tr(N_("reports", "Amount")), amount, emphasis=True),
    ))
    signatures = _voucher_signatures(ctx, facts)
    return make_report(ctx, [Section("", (figures, *blocks))], title=title, period=ctx.day(entry.date),
                       orientation="landscape", page_size="A5", signatures=signatures)


def _voucher_signatures(ctx: ReportContext, facts: reporting.EntryFacts) -> Signatures:
    tr = ctx.tr
    entry = facts.entry
    day = entry.date
    if entry.kind == "receipt":
        found = [Signature(tr(N_("reports", "Received by")), entry.entered_by, day),
                 Signature(tr(N_("reports", "Paid by")), entry.party, day)]
    elif entry.kind == "payment":
        found = [Signature(tr(N_("reports", "Paid by")), entry.entered_by, day),
                 Signature(tr(N_("reports", "Received by")), entry.party, day)]
    else:
        found = [Signature(tr(N_("reports", "Prepared by")), entry.entered_by, day),
                 Signature(tr(N_("reports", "Checked by")))]
    if entry.needs_approval or entry.kind not in ("receipt", "payment"):
        approved = facts.approval == "approved"
        found.append(Signature(tr(N_("reports", "Approved by")), facts.approved_by if approved else "",
                               facts.approved_at.date() if approved and facts.approved_at else None))
    return Signatures(found)


# --- fund report ---------------------------------------------------------------------------


def _fund(ctx: ReportContext, progress: Progress) -> Report:
    p = ctx.params
    require(p, "fund_id", "date_from", "date_to")
    assert p.fund_id is not None and p.date_from is not None and p.date_to is not None
    tr = ctx.tr
    fund = next((f for f in cashbook.funds(ctx.cbo, include_retired=True) if f.id == p.fund_id), None)
    if fund is None:
        raise InvalidInput([Problem("fund_id", N_("errors", "Choose a fund from the list."))])
    before = reporting.category_totals(ctx.cbo, None, reporting.day_before(p.date_from), fund_id=fund.id)
    during = reporting.category_totals(ctx.cbo, p.date_from, p.date_to, fund_id=fund.id)
    sections = []
    intro = [Paragraph(tr(N_("reports", "Donor: {donor}"), donor=fund.donor))] if fund.donor else []
    for currency in Currency:
        if not any(t.currency is currency for t in (*before, *during)):
            continue
        brought = (sum_money((t.amount for t in _of(before, currency, "income")), currency)
                   - sum_money((t.amount for t in _of(before, currency, "expense")), currency))
        received_rows, spent_rows = _of(during, currency, "income"), _of(during, currency, "expense")
        received = sum_money((t.amount for t in received_rows), currency)
        spent = sum_money((t.amount for t in spent_rows), currency)
        blocks: list[Block] = [
            _category_table(ctx, received_rows, currency, title=tr(N_("reports", "Received")),
                            amount_title=tr(N_("reports", "Amount")),
                            totals_label=tr(N_("reports", "Total received"))),
            _category_table(ctx, spent_rows, currency, title=tr(N_("reports", "Spent")),
                            amount_title=tr(N_("reports", "Amount")),
                            totals_label=tr(N_("reports", "Total spent"))),
            KeyFigures((
                KeyFigure(tr(N_("reports", "Balance brought forward")), brought),
                KeyFigure(tr(N_("reports", "Received")), received),
                KeyFigure(tr(N_("reports", "Spent")), spent),
                KeyFigure(tr(N_("reports", "Balance of the fund")), brought + received - spent, emphasis=True),
            )),
        ]
        sections.append(Section(ctx.currency_name(currency), blocks))
    if not sections:
        intro.append(Paragraph(tr(N_("reports", "No money of this fund was recorded up to the end of "
                                                "this period."))))
    sections.insert(0, Section(_fund_title(ctx, fund), intro))
    title = tr(N_("reports", "Fund report: {fund}"), fund=fund.name)
    return make_report(ctx, sections, period=ctx.period(p.date_from, p.date_to), title=title)


# --- notice board -----------------------------------------------------------------------------


def _notice_board(ctx: ReportContext, progress: Progress) -> Report:
    p = ctx.params
    require(p, "date_from", "date_to")
    assert p.date_from is not None and p.date_to is not None
    tr = ctx.tr
    summaries = reporting.money_summary(ctx.cbo, p.date_from, p.date_to)
    currencies = [c for c in Currency if c in summaries]
    # One big table, riel and dollars side by side (never added together), so the
    # whole summary fits one page in print large enough to read from a distance.
    lines = _summary_lines(ctx, any(not summaries[c].exchanged.is_zero() for c in currencies))
    last = len(lines) - 1  # the closing balance, in bold under a rule
    rows = [Row([label, *(value(summaries[c]) for c in currencies)], "subtotal" if i == last else "normal")
            for i, (label, value) in enumerate(lines)]
    columns = [Column("", width=1.8)] + [Column(ctx.currency_name(c), "money", currency=c)
                                         for c in currencies]
    blocks: list[Block] = [Table(columns, rows, large=True, sheet_name=tr(N_("reports", "Summary")))]
    blocks.append(Paragraph(tr(N_(
        "reports", "Riel and dollars are counted separately. Every member may ask the treasurer to see "
                   "the cash book and the receipts.")), "body"))
    return make_report(ctx, [Section("", blocks)], period=ctx.period(p.date_from, p.date_to))


# --- the kinds -----------------------------------------------------------------------------------


# Every financial report carries the book's fingerprint and the signature blocks.
_kind = functools.partial(report_kind, financial=True)


REGISTER = _kind(
    "register", CHAPTER_FINANCE, N_("reports", "Cash book register"),
    N_("reports", "Every entry of one account in a period, with the running balance."),
    ("account", "period"), _register)
INCOME_EXPENDITURE = _kind(
    "income_expenditure", CHAPTER_FINANCE, N_("reports", "Income and expenditure"),
    N_("reports", "Money received and spent by category in a period, riel and dollars apart."),
    ("period", "rate"), _income_expenditure)
MONTHLY_SUMMARY = _kind(
    "monthly_summary", CHAPTER_FINANCE, N_("reports", "Monthly summary"),
    N_("reports", "Income and expenditure by category for each month of a fiscal year."),
    ("fiscal_year",), _monthly_summary)
BUDGET_ACTUAL = _kind(
    "budget_actual", CHAPTER_FINANCE, N_("reports", "Budget against actual"),
    N_("reports", "The budget of a fiscal year against the money received and spent, by category "
                  "and by fund."),
    ("fiscal_year", "fund_opt"), _budget_actual)
CASH_POSITION = _kind(
    "cash_position", CHAPTER_FINANCE, N_("reports", "Cash position"),
    N_("reports", "The balance of every account on a day."),
    ("on",), _cash_position)
CASH_COUNT = _kind(
    "cash_count", CHAPTER_FINANCE, N_("reports", "Cash count sheet"),
    N_("reports", "The cash counted note by note at a monthly closing, against the cash book, "
                  "signed by two people."),
    ("closing",), _cash_count)
VOUCHER = _kind(
    "voucher", CHAPTER_FINANCE, N_("reports", "Receipt or payment voucher"),
    N_("reports", "The voucher of one entry, with the amount in figures and in words."),
    ("entry",), _voucher)
FUND = _kind(
    "fund", CHAPTER_FINANCE, N_("reports", "Fund report"),
    N_("reports", "Money of one fund or donor in a period: received, spent by category, balance."),
    ("fund", "period"), _fund)
NOTICE_BOARD = _kind(
    "notice_board", CHAPTER_ACCOUNTABILITY, N_("reports", "Money summary for the notice board"),
    N_("reports", "One page in large print for the members: money at the start, received, spent, "
                  "and at the end."),
    ("period",), _notice_board, default_language="km")
