"""Opening a CBO: an SQLite ``.cbodesk`` file or a PostgreSQL database.

Every way a file can be wrong is checked on a read-only connection first, so a
file that is not a CBO file, is damaged, or comes from a newer CBO Desk is
refused with a plain message and is not changed in any way. Only then is the
file opened for writing (WAL, ``synchronous=FULL``, foreign keys on: NOTES.md
measured that this combination loses no acknowledged commit on power loss).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from cbodesk.domain.errors import (
    DamagedFile,
    DatabaseUnavailable,
    DiskFull,
    NewerVersion,
    NotACboFile,
    ReadOnlyFile,
    UserError,
)
from cbodesk.storage import fileformat as ff
from cbodesk.storage.locking import FileLock
from cbodesk.storage.models import Meta, database_proxy

log = logging.getLogger(__name__)

BOOK_LOCK_KEY = 0x43424F44  # PostgreSQL advisory lock of the cash book (any constant)

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -16000,  # 16 MB
}


@dataclass(frozen=True)
class Location:
    """Where a CBO lives: a file path or a ``postgresql://`` URL.

    *password* (PostgreSQL) is kept apart from the URL, so that the URL can go
    into the settings file and the list of recent CBOs without it.
    """

    text: str
    password: str = field(default="", repr=False, compare=False)

    @classmethod
    def parse(cls, value: str | os.PathLike[str]) -> Location:
        text = os.fspath(value)
        if is_postgres_url(text):
            return cls(text)
        return cls(str(Path(text).expanduser().absolute()))

    @property
    def is_postgres(self) -> bool:
        return is_postgres_url(self.text)

    @property
    def path(self) -> Path:
        if self.is_postgres:
            raise ValueError("a PostgreSQL database has no file path")
        return Path(self.text)

    def display(self) -> str:
        """For people: the file path, or the URL without its password."""
        if not self.is_postgres:
            return self.text
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(self.text)
        netloc = parts.netloc
        if "@" in netloc:
            auth, host = netloc.rsplit("@", 1)
            netloc = f"{auth.split(':', 1)[0]}@{host}"
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def is_postgres_url(text: str) -> bool:
    return text.startswith(("postgresql://", "postgres://"))


class Cbo:
    """An open CBO database. Services take one of these as their first argument."""

    def __init__(self, db: pw.Database, location: Location, lock: FileLock | None) -> None:
        self.db = db
        self.location = location
        self._lock = lock
        self.closed = False

    @property
    def is_postgres(self) -> bool:
        return self.location.is_postgres

    @contextlib.contextmanager
    def atomic(self, *, exclusive: bool = False) -> Iterator[None]:
        """One user action: a transaction that happens whole or not at all.

        *exclusive*: one writer at a time from the first statement on (the cash
        book's numbers and chain): SQLite ``BEGIN IMMEDIATE``, PostgreSQL a
        transaction-level advisory lock; other writers wait their turn.
        """
        with translate_errors(self.location), self._connected():
            with database_proxy.using(self.db):
                if exclusive and not self.is_postgres and not self.db.in_transaction():
                    transaction = self.db.atomic(lock_type="IMMEDIATE")
                else:
                    transaction = self.db.atomic()
                with transaction:
                    if exclusive and self.is_postgres:
                        self.db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (BOOK_LOCK_KEY,))
                    yield

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        with translate_errors(self.location), self._connected():
            with database_proxy.using(self.db):
                yield

    @contextlib.contextmanager
    def _connected(self) -> Iterator[None]:
        """peewee keeps one connection per thread: a background job gets its own."""
        if self.closed:
            raise RuntimeError(f"{self.location.display()} is closed")
        if self.db.is_closed():
            with self.db.connection_context():
                yield
        else:
            yield

    def schema_version(self) -> int:
        with self.reading():
            return int(Meta.get_by_id(ff.META_SCHEMA_VERSION).value)

    def cbo_id(self) -> str:
        with self.reading():
            return Meta.get_by_id(ff.META_CBO_ID).value

    def close(self) -> None:
        self.closed = True
        try:
            if not self.db.is_closed():
                if not self.is_postgres:
                    # Fold the WAL back into the file, so that a copy of the
                    # .cbodesk alone (a USB stick) holds everything.
                    with contextlib.suppress(pw.OperationalError):
                        self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                self.db.close()
        finally:
            if self._lock is not None:
                self._lock.release()
            if database_proxy.obj is self.db:
                database_proxy.initialize(None)

    def __enter__(self) -> Cbo:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def translate_errors(location: Location) -> Iterator[None]:
    """Turn the database errors a person can act on into a :class:`UserError`."""
    where = location.display()
    try:
        yield
    except UserError:
        raise
    except (sqlite3.Error, pw.DatabaseError, pw.InterfaceError, OSError) as exc:
        cause = _hidden_by_failed_rollback(exc)
        mapped = _user_error_for(cause, where, location.is_postgres)
        if mapped is None:
            raise
        raise mapped from exc


def _hidden_by_failed_rollback(exc: BaseException) -> BaseException:
    # After SQLITE_FULL (and some I/O errors) SQLite has already rolled the
    # transaction back itself; peewee's ROLLBACK then fails with "no transaction
    # is active", and that error would hide the disk-full one behind it.
    cause = exc
    while "cannot rollback - no transaction is active" in str(cause) and cause.__context__ is not None:
        cause = cause.__context__
    return cause


def _user_error_for(exc: BaseException, where: str, postgres: bool) -> UserError | None:
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DiskFull(where)
    if "database or disk is full" in text or "disk full" in text:
        return DiskFull(where)
    if "readonly database" in text or "read-only" in text:
        return ReadOnlyFile(where)
    if "malformed" in text or "disk i/o error" in text:
        return DamagedFile(where, details=str(exc))
    if "file is not a database" in text:
        return NotACboFile(where)
    if postgres and _is_connection_problem(exc):
        return DatabaseUnavailable(where, details=str(exc))
    return None


def _is_connection_problem(exc: BaseException) -> bool:
    cause: BaseException | None = exc
    while cause is not None:
        if type(cause).__name__ in {"OperationalError", "InterfaceError"}:
            return True
        cause = cause.__cause__ or cause.__context__
    return False


# ---------------------------------------------------------------------------
# Checking a file before it is opened for writing


def inspect_file(path: Path) -> tuple[int, str]:
    """Check *path* read-only; return its (schema version, CBO id) or raise a UserError."""
    if not path.exists():
        raise UserError(_FILE_MISSING, path=str(path))
    if path.is_dir():
        raise NotACboFile(str(path))
    ours = _header_says_cbo(path)
    if ours is False and not path.with_name(path.name + "-wal").exists():
        # Refuse before SQLite reads it: a read-only connection to someone else's
        # WAL database would leave -wal and -shm files beside it.
        raise NotACboFile(str(path))
    wal = path.with_name(path.name + "-wal")
    # Without a -wal nobody is writing: "immutable" reads without creating -shm/-wal
    # files, so a refused file is left exactly as it was.
    uri = f"{sqlite_uri(path)}?mode=ro" + ("" if wal.exists() else "&immutable=1")
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise _user_error_for(exc, str(path), False) or DamagedFile(str(path), str(exc)) from exc
    try:
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if ours:  # our header, but SQLite cannot read on (e.g. a truncated file)
                raise DamagedFile(str(path), str(exc)) from exc
            raise NotACboFile(str(path)) from exc
        if app_id != ff.APPLICATION_ID:
            raise NotACboFile(str(path))
        try:
            check = [row[0] for row in con.execute("PRAGMA quick_check")]
            rows = dict(con.execute(f"SELECT key, value FROM {ff.META_TABLE}").fetchall())
        except sqlite3.DatabaseError as exc:
            raise DamagedFile(str(path), str(exc)) from exc
        if check != ["ok"]:
            raise DamagedFile(str(path), "; ".join(check[:5]))
        try:
            return int(rows[ff.META_SCHEMA_VERSION]), str(rows[ff.META_CBO_ID])
        except (KeyError, ValueError) as exc:
            raise DamagedFile(str(path), f"meta: {exc!r}") from exc
    finally:
        con.close()


_SQLITE_MAGIC = b"SQLite format 3\x00"


def _header_says_cbo(path: Path) -> bool | None:
    """Whether the file's SQLite header carries our application id; None if unreadable."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    return (len(header) == 100 and header.startswith(_SQLITE_MAGIC)
            and int.from_bytes(header[68:72], "big") == ff.APPLICATION_ID)


