"""Monthly closing of the cash book: the cash counted by two people, against the book.

The financial policy (guideline Annex 3) asks for the cash to be counted by two
people who both sign, and for the bank account to be reconciled every month. A
closing records that count (note by note for a cash box; the statement balance
for a bank or mobile-money account) beside the book balance at the end of the
month, with the explanation of any difference. Once a month is closed, the
book refuses entries dated in it (:func:`cbodesk.services.cashbook.record_entry`
reads the newest closing), so what was counted and signed stays true.

Months close in order, one account at a time: a month that had entries must be
closed before a later one, so that no closed month hides an unchecked one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import peewee as pw

from cbodesk.domain import cashbook as cb
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.i18n import N_
from cbodesk.services.audit import record_change
from cbodesk.services.rows import now as _now
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Account, CashCountLine, Entry, MonthClosing


@dataclass(frozen=True)
class CountLine:
    """One line of the cash count sheet: so many notes (or coins) of one value."""

    denomination: Money
    count: int

    @property
    def total(self) -> Money:
        return self.denomination * self.count


@dataclass(frozen=True)
class ClosingView:
    """A closed month of one account, as it was signed."""

    id: int
    account_id: int
    year: int
    month: int
    book: Money  # the book balance at the end of the month
    counted: Money  # the cash counted, or the statement balance
    explanation: str
    counted_by: str
    checked_by: str
    closed_by: str
    closed_at: datetime
    lines: tuple[CountLine, ...]  # empty for a bank or mobile-money account

    @property
    def difference(self) -> Money:
        """Counted minus book: negative when cash is missing."""
        return self.counted - self.book


@dataclass(frozen=True)
class MonthStatus:
    """Where one account stands at the end of one month."""

    account_id: int
    account_kind: str  # cash | bank | mobile
    year: int
    month: int
    book: Money  # the book balance at the end of the month
    closing: ClosingView | None
    # Why the month cannot be closed now (empty: it can be); English, marked N_.
    blockers: tuple[Problem, ...]

    @property
    def closed(self) -> bool:
        return self.closing is not None


@dataclass(frozen=True)
class MonthDue:
    """A month that has ended, has entries, and is not closed yet: a reminder."""

    account_id: int
    account_name: str
    currency: Currency
    year: int
    month: int


# --- months ---------------------------------------------------------------------


def month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def month_end(year: int, month: int) -> date:
    """The last day of the month."""
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def _month_label(year: int, month: int) -> str:
    # Numbers read the same in every language; the GUI shows month names elsewhere.
    return f"{month:02d}/{year}"


def _valid_month(year: int, month: int) -> bool:
    return 1 <= month <= 12 and 1900 <= year <= 9998


# --- reading (models bound) ------------------------------------------------------


def _book_minor(account: Account, through: date) -> int:
    """The book balance of *account* at the end of *through*: opening balance and entries, in SQL."""
    total = (Entry.select(pw.fn.COALESCE(pw.fn.SUM(Entry.amount_minor), 0))
             .where((Entry.account == account.id) & (Entry.date <= through)).scalar())
    opening = int(account.opening_minor) if account.opening_date <= through else 0
    return opening + int(total or 0)


def _closing_view(row: MonthClosing, account_id: int, currency: Currency) -> ClosingView:
    lines = tuple(
        CountLine(Money.from_minor(int(line.denomination_minor), currency), int(line.count))
        for line in CashCountLine.select().where(CashCountLine.closing == row.id)
        .order_by(CashCountLine.denomination_minor.desc()))
    return ClosingView(
        id=row.id, account_id=account_id, year=row.year, month=row.month,
        book=Money.from_minor(int(row.book_minor), currency),
        counted=Money.from_minor(int(row.counted_minor), currency),
        explanation=row.explanation, counted_by=row.counted_by, checked_by=row.checked_by,
        closed_by=row.closed_by, closed_at=row.closed_at, lines=lines)


def _newest_closing(account: Account) -> MonthClosing | None:
    return (MonthClosing.select().where(MonthClosing.account == account.id)
            .order_by(MonthClosing.year.desc(), MonthClosing.month.desc()).first())


def _first_open_day(account: Account) -> date:
    """The first day not covered by a closing: where unclosed entries can start."""
    newest = _newest_closing(account)
    if newest is None:
        return account.opening_date
    return month_end(newest.year, newest.month) + timedelta(days=1)


def _blockers(account: Account, year: int, month: int, today: date) -> list[Problem]:
    """Why the month cannot be closed now, all at once; empty when it can."""
    if not _valid_month(year, month):
        return [Problem("month", N_("errors", "Choose a month and a year."))]
    found: list[Problem] = []
    first, last = month_start(year, month), month_end(year, month)
    label = _month_label(year, month)
    if last < account.opening_date:
        found.append(Problem("month", N_("errors", "This account was opened after {month}: choose a later month."),
                             {"month": label}))
    if account.closed_on is not None and first > account.closed_on:
        found.append(Problem("month", N_("errors", "This account was closed before {month}."), {"month": label}))
    if MonthClosing.select().where((MonthClosing.account == account.id) & (MonthClosing.year == year)
                                   & (MonthClosing.month == month)).exists():
        return [Problem("month", N_("errors", "{month} is closed already for this account."), {"month": label})]
    if last >= today:
        following = last + timedelta(days=1)
        found.append(Problem("month", N_(
            "errors", "{month} has not ended yet: count the cash at the end of the month, and close it "
                      "from {day} on."),
            {"month": label, "day": following.strftime("%d/%m/%Y")}))
    newest = _newest_closing(account)
    if newest is not None and (newest.year, newest.month) > (year, month):
        found.append(Problem("month", N_(
            "errors", "Months are closed in order, and {newest} is closed already for this account."),
            {"newest": _month_label(newest.year, newest.month)}))
        return found
    earliest = (Entry.select(Entry.date)
                .where((Entry.account == account.id) & (Entry.date >= _first_open_day(account))
                       & (Entry.date < first))
                .order_by(Entry.date).first())
    if earliest is not None:
        found.append(Problem("month", N_(
            "errors", "Close {earlier} first: months are closed in order, and that month has entries."),
            {"earlier": _month_label(earliest.date.year, earliest.date.month)}))
    return found


def _signature_problems(counted_by: str, checked_by: str) -> list[Problem]:
    found: list[Problem] = []
    if not counted_by:
        found.append(Problem("counted_by", N_("errors", "Write the name of the person who counted the money.")))
    if not checked_by:
        found.append(Problem("checked_by", N_(
            "errors", "Write the name of the person who checked the count: two people count and both sign.")))
    if counted_by and checked_by and counted_by.casefold() == checked_by.casefold():
        found.append(Problem("checked_by", N_(
            "errors", "The count must be checked by a second person, not by the one who counted.")))
    return found


def _counted_minor(account: Account, counts: dict[int, int] | None, statement: Money | None,
                   found: list[Problem]) -> int | None:
    """The amount counted (or on the statement), adding what is wrong with it to *found*."""
    currency = Currency[account.currency]
    if account.kind == "cash":
        if statement is not None:
            found.append(Problem("statement", N_(
                "errors", "A cash box is counted note by note; a statement balance is for a bank or "
                          "mobile-money account.")))
        denominations = cb.DENOMINATIONS[currency]
        total = 0
        bad = False
        for value, number in (counts or {}).items():
            if value not in denominations:
                found.append(Problem("counts", N_("errors", "{value} is not a note or coin of {currency}."),
                                     {"value": value, "currency": currency.code}))
                bad = True
            elif isinstance(number, bool) or not isinstance(number, int) or number < 0:
                found.append(Problem("counts", N_("errors", "Count each note with a whole number, zero or more.")))
                bad = True
            else:
                total += value * number
        return None if bad else total
    if counts:
        found.append(Problem("counts", N_(
            "errors", "A bank or mobile-money account is checked against its statement, not counted in notes.")))
    if statement is None:
        found.append(Problem("statement", N_(
            "errors", "Type the balance shown on the statement for the last day of the month.")))
        return None
    if statement.currency is not currency:
        found.append(Problem("statement", N_("errors", "The amount must be in the account's currency ({currency})."),
                             {"currency": currency.code}))
        return None
    return statement.to_minor()


def _clean_name(text: str) -> str:
    return " ".join(text.split())


def _problems(account: Account, year: int, month: int, counts: dict[int, int] | None,
              statement: Money | None, counted_by: str, checked_by: str, explanation: str,
              today: date) -> tuple[list[Problem], int | None, int | None]:
    """(problems, book, counted) for a closing as typed; models bound."""
    found = _blockers(account, year, month, today)
    found += _signature_problems(_clean_name(counted_by), _clean_name(checked_by))
    counted = _counted_minor(account, counts, statement, found)
    book = _book_minor(account, month_end(year, month)) if _valid_month(year, month) else None
    if counted is not None and book is not None and counted != book and not explanation.strip():
        found.append(Problem("explanation", N_(
            "errors", "The count differs from the book. Write what explains the difference, for example "
                      "a payment not recorded yet; both signers should agree with it.")))
    return found, book, counted


def _account(account_id: int) -> Account:
    account = Account.get_or_none(Account.id == account_id)
    if account is None:
        raise UserError(N_("errors", "This account does not exist."))
    return account


# --- the service ----------------------------------------------------------------


def month_status(cbo: Cbo, account_id: int, year: int, month: int, *,
                 today: date | None = None) -> MonthStatus:
    """The book balance at the end of the month, whether it is closed, and whether it can be."""
    today = today or date.today()
    with cbo.reading():
        account = _account(account_id)
        currency = Currency[account.currency]
        blockers = _blockers(account, year, month, today)
        if not _valid_month(year, month):
            return MonthStatus(account.id, account.kind, year, month, Money.zero(currency), None,
                               tuple(blockers))
        row = MonthClosing.get_or_none((MonthClosing.account == account.id) & (MonthClosing.year == year)
                                       & (MonthClosing.month == month))
        closing = _closing_view(row, account.id, currency) if row is not None else None
        book = Money.from_minor(_book_minor(account, month_end(year, month)), currency)
        return MonthStatus(account.id, account.kind, year, month, book, closing, tuple(blockers))


def check_closing(cbo: Cbo, account_id: int, year: int, month: int, *,
                  counts: dict[int, int] | None = None, statement: Money | None = None,
                  counted_by: str = "", checked_by: str = "", explanation: str = "",
                  today: date | None = None) -> list[Problem]:
    """Everything :func:`close_month` would refuse, without closing: for a form to mark its fields."""
    with cbo.reading():
        return _problems(_account(account_id), year, month, counts, statement, counted_by, checked_by,
                         explanation, today or date.today())[0]


def close_month(cbo: Cbo, actor: Actor, account_id: int, year: int, month: int, *,
                counts: dict[int, int] | None = None, statement: Money | None = None,
                counted_by: str, checked_by: str, explanation: str = "",
                today: date | None = None) -> ClosingView:
    """Close a month of one account with its cash count (denomination in minor units → number of
    notes) or, for a bank or mobile-money account, its statement balance.

    One transaction: the closing, its count lines and the audit entry. Exclusive
    like recording, so no entry can slip into the month while it is being closed.
    """
    actor.require("cashbook.close")
    today = today or date.today()
    counted_by, checked_by, explanation = _clean_name(counted_by), _clean_name(checked_by), explanation.strip()
    with cbo.atomic(exclusive=True):
        account = _account(account_id)
        problems, book, counted = _problems(account, year, month, counts, statement, counted_by,
                                            checked_by, explanation, today)
        if problems:
            raise InvalidInput(problems)
        assert book is not None and counted is not None
        currency = Currency[account.currency]
        row = MonthClosing.create(
            account=account.id, year=year, month=month, book_minor=book, counted_minor=counted,
            explanation=explanation, counted_by=counted_by, checked_by=checked_by,
            closed_by=actor.full_name, closed_at=_now())
        lines = sorted(((value, number) for value, number in (counts or {}).items() if number > 0),
                       reverse=True)
        if lines:
            CashCountLine.insert_many([
                {"closing": row.id, "denomination_minor": value, "count": number} for value, number in lines
            ]).execute()
        record_change(actor, "month.close", "cashbook", f"{account.name} {year}-{month:02d}", None, {
            "account": account.name,
            "book": str(Money.from_minor(book, currency)),
            "counted": str(Money.from_minor(counted, currency)),
            "count": ", ".join(f"{number} × {Money.from_minor(value, currency).amount}"
                               for value, number in lines),
            "explanation": explanation, "counted_by": counted_by, "checked_by": checked_by,
        })
        return _closing_view(row, account.id, currency)


def closings(cbo: Cbo, account_id: int) -> list[ClosingView]:
    """The closed months of one account, oldest first."""
    with cbo.reading():
        account = _account(account_id)
        currency = Currency[account.currency]
        rows = (MonthClosing.select().where(MonthClosing.account == account.id)
                .order_by(MonthClosing.year, MonthClosing.month))
        return [_closing_view(row, account.id, currency) for row in rows]


def months_to_close(cbo: Cbo, *, today: date | None = None) -> list[MonthDue]:
    """Months that have ended, have entries and are not closed yet, per account: for reminders.

    A month without entries needs no closing of its own (the next closing covers it).
    """
    today = today or date.today()
    last_ended = month_start(today.year, today.month) - timedelta(days=1)
    due: list[MonthDue] = []
    with cbo.reading():
        for account in Account.select().order_by(Account.id):
            start = _first_open_day(account)
            if start > last_ended:
                continue
            # Distinct days rather than entries: a few hundred rows at most, whatever the book's size.
            days = (Entry.select(Entry.date).distinct()
                    .where((Entry.account == account.id) & (Entry.date >= start) & (Entry.date <= last_ended)))
            months = sorted({(row.date.year, row.date.month) for row in days})
            currency = Currency[account.currency]
            due += [MonthDue(account.id, account.name, currency, y, m) for y, m in months]
    return due
