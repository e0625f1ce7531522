"""Opening and creating a CBO: every way a file can be wrong is refused, and nothing is changed.

These tests use real SQLite files in tmp_path and the real PostgreSQL test server;
nothing of SQLite or peewee is mocked except ``os.access`` (the tests run as root,
for whom chmod does not make a file read-only).
"""

from __future__ import annotations

import dataclasses
import getpass
import hashlib
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from cbodesk.domain.errors import (
    DamagedFile,
    DatabaseUnavailable,
    DiskFull,
    FileInUse,
    NewerVersion,
    NotACboFile,
    ReadOnlyFile,
    UserError,
)
from cbodesk.services.demo import DEMO_PROFILE
from cbodesk.services.profile import load_profile, save_profile
from cbodesk.services.setup import new_cbo
from cbodesk.storage import database
from cbodesk.storage.database import Location, create_cbo, open_cbo
from cbodesk.storage.fileformat import APPLICATION_ID, META_SCHEMA_VERSION, META_TABLE
from cbodesk.storage.models import AuditEntry
from cbodesk.storage.schema import CURRENT_VERSION

REPO = Path(__file__).resolve().parents[2]


# --------------------------------------------------------------------------- helpers


def fingerprint(path: Path) -> tuple[str, int, int]:
    """Content hash, modification time and size: what 'byte-identical afterwards' means."""
    stat = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_mtime_ns, stat.st_size


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def assert_nothing_written_beside(path: Path) -> None:
    """No lock, -wal or -shm file left beside a file that was refused."""
    for suffix in (".lock", "-wal", "-shm"):
        assert not path.with_name(path.name + suffix).exists(), suffix


def subprocess_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["CBODESK_HOME"] = str(tmp_path / "home")
    env["PYTHONPATH"] = str(REPO)
    return env


def make_filled_cbo(path: Path, logo_bytes: int = 0) -> None:
    """A closed CBO file with a profile, users and audit entries (and a logo, to add pages)."""
    profile = dataclasses.replace(DEMO_PROFILE, logo_png=bytes(range(256)) * (logo_bytes // 256)
                                  if logo_bytes else None)
    cbo, _admin = new_cbo(path, profile, "Sok Dara")
    cbo.close()


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, ""))


def with_password_and_port(url: str, password: str, port: int | None = None) -> str:
    parts = urlsplit(url)
    host = parts.hostname or "127.0.0.1"
    netloc = f"{parts.username or 'postgres'}:{password}@{host}:{port or parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------- create, open


def test_created_cbo_reopens_with_current_version_and_same_id(cbo_location: str) -> None:
    """A new CBO is at the current schema version and keeps its id across close and open."""
    with create_cbo(cbo_location) as cbo:
        assert cbo.schema_version() == CURRENT_VERSION
        first_id = cbo.cbo_id()
    uuid.UUID(first_id)
    with open_cbo(cbo_location) as again:
        assert again.schema_version() == CURRENT_VERSION
        assert again.cbo_id() == first_id
    with open_cbo(cbo_location) as third:
        assert third.cbo_id() == first_id


def test_two_new_cbos_get_different_ids(tmp_path: Path) -> None:
    """The CBO id tells CBOs apart (automatic backups are kept per id)."""
    with create_cbo(tmp_path / "a.cbodesk") as a, create_cbo(tmp_path / "b.cbodesk") as b:
        assert a.cbo_id() != b.cbo_id()


def test_sqlite_pragmas_in_force_after_open(tmp_path: Path) -> None:
    """WAL + synchronous=FULL + foreign keys (NOTES.md: no lost commit) and our application id."""
    path = tmp_path / "pragmas.cbodesk"
    create_cbo(path).close()
    with open_cbo(path) as cbo:
        def pragma(name: str) -> object:
            return cbo.db.execute_sql(f"PRAGMA {name}").fetchone()[0]

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("application_id") == APPLICATION_ID
    # And on disk, for any other reader of the file.
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_close_leaves_one_self_contained_file(tmp_path: Path) -> None:
    """After close the folder holds only the .cbodesk: no -wal, -shm or lock file left behind."""
    path = tmp_path / "alone.cbodesk"
    with create_cbo(path):
        assert (tmp_path / "alone.cbodesk.lock").exists()
    assert listing(tmp_path) == ["alone.cbodesk"]


