"""bench/plans: an activity plan of 200 activities on a cash book of 200,000 entries.

Builds a CBO with one fiscal year's plan of ``--activities`` activities (made
from the demo's activities, each with its indicators), ``--records`` monitoring
records with indicator values, all written through ``services.plans``; then a
cash book of ``--entries`` lines over the twelve months before this one, written
in bulk by the demo's own writer and hashing (as bench/cashbook.py builds its
book), with about half of the lines linked to an activity of their month: every
payment of the plan's year and some of its receipts. The CBO is cached under
``bench/results/`` (built by the same code with the same options). Then
measures against baselines taken in the same run, in turns with ours (medians
of ``--rounds``):

* the plan overview (``plan_overview``: every activity with its planned and
  actual months, budget, actual cost from the linked payments, records and
  participants) against the same figures in hand-written SQL through
  ``sqlite3`` (the activities, their payments' ``SUM`` ``GROUP BY`` activity and
  currency, the months of linked entries and records, the records' counts); and
  the services the plans page calls when it opens;
* the ``activity_budget`` and ``activity_plan`` reports, built and rendered as
  PDF, against the raw SQL of their figures plus plain reportlab drawing the
  report's own rows as plain strings (bench/reports.py ``plain_reportlab``);
  and the ``indicators`` report against plain reportlab alone.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling bench modules

from cashbook import print_table  # noqa: E402  bench/cashbook.py: the same table
from common import cached, connect, in_turns, render_pdf, say  # noqa: E402  bench/common.py
from members import add_register  # noqa: E402  bench/members.py: the same register

from cbodesk.domain import plans as dp  # noqa: E402
from cbodesk.domain.money import Money  # noqa: E402
from cbodesk.domain.profile import OrganisationProfile  # noqa: E402
from cbodesk.domain.roles import Actor  # noqa: E402
from cbodesk.reports import registry  # noqa: E402
from cbodesk.services import demo_cashbook  # noqa: E402
from cbodesk.services import demo_plans  # noqa: E402
from cbodesk.services import plans as ps  # noqa: E402
from cbodesk.services.demo import treasurer_actor  # noqa: E402
from cbodesk.services.demo_cashbook import _FastWrites, last_month  # noqa: E402
from cbodesk.services.setup import new_cbo  # noqa: E402
from cbodesk.services.users import default_actor  # noqa: E402
from cbodesk.storage.database import Cbo, open_cbo  # noqa: E402

# What the cached CBO depends on: if any of these change, it is built again.
SOURCES = ["bench/plans.py", "bench/members.py", "cbodesk/services/plans.py", "cbodesk/domain/plans.py",
           "cbodesk/services/demo_cashbook.py", "cbodesk/domain/cashbook.py", "cbodesk/services/cashbook.py",
           "cbodesk/services/demo_plans.py", "cbodesk/storage/models.py", "cbodesk/storage/schema.py"]
ME_FOCAL = Actor("bench.me", "Bench M&E Focal Person", frozenset({"me_focal"}))
SECRETARY = Actor("bench.secretary", "Bench Secretary", frozenset({"secretary"}))
PROFILE = OrganisationProfile(name_km="សហគមន៍នេសាទកោះត្រង់", name_en="Koh Trong Bench Community Fishery",
                              sector="fishery", province="10")
RECEIPT_SHARE = 0.46  # of the receipts of the plan's year linked to an activity: about half of all lines


# --- the CBO -------------------------------------------------------------------------------------


def _write_plan(cbo: Cbo, admin: Actor, year: int, activities: int, records: int, members: list[int],
                rng: random.Random, today: date) -> dict[date, list[int]]:
    """The plan of *year*; returns the ids of the activities planned in each month."""
    goals = [ps.add_goal(cbo, admin, g).id for g in demo_plans.GOALS]
    plan = ps.create_plan(cbo, ME_FOCAL, year, f"Activity plan {year}", "Agreed at the general assembly.")
    months = list(plan.months)
    this_month = dp.month_of(today)
    by_month: dict[date, list[int]] = {m: [] for m in months}
    made: list[tuple[dp.ActivityView, demo_plans.ActivitySpec]] = []
    specs = demo_plans.ACTIVITIES
    for n in range(activities):
        spec = specs[n % len(specs)]
        first = rng.randrange(len(months))
        last = min(first + rng.choice((0, 0, 1, 2, 3, 5)), len(months) - 1)
        view = ps.add_activity(cbo, ME_FOCAL, plan.id, dp.ActivityDraft(
            code=f"A{n + 1}", title=f"{spec.title} – {n // len(specs) + 1}", chapter=spec.chapter,
            goal_id=goals[n % len(goals)], objective=spec.objective, responsible_id=rng.choice(members),
            monitor_id=rng.choice(members), start_month=months[first], end_month=months[last], place=spec.place,
            inputs=spec.inputs, budget=Money.from_minor(spec.budget * rng.randint(5, 20) // 10, spec.currency)))
        for indicator in spec.indicators:
            ps.add_indicator(cbo, ME_FOCAL, view.id, dp.IndicatorDraft(
                indicator.name, indicator.unit, Decimal(indicator.baseline), Decimal(indicator.target),
                indicator.frequency, indicator.by_sex))
        for month in months[first:last + 1]:
            by_month[month].append(view.id)
        made.append((view, spec))
    # The monitoring records: round the activities that have started, a visit in one of their months so far.
    started = [(v, s) for v, s in made if v.start_month <= this_month]
    indicators = {v.id: ps.indicators(cbo, ME_FOCAL, v.id) for v, _s in started}
    for n in range(records):
        view, spec = started[n % len(started)]
        month = rng.choice([m for m in view.planned_months if m <= this_month])
        day = month.replace(day=rng.randint(1, min(28, today.day) if month == this_month else 28))
        values = []
        female, male = rng.randint(3, 30), rng.randint(2, 30)
        for shown in indicators[view.id]:
            if shown.by_sex:
                values.append(dp.IndicatorValueDraft(shown.id, female=Decimal(female), male=Decimal(male)))
            else:
                values.append(dp.IndicatorValueDraft(shown.id, Decimal(rng.randint(0, int(shown.target)))))
        ps.add_record(cbo, ME_FOCAL, view.id, dp.MonitoringDraft(
            day, female, male, rng.choice(spec.progress) if spec.progress else "On track.",
            rng.choice(demo_plans.QUALITY), "Bench M&E Focal Person", tuple(values)), today=today)
    for view, _spec in started:
        ps.change_status(cbo, ME_FOCAL, view.id, "done" if view.end_month < this_month else "ongoing")
    return by_month


def build_cbo(path: Path, activities: int, records: int, entries: int, seed: int) -> None:
    today = date.today()
    until = last_month(today)
    cbo, admin = new_cbo(path, PROFILE, "Bench Administrator")
    rng = random.Random(f"bench-plans/{seed}")
    with cbo:
        with _FastWrites(cbo):
            members = add_register(cbo, admin, SECRETARY, 200, seed)
            year = ps.fiscal_year_of(cbo, until)
            by_month = _write_plan(cbo, admin, year, activities, records, members, rng, today)

        link_rng = random.Random(f"bench-plans-link/{seed}")

        def link_all(events: list[demo_cashbook.Event],
                     link: Callable[[demo_cashbook.Single], int | None] | None) -> None:
            """The demo links payments only; here every payment of the plan's year and a share of
            its receipts (participants' contributions, a donor's money for an activity)."""
            for event in events:
                if not isinstance(event, demo_cashbook.Single):
                    continue
                found = by_month.get(dp.month_of(event.day))
                if found and (event.kind == "payment" or link_rng.random() < RECEIPT_SHARE):
                    event.activity_id = link_rng.choice(found)

        original = demo_cashbook._link
        demo_cashbook._link = link_all
        try:
            demo_cashbook.write_cashbook(cbo, treasurer_actor(), admin, seed=seed, entries=entries, years=1,
                                         until=until, bulk=True)
        finally:
            demo_cashbook._link = original
    # No ANALYZE: a CBO's file never has SQLite's statistics, and the queries must not need them.


def cached_cbo(activities: int, records: int, entries: int, seed: int, rebuild: bool) -> tuple[Path, float, bool]:
    """(path, seconds it took to write, whether it was reused)."""
    until = last_month(date.today())
    return cached(f"plans-{activities}a-{records}r-{entries}e-seed{seed}-{until:%Y%m}", SOURCES,
                  lambda path: build_cbo(path, activities, records, entries, seed),
                  f"writing a plan of {activities} activities and a book of {entries:,} entries ...",
                  {"activities": activities, "entries": entries}, rebuild=rebuild)


# --- measuring -----------------------------------------------------------------------------------


_RAW_ACTIVITIES = """
SELECT a.id, a.code, a.title, a.chapter, a.goal_id, g.code, g.text_km, g.text_en, a.objective,
       r.name_km, r.name_latin, mo.name_km, mo.name_latin, a.start_month, a.end_month, a.place, a.inputs,
       a.budget_minor, a.currency, f.name, f.donor, a.status, a.status_reason
