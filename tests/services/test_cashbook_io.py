"""Importing past entries from Excel and exporting the book to hledger, on SQLite and PostgreSQL.

The workbooks are filled the way a treasurer fills the template: openpyxl
writes into the template CBO Desk made, cell by cell, then the file is
imported. A broken file must name the sheet, row and column of every problem
and leave the book exactly as it was.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cbodesk.domain import cashbook as cb
from cbodesk.domain.errors import UserCancelled, UserError
from cbodesk.domain.formatting import DateError
from cbodesk.domain.money import AmountError, Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.services import cashbook
from cbodesk.services import cashbook_io as io
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import AuditEntry, Entry, MonthClosing

PROFILE = OrganisationProfile(name_km="សហគមន៍កសិកម្មស្វាយជ្រុំ", name_en="Svay Chrum Farmers",
                              sector="agriculture", province="20")
NEW_YEAR = date(2025, 1, 1)

Row = Sequence[Any] | None  # None: an empty row


@dataclass
class Book:
    cbo: Cbo
    actor: Actor
    riel: int  # "Riel box", 100,000 riel on 1 January 2025
    dollars: int  # "Dollar box", $50.00
    fund: int  # "Small Grants Fund"

    def category(self, code: str) -> int:
        return next(c.id for c in cashbook.categories(self.cbo) if c.code == code)

    def account(self, name: str) -> cashbook.AccountView:
        return next(a for a in cashbook.accounts(self.cbo) if a.name == name)

    def balance(self, name: str) -> Money:
        return cashbook.balances(self.cbo)[self.account(name).id]

    def entry_count(self) -> int:
        with self.cbo.reading():
            return Entry.select().count()

    def numbers(self) -> list[str]:
        with self.cbo.reading():
            return [e.number for e in Entry.select(Entry.number).order_by(Entry.id)]


@pytest.fixture
def book(cbo_location: str) -> Iterator[Book]:
    cbo, actor = new_cbo(cbo_location, PROFILE, "Sok Dara")
    try:
        riel = cashbook.add_account(cbo, actor, "Riel box", "cash", Currency.KHR,
                                    Money("100000", Currency.KHR), NEW_YEAR)
        dollars = cashbook.add_account(cbo, actor, "Dollar box", "cash", Currency.USD,
                                       Money("50.00", Currency.USD), NEW_YEAR)
        fund = cashbook.add_fund(cbo, actor, "Small Grants Fund", donor="Partner NGO")
        yield Book(cbo, actor, riel.id, dollars.id, fund.id)
    finally:
        cbo.close()


def workbook(path: Path, entries: Sequence[Row] = (), openings: Sequence[Row] = (), *,
             language: str = "en", cbo: Cbo | None = None) -> Path:
    """The template CBO Desk writes, filled in from row 2 down (None leaves a row empty)."""
    io.write_import_template(path, language, cbo)
    wb = openpyxl.load_workbook(path)
    km = language == "km"
    for sheet, rows in ((io.ENTRIES, entries), (io.OPENINGS, openings)):
        ws = wb[sheet.km if km else sheet.en]
        for number, row in enumerate(rows, start=2):
            for column, value in enumerate(row or (), start=1):
                ws.cell(row=number, column=column, value=value)
    wb.save(path)
    return path


def problems_of(excinfo: pytest.ExceptionInfo[io.ImportProblems]) -> list[tuple[str, int | None, str, str]]:
    return [(p.sheet, p.row, p.column, p.message) for p in excinfo.value.problems]


def close_month(b: Book, account_id: int, year: int, month: int) -> None:
    """A signed monthly closing, as the closing screen leaves it (only its existence matters here)."""
    with b.cbo.atomic():
        MonthClosing.create(account=account_id, year=year, month=month, book_minor=0, counted_minor=0,
                            counted_by="Chan Sophea", checked_by="Heng Sokhly", closed_by="Sok Dara",
                            closed_at=datetime(2025, 4, 2, 9, 0))


def good(day: str = "2025-02-03") -> list[Any]:
    return [day, "receipt", "Riel box", 50000, "KHR", "Membership fees", "Chan Sophea", "", "Fees"]


# --- the template --------------------------------------------------------------


def test_template_has_the_sheets_columns_lists_and_drop_downs(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    io.write_import_template(path, "en", book.cbo)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Read me", "Entries", "Opening balances", "Lists"]
    assert wb.active is not None and wb.active.title == "Read me"
    assert [c.value for c in wb["Entries"][1]] == [
        "Date", "Kind", "Account", "Amount", "Currency", "Category", "Payer/payee", "Fund", "Description"]
    assert [c.value for c in wb["Opening balances"][1]] == [
        "Account", "Kind", "Currency", "Opening date", "Opening balance"]
    assert wb["Entries"].max_row == 1  # no example rows that could be imported by mistake
    lists = {col[0].value: [c.value for c in col[1:] if c.value is not None]
             for col in wb["Lists"].iter_cols()}
    assert lists["Accounts"] == ["Cash – riel", "Cash – dollars", "Riel box", "Dollar box"]
    assert lists["Currency"] == ["KHR", "USD", "KHR", "USD"]
    assert "Membership fees" in lists["Income categories (receipts)"]
    assert "Transport" in lists["Expense categories (payments)"]
    assert lists["Funds"] == ["Small Grants Fund"]
    assert lists["Kinds of entry"] == ["receipt", "payment"]
    validations = {str(v.sqref).split(":")[0]: v.formula1 for v in wb["Entries"].data_validations.dataValidation}
    assert validations["B2"] == "'Lists'!$G$2:$G$3"  # Kind
    assert validations["C2"] == "'Lists'!$A$2:$A$5"  # Account
    assert validations["E2"] == "'Lists'!$H$2:$H$3"  # Currency
    assert validations["H2"] == "'Lists'!$F$2:$F$2"  # Fund
    read_me = " ".join(str(c.value) for c in wb["Read me"]["A"] if c.value)
    assert "Every payment needs a payee" in read_me
    assert "records nothing" in read_me


def test_khmer_template_without_a_cbo(tmp_path: Path) -> None:
    path = tmp_path / "km.xlsx"
    io.write_import_template(path, "km")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["សូមអាន", "ចំណូលចំណាយ", "សមតុល្យដើមគ្រា", "បញ្ជី"]
    assert wb["ចំណូលចំណាយ"]["A1"].value == "កាលបរិច្ឆេទ"
    lists = {col[0].value: [c.value for c in col[1:] if c.value is not None] for col in wb["បញ្ជី"].iter_cols()}
    assert lists["ប្រភេទប្រតិបត្តិការ"] == ["ចំណូល", "ចំណាយ"]
    assert "ភាគទានសមាជិក" in lists["ចំណាត់ថ្នាក់ចំណូល"]  # the default categories, in Khmer
    assert lists["គណនី"] == ["Cash – riel", "Cash – dollars"]
    # Everything the Read me says is in Khmer script (CBO Desk's name and examples aside).
    for cell in wb["សូមអាន"]["A"]:
        if cell.value:
            assert re.search("[\u1780-\u17ff]", str(cell.value)), cell.value


def test_template_into_a_missing_folder_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        io.write_import_template(tmp_path / "gone" / "t.xlsx")


# --- importing ---------------------------------------------------------------------


def test_template_round_trip(book: Book, tmp_path: Path) -> None:
    """Openings (an unused account gets its balance, a new one is made), then four entries as typed."""
    path = workbook(tmp_path / "past.xlsx", cbo=book.cbo, openings=[
        ["Cash – riel", "cash box", "KHR", date(2025, 1, 1), 500000],
        ["Cash – dollars", "", "", "01/01/2025", "20.00"],
        ["ABA savings", "bank", "USD", "2025-01-01", 1000],
    ], entries=[
        ["2025-01-05", "receipt", "Cash – riel", 150000, "KHR", "Membership fees", "Chan Sophea", None,
         "January fees"],
        ["10/01/2025", "Payment", "Cash - riel", "20,000", None, "Transport", "Moto driver",
         "Small Grants Fund", "Trip to the district office"],
        [datetime(2025, 1, 12), "receipt", "ABA savings", 250.75, "USD", "Grants and donations",
         "Partner NGO", "small grants fund", "Grant, first part"],
        ["12 Feb 2025", "payment", "cash – DOLLARS", "$12.50", "usd", "Stationery", "Lucky Book Shop", "", ""],
    ])
    before = book.entry_count()

    result = io.import_entries(book.cbo, book.actor, path)

    assert result.recorded == 4
    assert result.already_imported == 0
    assert result.accounts_created == ("ABA savings",)
    assert result.openings_set == ("Cash – riel", "Cash – dollars")
    assert book.entry_count() == before + 4
    assert book.balance("Cash – riel") == Money("630000", Currency.KHR)
    assert book.balance("Cash – dollars") == Money("7.50", Currency.USD)
    assert book.balance("ABA savings") == Money("1250.75", Currency.USD)
    assert book.account("ABA savings").kind == "bank"
    assert book.account("Cash – riel").opening_date == NEW_YEAR
    assert book.numbers() == ["R-2025-0001", "P-2025-0001", "R-2025-0002", "P-2025-0002"]
    with book.cbo.reading():
        rows = list(Entry.select().order_by(Entry.id))
    assert [(r.party, r.description, r.fund_id) for r in rows] == [
        ("Chan Sophea", "January fees", None),
        ("Moto driver", "Trip to the district office", book.fund),
        ("Partner NGO", "Grant, first part", book.fund),
        ("Lucky Book Shop", "", None),
    ]
    assert [r.category_id for r in rows] == [book.category("fees"), book.category("transport"),
                                            book.category("grants"), book.category("stationery")]
    assert all(r.entered_by == "Sok Dara" for r in rows)
    assert cashbook.verify_book(book.cbo).ok
    with book.cbo.reading():
        audit = AuditEntry.get(AuditEntry.action == "cashbook.import")
    assert audit.record == "past.xlsx"
    assert result.sha256 in (audit.after or "")


def test_khmer_template_round_trip(book: Book, tmp_path: Path) -> None:
    """Khmer sheet and column names, kinds, currencies, categories and digits are all understood."""
    path = workbook(tmp_path / "km.xlsx", language="km", cbo=book.cbo, openings=[
        ["Cash – riel", "ប្រអប់សាច់ប្រាក់", "រៀល", "01/01/2025", "១០០០០០"],
    ], entries=[
        ["2025-02-01", "ចំណូល", "Cash – riel", "៥០,០០០", "KHR", "ភាគទានសមាជិក", "ចាន់ សុភា", None,
         "ភាគទានខែកុម្ភៈ"],
        ["02/02/2025", "ចំណាយ", "Cash – riel", 20000, None, "ការធ្វើដំណើរ", "អ្នកបើកម៉ូតូ", None, ""],
    ])
    result = io.import_entries(book.cbo, book.actor, path)
    assert result.recorded == 2
    assert book.balance("Cash – riel") == Money("130000", Currency.KHR)
    with book.cbo.reading():
        rows = list(Entry.select().order_by(Entry.id))
    assert [r.category_id for r in rows] == [book.category("fees"), book.category("transport")]
    assert rows[0].party == "ចាន់ សុភា"


def test_importing_the_same_file_twice_records_it_once(book: Book, tmp_path: Path) -> None:
    path = workbook(tmp_path / "past.xlsx", entries=[
        good("2025-02-03"),
        ["2025-02-04", "payment", "Riel box", 30000, "KHR", "Food and drinks", "Market stall", None, "Tea"],
    ], openings=[["Bank", "bank", "USD", "2025-01-01", "10.00"]])
    first = io.import_entries(book.cbo, book.actor, path)
    balances = cashbook.balances(book.cbo)
    count = book.entry_count()

    second = io.import_entries(book.cbo, book.actor, path)

    assert (first.recorded, first.already_imported) == (2, 0)
    assert (second.recorded, second.already_imported) == (0, 2)
    assert second.accounts_created == () and second.openings_set == ()
    assert book.entry_count() == count
    assert cashbook.balances(book.cbo) == balances
    assert first.sha256 == second.sha256
    with book.cbo.reading():
        assert AuditEntry.select().where(AuditEntry.action == "cashbook.import").count() == 1
    # A row already in the book is not checked again, though the book moved on (its month is closed).
    close_month(book, book.riel, 2025, 2)
    assert io.import_entries(book.cbo, book.actor, path).already_imported == 2


def test_empty_rows_in_the_middle_are_skipped(book: Book, tmp_path: Path) -> None:
    path = workbook(tmp_path / "gaps.xlsx", entries=[
        good("2025-02-03"), None, None, good("2025-02-05"), ["", None, "  ", None], good("2025-02-07")])
    assert io.import_entries(book.cbo, book.actor, path).recorded == 3
    assert book.balance("Riel box") == Money("250000", Currency.KHR)


def test_entries_are_recorded_in_date_order(book: Book, tmp_path: Path) -> None:
    """A payment above a later row's receipt: on paper the money came in first, so the cash box had it."""
    path = workbook(tmp_path / "order.xlsx", entries=[
        ["2025-03-02", "payment", "Riel box", 180000, "KHR", "Equipment", "Hardware shop", None, "Pump"],
        good("2025-03-01"),
        ["2025-03-02", "receipt", "Riel box", 40000, "KHR", "Savings", "Heng Sokhly", None, ""],
    ])
    io.import_entries(book.cbo, book.actor, path)
    assert book.numbers() == ["R-2025-0001", "R-2025-0002", "P-2025-0001"]
    assert book.balance("Riel box") == Money("10000", Currency.KHR)


