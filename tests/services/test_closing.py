"""Monthly closing: the cash counted by two people against the book, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from cbodesk.domain.cashbook import DENOMINATIONS, EntryDraft
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.services import cashbook, closing
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import AuditEntry, CashCountLine, MonthClosing

KHR, USD = Currency.KHR, Currency.USD
PROFILE = OrganisationProfile(name_en="Svay Chrum Farmers", sector="agriculture", province="20")
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
VIEWER = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))
SECRETARY = Actor("heng.sokhly", "Heng Sokhly", frozenset({"secretary"}))


def riel(amount: str) -> Money:
    return Money(amount, KHR)


class Book:
    """A paper cash book in code: an account and the lines written in it."""

    def __init__(self, cbo: Cbo) -> None:
        self.cbo = cbo
        self.codes = {c.code: c.id for c in cashbook.categories(cbo)}
        self.box = cashbook.add_account(cbo, TREASURER, "Cash box – riel", "cash", KHR,
                                        riel("100000"), date(2025, 12, 1)).id
        self.bank = cashbook.add_account(cbo, TREASURER, "ACLEDA – dollars", "bank", USD,
                                         Money("250.00", USD), date(2025, 12, 1)).id

    def receipt(self, day: date, amount: Money, code: str = "fees", account: int | None = None,
                party: str = "Members") -> cashbook.EntryView:
        draft = EntryDraft("receipt", day, account or self.box, amount, self.codes[code], party=party)
        return cashbook.record_entry(self.cbo, TREASURER, draft, today=day)

    def payment(self, day: date, amount: Money, code: str = "meetings", account: int | None = None,
                party: str = "Market shop") -> cashbook.EntryView:
        draft = EntryDraft("payment", day, account or self.box, amount, self.codes[code], party=party)
        return cashbook.record_entry(self.cbo, TREASURER, draft, today=day)


@pytest.fixture
def cbo(cbo_location: str) -> Iterator[Cbo]:
    created, _admin = new_cbo(cbo_location, PROFILE, "Sok Dara")
    with created:
        yield created


@pytest.fixture
def book(cbo: Cbo) -> Book:
    return Book(cbo)


def fields(exc: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [p.field for p in exc.value.problems]


def texts(problems: list[Problem] | tuple[Problem, ...]) -> str:
    return " | ".join(p.text() for p in problems)


def january(book: Book) -> None:
    """Opening 100,000៛; fees in, a meeting paid: 480,000៛ in the box on 31 January."""
    book.receipt(date(2026, 1, 10), riel("500000"))
    book.payment(date(2026, 1, 20), riel("120000"))


# The 480,000៛ of January, note by note.
COUNT_480K = {200_000: 2, 50_000: 1, 10_000: 3}


def test_close_a_month_with_its_cash_count(cbo: Cbo, book: Book) -> None:
    january(book)
    status = closing.month_status(cbo, book.box, 2026, 1, today=date(2026, 2, 2))
    assert status.book == riel("480000")
    assert not status.closed and status.blockers == ()

    closed = closing.close_month(cbo, TREASURER, book.box, 2026, 1, counts=COUNT_480K,
                                 counted_by="Chan Sophea", checked_by="Kim Vanna", today=date(2026, 2, 2))
    assert closed.book == closed.counted == riel("480000")
    assert closed.difference.is_zero()
    assert [(line.denomination, line.count, line.total) for line in closed.lines] == [
        (riel("200000"), 2, riel("400000")), (riel("50000"), 1, riel("50000")),
        (riel("10000"), 3, riel("30000"))]
    assert (closed.counted_by, closed.checked_by, closed.closed_by) == ("Chan Sophea", "Kim Vanna", "Chan Sophea")

    status = closing.month_status(cbo, book.box, 2026, 1, today=date(2026, 2, 2))
    assert status.closed and status.closing == closed
    assert "closed already" in texts(status.blockers)
    assert closing.closings(cbo, book.box) == [closed]
    with cbo.reading():
        assert MonthClosing.select().count() == 1
        assert sorted(CashCountLine.select(CashCountLine.denomination_minor, CashCountLine.count).tuples()) == [
            (10_000, 3), (50_000, 1), (200_000, 2)]
        audit = AuditEntry.select().where(AuditEntry.action == "month.close").get()
        assert audit.username == "chan.sophea"
        assert "Kim Vanna" in audit.after and "2 × 200000" in audit.after


def test_entries_into_a_closed_month_are_refused(cbo: Cbo, book: Book) -> None:
    january(book)
    closing.close_month(cbo, TREASURER, book.box, 2026, 1, counts=COUNT_480K,
                        counted_by="Chan Sophea", checked_by="Kim Vanna", today=date(2026, 2, 2))
    with pytest.raises(InvalidInput) as refused:
        book.receipt(date(2026, 1, 31), riel("5000"))
    assert fields(refused) == ["date"]
    assert "This month is closed" in refused.value.text()
    # A payment forgotten in January is recorded with today's date, and February is open.
    book.payment(date(2026, 2, 2), riel("10000"), party="Market shop (forgotten in January)")
    # The bank account's January is not closed by the cash box's closing.
    book.receipt(date(2026, 1, 31), Money("5.00", USD), code="interest", account=book.bank, party="ACLEDA")
    assert closing.month_status(cbo, book.box, 2026, 2, today=date(2026, 3, 1)).book == riel("470000")


def test_two_different_people_must_sign(cbo: Cbo, book: Book) -> None:
    january(book)
    with pytest.raises(InvalidInput) as nobody:
        closing.close_month(cbo, TREASURER, book.box, 2026, 1, counts=COUNT_480K,
                            counted_by="  ", checked_by="", today=date(2026, 2, 2))
    assert fields(nobody) == ["counted_by", "checked_by"]
    with pytest.raises(InvalidInput) as alone:
        closing.close_month(cbo, TREASURER, book.box, 2026, 1, counts=COUNT_480K,
                            counted_by="Chan Sophea", checked_by="  chan   SOPHEA ", today=date(2026, 2, 2))
    assert fields(alone) == ["checked_by"]
    assert "second person" in alone.value.text()
    with cbo.reading():
        assert MonthClosing.select().count() == 0
        assert not AuditEntry.select().where(AuditEntry.action == "month.close").exists()


def test_a_difference_needs_an_explanation(cbo: Cbo, book: Book) -> None:
    january(book)
    short = {200_000: 2, 50_000: 1, 10_000: 2, 5_000: 1}  # 475,000៛: 5,000៛ missing
    with pytest.raises(InvalidInput) as refused:
        closing.close_month(cbo, TREASURER, book.box, 2026, 1, counts=short, counted_by="Chan Sophea",
                            checked_by="Kim Vanna", explanation="   ", today=date(2026, 2, 2))
    assert fields(refused) == ["explanation"]
    # Every problem at once: signatures and explanation together.
    problems = closing.check_closing(cbo, book.box, 2026, 1, counts=short, counted_by="Chan Sophea",
                                     checked_by="chan sophea", today=date(2026, 2, 2))
    assert [p.field for p in problems] == ["checked_by", "explanation"]

    closed = closing.close_month(cbo, TREASURER, book.box, 2026, 1, counts=short, counted_by="Chan Sophea",
                                 checked_by="Kim Vanna", today=date(2026, 2, 2),
                                 explanation="Moto-taxi 5,000៛ paid on 31 January, receipt lost.")
    assert closed.counted == riel("475000") and closed.difference == riel("-5000")
    assert closed.explanation.startswith("Moto-taxi")


def test_months_close_in_order(cbo: Cbo, book: Book) -> None:
    january(book)
    book.receipt(date(2026, 2, 5), riel("20000"))
    feb_count = {200_000: 2, 100_000: 1}  # 500,000៛
    with pytest.raises(InvalidInput) as refused:
        closing.close_month(cbo, TREASURER, book.box, 2026, 2, counts=feb_count, counted_by="Chan Sophea",
                            checked_by="Kim Vanna", today=date(2026, 3, 2))
    assert fields(refused) == ["month"]
    assert "Close 01/2026 first" in refused.value.text()
    assert closing.months_to_close(cbo, today=date(2026, 3, 2)) == [
        closing.MonthDue(book.box, "Cash box – riel", KHR, 2026, 1),
        closing.MonthDue(book.box, "Cash box – riel", KHR, 2026, 2)]

    sign = {"counted_by": "Chan Sophea", "checked_by": "Kim Vanna", "today": date(2026, 5, 2)}
    closing.close_month(cbo, TREASURER, book.box, 2026, 1, counts=COUNT_480K, **sign)
    closing.close_month(cbo, TREASURER, book.box, 2026, 2, counts=feb_count, **sign)
    # March had no entries: April may be closed without it.
    book.receipt(date(2026, 4, 3), riel("10000"))
    closing.close_month(cbo, TREASURER, book.box, 2026, 4, counts={200_000: 2, 100_000: 1, 10_000: 1}, **sign)
    with pytest.raises(InvalidInput) as late:
        closing.close_month(cbo, TREASURER, book.box, 2026, 3, counts=feb_count, **sign)
    assert "04/2026 is closed already" in late.value.text()
    with pytest.raises(InvalidInput) as twice:
        closing.close_month(cbo, TREASURER, book.box, 2026, 2, counts=feb_count, **sign)
    assert twice.value.problems == [Problem("month", "{month} is closed already for this account.",
                                            {"month": "02/2026"})]
    assert [(c.year, c.month) for c in closing.closings(cbo, book.box)] == [(2026, 1), (2026, 2), (2026, 4)]
    assert closing.months_to_close(cbo, today=date(2026, 5, 2)) == []


def test_a_month_closes_only_after_it_ends(cbo: Cbo, book: Book) -> None:
    january(book)
    sign = {"counts": COUNT_480K, "counted_by": "Chan Sophea", "checked_by": "Kim Vanna"}
    with pytest.raises(InvalidInput) as early:
        closing.close_month(cbo, TREASURER, book.box, 2026, 1, today=date(2026, 1, 31), **sign)
    assert "has not ended yet" in early.value.text() and "01/02/2026" in early.value.text()
    with pytest.raises(InvalidInput) as future:
        closing.close_month(cbo, TREASURER, book.box, 2026, 3, today=date(2026, 1, 31), **sign)
    assert "has not ended yet" in future.value.text()
    with pytest.raises(InvalidInput) as before_opening:
        closing.close_month(cbo, TREASURER, book.box, 2025, 11, today=date(2026, 1, 31), **sign)
    assert "opened after 11/2025" in before_opening.value.text()
    assert closing.months_to_close(cbo, today=date(2026, 1, 31)) == []
    closing.close_month(cbo, TREASURER, book.box, 2026, 1, today=date(2026, 2, 1), **sign)


def test_a_bank_account_is_closed_against_its_statement(cbo: Cbo, book: Book) -> None:
    book.receipt(date(2026, 1, 31), Money("1.25", USD), code="interest", account=book.bank, party="ACLEDA")
    sign = {"counted_by": "Chan Sophea", "checked_by": "Kim Vanna", "today": date(2026, 2, 3)}
    with pytest.raises(InvalidInput) as no_statement:
        closing.close_month(cbo, TREASURER, book.bank, 2026, 1, counts={100: 3}, **sign)
    assert fields(no_statement) == ["counts", "statement"]
    with pytest.raises(InvalidInput) as riel_statement:
        closing.close_month(cbo, TREASURER, book.bank, 2026, 1, statement=riel("1000"), **sign)
    assert fields(riel_statement) == ["statement"]
    closed = closing.close_month(cbo, TREASURER, book.bank, 2026, 1, statement=Money("251.25", USD), **sign)
    assert closed.book == closed.counted == Money("251.25", USD) and closed.lines == ()


def test_counts_use_the_notes_of_the_currency(cbo: Cbo, book: Book) -> None:
    january(book)
    assert 200_000 in DENOMINATIONS[KHR] and 300 not in DENOMINATIONS[KHR]
    with pytest.raises(InvalidInput) as refused:
        closing.close_month(cbo, TREASURER, book.box, 2026, 1, counts={200_000: 2, 300: 1, 10_000: -1},
                            statement=riel("480000"), counted_by="Chan Sophea", checked_by="Kim Vanna",
                            today=date(2026, 2, 2))
    assert fields(refused) == ["statement", "counts", "counts"]


def test_only_the_treasurer_or_administrator_closes(cbo: Cbo, book: Book) -> None:
    january(book)
    for actor in (VIEWER, SECRETARY):
        with pytest.raises(NotAllowed):
            closing.close_month(cbo, actor, book.box, 2026, 1, counts=COUNT_480K, counted_by="Chan Sophea",
                                checked_by="Kim Vanna", today=date(2026, 2, 2))
    with pytest.raises(UserError, match="does not exist"):
        closing.month_status(cbo, 9999, 2026, 1)
