"""Backups: real SQLite files and real zip files in tmp_path, no mocks of SQLite.

The CBO files here are made with sqlite3 directly, as a CBO file looks on disk:
our application id, WAL journal, a meta table with schema_version and cbo_id,
and a table of members.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import struct
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from cbodesk.domain.errors import DamagedFile, DiskFull, NewerVersion, NotACboFile, ReadOnlyFile
from cbodesk.storage import backup
from cbodesk.storage.backup import (
    Manifest,
    backup_sqlite_file,
    list_backups,
    needs_daily_backup,
    read_manifest,
    restore_backup,
    rotate_backups,
    safe_file_name,
    snapshot_sqlite,
    verify_backup,
    write_backup,
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

SCHEMA = 3
PHNOM_PENH = timezone(timedelta(hours=7))
NOW = datetime(2026, 11, 3, 9, 30, tzinfo=PHNOM_PENH)
CBO_NAME = "សហគមន៍ស្ត្រី Prey Veng"
APP_VERSION = "0.1.0"


# --------------------------------------------------------------------------- helpers


def make_cbo_file(
    path: Path,
    *,
    names: tuple[str, ...] = ("Sok Dara", "Chan Sophea"),
    schema_version: int = SCHEMA,
    application_id: int = APPLICATION_ID,
    cbo_id: str | None = None,
) -> str:
    """Create a CBO file as the app leaves it after a clean close; return its cbo_id."""
    cbo_id = cbo_id or str(uuid.uuid4())
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(f"PRAGMA application_id = {application_id}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"CREATE TABLE {META_TABLE}(key TEXT PRIMARY KEY, value TEXT)")
        conn.executemany(
            f"INSERT INTO {META_TABLE}(key, value) VALUES (?, ?)",
            [(META_SCHEMA_VERSION, str(schema_version)), (META_CBO_ID, cbo_id)],
        )
        conn.execute("CREATE TABLE member(id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        conn.executemany("INSERT INTO member(name) VALUES (?)", [(n,) for n in names])
    return cbo_id


@contextmanager
def open_writer(path: Path) -> Iterator[sqlite3.Connection]:
    """The app's connection: WAL, synchronous=FULL, kept open (so nothing is checkpointed)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        yield conn
    finally:
        conn.close()


def member_names(path: Path) -> list[str]:
    # Read-only, so reading a file never changes it (or checkpoints its -wal).
    with closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM member ORDER BY id")]


def sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal") if Path(f"{path}{s}").exists()]


def make_backup(folder: Path, source: Path, *, reason: str = "manual", now: datetime = NOW) -> Path:
    folder.mkdir(exist_ok=True)
    return backup_sqlite_file(
        source, folder, app_version=APP_VERSION, cbo_name=CBO_NAME, reason=reason, now=now  # type: ignore[arg-type]
    )


def zip_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def with_manifest_changes(members: dict[str, bytes], **changes: Any) -> dict[str, bytes]:
    manifest = json.loads(members[BACKUP_MANIFEST_NAME])
    manifest.update(changes)
    return {**members, BACKUP_MANIFEST_NAME: json.dumps(manifest).encode()}


