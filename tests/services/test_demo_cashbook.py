"""The demo CBO's cash book: repeatable, valid, counted, on SQLite and PostgreSQL, small and bulk."""

from __future__ import annotations

import calendar
import contextlib
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import peewee as pw
import pytest

from cbodesk.cli import main
from cbodesk.domain import cashbook as cb
from cbodesk.domain.money import Currency, Money
from cbodesk.services import cashbook, closing
from cbodesk.services.demo import DemoOptions, write_demo
from cbodesk.services.demo_cashbook import (
    ACCOUNTS,
    CHECKERS,
    FAMILY_NAMES,
    GIVEN_NAMES,
    count_notes,
    member_pool,
)
from cbodesk.storage.database import Cbo, open_cbo
from cbodesk.storage.models import (
    Account,
    Approval,
    Budget,
    CashCountLine,
    Category,
    Entry,
    MonthClosing,
    NumberCounter,
)

UNTIL = date(2025, 6, 30)  # a fixed last month, so that the books compared are the same
SMALL = DemoOptions(seed=11, entries=400, years=2, until=UNTIL)
BULK = DemoOptions(seed=11, entries=20_000, years=2, until=UNTIL, bulk=True)


def is_khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def book(cbo: Cbo) -> list[tuple[Any, ...]]:
    """The book as a reader sees it: everything but the uids, the typing times and the hashes."""
    with cbo.reading():
        names = dict(Account.select(Account.id, Account.name).tuples())
        return [(e.number, e.kind, e.date, names[e.account_id], e.amount_minor, e.category_id, e.fund_id,
                 e.party, e.description, e.rate, e.reason, e.needs_approval, e.entered_by)
                for e in Entry.select().order_by(Entry.id)]


def running_balances(cbo: Cbo) -> Iterator[tuple[str, str, date, int]]:
    """(account kind, account name, date, balance after the entry) for every entry, in date order."""
    with cbo.reading():
        accounts = {a.id: a for a in Account.select()}
        balance = {a.id: int(a.opening_minor) for a in accounts.values()}
        for account_id, day, amount in (Entry.select(Entry.account, Entry.date, Entry.amount_minor)
                                        .order_by(Entry.date, Entry.id).tuples()):
            balance[account_id] += int(amount)
            yield accounts[account_id].kind, accounts[account_id].name, day, balance[account_id]


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "small.cbodesk"
    write_demo(path, SMALL).close()
    return path


@pytest.fixture(scope="module")
def bulk_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "bulk.cbodesk"
    write_demo(path, BULK).close()
    return path


def expected_entries(cbo: Cbo) -> int:
    return SMALL.entries if cbo.location.text.endswith("small.cbodesk") else BULK.entries


@pytest.fixture(params=["small", "bulk"])
def demo(request: pytest.FixtureRequest) -> Iterator[Cbo]:
    path = request.getfixturevalue(f"{request.param}_demo")
    with open_cbo(path) as cbo:
        yield cbo


# --------------------------------------------------------------------------- repeatable


def test_same_seed_same_book(small_demo: Path, tmp_path: Path) -> None:
    """A second demo with the same seed holds the same entries: numbers, amounts, parties, all."""
    with open_cbo(small_demo) as first, write_demo(tmp_path / "again.cbodesk", SMALL) as second:
        assert book(first) == book(second)
        assert len(book(first)) == SMALL.entries


def test_another_seed_another_book(tmp_path: Path) -> None:
    one = DemoOptions(seed=12, entries=120, years=1, until=UNTIL)
    other = DemoOptions(seed=13, entries=120, years=1, until=UNTIL)
    with write_demo(tmp_path / "one.cbodesk", one) as first, \
            write_demo(tmp_path / "other.cbodesk", other) as second:
        assert [row[7] for row in book(first)] != [row[7] for row in book(second)]
        assert [row[4] for row in book(first)] != [row[4] for row in book(second)]


