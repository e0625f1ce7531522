"""The cash book's plain values: accounts, categories, entries as typed, their checks,
note denominations, and the hash that chains the book.

No database here: :mod:`cbodesk.services.cashbook` stores and reads these.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from cbodesk.domain.errors import Problem
from cbodesk.domain.money import Currency, Money
from cbodesk.i18n import N_

ACCOUNT_KINDS: dict[str, str] = {
    "cash": N_("cashbook", "Cash box"),
    "bank": N_("cashbook", "Bank account"),
    "mobile": N_("cashbook", "Mobile money"),
}

ENTRY_KINDS: dict[str, str] = {
    "receipt": N_("cashbook", "Receipt"),
    "payment": N_("cashbook", "Payment"),
    "transfer": N_("cashbook", "Transfer"),
    "exchange": N_("cashbook", "Currency exchange"),
    "reversal": N_("cashbook", "Reversal"),
}

# Number series: receipts R-2026-0001, payments P-…, transfers and exchanges T-…,
# reversals (corrections) C-….
SERIES = {"receipt": "R", "payment": "P", "transfer": "T", "exchange": "T", "reversal": "C"}


@dataclass(frozen=True)
class DefaultCategory:
    code: str
    kind: str  # income | expense
    name_en: str
    name_km: str


# A sensible start for a Cambodian CBO; each can be renamed or retired.
DEFAULT_CATEGORIES: tuple[DefaultCategory, ...] = (
    DefaultCategory("fees", "income", "Membership fees", "ភាគទានសមាជិក"),
    DefaultCategory("savings", "income", "Savings", "ការសន្សំ"),
    DefaultCategory("grants", "income", "Grants and donations", "ជំនួយ និងអំណោយ"),
    DefaultCategory("iga", "income", "Income-generating activities", "សកម្មភាពបង្កើនប្រាក់ចំណូល"),
    DefaultCategory("interest", "income", "Interest", "ការប្រាក់"),
    DefaultCategory("loan_repay", "income", "Loan repayments", "ការសងប្រាក់កម្ចី"),
    DefaultCategory("other_in", "income", "Other income", "ចំណូលផ្សេងៗ"),
    DefaultCategory("activities", "expense", "Activities", "សកម្មភាព"),
    DefaultCategory("meetings", "expense", "Meetings", "កិច្ចប្រជុំ"),
    DefaultCategory("transport", "expense", "Transport", "ការធ្វើដំណើរ"),
    DefaultCategory("food", "expense", "Food and drinks", "អាហារ និងភេសជ្ជៈ"),
    DefaultCategory("stationery", "expense", "Stationery", "សម្ភារៈការិយាល័យ"),
    DefaultCategory("equipment", "expense", "Equipment", "ឧបករណ៍"),
    DefaultCategory("allowances", "expense", "Allowances", "ប្រាក់ឧបត្ថម្ភ"),
    DefaultCategory("bank_charges", "expense", "Bank charges", "កម្រៃសេវាធនាគារ"),
    DefaultCategory("loans_out", "expense", "Loans to members", "ប្រាក់កម្ចីឱ្យសមាជិក"),
    DefaultCategory("other_out", "expense", "Other expenses", "ចំណាយផ្សេងៗ"),
)

# Notes and coins counted at a monthly closing, in minor units.
DENOMINATIONS: dict[Currency, tuple[int, ...]] = {
    Currency.KHR: (200_000, 100_000, 50_000, 30_000, 20_000, 15_000, 10_000, 5_000, 2_000,
                   1_000, 500, 200, 100),
    Currency.USD: (10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50, 25, 10, 5, 1),
}


def fiscal_year_of(day: date, start_month: int) -> int:
    """The fiscal year a day belongs to, named by the calendar year it starts in."""
    return day.year if day.month >= start_month else day.year - 1


@dataclass(frozen=True)
class EntryDraft:
    """What the treasurer typed for a receipt or a payment."""

    kind: str  # receipt | payment
    date: date
    account_id: int
    amount: Money  # positive
    category_id: int | None
    party: str = ""
    fund_id: int | None = None
    description: str = ""
    uid: str = ""  # made by the app when the dialog opens; a retry is recognised by it
    attachment: bytes | None = None
    attachment_type: str = "image/jpeg"
    member_id: int | None = None  # the member who paid or was paid (a fee, an allowance)
    activity_id: int | None = None  # the planned activity the money was for (schema 4)


@dataclass(frozen=True)
class TransferDraft:
    """Money moved between two accounts; an exchange when their currencies differ."""

    date: date
    from_account_id: int
    to_account_id: int
    amount: Money  # leaves the first account
    received: Money  # arrives in the second (equal to amount for a plain transfer)
    rate: Decimal | None = None  # riel per dollar, for an exchange
    description: str = ""
    uid: str = ""


def check_amount(amount: Money, name: str = "amount") -> list[Problem]:
    if amount.amount <= 0:
        return [Problem(name, N_("errors", "The amount must be more than zero."))]
    return []


@dataclass(frozen=True)
class AccountFacts:
    """What the checks of an entry need to know about its account."""

    id: int
    currency: Currency
    opening_date: date
    closed_on: date | None
    closed_through: date | None  # last day of the newest closed month, if any


def check_entry_date(day: date, account: AccountFacts, today: date, name: str = "date") -> list[Problem]:
    found: list[Problem] = []
    if day > today:
        found.append(Problem(name, N_("errors", "This date is in the future. Record money on the day it moved.")))
    if day < account.opening_date:
        found.append(Problem(name, N_("errors", "This date is before the account was opened.")))
    if account.closed_on is not None and day >= account.closed_on:
        found.append(Problem(name, N_("errors", "This account is closed.")))
    if account.closed_through is not None and day <= account.closed_through:
        found.append(Problem(name, N_(
            "errors", "This month is closed for this account: its cash was counted and signed. "
                      "Record the money with today's date and explain it in the description.")))
    return found


# --- the chain ---------------------------------------------------------------

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainedFields:
    """The content of an entry that its hash covers."""

    uid: str
    group_uid: str
    kind: str
    number: str
    date: date
    account_id: int
    amount_minor: int
    currency: str
    category_id: int | None
    fund_id: int | None
    party: str
    description: str
    rate: str
    reverses_uid: str
    reason: str
    needs_approval: bool
    entered_by: str
    entered_at: datetime
    attachment_sha256: str
    fiscal_year: int
    extra: dict[str, str] = field(default_factory=dict)
    # Hashed only when set: entries written before members could be linked (schema 2)
    # have none, and their hashes must stay what they were.
    member_id: int | None = None
    # Hashed only when set, like the member: entries written before activities could be
    # linked (schema 4) have none.
    activity_id: int | None = None

    def canonical(self) -> bytes:
        data = {k: v for k, v in self.__dict__.items() if k != "extra"}
        if self.member_id is None:
            del data["member_id"]
        if self.activity_id is None:
            del data["activity_id"]
        data["date"] = self.date.isoformat()
        data["entered_at"] = self.entered_at.replace(microsecond=0).isoformat()
        return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def chain_hash(prev_hash: str, fields: ChainedFields) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + fields.canonical()).hexdigest()


def fingerprint(row_hash: str) -> str:
    """The short form printed on reports: 4 groups of 4 hex digits."""
    short = row_hash[:16].upper()
    return "-".join(short[i:i + 4] for i in range(0, 16, 4))
