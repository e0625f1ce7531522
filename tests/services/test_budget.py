"""The budget of a fiscal year against the cash book, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import pytest

from cbodesk.domain.cashbook import EntryDraft
from cbodesk.domain.errors import InvalidInput
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.services import budget, cashbook
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import AuditEntry, Budget

KHR, USD = Currency.KHR, Currency.USD
PROFILE = OrganisationProfile(name_en="Svay Chrum Farmers", sector="agriculture", province="20")
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
CHAIR = Actor("sok.dara", "Sok Dara", frozenset({"chair"}))
VIEWER = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))
SECRETARY = Actor("heng.sokhly", "Heng Sokhly", frozenset({"secretary"}))


def riel(amount: str) -> Money:
    return Money(amount, KHR)


def usd(amount: str) -> Money:
    return Money(amount, USD)


class Book:
    def __init__(self, cbo: Cbo) -> None:
        self.cbo = cbo
        self.codes = {c.code: c.id for c in cashbook.categories(cbo)}
        self.riel = cashbook.add_account(cbo, TREASURER, "Cash box – riel", "cash", KHR,
                                         riel("0"), date(2025, 1, 1)).id
        self.dollars = cashbook.add_account(cbo, TREASURER, "Bank – dollars", "bank", USD,
                                            usd("0"), date(2025, 1, 1)).id

    def _record(self, kind: str, day: date, amount: Money, code: str, fund: int | None,
                party: str) -> cashbook.EntryView:
        account = self.riel if amount.currency is KHR else self.dollars
        draft = EntryDraft(kind, day, account, amount, self.codes[code], party=party, fund_id=fund)
        return cashbook.record_entry(self.cbo, TREASURER, draft, today=day)

    def receipt(self, day: date, amount: Money, code: str, fund: int | None = None) -> cashbook.EntryView:
        return self._record("receipt", day, amount, code, fund, "Members")

    def payment(self, day: date, amount: Money, code: str, fund: int | None = None) -> cashbook.EntryView:
        return self._record("payment", day, amount, code, fund, "Kratie Market")


def new_book(location: str, start_month: int = 1) -> tuple[Cbo, Book]:
    cbo, _admin = new_cbo(location, dataclasses.replace(PROFILE, fiscal_year_start_month=start_month),
                          "Long Samnang")
    return cbo, Book(cbo)


@pytest.fixture
def cbo(cbo_location: str) -> Iterator[Cbo]:
    created, _ = new_book(cbo_location)
    with created:
        yield created


def table(rows: list[budget.BudgetRow]) -> list[tuple[str, str, str, str, str]]:
    return [(r.name_en, r.currency.code, str(r.budget.amount), str(r.actual.amount), str(r.remaining.amount))
            for r in rows]


def test_budget_against_actual_nets_out_reversals(cbo_location: str) -> None:
    cbo, book = new_book(cbo_location)
    with cbo:
        codes = book.codes
        grant = cashbook.add_fund(cbo, TREASURER, "Fish conservation", donor="Oxfam").id
        budget.set_budget(cbo, TREASURER, 2026, codes["fees"], None, riel("1000000"))
        budget.set_budget(cbo, TREASURER, 2026, codes["meetings"], None, usd("200"))
        budget.set_budget(cbo, TREASURER, 2026, codes["meetings"], grant, usd("100"))
        budget.set_budget(cbo, TREASURER, 2026, codes["meetings"], None, riel("300000"))
        budget.set_budget(cbo, TREASURER, 2025, codes["fees"], None, riel("900000"))

        book.receipt(date(2025, 12, 31), riel("50000"), "fees")  # fiscal year 2025
        book.receipt(date(2026, 1, 15), riel("300000"), "fees")
        typo = book.receipt(date(2026, 2, 1), riel("200000"), "fees")
        cashbook.reverse_entry(cbo, TREASURER, typo.id, "Typed twice", day=date(2026, 2, 2))
        book.receipt(date(2026, 3, 1), usd("500"), "grants", fund=grant)
        book.payment(date(2026, 3, 2), usd("50"), "meetings")
        wrong = book.payment(date(2026, 3, 3), usd("30"), "meetings", fund=grant)
        cashbook.reverse_entry(cbo, TREASURER, wrong.id, "Paid from the wrong fund", day=date(2026, 3, 4))
        book.payment(date(2026, 3, 5), usd("20"), "meetings", fund=grant)
        book.payment(date(2026, 12, 31), riel("80000"), "meetings")
        book.payment(date(2027, 1, 1), riel("1000"), "meetings")  # fiscal year 2027

        assert table(budget.budget_vs_actual(cbo, 2026)) == [
            # income: budget, received, still to collect
            ("Membership fees", "KHR", "1000000", "300000", "700000"),
            ("Grants and donations", "USD", "0.00", "500.00", "-500.00"),
            # expenses: budget, spent, still to spend
            ("Meetings", "KHR", "300000", "80000", "220000"),
            ("Meetings", "USD", "300.00", "70.00", "230.00"),
        ]
        assert table(budget.budget_vs_actual(cbo, 2026, fund_id=grant)) == [
            ("Grants and donations", "USD", "0.00", "500.00", "-500.00"),
            ("Meetings", "USD", "100.00", "20.00", "80.00"),
        ]
        assert table(budget.budget_vs_actual(cbo, 2025)) == [
            ("Membership fees", "KHR", "900000", "50000", "850000")]
        assert budget.budget_vs_actual(cbo, 2024) == []


def test_a_fiscal_year_starting_in_april(cbo_location: str) -> None:
    cbo, book = new_book(cbo_location, start_month=4)
    with cbo:
        assert budget.fiscal_year_bounds(cbo, 2025) == (date(2025, 4, 1), date(2026, 3, 31))
        assert budget.current_fiscal_year(cbo, date(2026, 3, 31)) == 2025
        assert budget.current_fiscal_year(cbo, date(2026, 4, 1)) == 2026
        fees = book.codes["fees"]
        budget.set_budget(cbo, TREASURER, 2025, fees, None, riel("600000"))
        book.receipt(date(2025, 3, 31), riel("1000"), "fees")  # fiscal year 2024
        book.receipt(date(2025, 4, 1), riel("100000"), "fees")
        book.receipt(date(2026, 3, 31), riel("250000"), "fees")
        book.receipt(date(2026, 4, 1), riel("7000"), "fees")  # fiscal year 2026
        assert table(budget.budget_vs_actual(cbo, 2025)) == [
            ("Membership fees", "KHR", "600000", "350000", "250000")]
        assert table(budget.budget_vs_actual(cbo, 2026)) == [
            ("Membership fees", "KHR", "0", "7000", "-7000")]


def test_set_budget_replaces_the_line_also_without_a_fund(cbo_location: str) -> None:
    cbo, book = new_book(cbo_location)
    with cbo:
        meetings = book.codes["meetings"]
        grant = cashbook.add_fund(cbo, TREASURER, "Fish conservation").id
        first = budget.set_budget(cbo, TREASURER, 2026, meetings, None, riel("100000"))
        second = budget.set_budget(cbo, CHAIR, 2026, meetings, None, riel("150000"))
        assert first is not None and second is not None and first.id == second.id
        budget.set_budget(cbo, TREASURER, 2026, meetings, grant, riel("40000"))
        budget.set_budget(cbo, TREASURER, 2026, meetings, None, usd("12.50"))
        assert [(line.fund_id, line.amount) for line in budget.budget_lines(cbo, 2026)] == [
            (None, riel("150000")), (None, usd("12.50")), (grant, riel("40000"))]
        assert budget.set_budget(cbo, TREASURER, 2026, meetings, None, riel("0")) is None
        assert budget.set_budget(cbo, TREASURER, 2026, meetings, None, riel("0")) is None
        with cbo.reading():
            assert Budget.select().count() == 2
            assert [a.action for a in AuditEntry.select().where(AuditEntry.action.startswith("budget."))
                    .order_by(AuditEntry.id)] == ["budget.set"] * 4 + ["budget.remove"]
            changed = AuditEntry.select().where(AuditEntry.action == "budget.set").order_by(AuditEntry.id)[1]
            assert (changed.username, changed.before, changed.after) == (
                "sok.dara", '{"amount": "100000 KHR"}', '{"amount": "150000 KHR"}')


def test_budget_checks_and_roles(cbo: Cbo) -> None:
    codes = {c.code: c.id for c in cashbook.categories(cbo)}
    for actor in (VIEWER, SECRETARY):
        with pytest.raises(NotAllowed):
            budget.set_budget(cbo, actor, 2026, codes["fees"], None, riel("1"))
    with pytest.raises(InvalidInput) as wrong:
        budget.set_budget(cbo, TREASURER, 3026, 99999, 99999, riel("-5"))
    assert [p.field for p in wrong.value.problems] == ["fiscal_year", "amount", "category", "fund"]
    cashbook.retire_category(cbo, TREASURER, codes["iga"])
    with pytest.raises(InvalidInput, match="no longer used"):
        budget.set_budget(cbo, TREASURER, 2026, codes["iga"], None, riel("1000"))


def test_retire_and_restore_a_fund(cbo: Cbo) -> None:
    grant = cashbook.add_fund(cbo, TREASURER, "Fish conservation", donor="Oxfam")
    budget.retire_fund(cbo, TREASURER, grant.id)
    assert cashbook.funds(cbo) == []
    assert cashbook.funds(cbo, include_retired=True)[0].retired
    budget.retire_fund(cbo, TREASURER, grant.id, retired=False)
    assert cashbook.funds(cbo) == [dataclasses.replace(grant, retired=False)]
    with pytest.raises(NotAllowed):
        budget.retire_fund(cbo, VIEWER, grant.id)
    with pytest.raises(InvalidInput):
        budget.retire_fund(cbo, TREASURER, 99999)
