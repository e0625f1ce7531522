"""Read-only sums of the cash book for the financial reports, in SQL.

Reports aggregate in the database (DESIGN.md, "Scale"): each function here is
one or two grouped queries whose result has a row per category, month or
account, never a row per entry, except :func:`register` which lists the lines
of one account in a period as plain tuples. Every query is a peewee
expression valid on SQLite (dates as ISO text) and PostgreSQL (DATE).

What counts as income and expenditure: entries with a category, that is
receipts, payments and their reversals, so a corrected mistake nets out in
its own category. Transfers and exchanges have no category: they move money
between the CBO's own accounts and are neither. Riel and dollars stay apart
everywhere; nothing here converts one into the other.

:func:`snapshot` makes a report's several queries (and its book fingerprint)
read one moment of the book, even while a treasurer records on another
computer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

import peewee as pw

from cbodesk.domain.errors import UserError
from cbodesk.domain.formatting import LocaleSettings, format_month
from cbodesk.domain.money import Currency, Money
from cbodesk.i18n import N_, by_language
from cbodesk.services import cashbook
from cbodesk.services.closing import ClosingView, closings
from cbodesk.services.rows import as_date as _as_date
from cbodesk.services.rows import as_int as _int
from cbodesk.services.rows import month_of, year_month
from cbodesk.services.rows import tuples as _tuples
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Account, Approval, Category, Entry, Fund, MonthClosing

__all__ = [
    "AccountBalance",
    "CategoryTotal",
    "EntryFacts",
    "MoneySummary",
    "MonthTotal",
    "Register",
    "RegisterLine",
    "account_balances",
    "category_totals",
    "closing_choices",
    "closing_sheet",
    "day_before",
    "entry_facts",
    "latest_rate",
    "money_summary",
    "monthly_category_totals",
    "register",
    "snapshot",
]


# --- one moment of the book ----------------------------------------------------


@contextlib.contextmanager
def snapshot(cbo: Cbo) -> Iterator[None]:
    """Read the book as it is at one moment, for the time of the block.

    ``Cbo.reading()`` alone runs each query on its own, so a receipt recorded
    between two queries of a report would be in one figure and not the other.
    Here the queries share one transaction: on SQLite (WAL) a read transaction
    sees the database as of its first read; on PostgreSQL a REPEATABLE READ
    transaction does the same. Nothing is written; a block inside another
    snapshot (or any transaction) joins it.
    """
    with cbo.reading():
        if cbo.db.in_transaction():
            yield
            return
        with cbo.db.atomic():
            if cbo.is_postgres:
                cbo.db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield


# --- helpers -------------------------------------------------------------------


def _currencies() -> dict[int, Currency]:
    return {int(i): Currency[c] for i, c in _tuples(Account.select(Account.id, Account.currency))}


@dataclass(frozen=True)
class _CategoryFacts:
    kind: str  # income | expense
    name_en: str
    name_km: str
    order: int  # position in the report: income first, then expenses, in the categories' order


def _categories() -> dict[int, _CategoryFacts]:
    query = (Category.select(Category.id, Category.kind, Category.name_en, Category.name_km)
             .order_by(Category.kind.desc(), Category.sort_order, Category.id))
    return {int(i): _CategoryFacts(kind, name_en, name_km or "", n)
            for n, (i, kind, name_en, name_km) in enumerate(_tuples(query))}


# Entries that are income or expenditure: receipts, payments and their reversals
# all have a category; transfers, exchanges and their reversals have none.
_CATEGORISED = Entry.category.is_null(False)


# --- totals by category ------------------------------------------------------------


@dataclass(frozen=True)
class CategoryTotal:
    """Money of one category in one currency: received (income) or spent (expense).

    Positive in the usual case; reversals are netted out, so a category whose
    only entry was reversed totals zero.
    """

    category_id: int
    kind: str  # income | expense
    name_en: str
    name_km: str
    amount: Money

    @property
    def currency(self) -> Currency:
        return self.amount.currency

    def name(self, language: str) -> str:
        return by_language(language, self.name_km, self.name_en)


def _signed(kind: str, minor: int) -> int:
    # Receipts are stored positive, payments negative: an expense total is shown positive.
    return minor if kind == "income" else -minor


def _period(query: Any, date_from: date | None, date_to: date | None) -> Any:
    if date_from is not None:
        query = query.where(Entry.date >= date_from)
    if date_to is not None:
        query = query.where(Entry.date <= date_to)
    return query


def category_totals(cbo: Cbo, date_from: date | None, date_to: date | None, *,
                    fund_id: int | None = None) -> list[CategoryTotal]:
    """Income and expenditure per category and currency from *date_from* to *date_to* (both
    included; None: from the first entry, up to the last).

    *fund_id*: only that fund's money. Income categories first, then expenses,
    in the categories' order; categories without money in the period are left out.
    """
    with cbo.reading():
        query = (Entry.select(Entry.category, Account.currency, pw.fn.SUM(Entry.amount_minor))
                 .join(Account, on=(Entry.account == Account.id))
                 .where(_CATEGORISED))
        query = _period(query, date_from, date_to)
        if fund_id is not None:
            query = query.where(Entry.fund == fund_id)
        sums = _tuples(query.group_by(Entry.category, Account.currency))
        categories = _categories()
    result = []
    for category_id, code, total in sums:
        facts = categories[int(category_id)]
        currency = Currency[code]
        result.append(CategoryTotal(int(category_id), facts.kind, facts.name_en, facts.name_km,
                                    Money.from_minor(_signed(facts.kind, _int(total)), currency)))
    result.sort(key=lambda t: (categories[t.category_id].order, t.currency.code))
    return result


@dataclass(frozen=True)
class MonthTotal:
    """Money of one category in one currency in one calendar month."""

    year: int
    month: int
    category_id: int
    kind: str
    name_en: str
    name_km: str
    amount: Money

    @property
    def currency(self) -> Currency:
        return self.amount.currency

    def name(self, language: str) -> str:
        return by_language(language, self.name_km, self.name_en)


def monthly_category_totals(cbo: Cbo, date_from: date, date_to: date, *,
                            fund_id: int | None = None) -> list[MonthTotal]:
    """Income and expenditure per calendar month, category and currency: one grouped query.

    The query is the one a person would write by hand (``GROUP BY`` month,
    category, account currency over the date range), so it runs on the
    ``(date, id)`` index and costs no more than that query: a fiscal year of a
    million-entry book in well under a second on SQLite.
    """
    with cbo.reading():
        month = month_of(cbo, Entry.date)
        query = (Entry.select(month, Entry.category, Account.currency, pw.fn.SUM(Entry.amount_minor))
                 .join(Account, on=(Entry.account == Account.id))
                 .where(_CATEGORISED & (Entry.date >= date_from) & (Entry.date <= date_to)))
        if fund_id is not None:
            query = query.where(Entry.fund == fund_id)
        sums = _tuples(query.group_by(month, Entry.category, Account.currency))
        categories = _categories()
    result = []
    for when, category_id, code, total in sums:
        year, month_number = year_month(when)
        facts = categories[int(category_id)]
        result.append(MonthTotal(year, month_number, int(category_id), facts.kind, facts.name_en,
                                 facts.name_km,
                                 Money.from_minor(_signed(facts.kind, _int(total)), Currency[code])))
    result.sort(key=lambda t: (categories[t.category_id].order, t.currency.code, t.year, t.month))
    return result


# --- balances and movements ----------------------------------------------------


@dataclass(frozen=True)
class MoneySummary:
    """One currency over a period: where the money stood, what came in and went out.

    ``opening + income - expenditure + exchanged == closing``. ``exchanged`` is
    the net of transfers and exchanges: zero unless riel and dollars were
    exchanged (a transfer between two riel accounts nets out within riel).
    The opening balance includes the starting balance of every account opened
    by the end of the period (no entry can come before an account's opening).
    """

    currency: Currency
    opening: Money
    income: Money
    expenditure: Money
    exchanged: Money
    closing: Money


def _opening_minor(account_opening: int, opened: date, through: date) -> int:
    return account_opening if _as_date(opened) <= through else 0


def money_summary(cbo: Cbo, date_from: date, date_to: date) -> dict[Currency, MoneySummary]:
    """Per currency held in any account: opening and closing balance of the period, income,
    expenditure and net exchanges. Two grouped queries."""
    with cbo.reading():
        accounts = _tuples(Account.select(Account.id, Account.currency, Account.opening_minor,
                                          Account.opening_date))
        before = dict(_tuples(Entry.select(Entry.account, pw.fn.SUM(Entry.amount_minor))
                              .where(Entry.date < date_from).group_by(Entry.account)))
        moved = _tuples(Entry.select(Account.currency, Category.kind, pw.fn.SUM(Entry.amount_minor))
                        .join(Account, on=(Entry.account == Account.id))
                        .switch(Entry).join(Category, pw.JOIN.LEFT_OUTER, on=(Entry.category == Category.id))
                        .where((Entry.date >= date_from) & (Entry.date <= date_to))
                        .group_by(Account.currency, Category.kind))
    opening: dict[Currency, int] = {}
    for account_id, code, account_opening, opened in accounts:
        currency = Currency[code]
        opening[currency] = (opening.get(currency, 0) + _opening_minor(int(account_opening), opened, date_to)
                             + _int(before.get(account_id)))
    flows: dict[Currency, dict[str | None, int]] = {}
    for code, kind, total in moved:
        flows.setdefault(Currency[code], {})[kind] = _int(total)
    result = {}
    for currency in sorted(opening, key=lambda c: c.code):
        flow = flows.get(currency, {})
        income, expenditure, exchanged = flow.get("income", 0), -flow.get("expense", 0), flow.get(None, 0)
        closing = opening[currency] + income - expenditure + exchanged
        result[currency] = MoneySummary(
            currency, *(Money.from_minor(m, currency)
                        for m in (opening[currency], income, expenditure, exchanged, closing)))
    return result


@dataclass(frozen=True)
class AccountBalance:
    account_id: int
    name: str
    kind: str  # cash | bank | mobile
    balance: Money


def account_balances(cbo: Cbo, on: date) -> list[AccountBalance]:
    """The balance of every account at the end of *on*: accounts opened by then and not
    closed before it (a closed account still holding money is listed: that is a problem
    to see). One grouped query over the index of (account, date, id, amount)."""
    with cbo.reading():
        balances = cashbook.balances(cbo, on)
        rows = _tuples(Account.select(Account.id, Account.name, Account.kind, Account.opening_date,
                                      Account.closed_on).order_by(Account.currency, Account.id))
    result = []
    for account_id, name, kind, opened, closed_on in rows:
        balance = balances[account_id]
        if _as_date(opened) > on:
            continue
        if closed_on is not None and _as_date(closed_on) <= on and balance.is_zero():
            continue
        result.append(AccountBalance(account_id, name, kind, balance))
    return result


# --- the register of one account -------------------------------------------------


class RegisterLine(NamedTuple):
    """One line of an account's register, as read (no running balance yet)."""

    id: int
    date: date
    number: str
    kind: str  # receipt | payment | transfer | exchange | reversal
    party: str
    description: str
    category_en: str
    category_km: str
    amount_minor: int  # signed: + in, - out
    reason: str  # of a reversal: why
    reverses_number: str  # of a reversal: the entry it corrects
    reversed_by_number: str  # of a reversed entry: its reversal
    reversed_reason: str  # of a reversed entry: why it was reversed

    @property
    def in_column(self) -> bool:
        """Whether the amount stands under "in". A reversal stands in the column of the
        entry it corrects, with the opposite sign (as on the cash-book page)."""
        positive = self.amount_minor > 0
        return not positive if self.kind == "reversal" else positive


@dataclass(frozen=True)
class Register:
    account: cashbook.AccountView
    opening_day: date  # the later of the period's first day and the account's opening
    opening: Money  # the balance at the start of opening_day
    lines: list[RegisterLine]

    @property
    def closing(self) -> Money:
        return Money.from_minor(self.opening.to_minor() + sum(line.amount_minor for line in self.lines),
                                self.account.currency)


def _sum_before(account: cashbook.AccountView, day: date) -> int:
    """The balance of *account* at the start of *day* (its opening balance included), in minor units.

    From the newest monthly closing before *day* on when there is one: its book
    balance was the book's sum at the end of that month, and a closed month
    takes no more entries, so only the days since need adding up. On a large
    book that reads a month of entries instead of years of them.
    """
    closed = _tuples(MonthClosing.select(MonthClosing.year, MonthClosing.month, MonthClosing.book_minor)
                     .where((MonthClosing.account == account.id)
                            & (pw.Tuple(MonthClosing.year, MonthClosing.month) < pw.Tuple(day.year, day.month)))
                     .order_by(MonthClosing.year.desc(), MonthClosing.month.desc()).limit(1))
    query = Entry.select(pw.fn.SUM(Entry.amount_minor)).where((Entry.account == account.id) & (Entry.date < day))
    if closed:
        year, month, book_minor = closed[0]
        after = date(year + month // 12, month % 12 + 1, 1)
        return int(book_minor) + _int(query.where(Entry.date >= after).scalar())
    return _opening_minor(account.opening.to_minor(), account.opening_date, day) + _int(query.scalar())


def register(cbo: Cbo, account_id: int, date_from: date, date_to: date) -> Register:
    """The lines of one account from *date_from* to *date_to*, in book order (date, id), with
    the balance before them: one ``SUM`` over the covering index and one query for the lines.

    The lines are read from the database cursor as they come, without peewee's
    conversion of each value (a tenth of the time on ten thousand lines).
    """
    with cbo.reading():
        account = next((a for a in cashbook.accounts(cbo) if a.id == account_id), None)
        if account is None:
            raise UserError(N_("errors", "This account does not exist."))
        before = _sum_before(account, date_from)
        if account.opening_date > date_from:
            # Opened within the period: its opening balance stands on the opening line.
            before += _opening_minor(account.opening.to_minor(), account.opening_date, date_to)
        corrected = Entry.alias("corrected")
        reversal = Entry.alias("reversal")
        query = (Entry.select(Entry.id, Entry.date, Entry.number, Entry.kind, Entry.party, Entry.description,
                              Category.name_en, Category.name_km, Entry.amount_minor, Entry.reason,
                              corrected.number, reversal.number, reversal.reason)
                 .join(Category, pw.JOIN.LEFT_OUTER, on=(Entry.category == Category.id))
                 .switch(Entry).join(corrected, pw.JOIN.LEFT_OUTER, on=(Entry.reverses == corrected.id))
                 .switch(Entry).join(reversal, pw.JOIN.LEFT_OUTER, on=(reversal.reverses == Entry.id))
                 .where((Entry.account == account_id) & (Entry.date >= date_from) & (Entry.date <= date_to))
                 .order_by(Entry.date, Entry.id))
        lines = [RegisterLine(i, _as_date(day), number, kind, party, description, name_en or "",
                              name_km or "", int(amount), reason or "", corrected_number or "",
                              reversed_by or "", reversed_reason or "")
                 for (i, day, number, kind, party, description, name_en, name_km, amount, reason,
                      corrected_number, reversed_by, reversed_reason) in cbo.db.execute(query)]
    return Register(account, max(date_from, account.opening_date),
                    Money.from_minor(before, account.currency), lines)


# --- one entry (vouchers) --------------------------------------------------------


@dataclass(frozen=True)
class EntryFacts:
    """Everything a voucher prints about one entry and the other lines of its group."""

    entry: cashbook.EntryView
    account: cashbook.AccountView
    category_en: str
    category_km: str
    fund_name: str
    fund_donor: str
    legs: list[tuple[cashbook.EntryView, cashbook.AccountView]]  # every line of the entry's group
    reverses_number: str  # for a reversal: the entry it corrects
    reversed_by_number: str  # for a reversed entry: its reversal
    approval: str | None  # approved | rejected | None
    approved_by: str
    approved_at: datetime | None


def entry_facts(cbo: Cbo, entry_id: int) -> EntryFacts:
    with cbo.reading():
        if Entry.get_or_none(Entry.id == entry_id) is None:
            raise UserError(N_("errors", "This entry does not exist."))
        entry = cashbook.entry(cbo, entry_id)
        accounts = {a.id: a for a in cashbook.accounts(cbo)}
        category = Category.get_or_none(Category.id == entry.category_id) if entry.category_id else None
        fund = Fund.get_or_none(Fund.id == entry.fund_id) if entry.fund_id else None
        legs = cashbook.entries_of_group(cbo, entry.group_uid)
        reverses = (Entry.select(Entry.number).where(Entry.id == entry.reverses_id).scalar()
                    if entry.reverses_id else None)
        reversed_by = Entry.select(Entry.number).where(Entry.reverses == entry.id).scalar()
        approval = Approval.get_or_none(Approval.entry == entry.id)
    return EntryFacts(
        entry=entry, account=accounts[entry.account_id],
        category_en=category.name_en if category else "", category_km=category.name_km if category else "",
        fund_name=fund.name if fund else "", fund_donor=fund.donor if fund else "",
        legs=[(leg, accounts[leg.account_id]) for leg in legs],
        reverses_number=reverses or "", reversed_by_number=reversed_by or "",
        approval=approval.decision if approval else None,
        approved_by=approval.decided_by if approval else "",
        approved_at=approval.decided_at if approval else None)


# --- exchange rates ------------------------------------------------------------


def latest_rate(cbo: Cbo) -> tuple[Decimal, date] | None:
    """The rate (riel per dollar) of the book's newest exchange that was not reversed, and its
    date: a default to propose when a person asks for riel and dollars together."""
    with cbo.reading():
        reversed_ids = Entry.select(Entry.reverses).where(Entry.reverses.is_null(False))
        found = _tuples(Entry.select(Entry.rate, Entry.date)
                        .where((Entry.kind == "exchange") & (Entry.rate != "")
                               & Entry.id.not_in(reversed_ids))
                        .order_by(Entry.date.desc(), Entry.id.desc()).limit(1))
    if not found:
        return None
    rate, day = found[0]
    try:
        value = Decimal(rate)
    except InvalidOperation:
        return None
    return (value, _as_date(day)) if value.is_finite() and value > 0 else None


# --- monthly closings ------------------------------------------------------------


def closing_choices(cbo: Cbo, language: str = "en") -> list[tuple[int, str]]:
    """Every monthly closing as (id, label), newest first: "Cash box – riel, March 2026"."""
    settings = LocaleSettings(language)
    with cbo.reading():
        rows = _tuples(MonthClosing.select(MonthClosing.id, Account.name, MonthClosing.year, MonthClosing.month)
                       .join(Account, on=(MonthClosing.account == Account.id))
                       .order_by(MonthClosing.year.desc(), MonthClosing.month.desc(), Account.id))
    return [(int(i), f"{name}, {format_month(year, month, settings)}") for i, name, year, month in rows]


def closing_sheet(cbo: Cbo, closing_id: int) -> tuple[ClosingView, cashbook.AccountView]:
    """One monthly closing with its count lines, and its account."""
    with cbo.reading():
        account_id = MonthClosing.select(MonthClosing.account).where(MonthClosing.id == closing_id).scalar()
        if account_id is None:
            raise UserError(N_("errors", "This monthly closing does not exist."))
        view = next(c for c in closings(cbo, int(account_id)) if c.id == closing_id)
        account = next(a for a in cashbook.accounts(cbo) if a.id == int(account_id))
    return view, account


def day_before(day: date) -> date:
    return day - timedelta(days=1)
