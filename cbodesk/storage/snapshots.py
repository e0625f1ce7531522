"""Backing up and restoring a whole CBO, whether it lives in a file or on PostgreSQL.

The backup file format and its checks are in :mod:`backup`; this module knows
where automatic backups go and how to turn a PostgreSQL CBO into the same
single-file form (a table-by-table copy into a fresh SQLite CBO file).
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee as pw

from cbodesk import __version__, paths
from cbodesk.storage import backup as bk
from cbodesk.storage import fileformat as ff
from cbodesk.storage.database import Cbo
from cbodesk.storage.locking import FileLock
from cbodesk.storage.models import MODELS, Profile, database_proxy

log = logging.getLogger(__name__)
BATCH = 2000


def automatic_folder(cbo: Cbo, root: Path | None = None) -> Path:
    """The folder of one CBO's automatic backups (one folder per CBO, by its id)."""
    folder = (root or paths.backups_dir()) / cbo.cbo_id()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cbo_name(cbo: Cbo) -> str:
    with cbo.reading():
        row = Profile.get_or_none(Profile.id == 1)
    if row is None:
        return "cbo"
    return row.name_en or row.name_km or row.acronym or "cbo"


def backup_cbo(cbo: Cbo, dest_dir: Path | None, *, reason: bk.BackupReason,
               now: datetime | None = None) -> Path:
    """Write one backup file of *cbo* into *dest_dir* (default: its automatic folder)."""
    folder = Path(dest_dir) if dest_dir is not None else automatic_folder(cbo)
    name = cbo_name(cbo)
    if not cbo.is_postgres:
        return bk.backup_sqlite_file(cbo.location.path, folder, app_version=__version__,
                                     cbo_name=name, reason=reason, now=now)
    with tempfile.TemporaryDirectory(prefix="cbodesk-pg-") as tmp:
        copy = Path(tmp) / "snapshot.cbodesk"
        copy_to_sqlite(cbo, copy)
        return bk.backup_sqlite_file(copy, folder, app_version=__version__,
                                     cbo_name=name, reason=reason, now=now)


def automatic_backup(cbo: Cbo, root: Path | None, *, reason: bk.BackupReason,
                     now: datetime | None = None) -> Path:
    """An automatic backup (daily or on close), then the old ones rotated away."""
    folder = automatic_folder(cbo, root)
    written = backup_cbo(cbo, folder, reason=reason, now=now)
    removed = bk.rotate_backups(folder, now or datetime.now().astimezone())
    log.info("automatic backup %s; %d old ones removed", written, len(removed))
    return written


def daily_backup_due(cbo: Cbo, root: Path | None, now: datetime | None = None) -> bool:
    return bk.needs_daily_backup(automatic_folder(cbo, root), now or datetime.now().astimezone())


def restore_to_file(backup: Path, target: Path, *, now: datetime | None = None) -> Path | None:
    """Restore *backup* to the CBO file *target*; return where the replaced file was kept.

    The target must not be open in any CBO Desk window: its lock is taken for
    the time of the restore.
    """
    from cbodesk.storage.schema import CURRENT_VERSION

    target = Path(target).expanduser().absolute()
    lock = FileLock(target) if target.parent.is_dir() else None
    if lock is not None:
        lock.acquire()
    try:
        return bk.restore_backup(Path(backup), target, supported_schema=CURRENT_VERSION, now=now)
    finally:
        if lock is not None:
            lock.release()


RowsCopied = Callable[[str, int], None]  # (table, rows of it copied so far), after each batch


