"""The treasurer's cash book: accounts, categories, funds, and recording money.

Every function that writes is one user action: checks first (all problems at
once), then one transaction with its audit entry. Entries are never changed or
deleted: a mistake is corrected by :func:`reverse_entry`. Writing to the book
is exclusive (``Cbo.atomic(exclusive=True)``), so numbers stay unique and
without gaps and the hash chain stays a chain, also with two computers on one
PostgreSQL database.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from cbodesk.domain import cashbook as cb
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.i18n import N_, by_language
from cbodesk.services.audit import record_change
from cbodesk.services.rows import as_date as _as_date
from cbodesk.services.rows import as_datetime as _as_datetime
from cbodesk.services.rows import now as _now
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import (
    Account,
    Activity,
    Attachment,
    Category,
    Entry,
    Fund,
    Member,
    MonthClosing,
    NumberCounter,
    Profile,
    Setting,
)

LEG_NAMESPACE = uuid.UUID("6f1c0d3e-8d4b-4a8e-9f57-2f1b8a0c4d21")


def _pairs(query: Any) -> dict[Any, Any]:
    """A two-column query as a dict (first column to second)."""
    return dict(query.tuples())


def new_uid() -> str:
    return str(uuid.uuid4())


# --- reading -----------------------------------------------------------------


@dataclass(frozen=True)
class AccountView:
    id: int
    name: str
    kind: str
    currency: Currency
    opening: Money
    opening_date: date
    closed_on: date | None


@dataclass(frozen=True)
class CategoryView:
    id: int
    kind: str
    code: str | None
    name_en: str
    name_km: str
    retired: bool

    def name(self, language: str) -> str:
        return by_language(language, self.name_km, self.name_en)


@dataclass(frozen=True)
class FundView:
    id: int
    name: str
    donor: str
    retired: bool


@dataclass(frozen=True)
class EntryView:
    id: int
    uid: str
    group_uid: str
    kind: str
    number: str
    date: date
    account_id: int
    amount: Money  # signed: + in, - out
    category_id: int | None
    fund_id: int | None
    party: str
    description: str
    rate: str
    reverses_id: int | None
    reason: str
    needs_approval: bool
    entered_by: str
    row_hash: str
    member_id: int | None = None  # the member who paid or was paid
    activity_id: int | None = None  # the planned activity the money was for


def _account_view(row: Account) -> AccountView:
    currency = Currency[row.currency]
    return AccountView(row.id, row.name, row.kind, currency, Money.from_minor(row.opening_minor, currency),
                       row.opening_date, row.closed_on)


def _entry_view(row: Entry, currency: Currency) -> EntryView:
    return EntryView(
        id=row.id, uid=row.uid, group_uid=row.group_uid, kind=row.kind, number=row.number,
        date=row.date, account_id=row.account_id, amount=Money.from_minor(row.amount_minor, currency),
        category_id=row.category_id, fund_id=row.fund_id, party=row.party,
        description=row.description, rate=row.rate, reverses_id=row.reverses_id, reason=row.reason,
        needs_approval=row.needs_approval, entered_by=row.entered_by, row_hash=row.row_hash,
        member_id=row.member_id, activity_id=row.activity_id)


def accounts(cbo: Cbo, *, include_closed: bool = True) -> list[AccountView]:
    with cbo.reading():
        query = Account.select().order_by(Account.id)
        if not include_closed:
            query = query.where(Account.closed_on.is_null())
        return [_account_view(a) for a in query]


def categories(cbo: Cbo, *, include_retired: bool = False) -> list[CategoryView]:
    with cbo.reading():
        query = Category.select().order_by(Category.kind, Category.sort_order, Category.id)
        if not include_retired:
            query = query.where(~Category.retired)
        return [CategoryView(c.id, c.kind, c.code, c.name_en, c.name_km, c.retired) for c in query]


def funds(cbo: Cbo, *, include_retired: bool = False) -> list[FundView]:
    with cbo.reading():
        query = Fund.select().order_by(Fund.id)
        if not include_retired:
            query = query.where(~Fund.retired)
        return [FundView(f.id, f.name, f.donor, f.retired) for f in query]


def entries_of_group(cbo: Cbo, group_uid: str) -> list[EntryView]:
    with cbo.reading():
        rows = list(Entry.select(Entry, Account).join(Account)
                    .where(Entry.group_uid == group_uid).order_by(Entry.id))
        return [_entry_view(r, Currency[r.account.currency]) for r in rows]


def entry(cbo: Cbo, entry_id: int) -> EntryView:
    with cbo.reading():
        row = Entry.select(Entry, Account).join(Account).where(Entry.id == entry_id).get()
        return _entry_view(row, Currency[row.account.currency])


def balances(cbo: Cbo, as_of: date | None = None) -> dict[int, Money]:
    """The balance of every account (opening balance plus all its entries), by account id."""
    with cbo.reading():
        sums = Entry.select(Entry.account, pw.fn.COALESCE(pw.fn.SUM(Entry.amount_minor), 0))
        if as_of is not None:
            sums = sums.where(Entry.date <= as_of)
        totals: dict[int, int] = _pairs(sums.group_by(Entry.account))
        result = {}
        for account in Account.select():
            currency = Currency[account.currency]
            opening = account.opening_minor if as_of is None or account.opening_date <= as_of else 0
            result[account.id] = Money.from_minor(opening + int(totals.get(account.id, 0)), currency)
        return result


def book_fingerprint(cbo: Cbo) -> str:
    """The short hash of the newest entry: printed on reports to tie them to the book."""
    with cbo.reading():
        last = Entry.select(Entry.row_hash).order_by(Entry.id.desc()).limit(1).scalar()
    return cb.fingerprint(last or cb.GENESIS)


# --- settings of the financial policy -----------------------------------------

APPROVAL_LIMIT_KEY = "approval_limit_{currency}"
DEFAULT_LIMITS = {Currency.KHR: Money("400000", Currency.KHR), Currency.USD: Money("100", Currency.USD)}


def approval_limit(cbo: Cbo, currency: Currency) -> Money:
    """Payments above this amount need the committee's approval (financial policy)."""
    with cbo.reading():
        row = Setting.get_or_none(Setting.key == APPROVAL_LIMIT_KEY.format(currency=currency.code))
    return Money.from_minor(int(row.value), currency) if row else DEFAULT_LIMITS[currency]