FROM activity a JOIN plan p ON p.id = a.plan_id
LEFT JOIN goal g ON g.id = a.goal_id LEFT JOIN member r ON r.id = a.responsible_id
LEFT JOIN member mo ON mo.id = a.monitor_id LEFT JOIN fund f ON f.id = a.fund_id
WHERE p.fiscal_year = ? ORDER BY a.sort_order, a.code, a.id
"""
# The payments linked to an activity of the year, less their reversals, per activity and currency.
_RAW_COSTS = """
SELECT COALESCE(e.activity_id, o.activity_id) AS act, acc.currency, SUM(e.amount_minor)
FROM entry e JOIN account acc ON acc.id = e.account_id LEFT JOIN entry o ON o.id = e.reverses_id
WHERE (e.kind = 'payment' OR (e.kind = 'reversal' AND o.kind = 'payment'))
  AND COALESCE(e.activity_id, o.activity_id) IN (SELECT a.id FROM activity a JOIN plan p ON p.id = a.plan_id
                                                 WHERE p.fiscal_year = ?)
GROUP BY act, acc.currency
"""
_RAW_BARE_SUM = """
SELECT e.activity_id, acc.currency, SUM(e.amount_minor) FROM entry e JOIN account acc ON acc.id = e.account_id
WHERE e.kind = 'payment' AND e.activity_id IS NOT NULL GROUP BY e.activity_id, acc.currency
"""
_RAW_MONTHS = """
SELECT activity_id, substr(date, 1, 7), MIN(date), MAX(date) FROM monitoring_record
WHERE activity_id IN (SELECT a.id FROM activity a JOIN plan p ON p.id = a.plan_id WHERE p.fiscal_year = ?)
GROUP BY activity_id, substr(date, 1, 7)
UNION ALL
SELECT COALESCE(e.activity_id, o.activity_id) AS act, substr(e.date, 1, 7), MIN(e.date), MAX(e.date)
FROM entry e LEFT JOIN entry o ON o.id = e.reverses_id
WHERE COALESCE(e.activity_id, o.activity_id) IN (SELECT a.id FROM activity a JOIN plan p ON p.id = a.plan_id
                                                 WHERE p.fiscal_year = ?)
