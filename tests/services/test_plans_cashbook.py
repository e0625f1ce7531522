"""Cash-book entries linked to planned activities, on SQLite and PostgreSQL: the link is checked,
hashed in the chain only when set (old entries keep their hashes), carried by a reversal, and an
activity's actual cost is what was paid out for it, riel and dollars apart."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import date

import pytest

from cbodesk.domain import cashbook as cb
from cbodesk.domain import plans as dp
from cbodesk.domain.errors import InvalidInput
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor
from cbodesk.services import cashbook
from cbodesk.services import plans as ps
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Account, Entry

KHR, USD = Currency.KHR, Currency.USD
PROFILE = OrganisationProfile(name_en="Kampong Cham Fishers", sector="agriculture", province="03")
ME = Actor("keo.malis", "Keo Malis", frozenset({"me_focal"}))
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
TODAY = date(2026, 11, 20)


class Book:
    def __init__(self, cbo: Cbo) -> None:
        self.cbo = cbo
        self.codes = {c.code: c.id for c in cashbook.categories(cbo)}
        self.riel = cashbook.add_account(cbo, TREASURER, "Cash box – riel", "cash", KHR,
                                         Money(2_000_000, KHR), date(2026, 1, 1)).id
        self.dollars = cashbook.add_account(cbo, TREASURER, "Bank – dollars", "bank", USD,
                                            Money(500, USD), date(2026, 1, 1)).id

    def record(self, kind: str, day: date, amount: Money, activity_id: int | None,
               code: str = "") -> cashbook.EntryView:
        account = self.riel if amount.currency is KHR else self.dollars
        code = code or ("activities" if kind == "payment" else "grants")
        draft = cb.EntryDraft(kind, day, account, amount, self.codes[code], party="Kratie Market",
                              activity_id=activity_id)
        return cashbook.record_entry(self.cbo, TREASURER, draft, today=TODAY)


@pytest.fixture
def cbo(cbo_location: str) -> Iterator[Cbo]:
    created, _admin = new_cbo(cbo_location, PROFILE, "Long Samnang")
    with created:
        yield created


def activity(cbo: Cbo, plan_id: int, code: str, budget: Money) -> dp.ActivityView:
    return ps.add_activity(cbo, ME, plan_id, dp.ActivityDraft(
        code=code, title=f"Activity {code}", chapter=6, start_month=date(2026, 3, 1),
        end_month=date(2026, 6, 1), budget=budget))


def old_hash(row: Entry, prev_hash: str, reverses_uid: str = "") -> str:
    """The hash of an entry as the cash book made it before activities could be linked (schema 3)."""
    with_currency = Account.get_by_id(row.account_id).currency
    data = {
        "uid": row.uid, "group_uid": row.group_uid, "kind": row.kind, "number": row.number,
        "date": (row.date if isinstance(row.date, date) else date.fromisoformat(str(row.date))).isoformat(),
        "account_id": row.account_id, "amount_minor": row.amount_minor, "currency": with_currency,
        "category_id": row.category_id, "fund_id": row.fund_id, "party": row.party,
        "description": row.description, "rate": row.rate, "reverses_uid": reverses_uid, "reason": row.reason,
        "needs_approval": bool(row.needs_approval), "entered_by": row.entered_by,
        "entered_at": row.entered_at.replace(microsecond=0).isoformat(),
        "attachment_sha256": row.attachment_sha256, "fiscal_year": row.fiscal_year,
    }
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical).hexdigest()


def test_actual_cost_is_what_was_paid_out_riel_and_dollars_apart(cbo: Cbo) -> None:
    book = Book(cbo)
    plan = ps.create_plan(cbo, ME, 2026)
    training = activity(cbo, plan.id, "A1", Money(300_000, KHR))
    visit = activity(cbo, plan.id, "A2", Money("80.00", USD))
    book.record("payment", date(2026, 3, 12), Money(120_000, KHR), training.id)
    wrong = book.record("payment", date(2026, 4, 2), Money(50_000, KHR), training.id)
    book.record("payment", date(2026, 4, 3), Money("15.00", USD), training.id)  # the trainer's dollars
    book.record("receipt", date(2026, 4, 4), Money(40_000, KHR), training.id)  # a contribution: not cost
    book.record("payment", date(2026, 5, 9), Money("62.50", USD), visit.id)
    book.record("payment", date(2026, 5, 9), Money(99_000, KHR), None)  # not for an activity
    reversal = cashbook.reverse_entry(cbo, TREASURER, wrong.id, "Paid twice", day=date(2026, 6, 20))
    assert [r.activity_id for r in reversal] == [training.id]

    overview = ps.plan_overview(cbo, ME, plan.id)
    first, second = overview.activities
    assert (first.budget, first.actual, first.other_actual) == (
        Money(300_000, KHR), Money(120_000, KHR), Money("15.00", USD))
    assert first.remaining == Money(180_000, KHR)
    assert first.spent_percent is not None and str(first.spent_percent) == "40.0"
    assert (second.actual, second.other_actual) == (Money("62.50", USD), None)
    # Months something happened: any linked entry, the reversal (June) too.
    assert first.actual_months == (date(2026, 3, 1), date(2026, 4, 1), date(2026, 6, 1))
    assert second.actual_months == (date(2026, 5, 1),)
    assert overview.budget_totals == {KHR: Money(300_000, KHR), USD: Money("80.00", USD)}
    assert overview.actual_totals == {KHR: Money(120_000, KHR), USD: Money("77.50", USD)}
    rows = ps.budget_against_actual(cbo, ME, plan.id)
    assert [(r.code, r.budget, r.actual, r.remaining) for r in rows] == [
        ("A1", Money(300_000, KHR), Money(120_000, KHR), Money(180_000, KHR)),
        ("A2", Money("80.00", USD), Money("62.50", USD), Money("17.50", USD))]


def test_linked_entries_verify_and_unlinked_ones_keep_their_old_hash(cbo: Cbo) -> None:
    book = Book(cbo)
    plan = ps.create_plan(cbo, ME, 2026)
    training = activity(cbo, plan.id, "A1", Money(300_000, KHR))
    plain = book.record("payment", date(2026, 3, 12), Money(10_000, KHR), None)
    linked = book.record("payment", date(2026, 3, 13), Money(20_000, KHR), training.id)
    reversed_ = cashbook.reverse_entry(cbo, TREASURER, linked.id, "Wrong amount", day=date(2026, 3, 14))[0]
    assert cashbook.verify_book(cbo).ok
    with cbo.reading():
        rows = {r.id: r for r in Entry.select()}
        assert rows[plain.id].activity_id is None
        # Written the way schema 3 wrote it: the same hash.
        assert rows[plain.id].row_hash == old_hash(rows[plain.id], rows[plain.id].prev_hash)
        # The activity is in the hash of the linked entry and of its reversal.
        assert rows[linked.id].row_hash != old_hash(rows[linked.id], rows[linked.id].prev_hash)
        assert rows[reversed_.id].activity_id == training.id
        assert rows[reversed_.id].row_hash != old_hash(rows[reversed_.id], rows[reversed_.id].prev_hash,
                                                       rows[linked.id].uid)
    other = activity(cbo, plan.id, "A2", Money(0, KHR))
    with cbo.atomic():
        Entry.update(activity=other.id).where(Entry.id == linked.id).execute()
    result = cashbook.verify_book(cbo)
    assert (result.ok, result.entry_id) == (False, linked.id)
    with cbo.atomic():
        Entry.update(activity=training.id).where(Entry.id == linked.id).execute()
        Entry.update(activity=None).where(Entry.id == reversed_.id).execute()
    result = cashbook.verify_book(cbo)
    assert (result.ok, result.entry_id) == (False, reversed_.id)


def test_only_an_activity_that_exists_and_is_not_cancelled_can_be_linked(cbo: Cbo) -> None:
    book = Book(cbo)
    plan = ps.create_plan(cbo, ME, 2026)
    training = activity(cbo, plan.id, "A1", Money(300_000, KHR))
    dropped = activity(cbo, plan.id, "A2", Money(100_000, KHR))
    ps.change_status(cbo, ME, dropped.id, "cancelled", "The donor withdrew")
    with pytest.raises(InvalidInput) as error:
        book.record("payment", date(2026, 3, 12), Money(10_000, KHR), dropped.id)
    assert [p.field for p in error.value.problems] == ["activity"]
    with pytest.raises(InvalidInput) as error:
        book.record("payment", date(2026, 3, 12), Money(10_000, KHR), 9999)
    assert [p.field for p in error.value.problems] == ["activity"]
    # The treasurer links (with the cash book's role) and sees the link in the book's list.
    entry = book.record("payment", date(2026, 3, 12), Money(10_000, KHR), training.id)
    assert entry.activity_id == training.id
    from cbodesk.services import cashbook_list
    (row,) = cashbook_list.group_rows(cbo, entry.group_uid)
    assert (row.activity_id, row.activity_code, row.activity_title) == (training.id, "A1", "Activity A1")


def test_the_picker_offers_the_entry_years_activities_not_cancelled(cbo: Cbo) -> None:
    this_year = ps.create_plan(cbo, ME, 2026)
    next_year = ps.create_plan(cbo, ME, 2027)
    kept = activity(cbo, this_year.id, "A1", Money(0, KHR))
    dropped = activity(cbo, this_year.id, "A2", Money(0, KHR))
    ps.add_activity(cbo, ME, next_year.id, dp.ActivityDraft(code="B1", title="Next year", start_month=date(2027, 1, 1),
                                                           end_month=date(2027, 2, 1)))
    ps.change_status(cbo, ME, dropped.id, "cancelled", "No longer needed")
    assert [c.code for c in ps.activities_for_entry(cbo, TREASURER, date(2026, 12, 31))] == ["A1"]
    assert [c.code for c in ps.activities_for_entry(cbo, TREASURER, date(2027, 1, 1))] == ["B1"]
    assert [c.code for c in ps.activities_for_entry(cbo, TREASURER, date(2025, 5, 1))] == []
    assert [c.code for c in ps.activities_for_entry(cbo, TREASURER, date(2026, 5, 1),
                                                    include_id=dropped.id)] == ["A1", "A2"]
    choice = ps.activity_choice(cbo, TREASURER, kept.id)
    assert choice is not None and (choice.label(), choice.fiscal_year, choice.currency) == (
        "A1 – Activity A1", 2026, KHR)


def test_the_currency_of_an_activity_with_money_stays(cbo: Cbo) -> None:
    book = Book(cbo)
    plan = ps.create_plan(cbo, ME, 2026)
    training = activity(cbo, plan.id, "A1", Money(300_000, KHR))
    book.record("payment", date(2026, 3, 12), Money(10_000, KHR), training.id)
    draft = training.draft()
    with pytest.raises(InvalidInput) as error:
        ps.update_activity(cbo, ME, training.id, dp.ActivityDraft(**{**draft.__dict__, "budget": Money(75, USD)}),
                           row_version=training.row_version)
    assert [p.field for p in error.value.problems] == ["budget"]