def test_bulk_path_writes_what_the_services_write(small_demo: Path, tmp_path: Path) -> None:
    """The same options written straight into the tables give the very same book."""
    bulk = DemoOptions(seed=SMALL.seed, entries=SMALL.entries, years=SMALL.years, until=UNTIL, bulk=True)
    with open_cbo(small_demo) as services, write_demo(tmp_path / "bulk.cbodesk", bulk) as direct:
        assert book(direct) == book(services)
        with services.reading():
            by_services = {
                "counters": sorted(NumberCounter.select().tuples()),
                "closings": sorted(MonthClosing.select(
                    MonthClosing.account, MonthClosing.year, MonthClosing.month, MonthClosing.book_minor,
                    MonthClosing.counted_minor, MonthClosing.counted_by, MonthClosing.checked_by).tuples()),
                "lines": sorted(CashCountLine.select(CashCountLine.denomination_minor, CashCountLine.count)
                                .tuples()),
                "approvals": sorted(Approval.select(Approval.entry, Approval.decision, Approval.decided_by,
                                                    Approval.note).tuples()),
                "budget": sorted(Budget.select(Budget.fiscal_year, Budget.category, Budget.currency,
                                               Budget.amount_minor).tuples()),
            }
        with direct.reading():
            assert sorted(NumberCounter.select().tuples()) == by_services["counters"]
            assert sorted(MonthClosing.select(
                MonthClosing.account, MonthClosing.year, MonthClosing.month, MonthClosing.book_minor,
                MonthClosing.counted_minor, MonthClosing.counted_by, MonthClosing.checked_by)
                .tuples()) == by_services["closings"]
            assert sorted(CashCountLine.select(CashCountLine.denomination_minor, CashCountLine.count)
                          .tuples()) == by_services["lines"]
            assert sorted(Approval.select(Approval.entry, Approval.decision, Approval.decided_by,
                                          Approval.note).tuples()) == by_services["approvals"]
            assert sorted(Budget.select(Budget.fiscal_year, Budget.category, Budget.currency,
                                        Budget.amount_minor).tuples()) == by_services["budget"]
        assert cashbook.verify_book(direct).ok


# --------------------------------------------------------------------------- a valid book


def test_book_verifies(demo: Cbo) -> None:
    """The hash chain holds, through the services and written in bulk."""
    result = cashbook.verify_book(demo)
    assert result.ok, result
    with demo.reading():
        assert result.entries == Entry.select().count()


def test_exact_number_of_lines_and_numbers_without_gaps(demo: Cbo) -> None:
    with demo.reading():
        count = Entry.select().count()
        numbers: dict[str, set[str]] = defaultdict(set)
        for number, group in Entry.select(Entry.number, Entry.group_uid).tuples():
            numbers[number].add(group)
        counters = {(c.series, c.year): c.last for c in NumberCounter.select()}
    assert count == expected_entries(demo)
    assert all(len(groups) == 1 for groups in numbers.values()), "a number used by two entries"
    used: dict[tuple[str, int], list[int]] = defaultdict(list)
    for number in numbers:
        series, year, serial = number.split("-")
        used[(series, int(year))].append(int(serial))
    assert {key: sorted(serials) for key, serials in used.items()} == {
        key: list(range(1, last + 1)) for key, last in counters.items()}


def test_no_account_is_ever_below_zero(demo: Cbo) -> None:
    """Cash boxes (and bank and wallet) never show less than nothing, at any entry."""
    lowest: dict[str, int] = {}
    kinds: set[str] = set()
    for kind, name, _day, balance in running_balances(demo):
        kinds.add(kind)
        lowest[name] = min(lowest.get(name, balance), balance)
        assert balance >= 0, (name, _day, balance)
    assert kinds == {"cash", "bank", "mobile"}
    assert set(lowest) == {a.name for a in ACCOUNTS}


def test_closings_count_the_book_balance(demo: Cbo) -> None:
    """Every past month of every account is closed; the count adds up to the book, note by note."""
    with demo.reading():
        accounts = {a.id: a for a in Account.select()}
        rows = list(MonthClosing.select().order_by(MonthClosing.account, MonthClosing.year, MonthClosing.month))
        lines: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for closing_id, value, number in CashCountLine.select(
                CashCountLine.closing, CashCountLine.denomination_minor, CashCountLine.count).tuples():
            lines[closing_id].append((value, number))
    months: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for row in rows:
        account = accounts[row.account_id]
        end = date(row.year, row.month, calendar.monthrange(row.year, row.month)[1])
        with demo.reading():
            total = (Entry.select(pw.fn.COALESCE(pw.fn.SUM(Entry.amount_minor), 0))
                     .where((Entry.account == account.id) & (Entry.date <= end)).scalar())
        book_balance = int(account.opening_minor) + int(total)
        assert row.book_minor == row.counted_minor == book_balance
        counted = lines[row.id]
        if account.kind == "cash":
            assert sum(value * number for value, number in counted) == book_balance
            denominations = cb.DENOMINATIONS[Currency[account.currency]]
            assert all(value in denominations and number > 0 for value, number in counted)
        else:
            assert counted == []
        assert row.counted_by == "Chan Sophea" and row.checked_by in CHECKERS
        months[account.id].append((row.year, row.month))
    # Each account: every month from its opening to the last month of the demo, none left out.
    for account_id, closed in months.items():
        opened = accounts[account_id].opening_date
        expected = []
        year, month = opened.year, opened.month
        while (year, month) <= (UNTIL.year, UNTIL.month):
            expected.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        assert closed == expected
    assert set(months) == set(accounts)