@pytest.mark.parametrize("existing", ["text", "cbo"])
def test_create_refuses_to_overwrite_a_file(tmp_path: Path, existing: str) -> None:
    """Creating never overwrites: the file already there stays byte-identical."""
    path = tmp_path / "mine.cbodesk"
    if existing == "text":
        path.write_text("minutes of the meeting, do not lose\n", encoding="utf-8")
    else:
        make_filled_cbo(path)
    before, names = fingerprint(path), listing(tmp_path)
    with pytest.raises(UserError, match="already exists"):
        create_cbo(path)
    assert fingerprint(path) == before
    assert listing(tmp_path) == names


@pytest.mark.postgres
def test_create_into_empty_postgres_database(pg_url: str) -> None:
    """An empty PostgreSQL database becomes a CBO."""
    with create_cbo(pg_url) as cbo:
        assert cbo.is_postgres
        assert cbo.schema_version() == CURRENT_VERSION


@pytest.mark.postgres
def test_create_refuses_non_empty_postgres_database(pg_url: str) -> None:
    """A database that already holds tables is somebody's data: create refuses and leaves it."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("CREATE TABLE members_2019 (name text)")
        con.execute("INSERT INTO members_2019 VALUES ('Sok Dara')")
    with pytest.raises(UserError, match="already holds tables"):
        create_cbo(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as con:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")]
        rows = con.execute("SELECT name FROM members_2019").fetchall()
    assert tables == ["members_2019"]
    assert rows == [("Sok Dara",)]


# --------------------------------------------------------------------------- not a CBO file


def _text_file(path: Path) -> None:
    path.write_text("Koh Trong Community Fishery\nមិនមែនជាឯកសារ CBO ទេ\n", encoding="utf-8")


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _foreign_sqlite(path: Path) -> None:
    with closing(sqlite3.connect(path)) as con:
        con.execute("CREATE TABLE bookmarks (url TEXT)")
        con.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
        con.commit()


def _foreign_sqlite_wal(path: Path) -> None:
    with closing(sqlite3.connect(path)) as con:
        con.execute("PRAGMA journal_mode = wal")
        con.execute("CREATE TABLE bookmarks (url TEXT)")
        con.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
        con.commit()


@pytest.mark.parametrize("make", [_text_file, _empty_file, _foreign_sqlite, _foreign_sqlite_wal],
                         ids=["text", "empty", "foreign-sqlite", "foreign-sqlite-wal"])
def test_not_a_cbo_file_is_refused_and_untouched(tmp_path: Path, make: Callable[[Path], None]) -> None:
    """A file that is not ours: NotACboFile, the file byte-identical, nothing left beside it."""
    path = tmp_path / "chosen.cbodesk"
    make(path)
    before, names = fingerprint(path), listing(tmp_path)
    with pytest.raises(NotACboFile) as caught:
        open_cbo(path)
    assert str(path) in caught.value.text()
    assert fingerprint(path) == before
    # No -wal, -shm or .lock file appears beside somebody else's file.
    assert listing(tmp_path) == names


def test_directory_is_not_a_cbo_file(tmp_path: Path) -> None:
    """Choosing a folder is refused plainly and the folder is left as it was."""
    folder = tmp_path / "Documents.cbodesk"
    folder.mkdir()
    (folder / "letter.txt").write_text("hello", encoding="utf-8")
    names = listing(tmp_path)
    with pytest.raises(NotACboFile):
        open_cbo(folder)
    assert listing(tmp_path) == names
    assert listing(folder) == ["letter.txt"]


def test_missing_file_is_a_plain_user_error(tmp_path: Path) -> None:
    """A file that was moved or deleted: a plain message, and no empty file created in its place."""
    path = tmp_path / "moved.cbodesk"
    with pytest.raises(UserError, match="no CBO file"):
        open_cbo(path)
    assert listing(tmp_path) == []


# --------------------------------------------------------------------------- damaged, newer


def _garbage_in_the_middle(path: Path) -> None:
    # Pages in use, not free ones (garbage on a free page harms nothing and is
    # rightly not noticed): the root pages of the users and audit tables, and the
    # pages around the middle of the file.
    with closing(sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)) as con:
        page = con.execute("PRAGMA page_size").fetchone()[0]
        roots = [row[0] for row in con.execute(
            "SELECT rootpage FROM sqlite_master WHERE name IN ('user', 'audit_entry')")]
    data = bytearray(path.read_bytes())
    pages = len(data) // page
    assert pages >= 8 and len(roots) == 2, "the test CBO should have a middle to damage"
    for number in [*roots, pages // 2, pages // 2 + 1]:
        data[(number - 1) * page:number * page] = b"\xa5" * page
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("damage", [_garbage_in_the_middle, _truncated], ids=["garbage", "truncated"])
def test_damaged_cbo_file_is_refused_and_untouched(tmp_path: Path, damage: Callable[[Path], None]) -> None:
    """A real CBO file with broken pages: DamagedFile (not 'not a CBO file'), file unchanged."""
    path = tmp_path / "damaged.cbodesk"
    make_filled_cbo(path, logo_bytes=120_000)
    damage(path)
    before = fingerprint(path)
    with pytest.raises(DamagedFile) as caught:
        open_cbo(path)
    assert "damaged" in caught.value.text()
    assert fingerprint(path) == before
    assert_nothing_written_beside(path)


def _set_schema_version(path: Path, version: int) -> None:
    with closing(sqlite3.connect(path)) as con:
        con.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = ?", (str(version), META_SCHEMA_VERSION))
        con.commit()


def test_file_from_newer_app_is_refused_and_untouched(tmp_path: Path) -> None:
    """A file saved by a newer CBO Desk: NewerVersion naming both versions; nothing changed."""
    path = tmp_path / "newer.cbodesk"
    make_filled_cbo(path)
    _set_schema_version(path, CURRENT_VERSION + 1)
    before = fingerprint(path)
    with pytest.raises(NewerVersion) as caught:
        open_cbo(path)
    assert caught.value.params == {"path": str(path), "found": CURRENT_VERSION + 1,
                                   "supported": CURRENT_VERSION}
    assert fingerprint(path) == before
    assert_nothing_written_beside(path)
    with closing(sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)) as con:
        assert con.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?",
                           (META_SCHEMA_VERSION,)).fetchone()[0] == str(CURRENT_VERSION + 1)


@pytest.mark.postgres
def test_postgres_cbo_from_newer_app_is_refused(pg_url: str) -> None:
    """The same newer-version check guards a shared PostgreSQL CBO."""
    with create_cbo(pg_url) as cbo:
        cbo.db.execute_sql(f"UPDATE {META_TABLE} SET value = %s WHERE key = %s",
                           (str(CURRENT_VERSION + 1), META_SCHEMA_VERSION))
    with pytest.raises(NewerVersion):
        open_cbo(pg_url)


# --------------------------------------------------------------------------- one writer per file


def test_second_open_in_same_process_names_the_holder(tmp_path: Path) -> None:
    """Two windows on one file: the second is refused with who holds it; the first keeps working."""
    path = tmp_path / "shared.cbodesk"
    make_filled_cbo(path)
    first = open_cbo(path)
    try:
        with pytest.raises(FileInUse) as caught:
            open_cbo(path)
        text = caught.value.text()
        assert getpass.getuser() in text
        assert socket.gethostname() in text
        # The refused open must not have released the first one's lock.
        with pytest.raises(FileInUse):
            open_cbo(path)
        assert load_profile(first).name_en == DEMO_PROFILE.name_en
    finally:
        first.close()
    with open_cbo(path) as again:
        assert again.schema_version() == CURRENT_VERSION


_TRY_OPEN = """
import sys
from cbodesk.domain.errors import UserError
from cbodesk.storage.database import open_cbo
try:
    cbo = open_cbo(sys.argv[1])
