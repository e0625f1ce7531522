"""Logging to a rotating file in the user log folder (Help → Show log opens it)."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from cbodesk import __version__, paths

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
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
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
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
