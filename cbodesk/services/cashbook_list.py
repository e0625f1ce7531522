"""Reading the cash book as a table: windows of rows with running balances, and totals.

The cash-book page shows a book that may hold a million entries (a shared
database of many years), so nothing here reads the whole book into Python:

* The table asks for *windows* of rows by position in book order (date, then
  id). The ids of a window come from the ``(date, id)`` index alone; only those
  rows are then read in full. A window in the second half of the list is read
  counting from the end (``ORDER BY … DESC``), so the newest entries, where a
  treasurer works, cost as little as the oldest.
* The running balance of a row is the account's opening balance plus every
  entry of that account up to and including the row, in book order, whatever
  the filter. For each account in a window, one ``SUM`` over the covering index
  ``(account, date, id, amount_minor)`` gives the balance before the window's
  first row of that account; the rest is added up within the window, because
  without a search the rows of one account in a window follow each other in the
  account's own order. The ``SUM`` runs over whichever side of the row is
  shorter: near the end, the account's total (read once and kept) less what
  comes after the row. With a search, rows of an account are not contiguous
  and the balance is left out (``None``).
* Totals in and out per currency are one grouped ``SUM`` per filter.

Rows come as tuples (``.tuples()``), never as model instances: NOTES.md
measured instances 9–11 times slower for many rows. Every query is a peewee
expression, valid on SQLite and PostgreSQL alike.

Money in and out: a reversal stands in the column of the entry it corrects,
with the opposite sign (a wrongly recorded receipt of 10,000 is taken back as
-10,000 in the "in" column), so the totals in and out of a period count only
money that really moved.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import peewee as pw

from cbodesk.domain.money import Currency, Money
from cbodesk.services.rows import as_date as _as_date
from cbodesk.services.rows import as_int as _int
from cbodesk.services.rows import tuples as _tuples
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Account, Activity, Approval, Attachment, Category, Entry, Fund

# Above this many entries, adding up an account's whole history takes long enough (about
# 10 ms per 100,000 entries here) that a table shows a window's rows before their balances.
LARGE_BOOK = 100_000
QUICK_EDGE = 0.02  # a window this near either end of an account's dates (by time) is quick

# Payers and payees offered for completion are those of the newest entries:
# a CBO's regular partners show up there, and the query stays quick on a huge book.
PARTY_LOOKBACK = 20_000

_KHMER_TO_ASCII = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")


@dataclass(frozen=True)
class EntryFilter:
    """Which entries the table lists: one account or all, a period, a search text."""

    account_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    search: str = ""

    @property
    def searching(self) -> bool:
        return bool(self.search.strip())


@dataclass(frozen=True, slots=True)
class EntryRow:
    """One line of the cash-book table, ready to show."""

    id: int
    group_uid: str
    number: str
    date: date
    kind: str  # receipt | payment | transfer | exchange | reversal
    account_id: int
    account_name: str
    currency: Currency
    amount: Money  # signed: + in, - out
    category_id: int | None
    category_en: str
    category_km: str
    fund_name: str
    party: str
    description: str
    reversed: bool  # a reversal points at this entry
    needs_approval: bool
    approved: str | None  # the committee's decision (approved | rejected), if any
    balance: Money | None  # the account's balance after this row; None while searching
    reverses_number: str = ""  # for a reversal: the number of the entry it corrects
    reversed_by_number: str = ""  # for a reversed entry: the number of its reversal
    reason: str = ""  # why the entry was reversed (on both the reversal and the reversed entry)
    rate: str = ""
    has_attachment: bool = False
    entered_by: str = ""
    activity_id: int | None = None  # the planned activity the money was for
    activity_code: str = ""
    activity_title: str = ""

    def category_name(self, language: str) -> str:
        if language == "km":
            return self.category_km or self.category_en
        return self.category_en or self.category_km

    @property
    def in_column(self) -> bool:
        """Whether the amount stands under "in" (else under "out").

        A reversal stands where the entry it corrects stands: its sign is the opposite.
        """
        positive = self.amount.amount > 0
        return not positive if self.kind == "reversal" else positive

    @property
    def column_amount(self) -> Money:
        """The amount as written in its column: positive, or negative for a correction."""
        return self.amount if self.in_column else -self.amount

    @property
    def waiting_for_approval(self) -> bool:
        return self.needs_approval and self.approved is None


# --- filters --------------------------------------------------------------------


def _search_terms(text: str) -> list[str]:
    text = text.strip()
    if not text:
        return []
    ascii_digits = text.translate(_KHMER_TO_ASCII)
    return [text] if ascii_digits == text else [text, ascii_digits]


def _conditions(f: EntryFilter) -> list[pw.Expression]:
    found: list[pw.Expression] = []
    if f.account_id is not None:
        found.append(Entry.account == f.account_id)
    if f.date_from is not None:
        found.append(Entry.date >= f.date_from)
    if f.date_to is not None:
        found.append(Entry.date <= f.date_to)
    terms = _search_terms(f.search)
    if terms:
        # contains() is ILIKE on PostgreSQL and LIKE on SQLite (case-insensitive
        # for Latin letters; Khmer has no case), with % and _ escaped.
        found.append(functools.reduce(operator.or_, [
            Entry.number.contains(t) | Entry.party.contains(t) | Entry.description.contains(t)
            for t in terms]))
    return found


def _where(query: Any, conditions: Sequence[pw.Expression]) -> Any:
    return query.where(functools.reduce(operator.and_, conditions)) if conditions else query


# --- the table ------------------------------------------------------------------


@dataclass(frozen=True)
class _AccountFacts:
    name: str
    currency: Currency
    opening: int  # minor units
    opened: date


class BookReader:
    """Reads the book for the table, keeping what makes the next window cheap.

    Keeps, per account, its opening balance, its first and last date and (once
    a window near its end needed it) the sum of all its entries. Call
    :meth:`forget` after the book changed (an entry recorded here or by another
    computer).
    """

    def __init__(self, cbo: Cbo) -> None:
        self.cbo = cbo
        self._accounts: dict[int, _AccountFacts] | None = None
        self._spans: dict[int, tuple[date, date] | None] = {}
        self._sums: dict[int, int] = {}
        self._size: int | None = None

    def forget(self) -> None:
        self._accounts = None
        self._spans.clear()
        self._sums.clear()
        self._size = None

    def recorded(self, entries: Iterable[tuple[int, date, int]]) -> None:
        """Keep what is known up to date with entries just recorded: (account, date, minor units).

        Cheaper than :meth:`forget` after the treasurer's own save: the sum of a
        large account need not be read again.
        """
        for account_id, day, amount_minor in entries:
            if self._accounts is not None and account_id not in self._accounts:
                self.forget()  # an account added since: read everything again
                return
            if account_id in self._sums:
                self._sums[account_id] += amount_minor
            if account_id in self._spans:
                span = self._spans[account_id]
                self._spans[account_id] = (day, day) if span is None else (min(span[0], day),
                                                                            max(span[1], day))

    # -- small cached facts (call inside cbo.reading()) --

    def _account_facts(self, needed: Iterable[int] = ()) -> dict[int, _AccountFacts]:
        if self._accounts is None or any(a not in self._accounts for a in needed):
            rows = _tuples(Account.select(Account.id, Account.name, Account.currency, Account.opening_minor,
                                          Account.opening_date))
            self._accounts = {i: _AccountFacts(name, Currency[code], int(opening), _as_date(opened))
                              for i, name, code, opening, opened in rows}
        return self._accounts

    def _span(self, account_id: int) -> tuple[date, date] | None:
        if account_id not in self._spans:
            # One MIN and one MAX, each an index look-up (SQLite scans when both are in one query).
            mine = Entry.account == account_id
            first = Entry.select(pw.fn.MIN(Entry.date)).where(mine).scalar()
            last = Entry.select(pw.fn.MAX(Entry.date)).where(mine).scalar()
            self._spans[account_id] = None if first is None else (_as_date(first), _as_date(last))
        return self._spans[account_id]

    def _sum(self, account_id: int) -> int:
        """The sum of all the account's entries (minor units), read once."""
        if account_id not in self._sums:
            self._sums[account_id] = _int(Entry.select(pw.fn.SUM(Entry.amount_minor))
                                          .where(Entry.account == account_id).scalar())
        return self._sums[account_id]

    def _read_sums(self, accounts: Sequence[int]) -> None:
        """Read the sums of several accounts: one grouped scan of the index costs less than a
        scan per account (on a million entries 0.11 s against 0.16 s)."""
        missing = [a for a in accounts if a not in self._sums]
        if len(missing) > 1:
            grouped = _tuples(Entry.select(Entry.account, pw.fn.SUM(Entry.amount_minor)).group_by(Entry.account))
            found = {a: _int(total) for a, total in grouped}
            for account_id in self._account_facts():
                self._sums.setdefault(account_id, found.get(account_id, 0))

    def balances_at_end(self, f: EntryFilter) -> dict[Currency, Money]:
        """The balance per currency, at the end of the filter's period, of the accounts it lists.

        The search text does not matter: a balance is of the whole account. From
        the accounts' sums, less what comes after the period (usually little).
        """
        with self.cbo.reading():
            facts = self._account_facts()
            accounts = [f.account_id] if f.account_id is not None else list(facts)
            self._read_sums(accounts)
            result: dict[Currency, int] = {}
            for account_id in accounts:
                account = facts[account_id]
                balance = self._sum(account_id)
                if f.date_to is not None:
                    balance -= _int(Entry.select(pw.fn.SUM(Entry.amount_minor))
                                    .where((Entry.account == account_id) & (Entry.date > f.date_to)).scalar())
                if f.date_to is None or account.opened <= f.date_to:
                    balance += account.opening
                result[account.currency] = result.get(account.currency, 0) + balance
        return {c: Money.from_minor(m, c) for c, m in result.items()}

    # -- counting --

    def count(self, f: EntryFilter) -> int:
        with self.cbo.reading():
            return self._count(f)

    @staticmethod
    def _count(f: EntryFilter) -> int:
        query = _where(Entry.select(pw.fn.COUNT(pw.SQL("*"))), _conditions(f))
        return _int(query.scalar())

    def position(self, f: EntryFilter, entry_id: int, *, total: int | None = None) -> int | None:
        """The row of *entry_id* in the list of *f*, or None when the filter leaves it out."""
        with self.cbo.reading():
            conditions = _conditions(f)
            found = _tuples(_where(Entry.select(Entry.date, Entry.id), [*conditions, Entry.id == entry_id]))
            if not found:
                return None
            day, _ = found[0]
            if total is None:
                total = self._count(f)
            # Counted from the end: new entries, the usual question, are near it.
            after = _where(Entry.select(pw.fn.COUNT(pw.SQL("*"))),
                           [*conditions, pw.Tuple(Entry.date, Entry.id) > pw.Tuple(_as_date(day), entry_id)])
            return max(total - 1 - _int(after.scalar()), 0)

    # -- windows --

    def rows(self, f: EntryFilter, offset: int, limit: int, *, total: int | None = None,
             from_end: bool | None = None, balances: bool = True) -> list[EntryRow]:
        """Rows *offset* … *offset + limit - 1* of the list of *f*, in book order.

        *total* is the count of the list if known (saves a query). *from_end*
        forces reading from the start or the end; by default whichever is nearer.
        *balances*: False leaves them out, for :meth:`with_balances` to add later.
        """
        with self.cbo.reading():
            if total is None:
                total = self._count(f)
            offset = max(offset, 0)
            limit = max(min(limit, total - offset), 0)
            if limit == 0:
                return []
            conditions = _conditions(f)
            keys = _where(Entry.select(Entry.id), conditions)
            if from_end is None:
                from_end = offset + limit / 2 > total / 2
            if from_end:
                query = (keys.order_by(Entry.date.desc(), Entry.id.desc())
                         .limit(limit).offset(max(total - offset - limit, 0)))
                ids = [i for (i,) in _tuples(query)][::-1]
            else:
                query = keys.order_by(Entry.date, Entry.id).limit(limit).offset(offset)
                ids = [i for (i,) in _tuples(query)]
            rows = self._rows_of(ids)
            return self._with_balances(rows) if balances and not f.searching else rows

    def with_balances(self, rows: list[EntryRow]) -> list[EntryRow]:
        """*rows* (a window of a list without a search, in book order) with their running balances."""
        with self.cbo.reading():
            return self._with_balances(rows)

    def balances_are_quick(self, rows: list[EntryRow]) -> bool:
        """Whether adding the balances to *rows* reads only a little of the book.

        Not so for a window of a large book far from its start whose accounts' sums
        are not known yet (the first screen of a million entries), or in its middle:
        a table then shows the rows first and their balances a moment later.
        """
        with self.cbo.reading():
            if self._book_size() < LARGE_BOOK:
                return True
            for account_id, (day, _) in _firsts(rows).items():
                fraction = self._fraction(account_id, day)
                if not (fraction <= QUICK_EDGE or (fraction >= 1 - QUICK_EDGE and account_id in self._sums)):
                    return False
            return True

    def _book_size(self) -> int:
        if self._size is None:
            # The highest id: an index look-up, near enough to the count for this purpose.
            self._size = _int(Entry.select(pw.fn.MAX(Entry.id)).scalar())
        return self._size

    def _rows_of(self, ids: list[int]) -> list[EntryRow]:
        if not ids:
            return []
        corrected = Entry.alias("corrected")
        query = (Entry.select(
            Entry.id, Entry.group_uid, Entry.number, Entry.date, Entry.kind, Entry.account,
            Entry.amount_minor, Entry.category, Category.name_en, Category.name_km, Fund.name,
            Entry.party, Entry.description, Entry.needs_approval, Approval.decision, Entry.rate,
            Entry.reason, Entry.attachment_sha256, corrected.number, Entry.entered_by, Entry.activity,
            Activity.code, Activity.title)
            .join(Category, pw.JOIN.LEFT_OUTER, on=(Entry.category == Category.id))
            .switch(Entry).join(Fund, pw.JOIN.LEFT_OUTER, on=(Entry.fund == Fund.id))
            .switch(Entry).join(Approval, pw.JOIN.LEFT_OUTER, on=(Approval.entry == Entry.id))
            .switch(Entry).join(corrected, pw.JOIN.LEFT_OUTER, on=(Entry.reverses == corrected.id))
            .switch(Entry).join(Activity, pw.JOIN.LEFT_OUTER, on=(Entry.activity == Activity.id))
            .where(Entry.id.in_(ids)))
        by_id = {row[0]: row for row in _tuples(query)}
        reversals = {original: (number, reason) for original, number, reason in
                     _tuples(Entry.select(Entry.reverses, Entry.number, Entry.reason)
                             .where(Entry.reverses.in_(ids)))}
        ordered = [by_id[i] for i in ids if i in by_id]
        facts = self._account_facts(row[5] for row in ordered)
        result = []
        for (entry_id, group_uid, number, day, kind, account_id, amount_minor, category_id, name_en,
             name_km, fund_name, party, description, needs_approval, decision, rate, reason,
             attachment_sha, corrected_number, entered_by, activity_id, activity_code,
             activity_title) in ordered:
            account = facts[account_id]
            reversed_by = reversals.get(entry_id)
            result.append(EntryRow(
                id=entry_id, group_uid=group_uid, number=number, date=_as_date(day), kind=kind,
                account_id=account_id, account_name=account.name, currency=account.currency,
                amount=Money.from_minor(int(amount_minor), account.currency), category_id=category_id,
                category_en=name_en or "", category_km=name_km or "", fund_name=fund_name or "",
                party=party, description=description, reversed=reversed_by is not None,
                needs_approval=bool(needs_approval), approved=decision, balance=None,
                reverses_number=corrected_number or "",
                reversed_by_number=reversed_by[0] if reversed_by else "",
                reason=reason or (reversed_by[1] if reversed_by else ""), rate=rate or "",
                has_attachment=bool(attachment_sha), entered_by=entered_by, activity_id=activity_id,
                activity_code=activity_code or "", activity_title=activity_title or ""))
        return result

    def _with_balances(self, rows: list[EntryRow]) -> list[EntryRow]:
        running = self._balances_before(rows)
        result = []
        for row in rows:
            running[row.account_id] += row.amount.to_minor()
            result.append(replace(row, balance=Money.from_minor(running[row.account_id], row.currency)))
        return result

    def _balances_before(self, rows: list[EntryRow]) -> dict[int, int]:
        """Per account in *rows*: its balance just before its first row there (minor units)."""
        firsts = _firsts(rows)
        facts = self._account_facts(firsts)
        self._read_sums([a for a, (day, _) in firsts.items() if self._nearer_the_end(a, day)])
        before = {}
        for account_id, (day, entry_id) in firsts.items():
            key = pw.Tuple(Entry.date, Entry.id)
            at = pw.Tuple(day, entry_id)
            if self._nearer_the_end(account_id, day):
                later = _int(Entry.select(pw.fn.SUM(Entry.amount_minor))
                             .where((Entry.account == account_id) & (key >= at)).scalar())
                sum_before = self._sum(account_id) - later
            else:
                sum_before = _int(Entry.select(pw.fn.SUM(Entry.amount_minor))
                                  .where((Entry.account == account_id) & (key < at)).scalar())
            before[account_id] = facts[account_id].opening + sum_before
        return before

    def _fraction(self, account_id: int, day: date) -> float:
        """How far into the account's life *day* is, by dates: 0 at its first entry, 1 at its last."""
        span = self._span(account_id)
        if span is None:
            return 0.0
        first, last = span
        length = (last - first).days
        return (day - first).days / length if length > 0 else 1.0

    def _nearer_the_end(self, account_id: int, day: date) -> bool:
        """Whether fewer of the account's entries come after *day* than before it (by dates).

        Then the balance is its total (read once, then kept) less what comes after.
        """
        return self._fraction(account_id, day) > 0.5 and self._span(account_id) is not None


