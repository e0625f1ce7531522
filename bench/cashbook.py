"""bench/cashbook: the cash book on a book of a million entries.

Builds the demo CBO with ``--entries`` cash-book lines written in bulk (or
reuses the copy cached under ``bench/results/``, built by the same code with
the same options), then measures against baselines taken in the same run:

* the balance of every account through ``services.cashbook.balances`` against
  the hand-written ``SELECT account_id, SUM(amount_minor) FROM entry GROUP BY
  account_id`` through ``sqlite3`` (goal: at most 1.3 times);
* recording one entry through ``record_entry`` (median of 50; goal: at most
  20 ms) against one raw ``INSERT`` and ``COMMIT`` of a cash-book row with
  ``synchronous=FULL``, the disk's own floor; receipts and cash payments apart,
  because a cash payment first sums its cash box;
* ``verify_book`` over the whole book (no goal);
* writing the demo itself.

Recording happens on a copy of the cached book, which stays as built.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling bench modules

from common import cached  # bench/common.py (which puts the checkout on the path)

from cbodesk.domain import cashbook as cb
from cbodesk.domain.money import Currency, Money
from cbodesk.services import cashbook
from cbodesk.services.demo import DemoOptions, treasurer_actor, write_demo
from cbodesk.services.demo_cashbook import last_month
from cbodesk.storage.database import open_cbo

# What the cached book depends on: if any of these change, it is built again.
SOURCES = ["cbodesk/services/demo.py", "cbodesk/services/demo_cashbook.py", "cbodesk/domain/cashbook.py",
           "cbodesk/services/cashbook.py", "cbodesk/storage/models.py", "cbodesk/storage/schema.py"]


def cached_book(entries: int, years: int, seed: int, rebuild: bool) -> tuple[Path, float, bool]:
    """(path, seconds it took to write, whether it was reused)."""
    until = last_month(date.today())

    def build(path: Path) -> None:
        write_demo(path, DemoOptions(seed=seed, entries=entries, years=years, until=until, bulk=True)).close()

    return cached(f"cashbook-{entries}-{years}y-seed{seed}-{until:%Y%m}", SOURCES, build,
                  f"writing a demo book of {entries:,} entries ({years} years) ...", {"entries": entries},
                  rebuild=rebuild, stream=sys.stdout)


def balance_times(path: Path, rounds: int = 9) -> tuple[float, float]:
    """Median times of (services.cashbook.balances, the raw GROUP BY), taken in turns."""
    ours, raw = [], []
    with open_cbo(path) as cbo, contextlib.closing(sqlite3.connect(path)) as con:
        for round_ in range(rounds + 1):
            start = time.perf_counter()
            cashbook.balances(cbo)
            middle = time.perf_counter()
            con.execute("SELECT account_id, SUM(amount_minor) FROM entry GROUP BY account_id").fetchall()
            end = time.perf_counter()
            if round_:  # the first round warms the caches
                ours.append(middle - start)
                raw.append(end - middle)
    return statistics.median(ours), statistics.median(raw)


def raw_inserts(path: Path, runs: int = 50) -> float:
    """One cash-book row inserted and committed, as the app's file is opened (WAL, FULL)."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as con:
        con.execute("PRAGMA journal_mode = wal")
        con.execute("PRAGMA synchronous = full")
        account = con.execute("SELECT id FROM account WHERE name = 'Cash – riel'").fetchone()[0]
        times = []
        for i in range(runs):
            row = (str(uuid.uuid4()), f"X-{i}", date.today().isoformat(), account, 5_000,
                   str(datetime.now().replace(microsecond=0)), "0" * 64, "0" * 64)
            start = time.perf_counter()
            con.execute("BEGIN IMMEDIATE")
            con.execute(
                "INSERT INTO entry (uid, group_uid, kind, number, fiscal_year, date, account_id, amount_minor, "
                "party, description, rate, reason, needs_approval, entered_by, entered_at, attachment_sha256, "
                "prev_hash, row_hash) VALUES (?1, ?1, 'receipt', ?2, 2000, ?3, ?4, ?5, 'bench', '', '', '', 0, "
                "'bench', ?6, '', ?7, ?8)", row)
            con.execute("COMMIT")
            times.append(time.perf_counter() - start)
        return statistics.median(times)


