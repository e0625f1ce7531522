"""bench/members: the member register of 100,000 members.

Builds a CBO with ``--members`` members in twenty villages (or reuses the copy
cached under ``bench/results/``, built by the same code with the same options),
then measures the service calls the members page makes against baselines taken
in the same run:

* opening the page: :func:`open_page`, the services the page calls before it
  shows (villages for the filter, the count and the first window of rows of
  current members), against the same two queries written by hand through
  ``sqlite3`` (goal: at most 200 ms); and the page itself, built, shown and its first
  screen painted (:func:`gui_rows`), against a bare ``QTableView`` of 1,000 items;
* a window of rows deep in the list (sorted by Latin name, and by village) and
  its count;
* a search: the count and the first window for a Khmer name, a Latin name and
  a member number (goal: at most 100 ms), against ``LIKE`` through ``sqlite3``; and the
  same searches typed in the page, until the rows found are painted;
* the filters of the page (village, status, sex, committee);
* importing a file of 5,000 members (goal: at most 3 s), against plain
  openpyxl reading the same file in read-only mode (the floor of any import).

Imports happen on a copy of the cached register, which stays as built.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling bench modules

from cashbook import print_table  # noqa: E402  bench/cashbook.py: the same table
from common import cached  # noqa: E402  bench/common.py (which puts the checkout on the path)

from cbodesk.domain import members as dm  # noqa: E402
from cbodesk.domain.profile import OrganisationProfile  # noqa: E402
from cbodesk.domain.roles import Actor  # noqa: E402
from cbodesk.services import members as ms  # noqa: E402
from cbodesk.services import members_io  # noqa: E402
from cbodesk.services.demo_cashbook import FAMILY_NAMES, GIVEN_NAMES  # noqa: E402
from cbodesk.services.setup import new_cbo  # noqa: E402
from cbodesk.storage.database import Cbo, open_cbo  # noqa: E402

# What the cached register depends on: if any of these change, it is built again.
SOURCES = ["bench/members.py", "cbodesk/services/members.py", "cbodesk/domain/members.py",
           "cbodesk/storage/models.py", "cbodesk/storage/schema.py"]
PAGE = 100  # rows in a window of the table
SECRETARY = Actor("secretary", "Bench Secretary", frozenset({"secretary"}))
PROFILE = OrganisationProfile(name_km="បណ្ដាញសហគមន៍", name_en="Bench Network of CBOs", sector="fishery",
                              province="10")
COMMUNES = (("កោះត្រង់", "Koh Trong"), ("អូរឫស្សី", "Ou Russei"), ("សំបុក", "Sambok"),
            ("ថ្មគ្រែ", "Thmor Kre"), ("ជ្រោយបន្ទាយ", "Chrouy Banteay"))
VILLAGE_WORDS = (("លើ", "Leu"), ("កណ្ដាល", "Kandal"), ("ក្រោម", "Kraom"), ("ថ្មី", "Thmei"))


# --- the register -----------------------------------------------------------------------------


def _lines(count: int, villages: list[int], seed: int) -> list[ms.RegisterLine]:
    rng = random.Random(f"bench-members/{seed}")
    lines = []
    first = date(2009, 1, 1)
    span = (date(2025, 12, 31) - first).days
    for _ in range(count):
        family_km, family_latin = rng.choice(FAMILY_NAMES)
        given_km, given_latin, sex = rng.choice(GIVEN_NAMES)
        joined = first + timedelta(days=rng.randrange(span))
        year = rng.randint(1950, min(2005, joined.year - 16))
        draft = dm.MemberDraft(
            name_km=f"{family_km} {given_km}", name_latin=f"{family_latin} {given_latin}", sex=sex,
            birth_year=year, village_id=rng.choice(villages), joined_on=joined,
            phone=f"0{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
            if rng.random() < 0.5 else "", household_head=rng.random() < 0.4).cleaned()
        roll = rng.random()
        history: tuple[dm.StatusChange, ...] = ()
        if roll < 0.1:
            history = (dm.StatusChange("left", joined + timedelta(days=400), "Moved away"),)
        elif roll < 0.13:
            history = (dm.StatusChange("inactive", joined + timedelta(days=200)),)
        lines.append(ms.RegisterLine(draft, None, history))
    return lines


def add_villages(cbo: Cbo, admin: Actor) -> list[int]:
    """The twenty villages of a bench CBO (four in each of five communes): their ids."""
    return [ms.add_village(cbo, admin, f"{c_km}{w_km}", f"{c_en} {w_en}", c_km, c_en).id
            for c_km, c_en in COMMUNES for w_km, w_en in VILLAGE_WORDS]


def add_register(cbo: Cbo, admin: Actor, secretary: Actor, members: int, seed: int) -> list[int]:
    """*members* members in the twenty villages, inserted by *secretary* at once: their ids."""
    villages = add_villages(cbo, admin)
    with cbo.atomic():
        return ms.insert_members(cbo, secretary, _lines(members, villages, seed))


def build_register(path: Path, members: int, seed: int) -> None:
    cbo, admin = new_cbo(path, PROFILE, "Bench Administrator")
    with cbo:
        lines = _lines(members, add_villages(cbo, admin), seed)
        with cbo.atomic():
            ids = ms.insert_members(cbo, SECRETARY, lines)
        # A committee of seven, so that the committee filter has something to find.
        for position, member_id in zip(("chair", "vice_chair", "secretary", "treasurer", "member", "member",
                                        "member"), [i for i, line in zip(ids, lines) if not line.history]):
            ms.start_term(cbo, admin, dm.TermDraft(position, member_id, date(2026, 1, 10)))
        # No ANALYZE: a CBO's file never has SQLite's statistics, and the queries must not need them.


def cached_register(members: int, seed: int, rebuild: bool) -> tuple[Path, float, bool]:
    """(path, seconds it took to write, whether it was reused)."""
    return cached(f"members-{members}-seed{seed}", SOURCES, lambda path: build_register(path, members, seed),
                  f"writing a register of {members:,} members ...", {"members": members}, rebuild=rebuild,
                  stream=sys.stdout)


# --- the measurements ---------------------------------------------------------------------------


def open_page(cbo: Cbo, actor: Actor) -> None:
    """What the members page asks the services for before it is shown: the villages of its
    filter, the count of current members and their first window of rows.

    The page itself (its widgets and table model over these rows) is measured by
    :func:`gui_rows`.
    """
    ms.villages(cbo)
    f = ms.MemberFilter(statuses=ms.CURRENT)
    total = ms.count_members(cbo, actor, f)
    ms.member_rows(cbo, actor, f, 0, PAGE, total=total)


def gui_rows(path: Path, members: int) -> list[tuple[str, float, str, float | None, str]]:
    """The members page itself, as a person sees it (the GUI engineer's part):

    * opening it: the page built and shown, its first screen of rows read and painted,
      against a bare ``QTableView`` over a ``QStandardItemModel`` of 1,000 rows opened the
      same way (bench/cashbook_page.py); the first opening also imports Babel and the model;
    * a search typed in its box: the filter applied (count and first window) and the
      screen of rows found painted, against the raw ``LIKE`` of the same search.
    """
    import os

    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from cashbook_page import bare_view_ms, lay_out_and_paint, read_visible
    from PySide6.QtWidgets import QApplication

    from cbodesk.gui.app import make_application
    from cbodesk.gui.i18n import Languages, load_fonts
    from cbodesk.gui.members.page import MembersPage

    app = make_application()
    load_fonts()
    Languages(app).set_language("en")
    rounds = 5
    bare = statistics.median(bare_view_ms() for _ in range(rounds)) / 1000
    rows: list[tuple[str, float, str, float | None, str]] = []
    with open_cbo(path) as cbo, contextlib.closing(sqlite3.connect(path)) as con:
        def open_page_gui() -> MembersPage:
            page = MembersPage(cbo, SECRETARY)
            page.resize(1200, 800)
            page.show()
            lay_out_and_paint(page.ui.table)
            assert read_visible(page.ui.table) >= 10
            return page

        def close(page: MembersPage) -> None:
            page.close()
            page.deleteLater()
            QApplication.sendPostedEvents(None, 0)

        times = []
        for _ in range(rounds + 1):
            start = time.perf_counter()
            page = open_page_gui()
            times.append(time.perf_counter() - start)
            assert page.model is not None and page.model.rowCount() > members // 2
            close(page)
        rows.append(("open the page (GUI, first screen painted)", statistics.median(times[1:]),
                     "bare QTableView 1,000", bare, "≤ 200 ms"))
        rows.append(("  first open (imports Babel, the model)", times[0], "bare QTableView 1,000", bare, ""))

        page = open_page_gui()
        for label, text, where, params in (
                ("search in the page: Khmer សុខ", "សុខ", "WHERE m.name_km LIKE ?", ("%សុខ%",)),
                ("search in the page: sok dara", "sok dara", "WHERE m.name_latin LIKE ? AND m.name_latin LIKE ?",
                 ("%sok%", "%dara%")),
                ("search in the page: 4242", "4242", "WHERE m.name_km LIKE ? OR m.number = 4242", ("%4242%",))):
            found = []
            for _ in range(rounds + 1):
                page.ui.searchEdit.setText("")
                page.apply_filter()
                lay_out_and_paint(page.ui.table)
                start = time.perf_counter()
                page.ui.searchEdit.setText(text)
                page.apply_filter()  # what the box does once the typing pauses
                lay_out_and_paint(page.ui.table)
                read_visible(page.ui.table)
                found.append(time.perf_counter() - start)
            assert page.model is not None and page.model.rowCount() > 0, text
            rows.append((label, statistics.median(found[1:]), "raw LIKE",
                         median_time(lambda w=where, p=params: raw_page(con, w, p)), "≤ 100 ms"))
        close(page)
    return rows


def median_time(call: Callable[[], Any], rounds: int = 9) -> float:
    call()  # the first round warms the caches
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


_RAW_PAGE = ("SELECT m.id, m.number, m.name_km, m.name_latin, m.sex, m.birth_date, m.birth_year, m.village_id, "
             "v.name_km, v.name_en, m.status, m.status_since, m.joined_on, m.household_head, m.phone "
             "FROM member m JOIN village v ON v.id = m.village_id {where} ORDER BY {order} LIMIT ? OFFSET ?")


def raw_page(con: sqlite3.Connection, where: str = "", params: tuple[Any, ...] = (), order: str = "m.number",
             offset: int = 0) -> None:
    con.execute(f"SELECT COUNT(*) FROM member m {where}", params).fetchone()
    con.execute(_RAW_PAGE.format(where=where, order=order), (*params, PAGE, offset)).fetchall()


def service_page(cbo: Cbo, actor: Actor, f: ms.MemberFilter, sort: str = "number", offset: int = 0) -> None:
    """What the page asks for a new filter or sort: the count, then the window (given the count,
    as the table model keeps it)."""
    total = ms.count_members(cbo, actor, f)
    ms.member_rows(cbo, actor, f, offset, PAGE, sort=sort, total=total)


def import_file(path: Path, rows: int, seed: int, villages: list[ms.VillageView]) -> None:
    """A workbook of *rows* new members, made from the template as a secretary fills it in."""
    import openpyxl

    rng = random.Random(f"bench-import/{seed}")
    members_io.write_import_template(path, "en")
    book = openpyxl.load_workbook(path)
    ws = book[members_io.MEMBERS.en]
    for row in range(2, rows + 2):
        family_km, family_latin = rng.choice(FAMILY_NAMES)
        given_km, given_latin, sex = rng.choice(GIVEN_NAMES)
        village = rng.choice(villages)
        values = [None, f"{family_km} {given_km}", f"{family_latin} {given_latin}", "female" if sex == "F" else
                  "male", rng.randint(1950, 2005), village.name_en, village.commune_en,
                  f"0{rng.randint(10, 99)}{rng.randint(100000, 999999)}" if rng.random() < 0.5 else None,
                  None, rng.choice(("level 1", "level 2", "no", None)), rng.choice(("yes", "no", None)),
                  date(2026, 1, rng.randint(1, 28))]
        for column, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row=row, column=column, value=value)
    book.save(path)


def openpyxl_floor(path: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for _row in book[members_io.MEMBERS.en].iter_rows(values_only=True):
        pass
    book.close()


def run(members: int, seed: int, rebuild: bool, import_rows: int) -> None:
    path, write_seconds, reused = cached_register(members, seed, rebuild)
    rows: list[tuple[str, float, str, float | None, str]] = []
    with open_cbo(path) as cbo, contextlib.closing(sqlite3.connect(path)) as con:
        current = "WHERE m.status IN ('active', 'inactive')"
        rows.append(("open the page (services)", median_time(lambda: open_page(cbo, SECRETARY)),
                     "raw COUNT + window", median_time(lambda: raw_page(con, current)), "≤ 200 ms"))
        everyone = ms.MemberFilter()
        middle = members // 2
        rows.append(("window in the middle, by Latin name", median_time(
            lambda: service_page(cbo, SECRETARY, everyone, "name_latin", middle)),
            "raw", median_time(lambda: raw_page(con, order="m.sort_latin, m.number", offset=middle)), ""))
        rows.append(("window in the middle, by village", median_time(
            lambda: service_page(cbo, SECRETARY, everyone, "village", middle)),
            "raw", median_time(lambda: raw_page(con, order="v.sort_order, v.name_en, m.number", offset=middle)),
            ""))
        rows.append(("last window, by number", median_time(
            lambda: service_page(cbo, SECRETARY, everyone, "number", members - PAGE)),
            "raw", median_time(lambda: raw_page(con, offset=members - PAGE)), ""))
        for label, text, like in (("search Khmer name សុខ", "សុខ", "%សុខ%"), ("search Latin name sok dara",
                                                                             "sok dara", None),
                                  ("search member number 4242", "4242", "%4242%")):
            f = ms.MemberFilter(search=text)
            ours = median_time(lambda: service_page(cbo, SECRETARY, f))
            if like is None:
                base = median_time(lambda: raw_page(con, "WHERE m.name_latin LIKE ? AND m.name_latin LIKE ?",
                                                    ("%sok%", "%dara%")))
            else:
                base = median_time(lambda: raw_page(con, "WHERE m.name_km LIKE ? OR m.number = 4242", (like,)))
            rows.append((label, ours, "raw LIKE", base, "≤ 100 ms"))
        village = ms.villages(cbo)[3]
        f = ms.MemberFilter(village_id=village.id, statuses=frozenset({"active"}), sex="F")
        rows.append(("filter village + active + women", median_time(lambda: service_page(cbo, SECRETARY, f)),
                     "raw", median_time(lambda: raw_page(
                         con, "WHERE m.village_id = ? AND m.status = 'active' AND m.sex = 'F'", (village.id,))),
                     ""))
        committee = ms.MemberFilter(committee=True)
        rows.append(("filter committee", median_time(lambda: service_page(cbo, SECRETARY, committee)),
                     "", None, ""))
        rows.append(("statistics (all members)", median_time(lambda: ms.member_statistics(cbo, SECRETARY), 3),
                     "", None, ""))
        villages = ms.villages(cbo)
    rows += gui_rows(path, members)

    with tempfile.TemporaryDirectory(prefix="cbodesk-bench-") as tmp:
        work = Path(tmp) / "work.cbodesk"
        shutil.copyfile(path, work)
        workbook = Path(tmp) / "members.xlsx"
        import_file(workbook, import_rows, seed, villages)
        floor = median_time(lambda: openpyxl_floor(workbook), 3)
        with open_cbo(work) as cbo:
            start = time.perf_counter()
            result = members_io.import_members(cbo, SECRETARY, workbook, allow_duplicates=True)
            seconds = time.perf_counter() - start
        assert result.added == import_rows, result
    rows.append((f"import {import_rows:,} members from Excel", seconds, "openpyxl read-only", floor, "≤ 3 s"))
    rows.append((f"write the register ({'cached' if reused else 'this run'})", write_seconds, "", None, ""))

    print_table(f"member register of {members:,} members", rows, 42, 30)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000, help="members in the register (default 100,000)")
    parser.add_argument("--import-rows", type=int, default=5_000, help="rows of the imported file (default 5,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="write the register again even if cached")
    args = parser.parse_args(argv)
    run(args.members, args.seed, args.rebuild, args.import_rows)


if __name__ == "__main__":
    main()