def flip_byte_in_member(path: Path, name: str) -> None:
    """Flip one byte in the middle of a member's stored data, as a failing USB stick might."""
    with zipfile.ZipFile(path) as archive:
        entry = archive.getinfo(name)
    data = bytearray(path.read_bytes())
    name_length, extra_length = struct.unpack_from("<HH", data, entry.header_offset + 26)
    start = entry.header_offset + 30 + name_length + extra_length
    data[start + entry.compress_size // 2] ^= 0xFF
    path.write_bytes(data)


def break_index(path: Path) -> None:
    """Make a file that opens but fails integrity_check: an index that misses its rows."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE INDEX member_name ON member(name)")
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_schema SET sql = 'CREATE INDEX member_name ON member(id)' "
            "WHERE name = 'member_name'"
        )
        conn.execute("PRAGMA journal_mode = DELETE")


@pytest.fixture
def cbo_file(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "prey-veng.cbodesk"
    path.parent.mkdir()
    make_cbo_file(path)
    return path


@pytest.fixture
def snapshot(tmp_path: Path, cbo_file: Path) -> Path:
    dest = tmp_path / "snapshot.cbodesk"
    snapshot_sqlite(cbo_file, dest)
    return dest


# --------------------------------------------------------------------------- round trip


def test_round_trip_keeps_commits_still_in_the_wal(tmp_path: Path, cbo_file: Path) -> None:
    backups = tmp_path / "backups"
    with open_writer(cbo_file) as writer:
        writer.execute("INSERT INTO member(name) VALUES ('Written after the last checkpoint')")
        wal = Path(f"{cbo_file}-wal")
        assert wal.stat().st_size > 0
        # Proof the row lives only in the -wal: the main file alone does not have it.
        main_only = tmp_path / "main-only.cbodesk"
        main_only.write_bytes(cbo_file.read_bytes())
        assert "Written after the last checkpoint" not in member_names(main_only)
        main_before = cbo_file.read_bytes()

        made = make_backup(backups, cbo_file)

        # Making a backup does not change the file it backs up.
        assert cbo_file.read_bytes() == main_before

    restored = tmp_path / "restored" / "prey-veng.cbodesk"
    restored.parent.mkdir()
    assert restore_backup(made, restored, supported_schema=SCHEMA) is None
    assert member_names(restored) == [
        "Sok Dara", "Chan Sophea", "Written after the last checkpoint"
    ]
    assert sidecars(restored) == []
    assert sorted(p.name for p in restored.parent.iterdir()) == [restored.name]


def test_backup_from_an_open_connection(tmp_path: Path, cbo_file: Path) -> None:
    with open_writer(cbo_file) as writer:
        writer.execute("INSERT INTO member(name) VALUES ('Keo Malis')")
        made = make_backup(tmp_path / "backups", writer)  # type: ignore[arg-type]
    restored = tmp_path / "restored.cbodesk"
    restore_backup(made, restored, supported_schema=SCHEMA)
    assert member_names(restored)[-1] == "Keo Malis"


def test_backup_file_name_members_and_manifest(tmp_path: Path, cbo_file: Path) -> None:
    cbo_id = read_cbo_id(cbo_file)
    made = make_backup(tmp_path / "backups", cbo_file, reason="manual")

    assert made.name == f"{CBO_NAME}-20261103-093000-manual{BACKUP_SUFFIX}"
    with zipfile.ZipFile(made) as archive:
        assert sorted(archive.namelist()) == sorted([BACKUP_DB_NAME, BACKUP_MANIFEST_NAME])
        assert archive.getinfo(BACKUP_DB_NAME).compress_type == zipfile.ZIP_DEFLATED
        database = archive.read(BACKUP_DB_NAME)
    # File format bytes 18 and 19 are 1 for a rollback journal, 2 for WAL: one file.
    assert database[18:20] == b"\x01\x01"

    manifest = read_manifest(made)
    assert manifest == verify_backup(made, supported_schema=SCHEMA)
    assert manifest.format == BACKUP_FORMAT
    assert manifest.app_version == APP_VERSION
    assert manifest.schema_version == SCHEMA
    assert manifest.cbo_id == cbo_id
    assert manifest.cbo_name == CBO_NAME
    assert manifest.reason == "manual"
    assert manifest.created_at == "2026-11-03T02:30:00+00:00"
    assert manifest.created == NOW
    assert manifest.size == len(database)
    assert not manifest.automatic


def read_cbo_id(path: Path) -> str:
    with closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)) as conn:
        row = conn.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?", (META_CBO_ID,))
        return str(row.fetchone()[0])


def test_two_backups_in_one_second_get_two_files(tmp_path: Path, cbo_file: Path) -> None:
    first = make_backup(tmp_path / "backups", cbo_file)
    second = make_backup(tmp_path / "backups", cbo_file)
    assert first != second
    assert second.name == f"{CBO_NAME}-20261103-093000-manual-2{BACKUP_SUFFIX}"
    assert first.exists() and second.exists()


def test_unknown_reason_is_a_bug(tmp_path: Path, snapshot: Path) -> None:
    with pytest.raises(ValueError, match="reason"):
        write_backup(
            snapshot, tmp_path / "x.cbobackup", app_version=APP_VERSION, schema_version=SCHEMA,
            cbo_id="x", cbo_name="x", reason="weekly",  # type: ignore[arg-type]
        )
    assert not (tmp_path / "x.cbobackup").exists()


# --------------------------------------------------------------------------- snapshot


def test_snapshot_is_one_checked_file(tmp_path: Path, cbo_file: Path) -> None:
    with open_writer(cbo_file) as writer:
        writer.execute("INSERT INTO member(name) VALUES ('Only in the WAL')")
        dest = tmp_path / "copy.cbodesk"
        snapshot_sqlite(cbo_file, dest)
    assert dest.read_bytes()[18:20] == b"\x01\x01"
    assert sidecars(dest) == []
    assert member_names(dest)[-1] == "Only in the WAL"


def test_snapshot_refuses_a_connection_inside_a_transaction(tmp_path: Path, cbo_file: Path) -> None:
    with open_writer(cbo_file) as writer:
        writer.execute("BEGIN")
        writer.execute("INSERT INTO member(name) VALUES ('Half an action')")
        with pytest.raises(ValueError, match="transaction"):
            snapshot_sqlite(writer, tmp_path / "copy.cbodesk")
        writer.execute("ROLLBACK")
    assert not (tmp_path / "copy.cbodesk").exists()


def test_snapshot_of_a_damaged_file(tmp_path: Path, cbo_file: Path) -> None:
    break_index(cbo_file)
    dest = tmp_path / "copy.cbodesk"
    with pytest.raises(DamagedFile) as caught:
        snapshot_sqlite(cbo_file, dest)
    assert "missing from index" in caught.value.details
    assert not dest.exists()


def test_snapshot_of_a_text_file(tmp_path: Path) -> None:
    text = tmp_path / "notes.cbodesk"
    text.write_text("Meeting notes, not a database. " * 100)
    with pytest.raises(NotACboFile):
        snapshot_sqlite(text, tmp_path / "copy.cbodesk")
    assert not (tmp_path / "copy.cbodesk").exists()


def test_backup_of_another_programs_database(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    make_cbo_file(other, application_id=0)
    with pytest.raises(NotACboFile):
        make_backup(tmp_path / "backups", other)
    assert list((tmp_path / "backups").iterdir()) == []


def test_backup_of_a_cbo_file_without_identity(tmp_path: Path, cbo_file: Path) -> None:
    with closing(sqlite3.connect(cbo_file, isolation_level=None)) as conn:
        conn.execute(f"DELETE FROM {META_TABLE} WHERE key = ?", (META_CBO_ID,))
    with pytest.raises(DamagedFile):
        make_backup(tmp_path / "backups", cbo_file)
    assert list((tmp_path / "backups").iterdir()) == []


# --------------------------------------------------------------------------- verify


@pytest.fixture
def good_backup(tmp_path: Path, cbo_file: Path) -> Path:
    return make_backup(tmp_path / "backups", cbo_file)


def test_verify_rejects_a_text_file(tmp_path: Path) -> None:
    text = tmp_path / "minutes.cbobackup"
    text.write_text("Minutes of the general assembly\n")
    with pytest.raises(NotABackup):
        verify_backup(text)


def test_verify_rejects_a_cbo_file_that_is_not_a_backup(cbo_file: Path) -> None:
    with pytest.raises(NotABackup):
        verify_backup(cbo_file)


def test_verify_rejects_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotABackup):
        verify_backup(tmp_path / "gone.cbobackup")


@pytest.mark.parametrize("left_out", [BACKUP_MANIFEST_NAME, BACKUP_DB_NAME])
def test_verify_rejects_a_zip_without_a_member(
    tmp_path: Path, good_backup: Path, left_out: str
) -> None:
    members = zip_members(good_backup)
    del members[left_out]
    with pytest.raises(NotABackup) as caught:
        verify_backup(write_zip(tmp_path / "partial.cbobackup", members))
    assert left_out in caught.value.details


def test_verify_rejects_a_flipped_byte_in_the_database(good_backup: Path) -> None:
    flip_byte_in_member(good_backup, BACKUP_DB_NAME)
    with pytest.raises(BackupDamaged):
        verify_backup(good_backup)


def test_verify_rejects_a_cut_off_zip(good_backup: Path) -> None:
    data = good_backup.read_bytes()
    good_backup.write_bytes(data[: len(data) // 2])
    with pytest.raises(BackupDamaged):
        verify_backup(good_backup)


def test_verify_rejects_a_database_changed_after_the_checksum(
    tmp_path: Path, good_backup: Path
) -> None:
    members = zip_members(good_backup)
    # Same length, still a sound database: only the checksum can tell.
    changed = members[BACKUP_DB_NAME].replace(b"Sok Dara", b"Sok Dora")
    assert changed != members[BACKUP_DB_NAME]
    path = write_zip(tmp_path / "edited.cbobackup", {**members, BACKUP_DB_NAME: changed})
    with pytest.raises(BackupDamaged, match="damaged") as caught:
        verify_backup(path)
    assert "checksum" in caught.value.details


@pytest.mark.parametrize(
    "changes",
    [
        {"size": 1},
        {"sha256": "0" * 64},
        {"sha256": "not a checksum"},
        {"created_at": "2026-11-03T09:30:00"},  # no time zone
        {"schema_version": True},
        {"cbo_id": str(uuid.uuid4())},  # the manifest speaks of another CBO
    ],
    ids=["size", "sha256", "sha256-form", "naive-time", "bool", "other-cbo"],
)
def test_verify_rejects_a_manifest_that_does_not_match(
    tmp_path: Path, good_backup: Path, changes: dict[str, Any]
) -> None:
    members = with_manifest_changes(zip_members(good_backup), **changes)
    with pytest.raises(BackupDamaged):
        verify_backup(write_zip(tmp_path / "edited.cbobackup", members))


def test_verify_rejects_a_manifest_that_is_not_json(tmp_path: Path, good_backup: Path) -> None:
    members = {**zip_members(good_backup), BACKUP_MANIFEST_NAME: b"\x00\x01 not json"}
    with pytest.raises(BackupDamaged):
        verify_backup(write_zip(tmp_path / "edited.cbobackup", members))


def test_verify_rejects_a_database_of_another_program(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    cbo_id = make_cbo_file(other, application_id=0x12345678)
    path = tmp_path / "other.cbobackup"
    write_backup(
        other, path, app_version=APP_VERSION, schema_version=SCHEMA,
        cbo_id=cbo_id, cbo_name="Other", reason="manual",
    )
    with pytest.raises(BackupDamaged) as caught:
        verify_backup(path)
    assert "application_id" in caught.value.details


def test_verify_rejects_a_database_that_fails_the_integrity_check(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.cbodesk"
    cbo_id = make_cbo_file(damaged)
    break_index(damaged)
    # write_backup trusts its snapshot, so a damaged database gets a correct checksum.
    path = tmp_path / "damaged.cbobackup"
    write_backup(
        damaged, path, app_version=APP_VERSION, schema_version=SCHEMA,
        cbo_id=cbo_id, cbo_name="Damaged", reason="manual",
    )
    with pytest.raises(BackupDamaged) as caught:
        verify_backup(path)
    assert "missing from index" in caught.value.details


def test_verify_refuses_newer_data(tmp_path: Path) -> None:
    newer = tmp_path / "newer.cbodesk"
    make_cbo_file(newer, schema_version=SCHEMA + 1)
    path = make_backup(tmp_path / "backups", newer)
    with pytest.raises(NewerVersion) as caught:
        verify_backup(path, supported_schema=SCHEMA)
    assert caught.value.params["found"] == SCHEMA + 1
    assert caught.value.params["supported"] == SCHEMA
    assert verify_backup(path, supported_schema=SCHEMA + 1).schema_version == SCHEMA + 1


def test_verify_refuses_a_newer_backup_format(tmp_path: Path, good_backup: Path) -> None:
    members = {
        **zip_members(good_backup),
        BACKUP_MANIFEST_NAME: json.dumps({"format": BACKUP_FORMAT + 1, "parts": []}).encode(),
    }
    with pytest.raises(NewerBackupFormat):
        verify_backup(write_zip(tmp_path / "future.cbobackup", members))


def test_verify_always_removes_its_temporary_files(
    tmp_path: Path, good_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    verify_backup(good_backup)
    assert list(scratch.iterdir()) == []
    flip_byte_in_member(good_backup, BACKUP_DB_NAME)
    with pytest.raises(BackupDamaged):
        verify_backup(good_backup)
    assert list(scratch.iterdir()) == []


# --------------------------------------------------------------------------- restore


def crashed_copy(source: Path, dest: Path, row: str) -> None:
    """Leave *dest* as a crash leaves a CBO file: a committed row only in its -wal."""
    with open_writer(source) as writer:
        writer.execute("INSERT INTO member(name) VALUES (?)", (row,))
        dest.write_bytes(source.read_bytes())
        Path(f"{dest}-wal").write_bytes(Path(f"{source}-wal").read_bytes())


def test_restore_keeps_the_replaced_file_with_its_wal(tmp_path: Path, cbo_file: Path) -> None:
    made = make_backup(tmp_path / "backups", cbo_file)
    target = tmp_path / "work" / "prey-veng.cbodesk"
    target.parent.mkdir()
    crashed_copy(cbo_file, target, "Entered after the backup")
    target.chmod(0o640)

    kept = restore_backup(made, target, supported_schema=SCHEMA, now=NOW)

    assert kept == target.with_name("prey-veng.before-restore-20261103-093000.cbodesk")
    assert Path(f"{kept}-wal").exists()
    # The kept file still has the row that was only in its -wal: nothing was lost.
    assert member_names(kept)[-1] == "Entered after the backup"
    assert member_names(target) == ["Sok Dara", "Chan Sophea"]
    assert sidecars(target) == []
    assert target.stat().st_mode & 0o777 == 0o640
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]


def test_restore_twice_in_one_second_keeps_both(tmp_path: Path, cbo_file: Path) -> None:
    made = make_backup(tmp_path / "backups", cbo_file)
    target = tmp_path / "prey-veng.cbodesk"
    make_cbo_file(target, names=("Before",))
    first = restore_backup(made, target, supported_schema=SCHEMA, now=NOW)
    second = restore_backup(made, target, supported_schema=SCHEMA, now=NOW)
    assert first is not None and second is not None and first != second
    assert member_names(first) == ["Before"]
    assert member_names(second) == ["Sok Dara", "Chan Sophea"]


def test_restore_moves_orphan_journals_away(tmp_path: Path, cbo_file: Path) -> None:
    made = make_backup(tmp_path / "backups", cbo_file)
    target = tmp_path / "prey-veng.cbodesk"
    stale = Path(f"{target}-journal")
    stale.write_bytes(b"stale journal of a file that is gone")
    assert restore_backup(made, target, supported_schema=SCHEMA, now=NOW) is None
    assert sidecars(target) == []
    assert member_names(target) == ["Sok Dara", "Chan Sophea"]
    kept = target.with_name("prey-veng.before-restore-20261103-093000.cbodesk")
    assert Path(f"{kept}-journal").exists()


def _damage(path: Path, tmp_path: Path) -> None:
    flip_byte_in_member(path, BACKUP_DB_NAME)


def _from_the_future(path: Path, tmp_path: Path) -> None:
    members = with_manifest_changes(zip_members(path), schema_version=SCHEMA + 5)
    path.unlink()
    write_zip(path, members)


def _not_a_backup(path: Path, tmp_path: Path) -> None:
    path.write_text("not a backup")


@pytest.mark.parametrize(
    ("spoil", "error"),
    [(_damage, BackupDamaged), (_from_the_future, NewerVersion), (_not_a_backup, NotABackup)],
    ids=["damaged", "newer", "not-a-backup"],
)
def test_failed_verification_leaves_the_target_untouched(
    tmp_path: Path,
    cbo_file: Path,
    spoil: Callable[[Path, Path], None],
    error: type[Exception],
) -> None:
    made = make_backup(tmp_path / "backups", cbo_file)
    spoil(made, tmp_path)
    target = tmp_path / "work" / "prey-veng.cbodesk"
    target.parent.mkdir()
    crashed_copy(cbo_file, target, "Today's receipts")
    before = {p.name: p.read_bytes() for p in target.parent.iterdir()}

    with pytest.raises(error):
        restore_backup(made, target, supported_schema=SCHEMA, now=NOW)

    assert {p.name: p.read_bytes() for p in target.parent.iterdir()} == before


def test_restore_into_a_read_only_folder(
    tmp_path: Path, cbo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_backup(tmp_path / "backups", cbo_file)
    target = tmp_path / "prey-veng.cbodesk"
    make_cbo_file(target, names=("Before",))
    before = target.read_bytes()

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    # Simulated: the tests may run as root, for whom no folder is read-only.
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ReadOnlyFile):
        restore_backup(made, target, supported_schema=SCHEMA)
    assert target.read_bytes() == before


# --------------------------------------------------------------------------- full disk, bad folder


class FullDisk:
    """A file that takes *room* bytes, then fails the way a full disk does."""

    def __init__(self, raw: Any, room: int) -> None:
        self._raw = raw
        self._room = room

    def write(self, data: bytes) -> int:
        if len(data) > self._room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return int(self._raw.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._raw.close()


@pytest.fixture
def big_snapshot(tmp_path: Path) -> Path:
    """A snapshot that does not compress, so a full disk strikes in the middle of it."""
    path = tmp_path / "big.cbodesk"
    make_cbo_file(path)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE attachment(id INTEGER PRIMARY KEY, scan BLOB)")
        conn.execute("INSERT INTO attachment(scan) VALUES (?)", (os.urandom(300_000),))
        conn.execute("PRAGMA journal_mode = DELETE")
    return path


@pytest.mark.parametrize("room", [0, 1000, 150_000])
def test_full_disk_leaves_no_temporary_file(
    tmp_path: Path, big_snapshot: Path, monkeypatch: pytest.MonkeyPatch, room: int
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> FullDisk:
        return FullDisk(real_fdopen(fd, *args, **kwargs), room)

    monkeypatch.setattr(os, "fdopen", fdopen)
    with pytest.raises(DiskFull):
        write_backup(
            big_snapshot, out / "prey-veng.cbobackup", app_version=APP_VERSION,
            schema_version=SCHEMA, cbo_id="x", cbo_name=CBO_NAME, reason="manual",
        )
    assert list(out.iterdir()) == []


def test_full_disk_reported_at_fsync(
    tmp_path: Path, big_snapshot: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Some file systems (delayed allocation, network shares) only report it here.
    out = tmp_path / "usb"
    out.mkdir()

    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(DiskFull):
        write_backup(
            big_snapshot, out / "prey-veng.cbobackup", app_version=APP_VERSION,
            schema_version=SCHEMA, cbo_id="x", cbo_name=CBO_NAME, reason="manual",
        )
    assert list(out.iterdir()) == []


def test_full_disk_keeps_an_older_backup_of_the_same_name(
    tmp_path: Path, snapshot: Path, big_snapshot: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "prey-veng.cbobackup"
    options: dict[str, Any] = dict(
        app_version=APP_VERSION, schema_version=SCHEMA, cbo_id="x", cbo_name="x", reason="manual"
    )
    write_backup(snapshot, dest, **options)
    before = dest.read_bytes()
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: FullDisk(real_fdopen(fd, *a, **k), 5000))
    with pytest.raises(DiskFull):
        write_backup(big_snapshot, dest, **options)
    assert dest.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("kind", ["missing", "a-file", "refused"])
def test_backup_folder_that_cannot_be_written(
    tmp_path: Path, cbo_file: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    folder = tmp_path / "usb"
    if kind == "a-file":
        folder.write_text("not a folder")
    elif kind == "refused":
        folder.mkdir()

        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(BackupFolderNotWritable) as caught:
        backup_sqlite_file(
            cbo_file, folder, app_version=APP_VERSION, cbo_name=CBO_NAME, reason="manual"
        )
    assert str(folder) in caught.value.text()


# --------------------------------------------------------------------------- rotation


def write_dated_backup(folder: Path, snapshot: Path, when: datetime, reason: str) -> Path:
    # Arbitrary names: rotation must go by the manifest, not by the file name.
    dest = folder / f"b-{when:%Y%m%d%H%M}-{reason}{BACKUP_SUFFIX}"
    write_backup(
        snapshot, dest, app_version=APP_VERSION, schema_version=SCHEMA, cbo_id="x",
        cbo_name=CBO_NAME, reason=reason, now=when,  # type: ignore[arg-type]
    )
    return dest


def expected_survivors(
    created: dict[Path, datetime], daily: int, weekly: int, monthly: int
) -> set[Path]:
    """Brute force: a backup stays if, for days, weeks or months, it is the newest of its
    period and fewer than N newer periods have backups."""

    def kept_by(period: Callable[[datetime], Any], count: int) -> set[Path]:
        kept = set()
        for path, when in created.items():
            mine = period(when)
            same_period = [p for p, w in created.items() if period(w) == mine]
            newest = max(same_period, key=lambda p: created[p])
            periods_since = {period(w) for w in created.values() if period(w) >= mine}
            if path == newest and len(periods_since) <= count:
                kept.add(path)
        return kept

    return (
        kept_by(lambda w: w.date(), daily)
        | kept_by(lambda w: w.isocalendar()[:2], weekly)
        | kept_by(lambda w: (w.year, w.month), monthly)
    )


def test_rotation_over_four_hundred_days(tmp_path: Path, snapshot: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 3, 20, 0, tzinfo=PHNOM_PENH)
    automatic: dict[Path, datetime] = {}
    others: list[Path] = []
    for days_ago in range(400):
        day = now - timedelta(days=days_ago)
        if days_ago % 9 == 4:
            continue  # the computer stayed off that day
        if days_ago % 30 == 0:
            others.append(write_dated_backup(folder, snapshot, day.replace(hour=12), "manual"))
        morning = day.replace(hour=8, minute=15)
        automatic[write_dated_backup(folder, snapshot, morning, "daily")] = morning
        if days_ago % 3 == 0 and days_ago > 0:
            evening = day.replace(hour=17, minute=40)
            automatic[write_dated_backup(folder, snapshot, evening, "on-close")] = evening
    others.append(write_dated_backup(folder, snapshot, now - timedelta(days=200), "before-upgrade"))
    others.append(write_dated_backup(folder, snapshot, now - timedelta(days=300), "before-restore"))
    notes = folder / "notes.txt"
    notes.write_text("USB stick of the treasurer")
    broken = folder / "broken-20250101-000000-daily.cbobackup"
    broken.write_text("not a zip")
    others += [notes, broken]

    survivors = expected_survivors(automatic, daily=7, weekly=4, monthly=12)
    deleted = rotate_backups(folder, now)

    assert set(deleted) == set(automatic) - survivors
    assert len(deleted) == len(set(deleted))
    assert set(folder.iterdir()) == survivors | set(others)
    # 7 days (27 Oct – 3 Nov less the 30th, when the computer stayed off), plus the
    # weeks not already kept (W42, W43), plus the months not already kept
    # (Dec 2025 – Sep 2026): 7 + 2 + 10.
    assert len(survivors) == 19
    assert max(automatic, key=lambda p: automatic[p]) in survivors
    assert rotate_backups(folder, now) == []


def test_rotation_counts_days_that_have_backups_not_calendar_days(
    tmp_path: Path, snapshot: Path
) -> None:
    # A CBO that opens the app once a month keeps a year of monthly backups, and its
    # last seven days with backups, however far apart.
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 3, 20, 0, tzinfo=PHNOM_PENH)
    months = [(2025, 10), (2025, 11), (2025, 12)] + [(2026, m) for m in range(1, 12)]
    made = [
        write_dated_backup(folder, snapshot, datetime(y, m, 1, 9, tzinfo=PHNOM_PENH), "daily")
        for y, m in months  # 14 months, one backup on the 1st of each
    ]
    deleted = rotate_backups(folder, now, daily=7, weekly=4, monthly=12)
    assert sorted(deleted) == sorted(made[:2])


def test_rotation_never_deletes_future_or_manual_backups(tmp_path: Path, snapshot: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    future = write_dated_backup(folder, snapshot, NOW + timedelta(days=400), "daily")
    manual = write_dated_backup(folder, snapshot, NOW - timedelta(days=900), "manual")
    old = write_dated_backup(folder, snapshot, NOW - timedelta(days=900), "on-close")
    recent = write_dated_backup(folder, snapshot, NOW - timedelta(hours=1), "daily")
    assert rotate_backups(folder, NOW, daily=1, weekly=0, monthly=0) == [old]
    assert {future, manual, recent} == set(folder.iterdir())


def test_rotation_rejects_negative_counts(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        rotate_backups(tmp_path, NOW, daily=-1)


def test_needs_daily_backup(tmp_path: Path, snapshot: Path) -> None:
    folder = tmp_path / "backups"
    assert needs_daily_backup(folder, NOW)  # no folder yet
    folder.mkdir()
    write_dated_backup(folder, snapshot, NOW - timedelta(hours=1), "manual")
    assert needs_daily_backup(folder, NOW)  # a manual backup is not the daily one
    write_dated_backup(folder, snapshot, NOW - timedelta(days=1), "daily")
    assert needs_daily_backup(folder, NOW)
    # 01:00 in Phnom Penh is still the previous day in UTC: the CBO's day counts.
    early = datetime(2026, 11, 3, 1, 0, tzinfo=PHNOM_PENH)
    write_dated_backup(folder, snapshot, early, "on-close")
    assert not needs_daily_backup(folder, NOW)
    # The same moment on a UTC clock is a different day, which has no automatic backup yet.
    assert needs_daily_backup(folder, NOW.astimezone(timezone.utc))


def test_list_backups_newest_first_skipping_other_files(tmp_path: Path, snapshot: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    older = write_dated_backup(folder, snapshot, NOW - timedelta(days=2), "daily")
    newest = write_dated_backup(folder, snapshot, NOW, "manual")
    middle = write_dated_backup(folder, snapshot, NOW - timedelta(days=1), "on-close")
    (folder / "broken.cbobackup").write_text("not a zip")
    (folder / "readme.txt").write_text("hello")
    (folder / "sub.cbobackup").mkdir()
    listed = list_backups(folder)
    assert [path for path, _ in listed] == [newest, middle, older]
    assert [m.reason for _, m in listed] == ["manual", "on-close", "daily"]
    assert list_backups(tmp_path / "nowhere") == []


# --------------------------------------------------------------------------- names, manifest


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("សហគមន៍ស្ត្រី Prey Veng", "សហគមន៍ស្ត្រី Prey Veng"),
        ("Women/Youth\\Group", "Women Youth Group"),
        ('a<b>c:d"e|f?g*h', "a b c d e f g h"),
        ("ក្រុម\u200bស្ត្រី", "ក្រុមស្ត្រី"),  # the zero-width space of Khmer text
        ("  CBO Kampot. ", "CBO Kampot"),
        ("tab\tand\nnewline", "tab and newline"),
        ("CON", "_CON"),
        ("lpt1.backup", "_lpt1.backup"),
        ("", "cbo"),
        ("../..", "cbo"),
        ("///", "cbo"),
    ],
)
def test_safe_file_name(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


def test_safe_file_name_cuts_long_names_between_clusters() -> None:
    long_name = "ស្ត្រី" * 30  # every other character stacks or marks
    safe = safe_file_name(long_name)
    assert 0 < len(safe) <= 60
    assert long_name.startswith(safe)
    assert safe.endswith("ស្ត្រី")


def test_manifest_json_round_trip() -> None:
    manifest = Manifest(
        format=BACKUP_FORMAT, app_version="0.1.0", schema_version=SCHEMA, cbo_id=str(uuid.uuid4()),
        cbo_name=CBO_NAME, created_at="2026-11-03T02:30:00+00:00", sha256="ab" * 32, size=4096,
        reason="daily",
    )
    text = manifest.to_json()
    assert CBO_NAME in text  # readable if someone opens the zip
    assert Manifest.from_json(text) == manifest
    assert Manifest.from_json(text.encode()) == manifest
    extra = json.loads(text) | {"added_by_a_newer_version": 1}
    assert Manifest.from_json(json.dumps(extra)) == manifest
    assert manifest.automatic


@pytest.mark.parametrize(
    "bad",
    ['[]', '{"format": 1}', "not json", '"a string"'],
)
def test_manifest_from_json_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        Manifest.from_json(bad)


def test_module_needs_neither_qt_nor_peewee() -> None:
    # storage/__init__ loads peewee for its neighbours, so sys.modules cannot tell; the source can.
    source = Path(backup.__file__).read_text(encoding="utf-8")
    for banned in ("PySide6", "peewee"):
        assert f"import {banned}" not in source and f"from {banned}" not in source
