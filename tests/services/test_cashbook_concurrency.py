"""Two writers on one cash book at the same moment: nothing lost, numbers unique and gapless, chain intact.

On SQLite, two processes write to one file (the second opens it without the
app's file lock, as two copies of the app would if that lock were lost); on
PostgreSQL, two processes as two computers would, and two threads of one app
each with its own connection.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cbodesk.domain import cashbook as cb
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor
from cbodesk.services import cashbook
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo, open_cbo
from cbodesk.storage.models import MODELS, Account, Entry, NumberCounter, database_proxy

REPO = Path(__file__).resolve().parents[2]
PER_WRITER = 200
WRITERS = ("Chan Sophea", "Keo Dara")
PROFILE = OrganisationProfile(name_km="សហគមន៍សាកល្បង", name_en="Two Writers CBO", sector="fishery",
                              province="10")

# One writer: opens the CBO, says it is ready, waits for the start signal, records its receipts
# and prints their (uid, number) as JSON.
WRITER = r"""
import json, sys, time
from datetime import date
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from cbodesk.domain import cashbook as cb
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.services import cashbook
from cbodesk.storage.database import open_cbo

location, name, count, lock, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "lock", Path(sys.argv[5])
actor = Actor(name.lower().replace(" ", "."), name, frozenset({"treasurer"}))
cbo = open_cbo(location, lock=lock)
cash = next(a.id for a in cashbook.accounts(cbo) if a.currency is Currency.KHR)
fees = next(c.id for c in cashbook.categories(cbo) if c.code == "fees")
print("ready", flush=True)
while not go.exists():
    time.sleep(0.002)
start = time.time()
made = []
for i in range(count):
    view = cashbook.record_entry(cbo, actor, cb.EntryDraft(
        "receipt", date.today(), cash, Money(100 * (i + 1), Currency.KHR), fees, party=name,
        description=f"{name} {i}", uid=cashbook.new_uid()))
    made.append([view.uid, view.number])
