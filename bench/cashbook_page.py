"""bench/cashbook_page: the cash-book page on a book of a million entries.

Measured in one process, on a demo CBO file whose cash book is written straight
into the table with ``executemany`` (numbers, counters and the hash chain as
the services make them, so ``cbodesk verify`` passes):

* opening the page: built, shown, and the first screen of rows read and painted
  (the totals line is added up just after, and timed on its own);
* jumping to the last row from the first (``scrollToBottom`` and the data of
  the rows then visible), with the accounts' sums already known (as after
  opening) and with nothing known (after a refresh);
* the memory the open page takes (VmRSS after less before).

Baselines in the same run: a bare ``QTableView`` over a ``QStandardItemModel``
of 1,000 rows, opened the same way; and the raw SQL of a screen at the end of
the book (``SELECT … ORDER BY date, id LIMIT 200 OFFSET N-200``).
Goals: open ≤ 200 ms, jump ≤ 100 ms, memory ≤ 80 MB.

``python bench/cashbook_page.py [--entries N] [--book FILE]``: with ``--book``
the book is kept in FILE and used again by the next run (building a million
entries takes about a minute).
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

ROUNDS = 5
DEFAULT_ENTRIES = 1_000_000


# --- the book -------------------------------------------------------------------------


def build_book(path: Path, entries: int, *, seed: int = 1, years: int = 10, today: date | None = None) -> None:
    """The demo CBO at *path* with *entries* cash-book lines over *years* years up to *today*."""
    from cbodesk.domain import cashbook as cb
    from cbodesk.domain.money import Currency, Money
    from cbodesk.services import cashbook
    from cbodesk.services.demo import PEOPLE, write_demo
    from cbodesk.services.users import default_actor

    rng = random.Random(seed)
    today = today or date.today()
    start = date(today.year - years + 1, 1, 1)
    try:  # the demo may write a small cash book of its own: not here
        from cbodesk.services.demo import DemoOptions

        options = DemoOptions(entries=0) if "entries" in DemoOptions.__dataclass_fields__ else DemoOptions()
        cbo = write_demo(path, options)
    except TypeError:
        cbo = write_demo(path)
    actor = default_actor(cbo)
    if len(cashbook.accounts(cbo)) < 4:
        cashbook.add_account(cbo, actor, "ABA bank – dollars", "bank", Currency.USD, Money("2500", Currency.USD),
                             start)
        cashbook.add_account(cbo, actor, "Wing – riel", "mobile", Currency.KHR, Money("500000", Currency.KHR),
                             start)
    if not cashbook.funds(cbo):
        cashbook.add_fund(cbo, actor, "Oxfam patrol grant", "Oxfam")
    accounts = cashbook.accounts(cbo)[:4]
    income = [c.id for c in cashbook.categories(cbo) if c.kind == "income"]
    expense = [c.id for c in cashbook.categories(cbo) if c.kind == "expense"]
    funds = [f.id for f in cashbook.funds(cbo)]
    cbo.close()

    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    for table in ("approval", "attachment", "cash_count_line", "month_closing", "entry", "number_counter"):
        con.execute(f"DELETE FROM {table}")
    con.execute("UPDATE account SET opening_date = ?", (start.isoformat(),))
    currency = {a.id: a.currency for a in accounts}
    name = {a.id: a.name for a in accounts}
    riel = [a.id for a in accounts if a.currency is Currency.KHR]
    dollars = [a.id for a in accounts if a.currency is Currency.USD]
    parties = [latin for _km, latin, _sex in PEOPLE] + [km for km, _latin, _sex in PEOPLE] + [
        "Kratie market", "Fisheries Administration", "ហាងលក់សម្ភារៈ សុខា", "Mekong boat repair"]
    receipt_texts = ["Monthly fee", "Savings deposit", "Sale of fish", "Grant instalment", "ភាគទានប្រចាំខែ"]
    payment_texts = ["Fuel for the patrol boat", "Meeting snacks", "Stationery", "ការប្រជុំប្រចាំខែ"]
    columns = ("id, uid, group_uid, kind, number, fiscal_year, date, account_id, amount_minor, category_id, "
               "fund_id, party, description, rate, reverses_id, reason, needs_approval, entered_by, "
               "entered_at, attachment_sha256, prev_hash, row_hash")
    insert = f"INSERT INTO entry ({columns}) VALUES ({', '.join('?' * len(columns.split(',')))})"
    counters: dict[tuple[str, int], int] = defaultdict(int)
    state = {"prev": cb.GENESIS, "id": 0}
    rows: list[tuple[object, ...]] = []
    approvals: list[tuple[object, ...]] = []
    recent: dict[int, tuple[object, ...]] = {}  # receipts and payments that may still be reversed

    def number(kind: str, year: int) -> str:
        counters[(cb.SERIES[kind], year)] += 1
        return f"{cb.SERIES[kind]}-{year}-{counters[(cb.SERIES[kind], year)]:04d}"

    def leg(uid: str, group: str, kind: str, num: str, day: date, account: int, amount: int,
            category: int | None, fund: int | None, party: str, text: str, rate: str = "",
            reverses: tuple[int, str] | None = None, reason: str = "", approval: bool = False) -> int:
        at = datetime(day.year, day.month, day.day, 8) + timedelta(seconds=state["id"] % 30000)
        fields = cb.ChainedFields(
            uid=uid, group_uid=group, kind=kind, number=num, date=day, account_id=account, amount_minor=amount,
            currency=currency[account].code, category_id=category, fund_id=fund, party=party, description=text,
            rate=rate, reverses_uid=reverses[1] if reverses else "", reason=reason, needs_approval=approval,
            entered_by=actor.full_name, entered_at=at, attachment_sha256="", fiscal_year=day.year)
        row_hash = cb.chain_hash(str(state["prev"]), fields)
        state["id"] = int(state["id"]) + 1
        rows.append((state["id"], uid, group, kind, num, day.year, day.isoformat(), account, amount, category,
                     fund, party, text, rate, reverses[0] if reverses else None, reason, int(approval),
                     actor.full_name, at.isoformat(" "), "", state["prev"], row_hash))
        state["prev"] = row_hash
        return int(state["id"])

    def amount_of(account: int, low: int, high: int) -> int:
        if currency[account] is Currency.KHR:
            return max(rng.randrange(low, high) // 500 * 500, 500)
        return max(rng.randrange(low // 40, high // 40) // 25 * 25, 25)

    days = (today - start).days + 1
    made = serial = 0
    for day_index in range(days):
        day = start + timedelta(days=day_index)
        while made < entries * (day_index + 1) // days:
            serial += 1
            uid = f"{serial:08x}-0000-4000-8000-{seed:012x}"
            pick = rng.random()
            if pick < 0.53 or made + 2 > entries:
                account = rng.choice(riel if rng.random() < 0.7 else dollars)
                amount = amount_of(account, 5_000, 1_500_000)
                fund = rng.choice(funds) if rng.random() < 0.2 else None
                values = (account, amount, rng.choice(income), fund, rng.choice(parties),
                          rng.choice(receipt_texts), uid)
                new = leg(uid, uid, "receipt", number("receipt", day.year), day, *values[:6])
                recent[new] = values
                made += 1
            elif pick < 0.95:
                account = rng.choice(riel if rng.random() < 0.7 else dollars)
                amount = amount_of(account, 2_000, 1_200_000)
                above = amount > cashbook.DEFAULT_LIMITS[currency[account]].to_minor()
                values = (account, -amount, rng.choice(expense), None, rng.choice(parties),
                          rng.choice(payment_texts), uid)
                new = leg(uid, uid, "payment", number("payment", day.year), day, *values[:6], approval=above)
                if above and rng.random() < 0.8:
                    approvals.append((new, "approved", "Sok Dara", f"{day.isoformat()} 17:00:00"))
                recent[new] = values
                made += 1
            elif pick < 0.99:
                if rng.random() < 0.4:
                    source, target, kind, rate = rng.choice(dollars), rng.choice(riel), "exchange", "4100"
                    amount = rng.randrange(1, 40) * 1000
                    received = amount // 100 * 4100
                else:
                    source, target = rng.sample(riel, 2)
                    kind, rate = "transfer", ""
                    amount = received = rng.randrange(10, 400) * 1000
                num = number(kind, day.year)
                leg(uid[:-1] + "a", uid, kind, num, day, source, -amount, None, None, name[target], "", rate)
                leg(uid[:-1] + "b", uid, kind, num, day, target, received, None, None, name[source], "", rate)
                made += 2
            elif recent:
                original = rng.choice(list(recent)[-50:])
                account, amount, category, fund, party, text, original_uid = recent.pop(original)
                leg(uid, uid, "reversal", number("reversal", day.year), day, int(account), -int(amount),
                    category, fund, str(party), str(text), reverses=(original, str(original_uid)),
                    reason="Typed the wrong amount")
                made += 1
            if len(recent) > 400:
                for key in list(recent)[:200]:
                    del recent[key]
            if len(rows) >= 50_000:
                con.executemany(insert, rows)
                rows.clear()
    con.executemany(insert, rows)
    con.executemany("INSERT INTO approval (entry_id, decision, decided_by, decided_at, note) VALUES (?, ?, ?, ?, '')",
                    approvals)
    con.executemany("INSERT INTO number_counter (series, year, last) VALUES (?, ?, ?)",
                    [(series, year, last) for (series, year), last in counters.items()])
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def book_size(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT COUNT(*) FROM entry").fetchone()[0])
    except sqlite3.Error:
        return -1
    finally:
        con.close()


# --- measuring ------------------------------------------------------------------------


def rss_mb() -> float:
    """This process's resident memory (psutil is not installed)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def visible_rows(table: object) -> range:
    from PySide6.QtWidgets import QTableView

    assert isinstance(table, QTableView)
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    if last < 0:
        last = table.model().rowCount() - 1
    return range(max(first, 0), last + 1)