def sqlite_uri(path: Path) -> str:
    """An SQLite ``file:`` URI for *path* (only ``%``, ``?`` and ``#`` need escaping)."""
    text = path.as_posix().replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{text}" if text.startswith("/") else f"file:/{text}"


_FILE_MISSING = "There is no CBO file at {path}. It may have been moved, renamed or deleted."
# Marked here for the translators (the message is built in inspect_file).
from cbodesk.i18n import N_  # noqa: E402

N_("errors", _FILE_MISSING)

_FILE_EXISTS = N_("errors", "A file named {path} already exists. Choose another name; CBO Desk "
                  "never overwrites a file when it creates a CBO.")


def _check_writable(path: Path) -> None:
    # WAL needs to create -wal and -shm files beside the database.
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise ReadOnlyFile(str(path))


# ---------------------------------------------------------------------------
# Opening and creating


def _sqlite(path: Path) -> pw.SqliteDatabase:
    return pw.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, autoconnect=False)


def enable_postgres() -> None:
    """Give peewee the psycopg driver that :mod:`cbodesk.storage` kept from it at import."""
    if getattr(pw, "psycopg", None) is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    pw.psycopg = psycopg  # type: ignore[attr-defined]
    pw.TransactionStatus = TransactionStatus  # type: ignore[attr-defined]
    pw.Json_pg3 = Json  # type: ignore[attr-defined]
    pw.Jsonb_pg3 = Jsonb  # type: ignore[attr-defined]
    adapter = pw.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


