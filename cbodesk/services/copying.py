"""Moving a whole CBO between a file and a shared PostgreSQL database (``cbodesk copy``).

The copy is all or nothing. Into PostgreSQL: the tables are created, every row
copied (parents first, in batches), the sequences set after the copied ids and
the copy checked, all in one transaction, so a failure anywhere leaves the
database as empty as it was. Into a file: the file is written under a temporary
name, checked, and only then renamed into place. The check: every table has as
many rows as in the source, the cash book's chain and the audit log's chain
verify, and the CBO id is the same.

The rows are copied by :func:`cbodesk.storage.snapshots.copy_tables`, the same
code that turns a PostgreSQL CBO into a backup file.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from cbodesk.domain.errors import UserError
from cbodesk.i18n import N_
from cbodesk.storage import fileformat as ff
from cbodesk.storage.database import Cbo, Location, _postgres, open_cbo, translate_errors
from cbodesk.storage.models import MODELS
from cbodesk.storage.snapshots import RowsCopied, copy_tables, copy_to_sqlite

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


@dataclass(frozen=True)
class CopyResult:
    source: str
    target: str
    cbo_id: str
    tables: list[TableCount]
    book_entries: int
    audit_entries: int


class CopyFailed(UserError):
    """The copy did not match its source: nothing was left at the target."""


_SAME_PLACE = N_("errors", "The source and the target are the same place: {where}.")
_TARGET_FILE_EXISTS = N_("errors", "There is already a file at {path}. Copying never overwrites a file: "
                                   "choose a new file name.")
_TARGET_HAS_CBO = N_("errors", "The database {where} already holds a CBO. Copying never overwrites a "
                               "CBO: copy into a new, empty database.")
_TARGET_NOT_EMPTY = N_("errors", "The database {where} already holds tables (of another program). Copy "
                                 "into a new, empty database (ask the administrator of the server).")
_COUNTS_DIFFER = N_("errors", "The copy of the table {table} has {target} rows instead of {source}. "
                              "Nothing was written at {where}.")
_BOOK_BROKEN = N_("errors", "The copied cash book does not verify ({problem}). Nothing was written at "
                            "{where}.")
_AUDIT_BROKEN = N_("errors", "The copied audit log does not verify (entry {entry}). Nothing was written "
                             "at {where}.")
_SOURCE_BROKEN = N_("errors", "The cash book or the audit log of {where} does not verify, so it cannot be "
                              "copied faithfully. Run \u201ccbodesk verify\u201d on it and ask your "
                              "supporting NGO for help.")
_ID_DIFFERS = N_("errors", "The copy has another CBO id than its source. Nothing was written at {where}.")


def copy_cbo(source: str | os.PathLike[str] | Location, target: str | os.PathLike[str] | Location, *,
             on_rows: RowsCopied | None = None) -> CopyResult:
    """Copy the CBO at *source* to *target* (a new file or an empty PostgreSQL database), checked.

    The source must be at the current schema version (else: open it with the app
    first to upgrade it). *on_rows* is called after each batch of rows.
    """
    src = source if isinstance(source, Location) else Location.parse(source)
    dst = target if isinstance(target, Location) else Location.parse(target)
    if src.text == dst.text:
        raise UserError(_SAME_PLACE, where=src.display())
    with open_cbo(src, upgrade=False, lock=False) as cbo:
        if dst.is_postgres:
            return _into_postgres(cbo, dst, on_rows)
        return _into_file(cbo, dst.path, on_rows)


def _into_file(cbo: Cbo, path: Path, on_rows: RowsCopied | None) -> CopyResult:
    if path.exists():
        raise UserError(_TARGET_FILE_EXISTS, path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.copying-{uuid.uuid4().hex[:8]}")
    try:
        with translate_errors(Location(str(path))):
            counts = copy_to_sqlite(cbo, temp, on_rows=on_rows)
        with open_cbo(Location(str(temp)), upgrade=False, lock=False) as copy:
            result = _checked(cbo, copy, counts, str(path))
        if path.exists():  # somebody made it meanwhile
            raise UserError(_TARGET_FILE_EXISTS, path=str(path))
        os.replace(temp, path)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm")):
            leftover.unlink(missing_ok=True)
    log.info("copied %s to %s", cbo.location.display(), path)
    return result


def _into_postgres(cbo: Cbo, loc: Location, on_rows: RowsCopied | None) -> CopyResult:
    copy = Cbo(_postgres(loc), loc, None)
    try:
        with copy.atomic():
            tables = copy.db.get_tables()
            if ff.META_TABLE in tables:
                raise UserError(_TARGET_HAS_CBO, where=loc.display())
            if tables:
                raise UserError(_TARGET_NOT_EMPTY, where=loc.display())
            copy.db.create_tables(MODELS)
            counts = copy_tables(cbo, copy.db, on_rows=on_rows)
            _reset_sequences(copy.db)
            result = _checked(cbo, copy, counts, loc.display())
    finally:
        copy.close()
    log.info("copied %s to %s", cbo.location.display(), loc.display())
    return result


def _reset_sequences(db: pw.Database) -> None:
    """Each serial column's next value after the largest id copied (else the next insert clashes)."""
    for model in MODELS:
        key = model._meta.primary_key
        if not isinstance(key, pw.AutoField):  # BigAutoField is one too
            continue
        table, column = model._meta.table_name, key.column_name
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence(%s, %s), "
            f'COALESCE((SELECT MAX("{column}") FROM "{table}"), 0) + 1, false)',
            (f'"{table}"', column))