def set_approval_limit(cbo: Cbo, actor: Actor, limit: Money) -> None:
    actor.require("cashbook.policy")
    if limit.amount < 0:
        raise InvalidInput([Problem("limit", N_("errors", "The limit cannot be less than zero."))])
    key = APPROVAL_LIMIT_KEY.format(currency=limit.currency.code)
    with cbo.atomic():
        before = approval_limit(cbo, limit.currency)
        Setting.insert(key=key, value=str(limit.to_minor())).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: str(limit.to_minor())}).execute()
        record_change(actor, "cashbook.policy", "cashbook", key,
                      {"limit": str(before.amount)}, {"limit": str(limit.amount)})


# --- accounts, categories, funds ------------------------------------------------


def add_account(cbo: Cbo, actor: Actor, name: str, kind: str, currency: Currency,
                opening: Money | None = None, opening_date: date | None = None) -> AccountView:
    actor.require("cashbook.setup")
    name = name.strip()
    opening = opening or Money.zero(currency)
    problems = []
    if not name:
        problems.append(Problem("name", N_("errors", "Give the account a name, for example \"Cash – riel\".")))
    if kind not in cb.ACCOUNT_KINDS:
        problems.append(Problem("kind", N_("errors", "Choose the kind of account: cash box, bank or mobile money.")))
    if opening.currency is not currency:
        problems.append(Problem("opening", N_("errors", "The opening balance must be in the account's currency.")))
    elif opening.amount < 0:
        problems.append(Problem("opening", N_("errors", "The opening balance cannot be less than zero.")))
    if problems:
        raise InvalidInput(problems)
    with cbo.atomic():
        if Account.select().where(pw.fn.LOWER(Account.name) == name.lower()).exists():
            raise InvalidInput([Problem("name", N_("errors", "Another account already has this name."))])
        row = Account.create(name=name, kind=kind, currency=currency.code,
                             opening_minor=opening.to_minor(),
                             opening_date=opening_date or date.today(), created_at=_now())
        record_change(actor, "account.add", "cashbook", f"account {row.id}", None,
                      {"name": name, "kind": kind, "currency": currency.code,
                       "opening": str(opening.amount), "opening_date": row.opening_date})
    return _account_view(row)