def read_visible(table: object) -> int:
    """Ask the model for every visible cell, as painting does; the number of rows seen."""
    from PySide6.QtWidgets import QTableView

    assert isinstance(table, QTableView)
    model = table.model()
    rows = visible_rows(table)
    for row in rows:
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    return len(rows)


def lay_out_and_paint(table: object) -> None:
    """What the event loop does first after a show: lay out, then paint (without running the
    page's deferred work, such as the totals, so that it is timed on its own)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QTableView

    assert isinstance(table, QTableView)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    table.viewport().repaint()


def fill_balances(table: object) -> None:
    """Let the model add the running balances it put off (a large book), and paint them; only
    the model's own deferred work runs, not the page's totals."""
    from PySide6.QtWidgets import QTableView

    assert isinstance(table, QTableView)
    model = table.model()
    if getattr(model, "balances_pending", lambda: False)():
        model.add_pending_balances()  # what the model's next turn of the event loop does
        table.viewport().repaint()


def bare_view_ms() -> float:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    start = time.perf_counter()
    model = QStandardItemModel(1000, 9)
    for row in range(1000):
        for column in range(9):
            model.setItem(row, column, QStandardItem(f"{row * 9 + column:,}"))
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    lay_out_and_paint(view)
    read_visible(view)
    elapsed = time.perf_counter() - start
    view.close()
    view.deleteLater()
    return elapsed * 1000


def raw_sql_ms(path: Path, total: int) -> float:
    con = sqlite3.connect(path)
    start = time.perf_counter()
    rows = con.execute("SELECT id, date, number, account_id, amount_minor, party, description FROM entry "
                       "ORDER BY date, id LIMIT 200 OFFSET ?", (max(total - 200, 0),)).fetchall()
    elapsed = time.perf_counter() - start
    con.close()
    assert len(rows) == min(200, total)
    return elapsed * 1000


def run(entries: int, book: Path | None) -> list[tuple[str, float, float, float | None, str]]:
    from PySide6.QtWidgets import QApplication

    from cbodesk.gui.app import make_application
    from cbodesk.gui.i18n import Languages, load_fonts
    from cbodesk.services.cashbook_list import EntryFilter
    from cbodesk.services.users import default_actor
    from cbodesk.storage.database import open_cbo

    with tempfile.TemporaryDirectory(prefix="cbodesk-bench-") as tmp:
        os.environ.setdefault("CBODESK_HOME", tmp)
        path = book or Path(tmp) / "book.cbodesk"
        if book_size(path) != entries:
            for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                stale.unlink(missing_ok=True)
            print(f"building a book of {entries:,} entries in {path} …", file=sys.stderr)
            start = time.perf_counter()
            build_book(path, entries)
            print(f"built in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        app = make_application()
        load_fonts()
        Languages(app).set_language("en")
        bare = [bare_view_ms() for _ in range(ROUNDS)]
        sql = [raw_sql_ms(path, entries) for _ in range(ROUNDS)]
        cbo = open_cbo(path)
        actor = default_actor(cbo)
        from cbodesk.gui.cashbook.page import CashbookPage

        opened, balanced, added, jumped, jumped_cold, memory = [], [], [], [], [], []
        first_open = 0.0
        for round_number in range(ROUNDS + 1):
            gc.collect()
            before = rss_mb()
            start = time.perf_counter()
            page = CashbookPage(cbo, actor)  # the first round also imports Babel and the model
            page.resize(1200, 800)
            page.show()
            lay_out_and_paint(page.ui.table)
            seen = read_visible(page.ui.table)
            elapsed = (time.perf_counter() - start) * 1000
            assert seen >= 10 and page.model is not None and page.model.rowCount() == entries
            start = time.perf_counter()
            fill_balances(page.ui.table)  # on a large book they follow the rows
            balances_ms = elapsed + (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            while not page.totals_shown():
                app.processEvents()
            totals_ms = (time.perf_counter() - start) * 1000
            after = rss_mb()
            table, model = page.ui.table, page.model
            # Jump from the first screen to the last: the accounts' sums are known (as after opening).
            model.set_filter(EntryFilter())  # forgets the rows read, not the sums
            table.scrollToTop()
            table.viewport().repaint()
            start = time.perf_counter()
            table.scrollToBottom()
            table.viewport().repaint()
            read_visible(table)
            fill_balances(table)
            jump = (time.perf_counter() - start) * 1000
            assert visible_rows(table)[-1] == entries - 1
            # The same with nothing known (after a refresh: another computer wrote).
            model.refresh()
            table.scrollToTop()
            table.viewport().repaint()
            start = time.perf_counter()
            table.scrollToBottom()
            table.viewport().repaint()
            read_visible(table)
            fill_balances(table)
            jump_cold = (time.perf_counter() - start) * 1000
            page.close()
            page.deleteLater()
            QApplication.sendPostedEvents(None, 0)
            if round_number == 0:
                first_open = elapsed
                memory.append(after - before)
                continue
            opened.append(elapsed)
            balanced.append(balances_ms)
            added.append(totals_ms)
            jumped.append(jump)
            jumped_cold.append(jump_cold)
        cbo.close()

    def row(name: str, times: list[float], base: float | None, note: str = "") -> tuple[
            str, float, float, float | None, str]:
        median = statistics.median(times)
        return name, median, min(times), median / base if base else None, note

    bare_ms, sql_ms = statistics.median(bare), statistics.median(sql)
    return [
        row("bare QTableView, 1,000 items (base A)", bare, None),
        row("raw SQL, last 200 rows (base B)", sql, None),
        row("open cash-book page (rows on screen)", opened, bare_ms, "goal ≤ 200 ms; ratio to A"),
        row("  …and their running balances", balanced, bare_ms, "ratio to A"),
        ("  first open (imports Babel)", first_open, first_open, first_open / bare_ms, "ratio to A"),
        row("  then the totals line", added, None, "after the balances"),
        row("jump to the last row, with balances", jumped, sql_ms, "goal ≤ 100 ms; ratio to B"),
        row("  …with nothing known", jumped_cold, sql_ms, "after a refresh; ratio to B"),
        ("memory of the open page", memory[0], memory[0], None, "MB (VmRSS); goal ≤ 80 MB"),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=DEFAULT_ENTRIES)
    parser.add_argument("--book", type=Path, help="keep the book in this file and use it again")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows = run(args.entries, args.book)
    platform = os.environ.get("QT_QPA_PLATFORM") or "xcb"
    print(f"cash-book page on {args.entries:,} entries ({platform}, Python {sys.version.split()[0]}, "
          f"{ROUNDS} rounds)")
    print(f"{'':40} {'median':>9} {'best':>9} {'ratio':>7}")
    for name, median, best, ratio, note in rows:
        unit = "MB" if name.startswith("memory") else "ms"
        ratio_text = f"{ratio:6.1f}x" if ratio is not None else ""
        print(f"{name:40} {median:7.1f}{unit} {best:7.1f}{unit} {ratio_text:>7}  {note}")


if __name__ == "__main__":
    main()