def _firsts(rows: Sequence[EntryRow]) -> dict[int, tuple[date, int]]:
    """Per account: the (date, id) of its first row in *rows*."""
    firsts: dict[int, tuple[date, int]] = {}
    for row in rows:
        firsts.setdefault(row.account_id, (row.date, row.id))
    return firsts


def count_entries(cbo: Cbo, f: EntryFilter) -> int:
    """How many entries the filter lists."""
    return BookReader(cbo).count(f)


def entry_rows(cbo: Cbo, f: EntryFilter, offset: int, limit: int) -> list[EntryRow]:
    """Rows *offset* … *offset + limit - 1* of the filter's list, in book order (date, id)."""
    return BookReader(cbo).rows(f, offset, limit)


def group_rows(cbo: Cbo, group_uid: str) -> list[EntryRow]:
    """Every line of one entry (two for a transfer or an exchange), without balances."""
    reader = BookReader(cbo)
    with cbo.reading():
        ids = [i for (i,) in _tuples(Entry.select(Entry.id).where(Entry.group_uid == group_uid)
                                     .order_by(Entry.id))]
        return reader._rows_of(ids)


def row_of(cbo: Cbo, f: EntryFilter, entry_id: int) -> int | None:
    """Where *entry_id* stands in the filter's list (None if the filter leaves it out)."""
    return BookReader(cbo).position(f, entry_id)


