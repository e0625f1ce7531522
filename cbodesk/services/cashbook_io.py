"""The cash book in and out: past entries from Excel, the book as an hledger journal.

*Import.* A CBO that starts using CBO Desk mid-year has its past months on
paper or in a spreadsheet. :func:`write_import_template` writes an Excel
workbook to fill in (entries, opening balances, the CBO's lists, a "Read me"
in plain words); :func:`import_entries` reads it back. Every row is checked
first and every problem is reported at once with its sheet, row and column
(STYLE.md §2); if there is any, nothing is recorded. Otherwise the accounts
are set up and every entry is recorded through
:func:`cbodesk.services.cashbook.record_entry`, all in one transaction, so the
core's own rules (closed months, dates in the future, the cash in the box)
apply to imported entries exactly as to typed ones. Each row's entry uid comes
from the file's SHA-256 and the row number: importing the same file again
records nothing twice.

*Export.* :func:`write_hledger_journal` writes the book as a plain-text
journal that hledger and ledger read, so an auditor or a supporting NGO can
check the book with tools that do not depend on CBO Desk.

*Verify.* :func:`check_book` adds SQLite's own integrity check to the hash
chain check of :func:`cbodesk.services.cashbook.verify_book`.

openpyxl is imported inside the functions that need it: it costs start-up
time (NOTES.md).
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any, cast

from cbodesk import __version__
from cbodesk.domain import cashbook as cb
from cbodesk.domain.errors import InvalidInput, UserError
from cbodesk.domain.formatting import (
    DateError,
    LocaleSettings,
    format_date,
    format_money,
)
from cbodesk.domain.money import AmountError, Currency, Money, parse_amount
from cbodesk.domain.roles import Actor
from cbodesk.files import written_atomically
from cbodesk.i18n import N_
from cbodesk.services import cashbook
from cbodesk.services.audit import record_change
from cbodesk.services.excel_io import (
    FORMULA_WITHOUT_VALUE,
    HEAD,
    MISSING_COLUMN,
    NO_FILE,
    NOT_EXCEL,
    TWICE_COLUMN,
    UNKNOWN_COLUMN,
    CellProblem,
    ImportProblem,
    ImportProblems,
    Problems,
    Sheet,
    SheetData,
    add_drop_down,
    cell_date,
    column_letter,
    find_sheet,
    is_empty,
    load_workbook,
    plain_key,
    read_sheet,
    write_headers,
    write_lists,
    write_read_me,
)
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Account, Category, Entry, Fund, MonthClosing, Profile

__all__ = [
    # The messages every Excel import shares (services/excel_io.py), importable from here too.
    "HEAD",
    "MISSING_COLUMN",
    "NOT_EXCEL",
    "NO_FILE",
    "TWICE_COLUMN",
    "UNKNOWN_COLUMN",
    "BookCheck",
    "ImportProblem",
    "ImportProblems",
    "ImportResult",
    "JournalWritten",
    "check_book",
    "hledger_account_name",
    "import_entries",
    "write_hledger_journal",
    "write_import_template",
]

# Imported entries get uuid5(IMPORT_NAMESPACE, "<sha256 of the file>/<sheet>/<row>").
IMPORT_NAMESPACE = uuid.UUID("0b9e6a52-3f0c-4d39-93a4-5c1f8e2d7a61")

ENGLISH = LocaleSettings("en")


# =============================================================================
# Verify: the file and the chain
# =============================================================================


@dataclass(frozen=True)
class BookCheck:
    """What `cbodesk verify` reports."""

    file_problems: tuple[str, ...]  # SQLite's integrity_check, empty when all is well
    book: cashbook.VerifyResult
    fingerprint: str

    @property
    def ok(self) -> bool:
        return not self.file_problems and self.book.ok


def check_book(cbo: Cbo) -> BookCheck:
    """SQLite's integrity check (not on PostgreSQL, which has no such thing), then the hash chain."""
    file_problems: list[str] = []
    if not cbo.is_postgres:
        with cbo.reading():
            rows = [str(row[0]) for row in cbo.db.execute_sql("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            file_problems = rows[:20]
    result = cashbook.verify_book(cbo)
    return BookCheck(tuple(file_problems), result, cashbook.book_fingerprint(cbo))


# =============================================================================
# Export: an hledger / ledger journal
# =============================================================================

# hledger ends an account name at two spaces or a tab and splits it at ':';
# ledger also reads ';' as the start of a comment. Names are otherwise free
# (Khmer, en dashes, parentheses).
_KIND_ACCOUNT_PART = {"cash": "cash box", "bank": "bank", "mobile": "mobile money"}


def _clean_part(text: str) -> str:
    text = text.replace(":", "-").replace(";", ",")
    return " ".join(text.split())


def hledger_account_name(kind: str, name: str) -> str:
    """``assets:cash box:Cash – riel``: the journal's name for one of the CBO's accounts."""
    return f"assets:{_KIND_ACCOUNT_PART.get(kind, _clean_part(kind) or 'other')}:{_clean_part(name) or '?'}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _payee(text: str) -> str:
    # ';' would start a comment; hledger reads "a | b" as payee a, note b.
    return _one_line(text).replace(";", ",").replace("|", "/")


def _unique_names(names: dict[int, str]) -> dict[int, str]:
    """Give two different things that clean up to the same name distinct names (by id)."""
    seen: dict[str, int] = {}
    for name in names.values():
        seen[name.casefold()] = seen.get(name.casefold(), 0) + 1
    return {key: (f"{name} #{key}" if seen[name.casefold()] > 1 else name) for key, name in names.items()}


def _amount(minor: int, currency: Currency) -> str:
    value = Money.from_minor(minor, currency).amount
    return f"{value:f} {currency.code}"


@dataclass(frozen=True)
class JournalWritten:
    path: Path
    transactions: int  # opening balances included
    entries: int  # lines of the cash book
    fingerprint: str


@dataclass
class _Leg:
    id: int
    group_uid: str
    kind: str
    number: str
    day: date
    account_id: int
    amount_minor: int
    category_id: int | None
    fund_id: int | None
    party: str
    description: str
    rate: str
    reverses_id: int | None
    reason: str


def write_hledger_journal(cbo: Cbo, path: str | os.PathLike[str]) -> JournalWritten:
    """Write the whole book to *path* as an hledger journal (ledger reads it too).

    Accounts are ``assets:<kind>:<name>``; each opening balance is one
    transaction against ``equity:opening``; receipts and payments are
    transactions against ``income:<category>`` / ``expenses:<category>``
    (English names); a transfer or an exchange is one transaction with both
    legs, the exchange priced with ``@@`` (the total received) so it
    balances; a reversal reverses the original's postings. The entry number is
    the transaction code, the payer or payee the description, the entry's
    description a comment. The file is replaced only once it is complete.
    """
    target = Path(path)
    with written_atomically(target) as temp, open(temp, "w", encoding="utf-8", newline="\n") as out:
        transactions, entries, fingerprint = _write_journal(cbo, out)
    return JournalWritten(target, transactions, entries, fingerprint)


def _write_journal(cbo: Cbo, out: IO[str]) -> tuple[int, int, str]:
    with cbo.reading():
        # The book up to its newest entry now: entries someone records while
        # this runs are left out, so the fingerprint names exactly what is written.
        newest = (Entry.select(Entry.id, Entry.row_hash).order_by(Entry.id.desc()).limit(1)
                  .tuples().first())
        last_id, last_hash = newest if newest else (0, cb.GENESIS)
        fingerprint = cb.fingerprint(last_hash)
        profile = Profile.get_or_none(Profile.id == 1)
        cbo_name = (profile.name_en or profile.name_km) if profile else ""
        accounts = list(Account.select().order_by(Account.id))
        currency = {a.id: Currency[a.currency] for a in accounts}
        account_name = _unique_names({a.id: hledger_account_name(a.kind, a.name) for a in accounts})
        categories = list(Category.select().order_by(Category.id))
        category_name = _unique_names({
            c.id: ("income:" if c.kind == "income" else "expenses:")
            + (_clean_part(c.name_en) or _clean_part(c.name_km) or f"category {c.id}")
            for c in categories})
        fund_name = {f.id: _one_line(f.name).replace(",", " ") for f in Fund.select()}
        entry_count = Entry.select().where(Entry.id <= last_id).count()
        reversed_numbers: dict[int, str] = dict(cast(Any, (
            Entry.select(Entry.id, Entry.number)
            .where(Entry.id.in_(Entry.select(Entry.reverses).where(Entry.reverses.is_null(False))))
            .tuples())))

        out.write(f"; Cash book of {_one_line(cbo_name) or 'a CBO'}, written by CBO Desk {__version__}\n")
        out.write(f"; on {datetime.now().replace(microsecond=0).isoformat(sep=' ')}: {entry_count} "
                  f"entries, book fingerprint {fingerprint}.\n")
        out.write("; Read with: hledger -f THIS-FILE balance   (or ledger -f THIS-FILE balance)\n\n")
        for a in accounts:
            closed = f"  ; closed on {a.closed_on.isoformat()}" if a.closed_on else ""
            out.write(f"account {account_name[a.id]}{closed}\n")
        out.write("account equity:opening\n")
        for c in categories:
            out.write(f"account {category_name[c.id]}\n")
        out.write("\n")

        transactions = 0
        for a in accounts:
            amount = _amount(a.opening_minor, currency[a.id])
            negated = _amount(-a.opening_minor, currency[a.id])
            _write_transaction(out, a.opening_date, "", "Opening balance", [a.name], [
                (account_name[a.id], amount), ("equity:opening", negated)])
            transactions += 1

        query = (Entry.select(Entry.id, Entry.group_uid, Entry.kind, Entry.number, Entry.date,
                              Entry.account, Entry.amount_minor, Entry.category, Entry.fund,
                              Entry.party, Entry.description, Entry.rate, Entry.reverses,
                              Entry.reason)
                 .where(Entry.id <= last_id).order_by(Entry.id).tuples())
        for group in _groups(_Leg(*row) for row in query.iterator()):
            _write_group(out, group, currency, account_name, category_name, fund_name,
                         reversed_numbers)
            transactions += 1
    return transactions, entry_count, fingerprint


def _groups(legs: Iterable[_Leg]) -> Iterator[list[_Leg]]:
    # The legs of one group are saved together in one exclusive transaction,
    # so they follow each other in id order.
    group: list[_Leg] = []
    for leg in legs:
        if group and leg.group_uid != group[0].group_uid:
            yield group
            group = []
        group.append(leg)
    if group:
        yield group


def _write_group(out: IO[str], legs: list[_Leg], currency: dict[int, Currency],
                 account_name: dict[int, str], category_name: dict[int, str],
                 fund_name: dict[int, str], reversed_numbers: dict[int, str]) -> None:
    first = legs[0]
    comments: list[str] = []
    if first.kind == "reversal":
        originals = sorted({reversed_numbers.get(leg.reverses_id, "?") for leg in legs if leg.reverses_id})
        comments.append(f"reverses {', '.join(originals)}: {_one_line(first.reason)}")
    if first.description.strip():
        comments.append(_one_line(first.description))
    if first.rate:
        comments.append(f"rate {first.rate} riel per dollar")
    if first.fund_id is not None and first.fund_id in fund_name:
        comments.append(f"fund: {fund_name[first.fund_id]}")

    postings: list[tuple[str, str]] = []
    if len(legs) == 1:
        leg = first
        cur = currency[leg.account_id]
        postings.append((account_name[leg.account_id], _amount(leg.amount_minor, cur)))
        if leg.category_id is not None and leg.category_id in category_name:
            counter = category_name[leg.category_id]
        else:
            counter = "income:uncategorised" if leg.amount_minor > 0 else "expenses:uncategorised"
        postings.append((counter, _amount(-leg.amount_minor, cur)))
        payee = leg.party
    else:
        currencies = [currency[leg.account_id] for leg in legs]
        for index, leg in enumerate(legs):
            text = _amount(leg.amount_minor, currencies[index])
            if index == 0 and len(set(currencies)) > 1:
                # An exchange: the total the other leg received, so the transaction balances.
                other = legs[1]
                text += f" @@ {_amount(abs(other.amount_minor), currencies[1])}"
            postings.append((account_name[leg.account_id], text))
        if first.kind == "reversal":
            payee = "Reversal"
        else:
            payee = "Currency exchange" if len(set(currencies)) > 1 else "Transfer"
    _write_transaction(out, first.day, first.number, payee, comments, postings)


def _write_transaction(out: IO[str], day: date, code: str, payee: str, comments: list[str],
                       postings: list[tuple[str, str]]) -> None:
    head = day.isoformat()
    if code:
        head += f" ({code})"
    if payee.strip():
        head += f" {_payee(payee)}"
    if comments:
        head += f"  ; {comments[0]}"
    out.write(head + "\n")
    for comment in comments[1:]:
        out.write(f"    ; {comment}\n")
    width = max(len(name) for name, _ in postings) + 4
    for name, amount in postings:
        out.write(f"    {name:<{width}}{amount:>16}\n")
    out.write("\n")


# =============================================================================
# Import: the workbook's layout, in English and Khmer
# =============================================================================


@dataclass(frozen=True)
class _Column:
    key: str
    en: str
    km: str
    required: bool
    width: int = 16
    aliases: tuple[str, ...] = ()


ENTRIES = Sheet("entries", "Entries", "ចំណូលចំណាយ")
OPENINGS = Sheet("openings", "Opening balances", "សមតុល្យដើមគ្រា")
LISTS = Sheet("lists", "Lists", "បញ្ជី")
READ_ME = Sheet("readme", "Read me", "សូមអាន")

ENTRY_COLUMNS: tuple[_Column, ...] = (
    _Column("date", "Date", "កាលបរិច្ឆេទ", True, 13, ("day",)),
    _Column("kind", "Kind", "ប្រភេទ", True, 11, ("type", "receipt/payment")),
    _Column("account", "Account", "គណនី", True, 20),
    _Column("amount", "Amount", "ចំនួនទឹកប្រាក់", True, 14),
    _Column("currency", "Currency", "រូបិយប័ណ្ណ", False, 10),
    _Column("category", "Category", "ចំណាត់ថ្នាក់", True, 26),
    _Column("party", "Payer/payee", "អ្នកបង់ ឬអ្នកទទួល", False, 22,
            ("payer", "payee", "party", "payer or payee", "payer/payee")),
    _Column("fund", "Fund", "មូលនិធិ", False, 18, ("donor", "fund/donor")),
    _Column("description", "Description", "ការពិពណ៌នា", False, 40, ("details", "note")),
)

OPENING_COLUMNS: tuple[_Column, ...] = (
    _Column("account", "Account", "គណនី", True, 24),
    _Column("kind", "Kind", "ប្រភេទគណនី", True, 16, ("type", "ប្រភេទ")),
    _Column("currency", "Currency", "រូបិយប័ណ្ណ", True, 10),
    _Column("opening_date", "Opening date", "កាលបរិច្ឆេទចាប់ផ្ដើម", True, 14, ("date",)),
    _Column("opening", "Opening balance", "សមតុល្យដើមគ្រា", True, 18, ("balance", "amount")),
)

# What a person may write for the kind of an entry, an account and a currency.
ENTRY_KIND_WORDS: dict[str, str] = {
    "receipt": "receipt", "payment": "payment", "in": "receipt", "out": "payment",
    "money in": "receipt", "money out": "payment", "income": "receipt", "expense": "payment",
    "r": "receipt", "p": "payment",
    "ចំណូល": "receipt", "ប្រាក់ចូល": "receipt", "ចំណាយ": "payment", "ប្រាក់ចេញ": "payment",
}
ENTRY_KIND_LABELS = {"en": {"receipt": "receipt", "payment": "payment"},
                     "km": {"receipt": "ចំណូល", "payment": "ចំណាយ"}}

ACCOUNT_KIND_WORDS: dict[str, str] = {
    "cash": "cash", "cash box": "cash", "cashbox": "cash", "bank": "bank", "bank account": "bank",
    "mobile": "mobile", "mobile money": "mobile", "wallet": "mobile",
    "ប្រអប់សាច់ប្រាក់": "cash", "សាច់ប្រាក់": "cash", "ធនាគារ": "bank", "គណនីធនាគារ": "bank",
    "ប្រាក់តាមទូរស័ព្ទ": "mobile",
}
ACCOUNT_KIND_LABELS = {"en": {"cash": "cash box", "bank": "bank", "mobile": "mobile money"},
                       "km": {"cash": "ប្រអប់សាច់ប្រាក់", "bank": "ធនាគារ", "mobile": "ប្រាក់តាមទូរស័ព្ទ"}}

CURRENCY_WORDS: dict[str, Currency] = {
    "khr": Currency.KHR, "riel": Currency.KHR, "riels": Currency.KHR, "៛": Currency.KHR,
    "រៀល": Currency.KHR,
    "usd": Currency.USD, "$": Currency.USD, "us$": Currency.USD, "dollar": Currency.USD,
    "dollars": Currency.USD, "ដុល្លារ": Currency.USD,
}


_key = plain_key


# =============================================================================
# Import: problems and results
# =============================================================================

# The messages of an import (those every import gives are in excel_io); each is marked for the
# translators where it is written.
NO_SHEETS = N_("errors", "This workbook has no sheet “Entries” and no sheet “Opening balances”. Start "
                         "from the CBO Desk import template, copy your rows into it, and import that.")
EMPTY_KIND = N_("errors", "Write receipt (money came in) or payment (money went out).")
BAD_KIND = N_("errors", "“{text}” is not a kind of entry. Write receipt (money came in) or payment "
                        "(money went out).")
EMPTY_ACCOUNT = N_("errors", "Write the account the money went into or out of.")
UNKNOWN_ACCOUNT = N_("errors", "There is no account named “{text}”. Use a name from the sheet “Lists”, "
                               "or add the account on the sheet “Opening balances”.")
BAD_CURRENCY = N_("errors", "“{text}” is not a currency of the cash book. Write KHR (riel) or USD (dollars).")
CURRENCY_MISMATCH = N_("errors", "The account “{account}” holds {account_currency}, but this row is in "
                                 "{currency}. Record dollars in a dollar account and riel in a riel account.")
NEGATIVE_AMOUNT = N_("errors", "Write the amount without a minus sign: the kind (receipt or payment) says "
                               "whether money came in or went out.")
NOT_A_NUMBER_CELL = N_("errors", "This cell does not hold an amount. Write a number, for example {example}.")
UNKNOWN_CATEGORY = N_("errors", "There is no category named “{text}”. Use a category from the sheet “Lists”.")
WRONG_KIND_CATEGORY = N_("errors", "“{text}” is an {category_kind} category. Choose an income category "
                                   "for a receipt and an expense category for a payment.")
UNKNOWN_FUND = N_("errors", "There is no fund named “{text}”. Use a fund from the sheet “Lists”, or leave "
                            "the cell empty.")
# The core's own wording (services/cashbook.py), checked here too so that a row shows all its problems.
NO_CATEGORY = N_("errors", "Choose a category.")
RETIRED_CATEGORY = N_("errors", "This category is no longer used; choose another.")
NEEDS_PAYEE = N_("errors", "Write who was paid: every payment needs a payee.")
EMPTY_ACCOUNT_NAME = N_("errors", "Write the name of the account, for example “Cash – riel”.")
ACCOUNT_TWICE = N_("errors", "The account “{text}” is on this sheet twice (also in row {other_row}). Keep "
                             "one row per account.")
BAD_ACCOUNT_KIND = N_("errors", "“{text}” is not a kind of account. Write cash box, bank or mobile money.")
EMPTY_ACCOUNT_KIND = N_("errors", "Write the kind of account: cash box, bank or mobile money.")
EMPTY_CURRENCY = N_("errors", "Write the account's currency: KHR (riel) or USD (dollars).")
EMPTY_OPENING_DATE = N_("errors", "Write the date of the opening balance: the day the book starts from.")
NEGATIVE_OPENING = N_("errors", "The opening balance cannot be less than zero.")
KIND_DIFFERS = N_("errors", "The account “{account}” exists already as a {existing}. Write {existing}, or "
                            "give the new account another name.")
CURRENCY_DIFFERS = N_("errors", "The account “{account}” exists already and holds {existing}. Write "
                                "{existing}, or give the new account another name.")
OPENING_FIXED = N_("errors", "The account “{account}” has entries or closed months already, so its opening "
                             "balance stays {amount} on {day}. Write that, or leave this row out.")


@dataclass(frozen=True)
class ImportResult:
    recorded: int  # entries recorded now
    already_imported: int  # rows an earlier import of this same file recorded
    accounts_created: tuple[str, ...]
    openings_set: tuple[str, ...]  # existing accounts (without entries) that got their opening balance
    needing_approval: int  # recorded payments above the financial policy's limit
    sha256: str


# =============================================================================
# Import: cells
# =============================================================================


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def _money(value: Any, currency: Currency) -> Money:
    """An amount from a cell: a number Excel stored, or text as a treasurer types it."""
    example = "12,500" if currency is Currency.KHR else "12.50"
    if isinstance(value, (bool, datetime, date)):
        raise CellProblem(NOT_A_NUMBER_CELL, example=example)
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, float):
        # Excel keeps numbers as binary floats; the shortest text that reads
        # back as the same float is what the person typed (12.5, not 12.4999…).
        try:
            number = Decimal(repr(value))
        except InvalidOperation:
            raise CellProblem(NOT_A_NUMBER_CELL, example=example) from None
        if not number.is_finite():
            raise CellProblem(NOT_A_NUMBER_CELL, example=example)
        whole = number == number.to_integral_value()
        text = str(int(number)) if whole else format(number.normalize(), "f")
    else:
        text = str(value)
        if text.strip().startswith("="):
            raise CellProblem(FORMULA_WITHOUT_VALUE)
    try:
        return parse_amount(text, currency)
    except AmountError as exc:
        raise CellProblem(exc.message, **exc.params) from None


def _currency(value: Any) -> Currency:
    text = _text(value)
    found = CURRENCY_WORDS.get(_key(text))
    if found is None:
        raise CellProblem(BAD_CURRENCY, text=text)
    return found


# =============================================================================
# Import: checking and recording
# =============================================================================


@dataclass
class _Opening:
    row: int
    name: str
    kind: str
    currency: Currency
    opening: Money
    opening_date: date
    existing: cashbook.AccountView | None


@dataclass(frozen=True)
class _KnownAccount:
    name: str
    currency: Currency
    id: int  # negative: to be created from the opening sheet


@dataclass
class _EntryRow:
    row: int
    uid: str
    draft: cb.EntryDraft


# The core's field names, for placing its problems in the sheet's columns.
_FIELD_COLUMN = {"date": "date", "kind": "kind", "account": "account", "amount": "amount",
                 "category": "category", "party": "party", "fund": "fund",
                 "description": "description"}


def import_entries(cbo: Cbo, actor: Actor, path: str | os.PathLike[str], *,
                   today: date | None = None,
                   progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Import past entries and opening balances from an Excel workbook made from the template.

    Raises :class:`ImportProblems` listing every problem found, with nothing
    imported. *progress* (done, total) is called while recording; raising
    from it (for example :class:`UserCancelled`) undoes the whole import.
    """
    actor.require("cashbook.record")
    today = today or date.today()
    source = Path(path)
    try:
        content = source.read_bytes()
    except FileNotFoundError:
        raise UserError(NO_FILE, path=str(source)) from None
    except IsADirectoryError:
        raise ImportProblems([ImportProblem("", None, "", NOT_EXCEL, {"name": source.name})]) from None
    sha256 = hashlib.sha256(content).hexdigest()
    book = load_workbook(content, source.name)
    problems = Problems()

    entries_ws = find_sheet(book, ENTRIES)
    openings_ws = find_sheet(book, OPENINGS)
    if entries_ws is None and openings_ws is None:
        raise ImportProblems([ImportProblem("", None, "", NO_SHEETS)])
    entries_sheet = read_sheet(entries_ws, ENTRY_COLUMNS, problems) if entries_ws is not None else None
    openings_sheet = (read_sheet(openings_ws, OPENING_COLUMNS, problems)
                      if openings_ws is not None else None)

    with cbo.atomic(exclusive=True):
        accounts = {_key(a.name): a for a in cashbook.accounts(cbo)}
        openings = _check_openings(openings_sheet, accounts, problems) if openings_sheet else []
        # The entries may name accounts the opening sheet is about to create:
        # until then they have placeholder ids -1, -2, … (by opening row).
        known: dict[str, _KnownAccount] = {
            key: _KnownAccount(a.name, a.currency, a.id) for key, a in accounts.items()}
        for index, o in enumerate(openings):
            known.setdefault(_key(o.name), _KnownAccount(o.name, o.currency, -(index + 1)))
        rows: list[_EntryRow] = []
        already = 0
        if entries_sheet is not None:
            rows, already = _check_entries(cbo, entries_sheet, sha256, known, problems)

        # Set up the accounts, then record; the core checks what only the book
        # knows (closed months, the cash in the box). If anything at all was
        # wrong, raising below undoes everything.
        created, opened, ids = _apply_openings(cbo, actor, openings, openings_sheet, problems)
        recorded = approval = 0
        # Date order, money in before money out on a day: the cash box check
        # then sees the money as it was on paper.
        rows.sort(key=lambda r: (r.draft.date, r.draft.kind != "receipt", r.row))
        for done, item in enumerate(rows, start=1):
            draft: cb.EntryDraft | None = item.draft
            if item.draft.account_id < 0:  # an account of the opening sheet, made just now
                draft = _with_account(item.draft, ids.get(item.draft.account_id))
            if draft is not None:
                try:
                    view = cashbook.record_entry(cbo, actor, draft, today=today)
                except InvalidInput as exc:
                    assert entries_sheet is not None
                    for p in exc.problems:
                        column = entries_sheet.headers.get(_FIELD_COLUMN.get(p.field, ""), "")
                        problems.add(ImportProblem(entries_sheet.title, item.row, column, p.message,
                                                   p.params))
                else:
                    recorded += 1
                    approval += int(view.needs_approval)
            if progress is not None:
                progress(done, len(rows))
        if problems:
            raise ImportProblems(problems.sorted())
        if recorded or created or opened:
            record_change(actor, "cashbook.import", "cashbook", source.name, None,
                          {"sha256": sha256, "entries": recorded, "already_imported": already,
                           "accounts": created, "openings": opened})
    return ImportResult(recorded, already, tuple(created), tuple(opened), approval, sha256)


def _with_account(draft: cb.EntryDraft, account_id: int | None) -> cb.EntryDraft | None:
    return None if account_id is None else replace(draft, account_id=account_id)


def _existing_uids(uids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        query = Entry.select(Entry.uid).where(Entry.uid.in_(chunk)).tuples()
        found.update(row[0] for row in cast(Iterable[tuple[str]], query))
    return found


def _check_openings(sheet: SheetData, accounts: dict[str, cashbook.AccountView],
                    problems: Problems) -> list[_Opening]:
    found: list[_Opening] = []
    seen: dict[str, int] = {}
    h = sheet.headers

    def problem(row: int, key: str, message: str, **params: Any) -> None:
        problems.add(ImportProblem(sheet.title, row, h[key], message, params))

    for row in sheet.rows:
        c = row.cells
        ok = True
        name = _text(c.get("account"))
        if not name:
            problem(row.number, "account", EMPTY_ACCOUNT_NAME)
            continue
        if _key(name) in seen:
            problem(row.number, "account", ACCOUNT_TWICE, text=name, other_row=seen[_key(name)])
            continue
        seen[_key(name)] = row.number
        existing = accounts.get(_key(name))

        kind = ""
        kind_text = _text(c.get("kind"))
        if kind_text:
            kind = ACCOUNT_KIND_WORDS.get(_key(kind_text), "")
            if not kind:
                problem(row.number, "kind", BAD_ACCOUNT_KIND, text=kind_text)
                ok = False
        elif existing is None:
            problem(row.number, "kind", EMPTY_ACCOUNT_KIND)
            ok = False
        if existing is not None and kind and kind != existing.kind:
            problem(row.number, "kind", KIND_DIFFERS, account=existing.name,
                    existing=ACCOUNT_KIND_LABELS["en"][existing.kind])
            ok = False

        currency: Currency | None = None
        if is_empty(c.get("currency")):
            if existing is None:
                problem(row.number, "currency", EMPTY_CURRENCY)
                ok = False
            else:
                currency = existing.currency
        else:
            try:
                currency = _currency(c.get("currency"))
            except CellProblem as exc:
                problem(row.number, "currency", exc.message, **exc.params)
                ok = False
        if existing is not None and currency is not None and currency is not existing.currency:
            problem(row.number, "currency", CURRENCY_DIFFERS, account=existing.name,
                    existing=existing.currency.code)
            ok = False

        opening_date: date | None = None
        if is_empty(c.get("opening_date")):
            if existing is None:
                problem(row.number, "opening_date", EMPTY_OPENING_DATE)
                ok = False
            else:
                opening_date = existing.opening_date
        else:
            try:
                opening_date = cell_date(c.get("opening_date"))
            except CellProblem as exc:
                problem(row.number, "opening_date", exc.message, **exc.params)
                ok = False

        opening: Money | None = None
        if currency is not None:
            if is_empty(c.get("opening")):
                opening = Money.zero(currency)
            else:
                try:
                    opening = _money(c.get("opening"), currency)
                except CellProblem as exc:
                    problem(row.number, "opening", exc.message, **exc.params)
                    ok = False
            if opening is not None and opening.amount < 0:
                problem(row.number, "opening", NEGATIVE_OPENING)
                ok = False
        if not ok or currency is None or opening is None or opening_date is None:
            continue
        found.append(_Opening(row.number, name, kind or (existing.kind if existing else ""), currency,
                              opening, opening_date, existing))
    return found


def _apply_openings(cbo: Cbo, actor: Actor, openings: list[_Opening], sheet: SheetData | None,
                    problems: Problems) -> tuple[list[str], list[str], dict[int, int]]:
    """Create the new accounts and set untouched accounts' opening balances.

    Returns the names created, the names whose opening was set, and the ids of
    the new accounts by their placeholder (negative) id.
    """
    created: list[str] = []
    opened: list[str] = []
    ids: dict[int, int] = {}
    for index, o in enumerate(openings):
        placeholder = -(index + 1)
        if o.existing is None:
            try:
                view = cashbook.add_account(cbo, actor, o.name, o.kind, o.currency, o.opening, o.opening_date)
            except InvalidInput as exc:
                for p in exc.problems:
                    column = {"name": "account", "kind": "kind", "opening": "opening"}.get(p.field, "")
                    problems.add(ImportProblem(sheet.title if sheet else "", o.row,
                                               sheet.headers.get(column, "") if sheet else "",
                                               p.message, p.params))
                continue
            ids[placeholder] = view.id
            created.append(view.name)
            continue
        a = o.existing
        if o.opening == a.opening and o.opening_date == a.opening_date:
            continue  # as it is already: also what a second import of the same file finds
        used = (Entry.select().where(Entry.account == a.id).exists()
                or MonthClosing.select().where(MonthClosing.account == a.id).exists())
        if used:
            problems.add(ImportProblem(
                sheet.title if sheet else "", o.row, sheet.headers["opening"] if sheet else "",
                OPENING_FIXED, {"account": a.name, "amount": format_money(a.opening, ENGLISH),
                                "day": format_date(a.opening_date, ENGLISH)}))
            continue
        # An account nobody has used yet (the cash boxes a new CBO starts
        # with): giving it its opening balance now is the same as having
        # created it with one.
        actor.require("cashbook.setup")
        Account.update(opening_minor=o.opening.to_minor(), opening_date=o.opening_date).where(
            Account.id == a.id).execute()
        record_change(actor, "account.opening", "cashbook", f"account {a.id}",
                      {"opening": str(a.opening.amount), "opening_date": a.opening_date},
                      {"opening": str(o.opening.amount), "opening_date": o.opening_date})
        opened.append(a.name)
    return created, opened, ids


def _check_entries(cbo: Cbo, sheet: SheetData, sha256: str, accounts: dict[str, _KnownAccount],
                   problems: Problems) -> tuple[list[_EntryRow], int]:
    """Check every row of the Entries sheet.

    Returns the drafts of the rows without problems that are not in the book
    yet, and how many rows an earlier import of this file recorded already
    (those are not checked again: the book may have moved on since).
    """
    categories = cashbook.categories(cbo, include_retired=True)
    funds = {_key(f.name): f for f in cashbook.funds(cbo, include_retired=True)}
    h = sheet.headers
    uids = {row.number: str(uuid.uuid5(IMPORT_NAMESPACE, f"{sha256}/{ENTRIES.key}/{row.number}"))
            for row in sheet.rows}
    recorded_before = _existing_uids(list(uids.values()))
    found: list[_EntryRow] = []

    def category_for(text: str, kind: str) -> cashbook.CategoryView | None:
        key = _key(text)
        wanted = "income" if kind == "receipt" else "expense"
        matches = [c for c in categories
                   if key in {_key(c.name_en), _key(c.name_km), _key(c.code or "")} - {""}]
        matches.sort(key=lambda c: (c.retired, c.kind != wanted))
        return matches[0] if matches else None

    for row in sheet.rows:
        if uids[row.number] in recorded_before:
            continue
        c = row.cells
        before = len(problems.items)

        def problem(key: str, message: str, *, at: int = row.number, **params: Any) -> None:
            problems.add(ImportProblem(sheet.title, at, h[key], message, params))

        day: date | None = None
        if is_empty(c.get("date")):
            problem("date", DateError.EMPTY)
        else:
            try:
                day = cell_date(c.get("date"))
            except CellProblem as exc:
                problem("date", exc.message, **exc.params)

        kind = ""
        kind_text = _text(c.get("kind"))
        if not kind_text:
            problem("kind", EMPTY_KIND)
        else:
            kind = ENTRY_KIND_WORDS.get(_key(kind_text), "")
            if not kind:
                problem("kind", BAD_KIND, text=kind_text)

        account_name = _text(c.get("account"))
        account: _KnownAccount | None = None
        if not account_name:
            problem("account", EMPTY_ACCOUNT)
        else:
            account = accounts.get(_key(account_name))
            if account is None:
                problem("account", UNKNOWN_ACCOUNT, text=account_name)

        currency: Currency | None = account.currency if account else None
        if not is_empty(c.get("currency")):
            try:
                written = _currency(c.get("currency"))
            except CellProblem as exc:
                problem("currency", exc.message, **exc.params)
                currency = None
            else:
                if account is not None and written is not account.currency:
                    problem("currency", CURRENCY_MISMATCH, account=account.name,
                            account_currency=account.currency.code, currency=written.code)
                    currency = None
                elif account is None:
                    currency = written

        amount: Money | None = None
        if is_empty(c.get("amount")):
            problem("amount", AmountError.EMPTY,
                    example="12.50" if currency is Currency.USD else "12,500")
        elif currency is not None:
            try:
                amount = _money(c.get("amount"), currency)
            except CellProblem as exc:
                problem("amount", exc.message, **exc.params)
            else:
                if amount.amount < 0:
                    problem("amount", NEGATIVE_AMOUNT)
                else:
                    for p in cb.check_amount(amount):
                        problem("amount", p.message, **p.params)

        category: cashbook.CategoryView | None = None
        category_text = _text(c.get("category"))
        if not category_text:
            problem("category", NO_CATEGORY)
        else:
            category = category_for(category_text, kind)
            if category is None:
                problem("category", UNKNOWN_CATEGORY, text=category_text)
            elif category.retired:
                problem("category", RETIRED_CATEGORY)
            elif kind and category.kind != ("income" if kind == "receipt" else "expense"):
                problem("category", WRONG_KIND_CATEGORY, text=category_text, category_kind=category.kind)

        fund_id: int | None = None
        fund_text = _text(c.get("fund"))
        if fund_text:
            fund = funds.get(_key(fund_text))
            if fund is None:
                problem("fund", UNKNOWN_FUND, text=fund_text)
            else:
                fund_id = fund.id

        party = _text(c.get("party"))
        if kind == "payment" and not party:
            problem("party", NEEDS_PAYEE)

        description = c.get("description")
        description_text = description.strip() if isinstance(description, str) else _text(description)

        if len(problems.items) > before or not kind:
            continue
        if day is None or account is None or amount is None or category is None:
            continue
        draft = cb.EntryDraft(kind=kind, date=day, account_id=account.id, amount=amount,
                              category_id=category.id, party=party, fund_id=fund_id,
                              description=description_text, uid=uids[row.number])
        found.append(_EntryRow(row.number, uids[row.number], draft))
    return found, len(recorded_before)




# =============================================================================
# The template
# =============================================================================

READ_ME_TEXT: dict[str, list[tuple[str, str]]] = {
    # (style, text): "title", "heading" or "" for a paragraph.
    "en": [
        ("title", "Past entries and opening balances for CBO Desk"),
        ("", "Use this workbook to bring money recorded on paper or in another spreadsheet into the "
             "CBO Desk cash book. Fill it in, save it as an Excel workbook (.xlsx), then import it in "
             "CBO Desk."),
        ("heading", "Sheet “Entries”: one receipt or payment per row"),
        ("", "Leave the first row (the column names) as it is. Empty rows are skipped."),
        ("", "Date: the day the money came in or went out, for example 2026-03-14 or 14/03/2026 "
             "(day first)."),
        ("", "Kind: receipt (money came in) or payment (money went out)."),
        ("", "Account: the cash box, bank or mobile-money account, by its name in CBO Desk (see the "
             "sheet “Lists”), or a new account that you add on the sheet “Opening balances”."),
        ("", "Amount: without a minus sign. Riel amounts are whole numbers (50000); dollar amounts have "
             "at most two decimals (12.50)."),
        ("", "Currency: KHR or USD. It must be the account's currency; you may leave it empty."),
        ("", "Category: an income category for a receipt, an expense category for a payment (see the "
             "sheet “Lists”)."),
        ("", "Payer/payee: who paid, or who was paid. Every payment needs a payee."),
        ("", "Fund: the grant or fund the money belongs to, if any (see the sheet “Lists”)."),
        ("", "Description: what the money was for."),
        ("heading", "Sheet “Opening balances”: one row per account"),
        ("", "The account's name, its kind (cash box, bank or mobile money), its currency, the day the "
             "book starts from, and the money in the account on that day. A new name makes a new "
             "account. An account that is already in CBO Desk gets this opening balance only while "
             "nothing has been recorded in it yet."),
        ("heading", "What CBO Desk checks"),
        ("", "Every row is checked before anything is recorded. If anything is wrong, CBO Desk lists "
             "every problem with its sheet, row and column, and records nothing: correct the file and "
             "import it again."),
        ("", "Dates in the future, before the account's opening date or in a month that is already "
             "closed are refused. Payments above the financial policy's limit wait for the committee's "
             "approval, as when they are typed in."),
        ("", "Importing the same file twice records its entries only once. A file that was changed and "
             "saved again counts as a new file: import each file once."),
    ],
    "km": [
        ("title", "ប្រតិបត្តិការចាស់ និងសមតុល្យដើមគ្រា សម្រាប់ CBO Desk"),
        ("", "ប្រើឯកសារនេះ ដើម្បីបញ្ចូលប្រាក់ដែលបានកត់ត្រាលើក្រដាស ឬក្នុងតារាងផ្សេងទៀត ទៅក្នុងសៀវភៅសាច់ប្រាក់"
             "របស់ CBO Desk។ បំពេញវា រក្សាទុកជាឯកសារ Excel (.xlsx) រួចនាំចូលក្នុង CBO Desk។"),
        ("heading", "សន្លឹក «ចំណូលចំណាយ»៖ មួយជួរ សម្រាប់ចំណូល ឬចំណាយមួយ"),
        ("", "កុំកែជួរទីមួយ (ឈ្មោះជួរឈរ)។ ជួរទទេនឹងត្រូវរំលង។"),
        ("", "កាលបរិច្ឆេទ៖ ថ្ងៃដែលប្រាក់ចូល ឬចេញ ឧទាហរណ៍ 2026-03-14 ឬ 14/03/2026 (ថ្ងៃ/ខែ/ឆ្នាំ)។"),
        ("", "ប្រភេទ៖ ចំណូល (ប្រាក់ចូល) ឬ ចំណាយ (ប្រាក់ចេញ)។"),
        ("", "គណនី៖ ឈ្មោះប្រអប់សាច់ប្រាក់ គណនីធនាគារ ឬប្រាក់តាមទូរស័ព្ទ ដូចក្នុង CBO Desk (មើលសន្លឹក «បញ្ជី») "
             "ឬគណនីថ្មីដែលអ្នកបន្ថែមក្នុងសន្លឹក «សមតុល្យដើមគ្រា»។"),
        ("", "ចំនួនទឹកប្រាក់៖ គ្មានសញ្ញាដក។ ប្រាក់រៀលជាចំនួនគត់ (50000)។ ប្រាក់ដុល្លារមានខ្ទង់ទសភាគយ៉ាងច្រើនពីរ (12.50)។"),
        ("", "រូបិយប័ណ្ណ៖ KHR ឬ USD ដែលត្រូវតែដូចរូបិយប័ណ្ណរបស់គណនី។ អាចទុកចន្លោះទទេបាន។"),
        ("", "ចំណាត់ថ្នាក់៖ ចំណាត់ថ្នាក់ចំណូល សម្រាប់ចំណូល និងចំណាត់ថ្នាក់ចំណាយ សម្រាប់ចំណាយ (មើលសន្លឹក «បញ្ជី»)។"),
        ("", "អ្នកបង់ ឬអ្នកទទួល៖ អ្នកដែលបានបង់ប្រាក់ ឬអ្នកដែលបានទទួលប្រាក់។ ចំណាយនីមួយៗត្រូវមានឈ្មោះអ្នកទទួល។"),
        ("", "មូលនិធិ៖ ជំនួយ ឬមូលនិធិដែលប្រាក់នេះជាកម្មសិទ្ធិ បើមាន (មើលសន្លឹក «បញ្ជី»)។"),
        ("", "ការពិពណ៌នា៖ ប្រាក់នេះសម្រាប់អ្វី។"),
        ("heading", "សន្លឹក «សមតុល្យដើមគ្រា»៖ មួយជួរ សម្រាប់គណនីមួយ"),
        ("", "ឈ្មោះគណនី ប្រភេទ (ប្រអប់សាច់ប្រាក់ ធនាគារ ឬប្រាក់តាមទូរស័ព្ទ) រូបិយប័ណ្ណ ថ្ងៃដែលសៀវភៅចាប់ផ្ដើម "
             "និងប្រាក់ដែលមាននៅក្នុងគណនីនៅថ្ងៃនោះ។ ឈ្មោះថ្មីបង្កើតគណនីថ្មី។ គណនីដែលមានក្នុង CBO Desk រួចហើយ "
             "ទទួលសមតុល្យដើមគ្រានេះបាន តែនៅពេលមិនទាន់មានអ្វីកត់ត្រាក្នុងវានៅឡើយ។"),
        ("heading", "អ្វីដែល CBO Desk ពិនិត្យ"),
        ("", "គ្រប់ជួរត្រូវបានពិនិត្យ មុនពេលកត់ត្រាអ្វីមួយ។ បើមានកំហុស CBO Desk បង្ហាញកំហុសទាំងអស់ ជាមួយសន្លឹក "
             "ជួរ និងជួរឈរ ហើយមិនកត់ត្រាអ្វីទាំងអស់៖ កែឯកសារ រួចនាំចូលម្ដងទៀត។"),
        ("", "កាលបរិច្ឆេទនៅថ្ងៃអនាគត មុនថ្ងៃបើកគណនី ឬក្នុងខែដែលបានបិទរួច មិនត្រូវបានទទួលយកទេ។ "
             "ចំណាយលើសពីដែនកំណត់នៃគោលនយោបាយហិរញ្ញវត្ថុ នឹងរង់ចាំការអនុម័តពីគណៈកម្មការ ដូចពេលវាយបញ្ចូលដែរ។"),
        ("", "ការនាំចូលឯកសារតែមួយពីរដង កត់ត្រាប្រតិបត្តិការតែម្ដងប៉ុណ្ណោះ។ ឯកសារដែលបានកែ ហើយរក្សាទុកម្ដងទៀត "
             "ត្រូវបានចាត់ទុកជាឯកសារថ្មី៖ នាំចូលឯកសារនីមួយៗតែម្ដង។"),
    ],
}

LIST_HEADERS = {
    "en": ("Accounts", "Currency", "Income categories (receipts)", "Expense categories (payments)",
           "All categories", "Funds", "Kinds of entry", "Currencies", "Kinds of account"),
    "km": ("គណនី", "រូបិយប័ណ្ណ", "ចំណាត់ថ្នាក់ចំណូល", "ចំណាត់ថ្នាក់ចំណាយ", "ចំណាត់ថ្នាក់ទាំងអស់",
           "មូលនិធិ", "ប្រភេទប្រតិបត្តិការ", "រូបិយប័ណ្ណ", "ប្រភេទគណនី"),
}

# A new CBO's cash boxes (storage/schema.py), listed when no CBO is given.
_DEFAULT_ACCOUNTS = (("Cash – riel", Currency.KHR), ("Cash – dollars", Currency.USD))


def write_import_template(path: str | os.PathLike[str], language: str = "en",
                          cbo: Cbo | None = None) -> None:
    """Write the Excel template for :func:`import_entries` to *path* (replacing a file there).

    With *cbo*, the sheet "Lists" and the drop-downs hold that CBO's accounts,
    categories and funds; without, a new CBO's defaults.
    """
    import openpyxl

    if language not in ("en", "km"):
        raise ValueError(f"unsupported language {language!r}")
    km = language == "km"

    if cbo is not None:
        account_rows = [(a.name, a.currency) for a in cashbook.accounts(cbo, include_closed=False)]
        cats = cashbook.categories(cbo)
        income = [c.name(language) for c in cats if c.kind == "income"]
        expense = [c.name(language) for c in cats if c.kind == "expense"]
        fund_names = [f.name for f in cashbook.funds(cbo)]
    else:
        account_rows = list(_DEFAULT_ACCOUNTS)
        income = [(c.name_km if km else c.name_en) for c in cb.DEFAULT_CATEGORIES if c.kind == "income"]
        expense = [(c.name_km if km else c.name_en) for c in cb.DEFAULT_CATEGORIES if c.kind == "expense"]
        fund_names = []
    entry_kinds = list(ENTRY_KIND_LABELS[language].values())
    account_kinds = list(ACCOUNT_KIND_LABELS[language].values())
    currencies = [c.code for c in Currency]

    book = openpyxl.Workbook()
    readme = book.active
    assert readme is not None
    write_read_me(readme, READ_ME.name(language), READ_ME_TEXT[language])
    entries = book.create_sheet(ENTRIES.name(language))
    write_headers(entries, ENTRY_COLUMNS, language)
    openings = book.create_sheet(OPENINGS.name(language))
    write_headers(openings, OPENING_COLUMNS, language)

    # The lists, one per column, and each column's range for the drop-downs.
    ranges = write_lists(
        book.create_sheet(LISTS.name(language)), LIST_HEADERS[language],
        [[n for n, _ in account_rows], [c.code for _, c in account_rows], income, expense,
         income + expense, fund_names, entry_kinds, currencies, account_kinds],
        lambda index: 30 if index in (3, 4, 5) else 20, fill=True)

    # Kind and currency have fixed answers; accounts, categories and funds may
    # be written in the other language, or be new (accounts), so only a warning.
    for ws, columns, key, source, strict in (
            (entries, ENTRY_COLUMNS, "kind", ranges[6], False),
            (entries, ENTRY_COLUMNS, "account", ranges[0], False),
            (entries, ENTRY_COLUMNS, "currency", ranges[7], True),
            (entries, ENTRY_COLUMNS, "category", ranges[4], False),
            (entries, ENTRY_COLUMNS, "fund", ranges[5], False),
            (openings, OPENING_COLUMNS, "kind", ranges[8], False),
            (openings, OPENING_COLUMNS, "currency", ranges[7], True)):
        add_drop_down(ws, columns, key, source, strict=strict, language=language)

    # Dates as ISO in every locale; the column style applies to what is typed in.
    for ws, columns, key in ((entries, ENTRY_COLUMNS, "date"), (openings, OPENING_COLUMNS, "opening_date")):
        ws.column_dimensions[column_letter(columns, key)].number_format = "yyyy-mm-dd"

    with written_atomically(path) as temp:
        book.save(temp)


# Unused here but kept importable for the GUI: which sheet names the import reads.
SHEET_NAMES = {s.key: (s.en, s.km) for s in (ENTRIES, OPENINGS, LISTS, READ_ME)}
