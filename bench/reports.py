"""bench/reports: reports on big books, against plain reportlab, plain openpyxl, raw SQL and hledger.

Uses the demo book of ``bench/cashbook.py`` (a million entries written in bulk,
cached under ``bench/results/``) and measures, with baselines taken in the same
run and in turns with ours (medians of ``--rounds``):

* the cash-book register of one account over a period holding about 10,000
  lines, as a PDF in English and in Khmer: ``registry.build("register")`` and
  ``render_pdf``, each timed and then together, against plain reportlab
  drawing the same rows as plain strings (same columns and widths, same page,
  Helvetica 8 pt, ``SimpleDocTemplate``, one ``Table`` per page of rows with
  its header row repeated; a page's worth rather than a fixed 40 rows, since a
  table split across pages costs reportlab about twice as much and would flatter
  us). Goals: English at most 1.3 times, Khmer 3 times;
* the register over about 100,000 lines as an Excel workbook (build, then
  ``render_xlsx``) against openpyxl in write-only mode appending the same
  values (texts, numbers, dates). Goal: at most 1.3 times;
* the monthly income and expenditure by category and currency of the whole
  book through ``services.reporting`` against the same ``GROUP BY`` month,
  category and currency written by hand for ``sqlite3`` (with the app's pragmas,
  so that only our code differs). Goal: at most 1.3
  times. And hledger's ``balance --monthly`` on the book exported as a journal
  (skipped with a note when hledger is not installed).

``python bench/reports.py [--quick]``: ``--quick`` runs every measure on a small
book (20,000 entries, written in a temporary folder, not cached) with small
sizes, to check the bench itself runs.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the sibling bench modules
sys.path.insert(0, str(HERE.parent))  # the checkout, not an installed cbodesk

from cashbook import cached_book  # bench/cashbook.py: the cached million-entry book
from common import render_pdf, say  # bench/common.py

from cbodesk.domain.money import Money
from cbodesk.reports import registry
from cbodesk.reports.model import Report, Row
from cbodesk.services.demo import DemoOptions, write_demo
from cbodesk.services.demo_cashbook import last_month
from cbodesk.services.users import default_actor
from cbodesk.storage.database import SQLITE_PRAGMAS, Cbo, open_cbo


@dataclass(frozen=True)
class Measure:
    name: str
    ours: float | None
    base_name: str = ""
    base: float | None = None
    goal: str = ""
    note: str = ""


# --- the book and the period -----------------------------------------------------------


@dataclass(frozen=True)
class Period:
    account_id: int
    account: str
    date_from: date
    date_to: date
    entries: int  # cash-book lines of the account in the period


def busiest_period(path: Path, lines: int) -> Period:
    """The account with the most lines, and the last days of its book that hold at least *lines*."""
    with contextlib.closing(sqlite3.connect(path)) as con:
        account_id, name = con.execute(
            "SELECT a.id, a.name FROM account a JOIN entry e ON e.account_id = a.id "
            "GROUP BY a.id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
        per_day = con.execute("SELECT date, COUNT(*) FROM entry WHERE account_id = ? "
                              "GROUP BY date ORDER BY date DESC", (account_id,)).fetchall()
    total, first = 0, None
    for day, count in per_day:
        total, first = total + count, day
        if total >= lines:
            break
    assert first is not None, "the book has no entries"
    return Period(account_id, name, date.fromisoformat(first), date.fromisoformat(per_day[0][0]), total)


@contextlib.contextmanager
def the_book(quick: bool, entries: int, years: int, seed: int, rebuild: bool) -> Iterator[tuple[Path, str]]:
    """(the book's file, how it was had)."""
    with tempfile.TemporaryDirectory(prefix="cbodesk-bench-") as tmp:
        path = Path(tmp) / "book.cbodesk"
        if not quick:
            cached, seconds, reused = cached_book(entries, years, seed, rebuild)
            # Another bench run may replace the cached book while this one reads it (a source it
            # depends on changed): a link of our own keeps this run's book whole.
            try:
                os.link(cached, path)
            except OSError:
                shutil.copyfile(cached, path)
            yield path, "cached" if reused else f"written in {seconds:.0f} s"
            return
        start = time.perf_counter()
        write_demo(path, DemoOptions(seed=seed, entries=entries, years=years,
                                     until=last_month(date.today()), bulk=True)).close()
        yield path, f"written in {time.perf_counter() - start:.1f} s"


# --- what the baselines draw: the report's own rows, as plain values ----------------------


def cells(row: Row | Sequence[Any]) -> Sequence[Any]:
    return row.cells if isinstance(row, Row) else row


def plain_value(cell: Any) -> Any:
    """What a plain spreadsheet cell holds for a report cell: a number, a date, a text or nothing."""
    if isinstance(cell, Money):
        return cell.amount
    return cell


def plain_text(cell: Any) -> str:
    """A report cell as a plain string, formatted the simplest way."""
    if cell is None:
        return ""
    if isinstance(cell, Money):
        return f"{cell.amount:,}"
    if isinstance(cell, Decimal | int):
        return f"{cell:,}"
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


@dataclass(frozen=True)
class PlainTable:
    header: list[str]
    widths: list[float]
    right: list[int]  # the columns of figures, aligned right
    rows: list[list[Any]]


def plain_tables(report: Report, convert: Callable[[Any], Any]) -> list[PlainTable]:
    found = []
    for table in report.tables():
        rows = [[convert(c) for c in cells(r)] for r in table.rows]
        if table.totals is not None:
            rows.append([convert(c) for c in table.totals])
        found.append(PlainTable([c.title for c in table.columns], [c.width for c in table.columns],
                                [i for i, c in enumerate(table.columns) if c.kind != "text"], rows))
    return found


def lines_of(report: Report) -> int:
    return sum(len(t.rows) for t in report.tables())


# --- ours ------------------------------------------------------------------------------------


def build_register(cbo: Cbo, period: Period, language: str) -> Report:
    params = registry.ReportParams(language=language, date_from=period.date_from, date_to=period.date_to,
                                   account_id=period.account_id)
    return registry.build(cbo, default_actor(cbo), "register", params)


def render_xlsx(report: Report, out: Path) -> None:
    from cbodesk.reports.xlsx import render_xlsx as render

    render(report, out, registry.NO_PROGRESS)


# --- the baselines -------------------------------------------------------------------------


def plain_reportlab(tables: list[PlainTable], out: Path, page: tuple[float, float]) -> tuple[int, int]:
    """The rows as plain strings in reportlab tables of a page each, header repeated: (pages, rows
    a page).

    Each chunk is as many rows as fit on the page, so that no table is split (splitting a table
    costs reportlab more than drawing it, NOTES.md): the baseline is reportlab at its fastest.
    """
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    doc = SimpleDocTemplate(str(out), pagesize=page, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm)
    story = []
    chunk = 1
    for table in tables:
        widths = [doc.width * w / sum(table.widths) for w in table.widths]
        style = TableStyle([
            ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *[("ALIGN", (i, 1), (i, -1), "RIGHT") for i in table.right],
        ])
        # Plain strings never wrap: every row is as high as the header.
        _, height = Table([table.header], colWidths=widths, style=style).wrap(doc.width, doc.height)
        chunk = max(int(doc.height // height) - 1, 1)
        for start in range(0, max(len(table.rows), 1), chunk):
            story.append(Table([table.header, *table.rows[start:start + chunk]], colWidths=widths,
                               repeatRows=1, style=style))
    doc.build(story)
    return int(doc.page), chunk


def plain_openpyxl(tables: list[PlainTable], out: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for i, table in enumerate(tables):
        sheet = book.create_sheet(f"Table {i + 1}")
        sheet.append(table.header)
        for row in table.rows:
            sheet.append(row)
    book.save(out)


def page_size(report: Report) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, A5, landscape, portrait

    size = A5 if report.page_size == "A5" else A4
    return landscape(size) if report.orientation == "landscape" else portrait(size)


# --- measuring ------------------------------------------------------------------------------


def timed(action: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[float, Any]:
    """(seconds, result) of action(*args, **kwargs)."""
    start = time.perf_counter()
    result = action(*args, **kwargs)
    return time.perf_counter() - start, result


def register_pdf(cbo: Cbo, period: Period, rounds: int, folder: Path) -> list[Measure]:
    english = build_register(cbo, period, "en")
    baseline = plain_tables(english, plain_text)
    size = page_size(english)
    times: dict[str, list[float]] = {k: [] for k in ("base", "en build", "en render", "km build", "km render")}
    pages: dict[str, int] = {}
    chunk = 0
    for _ in range(rounds):  # in turns, so that the machine's moods fall on all alike
        seconds, (pages["base"], chunk) = timed(plain_reportlab, baseline, folder / "plain.pdf", size)
        times["base"].append(seconds)
        for language in ("en", "km"):
            seconds, report = timed(build_register, cbo, period, language)
            times[f"{language} build"].append(seconds)
            seconds, pages[language] = timed(render_pdf, report, folder / f"register-{language}.pdf")
            times[f"{language} render"].append(seconds)
    med = {k: statistics.median(v) for k, v in times.items()}
    base_name = f"plain reportlab ({chunk} rows/p., {pages['base']} p.)"
    lines = lines_of(english)
    found = []
    for language, name, goal in (("en", "English", "≤ 1.30x"), ("km", "Khmer", "≤ 3.00x")):
        found += [
            Measure(f"register PDF, {name}: build", med[f"{language} build"]),
            Measure(f"register PDF, {name}: render ({pages[language]} p.)", med[f"{language} render"]),
            Measure(f"register PDF, {name}: {lines:,} lines", med[f"{language} build"] + med[f"{language} render"],
                    base_name, med["base"], goal),
        ]
    return found


def register_xlsx(cbo: Cbo, period: Period, rounds: int, folder: Path) -> list[Measure]:
    report = build_register(cbo, period, "en")
    baseline = plain_tables(report, plain_value)
    times: dict[str, list[float]] = {"base": [], "build": [], "render": []}
    for _ in range(rounds):
        times["base"].append(timed(plain_openpyxl, baseline, folder / "plain.xlsx")[0])
        seconds, report = timed(build_register, cbo, period, "en")
        times["build"].append(seconds)
        times["render"].append(timed(render_xlsx, report, folder / "register.xlsx")[0])
    med = {k: statistics.median(v) for k, v in times.items()}
    return [
        Measure("register Excel: build", med["build"]),
        Measure("register Excel: render", med["render"], "openpyxl write-only", med["base"]),
        Measure(f"register Excel: {lines_of(report):,} lines", med["build"] + med["render"],
                "openpyxl write-only", med["base"], "≤ 1.30x"),
    ]


# The hand-written query: the sum per month, category and currency of the entries that have a
# category (receipts, payments and their reversals; transfers and exchanges are neither income
# nor expenditure), over the same dates, as services.reporting counts them.
MONTHLY_SQL = """
SELECT substr(e.date, 1, 7) AS month, e.category_id, a.currency, SUM(e.amount_minor)
FROM entry e JOIN account a ON a.id = e.account_id
WHERE e.category_id IS NOT NULL AND e.date >= ? AND e.date <= ?
GROUP BY month, e.category_id, a.currency
"""


def book_span(path: Path) -> tuple[date, date]:
    with contextlib.closing(sqlite3.connect(path)) as con:
        first, last = con.execute("SELECT MIN(date), MAX(date) FROM entry").fetchone()
    return date.fromisoformat(first), date.fromisoformat(last)


def monthly_ours(cbo: Cbo, first: date, last: date) -> int:
    from cbodesk.services.reporting import monthly_category_totals

    return len(monthly_category_totals(cbo, first, last))


def monthly(cbo: Cbo, path: Path, rounds: int, folder: Path, hledger: bool,
            hledger_timeout: float) -> list[Measure]:
    first, last = book_span(path)
    ours, raw = [], []
    with contextlib.closing(sqlite3.connect(path)) as con:
        # The app's own settings (a 16 MB page cache …): the same query on the same footing.
        for name, value in SQLITE_PRAGMAS.items():
            con.execute(f"PRAGMA {name} = {value}")
        for round_ in range(rounds + 1):
            ours_seconds, sums = timed(monthly_ours, cbo, first, last)
            raw_seconds, rows = timed(lambda: con.execute(MONTHLY_SQL, (first.isoformat(),
                                                                        last.isoformat())).fetchall())
            if round_:  # the first round warms the caches
                ours.append(ours_seconds)
                raw.append(raw_seconds)
    assert sums == len(rows), (sums, len(rows))  # the same question, the same answer's size
    found = [Measure(f"monthly income and expenditure ({len(rows):,} sums)", statistics.median(ours),
                     "raw SQL GROUP BY", statistics.median(raw), "≤ 1.30x")]
    if not hledger:
        return found
    program = shutil.which("hledger")
    if program is None:
        return [*found, Measure("hledger balance --monthly", None, note="skipped: hledger is not installed")]
    from cbodesk.services.cashbook_io import write_hledger_journal

    journal = folder / "book.journal"
    say("hledger: exporting the journal, then balance --monthly ...")
    seconds, written = timed(write_hledger_journal, cbo, journal)
    found.append(Measure(f"export hledger journal ({written.transactions:,} transactions)", seconds))
    command = [program, "-f", str(journal), "balance", "--monthly"]
    try:
        seconds, result = timed(subprocess.run, command, check=False, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, timeout=hledger_timeout)
    except subprocess.TimeoutExpired:
        return [*found, Measure("hledger balance --monthly", None,
                                note=f"stopped after {hledger_timeout:.0f} s")]
    if result.returncode != 0:
        return [*found, Measure("hledger balance --monthly", None,
                                note=f"failed: {result.stderr.strip().splitlines()[-1:]}")]
    found.append(Measure("monthly income and expenditure", statistics.median(ours),
                         "hledger balance --monthly", seconds))
    return found


# --- the table -----------------------------------------------------------------------------


def _time(seconds: float) -> str:
    if seconds >= 10:
        return f"{seconds:.0f} s"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.0f} ms"


def print_table(title: str, measures: list[Measure]) -> None:
    print(title)
    width = max(len(m.name) for m in measures)
    base_width = max(len(f"{m.base_name} {_time(m.base)}") if m.base is not None else 0 for m in measures)
    print(f"{'measure':{width}}  {'ours':>8}   {'baseline':<{base_width}}  {'ratio':>7}  goal")
    for m in measures:
        ours = _time(m.ours) if m.ours is not None else "—"
        base = f"{m.base_name} {_time(m.base)}" if m.base is not None else ""
        ratio = f"{m.ours / m.base:6.2f}x" if m.ours is not None and m.base else ""
        print(f"{m.name:{width}}  {ours:>8}   {base:<{base_width}}  {ratio:>7}  {m.goal}{m.note}".rstrip())


def run(args: argparse.Namespace) -> None:
    pdf_lines, xlsx_lines = (1_000, 5_000) if args.quick else (args.pdf_lines, args.xlsx_lines)
    entries = 20_000 if args.quick else args.entries
    rounds = 1 if args.quick else args.rounds
    load_before = os.getloadavg()[0]  # other work on the machine slows ours and the baselines alike
    with the_book(args.quick, entries, args.years, args.seed, args.rebuild) as (path, how), \
            tempfile.TemporaryDirectory(prefix="cbodesk-bench-") as tmp, \
            open_cbo(path, upgrade=False, lock=False) as cbo:
        folder = Path(tmp)
        small, large = busiest_period(path, pdf_lines), busiest_period(path, xlsx_lines)
        say(f"register PDF of {small.entries:,} entries, {rounds} rounds ...")
        measures = register_pdf(cbo, small, rounds, folder)
        say(f"register Excel of {large.entries:,} entries, {rounds} rounds ...")
        measures += register_xlsx(cbo, large, rounds, folder)
        say("monthly income and expenditure ...")
        measures += monthly(cbo, path, max(rounds, 3), folder, not args.no_hledger, args.hledger_timeout)
    print_table(
        f"reports on a book of {entries:,} entries over {args.years} years ({how}); register of "
        f"“{small.account}” {small.date_from} – {small.date_to} ({small.entries:,} entries) and "
        f"{large.date_from} – {large.date_to} ({large.entries:,}); medians of {rounds}; "
        f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, "
        f"load {load_before:.1f} before and {os.getloadavg()[0]:.1f} after", measures)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="small sizes on a small book written for this run, to check the bench runs")
    parser.add_argument("--entries", type=int, default=1_000_000, help="lines in the book (default 1,000,000)")
    parser.add_argument("--years", type=int, default=2, help="years the book spans (default 2)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pdf-lines", type=int, default=10_000, help="register lines in the PDF (default 10,000)")
    parser.add_argument("--xlsx-lines", type=int, default=100_000,
                        help="register lines in the workbook (default 100,000)")
    parser.add_argument("--rounds", type=int, default=3, help="times each measure is taken (default 3)")
    parser.add_argument("--no-hledger", action="store_true", help="leave hledger out (it takes a while)")
    parser.add_argument("--hledger-timeout", type=float, default=1200, metavar="SECONDS",
                        help="give up on hledger after this long (default 1200)")
    parser.add_argument("--rebuild", action="store_true", help="write the book again even if cached")
    run(parser.parse_args(argv))


if __name__ == "__main__":
    main()