except UserError as exc:
    print(type(exc).__name__, exc.text())
    sys.exit(3)
print("opened", cbo.cbo_id())
cbo.close()
"""


def test_lock_holds_across_processes(tmp_path: Path) -> None:
    """Another CBO Desk process is refused while this one has the file open, and not after."""
    path = tmp_path / "office.cbodesk"
    make_filled_cbo(path)
    env = subprocess_env(tmp_path)
    with open_cbo(path) as cbo:
        cbo_id = cbo.cbo_id()
        refused = subprocess.run([sys.executable, "-c", _TRY_OPEN, str(path)], env=env,
                                 capture_output=True, text=True, timeout=60)
    assert refused.returncode == 3, refused.stderr
    assert refused.stdout.startswith("FileInUse")
    assert getpass.getuser() in refused.stdout and socket.gethostname() in refused.stdout
    allowed = subprocess.run([sys.executable, "-c", _TRY_OPEN, str(path)], env=env,
                             capture_output=True, text=True, timeout=60)
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert allowed.stdout.strip() == f"opened {cbo_id}"


_HOLD_OPEN = """
import sys
from cbodesk.storage.database import open_cbo
cbo = open_cbo(sys.argv[1])
print("holding", flush=True)
sys.stdin.readline()
"""


def test_lock_dies_with_a_killed_process(tmp_path: Path) -> None:
    """A CBO Desk that crashed (SIGKILL) never leaves its file locked."""
    path = tmp_path / "crash.cbodesk"
    make_filled_cbo(path)
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_OPEN, str(path)],
                              env=subprocess_env(tmp_path), stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(FileInUse):
            open_cbo(path)
    finally:
        holder.kill()
        holder.communicate(timeout=60)
    with open_cbo(path) as cbo:
        assert load_profile(cbo).name_km == DEMO_PROFILE.name_km


# --------------------------------------------------------------------------- read-only, disk full


def test_read_only_file_is_refused_and_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No write access (a CD, a locked stick): ReadOnlyFile before anything is written."""
    path = tmp_path / "cd.cbodesk"
    make_filled_cbo(path)
    before = fingerprint(path)
    real_access = os.access

    def no_write_access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK:
            return False
        return real_access(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(database.os, "access", no_write_access)
    with pytest.raises(ReadOnlyFile):
        open_cbo(path)
    assert fingerprint(path) == before
    assert_nothing_written_beside(path)


def test_create_in_read_only_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Creating where nothing can be written: ReadOnlyFile and no file made."""
    real_access = os.access
    monkeypatch.setattr(database.os, "access",
                        lambda target, mode, *a, **k: False if mode & os.W_OK else real_access(target, mode))
    with pytest.raises(ReadOnlyFile):
        create_cbo(tmp_path / "new.cbodesk")
    assert listing(tmp_path) == []


def test_immutable_file_is_refused(tmp_path: Path) -> None:
    """A file the system will not let anyone change (chattr +i, even root): ReadOnlyFile."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    path = tmp_path / "immutable.cbodesk"
    make_filled_cbo(path)
    before = fingerprint(path)
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"chattr +i does not work here: {made.stderr.strip()}")
    try:
        with pytest.raises(ReadOnlyFile):
            open_cbo(path)
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    assert fingerprint(path) == before
    assert_nothing_written_beside(path)


