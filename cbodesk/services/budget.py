"""The budget of a fiscal year, and the budget against what the cash book shows.

A budget line is an amount planned per fiscal year, category, currency and,
when the money is a donor's, fund. The actual amounts are sums of the cash
book in SQL: receipts for an income category, payments for an expense
category, reversals included so that a corrected mistake nets out. Riel and
dollars stay apart: nothing is converted.

Also here: retiring a fund (funds are what budgets are kept per), which the
cash book's own service does not offer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import peewee as pw

from cbodesk.domain import cashbook as cb
from cbodesk.domain.errors import InvalidInput, Problem
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.i18n import N_, by_language
from cbodesk.services.audit import record_change
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Account, Budget, Category, Entry, Fund, Profile

MIN_YEAR, MAX_YEAR = 1990, 2200


@dataclass(frozen=True)
class BudgetLine:
    id: int
    fiscal_year: int
    category_id: int
    fund_id: int | None
    amount: Money


@dataclass(frozen=True)
class BudgetRow:
    """One category in one currency: planned, actual and what remains."""

    category_id: int
    kind: str  # income | expense
    name_en: str
    name_km: str
    retired: bool
    currency: Currency
    budget: Money
    actual: Money  # money received (income) or spent (expense), reversals netted out
    remaining: Money  # budget - actual: still to collect, or still to spend; negative when over

    def name(self, language: str) -> str:
        return by_language(language, self.name_km, self.name_en)


# --- fiscal years ----------------------------------------------------------------


def _start_month() -> int:
    profile = Profile.get_or_none(Profile.id == 1)
    return int(profile.fiscal_year_start_month) if profile else 1


def fiscal_year_start_month(cbo: Cbo) -> int:
    with cbo.reading():
        return _start_month()


def _bounds(fiscal_year: int, start_month: int) -> tuple[date, date]:
    first = date(fiscal_year, start_month, 1)
    following = date(fiscal_year + 1, start_month, 1)
    return first, following - timedelta(days=1)


def fiscal_year_bounds(cbo: Cbo, fiscal_year: int) -> tuple[date, date]:
    """The first and last day of a fiscal year, named by the calendar year it starts in."""
    return _bounds(fiscal_year, fiscal_year_start_month(cbo))


def current_fiscal_year(cbo: Cbo, today: date | None = None) -> int:
    return cb.fiscal_year_of(today or date.today(), fiscal_year_start_month(cbo))


# --- budget lines -----------------------------------------------------------------


def _fund_is(fund_id: int | None) -> pw.Expression:
    # The unique index cannot see NULL funds as equal: match them with IS NULL.
    return Budget.fund.is_null() if fund_id is None else Budget.fund == fund_id


def _line(row: Budget) -> BudgetLine:
    currency = Currency[row.currency]
    # The raw foreign keys, without loading the category and the fund.
    fund = row.__data__.get("fund")
    return BudgetLine(row.id, row.fiscal_year, int(row.__data__["category"]),
                      int(fund) if fund is not None else None,
                      Money.from_minor(int(row.amount_minor), currency))


def _sums(query: Any) -> dict[tuple[int, str], int]:
    """(category id, currency code) → total, from a grouped query of those three columns."""
    return {(int(category), str(code)): int(total) for category, code, total in query.tuples()}


def budget_lines(cbo: Cbo, fiscal_year: int) -> list[BudgetLine]:
    """Every budget line of a fiscal year."""
    with cbo.reading():
        query = (Budget.select().join(Category)
                 .where(Budget.fiscal_year == fiscal_year)
                 .order_by(Category.kind.desc(), Category.sort_order, Category.id, Budget.fund.is_null(False),
                           Budget.fund, Budget.currency))
        return [_line(row) for row in query]


def set_budget(cbo: Cbo, actor: Actor, fiscal_year: int, category_id: int, fund_id: int | None,
               amount: Money) -> BudgetLine | None:
    """Plan *amount* for a category (and fund) in a fiscal year; zero removes the line.

    Returns the line as saved, or None when it was removed.
    """
    actor.require("cashbook.budget")
    problems: list[Problem] = []
    if not MIN_YEAR <= fiscal_year <= MAX_YEAR:
        problems.append(Problem("fiscal_year", N_("errors", "Choose the fiscal year.")))
    if amount.amount < 0:
        problems.append(Problem("amount", N_("errors", "A budget cannot be less than zero.")))
    # Exclusive: with a NULL fund the unique index does not stop two computers adding the same line.
    with cbo.atomic(exclusive=True):
        category = Category.get_or_none(Category.id == category_id)
        if category is None:
            problems.append(Problem("category", N_("errors", "Choose a category.")))
        if fund_id is not None and Fund.get_or_none(Fund.id == fund_id) is None:
            problems.append(Problem("fund", N_("errors", "Choose a fund from the list.")))
        row = None
        if not problems:
            row = Budget.get_or_none((Budget.fiscal_year == fiscal_year) & (Budget.category == category_id)
                                     & _fund_is(fund_id) & (Budget.currency == amount.currency.code))
            if row is None and category is not None and category.retired and not amount.is_zero():
                problems.append(Problem("category", N_(
                    "errors", "This category is no longer used; choose another.")))
        if problems:
            raise InvalidInput(problems)
        assert category is not None
        before = {"amount": str(Money.from_minor(int(row.amount_minor), amount.currency))} if row else None
        record = f"budget {fiscal_year} {category.name_en or category.name_km}" + (
            f" fund {fund_id}" if fund_id is not None else "")
        if amount.is_zero():
            if row is None:
                return None
            row.delete_instance()
            record_change(actor, "budget.remove", "cashbook", record, before, None)
            return None
        if row is None:
            row = Budget.create(fiscal_year=fiscal_year, category=category_id, fund=fund_id,
                                currency=amount.currency.code, amount_minor=amount.to_minor())
        else:
            row.amount_minor = amount.to_minor()
            row.save()
        record_change(actor, "budget.set", "cashbook", record, before, {"amount": str(amount)})
        return _line(row)


# --- budget against actual ----------------------------------------------------------


def budget_vs_actual(cbo: Cbo, fiscal_year: int, fund_id: int | None = None) -> list[BudgetRow]:
    """Per category and currency: budget, actual and remaining in a fiscal year.

    *fund_id* None: the whole CBO (every budget line and every entry); otherwise
    only that fund's budget lines and entries. Categories with neither a budget
    nor money are left out. Income first, then expenses, in the categories' order.
    """
    with cbo.reading():
        first, last = _bounds(fiscal_year, _start_month())
        planned = (Budget.select(Budget.category, Budget.currency, pw.fn.SUM(Budget.amount_minor))
                   .where(Budget.fiscal_year == fiscal_year))
        if fund_id is not None:
            planned = planned.where(Budget.fund == fund_id)
        budgets = _sums(planned.group_by(Budget.category, Budget.currency))
        moved = (Entry.select(Entry.category, Account.currency, pw.fn.SUM(Entry.amount_minor))
                 .join(Account)
                 .where(Entry.category.is_null(False) & (Entry.date >= first) & (Entry.date <= last)
                        & Entry.kind.in_(("receipt", "payment", "reversal"))))
        if fund_id is not None:
            moved = moved.where(Entry.fund == fund_id)
        actuals = _sums(moved.group_by(Entry.category, Account.currency))
        keys = set(budgets) | set(actuals)
        rows: list[BudgetRow] = []
        categories = Category.select().order_by(Category.kind.desc(), Category.sort_order, Category.id)
        for category in categories:
            for currency in Currency:
                key = (category.id, currency.code)
                if key not in keys:
                    continue
                sign = 1 if category.kind == "income" else -1
                budget = Money.from_minor(budgets.get(key, 0), currency)
                actual = Money.from_minor(sign * actuals.get(key, 0), currency)
                rows.append(BudgetRow(category.id, category.kind, category.name_en, category.name_km,
                                      category.retired, currency, budget, actual, budget - actual))
        return rows


# --- funds ------------------------------------------------------------------------


def retire_fund(cbo: Cbo, actor: Actor, fund_id: int, retired: bool = True) -> None:
    """Stop offering a fund for new entries (its money and budget stay); or offer it again."""
    actor.require("cashbook.setup")
    with cbo.atomic():
        updated = Fund.update(retired=retired).where(Fund.id == fund_id).execute()
        if not updated:
            raise InvalidInput([Problem("fund", N_("errors", "Choose a fund from the list."))])
        record_change(actor, "fund.retire" if retired else "fund.restore", "cashbook", f"fund {fund_id}",
                      None, {"retired": retired})
