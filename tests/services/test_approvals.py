"""Payments above the financial policy's limit and the committee's decisions, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from cbodesk.domain.cashbook import EntryDraft
from cbodesk.domain.errors import InvalidInput, UserError
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.services import approvals, cashbook
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Approval, AuditEntry

KHR, USD = Currency.KHR, Currency.USD
PROFILE = OrganisationProfile(name_en="Svay Chrum Farmers", sector="agriculture", province="20")
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
CHAIR = Actor("sok.dara", "Sok Dara", frozenset({"chair"}))
VICE_CHAIR = Actor("kim.vanna", "Kim Vanna", frozenset({"chair"}))
VIEWER = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))
DAY = date(2026, 3, 10)


class Book:
    def __init__(self, cbo: Cbo) -> None:
        self.cbo = cbo
        self.codes = {c.code: c.id for c in cashbook.categories(cbo)}
        self.riel = cashbook.add_account(cbo, TREASURER, "Cash box – riel", "cash", KHR,
                                         Money("5000000", KHR), date(2026, 1, 1)).id
        self.dollars = cashbook.add_account(cbo, TREASURER, "Cash box – dollars", "cash", USD,
                                            Money("2000", USD), date(2026, 1, 1)).id

    def pay(self, amount: Money, party: str = "Kratie Hardware", actor: Actor = TREASURER,
            day: date = DAY) -> cashbook.EntryView:
        account = self.riel if amount.currency is KHR else self.dollars
        draft = EntryDraft("payment", day, account, amount, self.codes["equipment"], party=party,
                           description="Fish cages")
        return cashbook.record_entry(self.cbo, actor, draft, today=day)


@pytest.fixture
def cbo(cbo_location: str) -> Iterator[Cbo]:
    created, _admin = new_cbo(cbo_location, PROFILE, "Long Samnang")
    with created:
        yield created


@pytest.fixture
def book(cbo: Cbo) -> Book:
    return Book(cbo)


def numbers(payments: list[approvals.PaymentView]) -> list[str]:
    return [p.number for p in payments]


def test_only_payments_above_the_limit_wait_for_approval(cbo: Cbo, book: Book) -> None:
    assert approvals.approval_limits(cbo) == {KHR: Money("400000", KHR), USD: Money("100", USD)}
    at_limit = book.pay(Money("400000", KHR))
    above = book.pay(Money("400100", KHR))
    dollars_at = book.pay(Money("100.00", USD))
    dollars_above = book.pay(Money("100.01", USD))
    assert not at_limit.needs_approval and not dollars_at.needs_approval
    pending = approvals.pending_payments(cbo)
    assert numbers(pending) == [above.number, dollars_above.number]
    assert pending[0].amount == Money("400100", KHR) and pending[0].party == "Kratie Hardware"
    assert pending[0].entered_by == "Chan Sophea" and pending[0].account_name == "Cash box – riel"
    with pytest.raises(UserError, match="needs no approval"):
        approvals.decide(cbo, CHAIR, at_limit.id, "approved")

    approvals.set_policy(cbo, CHAIR, {KHR: Money("1000000", KHR), USD: Money("50", USD)})
    assert approvals.approval_limits(cbo) == {KHR: Money("1000000", KHR), USD: Money("50", USD)}
    # The limit in force when a payment was recorded decides: it is part of the entry's hash.
    later = book.pay(Money("60", USD))
    assert numbers(approvals.pending_payments(cbo)) == [above.number, dollars_above.number, later.number]
    assert not book.pay(Money("900000", KHR)).needs_approval


def test_approve_and_reject(cbo: Cbo, book: Book) -> None:
    cages = book.pay(Money("1200000", KHR))
    boat = book.pay(Money("350", USD), party="Mekong Boats")
    decision = approvals.decide(cbo, CHAIR, cages.id, "approved", "  Agreed at the committee meeting  ")
    assert (decision.decision, decision.decided_by, decision.note) == (
        "approved", "Sok Dara", "Agreed at the committee meeting")
    assert approvals.decision_of(cbo, cages.id) == decision
    with pytest.raises(InvalidInput) as no_reason:
        approvals.decide(cbo, CHAIR, boat.id, "rejected", " ")
    assert [p.field for p in no_reason.value.problems] == ["note"]
    approvals.decide(cbo, CHAIR, boat.id, "rejected", "Three quotations are needed.")
    assert approvals.pending_payments(cbo) == []
    [rejected] = approvals.rejected_unreversed(cbo)
    assert rejected.payment.number == boat.number and rejected.decision.note == "Three quotations are needed."
    # The treasurer reverses the rejected payment: it leaves the list.
    cashbook.reverse_entry(cbo, TREASURER, boat.id, "Rejected by the committee", day=DAY)
    assert approvals.rejected_unreversed(cbo) == []
    with cbo.reading():
        actions = [a.action for a in AuditEntry.select().where(AuditEntry.area == "cashbook")
                   .order_by(AuditEntry.id)]
    assert actions[-3:] == ["payment.approve", "payment.reject", "entry.reverse"]


def test_nobody_decides_on_a_payment_they_entered_or_received(cbo: Cbo, book: Book) -> None:
    admin_chair = Actor("long.samnang", "Long Samnang", frozenset({"administrator", "chair"}))
    own = book.pay(Money("500000", KHR), actor=admin_chair)
    to_chair = book.pay(Money("450000", KHR), party="  sok   DARA ")
    with pytest.raises(InvalidInput, match="entered this payment yourself"):
        approvals.decide(cbo, admin_chair, own.id, "approved")
    with pytest.raises(InvalidInput, match="made to you"):
        approvals.decide(cbo, CHAIR, to_chair.id, "approved")
    approvals.decide(cbo, VICE_CHAIR, to_chair.id, "approved")
    approvals.decide(cbo, CHAIR, own.id, "approved")
    assert approvals.conflicts(CHAIR, approvals.PaymentView(
        1, "P", DAY, 1, "", Money("1", KHR), "Sok Dara", "", "Chan Sophea"))


def test_one_decision_per_payment(cbo: Cbo, book: Book) -> None:
    cages = book.pay(Money("1200000", KHR))
    approvals.decide(cbo, CHAIR, cages.id, "approved")
    with pytest.raises(InvalidInput, match="Sok Dara has decided on this payment already"):
        approvals.decide(cbo, VICE_CHAIR, cages.id, "rejected", "Too expensive")
    with pytest.raises(InvalidInput):
        approvals.decide(cbo, CHAIR, cages.id, "approved")
    with cbo.reading():
        assert Approval.select().count() == 1


def test_a_reversed_payment_needs_no_decision(cbo: Cbo, book: Book) -> None:
    cages = book.pay(Money("1200000", KHR))
    cashbook.reverse_entry(cbo, TREASURER, cages.id, "Typed twice", day=DAY)
    assert approvals.pending_payments(cbo) == []
    with pytest.raises(InvalidInput, match="reversed"):
        approvals.decide(cbo, CHAIR, cages.id, "approved")


def test_viewer_and_treasurer_may_not_decide_or_set_the_policy(cbo: Cbo, book: Book) -> None:
    cages = book.pay(Money("1200000", KHR))
    for actor in (VIEWER, TREASURER):
        with pytest.raises(NotAllowed):
            approvals.decide(cbo, actor, cages.id, "approved")
        with pytest.raises(NotAllowed):
            approvals.set_policy(cbo, actor, {KHR: Money("1", KHR)})
    with pytest.raises(InvalidInput) as wrong:
        approvals.set_policy(cbo, CHAIR, {KHR: Money("-1", KHR), USD: Money("10", KHR)})
    assert [p.field for p in wrong.value.problems] == ["limit_KHR", "limit_USD"]
    with pytest.raises(InvalidInput, match="Choose to approve or to reject"):
        approvals.decide(cbo, CHAIR, cages.id, "maybe")
    with pytest.raises(UserError, match="does not exist"):
        approvals.decide(cbo, CHAIR, 99999, "approved")
    assert numbers(approvals.pending_payments(cbo)) == [cages.number]
