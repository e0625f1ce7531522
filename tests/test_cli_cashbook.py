"""The cash book's commands, run as a person runs them: `python -m cbodesk …` in a fresh process.

`verify` on a good book and on books changed behind the app's back (an amount
changed in SQL, a row deleted, a forged row slipped in), `export hledger`,
`template` and `import-entries`; on SQLite and PostgreSQL.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from cbodesk.domain import cashbook as cb
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.services import cashbook
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import open_cbo
from cbodesk.storage.models import Entry

REPO = Path(__file__).resolve().parents[1]
PROFILE = OrganisationProfile(name_km="សហគមន៍នេសាទកោះត្រង់", name_en="Koh Trong Community Fishery",
                              sector="fishery", province="10")


def cbodesk(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run `python -m cbodesk ARGS` with its user folders in tmp_path."""
    env = dict(os.environ)
    env["CBODESK_HOME"] = str(tmp_path / "home")
    env["PYTHONPATH"] = str(REPO)
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "cbodesk", *map(str, args)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def make_book(location: str) -> dict[str, int]:
    """A CBO with six lines in its book; returns entry ids by number (first leg)."""
    cbo, actor = new_cbo(location, PROFILE, "Sok Dara")
    try:
        riel = cashbook.add_account(cbo, actor, "Riel box", "cash", Currency.KHR,
                                    Money("100000", Currency.KHR), date(2025, 1, 1))
        dollars = cashbook.add_account(cbo, actor, "Dollar box", "cash", Currency.USD, None, date(2025, 1, 1))
        cats = {c.code: c.id for c in cashbook.categories(cbo)}
        for day, amount, party in ((5, 20000, "Chan Sophea"), (6, 30000, "Heng Sokhly"), (7, 40000, "Kim Vanna")):
            cashbook.record_entry(cbo, actor, cb.EntryDraft(
                "receipt", date(2025, 2, day), riel.id, Money(amount, Currency.KHR), cats["fees"], party))
        cashbook.record_transfer(cbo, actor, cb.TransferDraft(
            date(2025, 2, 8), riel.id, dollars.id, Money("41000", Currency.KHR), Money("10.00", Currency.USD),
            rate=Decimal("4100")))
        cashbook.record_entry(cbo, actor, cb.EntryDraft(
            "payment", date(2025, 2, 9), dollars.id, Money("2.50", Currency.USD), cats["stationery"], "Shop"))
        with cbo.reading():
            # Newest first, so that a transfer's number maps to its first leg.
            return {e.number: e.id for e in Entry.select(Entry.id, Entry.number).order_by(Entry.id.desc())}
    finally:
        cbo.close()


def run_sql(location: str, sql: str) -> None:
    """Change the book behind CBO Desk's back, as someone with the file or the server could."""
    if location.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(location) as con:
            con.execute(sql)
    else:
        lite = sqlite3.connect(location)
        try:
            lite.execute(sql)
            lite.commit()
        finally:
            lite.close()


def hledger_or_skip() -> str:
    found = shutil.which("hledger")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("hledger is not installed: CI must read the journal back (.ci/run installs it)")
        pytest.skip("hledger is not installed: apt-get install hledger")
    return found


# --- verify ------------------------------------------------------------------------


def test_verify_a_fresh_book(cbo_location: str, tmp_path: Path) -> None:
    new_cbo(cbo_location, PROFILE, "Sok Dara")[0].close()
    result = cbodesk(tmp_path, "verify", cbo_location)
    assert result.returncode == 0, result.stderr
    # A new CBO's log holds its creation: the profile and the first administrator.
    assert result.stdout == ("Book verified: 0 entries, fingerprint 0000-0000-0000-0000\n"
                             "Audit log verified: 2 entries\n")
    assert result.stderr == ""