def close_account(cbo: Cbo, actor: Actor, account_id: int, on: date) -> None:
    """Close a used account for good (its balance must be zero); it is never deleted."""
    actor.require("cashbook.setup")
    balance = balances(cbo)[account_id]
    if not balance.is_zero():
        raise UserError(N_("errors", "An account can be closed only when its balance is zero. Move the "
                              "money to another account first (a transfer)."))
    with cbo.atomic():
        Account.update(closed_on=on).where(Account.id == account_id).execute()
        record_change(actor, "account.close", "cashbook", f"account {account_id}", None, {"closed_on": on})


def add_category(cbo: Cbo, actor: Actor, kind: str, name_en: str, name_km: str = "") -> CategoryView:
    actor.require("cashbook.setup")
    if kind not in ("income", "expense"):
        raise InvalidInput([Problem("kind", N_("errors", "Choose income or expense."))])
    if not (name_en.strip() or name_km.strip()):
        raise InvalidInput([Problem("name_en", N_("errors", "Give the category a name in English or in Khmer."))])
    with cbo.atomic():
        row = Category.create(kind=kind, name_en=name_en.strip(), name_km=name_km.strip(), sort_order=500)
        record_change(actor, "category.add", "cashbook", f"category {row.id}", None,
                      {"kind": kind, "name_en": row.name_en, "name_km": row.name_km})
    return CategoryView(row.id, row.kind, row.code, row.name_en, row.name_km, row.retired)


def rename_category(cbo: Cbo, actor: Actor, category_id: int, name_en: str, name_km: str) -> None:
    actor.require("cashbook.setup")
    if not (name_en.strip() or name_km.strip()):
        raise InvalidInput([Problem("name_en", N_("errors", "Give the category a name in English or in Khmer."))])
    with cbo.atomic():
        row = Category.get_by_id(category_id)
        before = {"name_en": row.name_en, "name_km": row.name_km}
        row.name_en, row.name_km = name_en.strip(), name_km.strip()
        row.save()
        record_change(actor, "category.rename", "cashbook", f"category {row.id}", before,
                      {"name_en": row.name_en, "name_km": row.name_km})


def retire_category(cbo: Cbo, actor: Actor, category_id: int, retired: bool = True) -> None:
    actor.require("cashbook.setup")
    with cbo.atomic():
        Category.update(retired=retired).where(Category.id == category_id).execute()
        record_change(actor, "category.retire" if retired else "category.restore", "cashbook",
                      f"category {category_id}", None, {"retired": retired})


def add_fund(cbo: Cbo, actor: Actor, name: str, donor: str = "", note: str = "") -> FundView:
    actor.require("cashbook.setup")
    if not name.strip():
        raise InvalidInput([Problem("name", N_("errors", "Give the fund a name, for example the grant's title."))])
    with cbo.atomic():
        row = Fund.create(name=name.strip(), donor=donor.strip(), note=note.strip())
        record_change(actor, "fund.add", "cashbook", f"fund {row.id}", None,
                      {"name": row.name, "donor": row.donor})
    return FundView(row.id, row.name, row.donor, row.retired)


def add_default_setup(cbo: Cbo, uses_khr: bool, uses_usd: bool) -> None:
    """The default categories and a cash box per currency used, for a new CBO."""
    from cbodesk.storage.schema import insert_cashbook_defaults

    with cbo.atomic():
        insert_cashbook_defaults(uses_khr, uses_usd)


# --- recording ----------------------------------------------------------------