def test_disk_full_saves_nothing(tmp_path: Path) -> None:
    """A save that runs out of space: DiskFull, and the profile is as before (one transaction)."""
    path = tmp_path / "full.cbodesk"
    cbo, admin = new_cbo(path, DEMO_PROFILE, "Sok Dara")
    try:
        before = load_profile(cbo)
        with cbo.reading():
            audit_before = AuditEntry.select().count()
        pages = cbo.db.execute_sql("PRAGMA page_count").fetchone()[0]
        cbo.db.execute_sql(f"PRAGMA max_page_count = {pages}")
        edited = dataclasses.replace(before, name_en="Koh Trong Fishery Group",
                                     logo_png=bytes(range(256)) * 6000)  # ~1.5 MB
        with pytest.raises(DiskFull):
            save_profile(cbo, admin, edited)
        assert load_profile(cbo) == before
    finally:
        cbo.close()
    with open_cbo(path) as again:
        assert load_profile(again) == before
        with again.reading():
            assert AuditEntry.select().count() == audit_before


# --------------------------------------------------------------------------- PostgreSQL


@pytest.mark.postgres
def test_missing_postgres_database_is_unavailable_without_password(pg_url: str) -> None:
    """A database that does not exist: DatabaseUnavailable, and the password is never shown."""
    secret = "Kr@tie-Secret-42"
    url = with_password_and_port(with_database(pg_url, f"no_such_cbo_{uuid.uuid4().hex[:8]}"), secret)
    with pytest.raises(DatabaseUnavailable) as caught:
        open_cbo(url)
    text = caught.value.text()
    assert Location(url).display() in text
    assert secret not in text
    assert secret not in caught.value.details