def recording(path: Path, runs: int = 50) -> tuple[float, float]:
    """Median times of record_entry: (a receipt, a payment from the riel cash box)."""
    actor = treasurer_actor()
    with open_cbo(path) as cbo:
        cash = next(a for a in cashbook.accounts(cbo) if a.name == "Cash – riel")
        income = next(c for c in cashbook.categories(cbo) if c.code == "fees")
        expense = next(c for c in cashbook.categories(cbo) if c.code == "stationery")
        times: dict[str, list[float]] = {"receipt": [], "payment": []}
        for i in range(runs + 1):
            for kind, category in (("receipt", income), ("payment", expense)):
                draft = cb.EntryDraft(kind, date.today(), cash.id, Money("1000", Currency.KHR), category.id,
                                      party="Keo Dara", description=f"bench {i}")
                start = time.perf_counter()
                cashbook.record_entry(cbo, actor, draft)
                if i:  # the first of each warms the caches
                    times[kind].append(time.perf_counter() - start)
    return statistics.median(times["receipt"]), statistics.median(times["payment"])


def run(entries: int, years: int, seed: int, rebuild: bool) -> None:
    path, write_seconds, reused = cached_book(entries, years, seed, rebuild)
    rows: list[tuple[str, float, str, float | None, str]] = []

    ours, raw = balance_times(path)
    rows.append(("balances of every account", ours, "raw SQL GROUP BY", raw, "≤ 1.30x"))

    with tempfile.TemporaryDirectory(prefix="cbodesk-bench-") as tmp:
        work = Path(tmp) / "work.cbodesk"
        shutil.copyfile(path, work)
        receipt, payment = recording(work)
        floor = raw_inserts(work)
    rows.append(("record_entry: a receipt (median of 50)", receipt, "raw INSERT+COMMIT", floor, "≤ 20 ms"))
    rows.append(("record_entry: a cash payment (median of 50)", payment, "raw INSERT+COMMIT", floor, "≤ 20 ms"))

    with open_cbo(path) as cbo:
        start = time.perf_counter()
        result = cashbook.verify_book(cbo)
        verify_seconds = time.perf_counter() - start
    assert result.ok, result
    rows.append(("verify_book, whole book", verify_seconds, "", None, ""))
    rows.append((f"write the demo ({'cached' if reused else 'this run'})", write_seconds, "", None, "< 3 min"))

    print_table(f"cash book on {result.entries:,} entries over {years} years", rows, 46, 28)


def print_table(title: str, rows: list[tuple[str, float, str, float | None, str]], name_width: int,
                base_width: int) -> None:
    """A benchmark's table: (what, seconds, baseline's name, baseline's seconds, goal) a row."""
    print(f"{title} (Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version})")
    print(f"{'':{name_width}} {'CBO Desk':>10}   {'baseline':<{base_width}} {'ratio':>7}  goal")
    for name, value, base_name, base, goal in rows:
        ratio = f"{value / base:6.2f}x" if base else ""
        base_text = f"{base_name} {_time(base)}" if base is not None else ""
        print(f"{name:{name_width}} {_time(value):>10}   {base_text:<{base_width}} {ratio:>7}  {goal}")


def _time(seconds: float) -> str:
    if seconds >= 10:
        return f"{seconds:.0f} s"
    if seconds >= 1:
        return f"{seconds:.1f} s"
    return f"{seconds * 1000:.1f} ms"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000, help="lines in the book (default 1,000,000)")
    parser.add_argument("--years", type=int, default=2, help="years the book spans (default 2)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="write the book again even if cached")
    args = parser.parse_args(argv)
    run(args.entries, args.years, args.seed, args.rebuild)


if __name__ == "__main__":
    main()
