"""Membership fees and contributions: receipts of the cash book linked to members, who has
paid, who owes and how much, a member's statement, and the hash chain covering the link;
on SQLite and PostgreSQL.

The book (cash box in riel opened 1 Jan 2025 with 100,000៛, dollar box with $20.00):

    fee 5,000៛ a month from 1 Jan 2026
    Sok Chan    joined 2020   pays 10,000៛ (2026-01-10) and 15,000៛ (2026-03-02); 5,000៛ in 2025
    Chan Sophea joined 2020   pays 40,000៛ (2026-02-01), one of it reversed (5,000៛, 2026-02-03)
    Heng Sokhly joined March 2026, inactive from May
    Sok Chan is also paid a patrol allowance of 20,000៛ (2026-04-01) and $5.00 (2026-04-02)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

import pytest

from cbodesk.domain import cashbook as cb
from cbodesk.domain import members as dm
from cbodesk.domain.errors import InvalidInput
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.services import cashbook
from cbodesk.services import members as ms
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Entry

PROFILE = OrganisationProfile(name_km="សហគមន៍នេសាទ", name_en="Test Fishery", sector="fishery", province="10")
TODAY = date(2026, 6, 15)
KHR, USD = Currency.KHR, Currency.USD
SECRETARY = Actor("secretary", "The Secretary", frozenset({"secretary"}))
TREASURER = Actor("treasurer", "The Treasurer", frozenset({"treasurer"}))


def riel(amount: int) -> Money:
    return Money(amount, KHR)


@dataclass
class Book:
    cbo: Cbo
    admin: Actor
    riel_box: int
    dollar_box: int
    fees: int
    allowances: int
    sok: int
    chan: int
    heng: int

    def receipt(self, member: int | None, amount: int, day: date, party: str = "",
                category: int | None = None) -> cashbook.EntryView:
        return cashbook.record_entry(self.cbo, TREASURER, cb.EntryDraft(
            "receipt", day, self.riel_box, riel(amount), category or self.fees, party=party, member_id=member),
            today=TODAY)


@pytest.fixture
def book(cbo_location: str) -> Iterator[Book]:
    cbo, admin = new_cbo(cbo_location, PROFILE, "Sok Dara")
    try:
        riel_box = cashbook.add_account(cbo, admin, "Riel box", "cash", KHR, riel(100_000), date(2025, 1, 1))
        dollar_box = cashbook.add_account(cbo, admin, "Dollar box", "cash", USD, Money("20", USD), date(2025, 1, 1))
        codes = {c.code: c.id for c in cashbook.categories(cbo)}
        village = ms.add_village(cbo, admin, "ថ្លុក", "Thlok")

        def member(km: str, latin: str, sex: str, joined: date) -> int:
            return ms.add_member(cbo, SECRETARY, dm.MemberDraft(name_km=km, name_latin=latin, sex=sex,
                                                                birth_year=1980, village_id=village.id,
                                                                joined_on=joined), today=TODAY).id

        b = Book(cbo, admin, riel_box.id, dollar_box.id, codes["fees"], codes["allowances"],
                 member("សុខ ចាន់", "Sok Chan", "M", date(2020, 1, 5)),
                 member("ចាន់ សុភា", "Chan Sophea", "F", date(2020, 2, 1)),
                 member("ហេង សុខលី", "Heng Sokhly", "F", date(2026, 3, 10)))
        ms.change_status(cbo, SECRETARY, b.heng, dm.StatusChange("inactive", date(2026, 5, 1)), today=TODAY)
        yield b
    finally:
        cbo.close()


@pytest.fixture
def paid(book: Book) -> Book:
    ms.set_fee_rate(book.cbo, TREASURER, riel(5000), "month", date(2026, 1, 1), "General assembly 2025")
    book.receipt(book.sok, 5_000, date(2025, 12, 20))  # before the first fee: not counted
    book.receipt(book.sok, 10_000, date(2026, 1, 10))
    chan = book.receipt(book.chan, 40_000, date(2026, 2, 1))
    cashbook.reverse_entry(book.cbo, TREASURER, chan.id, "Counted twice", day=date(2026, 2, 3))
    book.receipt(book.chan, 5_000, date(2026, 2, 3))
    book.receipt(book.sok, 15_000, date(2026, 3, 2))
    cashbook.record_entry(book.cbo, TREASURER, cb.EntryDraft(
        "payment", date(2026, 4, 1), book.riel_box, riel(20_000), book.allowances, member_id=book.sok,
        description="Patrol allowance"), today=TODAY)
    cashbook.record_entry(book.cbo, TREASURER, cb.EntryDraft(
        "payment", date(2026, 4, 2), book.dollar_box, Money("5", USD), book.allowances, party="Sok Chan",
        member_id=book.sok, description="Patrol allowance"), today=TODAY)
    return book


# --- the link in the cash book --------------------------------------------------------------------


def test_an_entry_is_linked_to_a_member(book: Book) -> None:
    view = book.receipt(book.sok, 5_000, date(2026, 1, 10))
    assert view.member_id == book.sok
    assert view.party == "សុខ ចាន់"  # the register's name when none was typed
    typed = book.receipt(book.sok, 5_000, date(2026, 1, 11), party="Sok Chan (his wife paid)")
    assert typed.party == "Sok Chan (his wife paid)"
    # A payment to a member needs no typed payee.
    paid = cashbook.record_entry(book.cbo, TREASURER, cb.EntryDraft(
        "payment", date(2026, 1, 12), book.riel_box, riel(1_000), book.allowances, member_id=book.chan),
        today=TODAY)
    assert paid.party == "ចាន់ សុភា"
    with pytest.raises(InvalidInput) as caught:
        book.receipt(9999, 5_000, date(2026, 1, 12))
    assert [p.field for p in caught.value.problems] == ["member"]
    assert cashbook.verify_book(book.cbo).ok


def test_the_chain_covers_the_member_only_when_there_is_one(book: Book) -> None:
    linked = book.receipt(book.sok, 5_000, date(2026, 1, 10))
    book.receipt(None, 5_000, date(2026, 1, 11), party="A visitor")
    assert cashbook.verify_book(book.cbo).ok
    # An entry without a member hashes exactly as before members could be linked.
    fields = cb.ChainedFields(
        uid="u", group_uid="u", kind="receipt", number="R-2026-0001", date=date(2026, 1, 1), account_id=1,
        amount_minor=5000, currency="KHR", category_id=1, fund_id=None, party="x", description="",
        rate="", reverses_uid="", reason="", needs_approval=False, entered_by="T",
        entered_at=datetime(2026, 1, 1, 8, 0), attachment_sha256="",
        fiscal_year=2026)
    assert b"member_id" not in fields.canonical()
    with_member = cb.ChainedFields(**{**fields.__dict__, "member_id": 7})
    assert b'"member_id":7' in with_member.canonical()
    assert cb.chain_hash(cb.GENESIS, fields) != cb.chain_hash(cb.GENESIS, with_member)
    # Moving a payment to another member behind the app's back breaks the chain.
    with book.cbo.atomic():
        Entry.update(member=book.chan).where(Entry.id == linked.id).execute()
    result = cashbook.verify_book(book.cbo)
    assert not result.ok and result.entry_number == linked.number
    assert result.problem == "its content was changed"


def test_a_reversal_stays_linked_to_the_member(paid: Book) -> None:
    with paid.cbo.reading():
        reversal = Entry.get(Entry.kind == "reversal")
    assert reversal.member_id == paid.chan and reversal.amount_minor == -40_000
    assert cashbook.verify_book(paid.cbo).ok


# --- fees ---------------------------------------------------------------------------------------------


def test_fee_rates(book: Book) -> None:
    first = ms.set_fee_rate(book.cbo, TREASURER, riel(5000), "month", date(2026, 1, 1))
    ms.set_fee_rate(book.cbo, TREASURER, Money("2", USD), "quarter", date(2027, 1, 1), "In dollars from 2027")
    corrected = ms.set_fee_rate(book.cbo, TREASURER, riel(6000), "month", date(2026, 1, 1))
    assert corrected.id == first.id
    assert [(r.amount, r.period, r.valid_from) for r in ms.fee_rates(book.cbo)] == [
        (riel(6000), "month", date(2026, 1, 1)), (Money("2", USD), "quarter", date(2027, 1, 1))]
    ms.remove_fee_rate(book.cbo, TREASURER, first.id)
    assert len(ms.fee_rates(book.cbo)) == 1
    with pytest.raises(InvalidInput) as caught:
        ms.set_fee_rate(book.cbo, TREASURER, riel(0), "week", None)
    assert [p.field for p in caught.value.problems] == ["amount", "period", "valid_from"]
    with pytest.raises(NotAllowed):
        ms.set_fee_rate(book.cbo, SECRETARY, riel(5000), "month", date(2026, 1, 1))
    assert ms.fee_category_id(book.cbo) == book.fees
    with pytest.raises(InvalidInput):
        ms.set_fee_category(book.cbo, TREASURER, book.allowances)  # an expense category


def test_who_has_paid_and_who_owes(paid: Book) -> None:
    result = ms.contributions(paid.cbo, TREASURER, until=TODAY)
    by_name = {c.name_latin: c for c in result.members}
    # January to June: six months of 5,000៛; Heng Sokhly March and April (inactive from May).
    assert by_name["Sok Chan"].due == {KHR: riel(30_000)}
    assert by_name["Sok Chan"].paid == {KHR: riel(25_000)}  # the 2025 payment came before the first fee
    assert by_name["Sok Chan"].owed == {KHR: riel(5_000)}
    assert by_name["Chan Sophea"].paid == {KHR: riel(5_000)}  # 40,000 reversed, then 5,000
    assert by_name["Chan Sophea"].owed == {KHR: riel(25_000)}
    assert by_name["Heng Sokhly"].due == {KHR: riel(10_000)} and by_name["Heng Sokhly"].status == "inactive"
    assert [c.name_latin for c in result.owing] == ["Sok Chan", "Chan Sophea", "Heng Sokhly"]
    assert result.totals("owed") == {KHR: riel(40_000)}
    # A period: what was due and paid from March on; what is owed is still everything.
    spring = ms.contributions(paid.cbo, TREASURER, since=date(2026, 3, 1), until=date(2026, 4, 30))
    sok = next(c for c in spring.members if c.name_latin == "Sok Chan")
    assert (sok.due_in_period, sok.paid_in_period, sok.owed) == ({KHR: riel(10_000)}, {KHR: riel(15_000)},
                                                                  {KHR: riel(-5_000)})  # paid ahead
    assert not sok.owes
    with pytest.raises(NotAllowed):
        ms.contributions(paid.cbo, Actor("v", "Viewer", frozenset({"viewer"})))


def test_a_members_statement(paid: Book) -> None:
    statement = ms.member_statement(paid.cbo, TREASURER, paid.sok, date_to=TODAY)
    assert statement.member.name_latin == "Sok Chan" and statement.status == "active"
    assert [(line.date, line.kind, line.amount, line.is_fee) for line in statement.lines] == [
        (date(2025, 12, 20), "receipt", riel(5_000), True), (date(2026, 1, 10), "receipt", riel(10_000), True),
        (date(2026, 3, 2), "receipt", riel(15_000), True), (date(2026, 4, 1), "payment", riel(-20_000), False),
        (date(2026, 4, 2), "payment", Money("-5", USD), False)]
    assert statement.received == {KHR: riel(30_000)}
    assert statement.paid_out == {KHR: riel(20_000), USD: Money("5", USD)}
    assert (statement.fees_due, statement.fees_paid, statement.fees_owed) == (
        {KHR: riel(30_000)}, {KHR: riel(25_000)}, {KHR: riel(5_000)})
    chan = ms.member_statement(paid.cbo, TREASURER, paid.chan, date_from=date(2026, 2, 1), date_to=TODAY)
    assert [line.kind for line in chan.lines] == ["receipt", "reversal", "receipt"]
    assert chan.lines[1].reason == "Counted twice" and chan.lines[1].from_member
    # The correction stands under "from the member", taking the money back: 40,000 - 40,000 + 5,000.
    assert (chan.received, chan.paid_out) == ({KHR: riel(5_000)}, {})
    assert ms.members_with_entries(paid.cbo, date(2026, 3, 1), TODAY) == [paid.sok]


def test_hash_of_attachment_unchanged(book: Book) -> None:
    """A linked receipt with its scan: the attachment is checked as before."""
    view = cashbook.record_entry(book.cbo, TREASURER, cb.EntryDraft(
        "receipt", date(2026, 1, 10), book.riel_box, riel(5_000), book.fees, member_id=book.sok,
        attachment=b"scan"), today=TODAY)
    with book.cbo.reading():
        assert Entry.get_by_id(view.id).attachment_sha256 == hashlib.sha256(b"scan").hexdigest()
    assert cashbook.verify_book(book.cbo).ok
