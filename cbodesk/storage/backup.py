"""Backups of a CBO file: make them, check them, restore them, rotate them.

A backup is one zip file (suffix ``.cbobackup``) holding a consistent copy of
the CBO's SQLite database as ``cbo.cbodesk`` and a ``manifest.json`` that says
which CBO it is, which data version, when and why it was made, and the SHA-256
of the database. One file is easy to carry on a USB stick; the checksum lets
``Restore…`` refuse a copy that was damaged on the way.

Rules this module keeps, and why:

- A live database is copied only with SQLite's backup API, never as a file: the
  app keeps its file in WAL mode, so recent commits may still be in ``-wal`` and
  a file copy would miss them or catch a half-written page (NOTES.md, SQLite).
- Every copy is ``integrity_check``-ed before it is trusted, at backup and again
  at restore.
- Files appear whole or not at all: written to a temporary file in the
  destination folder, flushed to disk, then renamed into place. A full disk or a
  pulled USB stick leaves no half backup behind.
- Restore verifies everything before it touches the current file, and keeps the
  file it replaces (with its ``-wal``) under a ``.before-restore-…`` name.
- Rotation deletes only automatic backups (daily, on close) and only files whose
  manifest it could read; a manual backup is the person's, not ours.

Days, weeks and months are those of the clock passed as ``now`` (an aware
datetime; a naive one is taken as the computer's local time), because a CBO in
Phnom Penh means its own day, not UTC's. Manifests store UTC.

Standard library only: this runs in a worker thread, in the command line and
in tests, without Qt or peewee.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import sqlite3
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Hashable, Iterable
from contextlib import closing, suppress
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO, Final, Literal, NoReturn, get_args

from cbodesk.domain.errors import (
    DamagedFile,
    DiskFull,
    NewerVersion,
    NotACboFile,
    ReadOnlyFile,
    UserError,
)
from cbodesk.storage.backup_errors import (
    BackupDamaged,
    BackupFolderNotWritable,
    NewerBackupFormat,
    NotABackup,
)
from cbodesk.storage.fileformat import (
    APPLICATION_ID,
    BACKUP_DB_NAME,
    BACKUP_FORMAT,
    BACKUP_MANIFEST_NAME,
    BACKUP_SUFFIX,
    META_CBO_ID,
    META_SCHEMA_VERSION,
    META_TABLE,
)

__all__ = [
    "AUTOMATIC_REASONS",
    "BackupReason",
    "Manifest",
    "REASONS",
    "backup_sqlite_file",
    "list_backups",
    "needs_daily_backup",
    "read_manifest",
    "restore_backup",
    "rotate_backups",
    "safe_file_name",
    "snapshot_sqlite",
    "verify_backup",
    "write_backup",
]

log = logging.getLogger(__name__)

BackupReason = Literal["manual", "daily", "on-close", "before-upgrade", "before-restore"]
REASONS: Final[tuple[str, ...]] = get_args(BackupReason)
# Only these are made without the person asking, so only these may be rotated away.
AUTOMATIC_REASONS: Final[frozenset[str]] = frozenset({"daily", "on-close"})

_CHUNK: Final = 1024 * 1024
# SQLite keeps a database's pending state in files named after it; they travel
# with the database, or a stale journal could be replayed into another file.
_SIDECARS: Final = ("-wal", "-shm", "-journal")
_STAMP: Final = "%Y%m%d-%H%M%S"
_FALLBACK_NAME: Final = "cbo"
# Long enough for any real CBO name; short enough that 3-byte Khmer letters plus
# the timestamp and reason stay well under the 255-byte file-name limit.
_MAX_NAME_CHARS: Final = 60
_WINDOWS_FORBIDDEN: Final = frozenset('<>:"/\\|?*')
_WINDOWS_DEVICES: Final = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)
_ZIP_MAGIC: Final = b"PK\x03\x04"
_SHA256_HEX: Final = frozenset("0123456789abcdef")


# --------------------------------------------------------------------------- manifest


@dataclass(frozen=True)
class Manifest:
    """What a backup holds; stored as ``manifest.json`` beside the database."""

    format: int  # the container format, BACKUP_FORMAT when written
    app_version: str  # the CBO Desk that wrote it, shown to the person
    schema_version: int  # the data version of the database inside
    cbo_id: str
    cbo_name: str
    created_at: str  # ISO 8601 in UTC, e.g. "2026-11-03T04:05:06+00:00"
    sha256: str  # of the database member, lowercase hex
    size: int  # of the database member, bytes
    reason: str  # one of REASONS; a newer CBO Desk may add more

    @property
    def created(self) -> datetime:
        """:attr:`created_at` as an aware datetime (UTC)."""
        return datetime.fromisoformat(self.created_at)

    @property
    def automatic(self) -> bool:
        """Made without the person asking, so rotation may delete it."""
        return self.reason in AUTOMATIC_REASONS

    def to_json(self) -> str:
        # ensure_ascii=False keeps a Khmer CBO name readable if someone opens the zip.
        return json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str | bytes) -> Manifest:
        """Parse and check a manifest; :class:`ValueError` says what is wrong."""
        try:
            data = json.loads(text)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"manifest is not JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError("manifest is not a JSON object")
        return cls._from_mapping(data)

    @classmethod
    def _from_mapping(cls, data: dict[str, Any]) -> Manifest:
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                raise ValueError(f"manifest has no {f.name!r}")
            value = data[f.name]
            # bool is an int to Python but never a valid count or version here.
            if f.type == "int" and (type(value) is not int or value < 0):
                raise ValueError(f"manifest {f.name!r} is not a whole number: {value!r}")
            if f.type == "str" and not isinstance(value, str):
                raise ValueError(f"manifest {f.name!r} is not text: {value!r}")
            values[f.name] = value
        # Unknown keys are ignored: a newer CBO Desk may add some within the same format.
        manifest = cls(**values)
        if len(manifest.sha256) != 64 or not set(manifest.sha256) <= _SHA256_HEX:
            raise ValueError(f"manifest sha256 is not a SHA-256: {manifest.sha256!r}")
        try:
            created = manifest.created
        except ValueError as exc:
            raise ValueError(f"manifest created_at is not a date: {manifest.created_at!r}") from exc
        if created.utcoffset() is None:
            raise ValueError(f"manifest created_at has no time zone: {manifest.created_at!r}")
        return manifest


# --------------------------------------------------------------------------- making a backup


def snapshot_sqlite(source: sqlite3.Connection | str | os.PathLike[str], dest: Path) -> None:
    """Copy a live SQLite database consistently into *dest*, a single checked file.

    *source* is an open connection (used from its own thread) or a path, which is
    opened read-only so that making a backup never changes what it backs up; a
    worker thread should pass the path. The copy includes every committed
    transaction, also those still in the ``-wal`` file. It is switched to
    ``journal_mode=DELETE`` so it is one self-contained file, and
    ``integrity_check``-ed. *dest* must not exist (or be empty).

    Raises NotACboFile (not an SQLite file), DamagedFile (the copy fails the
    check: the source is damaged), DiskFull.
    """
    dest = Path(dest)
    if dest.exists() and dest.stat().st_size > 0:
        raise FileExistsError(errno.EEXIST, "snapshot destination exists", str(dest))
    if isinstance(source, sqlite3.Connection):
        if source.in_transaction:
            # The backup would carry half of a user action (DESIGN.md: one action,
            # one transaction); the caller must commit or roll back first.
            raise ValueError("cannot snapshot a connection in the middle of a transaction")
        where = _main_file_of(source)
        src, owned = source, False
    else:
        path = Path(source)
        where = str(path)
        if not path.is_file():
            raise FileNotFoundError(errno.ENOENT, "no such CBO file", where)
        try:
            src, owned = _connect_read_only(path), True
        except sqlite3.Error as exc:
            _raise_as_user_error(exc, _sqlite_error_for_source(exc, where))
    try:
        with closing(sqlite3.connect(dest, isolation_level=None)) as copy:
            # One step (pages=-1): the whole copy is read in a single read
            # transaction, so a writer in another connection cannot make it restart
            # or mix two states.
            src.backup(copy)
            # The copy inherits WAL mode from the source header; DELETE makes it one file.
            copy.execute("PRAGMA journal_mode=DELETE").fetchall()
            problems = _integrity_problems(copy)
    except sqlite3.Error as exc:
        _remove_quietly(dest)
        _raise_as_user_error(exc, _sqlite_error_for_source(exc, where))
    finally:
        if owned:
            src.close()
    if problems:
        _remove_quietly(dest)
        raise DamagedFile(where, details="\n".join(problems))


def write_backup(
    db_snapshot: Path,
    dest: Path,
    *,
    app_version: str,
    schema_version: int,
    cbo_id: str,
    cbo_name: str,
    reason: BackupReason,
    now: datetime | None = None,
) -> Manifest:
    """Write the backup zip *dest* from a snapshot made by :func:`snapshot_sqlite`.

    The zip appears at *dest* whole or not at all; an existing *dest* is replaced.
    *now* is the moment recorded in the manifest (default: the current time).

    Raises DiskFull, BackupFolderNotWritable.
    """
    _check_reason(reason)
    moment = _aware(now)
    db_snapshot, dest = Path(db_snapshot), Path(dest)
    folder = dest.parent
    # Opened before anything is created at the destination, so a missing snapshot
    # (a bug) is not mistaken for an unwritable folder below.
    with open(db_snapshot, "rb") as snapshot:
        size = os.fstat(snapshot.fileno()).st_size
        try:
            # In the destination folder, so the final rename stays on one file system
            # and is atomic; the dot hides it, the .tmp keeps it out of list_backups.
            fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.stem}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            _raise_as_user_error(exc, _error_for_backup_folder(exc, folder))
        tmp = Path(tmp_name)
        try:
            try:
                with os.fdopen(fd, "wb") as raw:
                    with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                        digest, copied = _store_database(archive, snapshot, size, moment)
                        manifest = Manifest(
                            format=BACKUP_FORMAT,
                            app_version=app_version,
                            schema_version=schema_version,
                            cbo_id=cbo_id,
                            cbo_name=cbo_name,
                            created_at=moment.astimezone(timezone.utc).isoformat(timespec="seconds"),
                            sha256=digest,
                            size=copied,
                            reason=reason,
                        )
                        archive.writestr(
                            _zip_entry(BACKUP_MANIFEST_NAME, moment),
                            manifest.to_json().encode("utf-8"),
                        )
                    raw.flush()
                    # Without this a power cut after the rename can leave a named but
                    # empty file: the rename may reach the disk before the data.
                    os.fsync(raw.fileno())
                os.replace(tmp, dest)
            except BaseException:
                _remove_quietly(tmp)
                raise
        except OSError as exc:
            _raise_as_user_error(exc, _error_for_backup_folder(exc, folder))
    _sync_folder(folder)
    return manifest


def backup_sqlite_file(
    source: sqlite3.Connection | str | os.PathLike[str],
    dest_dir: Path,
    *,
    app_version: str,
    cbo_name: str,
    reason: BackupReason,
    now: datetime | None = None,
) -> Path:
    """Back up a CBO file into *dest_dir*; return the new backup's path.

    The name is ``{CBO name}-{YYYYmmdd-HHMMSS}-{reason}.cbobackup`` in the time of
    *now* (default: the computer's local time); a ``-2``, ``-3``… is added when two
    backups share a second. *dest_dir* is not created: a missing USB stick folder
    must be reported, not silently made on the internal disk.

    Raises NotACboFile, DamagedFile, DiskFull, BackupFolderNotWritable.
    """
    _check_reason(reason)
    moment = _aware(now)
    where = _main_file_of(source) if isinstance(source, sqlite3.Connection) else str(source)
    # ignore_cleanup_errors: on Windows an antivirus may hold the snapshot a moment
    # longer; a leftover temporary file must not turn a good backup into an error.
    with tempfile.TemporaryDirectory(prefix="cbodesk-backup-", ignore_cleanup_errors=True) as tmp:
        snapshot = Path(tmp) / BACKUP_DB_NAME
        snapshot_sqlite(source, snapshot)
        schema_version, cbo_id = _identity_of_cbo_file(snapshot, where)
        dest = _free_path(
            Path(dest_dir) / f"{safe_file_name(cbo_name)}-{moment.strftime(_STAMP)}-{reason}",
            BACKUP_SUFFIX,
        )
        write_backup(
            snapshot,
            dest,
            app_version=app_version,
            schema_version=schema_version,
            cbo_id=cbo_id,
            cbo_name=cbo_name,
            reason=reason,
            now=moment,
        )
    return dest


def safe_file_name(name: str, fallback: str = _FALLBACK_NAME) -> str:
    """*name* made safe as part of a file name on Windows, macOS and Linux.

    Khmer and other letters stay; path separators, characters Windows forbids and
    invisible control characters go (a forbidden character becomes a space, so
    words stay apart); a Windows device name such as ``CON`` gets a ``_`` in front.
    An empty result gives *fallback*.
    """
    parts: list[str] = []
    for char in unicodedata.normalize("NFC", name):
        if char in _WINDOWS_FORBIDDEN or char.isspace():
            parts.append(" ")
        elif unicodedata.category(char).startswith("C"):
            # Controls, and format characters such as the zero-width space Khmer
            # text uses between words: invisible in a file list, confusing in a path.
            continue
        else:
            parts.append(char)
    text = " ".join("".join(parts).split())
    text = _cut_between_clusters(text, _MAX_NAME_CHARS)
    # Windows drops trailing dots and spaces; a leading dot hides the file elsewhere.
    text = text.strip(" .")
    if not text:
        return fallback
    if text.split(".")[0].rstrip().upper() in _WINDOWS_DEVICES:
        text = "_" + text
    return text


# --------------------------------------------------------------------------- checking a backup


def read_manifest(path: Path) -> Manifest:
    """The manifest of a backup, without checking its database (quick, for lists).

    Raises NotABackup, BackupDamaged, NewerBackupFormat.
    """
    path = Path(path)
    with _open_backup(path) as archive:
        return _manifest_of(archive, path)


def verify_backup(path: Path, *, supported_schema: int | None = None) -> Manifest:
    """Check a backup completely and return its manifest.

    The database is extracted to a temporary folder (always removed), its size and
    SHA-256 compared with the manifest, its application id, ``integrity_check`` and
    identity checked. With *supported_schema*, a backup of newer data is refused.

    Raises NotABackup, BackupDamaged, NewerBackupFormat, NewerVersion, DiskFull.
    """
    with tempfile.TemporaryDirectory(prefix="cbodesk-verify-", ignore_cleanup_errors=True) as tmp:
        return _verify_into(Path(path), Path(tmp) / BACKUP_DB_NAME, supported_schema, durable=False)


# --------------------------------------------------------------------------- restoring


def restore_backup(
    backup: Path, target: Path, *, supported_schema: int, now: datetime | None = None
) -> Path | None:
    """Replace the CBO file *target* by the database in *backup*.

    The backup is verified completely first; if that fails, nothing at *target*
    is touched. A file already at *target* is kept, together with its ``-wal``,
    ``-shm`` and ``-journal`` files, as ``{stem}.before-restore-{YYYYmmdd-HHMMSS}
    {suffix}`` beside it, and that kept path is returned; ``None`` when there was
    no file to keep. Every connection to *target* must be closed first.

    Raises NotABackup, BackupDamaged, NewerBackupFormat, NewerVersion, DiskFull,
    ReadOnlyFile.
    """
    backup, target = Path(backup), Path(target)
    moment = _aware(now)
    folder = target.parent
    try:
        # Beside the target, so the final os.replace is a rename on one file system.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".restoring", dir=folder)
        os.close(fd)
    except OSError as exc:
        _raise_as_user_error(exc, _error_for_restore_target(exc, target))
    tmp = Path(tmp_name)
    try:
        try:
            _verify_into(backup, tmp, supported_schema, durable=True)
            if target.exists():
                # The person's file permissions survive the restore; mkstemp made it 0600.
                with suppress(OSError):
                    tmp.chmod(target.stat().st_mode & 0o7777)
            kept, moves = _move_aside(target, moment)
            try:
                os.replace(tmp, target)
            except BaseException:
                _undo_moves(moves)
                raise
        except BaseException:
            _remove_quietly(tmp)
            raise
    except OSError as exc:
        _raise_as_user_error(exc, _error_for_restore_target(exc, target))
    _sync_folder(folder)
    return kept


# --------------------------------------------------------------------------- listing, rotation


def list_backups(folder: Path) -> list[tuple[Path, Manifest]]:
    """The backups in *folder* (not its subfolders) with their manifests, newest first.

    Files that are not backups, or whose manifest cannot be read, are skipped.
    """
    try:
        entries = list(Path(folder).iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found: list[tuple[Path, Manifest]] = []
    for entry in entries:
        if not entry.name.lower().endswith(BACKUP_SUFFIX) or not entry.is_file():
            continue
        try:
            found.append((entry, read_manifest(entry)))
        except (UserError, OSError) as exc:
            log.info("skipping %s: %s", entry, exc)
    # The name breaks ties so the order never depends on the directory listing.
    found.sort(key=lambda item: (item[1].created, item[0].name), reverse=True)
    return found


def rotate_backups(
    folder: Path, now: datetime, *, daily: int = 7, weekly: int = 4, monthly: int = 12
) -> list[Path]:
    """Delete old automatic backups in *folder*; return the deleted files.

    Among automatic backups (reasons ``daily`` and ``on-close``), keep the newest of
    each of the last *daily* distinct days that have a backup, of the last *weekly*
    distinct ISO weeks and of the last *monthly* distinct months (days as seen by
    the clock of *now*); delete the rest. The time is taken from the manifest, not
    the file name, which a person may have renamed. Manual, before-upgrade and
    before-restore backups, files that are not backups or cannot be read, and
    backups dated after *now* (made while the clock was wrong, so of unknown age)
    are never deleted. A file that cannot be deleted is logged and skipped.
    """
    if min(daily, weekly, monthly) < 0:
        raise ValueError("the number of backups to keep cannot be negative")
    moment = _aware(now)
    zone = moment.tzinfo
    candidates = [
        (path, manifest.created.astimezone(zone))
        for path, manifest in list_backups(folder)
        if manifest.automatic and manifest.created <= moment
    ]  # newest first, as list_backups returns them

    def day_of(when: datetime) -> Hashable:
        return when.date()

    def week_of(when: datetime) -> Hashable:
        return tuple(when.isocalendar())[:2]  # ISO year and week: 1 Jan may be week 52

    def month_of(when: datetime) -> Hashable:
        return (when.year, when.month)

    keep = (
        _newest_per_period(candidates, day_of, daily)
        | _newest_per_period(candidates, week_of, weekly)
        | _newest_per_period(candidates, month_of, monthly)
    )
    deleted: list[Path] = []
    for path, _ in candidates:
        if path in keep:
            continue
        try:
            path.unlink()
        except FileNotFoundError:
            continue  # another window rotated the same folder
        except OSError as exc:
            # A locked USB stick or a file open elsewhere must not stop the app closing.
            log.warning("could not delete old backup %s: %s", path, exc)
            continue
        deleted.append(path)
    return deleted


def needs_daily_backup(folder: Path, now: datetime) -> bool:
    """True when *folder* holds no automatic backup made today (the day of *now*)."""
    moment = _aware(now)
    today = moment.date()
    return not any(
        manifest.automatic and _local_day(manifest, moment) == today
        for _, manifest in list_backups(folder)
    )


# --------------------------------------------------------------------------- helpers


def _check_reason(reason: str) -> None:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}; expected one of {REASONS}")


def _aware(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now().astimezone()
    if now.utcoffset() is None:
        return now.astimezone()  # naive: Python reads it as the computer's local time
    return now


def _cut_between_clusters(text: str, limit: int) -> str:
    """*text* shortened to at most *limit* characters, never inside a Khmer cluster.

    Cutting before a vowel sign or after a coeng (the sign that stacks the next
    consonant below) would leave a mark with nothing to sit on.
    """
    if len(text) <= limit:
        return text
    cut = limit
    while cut > 0 and (
        unicodedata.category(text[cut]).startswith("M") or text[cut - 1] == "\u17d2"
    ):
        cut -= 1
    return text[:cut]


def _local_day(manifest: Manifest, moment: datetime) -> date:
    return manifest.created.astimezone(moment.tzinfo).date()


def _newest_per_period(
    newest_first: Iterable[tuple[Path, datetime]],
    period_of: Callable[[datetime], Hashable],
    count: int,
) -> set[Path]:
    kept: set[Path] = set()
    seen: set[Hashable] = set()
    for path, when in newest_first:
        period = period_of(when)
        if period in seen:
            continue  # an older backup of a period already represented
        if len(seen) == count:
            break
        seen.add(period)
        kept.add(path)
    return kept


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # mode=ro: never create a missing file, never checkpoint or change the source.
    # as_uri() percent-encodes spaces, '#', '?' and Khmer letters in the path.
    return sqlite3.connect(
        path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None
    )


def _main_file_of(connection: sqlite3.Connection) -> str:
    for _, name, file in connection.execute("PRAGMA database_list"):
        if name == "main":
            return str(file) or ":memory:"
    return "?"


def _integrity_problems(connection: sqlite3.Connection) -> list[str]:
    # integrity_check(20): enough to describe the damage without listing every row.
    rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check(20)")]
    return [] if rows == ["ok"] else rows


def _read_identity(connection: sqlite3.Connection) -> tuple[int, str]:
    """schema_version and cbo_id from the meta table; ValueError if they are unusable."""
    try:
        rows = dict(
            connection.execute(
                f'SELECT key, value FROM "{META_TABLE}" WHERE key IN (?, ?)',
                (META_SCHEMA_VERSION, META_CBO_ID),
            ).fetchall()
        )
    except sqlite3.OperationalError as exc:  # no meta table, or not the shape we know
        raise ValueError(f"no usable {META_TABLE} table: {exc}") from exc
    try:
        schema_version = int(rows[META_SCHEMA_VERSION])
        cbo_id = str(rows[META_CBO_ID])
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{META_TABLE} lacks a valid {exc}") from exc
    return schema_version, cbo_id


def _identity_of_cbo_file(snapshot: Path, where: str) -> tuple[int, str]:
    try:
        with closing(_connect_read_only(snapshot)) as connection:
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise NotACboFile(where)
            try:
                return _read_identity(connection)
            except ValueError as exc:
                # Our application id but no identity: ours, and damaged.
                raise DamagedFile(where, details=str(exc)) from exc
    except sqlite3.Error as exc:
        raise DamagedFile(where, details=str(exc)) from exc


def _raise_as_user_error(exc: BaseException, user_error: UserError | None) -> NoReturn:
    """Raise *user_error* caused by *exc*, or *exc* itself when it has no plain meaning."""
    if user_error is None:
        raise exc
    raise user_error from exc


def _sqlite_error_for_source(exc: sqlite3.Error, where: str) -> UserError | None:
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_NOTADB:
        return NotACboFile(where)
    if primary == sqlite3.SQLITE_CORRUPT:
        return DamagedFile(where, details=str(exc))
    if primary == sqlite3.SQLITE_FULL:
        return DiskFull(where)
    return None


def _is_disk_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, errno.EDQUOT)


def _error_for_backup_folder(exc: OSError, folder: Path) -> UserError | None:
    if _is_disk_full(exc):
        return DiskFull(str(folder))
    if isinstance(exc, (PermissionError, FileNotFoundError, NotADirectoryError)) or exc.errno in (
        errno.EROFS,
        errno.EACCES,
        errno.EPERM,
    ):
        return BackupFolderNotWritable(str(folder), details=str(exc))
    return None


def _error_for_restore_target(exc: OSError, target: Path) -> UserError | None:
    if _is_disk_full(exc):
        return DiskFull(str(target))
    if isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyFile(str(target))
    return None


def _zip_entry(name: str, moment: datetime) -> zipfile.ZipInfo:
    # Zip stores local wall-clock time and cannot go before 1980.
    t = moment.timetuple()
    stamp = (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
    entry = zipfile.ZipInfo(name, date_time=max(stamp, (1980, 1, 1, 0, 0, 0)))
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.external_attr = 0o600 << 16  # members data about people: private when unzipped
    return entry


def _store_database(
    archive: zipfile.ZipFile, snapshot: BinaryIO, size: int, moment: datetime
) -> tuple[str, int]:
    """Deflate the snapshot into *archive*, hashing exactly the bytes stored."""
    entry = _zip_entry(BACKUP_DB_NAME, moment)
    # The expected size lets zipfile choose ZIP64 up front for databases over 2 GiB.
    entry.file_size = size
    digest = hashlib.sha256()
    copied = 0
    with archive.open(entry, "w") as member:
        while chunk := snapshot.read(_CHUNK):
            digest.update(chunk)
            member.write(chunk)
            copied += len(chunk)
    return digest.hexdigest(), copied


def _open_backup(path: Path) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(path)
    except (FileNotFoundError, IsADirectoryError) as exc:
        raise NotABackup(str(path), details=str(exc)) from exc
    except (zipfile.BadZipFile, EOFError) as exc:
        # A zip cut short (a copy interrupted when the stick was pulled) still starts
        # like one: call that damaged, anything else simply not a backup.
        if _starts_like_zip(path):
            raise BackupDamaged(str(path), details=str(exc)) from exc
        raise NotABackup(str(path), details=str(exc)) from exc
    names = set(archive.namelist())
    missing = {BACKUP_MANIFEST_NAME, BACKUP_DB_NAME} - names
    if missing:
        archive.close()
        raise NotABackup(str(path), details=f"missing {', '.join(sorted(missing))}")
    return archive


def _starts_like_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(_ZIP_MAGIC)) == _ZIP_MAGIC
    except OSError:
        return False


def _manifest_of(archive: zipfile.ZipFile, path: Path) -> Manifest:
    try:
        raw = archive.read(BACKUP_MANIFEST_NAME)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise BackupDamaged(str(path), details=f"manifest: {exc}") from exc
    except (RuntimeError, NotImplementedError) as exc:  # encrypted, or a foreign compression
        raise NotABackup(str(path), details=f"manifest: {exc}") from exc
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupDamaged(str(path), details=f"manifest: {exc}") from exc
    # The format is checked before the fields: a newer format may have other fields.
    found = data.get("format") if isinstance(data, dict) else None
    if type(found) is int and found > BACKUP_FORMAT:
        raise NewerBackupFormat(str(path), found=found, supported=BACKUP_FORMAT)
    try:
        if not isinstance(data, dict):
            raise ValueError("manifest is not a JSON object")
        return Manifest._from_mapping(data)
    except ValueError as exc:
        raise BackupDamaged(str(path), details=str(exc)) from exc


def _verify_into(
    backup: Path, database: Path, supported_schema: int | None, *, durable: bool
) -> Manifest:
    """Check *backup* and leave its database at *database*; see verify_backup."""
    where = str(backup)
    with _open_backup(backup) as archive:
        manifest = _manifest_of(archive, backup)
        if supported_schema is not None and manifest.schema_version > supported_schema:
            raise NewerVersion(where, manifest.schema_version, supported_schema)
        entry = archive.getinfo(BACKUP_DB_NAME)
        if entry.file_size != manifest.size:
            raise BackupDamaged(
                where, details=f"database is {entry.file_size} bytes, manifest says {manifest.size}"
            )
        digest, size = _extract(archive, entry, database, where, durable=durable)
    if size != manifest.size or digest != manifest.sha256:
        raise BackupDamaged(
            where, details=f"checksum {digest} ({size} bytes) does not match the manifest"
        )
    try:
        with closing(_connect_read_only(database)) as connection:
            found_id = connection.execute("PRAGMA application_id").fetchone()[0]
            if found_id != APPLICATION_ID:
                raise BackupDamaged(where, details=f"application_id {found_id:#x}")
            problems = _integrity_problems(connection)
            if problems:
                raise BackupDamaged(where, details="\n".join(problems))
            schema_version, cbo_id = _read_identity(connection)
    except (sqlite3.Error, ValueError) as exc:
        raise BackupDamaged(where, details=str(exc)) from exc
    if (schema_version, cbo_id) != (manifest.schema_version, manifest.cbo_id):
        # The database and the manifest describe different things: trust neither.
        raise BackupDamaged(
            where,
            details=f"database is {cbo_id} v{schema_version}, manifest says "
            f"{manifest.cbo_id} v{manifest.schema_version}",
        )
    return manifest


def _extract(
    archive: zipfile.ZipFile, entry: zipfile.ZipInfo, dest: Path, where: str, *, durable: bool
) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(entry) as member, open(dest, "wb") as out:
            while chunk := member.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
            if durable:
                out.flush()
                os.fsync(out.fileno())
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # CRC or deflate stream broken
        raise BackupDamaged(where, details=str(exc)) from exc
    except (RuntimeError, NotImplementedError) as exc:
        raise NotABackup(where, details=str(exc)) from exc
    except OSError as exc:
        if _is_disk_full(exc):
            raise DiskFull(str(dest)) from exc
        raise
    return digest.hexdigest(), size


def _with_sidecars(path: Path) -> list[Path]:
    return [path, *(Path(f"{path}{sidecar}") for sidecar in _SIDECARS)]


def _free_path(base: Path, suffix: str) -> Path:
    """``base + suffix``, or ``base-2 + suffix``… so that no file or sidecar is overwritten."""
    number = 1
    while True:
        candidate = Path(f"{base}{suffix}" if number == 1 else f"{base}-{number}{suffix}")
        if not any(os.path.lexists(p) for p in _with_sidecars(candidate)):
            return candidate
        number += 1


def _move_aside(target: Path, moment: datetime) -> tuple[Path | None, list[tuple[Path, Path]]]:
    """Rename *target* and its sidecars to a ``.before-restore-…`` name.

    Sidecars without a main file are moved too: left beside the restored file,
    SQLite could replay a stale journal into it.
    """
    present = [p for p in _with_sidecars(target) if os.path.lexists(p)]
    if not present:
        return None, []
    kept = _free_path(
        target.with_name(f"{target.stem}.before-restore-{moment.strftime(_STAMP)}"), target.suffix
    )
    moves: list[tuple[Path, Path]] = []
    try:
        # The main file first: if anything fails later, it is the one that matters.
        for source, dest in zip(_with_sidecars(target), _with_sidecars(kept), strict=True):
            if source in present:
                os.replace(source, dest)
                moves.append((source, dest))
    except BaseException:
        _undo_moves(moves)
        raise
    return (kept if target in present else None), moves


def _undo_moves(moves: list[tuple[Path, Path]]) -> None:
    for source, dest in reversed(moves):
        try:
            os.replace(dest, source)
        except OSError as exc:  # pragma: no cover - only when the disk fails mid-restore
            log.error("could not move %s back to %s: %s", dest, source, exc)


def _remove_quietly(path: Path) -> None:
    with suppress(OSError):
        path.unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename in *folder* durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return  # Windows cannot open a folder; NTFS journals the rename itself.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (FAT over FUSE, network shares) refuse; the data is synced
    finally:
        os.close(fd)