def _checked(source: Cbo, copy: Cbo, counts: dict[str, int], where: str) -> CopyResult:
    """Check *copy* (open, possibly inside its still open transaction) against *source*."""
    from cbodesk.services.audit import check_log
    from cbodesk.services.cashbook import verify_book

    tables = []
    with copy.reading():
        present = set(copy.db.get_tables())
        for model in MODELS:
            name = model._meta.table_name
            if name not in present:
                continue
            found = model.select().count()
            expected = counts.get(name, 0)
            tables.append(TableCount(name, expected, found))
            if found != expected:
                raise CopyFailed(_COUNTS_DIFFER, table=name, source=expected, target=found, where=where)
    if copy.cbo_id() != source.cbo_id():
        raise CopyFailed(_ID_DIFFERS, where=where)
    book = verify_book(copy)
    audit = check_log(copy)
    if not book.ok or not audit.ok:
        if not verify_book(source).ok or not check_log(source).ok:
            raise CopyFailed(_SOURCE_BROKEN, where=source.location.display())
        if not book.ok:
            raise CopyFailed(_BOOK_BROKEN, problem=book.problem, where=where)
        raise CopyFailed(_AUDIT_BROKEN, entry=audit.entry_id, where=where)
    return CopyResult(source.location.display(), where, copy.cbo_id(), tables, book.entries, audit.entries)


def format_counts(result: CopyResult) -> list[str]:
    """The table of counts ``cbodesk copy`` prints."""
    width = max([len("table"), *(len(t.table) for t in result.tables)])
    lines = [f"{'table':<{width}}  {'source':>8}  {'copy':>8}"]
    lines += [f"{t.table:<{width}}  {t.source:>8,}  {t.target:>8,}" for t in result.tables]
    return lines


def progress_printer(write: Callable[[str], object]) -> RowsCopied:
    """An *on_rows* that writes a line per table once more than one batch has gone."""
    last: dict[str, int] = {}

    def on_rows(table: str, done: int) -> None:
        if last.get(table) is not None:
            write(f"  {table}: {done:,} rows")
        last[table] = done

    return on_rows


__all__ = ["CopyFailed", "CopyResult", "TableCount", "copy_cbo", "format_counts", "progress_printer"]