def copy_to_sqlite(cbo: Cbo, dest: Path, *, on_rows: RowsCopied | None = None) -> dict[str, int]:
    """Copy every row of *cbo* (SQLite or PostgreSQL) into a new CBO file *dest*.

    Runs in one reading transaction on the source, so the copy is one moment's
    state even while other computers keep writing. Returns the rows copied per table.
    """
    if dest.exists():
        raise FileExistsError(dest)
    target = pw.SqliteDatabase(str(dest), pragmas={"foreign_keys": 0, "journal_mode": "off",
                                                    "synchronous": "off"})
    try:
        target.connect()
        target.execute_sql(f"PRAGMA application_id = {ff.APPLICATION_ID}")
        with database_proxy.using(target):
            target.create_tables(MODELS)
        counts = copy_tables(cbo, target, on_rows=on_rows)
        target.execute_sql("PRAGMA journal_mode = delete")
    finally:
        target.close()
    fd = os.open(dest, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return counts


def copy_tables(cbo: Cbo, target: pw.Database, *, on_rows: RowsCopied | None = None) -> dict[str, int]:
    """Copy every row of *cbo* into the (created, empty) tables of *target*: SQLite or PostgreSQL.

    Tables go parents first, so a PostgreSQL target can keep its foreign keys on;
    a reference to a row of the same table (a meeting approved at a later one) is
    filled in once the whole table is there. Returns the rows copied per table.
    """
    counts: dict[str, int] = {}
    with cbo.reading(), cbo.db.atomic():
        if cbo.is_postgres:
            cbo.db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        # A database of an older schema version (copied before its upgrade) lacks
        # the newer tables and columns: copy what it has.
        present = set(cbo.db.get_tables())
        # (peewee's type stubs lack sort_models: parents before the tables that refer to them.)
        for model in pw.sort_models(MODELS):  # type: ignore[attr-defined]
            if model._meta.table_name in present:
                counts[model._meta.table_name] = _copy_table(model, cbo.db, target, on_rows)
    return counts


def _copy_table(model: type[pw.Model], source: pw.Database, target: pw.Database,
                on_rows: RowsCopied | None) -> int:
    table = model._meta.table_name
    present = {c.name for c in source.get_columns(table)}
    columns = [f for f in model._meta.sorted_fields if f.column_name in present]
    # Columns newer than the source get the value a new row would get (when it has one).
    filled = [f for f in model._meta.sorted_fields
              if f.column_name not in present and f.default is not None and not callable(f.default)]
    names = [f.column_name for f in columns] + [f.column_name for f in filled]
    extra = tuple(f.db_value(f.default) for f in filled)
    key = model._meta.primary_key
    order = ([model._meta.fields[name] for name in key.field_names]
             if isinstance(key, pw.CompositeKey) else [key])
    # SQLite targets are written with foreign keys off; elsewhere a row may not point
    # at one of its own table not copied yet: NULL first, the reference set at the end.
    later = [] if isinstance(target, pw.SqliteDatabase) else [
        i for i, f in enumerate(columns)
        if isinstance(f, pw.ForeignKeyField) and f.rel_model is model and f.null]
    key_index = next((i for i, f in enumerate(columns) if f is key), None)
    if key_index is None:
        later = []
    pending: list[tuple[Any, int, Any]] = []  # (primary key, column index, value)
    convert = target_values if isinstance(target, pw.SqliteDatabase) else (lambda row: row)
    query = model.select(*columns).order_by(*order).tuples()
    batch: list[tuple] = []
    copied = 0
    with target.atomic():
        for row in query.iterator():
            values = [bytes(v) if isinstance(v, memoryview) else v for v in row]
            for i in later:
                if values[i] is not None:
                    pending.append((values[key_index], i, values[i]))  # type: ignore[index]
                    values[i] = None
            batch.append(tuple(values) + extra)
            if len(batch) >= BATCH:
                _insert(model, target, names, [convert(r) for r in batch])
                copied += len(batch)
                batch = []
                if on_rows is not None:
                    on_rows(table, copied)
        if batch:
            _insert(model, target, names, [convert(r) for r in batch])
            copied += len(batch)
            if on_rows is not None:
                on_rows(table, copied)
        for pk, i, value in pending:
            assert key_index is not None
            target.execute_sql(
                f'UPDATE "{table}" SET "{columns[i].column_name}" = {target.param} '
                f'WHERE "{columns[key_index].column_name}" = {target.param}', (value, pk))
    return copied


def _insert(model: type[pw.Model], target: pw.Database, names: list[str], rows: list[tuple]) -> None:
    table = model._meta.table_name
    marks = ", ".join(target.param for _ in names)
    cols = ", ".join(f'"{n}"' for n in names)
    cursor = target.cursor()
    cursor.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', rows)


def target_values(row: tuple) -> tuple:
    # Dates and datetimes go into SQLite as the ISO text peewee itself writes.
    return tuple(v.isoformat(sep=" ") if isinstance(v, datetime) else
                 (v.isoformat() if hasattr(v, "isoformat") else v) for v in row)