def test_verify_a_book_with_entries(cbo_location: str, tmp_path: Path) -> None:
    make_book(cbo_location)
    with open_cbo(cbo_location, lock=False) as cbo:
        fingerprint = cashbook.book_fingerprint(cbo)
    result = cbodesk(tmp_path, "verify", cbo_location)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"Book verified: 6 entries, fingerprint {fingerprint}",
                                          "Audit log verified: 9 entries"]
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", fingerprint)


FORGED = """
INSERT INTO entry (uid, group_uid, kind, number, fiscal_year, date, account_id, amount_minor,
                   category_id, fund_id, party, description, rate, reverses_id, reason,
                   needs_approval, entered_by, entered_at, attachment_sha256, prev_hash, row_hash)
SELECT 'forged-0001', 'forged-0001', 'payment', 'P-2025-0099', fiscal_year, date, account_id, -5000,
       NULL, NULL, 'Nobody', 'forged', '', NULL, '', needs_approval, entered_by, entered_at, '',
       row_hash, row_hash
FROM entry WHERE id = (SELECT MAX(id) FROM entry)
"""


@pytest.mark.parametrize("change", ["amount changed", "row deleted", "forged row"])
def test_verify_names_the_entry_changed_behind_the_apps_back(cbo_location: str, tmp_path: Path,
                                                             change: str) -> None:
    ids = make_book(cbo_location)
    if change == "amount changed":
        run_sql(cbo_location, "UPDATE entry SET amount_minor = 2000000 WHERE number = 'R-2025-0002'")
        number, problem = "R-2025-0002", "its content was changed"
    elif change == "row deleted":
        run_sql(cbo_location, "DELETE FROM entry WHERE number = 'R-2025-0002'")
        # The chain breaks at the entry after the missing one.
        number, problem = "R-2025-0003", "an entry before it was removed, added or changed"
    else:
        run_sql(cbo_location, FORGED)
        number, problem = "P-2025-0099", "its content was changed"
        with open_cbo(cbo_location, lock=False) as cbo, cbo.reading():
            ids[number] = Entry.get(Entry.number == number).id
    result = cbodesk(tmp_path, "verify", cbo_location)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"Book NOT verified: entry {number} (id {ids[number]}): {problem}.")
    assert "Traceback" not in result.stderr