end = time.time()
cbo.close()
print(json.dumps({"made": made, "window": [start, end]}), flush=True)
"""


def make_cbo(location: str) -> None:
    cbo, _admin = new_cbo(location, PROFILE, "Sok Dara")
    cbo.close()


Made = dict[str, dict[str, Any]]  # writer -> {"made": [[uid, number], ...], "window": [start, end]}


def run_two_processes(location: str, tmp_path: Path, locks: tuple[bool, bool]) -> Made:
    go = tmp_path / "go"
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8")
    processes = [
        subprocess.Popen([sys.executable, "-c", WRITER, location, name, str(PER_WRITER),
                          "lock" if lock else "nolock", str(go)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for name, lock in zip(WRITERS, locks)]
    try:
        for process in processes:
            assert process.stdout is not None
            line = process.stdout.readline()
            assert line.strip() == "ready", process.communicate(timeout=60)
        go.touch()  # both at once
        results = {}
        for name, process in zip(WRITERS, processes):
            out, err = process.communicate(timeout=300)
            assert process.returncode == 0, err
            results[name] = json.loads(out)
        return results
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()


def assert_book_whole(cbo: Cbo, made: Made) -> None:
    """Every receipt acknowledged is there under its number; numbers 1..N; the chain verifies."""
    with cbo.reading():
        rows = list(Entry.select(Entry.uid, Entry.number, Entry.party).order_by(Entry.id).tuples())
        counters = {(c.series, c.year): c.last for c in NumberCounter.select()}
    assert len(rows) == len(WRITERS) * PER_WRITER
    stored = {uid: number for uid, number, _party in rows}
    for name, work in made.items():
        assert len(work["made"]) == PER_WRITER
        for uid, number in work["made"]:
            assert stored[uid] == number, f"{name}'s receipt {number} is missing or renumbered"
    year = date.today().year  # the test CBO's fiscal year starts in January
    assert sorted(number for _uid, number, _party in rows) == [
        f"R-{year}-{n:04d}" for n in range(1, len(rows) + 1)]
    assert counters == {("R", year): len(rows)}
    result = cashbook.verify_book(cbo)
    assert result.ok and result.entries == len(rows), result
    # The two really wrote at the same time. (Whether their receipts alternate in the book is up to
    # the database: PostgreSQL queues the waiting writer, SQLite's busy handler may let one finish first.)
    starts, ends = zip(*(work["window"] for work in made.values()))
    assert max(starts) < min(ends)


def test_two_processes_on_one_sqlite_file(tmp_path: Path) -> None:
    """Two apps on one file (the second without the file lock) both write receipts: none lost."""
    path = tmp_path / "shared.cbodesk"
    make_cbo(str(path))
    made = run_two_processes(str(path), tmp_path, locks=(True, False))
    with open_cbo(path) as cbo:
        assert_book_whole(cbo, made)


@pytest.mark.postgres
def test_two_computers_on_postgres(pg_url: str, tmp_path: Path) -> None:
    """Two apps on one PostgreSQL database, as a treasurer and an assistant on two computers."""
    make_cbo(pg_url)
    made = run_two_processes(pg_url, tmp_path, locks=(True, True))
    with open_cbo(pg_url) as cbo:
        assert_book_whole(cbo, made)


@pytest.fixture
def models_on_the_proxy() -> Iterator[None]:
    """Models bound to the proxy before and after, whatever a test does to them."""
    for model in MODELS:
        model.bind(database_proxy)
    yield
    for model in MODELS:
        model.bind(database_proxy)


@pytest.mark.usefixtures("models_on_the_proxy")
def test_two_threads_each_with_a_connection(cbo_location: str) -> None:
    """One app, two threads, each with its own database connection, recording at the same time."""
    make_cbo(cbo_location)
    with open_cbo(cbo_location) as cbo:
        cash = next(a.id for a in cashbook.accounts(cbo) if a.currency is Currency.KHR)
        fees = next(c.id for c in cashbook.categories(cbo) if c.code == "fees")
        start = threading.Barrier(len(WRITERS))
        made: Made = {}
        errors: list[BaseException] = []

        def write(name: str) -> None:
            actor = Actor(name.lower().replace(" ", "."), name, frozenset({"treasurer"}))
            pairs = []
            began = time.time()
            try:
                with cbo.db.connection_context():
                    start.wait(timeout=30)
                    began = time.time()
                    for i in range(PER_WRITER):
                        view = cashbook.record_entry(cbo, actor, cb.EntryDraft(
                            "receipt", date.today(), cash, Money(100 * (i + 1), Currency.KHR), fees,
                            party=name, description=f"{name} {i}", uid=cashbook.new_uid()))
                        pairs.append([view.uid, view.number])
                        time.sleep(0)  # let the other thread in between two receipts
            except BaseException as error:  # noqa: BLE001 - reported below, in the test's own thread
                errors.append(error)
            made[name] = {"made": pairs, "window": [began, time.time()]}

        threads = [threading.Thread(target=write, args=(name,)) for name in WRITERS]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        assert not errors, errors
        assert_book_whole(cbo, made)


def interleaved(cbo: Cbo, work: Callable[[], Any]) -> Any:
    """Thread A enters cbo.reading(), thread B enters, A leaves; then B does *work* and leaves."""
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()
    result: dict[str, Any] = {}

    def a() -> None:
        with cbo.reading():
            a_in.set()
            b_in.wait(timeout=10)
        a_out.set()

    def b() -> None:
        a_in.wait(timeout=10)
        with cbo.reading():
            b_in.set()
            a_out.wait(timeout=10)
            try:
                result["value"] = work()
            except Exception as error:  # noqa: BLE001 - returned to the test's thread
                result["value"] = error

    threads = [threading.Thread(target=a), threading.Thread(target=b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return result["value"]


@pytest.mark.usefixtures("models_on_the_proxy")
def test_threads_never_leave_the_models_on_a_closed_cbo(tmp_path: Path) -> None:
    """A background job and the window on one CBO, then the next CBO opened: its threads must still
    read their own database."""
    for name in ("first", "second"):
        make_cbo(str(tmp_path / f"{name}.cbodesk"))
    with open_cbo(tmp_path / "first.cbodesk") as first:
        interleaved(first, lambda: None)
    with open_cbo(tmp_path / "second.cbodesk") as second:
        counted = interleaved(second, lambda: Account.select().count())
    assert counted == 2, counted  # the two cash boxes of a new CBO
