"""One writing CBO Desk per CBO file.

Two programs writing one SQLite file (and checkpointing its WAL) at once is how
files get damaged (NOTES.md: SQLite 3.40 has a WAL-reset bug in exactly that
case). Beside ``X.cbodesk`` we hold an operating-system lock on ``X.cbodesk.lock``;
the lock dies with the process, so a crash never leaves a file locked, and the
lock file says who holds it so the second window can tell the person.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

from cbodesk.domain.errors import FileInUse, ReadOnlyFile


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class FileLock:
    """An exclusive lock on a CBO file, held until :meth:`release`."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+", encoding="utf-8")
        except PermissionError as exc:
            raise ReadOnlyFile(str(self.db_path)) from exc
        if not _try_lock(handle):
            handle.seek(0)
            holder = _describe_holder(handle.read())
            handle.close()
            raise FileInUse(str(self.db_path), holder)
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({
            "computer": socket.gethostname(),
            "user": _user_name(),
            "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="minutes"),
        }))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            if sys.platform != "win32":
                # Unlink while still holding the lock, so nobody locks a file we then delete.
                self.path.unlink(missing_ok=True)
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None
        if sys.platform == "win32":
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass  # another window took it meanwhile

    @property
    def held(self) -> bool:
        return self._handle is not None


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "?"


def _describe_holder(text: str) -> str:
    try:
        info = json.loads(text)
        return f"{info['user']}@{info['computer']}, {info['since'].replace('T', ' ')}"
    except (ValueError, KeyError, TypeError, AttributeError):
        return "?"


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        # flock, not lockf: flock conflicts between two opens in one process too.
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