GROUP BY act, substr(e.date, 1, 7)
"""
_RAW_RECORDS = """
SELECT activity_id, COUNT(*), SUM(participants_female), SUM(participants_male), MIN(date), MAX(date)
FROM monitoring_record WHERE activity_id IN (SELECT a.id FROM activity a JOIN plan p ON p.id = a.plan_id
                                             WHERE p.fiscal_year = ?)
GROUP BY activity_id
"""


def overview_raw(con: sqlite3.Connection, year: int) -> int:
    found = con.execute(_RAW_ACTIVITIES, (year,)).fetchall()
    con.execute(_RAW_COSTS, (year,)).fetchall()
    con.execute(_RAW_MONTHS, (year, year)).fetchall()
    con.execute(_RAW_RECORDS, (year,)).fetchall()
    return len(found)


def page_services(cbo: Cbo, actor: Actor, today: date) -> None:
    """What the plans page asks for when it opens (gui/plans/page.py)."""
    ps.plans(cbo, actor)
    plan = ps.plan_for_year(cbo, actor, ps.fiscal_year_of(cbo, today))
    assert plan is not None
    ps.plan_overview(cbo, actor, plan.id)
    ps.indicator_progress(cbo, actor, plan.id)


def run(activities: int, records: int, entries: int, seed: int, rebuild: bool, rounds: int) -> None:
    from reports import page_size, plain_reportlab, plain_tables, plain_text  # bench/reports.py

    load_before = os.getloadavg()[0]
    path, write_seconds, reused = cached_cbo(activities, records, entries, seed, rebuild)
    today = date.today()
    rows: list[tuple[str, float, str, float | None, str]] = []
    with open_cbo(path) as cbo, contextlib.closing(connect(path)) as con, \
            tempfile.TemporaryDirectory(prefix="cbodesk-bench-") as tmp:
        folder = Path(tmp)
        actor = default_actor(cbo)
        year = ps.fiscal_year_of(cbo, last_month(today))
        plan = ps.plan_for_year(cbo, actor, year)
        assert plan is not None
        lines = con.execute("SELECT COUNT(*), COUNT(activity_id) FROM entry").fetchone()
        paid = con.execute("SELECT COUNT(*) FROM entry WHERE activity_id IS NOT NULL AND kind = 'payment'"
                           ).fetchone()[0]
        visits = con.execute("SELECT COUNT(*) FROM monitoring_record").fetchone()[0]

        say("the plan overview ...")
        found: list[int] = []
        ours, raw = in_turns(lambda: found.append(len(ps.plan_overview(cbo, actor, plan.id).activities)),
                             lambda: found.append(overview_raw(con, year)), rounds)
        assert found[-2] == found[-1] == activities, found[-2:]
        rows.append((f"plan overview ({activities} activities)", ours, "raw SQL (same figures)", raw, "≤ 1.30x"))
        bare = statistics.median([timed(lambda: con.execute(_RAW_BARE_SUM).fetchall()) for _ in range(rounds)])
        rows.append(("  the same", ours, "bare SUM GROUP BY activity", bare, ""))
        ours, raw = in_turns(lambda: page_services(cbo, actor, last_month(today)),
                             lambda: overview_raw(con, year), rounds)
        rows.append(("open the plans page (services)", ours, "raw SQL (overview)", raw, "≤ 200 ms"))

        for kind, sql in (("activity_budget", lambda: (con.execute(_RAW_ACTIVITIES, (year,)).fetchall(),
                                                        con.execute(_RAW_COSTS, (year,)).fetchall())),
                          ("activity_plan", lambda: (con.execute(_RAW_ACTIVITIES, (year,)).fetchall(),
                                                      con.execute(_RAW_MONTHS, (year, year)).fetchall())),
                          ("indicators", None)):
            say(f"the {kind} report ...")
            params = registry.ReportParams(language="en", fiscal_year=year)
            report = registry.build(cbo, actor, kind, params)
            tables, size = plain_tables(report, plain_text), page_size(report)
            times: dict[str, list[float]] = {"build": [], "render": [], "sql": [], "plain": []}
            pages: dict[str, int] = {}
            for round_ in range(rounds + 1):
                start = time.perf_counter()
                report = registry.build(cbo, actor, kind, params)
                built = time.perf_counter()
                pages["ours"] = render_pdf(report, folder / f"{kind}.pdf")
                rendered = time.perf_counter()
                if sql is not None:
                    sql()
                queried = time.perf_counter()
                pages["plain"] = plain_reportlab(tables, folder / f"plain-{kind}.pdf", size)[0]
                done = time.perf_counter()
                if round_:
                    for key, value in (("build", built - start), ("render", rendered - built),
                                       ("sql", queried - rendered), ("plain", done - queried)):
                        times[key].append(value)
            med = {k: statistics.median(v) for k, v in times.items()}
            rows.append((f"{kind}: build", med["build"], "raw SQL" if sql else "", med["sql"] if sql else None,
                         ""))
            rows.append((f"{kind}: build + render PDF ({pages['ours']} p.)", med["build"] + med["render"],
                         f"{'SQL + ' if sql else ''}plain reportlab ({pages['plain']} p.)",
                         med["sql"] + med["plain"], "≤ 1.50x"))
    rows.append((f"write the CBO ({'cached' if reused else 'this run'})", write_seconds, "", None, ""))

    print_table(f"plan of {activities} activities, {visits:,} monitoring records; cash book of {lines[0]:,} "
                f"entries, {lines[1]:,} linked to an activity ({paid:,} payments); medians of {rounds}; "
                f"{os.cpu_count()} CPUs, load {load_before:.1f} before and {os.getloadavg()[0]:.1f} after",
                rows, 48, 40)


def timed(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--activities", type=int, default=200, help="activities in the plan (default 200)")
    parser.add_argument("--records", type=int, default=1_000, help="monitoring records (default 1,000)")
    parser.add_argument("--entries", type=int, default=200_000, help="cash-book lines (default 200,000)")
    parser.add_argument("--rounds", type=int, default=3, help="times each measure is taken (default 3)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="write the CBO again even if cached")
    args = parser.parse_args(argv)
    run(args.activities, args.records, args.entries, args.seed, args.rebuild, args.rounds)


if __name__ == "__main__":
    main()