@pytest.mark.postgres
def test_wrong_postgres_port_is_unavailable_without_password(pg_url: str) -> None:
    """Nobody listening on the port: DatabaseUnavailable with a plain message."""
    secret = "Kr@tie-Secret-42"
    url = with_password_and_port(pg_url, secret, port=free_port())
    with pytest.raises(DatabaseUnavailable) as caught:
        open_cbo(url)
    text = caught.value.text()
    assert Location(url).display() in text
    assert secret not in text
    assert secret not in caught.value.details
    assert secret not in Location(url).display()


def test_location_display_hides_the_password() -> None:
    """What people see of a URL never holds its password; a file path is shown as is."""
    loc = Location.parse("postgresql://treasurer:p4ss@office.local:5432/ktcf")
    assert loc.display() == "postgresql://treasurer@office.local:5432/ktcf"
    assert Location.parse("/home/dara/ktcf.cbodesk").display() == "/home/dara/ktcf.cbodesk"


@pytest.mark.postgres
def test_empty_postgres_database_is_not_a_cbo(pg_url: str) -> None:
    """An empty database is not a CBO: NotACboFile, and opening creates nothing there."""
    with pytest.raises(NotACboFile):
        open_cbo(pg_url)
    import psycopg

    with psycopg.connect(pg_url) as con:
        assert con.execute("SELECT count(*) FROM information_schema.tables "
                           "WHERE table_schema = 'public'").fetchone() == (0,)


# --------------------------------------------------------------------------- psycopg loaded lazily


_IMPORT_STORAGE = """
import sys
import cbodesk.storage, cbodesk.storage.database, cbodesk.storage.snapshots, cbodesk.services.demo
print("psycopg" in sys.modules)
"""


def test_importing_storage_does_not_import_psycopg(tmp_path: Path) -> None:
    """Most CBOs never use PostgreSQL: starting must not pay for importing its driver."""
    result = subprocess.run([sys.executable, "-c", _IMPORT_STORAGE], env=subprocess_env(tmp_path),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


_IMPORT_THEN_POSTGRES = _IMPORT_STORAGE + """
from cbodesk.storage.database import create_cbo, open_cbo
create_cbo(sys.argv[1]).close()
with open_cbo(sys.argv[1]) as cbo:
    print(cbo.schema_version())
"""


@pytest.mark.postgres
def test_postgres_works_after_lazy_import(tmp_path: Path, pg_url: str) -> None:
    """With psycopg kept from peewee at import, a PostgreSQL CBO still creates and opens."""
    result = subprocess.run([sys.executable, "-c", _IMPORT_THEN_POSTGRES, pg_url],
                            env=subprocess_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", str(CURRENT_VERSION)]