def test_closing_service_agrees(small_demo: Path) -> None:
    """The closing service reads the same closings back, and finds no month left to close."""
    with open_cbo(small_demo) as cbo:
        for account in cashbook.accounts(cbo):
            views = closing.closings(cbo, account.id)
            assert views
            for view in views:
                assert view.difference.is_zero()
                if account.kind == "cash":
                    assert sum(line.denomination.to_minor() * line.count for line in view.lines) == \
                        view.counted.to_minor()
                else:
                    assert view.lines == ()
        assert closing.months_to_close(cbo, today=date(UNTIL.year + (UNTIL.month == 12),
                                                       UNTIL.month % 12 + 1, 1)) == []


# --------------------------------------------------------------------------- what is in it


def test_a_realistic_cash_book(demo: Cbo) -> None:
    """Fees from many members named in Khmer and in Latin letters, costs, grant, exchanges, corrections."""
    with demo.reading():
        rows = list(Entry.select(Entry, Account.name, Account.currency).join(Account).order_by(Entry.id))
        categories = dict(Category.select(Category.id, Category.code).tuples())
    kinds = {r.kind for r in rows}
    assert kinds == {"receipt", "payment", "transfer", "exchange", "reversal"}
    fees = [r for r in rows if r.kind == "receipt" and categories[r.category_id] == "fees"]
    payers = {r.party for r in fees}
    assert len(payers) > 100
    assert any(is_khmer(p) for p in payers) and any(not is_khmer(p) for p in payers)
    assert {categories[r.category_id] for r in rows if r.kind == "payment"} >= {
        "meetings", "transport", "food", "stationery", "bank_charges"}
    assert {categories[r.category_id] for r in rows if r.kind == "receipt"} >= {"fees", "grants", "interest"}
    grants = [r for r in rows if r.category_id and categories[r.category_id] == "grants"]
    assert grants and all(r.account.name == "Bank – dollars" and r.fund_id for r in grants)
    exchanges = [r for r in rows if r.kind == "exchange"]
    assert exchanges and all(4_000 <= int(r.rate) <= 4_150 for r in exchanges)
    reversals = [r for r in rows if r.kind == "reversal"]
    assert len({r.number for r in reversals}) >= 3 and all(r.reason for r in reversals)
    assert any(r.account.currency == "KHR" for r in rows) and any(r.account.currency == "USD" for r in rows)
    assert all(r.amount_minor % 100 == 0 for r in rows if r.account.currency == "KHR")


def test_large_payments_approved_by_the_chair(demo: Cbo) -> None:
    with demo.reading():
        large = list(Entry.select().where(Entry.needs_approval).order_by(Entry.id))
        decisions = {a.entry_id: a for a in Approval.select()}
    assert len(large) >= 4
    for entry in large:
        assert entry.kind == "payment" and entry.entered_by == "Chan Sophea"
        decision = decisions[entry.id]
        assert (decision.decision, decision.decided_by) == ("approved", "Sok Dara")
    assert set(decisions) == {e.id for e in large}


def test_budgets_for_every_year(demo: Cbo) -> None:
    with demo.reading():
        lines = list(Budget.select())
        codes = dict(Category.select(Category.id, Category.code).tuples())
        first_year = Entry.select(pw.fn.MIN(Entry.fiscal_year)).scalar()
    years = {line.fiscal_year for line in lines}
    this_year = date.today().year  # the demo's fiscal year starts in January
    assert first_year == UNTIL.year - 2
    assert years == set(range(first_year, this_year + 1))
    for year in years:
        planned = {codes[line.category_id] for line in lines if line.fiscal_year == year}
        assert {"fees", "grants", "meetings", "food", "transport"} <= planned
    assert all(line.amount_minor > 0 for line in lines)


# --------------------------------------------------------------------------- the pieces