def _postgres(loc: Location) -> pw.PostgresqlDatabase:
    enable_postgres()
    extra: dict[str, Any] = {"password": loc.password} if loc.password else {}
    if "connect_timeout=" not in loc.text:
        # Without it an unreachable server holds the app for the system's TCP timeout (minutes).
        extra["connect_timeout"] = 15
    return pw.PostgresqlDatabase(loc.text, autoconnect=False, prefer_psycopg3=True, **extra)


def open_cbo(
    location: str | os.PathLike[str] | Location,
    *,
    upgrade: bool = True,
    backup_dir: Path | None = None,
    lock: bool = True,
) -> Cbo:
    """Open an existing CBO for work. Raises a :class:`UserError` the person can act on."""
    from cbodesk.storage import schema

    loc = location if isinstance(location, Location) else Location.parse(location)
    if loc.is_postgres:
        return _open_postgres(loc, upgrade=upgrade, backup_dir=backup_dir)
    path = loc.path
    version, _ = inspect_file(path)
    if version > schema.CURRENT_VERSION:
        raise NewerVersion(str(path), version, schema.CURRENT_VERSION)
    _check_writable(path)
    file_lock = FileLock(path) if lock else None
    if file_lock is not None:
        file_lock.acquire()
    db = _sqlite(path)
    cbo = Cbo(db, loc, file_lock)
    try:
        with translate_errors(loc):
            db.connect()
        database_proxy.initialize(db)
        if version < schema.CURRENT_VERSION:
            if not upgrade:
                raise UserError(_NEEDS_UPGRADE, path=str(path))
            schema.upgrade(cbo, version, backup_dir=backup_dir)
    except BaseException:
        cbo.close()
        raise
    return cbo


_NEEDS_UPGRADE = N_("errors", "The CBO file {path} comes from an older CBO Desk and must be "
                    "upgraded first; open it in the app to upgrade it (a backup is made first).")


def _open_postgres(loc: Location, *, upgrade: bool, backup_dir: Path | None) -> Cbo:
    from cbodesk.storage import schema

    db = _postgres(loc)
    cbo = Cbo(db, loc, None)
    try:
        with translate_errors(loc):
            db.connect()
            tables = set(db.get_tables())
            if ff.META_TABLE not in tables:
                raise NotACboFile(loc.display())
        version = cbo.schema_version()
        if version > schema.CURRENT_VERSION:
            raise NewerVersion(loc.display(), version, schema.CURRENT_VERSION)
        database_proxy.initialize(db)
        if version < schema.CURRENT_VERSION:
            if not upgrade:
                raise UserError(_NEEDS_UPGRADE, path=loc.display())
            schema.upgrade(cbo, version, backup_dir=backup_dir)
    except BaseException:
        cbo.close()
        raise
    return cbo


def create_cbo(
    location: str | os.PathLike[str] | Location,
    fill: Callable[[Cbo], Any] | None = None,
) -> Cbo:
    """Create a new, empty CBO and return it open; *fill* runs in the creating transaction.

    A file is written under a temporary name and renamed into place only once
    complete, so a power cut during creation never leaves a half-made CBO file.
    """
    from cbodesk.storage import schema

    loc = location if isinstance(location, Location) else Location.parse(location)
    if loc.is_postgres:
        db: pw.Database = _postgres(loc)
        cbo = Cbo(db, loc, None)
        try:
            with translate_errors(loc):
                db.connect()
                if db.get_tables():
                    raise UserError(_DB_NOT_EMPTY, where=loc.display())
            schema.create(cbo, cbo_id=str(uuid.uuid4()), fill=fill)
            database_proxy.initialize(db)
        except BaseException:
            cbo.close()
            raise
        return cbo

    path = loc.path
    if path.exists():
        raise UserError(_FILE_EXISTS, path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise (_user_error_for(exc, str(path), False) or ReadOnlyFile(str(path))) from exc
    if not os.access(path.parent, os.W_OK):
        raise ReadOnlyFile(str(path))
    temp = path.with_name(f".{path.name}.creating-{uuid.uuid4().hex[:8]}")
    db = pw.SqliteDatabase(str(temp), pragmas={"foreign_keys": 1}, autoconnect=False)
    try:
        tmp_cbo = Cbo(db, Location(str(temp)), None)
        with translate_errors(loc):
            db.connect()
            db.execute_sql(f"PRAGMA application_id = {ff.APPLICATION_ID}")
        schema.create(tmp_cbo, cbo_id=str(uuid.uuid4()), fill=fill)
        with translate_errors(loc):
            db.execute_sql("PRAGMA journal_mode = wal")
            db.close()
            _fsync(temp)
            os.replace(temp, path)
    finally:
        # Closed before the unlink: on failure the connection is still open (and
        # Windows cannot delete an open file).
        if not db.is_closed():
            db.close()
        for leftover in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm")):
            leftover.unlink(missing_ok=True)
    return open_cbo(loc)


_DB_NOT_EMPTY = N_("errors", "The database {where} already holds tables. A new CBO needs an "
                   "empty database; ask the administrator of the server to create one.")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