# --- broken files: every problem named, nothing imported ---------------------------

BROKEN: dict[str, tuple[list[Row], list[tuple[str, int | None, str, str]]]] = {
    "bad dates": (
        [good(), [*good("31/02/2025")], [*good("next Tuesday")], [*good("2025-2-30")]],
        [("Entries", 3, "Date", DateError.NO_SUCH_DAY), ("Entries", 4, "Date", DateError.NOT_A_DATE),
         ("Entries", 5, "Date", DateError.NO_SUCH_DAY)]),
    "unknown account": (
        [good(), ["2025-02-04", "receipt", "Petty cash", 1000, "KHR", "Savings", "Kim Vanna", "", ""]],
        [("Entries", 3, "Account", io.UNKNOWN_ACCOUNT)]),
    "riel with decimals": (
        [good(), ["2025-02-04", "receipt", "Riel box", 1500.5, "KHR", "Savings", "Kim Vanna", "", ""],
         ["2025-02-05", "receipt", "Riel box", "1,500.50", "", "Savings", "Kim Vanna", "", ""]],
        [("Entries", 3, "Amount", AmountError.RIEL_DECIMALS),
         ("Entries", 4, "Amount", AmountError.RIEL_DECIMALS)]),
    "dollars with three decimals": (
        [["2025-02-04", "receipt", "Dollar box", "12.505", "USD", "Savings", "Kim Vanna", "", ""]],
        [("Entries", 2, "Amount", AmountError.TOO_MANY_DECIMALS)]),
    "currency not the account's": (
        [["2025-02-04", "receipt", "Riel box", 25, "USD", "Savings", "Kim Vanna", "", ""],
         ["2025-02-04", "receipt", "Riel box", 25, "baht", "Savings", "Kim Vanna", "", ""]],
        [("Entries", 2, "Currency", io.CURRENCY_MISMATCH), ("Entries", 3, "Currency", io.BAD_CURRENCY)]),
    "negative or zero amount": (
        [["2025-02-04", "payment", "Riel box", -5000, "KHR", "Transport", "Moto", "", ""],
         ["2025-02-04", "payment", "Riel box", 0, "KHR", "Transport", "Moto", "", ""]],
        [("Entries", 2, "Amount", io.NEGATIVE_AMOUNT),
         ("Entries", 3, "Amount", "The amount must be more than zero.")]),
    "unknown or wrong category and fund": (
        [["2025-02-04", "receipt", "Riel box", 5000, "KHR", "Lottery", "Kim Vanna", "", ""],
         ["2025-02-04", "payment", "Riel box", 5000, "KHR", "Membership fees", "Kim Vanna", "", ""],
         ["2025-02-04", "receipt", "Riel box", 5000, "KHR", "Savings", "Kim Vanna", "Big Grant", ""]],
        [("Entries", 2, "Category", io.UNKNOWN_CATEGORY), ("Entries", 3, "Category", io.WRONG_KIND_CATEGORY),
         ("Entries", 4, "Fund", io.UNKNOWN_FUND)]),
    "payment without payee, unknown kind, missing cells": (
        [["2025-02-04", "payment", "Riel box", 5000, "KHR", "Transport", "", "", ""],
         ["2025-02-04", "loan", "Riel box", 5000, "KHR", "Transport", "Moto", "", ""],
         ["", "", "", "", "", "", "", "", "only a description"]],
        [("Entries", 2, "Payer/payee", io.NEEDS_PAYEE), ("Entries", 3, "Kind", io.BAD_KIND),
         ("Entries", 4, "Date", DateError.EMPTY), ("Entries", 4, "Kind", io.EMPTY_KIND),
         ("Entries", 4, "Account", io.EMPTY_ACCOUNT), ("Entries", 4, "Amount", AmountError.EMPTY),
         ("Entries", 4, "Category", io.NO_CATEGORY)]),
    "empty rows in the middle keep the row numbers": (
        [good(), None, None, good("2025-02-30"), None, good()],
        [("Entries", 5, "Date", DateError.NO_SUCH_DAY)]),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_rows_are_all_named_and_nothing_is_imported(book: Book, tmp_path: Path, case: str) -> None:
    rows, expected = BROKEN[case]
    path = workbook(tmp_path / "broken.xlsx", entries=rows,
                    openings=[["New bank", "bank", "USD", "2025-01-01", 5]])
    before, balances = book.entry_count(), cashbook.balances(book.cbo)
    with pytest.raises(io.ImportProblems) as excinfo:
        io.import_entries(book.cbo, book.actor, path)
    assert problems_of(excinfo) == expected
    assert book.entry_count() == before
    assert cashbook.balances(book.cbo) == balances
    assert "New bank" not in [a.name for a in cashbook.accounts(book.cbo)]
    # Every line of the message says where: "Entries, row 3, Date: …".
    lines = excinfo.value.text().splitlines()
    assert lines[0] == io.HEAD
    assert all(re.match(r"• Entries, row \d+, [\w/]+: ", line) for line in lines[1:]), lines


def test_wrong_and_missing_columns(book: Book, tmp_path: Path) -> None:
    path = workbook(tmp_path / "columns.xlsx", entries=[good()])
    wb = openpyxl.load_workbook(path)
    ws = wb["Entries"]
    ws["F1"] = "Catagory"  # misspelt: Category is missing and "Catagory" unknown
    ws["I1"] = "Amount"  # twice
    wb["Opening balances"]["E1"] = None  # no Opening balance column
    wb.save(path)
    before = book.entry_count()
    with pytest.raises(io.ImportProblems) as excinfo:
        io.import_entries(book.cbo, book.actor, path)
    assert problems_of(excinfo) == [
        ("Entries", 1, "Catagory", io.UNKNOWN_COLUMN),
        ("Entries", 1, "Amount", io.TWICE_COLUMN),
        ("Entries", 1, "", io.MISSING_COLUMN),
        ("Opening balances", 1, "", io.MISSING_COLUMN),
    ]
    assert [p.params for p in excinfo.value.problems][2:] == [{"column": "Category"},
                                                              {"column": "Opening balance"}]
    assert book.entry_count() == before


def test_a_text_file_renamed_xlsx(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "entries.xlsx"
    path.write_text("Date,Kind,Account,Amount\n2025-02-03,receipt,Riel box,50000\n", encoding="utf-8")
    before = book.entry_count()
    with pytest.raises(io.ImportProblems) as excinfo:
        io.import_entries(book.cbo, book.actor, path)
    assert problems_of(excinfo) == [("", None, "", io.NOT_EXCEL)]
    assert "entries.xlsx is not an Excel workbook" in excinfo.value.text()
    assert book.entry_count() == before


def test_a_workbook_without_our_sheets_and_a_missing_file(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Date", "Amount"])
    wb.save(path)
    with pytest.raises(io.ImportProblems) as excinfo:
        io.import_entries(book.cbo, book.actor, path)
    assert problems_of(excinfo) == [("", None, "", io.NO_SHEETS)]
    with pytest.raises(UserError, match="There is no file"):
        io.import_entries(book.cbo, book.actor, tmp_path / "gone.xlsx")


def test_a_row_in_a_closed_month_undoes_the_whole_import(book: Book, tmp_path: Path) -> None:
    """The core refuses row 5 only while recording, after rows 2 to 4 were saved: all are undone."""
    close_month(book, book.dollars, 2025, 3)
    path = workbook(tmp_path / "closed.xlsx", entries=[
        good("2025-02-03"), good("2025-02-04"),
        ["2025-04-05", "receipt", "Dollar box", "5.00", "USD", "Savings", "Kim Vanna", "", ""],
        ["2025-03-15", "receipt", "Dollar box", "5.00", "USD", "Savings", "Kim Vanna", "", ""],
    ], openings=[["New bank", "bank", "USD", "2025-01-01", 5]])
    before = book.entry_count()
    with pytest.raises(io.ImportProblems) as excinfo:
        io.import_entries(book.cbo, book.actor, path)
    [(sheet, row, column, message)] = problems_of(excinfo)
    assert (sheet, row, column) == ("Entries", 5, "Date")
    assert message.startswith("This month is closed for this account")
    assert book.entry_count() == before
    assert "New bank" not in [a.name for a in cashbook.accounts(book.cbo)]
    # No number was used up either: the next receipt is still the first of 2025.
    view = cashbook.record_entry(book.cbo, book.actor, cb.EntryDraft(
        "receipt", date(2025, 4, 2), book.riel, Money("1000", Currency.KHR), book.category("fees"), "Kim Vanna"))
    assert view.number == "R-2025-0001"


def test_the_core_checks_apply_to_imported_rows(book: Book, tmp_path: Path) -> None:
    """Future dates, dates before the account opened, more cash out than in the box."""
    future = date.today() + timedelta(days=400)
    path = workbook(tmp_path / "core.xlsx", entries=[
        good(future.isoformat()),
        good("2024-12-31"),
        ["2025-02-04", "payment", "Dollar box", "80.00", "USD", "Equipment", "Shop", "", ""],
    ])
    with pytest.raises(io.ImportProblems) as excinfo:
        io.import_entries(book.cbo, book.actor, path)
    found = problems_of(excinfo)
    assert [(s, r, c) for s, r, c, _ in found] == [("Entries", 2, "Date"), ("Entries", 3, "Date"),
                                                   ("Entries", 4, "Amount")]
    assert "in the future" in found[0][3]
    assert "before the account was opened" in found[1][3]
    assert "not that much money" in found[2][3]
    assert book.entry_count() == 0


def test_opening_sheet_rules(book: Book, tmp_path: Path) -> None:
    """An account with entries keeps its opening; kind and currency of an existing account must agree."""
    cashbook.record_entry(book.cbo, book.actor, cb.EntryDraft(
        "receipt", date(2025, 2, 1), book.riel, Money("1000", Currency.KHR), book.category("fees"), "Kim"))
    path = workbook(tmp_path / "openings.xlsx", openings=[
        ["Riel box", "cash box", "KHR", "2025-01-01", "100,000"],  # as it is: fine
        ["Riel box ", "", "", "", 5],  # twice
        ["Dollar box", "bank", "KHR", "2025-01-01", 50],
        ["", "bank", "USD", "2025-01-01", 50],
        ["Wing", "wallet", "USD", "", -3],
        ["Bank", "savings", "XYZ", "soon", "1.5"],
    ])
    with pytest.raises(io.ImportProblems) as excinfo:
        io.import_entries(book.cbo, book.actor, path)
    sheet = "Opening balances"
    assert problems_of(excinfo) == [
        (sheet, 3, "Account", io.ACCOUNT_TWICE),
        (sheet, 4, "Kind", io.KIND_DIFFERS),
        (sheet, 4, "Currency", io.CURRENCY_DIFFERS),
        (sheet, 5, "Account", io.EMPTY_ACCOUNT_NAME),
        (sheet, 6, "Opening date", io.EMPTY_OPENING_DATE),
        (sheet, 6, "Opening balance", io.NEGATIVE_OPENING),
        (sheet, 7, "Kind", io.BAD_ACCOUNT_KIND),
        (sheet, 7, "Currency", io.BAD_CURRENCY),
        (sheet, 7, "Opening date", DateError.NOT_A_DATE),
    ]
    path = workbook(tmp_path / "openings2.xlsx", openings=[["Riel box", "cash box", "KHR", "2025-01-01", 7]])
    with pytest.raises(io.ImportProblems) as excinfo:
        io.import_entries(book.cbo, book.actor, path)
    [problem] = excinfo.value.problems
    assert problem.message == io.OPENING_FIXED
    assert problem.problem_text() == ("The account “Riel box” has entries or closed months already, so its "
                                      "opening balance stays 100,000៛ on 1 Jan 2025. Write that, or leave "
                                      "this row out.")


def test_cancelling_from_the_progress_callback_undoes_everything(book: Book, tmp_path: Path) -> None:
    path = workbook(tmp_path / "cancel.xlsx", entries=[good("2025-02-03"), good("2025-02-04"), good("2025-02-05")])
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 2:
            raise UserCancelled()

    with pytest.raises(UserCancelled):
        io.import_entries(book.cbo, book.actor, path, progress=progress)
    assert seen == [(1, 3), (2, 3)]
    assert book.entry_count() == 0


def test_a_viewer_may_not_import(book: Book, tmp_path: Path) -> None:
    path = workbook(tmp_path / "v.xlsx", entries=[good()])
    viewer = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))
    with pytest.raises(NotAllowed):
        io.import_entries(book.cbo, viewer, path)
    assert book.entry_count() == 0


# --- the hledger journal ------------------------------------------------------------


@pytest.fixture
def hledger() -> str:
    found = shutil.which("hledger")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("hledger is not installed: CI must read the journal back (.ci/run installs it)")
        pytest.skip("hledger is not installed: apt-get install hledger")
    return found


_BALANCE_LINE = re.compile(r"\s*(?P<amount>-?[0-9][0-9,]*(?:\.[0-9]+)?)(?: (?P<code>[A-Z]{3}))?(?:  (?P<name>\S.*))?")


def journal_balances(command: list[str], journal: Path) -> dict[str, Money | Decimal]:
    """`hledger -f FILE balance --flat -N` read back: account name -> its single-currency balance."""
    out = subprocess.run([*command, "-f", str(journal), "balance", "--flat", "-N"], check=True,
                         capture_output=True, text=True, encoding="utf-8").stdout
    found: dict[str, Money | Decimal] = {}
    for line in out.splitlines():
        match = _BALANCE_LINE.fullmatch(line)
        assert match, f"unexpected balance line {line!r}"
        if match["name"]:
            amount = Decimal(match["amount"].replace(",", ""))
            found[match["name"]] = Money(amount, Currency[match["code"]]) if match["code"] else amount
    return found


def a_year_of_money(b: Book) -> None:
    """Receipts and payments in both currencies, a transfer, two exchanges, two reversals."""
    cbo, actor = b.cbo, b.actor
    bank = cashbook.add_account(cbo, actor, "ABA: savings  main", "bank", Currency.USD, None, NEW_YEAR)
    wing = cashbook.add_account(cbo, actor, "Wing; mobile", "mobile", Currency.KHR,
                                Money("0", Currency.KHR), NEW_YEAR)

    def entry(kind: str, day: date, account: int, amount: Money, code: str, party: str,
              description: str = "", fund: int | None = None) -> cashbook.EntryView:
        return cashbook.record_entry(cbo, actor, cb.EntryDraft(kind, day, account, amount, b.category(code),
                                                               party, fund, description))

    entry("receipt", date(2025, 1, 5), b.riel, Money("250000", Currency.KHR), "fees", "Chan Sophea",
          "January fees")
    wrong = entry("payment", date(2025, 1, 9), b.riel, Money("40000", Currency.KHR), "transport",
                  "Moto; driver | Dara", "Trip\nto the district")
    entry("receipt", date(2025, 1, 12), b.dollars, Money("120.25", Currency.USD), "grants", "Partner NGO",
          "Grant, first part", b.fund)
    entry("payment", date(2025, 1, 20), b.dollars, Money("15.10", Currency.USD), "stationery", "Book shop")
    cashbook.record_transfer(cbo, actor, cb.TransferDraft(
        date(2025, 2, 1), b.dollars, bank.id, Money("100.00", Currency.USD), Money("100.00", Currency.USD),
        description="To the bank"))
    exchange = cashbook.record_transfer(cbo, actor, cb.TransferDraft(
        date(2025, 2, 3), bank.id, b.riel, Money("50.00", Currency.USD), Money("205000", Currency.KHR),
        rate=Decimal("4100"), description="Exchange at the market"))
    cashbook.record_transfer(cbo, actor, cb.TransferDraft(
        date(2025, 2, 4), b.riel, b.dollars, Money("82000", Currency.KHR), Money("20.00", Currency.USD),
        rate=Decimal("4100")))
    cashbook.record_transfer(cbo, actor, cb.TransferDraft(
        date(2025, 2, 5), b.riel, wing.id, Money("30000", Currency.KHR), Money("30000", Currency.KHR)))
    cashbook.reverse_entry(cbo, actor, wrong.id, "Typed twice; see P-2025-0002", day=date(2025, 2, 10))
    cashbook.reverse_entry(cbo, actor, exchange[0].id, "Wrong rate", day=date(2025, 2, 11))
    entry("payment", date(2025, 2, 12), b.riel, Money("40000", Currency.KHR), "transport", "Moto driver")


def test_hledger_reads_the_journal_and_agrees_with_the_book(book: Book, tmp_path: Path, hledger: str) -> None:
    a_year_of_money(book)
    journal = tmp_path / "book.journal"
    written = io.write_hledger_journal(book.cbo, journal)
    accounts = cashbook.accounts(book.cbo)
    assert written.entries == book.entry_count() == 16
    assert written.transactions == len(accounts) + 11
    assert written.fingerprint == cashbook.book_fingerprint(book.cbo)

    found = journal_balances([hledger], journal)
    balances = cashbook.balances(book.cbo)
    for account in accounts:
        name = io.hledger_account_name(account.kind, account.name)
        got = found.get(name, Decimal(0))  # hledger writes a zero balance as a bare 0
        assert (Money.zero(account.currency) if got == Decimal(0) else got) == balances[account.id], name
    # The riel box, worked by hand: 100,000 + 250,000 - 40,000 + 205,000 - 82,000 - 30,000 + 40,000
    # (the reversed payment) - 205,000 (the reversed exchange) - 40,000.
    assert found["assets:cash box:Riel box"] == Money("198000", Currency.KHR)
    assert found["income:Membership fees"] == Money("-250000", Currency.KHR)

    printed = subprocess.run([hledger, "-f", str(journal), "print"], check=True, capture_output=True,
                             text=True, encoding="utf-8").stdout
    for number in set(book.numbers()):
        assert f"({number})" in printed
    assert "@@ 205000 KHR" in printed
    assert "assets:bank:ABA- savings main" in printed
    assert "assets:mobile money:Wing, mobile" in printed


def test_journal_layout(book: Book, tmp_path: Path) -> None:
    """What an auditor reads: codes, payees, comments, commodities after the number, both legs."""
    a_year_of_money(book)
    text = (io.write_hledger_journal(book.cbo, tmp_path / "book.journal").path).read_text(encoding="utf-8")
    assert "2025-01-01 Opening balance  ; Riel box\n" in text
    assert re.search(r"\n    assets:cash box:Riel box +100000 KHR\n    equity:opening +-100000 KHR\n", text)
    assert re.search(r"\n2025-01-05 \(R-2025-0001\) Chan Sophea  ; January fees\n"
                     r"    assets:cash box:Riel box +250000 KHR\n"
                     r"    income:Membership fees +-250000 KHR\n", text)
    # ';' and '|' in a payee would start a comment or split the payee.
    assert "2025-01-09 (P-2025-0001) Moto, driver / Dara  ; Trip to the district\n" in text
    assert re.search(r"\(R-2025-0002\) Partner NGO  ; Grant, first part\n    ; fund: Small Grants Fund\n"
                     r"    assets:cash box:Dollar box +120.25 USD\n", text)
    assert re.search(r"\(T-2025-0002\) Currency exchange  ; Exchange at the market\n"
                     r"    ; rate 4100 riel per dollar\n"
                     r"    assets:bank:ABA- savings main +-50.00 USD @@ 205000 KHR\n"
                     r"    assets:cash box:Riel box +205000 KHR\n", text)
    assert ("2025-02-10 (C-2025-0001) Moto, driver / Dara  ; reverses P-2025-0001: Typed twice; "
            "see P-2025-0002\n    ; Trip to the district\n") in text
    assert re.search(r"\(C-2025-0002\) Reversal  ; reverses T-2025-0002: Wrong rate\n", text)
    assert "2025-02-05 (T-2025-0004) Transfer\n" in text
    for line in text.splitlines():
        if line.startswith("    ") and not line.lstrip().startswith(";"):
            name = line.strip().split("  ")[0]
            assert "  " not in name and "\t" not in name


def test_ledger_reads_the_journal_too(book: Book, tmp_path: Path) -> None:
    """ledger (an optional extra: CI installs only hledger) agrees on every asset account."""
    ledger = shutil.which("ledger")
    if ledger is None:
        pytest.skip("ledger is not installed (optional)")
    a_year_of_money(book)
    journal = tmp_path / "book.journal"
    io.write_hledger_journal(book.cbo, journal)
    out = subprocess.run([ledger, "-f", str(journal), "balance", "--flat", "--no-total", "^assets"],
                         check=True, capture_output=True, text=True, encoding="utf-8").stdout
    balances = cashbook.balances(book.cbo)
    for account in cashbook.accounts(book.cbo):
        expected = balances[account.id]
        if expected.is_zero():
            continue
        line = f"{expected.amount:f} {account.currency.code}  {io.hledger_account_name(account.kind, account.name)}"
        assert line in [x.strip() for x in out.splitlines()], (line, out)


def test_an_empty_book_exports_its_opening_balances(book: Book, tmp_path: Path, hledger: str) -> None:
    journal = tmp_path / "empty.journal"
    written = io.write_hledger_journal(book.cbo, journal)
    assert written.entries == 0 and written.fingerprint == "0000-0000-0000-0000"
    found = journal_balances([hledger], journal)
    assert found["assets:cash box:Riel box"] == Money("100000", Currency.KHR)
    assert found["assets:cash box:Dollar box"] == Money("50.00", Currency.USD)


def test_account_names_for_hledger() -> None:
    assert io.hledger_account_name("cash", "Cash – riel") == "assets:cash box:Cash – riel"
    assert io.hledger_account_name("bank", "ABA:  main;\tsavings ") == "assets:bank:ABA- main, savings"
    assert io.hledger_account_name("mobile", "   ") == "assets:mobile money:?"