def test_member_pool() -> None:
    """A few hundred different members built from family × given names, the committee among them."""
    committee = [("សុខ ដារ៉ា", "Sok Dara", "M"), ("ចាន់ សុភា", "Chan Sophea", "F")]
    pool = member_pool(3, first=committee)
    assert len(pool) == 300 == len({p.latin for p in pool}) == len({p.km for p in pool})
    assert [p.latin for p in pool[:2]] == ["Sok Dara", "Chan Sophea"]
    families = {km: latin for km, latin in FAMILY_NAMES}
    givens = {km: latin for km, latin, _sex in GIVEN_NAMES}
    for person in pool[2:]:
        family_km, given_km = person.km.split(" ")
        assert person.latin == f"{families[family_km]} {givens[given_km]}"
        assert is_khmer(person.km) and not is_khmer(person.latin)
    assert member_pool(3) == member_pool(3) and member_pool(3) != member_pool(4)


@pytest.mark.parametrize("currency", list(Currency))
def test_count_notes(currency: Currency) -> None:
    for balance in (0, 100, 12_345_600 if currency is Currency.KHR else 1_234_567, 999_900):
        counts = count_notes(balance, currency)
        assert sum(value * number for value, number in counts.items()) == balance
    assert count_notes(385_000, Currency.KHR) == {200_000: 1, 100_000: 1, 50_000: 1, 30_000: 1, 5_000: 1}
    if currency is Currency.KHR:
        with pytest.raises(ValueError):
            count_notes(150, currency)


def test_no_cash_book(tmp_path: Path) -> None:
    """entries=0: the demo CBO as before, with a new CBO's two empty cash boxes."""
    with write_demo(tmp_path / "empty.cbodesk", DemoOptions(entries=0)) as cbo:
        assert len(cashbook.accounts(cbo)) == 2
        assert cashbook.verify_book(cbo).entries == 0


def test_a_demo_failing_half_way_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first-run wizard opens the demo file if it exists: a half-written demo must not be there."""
    from cbodesk.services import demo_cashbook

    real = demo_cashbook._write_with_services

    def power_cut(cbo: Cbo, setup: Any, events: list[Any], *args: Any) -> None:
        real(cbo, setup, events[:50], *args)
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(demo_cashbook, "_write_with_services", power_cut)
    with pytest.raises(KeyboardInterrupt):
        write_demo(tmp_path / "demo.cbodesk", DemoOptions(entries=100, years=1))
    assert list(tmp_path.iterdir()) == []


def test_cli_demo_with_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.cbodesk"
    assert main(["demo", str(path), "--entries", "150", "--years", "1", "--seed", "4"]) == 0
    assert "150 cash-book lines" in capsys.readouterr().out
    with contextlib.closing(sqlite3.connect(path)) as con:
        assert con.execute("SELECT COUNT(*) FROM entry").fetchone() == (150,)
        first = con.execute("SELECT MIN(date) FROM entry").fetchone()[0]
    today = date.today()
    assert first >= date(today.year - 1, today.month, 1).isoformat()


# --------------------------------------------------------------------------- PostgreSQL


@pytest.mark.postgres
def test_demo_on_postgres(pg_url: str, small_demo: Path) -> None:
    """Through the services on a shared database: the same book as in a file, and it verifies."""
    with write_demo(pg_url, SMALL) as on_pg, open_cbo(small_demo) as in_file:
        assert book(on_pg) == book(in_file)
        assert cashbook.verify_book(on_pg).ok
        assert min(balance for _k, _n, _d, balance in running_balances(on_pg)) >= 0


@pytest.mark.postgres
def test_bulk_demo_on_postgres_then_recording(pg_url: str) -> None:
    """Written in bulk on PostgreSQL (ids given), the app records on after it without a clash."""
    options = DemoOptions(seed=2, entries=3_000, years=1, until=UNTIL, bulk=True)
    with write_demo(pg_url, options) as cbo:
        assert cashbook.verify_book(cbo).entries == 3_000
        from cbodesk.services.demo import treasurer_actor

        cash = next(a for a in cashbook.accounts(cbo) if a.name == "Cash – riel")
        fees = next(c for c in cashbook.categories(cbo) if c.code == "fees")
        view = cashbook.record_entry(cbo, treasurer_actor(), cb.EntryDraft(
            "receipt", date.today(), cash.id, Money("5000", Currency.KHR), fees.id, party="Sok Dara"))
        assert view.id == 3_001
        assert view.number == f"R-{date.today().year}-0001"
        assert cashbook.verify_book(cbo).ok
