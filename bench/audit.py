"""bench/audit: the audit log of 200,000 entries.

Builds a CBO whose audit log holds ``--entries`` entries over ten years, written
by eight people in every area (or reuses the copy cached under
``bench/results/``, built by the same code with the same options): the entries
are chained with the app's own ``audit_hash`` and inserted in bulk in one
transaction. Then measures, against baselines taken in the same run (medians of
``--rounds``, in turns with the baseline):

* writing one change: ``record_change`` inside ``cbo.atomic()`` (median of 50)
  against one plain ``INSERT`` and ``COMMIT`` of an audit row with the app's
  pragmas (WAL, ``synchronous=FULL``), the disk's own floor;
* opening the audit page: the names and areas of its filters, then the count and
  the first window of rows, newest first (``count_entries`` and
  ``entry_rows``), for everyone, for one person and for one area, against the
  same ``COUNT`` and ``ORDER BY id DESC LIMIT`` written by hand for
  ``sqlite3``; and a window at the oldest end;
* checking the whole chain (``check_log``) against a plain ``hashlib`` loop
  recomputing the same hashes over the same rows read with ``sqlite3``;
* the Excel export of about 10,000 entries (a period filter) through
  ``export_log`` against openpyxl in write-only mode appending the same rows.

Writing happens on a copy of the cached log, which stays as built.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling bench modules

from cashbook import print_table  # noqa: E402  bench/cashbook.py: the same table
from common import cached, connect, in_turns  # noqa: E402  bench/common.py (puts the checkout on the path)

from cbodesk.domain.audit import GENESIS, AuditContent, audit_hash  # noqa: E402
from cbodesk.domain.profile import OrganisationProfile  # noqa: E402
from cbodesk.domain.roles import Actor  # noqa: E402
from cbodesk.services import audit  # noqa: E402
from cbodesk.services.setup import new_cbo  # noqa: E402
from cbodesk.storage.database import open_cbo  # noqa: E402
from cbodesk.storage.models import AuditEntry  # noqa: E402

# What the cached log depends on: if any of these change, it is built again.
SOURCES = ["bench/audit.py", "cbodesk/domain/audit.py", "cbodesk/storage/models.py", "cbodesk/storage/schema.py",
           "cbodesk/services/setup.py"]
PAGE = 200  # rows in a window of the audit table (gui/audit/model.py PAGE_SIZE)
CHAIR = Actor("bench.chair", "Bench Chair", frozenset({"administrator", "chair"}))
PROFILE = OrganisationProfile(name_km="សហគមន៍នេសាទ", name_en="Bench Fishery Community", sector="fishery",
                              province="10")
# (login name, the areas they work in): the treasurer writes most, as in a real CBO.
PEOPLE = (("keo.sophal", ("cashbook",) * 6 + ("members",)), ("chan.dara", ("cashbook",) * 4),
          ("sok.srey", ("members",) * 3 + ("meetings",) * 3), ("pich.sokha", ("meetings",) * 2 + ("members",)),
          ("lim.vanna", ("plans",) * 3 + ("meetings",)), ("meas.bopha", ("plans",)),
          ("bench.chair", ("cashbook", "meetings", "users", "profile")),
          ("bench.chair (login off)", ("cashbook", "members")))
WEIGHTS = (30, 20, 18, 8, 10, 4, 6, 4)
PARTIES = ("Keo Dara", "Sok Chenda", "ហេង សុភា", "Fisheries Administration", "ផ្សារលើ", "Mao Sreymom")


def _content(rng: random.Random, at: datetime, username: str, area: str, n: int) -> AuditContent:
    """One realistic entry of *area*, as the services write them (JSON before and after)."""
    def dumps(value: dict[str, Any] | None) -> str | None:
        return audit.as_json(value)

    roll = rng.random()
    if area == "cashbook":
        kind = "receipt" if roll < 0.55 else "payment"
        number = f"{'R' if kind == 'receipt' else 'P'}-{at.year}-{n % 9000 + 1:04d}"
        after: dict[str, Any] = {"date": at.date(), "account": rng.choice(("Cash – riel", "Cash – dollars", "ACLEDA")),
                 "amount": str(rng.randrange(1, 400) * 500), "category": rng.choice(("fees", "savings", "fuel")),
                 "party": rng.choice(PARTIES), "description": f"monthly contribution {at:%B}"}
        return AuditContent(at, username, f"entry.{kind}", area, number, None, dumps(after))
    if area == "members":
        member = f"member {rng.randrange(1, 450)}"
        if roll < 0.3:
            after = {"name_km": "សុខ ចន្ថា", "name_latin": "Sok Chantha", "sex": "F", "birth_year": 1980,
                     "village": "Koh Trong Leu", "joined_on": at.date(), "phone": "012 345 678"}
            return AuditContent(at, username, "member.add", area, member, None, dumps(after))
        return AuditContent(at, username, "member.update", area, member, dumps({"phone": "012 345 678"}),
                            dumps({"phone": f"0{rng.randrange(10, 99)} {rng.randrange(100, 999)} 111"}))
    if area == "meetings":
        meeting = f"meeting {rng.randrange(1, 700)}"
        if roll < 0.5:
            return AuditContent(at, username, "meeting.update", area, meeting,
                                dumps({"title": "Monthly meeting", "agenda": 4}),
                                dumps({"title": "ប្រជុំប្រចាំខែ", "agenda": 5}))
        return AuditContent(at, username, "meeting.attendance", area, meeting, None,
                            dumps({"present": rng.randrange(20, 300), "absent": rng.randrange(0, 50)}))
    if area == "plans":
        activity = f"activity {at.year}/A{rng.randrange(1, 200):03d}"
        if roll < 0.5:
            return AuditContent(at, username, "activity.status", area, activity, dumps({"status": "planned"}),
                                dumps({"status": "ongoing"}))
        return AuditContent(at, username, "monitoring.add", area, activity, None,
                            dumps({"date": at.date(), "participants_female": rng.randrange(40),
                                   "participants_male": rng.randrange(40), "progress": "on track"}))
    if area == "users":
        return AuditContent(at, username, "user.update", area, rng.choice([p[0] for p in PEOPLE[:6]]),
                            dumps({"roles": "treasurer"}), dumps({"roles": "treasurer,secretary"}))
    return AuditContent(at, username, "profile.update", area, "profile", dumps({"phone": "012 000 000"}),
                        dumps({"phone": "012 111 111"}))


def build_log(path: Path, entries: int, seed: int) -> None:
    cbo, _admin = new_cbo(path, PROFILE, "Bench Chair")
    rng = random.Random(f"bench-audit/{seed}")
    first = datetime(2016, 1, 1, 7, 0)
    step = (datetime(2026, 1, 1) - first) / max(entries, 1)
    columns = ("at", "username", "action", "area", "record", "before", "after", "prev_hash", "row_hash")
    with cbo, cbo.atomic():
        last = AuditEntry.select(AuditEntry.row_hash).order_by(AuditEntry.id.desc()).first()
        prev = last.row_hash if last is not None and last.row_hash else GENESIS
        batch: list[tuple[Any, ...]] = []
        for n in range(entries):
            at = (first + step * n + timedelta(seconds=rng.randrange(60))).replace(microsecond=0)
            username, areas = rng.choices(PEOPLE, WEIGHTS)[0]
            content = _content(rng, at, username, rng.choice(areas), n)
            row_hash = audit_hash(prev, content)
            batch.append((content.at, content.username, content.action, content.area, content.record,
                          content.before, content.after, prev, row_hash))
            prev = row_hash
            if len(batch) == 5000 or n == entries - 1:
                AuditEntry.insert_many(batch, fields=[getattr(AuditEntry, c) for c in columns]).execute()
                batch = []
    # No ANALYZE: a CBO's file never has SQLite's statistics, and the queries must not need them.


def cached_log(entries: int, seed: int, rebuild: bool) -> tuple[Path, float, bool]:
    """(path, seconds it took to write, whether it was reused)."""
    return cached(f"audit-{entries}-seed{seed}", SOURCES, lambda path: build_log(path, entries, seed),
                  f"writing an audit log of {entries:,} entries ...", {"entries": entries}, rebuild=rebuild)


# --- measuring -----------------------------------------------------------------------------------


def writing(path: Path, runs: int = 50) -> tuple[float, float]:
    """Median times of (record_change in its own transaction, a raw INSERT + COMMIT)."""
    ours, raw = [], []
    with open_cbo(path) as cbo, contextlib.closing(connect(path)) as con:
        for i in range(runs + 1):
            before = {"phone": "012 345 678", "village": "Koh Trong Leu"}
            after = {"phone": f"012 345 {i:03d}", "village": "Koh Trong Leu"}
            start = time.perf_counter()
            with cbo.atomic():
                audit.record_change(CHAIR, "member.update", "members", f"member {i}", before, after)
            middle = time.perf_counter()
            con.execute("BEGIN IMMEDIATE")
            con.execute("INSERT INTO audit_entry (at, username, action, area, record, before, after, prev_hash, "
                        "row_hash) VALUES (?, 'bench.chair', 'member.update', 'members', ?, ?, ?, ?, ?)",
                        (datetime.now().replace(microsecond=0).isoformat(" "), f"member {i}",
                         '{"phone": "012 345 678"}', f'{{"phone": "012 345 {i:03d}"}}', "0" * 64, "0" * 64))
            con.execute("COMMIT")
            end = time.perf_counter()
            if i:
                ours.append(middle - start)
                raw.append(end - middle)
    return statistics.median(ours), statistics.median(raw)


_RAW_ROWS = ("SELECT id, at, username, action, area, record, before, after FROM audit_entry {where} "
             "ORDER BY id {order} LIMIT ? OFFSET ?")


def raw_window(con: sqlite3.Connection, where: str, params: tuple[Any, ...], *, oldest: bool = False) -> None:
    con.execute(f"SELECT COUNT(*) FROM audit_entry {where}", params).fetchone()
    con.execute(_RAW_ROWS.format(where=where, order="ASC" if oldest else "DESC"), (*params, PAGE, 0)).fetchall()


def raw_choices(con: sqlite3.Connection) -> None:
    con.execute("SELECT DISTINCT username FROM audit_entry").fetchall()
    con.execute("SELECT username FROM user").fetchall()
    con.execute("SELECT DISTINCT area FROM audit_entry").fetchall()


def service_window(cbo: Any, f: audit.AuditFilter, *, oldest: bool = False) -> None:
    """What the page's table model asks for a new filter: the count, then a window (given the count)."""
    total = audit.count_entries(cbo, CHAIR, f)
    rows = audit.entry_rows(cbo, CHAIR, f, max(total - PAGE, 0) if oldest else 0, PAGE, total=total)
    assert rows or not total


