"""bench/common: what the benchmarks share — the cache of built CBOs under ``bench/results/``,
measuring in turns with a baseline, ``sqlite3`` with the app's pragmas, and progress on stderr.

The table every benchmark prints is bench/cashbook.py ``print_table``.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results"
sys.path.insert(0, str(REPO))  # the checkout, not an installed cbodesk

from cbodesk.storage.database import SQLITE_PRAGMAS


def cached(name: str, sources: list[str], build: Callable[[Path], None], message: str,
           facts: dict[str, Any], *, rebuild: bool, stream: TextIO | None = None) -> tuple[Path, float, bool]:
    """A CBO built once by *build* and kept under ``bench/results/`` as ``<name>-<digest>``, the
    digest being that of the *sources* it depends on (if any of these change, it is built again):
    (path, seconds it took to write, whether it was reused).

    *name* starts with the benchmark's kind and a dash ("audit-200000-seed1"); only one CBO of a
    kind is kept at a time (they are large). *message* is printed (on *stream*, stderr unless
    told) before building; *facts* are written beside the file with the seconds it took.
    """
    digest = hashlib.sha256(b"".join((REPO / source).read_bytes() for source in sources)).hexdigest()[:12]
    name = f"{name}-{digest}"
    path, facts_path = RESULTS / f"{name}.cbodesk", RESULTS / f"{name}.json"
    if path.exists() and facts_path.exists() and not rebuild:
        return path, float(json.loads(facts_path.read_text())["write_seconds"]), True
    RESULTS.mkdir(parents=True, exist_ok=True)
    for old in RESULTS.glob(f"{name.split('-')[0]}-*"):  # one cached CBO of a kind at a time
        old.unlink()
    building = RESULTS / f".{name}.building-{uuid.uuid4().hex[:6]}.cbodesk"
    print(message, file=sys.stderr if stream is None else stream, flush=True)
    start = time.perf_counter()
    build(building)
    seconds = time.perf_counter() - start
    building.rename(path)
    facts_path.write_text(json.dumps({"write_seconds": seconds, **facts,
                                      "built": datetime.now().isoformat(timespec="seconds")}))
    return path, seconds, False


def say(text: str) -> None:
    """How far the bench has got, on stderr (the table goes to stdout at the end)."""
    print(text, file=sys.stderr, flush=True)


def in_turns(ours: Callable[[], Any], base: Callable[[], Any], rounds: int) -> tuple[float, float]:
    """Medians of (ours, base) taken in turns after a first round that warms the caches."""
    times: tuple[list[float], list[float]] = ([], [])
    for round_ in range(rounds + 1):
        for i, call in enumerate((ours, base)):
            start = time.perf_counter()
            call()
            if round_:
                times[i].append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def connect(path: Path) -> sqlite3.Connection:
    """sqlite3 with the app's own pragmas: the same query on the same footing."""
    con = sqlite3.connect(path, isolation_level=None)
    for name, value in SQLITE_PRAGMAS.items():
        con.execute(f"PRAGMA {name} = {value}")
    return con


def render_pdf(report: Any, out: Path) -> int:
    """The report rendered as the app renders it, without progress: (pages)."""
    from cbodesk.reports import registry
    from cbodesk.reports.pdf import render_pdf as render

    return render(report, out, registry.NO_PROGRESS)