def test_verify_something_that_is_not_a_cbo(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello\n", encoding="utf-8")
    result = cbodesk(tmp_path, "verify", text)
    assert result.returncode == 1
    assert "is not a CBO Desk file" in result.stderr


# --- export hledger ----------------------------------------------------------------


def test_export_hledger(cbo_location: str, tmp_path: Path) -> None:
    make_book(cbo_location)
    out = tmp_path / "book.journal"
    result = cbodesk(tmp_path, "export", "hledger", cbo_location, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Journal written to {out}: 9 transactions (6 entries), fingerprint ")
    hledger = hledger_or_skip()
    balance = subprocess.run([hledger, "-f", str(out), "balance", "--flat", "-N", "assets"], check=True,
                             capture_output=True, text=True, encoding="utf-8").stdout
    # 100,000 + 20,000 + 30,000 + 40,000 - 41,000; $10.00 - $2.50.
    assert sorted(line.strip() for line in balance.splitlines()) == [
        "149000 KHR  assets:cash box:Riel box", "7.50 USD  assets:cash box:Dollar box"]


def test_export_never_writes_over_the_cbo_file(tmp_path: Path) -> None:
    path = tmp_path / "ktcf.cbodesk"
    make_book(str(path))
    size = path.stat().st_size
    result = cbodesk(tmp_path, "export", "hledger", path, "--out", path)
    assert result.returncode == 1
    assert "is the CBO file itself" in result.stderr
    assert path.stat().st_size == size
    assert cbodesk(tmp_path, "verify", path).returncode == 0


# --- template and import-entries --------------------------------------------------


def fill(path: Path, rows: list[list[object]]) -> None:
    wb = openpyxl.load_workbook(path)
    for row in rows:
        wb["Entries"].append(row)
    wb.save(path)


def test_template_then_import_entries(cbo_location: str, tmp_path: Path) -> None:
    make_book(cbo_location)
    template = tmp_path / "past.xlsx"
    made = cbodesk(tmp_path, "template", template, "--cbo", cbo_location)
    assert made.returncode == 0, made.stderr
    assert made.stdout == f"Template written to {template}\n"
    assert "Riel box" in [c.value for c in openpyxl.load_workbook(template)["Lists"]["A"]]
    fill(template, [
        ["2025-01-10", "receipt", "Riel box", 15000, "KHR", "Savings", "Long Samnang", None, "Savings"],
        ["2025-01-11", "payment", "Riel box", "5,000", "", "Transport", "Moto driver", None, "To the commune"],
    ])
    first = cbodesk(tmp_path, "import-entries", cbo_location, template)
    assert first.returncode == 0, first.stderr
    assert first.stdout == "Imported 2 entries from past.xlsx.\n"
    again = cbodesk(tmp_path, "import-entries", cbo_location, template)
    assert again.returncode == 0, again.stderr
    assert again.stdout == ("Imported 0 entries from past.xlsx.\n2 entries of this file were imported "
                            "before and were not recorded again.\n")
    with open_cbo(cbo_location, lock=False) as cbo:
        riel = next(a for a in cashbook.accounts(cbo) if a.name == "Riel box")
        assert cashbook.balances(cbo)[riel.id] == Money("159000", Currency.KHR)
    assert cbodesk(tmp_path, "verify", cbo_location).returncode == 0


def test_import_entries_with_problems_lists_them_and_imports_nothing(cbo_location: str, tmp_path: Path) -> None:
    make_book(cbo_location)
    template = tmp_path / "past.xlsx"
    assert cbodesk(tmp_path, "template", template).returncode == 0
    fill(template, [
        ["2025-01-10", "receipt", "Riel box", 15000, "KHR", "Savings", "Long Samnang", None, ""],
        ["31/01/2025x", "receipt", "Riel box", 1500.5, "KHR", "Savings", "Long Samnang", None, ""],
    ])
    result = cbodesk(tmp_path, "import-entries", cbo_location, template)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "cbodesk: Nothing was imported. Correct these problems in the file, then import it again:",
        "• Entries, row 3, Date: “31/01/2025x” is not a date. Type day/month/year, for example 14/03/2026.",
        "• Entries, row 3, Amount: “1500.5” has decimals, but riel amounts are whole numbers. Type it "
        "without a decimal point, for example 12,500.",
    ]
    with open_cbo(cbo_location, lock=False) as cbo, cbo.reading():
        assert Entry.select().count() == 6


def test_template_in_khmer_and_never_over_a_file(tmp_path: Path) -> None:
    path = tmp_path / "km.xlsx"
    result = cbodesk(tmp_path, "template", path, "--lang", "km")
    assert result.returncode == 0, result.stderr
    assert openpyxl.load_workbook(path).sheetnames == ["សូមអាន", "ចំណូលចំណាយ", "សមតុល្យដើមគ្រា", "បញ្ជី"]
    before = path.read_bytes()
    again = cbodesk(tmp_path, "template", path)
    assert again.returncode == 1
    assert "already exists" in again.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize("args", [["verify", "--help"], ["export", "hledger", "--help"],
                                  ["template", "--help"], ["import-entries", "--help"]])
def test_help_of_the_cash_book_commands(tmp_path: Path, args: list[str]) -> None:
    result = cbodesk(tmp_path, *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: cbodesk")


@pytest.mark.parametrize("args", [["verify"], ["export", "hledger", "x.cbodesk"], ["template"],
                                  ["import-entries", "x.cbodesk"], ["export"]])
def test_missing_arguments_exit_2(tmp_path: Path, args: list[str]) -> None:
    result = cbodesk(tmp_path, *args)
    assert result.returncode == 2
    assert "required" in result.stderr
