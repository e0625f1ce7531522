"""Logging to a rotating file in the user log folder (Help → Show log opens it)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from cbodesk import __version__, paths

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
KEEP = 3
_done = False


def setup_logging(*, console: bool = False, level: int = logging.INFO) -> None:
    global _done
    if _done:
        return
    _done = True
    root = logging.getLogger()
    root.setLevel(level)
    try:
        log_file = paths.log_file()
        log_file.parent.mkdir(parents=True, exist_ok=True)
        rotate(log_file)
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        # A read-only profile folder must not stop the app; log to stderr instead.
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter(FORMAT))
        stream.setLevel(logging.WARNING)
        root.addHandler(stream)
    logging.getLogger("peewee").setLevel(logging.WARNING)
    logging.getLogger(__name__).info("CBO Desk %s starting", __version__)


def rotate(log_file: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """At start, move a full log aside (cbodesk.log.1 … .3).

    Rotating once per start rather than with ``RotatingFileHandler`` spares
    importing ``logging.handlers`` (sockets, pickle: ~15 ms at every start),
    and a day's log of this app is far below the limit.
    """
    try:
        if log_file.stat().st_size < max_bytes:
            return
    except FileNotFoundError:
        return
    for number in range(keep - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{number}")
        if older.exists():
            older.replace(log_file.with_name(f"{log_file.name}.{number + 1}"))
    log_file.replace(log_file.with_name(f"{log_file.name}.1"))
