"""The cash book as a table: windows of rows, running balances, search and totals, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from cbodesk.domain import cashbook as cb
from cbodesk.domain.cashbook import EntryDraft, TransferDraft
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.services import cashbook, cashbook_list
from cbodesk.services.cashbook import AccountView
from cbodesk.services.cashbook_list import (
    BookReader,
    EntryFilter,
    EntryRow,
    closing_balances,
    count_entries,
    entry_rows,
    group_rows,
    parties,
    row_of,
    totals,
)
from cbodesk.services.demo import DEMO_PROFILE
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Entry, NumberCounter

KHR, USD = Currency.KHR, Currency.USD
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
END_OF_2025 = date(2025, 12, 31)


def riel(amount: str) -> Money:
    return Money(amount.replace(",", ""), KHR)


def dollars(amount: str) -> Money:
    return Money(amount, USD)


class Book:
    """The paper cash book of a small CBO in early 2025, typed in through the services."""

    def __init__(self, cbo: Cbo) -> None:
        self.cbo = cbo
        self.codes = {c.code: c.id for c in cashbook.categories(cbo)}
        opened = date(2025, 1, 1)
        self.box = cashbook.add_account(cbo, TREASURER, "Box – riel", "cash", KHR, riel("50,000"), opened).id
        self.bank = cashbook.add_account(cbo, TREASURER, "Bank – dollars", "bank", USD, dollars("200"), opened).id
        self.wing = cashbook.add_account(cbo, TREASURER, "Wing – riel", "mobile", KHR, None, opened).id

    def entry(self, day: str, kind: str, account: int, amount: Money, code: str, party: str,
              description: str = "") -> cashbook.EntryView:
        draft = EntryDraft(kind, date.fromisoformat(day), account, amount, self.codes[code], party=party,
                           description=description)
        return cashbook.record_entry(self.cbo, TREASURER, draft, today=END_OF_2025)

    def transfer(self, day: str, source: int, target: int, amount: Money, received: Money,
                 rate: str | None = None) -> None:
        draft = TransferDraft(date.fromisoformat(day), source, target, amount, received,
                              Decimal(rate) if rate else None)
        cashbook.record_transfer(self.cbo, TREASURER, draft, today=END_OF_2025)

    def early_2025(self) -> None:
        #          date          kind       account    amount            category     payer / payee
        self.entry("2025-01-05", "receipt", self.box, riel("100,000"), "fees", "Sok Dara", "January fees")
        self.entry("2025-01-07", "payment", self.box, riel("30,000"), "meetings", "Kratie market",
                   "Snacks for the meeting")
        self.entry("2025-01-10", "receipt", self.bank, dollars("45.50"), "grants", "Oxfam", "Grant instalment")
        self.transfer("2025-02-02", self.box, self.wing, riel("60,000"), riel("60,000"))
        self.entry("2025-02-03", "payment", self.wing, riel("20,000"), "transport", "ចាន់ សុភា", "ថ្លៃធ្វើដំណើរ")
        twice = self.entry("2025-02-10", "receipt", self.box, riel("25,000"), "fees", "SOK Dara", "February fees")
        cashbook.reverse_entry(self.cbo, TREASURER, twice.id, "Counted twice", day=date(2025, 2, 11))
        self.transfer("2025-03-01", self.bank, self.box, dollars("20"), riel("82,000"), rate="4100")
        self.entry("2025-03-05", "payment", self.bank, dollars("12.25"), "stationery", "Shop 50% off")


@pytest.fixture
def book(cbo_location: str) -> Iterator[Book]:
    cbo, _admin = new_cbo(cbo_location, DEMO_PROFILE, "Sok Dara")
    with cbo:
        yield Book(cbo)


def lines(rows: list[EntryRow]) -> list[tuple[str, str, str | None]]:
    """(number, account, balance) as the treasurer reads them."""
    names = {"Box – riel": "box", "Bank – dollars": "bank", "Wing – riel": "wing"}
    return [(r.number, names[r.account_name], str(r.balance.amount) if r.balance else None) for r in rows]


# --- the small book -------------------------------------------------------------------


def test_running_balance_of_the_whole_book(book: Book) -> None:
    book.early_2025()
    rows = entry_rows(book.cbo, EntryFilter(), 0, 100)
    assert lines(rows) == [
        ("R-2025-0001", "box", "150000"),
        ("P-2025-0001", "box", "120000"),
        ("R-2025-0002", "bank", "245.50"),
        ("T-2025-0001", "box", "60000"),
        ("T-2025-0001", "wing", "60000"),
        ("P-2025-0002", "wing", "40000"),
        ("R-2025-0003", "box", "85000"),
        ("C-2025-0001", "box", "60000"),
        ("T-2025-0002", "bank", "225.50"),
        ("T-2025-0002", "box", "142000"),
        ("P-2025-0003", "bank", "213.25"),
    ]
    assert count_entries(book.cbo, EntryFilter()) == 11
    # Any window gives the same lines as the whole list.
    assert entry_rows(book.cbo, EntryFilter(), 4, 3) == rows[4:7]
    assert entry_rows(book.cbo, EntryFilter(), 9, 50) == rows[9:]
    assert entry_rows(book.cbo, EntryFilter(), 11, 5) == []


def test_what_a_row_says(book: Book) -> None:
    book.early_2025()
    rows = entry_rows(book.cbo, EntryFilter(), 0, 100)
    first = rows[0]
    assert (first.kind, first.amount, first.party, first.description) == (
        "receipt", riel("100,000"), "Sok Dara", "January fees")
    assert (first.category_en, first.category_km, first.category_name("km")) == (
        "Membership fees", "ភាគទានសមាជិក", "ភាគទានសមាជិក")
    assert first.in_column and first.column_amount == riel("100,000")
    assert rows[1].amount == riel("-30,000") and not rows[1].in_column
    assert rows[1].column_amount == riel("30,000")
    assert rows[1].entered_by == "Chan Sophea"
    corrected, correction = rows[6], rows[7]
    assert corrected.reversed and corrected.reversed_by_number == "C-2025-0001"
    assert corrected.reason == "Counted twice"
    assert correction.kind == "reversal" and not correction.reversed
    assert correction.reverses_number == "R-2025-0003" and correction.reason == "Counted twice"
    # A correction stands in the column of what it corrects, with a minus.
    assert correction.in_column and correction.column_amount == riel("-25,000")
    exchange_out, exchange_in = rows[8], rows[9]
    assert (exchange_out.kind, exchange_out.rate, exchange_out.party) == ("exchange", "4100", "Box – riel")
    assert exchange_in.category_id is None and exchange_in.currency is KHR
    assert [r.number for r in group_rows(book.cbo, exchange_out.group_uid)] == ["T-2025-0002"] * 2
    assert not any(r.needs_approval or r.approved or r.has_attachment for r in rows)


def test_running_balance_with_filters(book: Book) -> None:
    book.early_2025()
    box = EntryFilter(account_id=book.box)
    assert lines(entry_rows(book.cbo, box, 0, 100)) == [
        ("R-2025-0001", "box", "150000"), ("P-2025-0001", "box", "120000"),
        ("T-2025-0001", "box", "60000"), ("R-2025-0003", "box", "85000"),
        ("C-2025-0001", "box", "60000"), ("T-2025-0002", "box", "142000")]
    # A period: balances still count everything before it (and the opening balance).
    february = EntryFilter(date_from=date(2025, 2, 1), date_to=date(2025, 2, 28))
    assert lines(entry_rows(book.cbo, february, 0, 100)) == [
        ("T-2025-0001", "box", "60000"), ("T-2025-0001", "wing", "60000"),
        ("P-2025-0002", "wing", "40000"), ("R-2025-0003", "box", "85000"),
        ("C-2025-0001", "box", "60000")]
    assert lines(entry_rows(book.cbo, replace(february, account_id=book.wing), 1, 10)) == [
        ("P-2025-0002", "wing", "40000")]
    since_march = EntryFilter(date_from=date(2025, 3, 1))
    assert lines(entry_rows(book.cbo, since_march, 0, 100)) == [
        ("T-2025-0002", "bank", "225.50"), ("T-2025-0002", "box", "142000"),
        ("P-2025-0003", "bank", "213.25")]
    assert count_entries(book.cbo, EntryFilter(date_to=date(2025, 1, 31))) == 3


def test_search_finds_number_party_and_description_without_balances(book: Book) -> None:
    book.early_2025()

    def found(text: str) -> list[str]:
        rows = entry_rows(book.cbo, EntryFilter(search=text), 0, 100)
        assert all(r.balance is None for r in rows)  # no running balance while searching
        assert count_entries(book.cbo, EntryFilter(search=text)) == len(rows)
        return [r.number for r in rows]

    assert found("sok") == ["R-2025-0001", "R-2025-0003", "C-2025-0001"]  # any case
    assert found("  Sok DARA ") == ["R-2025-0001", "R-2025-0003", "C-2025-0001"]
    assert found("សុភា") == ["P-2025-0002"]  # Khmer
    assert found("ធ្វើដំណើរ") == ["P-2025-0002"]
    assert found("0002") == ["R-2025-0002", "P-2025-0002", "T-2025-0002", "T-2025-0002"]
    assert found("០០០២") == found("0002")  # Khmer digits
    assert found("snacks") == ["P-2025-0001"]
    assert found("50%") == ["P-2025-0003"]
    assert found("P_2025") == []  # % and _ are plain characters
    assert found("nobody") == []
    box_sok = EntryFilter(account_id=book.box, date_from=date(2025, 2, 1), search="sok")
    assert [r.number for r in entry_rows(book.cbo, box_sok, 0, 10)] == ["R-2025-0003", "C-2025-0001"]


def test_totals_in_and_out_per_currency(book: Book) -> None:
    book.early_2025()
    assert totals(book.cbo, EntryFilter()) == {
        # in: fees 100,000 + transfer 60,000 + 25,000 taken back + exchange 82,000
        KHR: (riel("242,000"), riel("110,000")),
        USD: (dollars("45.50"), dollars("32.25")),
    }
    assert closing_balances(book.cbo, EntryFilter()) == {KHR: riel("182,000"), USD: dollars("213.25")}
    february = EntryFilter(date_from=date(2025, 2, 1), date_to=date(2025, 2, 28))
    assert totals(book.cbo, february) == {KHR: (riel("60,000"), riel("80,000"))}
    assert closing_balances(book.cbo, february) == {KHR: riel("100,000"), USD: dollars("245.50")}
    assert totals(book.cbo, EntryFilter(search="sok")) == {KHR: (riel("100,000"), riel("0"))}
    assert totals(book.cbo, EntryFilter(account_id=book.bank)) == {USD: (dollars("45.50"), dollars("32.25"))}
    assert closing_balances(book.cbo, EntryFilter(account_id=book.bank, date_to=date(2024, 12, 31))) == {
        USD: dollars("0")}  # before the account was opened
    # A reversed payment: the money out is taken back in the "out" column.
    paid = book.entry("2025-04-01", "payment", book.box, riel("5,000"), "food", "Tea shop")
    cashbook.reverse_entry(book.cbo, TREASURER, paid.id, "Paid from own pocket", day=date(2025, 4, 2))
    april = EntryFilter(date_from=date(2025, 4, 1))
    assert totals(book.cbo, april) == {KHR: (riel("0"), riel("0"))}
    assert [r.column_amount for r in entry_rows(book.cbo, april, 0, 5)] == [riel("5,000"), riel("-5,000")]


def test_position_of_an_entry_and_payees_most_used_first(book: Book) -> None:
    book.early_2025()
    rows = entry_rows(book.cbo, EntryFilter(), 0, 100)
    assert row_of(book.cbo, EntryFilter(), rows[5].id) == 5
    assert row_of(book.cbo, EntryFilter(account_id=book.wing), rows[5].id) == 1
    assert row_of(book.cbo, EntryFilter(account_id=book.bank), rows[5].id) is None
    # Transfers name accounts, not people; corrections repeat a name already there.
    assert set(parties(book.cbo)) == {"Sok Dara", "SOK Dara", "Kratie market", "Oxfam", "ចាន់ សុភា",
                                      "Shop 50% off"}
    book.entry("2025-04-01", "payment", book.box, riel("1,000"), "food", "Kratie market")
    assert parties(book.cbo)[0] == "Kratie market"  # used twice now


# --- a large book -------------------------------------------------------------------


def add_many(cbo: Cbo, accounts: list[AccountView], count: int, first: date, last: date,
             seed: int = 7) -> None:
    """*count* receipts and payments straight into the table, chained as the services chain them."""
    rng = random.Random(seed)
    categories = {c.kind: c.id for c in cashbook.categories(cbo)}
    days = (last - first).days
    entered_at = datetime(2026, 1, 5, 9, 0)
    counters: dict[tuple[str, int], int] = {}
    with cbo.atomic(exclusive=True):
        prev = Entry.select(Entry.row_hash).order_by(Entry.id.desc()).limit(1).scalar() or cb.GENESIS
        for counter in NumberCounter.select():
            counters[(counter.series, counter.year)] = counter.last
        rows = []
        for i in range(count):
            day = first + timedelta(days=i * days // count)
            account = rng.choice(accounts)
            kind = "receipt" if rng.random() < 0.55 else "payment"
            minor = rng.randrange(1, 400) * (500 if account.currency is KHR else 25)
            amount = minor if kind == "receipt" else -minor
            uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            series = (cb.SERIES[kind], day.year)
            counters[series] = counters.get(series, 0) + 1  # numbers without gaps, as verify checks
            number = f"{series[0]}-{series[1]}-{counters[series]:04d}"
            category = categories["income" if kind == "receipt" else "expense"]
            party = rng.choice(["Sok Dara", "Kratie market", "ចាន់ សុភា"])
            fields = cb.ChainedFields(
                uid=uid, group_uid=uid, kind=kind, number=number, date=day, account_id=account.id,
                amount_minor=amount, currency=account.currency.code, category_id=category, fund_id=None,
                party=party, description="", rate="", reverses_uid="", reason="", needs_approval=False,
                entered_by="Chan Sophea", entered_at=entered_at, attachment_sha256="",
                fiscal_year=day.year)
            row_hash = cb.chain_hash(prev, fields)
            rows.append({"uid": uid, "group_uid": uid, "kind": kind, "number": number,
                         "fiscal_year": day.year, "date": day, "account": account.id, "amount_minor": amount,
                         "category": category, "party": party, "entered_by": "Chan Sophea",
                         "entered_at": entered_at, "prev_hash": prev, "row_hash": row_hash})
            prev = row_hash
        for start in range(0, count, 1000):
            Entry.insert_many(rows[start:start + 1000]).execute()
        NumberCounter.delete().execute()
        NumberCounter.insert_many([{"series": series, "year": year, "last": last}
                                   for (series, year), last in counters.items()]).execute()


def expected_lines(cbo: Cbo, f: EntryFilter) -> list[tuple[int, str]]:
    """(id, balance) of every row of *f*, worked out the slow way from the whole book."""
    accounts = {a.id: a for a in cashbook.accounts(cbo)}
    with cbo.reading():
        everything = list(Entry.select(Entry.id, Entry.date, Entry.account, Entry.amount_minor)
                          .order_by(Entry.date, Entry.id).tuples())
    running = {a.id: a.opening.to_minor() for a in accounts.values()}
    result = []
    for entry_id, day, account_id, amount in everything:
        running[account_id] += amount
        if ((f.account_id is None or f.account_id == account_id)
                and (f.date_from is None or day >= f.date_from)
                and (f.date_to is None or day <= f.date_to)):
            balance = Money.from_minor(running[account_id], accounts[account_id].currency)
            result.append((entry_id, str(balance.amount)))
    return result


@pytest.fixture
def large_book(book: Book) -> Book:
    accounts = [a for a in cashbook.accounts(book.cbo) if a.id in (book.box, book.bank, book.wing)]
    add_many(book.cbo, accounts, 20_000, date(2025, 1, 1), END_OF_2025)
    book.early_2025()  # a few through the services too, among and after the rest
    return book


@pytest.mark.slow
def test_a_large_book_reads_the_same_from_either_end(large_book: Book,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    cbo = large_book.cbo
    assert cashbook.verify_book(cbo).ok
    whole = EntryFilter()
    total = count_entries(cbo, whole)
    assert total == 20_011
    expected = expected_lines(cbo, whole)
    reader = BookReader(cbo)
    for offset in (0, 137, 9_950, 10_000, 14_321, total - 200, total - 1):
        forward = reader.rows(whole, offset, 200, total=total, from_end=False)
        backward = reader.rows(whole, offset, 200, total=total, from_end=True)
        assert forward == backward
        assert [(r.id, str(r.balance.amount)) for r in forward if r.balance] == expected[offset:offset + 200]
        # Rows first, balances later (as the table does on a large book): the same lines.
        assert reader.with_balances(reader.rows(whole, offset, 200, total=total, balances=False)) == forward
    # Which windows of a large book have their balances at once: the start, and the end once
    # the accounts' sums are known.
    fresh = BookReader(cbo)
    monkeypatch.setattr(cashbook_list, "LARGE_BOOK", 10_000)
    assert fresh.balances_are_quick(fresh.rows(whole, 0, 50, total=total, balances=False))
    assert not fresh.balances_are_quick(fresh.rows(whole, total - 50, 50, total=total, balances=False))
    assert not fresh.balances_are_quick(fresh.rows(whole, total // 2, 50, total=total, balances=False))
    assert reader.balances_are_quick(reader.rows(whole, total - 50, 50, total=total, balances=False))
    monkeypatch.setattr(cashbook_list, "LARGE_BOOK", 1_000_000)
    assert fresh.balances_are_quick(fresh.rows(whole, total // 2, 50, total=total, balances=False))
    # The last screen, as the table opens on it.
    assert [(r.id, str(r.balance.amount)) for r in entry_rows(cbo, whole, total - 30, 30)
            if r.balance] == expected[-30:]


@pytest.mark.slow
def test_a_large_book_with_filters(large_book: Book) -> None:
    cbo = large_book.cbo
    for f in (EntryFilter(account_id=large_book.box), EntryFilter(account_id=large_book.wing),
              EntryFilter(date_from=date(2025, 9, 1), date_to=date(2025, 11, 30)),
              EntryFilter(account_id=large_book.box, date_from=date(2025, 6, 1), date_to=date(2025, 8, 31))):
        expected = expected_lines(cbo, f)
        total = count_entries(cbo, f)
        assert total == len(expected) > 1000
        reader = BookReader(cbo)
        for offset in (0, total // 2 - 50, total - 100):
            rows = reader.rows(f, offset, 100, total=total)
            assert [(r.id, str(r.balance.amount)) for r in rows if r.balance] == expected[offset:offset + 100]
        assert reader.position(f, expected[-1][0], total=total) == total - 1
        assert reader.position(f, expected[0][0], total=total) == 0


@pytest.mark.slow
def test_a_kept_reader_follows_new_entries(large_book: Book) -> None:
    cbo = large_book.cbo
    whole = EntryFilter()
    reader = BookReader(cbo)
    total = reader.count(whole)
    reader.rows(whole, total - 50, 50, total=total)  # reads and keeps the accounts' sums
    new = large_book.entry("2025-12-30", "receipt", large_book.box, riel("7,500"), "fees", "Heng Sokhly")
    reader.recorded([(new.account_id, new.date, new.amount.to_minor())])
    total = reader.count(whole)
    kept = reader.rows(whole, total - 50, 50, total=total)
    assert kept == BookReader(cbo).rows(whole, total - 50, 50, total=total)
    assert new.id in [r.id for r in kept]
    assert [(r.id, str(r.balance.amount)) for r in kept if r.balance] == expected_lines(cbo, whole)[-50:]
    assert totals(cbo, whole)[KHR][0] > riel("0")