def raw_verify(con: sqlite3.Connection) -> int:
    """The chain recomputed the plain way: every row read, its canonical JSON hashed after the hash before."""
    prev, count = GENESIS, 0
    rows = con.execute("SELECT at, username, action, area, record, before, after, prev_hash, row_hash "
                       "FROM audit_entry ORDER BY id")
    for at, username, action, area, record, before, after, prev_hash, row_hash in rows:
        data = {"at": at.replace(" ", "T")[:19], "username": username, "action": action, "area": area,
                "record": record, "before": before, "after": after}
        text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
        digest = hashlib.sha256(prev.encode("ascii") + b"\n" + text).hexdigest()
        if digest != row_hash or prev_hash != prev:
            raise AssertionError(f"the plain loop finds the chain broken at row {count + 1}")
        prev, count = digest, count + 1
    return count


def period_of(con: sqlite3.Connection, rows: int) -> date:
    """The first local day from which the log holds at least *rows* entries."""
    at = con.execute("SELECT at FROM audit_entry ORDER BY id DESC LIMIT 1 OFFSET ?", (rows - 1,)).fetchone()[0]
    return datetime.fromisoformat(at).replace(tzinfo=None).date()


def raw_export(con: sqlite3.Connection, since: str, out: Path) -> int:
    """The same rows written the plain way: openpyxl write-only, the stored values as they are."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Audit log")
    sheet.append(["When", "Who", "Action", "Area", "Record", "Before", "After", "Entry"])
    count = 0
    for id_, at, username, action, area, record, before, after in con.execute(
            "SELECT id, at, username, action, area, record, before, after FROM audit_entry WHERE at >= ? "
            "ORDER BY id DESC", (since,)):
        sheet.append([datetime.fromisoformat(at), username, action, area, record, before, after, id_])
        count += 1
    book.save(out)
    return count


def run(entries: int, seed: int, rebuild: bool, rounds: int, export_rows: int) -> None:
    load_before = os.getloadavg()[0]
    path, write_seconds, reused = cached_log(entries, seed, rebuild)
    rows: list[tuple[str, float, str, float | None, str]] = []

    with tempfile.TemporaryDirectory(prefix="cbodesk-bench-") as tmp:
        work = Path(tmp) / "work.cbodesk"
        shutil.copyfile(path, work)
        ours, raw = writing(work)
    rows.append(("record_change in its transaction (median of 50)", ours, "raw INSERT+COMMIT", raw, "≤ 20 ms"))

    with open_cbo(path) as cbo, contextlib.closing(connect(path)) as con:
        total = audit.count_entries(cbo, CHAIR)
        ours, raw = in_turns(lambda: (audit.log_users(cbo, CHAIR), audit.log_areas(cbo, CHAIR)),
                             lambda: raw_choices(con), rounds)
        rows.append(("the page's filter choices (people, areas)", ours, "raw SELECT DISTINCT", raw, ""))
        ours, raw = in_turns(lambda: service_window(cbo, audit.AuditFilter()),
                             lambda: raw_window(con, "", ()), rounds)
        rows.append((f"first window of {PAGE}, everyone", ours, "raw COUNT + window", raw, "≤ 200 ms"))
        person = "sok.srey"
        names = (person, *(person + mark for mark in audit._MARKS))
        ours, raw = in_turns(lambda: service_window(cbo, audit.AuditFilter(username=person)),
                             lambda: raw_window(con, "WHERE username IN (?, ?, ?)", names), rounds)
        rows.append((f"first window, one person ({person})", ours, "raw COUNT + window", raw, "≤ 200 ms"))
        ours, raw = in_turns(lambda: service_window(cbo, audit.AuditFilter(area="plans")),
                             lambda: raw_window(con, "WHERE area = ?", ("plans",)), rounds)
        rows.append(("first window, one area (plans)", ours, "raw COUNT + window", raw, "≤ 200 ms"))
        ours, raw = in_turns(lambda: service_window(cbo, audit.AuditFilter(username=person, area="meetings")),
                             lambda: raw_window(con, "WHERE username IN (?, ?, ?) AND area = ?",
                                                (*names, "meetings")), rounds)
        rows.append(("first window, one person and one area", ours, "raw COUNT + window", raw, "≤ 200 ms"))
        ours, raw = in_turns(lambda: service_window(cbo, audit.AuditFilter(), oldest=True),
                             lambda: raw_window(con, "", (), oldest=True), rounds)
        rows.append(("last window (the oldest entries)", ours, "raw COUNT + window", raw, "≤ 200 ms"))
        ours, raw = in_turns(lambda: service_window(cbo, audit.AuditFilter(text="Sok Chantha")),
                             lambda: raw_window(con, "WHERE action LIKE ? OR record LIKE ? OR before LIKE ? OR "
                                                     "after LIKE ? OR username LIKE ?", ("%Sok Chantha%",) * 5),
                             rounds)
        rows.append(("first window, text search “Sok Chantha”", ours, "raw LIKE", raw, ""))

        checks: list[audit.AuditCheck] = []
        counts: list[int] = []
        ours, raw = in_turns(lambda: checks.append(audit.check_log(cbo)), lambda: counts.append(raw_verify(con)),
                             rounds)
        assert checks[-1].ok and checks[-1].entries == counts[-1] == total, (checks[-1], counts[-1], total)
        rows.append((f"check the whole chain ({total:,} entries)", ours, "plain hashlib loop", raw, ""))

        since = period_of(con, export_rows)
        f = audit.AuditFilter(date_from=since)
        utc_since = audit._utc_start(since).isoformat(" ")
        with tempfile.TemporaryDirectory(prefix="cbodesk-bench-") as tmp:
            written: list[int] = []
            plain: list[int] = []
            ours, raw = in_turns(lambda: written.append(audit.export_log(cbo, CHAIR, Path(tmp) / "ours.xlsx", f)),
                                 lambda: plain.append(raw_export(con, utc_since, Path(tmp) / "plain.xlsx")), rounds)
        assert written[-1] == plain[-1], (written[-1], plain[-1])
        rows.append((f"Excel export of {written[-1]:,} entries (since {since})", ours, "openpyxl write-only",
                     raw, "≤ 1.30x"))
    rows.append((f"write the log ({'cached' if reused else 'this run'})", write_seconds, "", None, ""))

    print_table(f"audit log of {total:,} entries; medians of {rounds}; {os.cpu_count()} CPUs, load "
                f"{load_before:.1f} before and {os.getloadavg()[0]:.1f} after", rows, 48, 30)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--entries", type=int, default=200_000, help="entries in the log (default 200,000)")
    parser.add_argument("--export-rows", type=int, default=10_000,
                        help="entries in the exported period, about (default 10,000)")
    parser.add_argument("--rounds", type=int, default=3, help="times each measure is taken (default 3)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="write the log again even if cached")
    args = parser.parse_args(argv)
    run(args.entries, args.seed, args.rebuild, args.rounds, args.export_rows)


if __name__ == "__main__":
    main()