def _facts(account: Account) -> cb.AccountFacts:
    newest = (MonthClosing.select(MonthClosing.year, MonthClosing.month)
              .where(MonthClosing.account == account.id)
              .order_by(MonthClosing.year.desc(), MonthClosing.month.desc()).first())
    closed_through = None
    if newest is not None:
        next_month = date(newest.year + newest.month // 12, newest.month % 12 + 1, 1)
        closed_through = date.fromordinal(next_month.toordinal() - 1)
    return cb.AccountFacts(account.id, Currency[account.currency], account.opening_date,
                           account.closed_on, closed_through)


def _fiscal_start() -> int:
    # Only the one column: the profile row also holds the logo, read at every entry otherwise.
    month = (Profile.select(Profile.fiscal_year_start_month)
             .where(Profile.id == 1).scalar())
    return int(month) if month else 1


def _balance_minor(account: Account) -> int:
    """The account's balance now; from its newest closing on, so it stays fast as the book grows."""
    closing = (MonthClosing.select(MonthClosing.year, MonthClosing.month, MonthClosing.book_minor)
               .where(MonthClosing.account == account.id)
               .order_by(MonthClosing.year.desc(), MonthClosing.month.desc()).first())
    query = Entry.select(pw.fn.COALESCE(pw.fn.SUM(Entry.amount_minor), 0)).where(Entry.account == account.id)
    if closing is None:
        return int(account.opening_minor) + int(query.scalar() or 0)
    month_end = date(closing.year + closing.month // 12, closing.month % 12 + 1, 1)
    return int(closing.book_minor) + int(query.where(Entry.date >= month_end).scalar() or 0)


def _cash_shortfall(account: Account, minor_out: int, field_name: str = "amount") -> list[Problem]:
    """A cash box cannot hold less than nothing."""
    if account.kind == "cash" and _balance_minor(account) < minor_out:
        return [Problem(field_name, N_(
            "errors", "There is not that much money in this cash box. Check the amount, or record "
                      "the money that came in first."))]
    return []


def _next_number(series: str, year: int) -> str:
    """The next number of a series; call only inside an exclusive transaction."""
    updated = (NumberCounter.update(last=NumberCounter.last + 1)
               .where((NumberCounter.series == series) & (NumberCounter.year == year)).execute())
    if updated:
        last = (NumberCounter.select(NumberCounter.last)
                .where((NumberCounter.series == series) & (NumberCounter.year == year)).scalar())
    else:
        NumberCounter.create(series=series, year=year, last=1)
        last = 1
    return f"{series}-{year}-{last:04d}"


def _chain_head() -> str:
    return Entry.select(Entry.row_hash).order_by(Entry.id.desc()).limit(1).scalar() or cb.GENESIS


def _insert_leg(prev_hash: str, *, uid: str, group_uid: str, kind: str, number: str,
                fiscal_year: int, day: date, account: Account, amount_minor: int,
                category_id: int | None = None, fund_id: int | None = None, party: str = "",
                description: str = "", rate: str = "", reverses: Entry | None = None,
                reason: str = "", needs_approval: bool = False, entered_by: str,
                entered_at: datetime, attachment_sha256: str = "", member_id: int | None = None,
                activity_id: int | None = None) -> Entry:
    fields = cb.ChainedFields(
        uid=uid, group_uid=group_uid, kind=kind, number=number, date=day, account_id=account.id,
        amount_minor=amount_minor, currency=account.currency, category_id=category_id,
        fund_id=fund_id, party=party, description=description, rate=rate,
        reverses_uid=reverses.uid if reverses is not None else "", reason=reason,
        needs_approval=needs_approval, entered_by=entered_by, entered_at=entered_at,
        attachment_sha256=attachment_sha256, fiscal_year=fiscal_year, member_id=member_id,
        activity_id=activity_id)
    return Entry.create(
        uid=uid, group_uid=group_uid, kind=kind, number=number, fiscal_year=fiscal_year, date=day,
        account=account.id, amount_minor=amount_minor, category=category_id, fund=fund_id,
        party=party, description=description, rate=rate, reverses=reverses, reason=reason,
        needs_approval=needs_approval, entered_by=entered_by, entered_at=entered_at,
        attachment_sha256=attachment_sha256, prev_hash=prev_hash, member=member_id, activity=activity_id,
        row_hash=cb.chain_hash(prev_hash, fields))


def _existing(uid: str) -> list[EntryView] | None:
    row = Entry.get_or_none(Entry.uid == uid)
    if row is None:
        return None
    return [_entry_view(r, Currency[r.account.currency])
            for r in Entry.select(Entry, Account).join(Account)
            .where(Entry.group_uid == row.group_uid).order_by(Entry.id)]


def record_entry(cbo: Cbo, actor: Actor, draft: cb.EntryDraft, *, today: date | None = None) -> EntryView:
    """Record a receipt or a payment. A draft whose uid was saved before is not saved twice."""
    actor.require("cashbook.record")
    today = today or date.today()
    uid = draft.uid or new_uid()
    with cbo.atomic(exclusive=True):
        existing = _existing(uid)
        if existing is not None:
            return existing[0]
        account = Account.get_or_none(Account.id == draft.account_id)
        problems = _check_entry(draft, account, today)
        if problems:
            raise InvalidInput(problems)
        assert account is not None
        currency = Currency[account.currency]
        needs_approval = draft.kind == "payment" and draft.amount > approval_limit(cbo, currency)
        fiscal_year = cb.fiscal_year_of(draft.date, _fiscal_start())
        number = _next_number(cb.SERIES[draft.kind], fiscal_year)
        sign = 1 if draft.kind == "receipt" else -1
        attachment_sha = hashlib.sha256(draft.attachment).hexdigest() if draft.attachment else ""
        party = draft.party.strip() or _member_name(draft.member_id)
        row = _insert_leg(
            _chain_head(), uid=uid, group_uid=uid, kind=draft.kind, number=number,
            fiscal_year=fiscal_year, day=draft.date, account=account,
            amount_minor=sign * draft.amount.to_minor(), category_id=draft.category_id,
            fund_id=draft.fund_id, party=party, description=draft.description.strip(),
            needs_approval=needs_approval, entered_by=actor.full_name, entered_at=_now(),
            attachment_sha256=attachment_sha, member_id=draft.member_id, activity_id=draft.activity_id)
        if draft.attachment:
            Attachment.create(entry=row.id, media_type=draft.attachment_type, data=draft.attachment)
        after = {"date": draft.date, "account": account.name, "amount": str(draft.amount),
                 "party": row.party, "description": row.description}
        if draft.member_id is not None:
            after["member"] = draft.member_id
        if draft.activity_id is not None:
            after["activity"] = draft.activity_id
        record_change(actor, f"entry.{draft.kind}", "cashbook", number, None, after)
        return _entry_view(row, currency)


def _member_name(member_id: int | None) -> str:
    """The payer or payee written for a member chosen without a name typed: as the register has it."""
    if member_id is None:
        return ""
    found = Member.select(Member.name_km, Member.name_latin).where(Member.id == member_id).tuples().first()
    return (found[0] or found[1]) if found else ""


def _check_entry(draft: cb.EntryDraft, account: Account | None, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if draft.kind not in ("receipt", "payment"):
        problems.append(Problem("kind", N_("errors", "Choose receipt or payment.")))
    if account is None:
        return problems + [Problem("account", N_("errors", "Choose the account the money went into or out of."))]
    facts = _facts(account)
    problems += cb.check_entry_date(draft.date, facts, today)
    if draft.amount.currency is not facts.currency:
        problems.append(Problem("amount", N_("errors", "The amount must be in the account's currency ({currency})."),
                                {"currency": facts.currency.code}))
    problems += cb.check_amount(draft.amount)
    category = Category.get_or_none(Category.id == draft.category_id) if draft.category_id else None
    wanted = "income" if draft.kind == "receipt" else "expense"
    if category is None:
        problems.append(Problem("category", N_("errors", "Choose a category.")))
    elif category.retired:
        problems.append(Problem("category", N_("errors", "This category is no longer used; choose another.")))
    elif category.kind != wanted:
        problems.append(Problem("category", N_(
            "errors", "Choose an income category for a receipt and an expense category for a payment.")))
    if draft.fund_id is not None and Fund.get_or_none(Fund.id == draft.fund_id) is None:
        problems.append(Problem("fund", N_("errors", "Choose a fund from the list.")))
    if draft.kind == "payment" and not problems:
        problems += _cash_shortfall(account, draft.amount.to_minor())
    member_found = draft.member_id is not None and Member.get_or_none(Member.id == draft.member_id) is not None
    if draft.member_id is not None and not member_found:
        problems.append(Problem("member", N_("errors", "Choose the member from the list.")))
    if draft.activity_id is not None:
        problems += _activity_problems(draft.activity_id)
    if draft.kind == "payment" and not draft.party.strip() and not member_found:
        problems.append(Problem("party", N_("errors", "Write who was paid: every payment needs a payee.")))
    return problems


def _activity_problems(activity_id: int) -> list[Problem]:
    """An entry can be linked to an activity of a plan that is not cancelled."""
    status = Activity.select(Activity.status).where(Activity.id == activity_id).scalar()
    if status is None:
        return [Problem("activity", N_("errors", "Choose the activity from the list."))]
    if status == "cancelled":
        return [Problem("activity", N_("errors", "This activity was cancelled; money can no longer be "
                                                 "recorded for it. Choose another activity, or none."))]
    return []


def record_transfer(cbo: Cbo, actor: Actor, draft: cb.TransferDraft, *,
                    today: date | None = None) -> list[EntryView]:
    """Move money between two accounts, or exchange riel and dollars (with the rate used)."""
    actor.require("cashbook.record")
    today = today or date.today()
    uid = draft.uid or new_uid()
    out_uid = str(uuid.uuid5(LEG_NAMESPACE, uid + "/out"))
    in_uid = str(uuid.uuid5(LEG_NAMESPACE, uid + "/in"))
    with cbo.atomic(exclusive=True):
        existing = _existing(out_uid)
        if existing is not None:
            return existing
        source = Account.get_or_none(Account.id == draft.from_account_id)
        target = Account.get_or_none(Account.id == draft.to_account_id)
        problems = _check_transfer(draft, source, target, today)
        if problems:
            raise InvalidInput(problems)
        assert source is not None and target is not None
        exchange = source.currency != target.currency
        kind = "exchange" if exchange else "transfer"
        fiscal_year = cb.fiscal_year_of(draft.date, _fiscal_start())
        number = _next_number(cb.SERIES[kind], fiscal_year)
        now = _now()
        rate = str(draft.rate) if exchange and draft.rate is not None else ""
        common: dict[str, Any] = dict(group_uid=uid, kind=kind, number=number, fiscal_year=fiscal_year,
                                      day=draft.date, description=draft.description.strip(), rate=rate,
                                      entered_by=actor.full_name, entered_at=now)
        out_leg = _insert_leg(_chain_head(), uid=out_uid, account=source,
                              amount_minor=-draft.amount.to_minor(), party=target.name, **common)
        in_leg = _insert_leg(out_leg.row_hash, uid=in_uid, account=target,
                             amount_minor=draft.received.to_minor(), party=source.name, **common)
        record_change(actor, f"entry.{kind}", "cashbook", number, None,
                      {"date": draft.date, "from": source.name, "to": target.name,
                       "amount": str(draft.amount), "received": str(draft.received), "rate": rate})
        return [_entry_view(out_leg, Currency[source.currency]), _entry_view(in_leg, Currency[target.currency])]


def _check_transfer(draft: cb.TransferDraft, source: Account | None, target: Account | None,
                    today: date) -> list[Problem]:
    problems: list[Problem] = []
    if source is None:
        problems.append(Problem("from_account", N_("errors", "Choose the account the money leaves.")))
    if target is None:
        problems.append(Problem("to_account", N_("errors", "Choose the account the money goes to.")))
    if source is None or target is None:
        return problems
    if source.id == target.id:
        return [Problem("to_account", N_("errors", "Choose two different accounts."))]
    problems += cb.check_entry_date(draft.date, _facts(source), today)
    problems += [p for p in cb.check_entry_date(draft.date, _facts(target), today, "date")
                 if p not in problems]
    if draft.amount.currency.code != source.currency:
        problems.append(Problem("amount", N_("errors", "The amount must be in the account's currency ({currency})."),
                                {"currency": source.currency}))
    if draft.received.currency.code != target.currency:
        problems.append(Problem("received", N_("errors", "The amount received must be in the currency of the "
                                                  "account it goes to ({currency})."),
                                {"currency": target.currency}))
    problems += cb.check_amount(draft.amount)
    problems += cb.check_amount(draft.received, "received")
    if source.currency == target.currency and draft.amount.to_minor() != draft.received.to_minor():
        problems.append(Problem("received", N_("errors", "A transfer between accounts of one currency moves "
                                                  "the same amount out and in.")))
    if source.currency != target.currency and (draft.rate is None or draft.rate <= 0):
        problems.append(Problem("rate", N_("errors", "Give the exchange rate used (riel for one dollar).")))
    if not problems:
        problems += _cash_shortfall(source, draft.amount.to_minor())
    return problems


def reverse_entry(cbo: Cbo, actor: Actor, entry_id: int, reason: str, *,
                  day: date | None = None, uid: str = "") -> list[EntryView]:
    """Correct a mistake: record the opposite of an entry (every leg of it), with the reason."""
    actor.require("cashbook.record")
    day = day or date.today()
    reason = reason.strip()
    uid = uid or new_uid()
    with cbo.atomic(exclusive=True):
        first_uid = str(uuid.uuid5(LEG_NAMESPACE, uid + "/0"))
        existing = _existing(first_uid)
        if existing is not None:
            return existing
        original = Entry.get_or_none(Entry.id == entry_id)
        if original is None:
            raise UserError(N_("errors", "This entry does not exist."))
        legs = list(Entry.select().where(Entry.group_uid == original.group_uid).order_by(Entry.id))
        problems = []
        if not reason:
            problems.append(Problem("reason", N_("errors", "Write why this entry is reversed; members and "
                                                    "auditors will read it.")))
        if original.kind == "reversal":
            problems.append(Problem("entry", N_("errors", "A reversal cannot be reversed. Record the money "
                                                   "again as a new entry instead.")))
        if Entry.select().where(Entry.reverses.in_([leg.id for leg in legs])).exists():
            problems.append(Problem("entry", N_("errors", "This entry was reversed already.")))
        if day < original.date:
            problems.append(Problem("date", N_("errors", "A reversal cannot be dated before the entry "
                                                         "it corrects.")))
        for leg in legs:
            problems += [p for p in cb.check_entry_date(day, _facts(leg.account), day)
                         if p not in problems]
            if leg.amount_minor > 0 and not problems:  # taking money back out of the account
                problems += _cash_shortfall(leg.account, leg.amount_minor, "entry")
        if problems:
            raise InvalidInput(problems)
        fiscal_year = cb.fiscal_year_of(day, _fiscal_start())
        number = _next_number(cb.SERIES["reversal"], fiscal_year)
        now = _now()
        head = _chain_head()
        made = []
        for index, leg in enumerate(legs):
            row = _insert_leg(
                head, uid=str(uuid.uuid5(LEG_NAMESPACE, f"{uid}/{index}")), group_uid=uid,
                kind="reversal", number=number, fiscal_year=fiscal_year, day=day, account=leg.account,
                amount_minor=-leg.amount_minor, category_id=leg.category_id, fund_id=leg.fund_id,
                party=leg.party, description=leg.description, rate=leg.rate, reverses=leg,
                reason=reason, entered_by=actor.full_name, entered_at=now, member_id=leg.member_id,
                activity_id=leg.activity_id)
            head = row.row_hash
            made.append(_entry_view(row, Currency[leg.account.currency]))
        record_change(actor, "entry.reverse", "cashbook", number, None,
                      {"reverses": original.number, "reason": reason, "date": day})
        return made


# --- tamper evidence ---------------------------------------------------------


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    problem: str = ""  # English, for the log and the command line
    entry_number: str = ""
    entry_id: int | None = None


def verify_book(cbo: Cbo) -> VerifyResult:
    """Recompute the chain of the whole book; name the first entry that does not fit."""
    prev = cb.GENESIS
    count = 0
    with cbo.reading():
        currencies: dict[int, str] = _pairs(Account.select(Account.id, Account.currency))
        uids: dict[int, str] = _pairs(Entry.select(Entry.id, Entry.uid))
        columns = (Entry.id, Entry.uid, Entry.group_uid, Entry.kind, Entry.number, Entry.date,
                   Entry.account, Entry.amount_minor, Entry.category, Entry.fund, Entry.party,
                   Entry.description, Entry.rate, Entry.reverses, Entry.reason, Entry.needs_approval,
                   Entry.entered_by, Entry.entered_at, Entry.attachment_sha256, Entry.fiscal_year,
                   Entry.member, Entry.activity, Entry.prev_hash, Entry.row_hash)
        # Plain tuples, not model instances: about ten times faster on a large book.
        for (entry_id, uid, group_uid, kind, number, day, account_id, amount_minor, category_id,
             fund_id, party, description, rate, reverses_id, reason, needs_approval, entered_by,
             entered_at, attachment_sha256, fiscal_year, member_id, activity_id, prev_hash, row_hash) in (
                Entry.select(*columns).order_by(Entry.id).tuples().iterator()):
            count += 1
            if prev_hash != prev:
                return VerifyResult(False, count, "an entry before it was removed, added or changed",
                                    number, entry_id)
            fields = cb.ChainedFields(
                uid=uid, group_uid=group_uid, kind=kind, number=number, date=_as_date(day),
                account_id=account_id, amount_minor=amount_minor,
                currency=currencies.get(account_id, "?"), category_id=category_id, fund_id=fund_id,
                party=party, description=description, rate=rate,
                reverses_uid=uids.get(reverses_id, "") if reverses_id else "", reason=reason,
                needs_approval=bool(needs_approval), entered_by=entered_by,
                entered_at=_as_datetime(entered_at), attachment_sha256=attachment_sha256,
                fiscal_year=fiscal_year, member_id=member_id, activity_id=activity_id)
            if cb.chain_hash(prev, fields) != row_hash:
                return VerifyResult(False, count, "its content was changed", number, entry_id)
            prev = row_hash
        broken = _incomplete_group()
        if broken is not None:
            return VerifyResult(False, count, "a line of this entry is missing", broken)
        attachments = Attachment.select(Attachment.entry, Attachment.data).tuples().iterator()
        expected: dict[int, str] = _pairs(Entry.select(Entry.id, Entry.attachment_sha256)
                                          .where(Entry.attachment_sha256 != ""))
        for entry_id, data in attachments:
            if hashlib.sha256(bytes(data)).hexdigest() != expected.pop(entry_id, None):
                number = Entry.get_by_id(entry_id).number
                return VerifyResult(False, count, "its attached receipt was changed", number, entry_id)
        if expected:
            entry_id = next(iter(expected))
            return VerifyResult(False, count, "its attached receipt was removed",
                                Entry.get_by_id(entry_id).number, entry_id)
        gap = _number_gap()
        if gap is not None:
            return VerifyResult(False, count, gap[1], gap[0])
    return VerifyResult(True, count)


def _incomplete_group() -> str | None:
    """The number of a transfer or exchange without both its lines, or of a reversal that
    does not reverse every line of its entry."""
    legs = (Entry.select(Entry.number, Entry.kind, pw.fn.COUNT(Entry.id))
            .where(Entry.kind.in_(["transfer", "exchange"]))
            .group_by(Entry.group_uid, Entry.number, Entry.kind)
            .having(pw.fn.COUNT(Entry.id) != 2).tuples().first())
    if legs is not None:
        return str(legs[0])
    Original = Entry.alias()
    reversal = (Entry.select(Entry.number, pw.fn.COUNT(Entry.id),
                             pw.fn.MIN(Original.group_uid), pw.fn.MAX(Original.group_uid))
                .join(Original, on=(Entry.reverses == Original.id))
                .where(Entry.kind == "reversal").group_by(Entry.group_uid, Entry.number).tuples())
    for number, lines, first_group, last_group in reversal.iterator():
        if first_group != last_group:
            return str(number)
        whole = Entry.select().where(Entry.group_uid == first_group).count()
        if whole != lines:
            return str(number)
    return None


def _number_gap() -> tuple[str, str] | None:
    """The first number given out but missing from the book, or found but never given out.

    The chain alone cannot see the newest entries removed; the counters can.
    """
    seen: dict[tuple[str, int], set[int]] = {}
    for (number,) in Entry.select(Entry.number).distinct().tuples().iterator():
        series, year, serial = number.split("-")
        seen.setdefault((series, int(year)), set()).add(int(serial))
    counters = {(c.series, c.year): c.last for c in NumberCounter.select()}
    for (series, year), last in sorted(counters.items()):
        numbers = seen.pop((series, year), set())
        missing = sorted(set(range(1, last + 1)) - numbers)
        if missing:
            return f"{series}-{year}-{missing[0]:04d}", "this number was given out but its entry is gone"
        extra = sorted(n for n in numbers if n > last)
        if extra:
            return f"{series}-{year}-{extra[0]:04d}", "this number was never given out by the app"
    for (series, year), numbers in sorted(seen.items()):
        return f"{series}-{year}-{min(numbers):04d}", "this number was never given out by the app"
    return None