# --- totals ---------------------------------------------------------------------


def totals(cbo: Cbo, f: EntryFilter) -> dict[Currency, tuple[Money, Money]]:
    """Money in and money out per currency of the entries the filter lists.

    Both are positive, except when corrections of an earlier period outweigh
    the period's own entries. Riel and dollars are never added together.
    """
    conditions = _conditions(f)
    # in = (sum + sum of absolute values) / 2, out = the rest: no CASE, which
    # SQLite evaluates far slower than ABS over the covering index.
    if f.searching:
        # A search reads every row anyway; grouping by a plain column would make
        # SQLite walk the account index and fetch rows in its order (2.5x slower).
        account: pw.Node = Entry.account + pw.SQL("0")  # a literal: PostgreSQL matches the GROUP BY
    else:
        account = Entry.account
    minor: dict[Currency, list[int]] = {}
    with cbo.reading():  # queries are built inside: they bind to this CBO's database
        query = _where(Entry.select(account, pw.fn.SUM(Entry.amount_minor),
                                    pw.fn.SUM(pw.fn.ABS(Entry.amount_minor))), conditions).group_by(account)
        # Reversals stand in the column of the entry they correct. They are few: read
        # them through the index of what they reverse (SQLite would otherwise scan).
        reversals = _where(Entry.select(Entry.account, Entry.amount_minor),
                           [Entry.id.in_(Entry.select(Entry.id).where(Entry.reverses.is_null(False))),
                            *conditions])
        currencies = {i: Currency[c] for i, c in _tuples(Account.select(Account.id, Account.currency))}
        for account_id, net, gross in _tuples(query):
            money = minor.setdefault(currencies[int(account_id)], [0, 0])
            money[0] += (_int(gross) + _int(net)) // 2
            money[1] += (_int(gross) - _int(net)) // 2
        for account_id, amount in _tuples(reversals):
            # Counted above under its own sign; it belongs in the other column with the
            # opposite sign: a reversal of a receipt (-) lowers "in", of a payment (+) lowers "out".
            money = minor.setdefault(currencies[account_id], [0, 0])
            if amount < 0:
                money[1] += amount  # it is not money out
                money[0] += amount  # it takes money in back
            else:
                money[0] -= amount
                money[1] -= amount
    return {c: (Money.from_minor(m[0], c), Money.from_minor(m[1], c)) for c, m in minor.items()}


def closing_balances(cbo: Cbo, f: EntryFilter) -> dict[Currency, Money]:
    """The balance per currency, at the end of the filter's period, of the accounts it lists."""
    return BookReader(cbo).balances_at_end(f)


# --- the entry dialog -----------------------------------------------------------


def parties(cbo: Cbo, limit: int = 500) -> list[str]:
    """Payers and payees of earlier receipts and payments, most used first (for completion)."""
    with cbo.reading():
        newest = _int(Entry.select(pw.fn.MAX(Entry.id)).scalar())
        uses = pw.fn.COUNT(pw.SQL("*"))
        query = (Entry.select(Entry.party, uses)
                 .where((Entry.id > newest - PARTY_LOOKBACK) & (Entry.party != "")
                        & Entry.kind.in_(["receipt", "payment"]))
                 .group_by(Entry.party).order_by(uses.desc(), Entry.party).limit(limit))
        return [party for party, _ in _tuples(query)]


def attachment(cbo: Cbo, entry_id: int) -> tuple[str, bytes] | None:
    """The photo or scan kept with an entry: (media type, bytes), or None."""
    with cbo.reading():
        found = _tuples(Attachment.select(Attachment.media_type, Attachment.data)
                        .where(Attachment.entry == entry_id))
    if not found:
        return None
    media_type, data = found[0]
    return media_type, bytes(data)
