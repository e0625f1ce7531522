"""Schema versions: the upgrade machinery, and the files of released versions upgraded for real.

The machinery is tested with synthetic steps (a step that adds a column with
playhouse.migrate) on SQLite and PostgreSQL. The released files are in
``tests/fixtures/schema-v*.cbodesk`` (written once by ``make_fixtures.py``); the
tests only ever open copies of them, so the committed files stay as released.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

import peewee as pw
import pytest
from playhouse.migrate import SchemaMigrator, migrate

from cbodesk.domain.errors import UserError
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor
from cbodesk.services.profile import load_profile
from cbodesk.storage import schema
from cbodesk.storage.backup import list_backups
from cbodesk.storage.database import Cbo, create_cbo, open_cbo
from cbodesk.storage.fileformat import APPLICATION_ID, META_SCHEMA_VERSION, META_TABLE
from cbodesk.storage.schema import CURRENT_VERSION

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
FIXTURE_NAME = re.compile(r"^schema-v(\d+)\.cbodesk$")


def fixture_files() -> dict[int, Path]:
    found: dict[int, Path] = {}
    for path in sorted(FIXTURES.glob("schema-v*.cbodesk")):
        match = FIXTURE_NAME.match(path.name)
        if match:
            found[int(match.group(1))] = path
    return found


# --------------------------------------------------------------------------- synthetic steps


def columns(cbo: Cbo, table: str) -> set[str]:
    return {c.name for c in cbo.db.get_columns(table)}


def add_motto(cbo: Cbo) -> None:
    """A step as a real one is written: a new column on the profile."""
    migrator = SchemaMigrator.from_database(cbo.db)
    migrate(migrator.add_column("profile", "motto", pw.TextField(null=True)))


def fail_after(step: Callable[[Cbo], None]) -> Callable[[Cbo], None]:
    def failing(cbo: Cbo) -> None:
        step(cbo)
        raise RuntimeError("step broke half-way")

    return failing


def test_upgrade_backs_up_before_the_first_step(cbo_location: str, tmp_path: Path) -> None:
    """A before-upgrade backup of the old version exists before any step runs; the version is recorded."""
    backups = tmp_path / "backups"
    backups.mkdir()
    seen: list[int] = []

    def step_2(cbo: Cbo) -> None:
        found = list_backups(backups)
        assert [m.reason for _, m in found] == ["before-upgrade"]
        assert found[0][1].schema_version == CURRENT_VERSION
        assert found[0][1].cbo_id == cbo.cbo_id()
        seen.append(2)
        add_motto(cbo)

    def step_3(cbo: Cbo) -> None:
        assert len(list_backups(backups)) == 1  # one backup for the whole upgrade
        seen.append(3)

    with create_cbo(cbo_location) as cbo:
        schema.upgrade(cbo, CURRENT_VERSION, backup_dir=backups,
                       steps={CURRENT_VERSION + 1: step_2, CURRENT_VERSION + 2: step_3},
                       target=CURRENT_VERSION + 2)
        assert seen == [2, 3]
        assert cbo.schema_version() == CURRENT_VERSION + 2
        assert "motto" in columns(cbo, "profile")


def test_failing_step_rolls_back_its_own_changes(cbo_location: str, tmp_path: Path) -> None:
    """A step that fails half-way leaves neither its column nor a new version behind."""
    with create_cbo(cbo_location) as cbo:
        with pytest.raises(RuntimeError, match="half-way"):
            schema.upgrade(cbo, CURRENT_VERSION, backup_dir=tmp_path,
                           steps={CURRENT_VERSION + 1: fail_after(add_motto)},
                           target=CURRENT_VERSION + 1)
        assert cbo.schema_version() == CURRENT_VERSION
        assert "motto" not in columns(cbo, "profile")
        assert load_profile(cbo).row_version == 1  # the CBO still works


def test_each_step_is_its_own_transaction(cbo_location: str, tmp_path: Path) -> None:
    """When step N+2 fails, step N+1 stays done and recorded: the next start resumes from there."""
    def add_note_then_fail(cbo: Cbo) -> None:
        migrator = SchemaMigrator.from_database(cbo.db)
        migrate(migrator.add_column("profile", "note", pw.TextField(null=True)))
        raise RuntimeError("second step broke")

    with create_cbo(cbo_location) as cbo:
        with pytest.raises(RuntimeError, match="second step"):
            schema.upgrade(cbo, CURRENT_VERSION, backup_dir=tmp_path,
                           steps={CURRENT_VERSION + 1: add_motto, CURRENT_VERSION + 2: add_note_then_fail},
                           target=CURRENT_VERSION + 2)
        assert cbo.schema_version() == CURRENT_VERSION + 1
        assert "motto" in columns(cbo, "profile")
        assert "note" not in columns(cbo, "profile")


def test_missing_step_raises_before_anything_happens(cbo_location: str, tmp_path: Path) -> None:
    """A gap in the steps is a bug: it is reported, and no backup or change is made."""
    ran: list[int] = []
    with create_cbo(cbo_location) as cbo:
        with pytest.raises(RuntimeError, match=f"schema version {CURRENT_VERSION + 1}"):
            schema.upgrade(cbo, CURRENT_VERSION, backup_dir=tmp_path,
                           steps={CURRENT_VERSION + 2: lambda c: ran.append(2)},
                           target=CURRENT_VERSION + 2)
        assert ran == []
        assert cbo.schema_version() == CURRENT_VERSION
    assert list(tmp_path.glob("*.cbobackup")) == []


def _set_version(path: Path, version: int) -> None:
    with closing(sqlite3.connect(path)) as con:
        con.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = ?", (str(version), META_SCHEMA_VERSION))
        con.commit()


def test_open_upgrades_an_older_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """open_cbo brings an older file to the current version through STEPS, after a backup."""
    path = tmp_path / "old.cbodesk"
    create_cbo(path).close()
    monkeypatch.setattr(schema, "STEPS", {CURRENT_VERSION + 1: add_motto})
    monkeypatch.setattr(schema, "CURRENT_VERSION", CURRENT_VERSION + 1)
    backups = tmp_path / "backups"
    backups.mkdir()
    with open_cbo(path, backup_dir=backups) as cbo:
        assert cbo.schema_version() == CURRENT_VERSION + 1
        assert "motto" in columns(cbo, "profile")
    assert [m.reason for _, m in list_backups(backups)] == ["before-upgrade"]


def test_open_without_upgrade_refuses_an_older_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`cbodesk info` (upgrade=False) never upgrades: a plain refusal, file unchanged."""
    path = tmp_path / "old.cbodesk"
    create_cbo(path).close()
    monkeypatch.setattr(schema, "STEPS", {CURRENT_VERSION + 1: add_motto})
    monkeypatch.setattr(schema, "CURRENT_VERSION", CURRENT_VERSION + 1)
    before = path.read_bytes()
    with pytest.raises(UserError, match="must be upgraded first"):
        open_cbo(path, upgrade=False)
    assert path.read_bytes() == before
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        assert "motto" not in {row[1] for row in con.execute("PRAGMA table_info(profile)")}


# --------------------------------------------------------------------------- released files


def schema_shape(path: Path) -> dict[str, Any]:
    """Tables, their columns (name, type, not null, primary key) and indexes (unique, columns)."""
    shape: dict[str, Any] = {}
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for table in sorted(tables):
            cols = sorted((r[1], r[2].upper(), r[3], r[5])
                          for r in con.execute(f'PRAGMA table_info("{table}")'))
            indexes = sorted(
                (bool(r[2]), tuple(c[2] for c in con.execute(f'PRAGMA index_info("{r[1]}")')))
                for r in con.execute(f'PRAGMA index_list("{table}")'))
            shape[table] = {"columns": cols, "indexes": indexes}
    return shape


def raw_rows(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """The profile row as stored, and the row count of every table."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        con.row_factory = sqlite3.Row
        profile = dict(con.execute("SELECT * FROM profile WHERE id = 1").fetchone())
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    return profile, counts


def as_stored(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


@pytest.mark.parametrize("version", sorted(fixture_files()), ids=lambda v: f"v{v}")
def test_released_file_upgrades_to_the_current_schema(version: int, tmp_path: Path) -> None:
    """A file of every released version upgrades to exactly the tables and columns of a new CBO,
    with its profile and every row kept."""
    copy = tmp_path / f"copy-v{version}.cbodesk"
    shutil.copyfile(fixture_files()[version], copy)
    raw_profile, counts_before = raw_rows(copy)
    assert raw_profile["name_km"] and raw_profile["name_en"]
    backups = tmp_path / "backups"
    backups.mkdir()

    with open_cbo(copy, backup_dir=backups) as cbo:
        assert cbo.schema_version() == CURRENT_VERSION
        profile = load_profile(cbo)
    if version < CURRENT_VERSION:
        assert [m.reason for _, m in list_backups(backups)] == ["before-upgrade"]

    fresh = tmp_path / "fresh.cbodesk"
    create_cbo(fresh).close()
    assert schema_shape(copy) == schema_shape(fresh)

    for f in fields(OrganisationProfile):
        if f.name in raw_profile and f.name != "row_version":
            assert as_stored(getattr(profile, f.name)) == raw_profile[f.name], f.name
    _, counts_after = raw_rows(copy)
    for table, count in counts_before.items():
        assert counts_after[table] == count, table


def test_there_is_a_released_file_for_every_older_version() -> None:
    """Each released schema version keeps a file to upgrade (STYLE.md §6); at least v1."""
    versions = set(fixture_files())
    assert set(range(1, CURRENT_VERSION)) | {1} <= versions
    assert max(versions) <= CURRENT_VERSION


@pytest.mark.parametrize("version", sorted(fixture_files()), ids=lambda v: f"v{v}")
def test_released_file_is_what_its_name_says(version: int, tmp_path: Path) -> None:
    """A fixture named schema-vN is a CBO file of data version N (read from a copy)."""
    copy = tmp_path / "copy.cbodesk"
    shutil.copyfile(fixture_files()[version], copy)
    with closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?",
                             (META_SCHEMA_VERSION,)).fetchone()[0]
    assert int(stored) == version


def test_make_fixtures_writes_once_and_never_overwrites(tmp_path: Path) -> None:
    """The fixture script writes the current version's file, then refuses to replace it."""
    script = FIXTURES / "make_fixtures.py"
    env = dict(os.environ, CBODESK_HOME=str(tmp_path / "home"))
    first = subprocess.run([sys.executable, str(script), "--into", str(tmp_path)], env=env,
                           capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    written = tmp_path / f"schema-v{CURRENT_VERSION}.cbodesk"
    before = written.read_bytes()
    second = subprocess.run([sys.executable, str(script), "--into", str(tmp_path)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert second.returncode == 1
    assert "not overwritten" in second.stderr
    assert written.read_bytes() == before
    with open_cbo(written) as cbo:
        assert cbo.schema_version() == CURRENT_VERSION
        assert load_profile(cbo).name_en == "Koh Trong Community Fishery"


def test_an_upgraded_version_2_book_still_verifies(tmp_path: Path) -> None:
    """Schema 3 links entries to members and hashes the link only when there is one: every
    entry of a book written by version 2 keeps its hash, the book verifies after the upgrade,
    and entries linked to members recorded afterwards continue its chain."""
    from cbodesk.domain import cashbook as cb
    from cbodesk.domain import members as dm
    from cbodesk.domain.money import Currency, Money
    from cbodesk.services import cashbook
    from cbodesk.services import members as ms
    from cbodesk.services.users import default_actor

    copy = tmp_path / "copy-v2.cbodesk"
    shutil.copyfile(fixture_files()[2], copy)
    with closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as con:
        hashes = con.execute("SELECT id, row_hash FROM entry ORDER BY id").fetchall()
    assert len(hashes) > 100
    with open_cbo(copy, backup_dir=tmp_path) as cbo:
        assert cbo.schema_version() == CURRENT_VERSION
        result = cashbook.verify_book(cbo)
        assert result.ok and result.entries == len(hashes), result
        admin = default_actor(cbo)
        village = ms.add_village(cbo, admin, "កោះត្រង់លើ", "Koh Trong Leu")
        member = ms.add_member(cbo, admin, dm.MemberDraft(
            name_km="សុខ ដារ៉ា", name_latin="Sok Dara", sex="M", birth_year=1975, village_id=village.id,
            joined_on=date(2009, 3, 2)))
        cash = next(a for a in cashbook.accounts(cbo) if a.name == "Cash – riel")
        fees = next(c for c in cashbook.categories(cbo) if c.code == "fees")
        treasurer = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
        entry = cashbook.record_entry(cbo, treasurer, cb.EntryDraft(
            "receipt", date.today(), cash.id, Money("5000", Currency.KHR), fees.id, member_id=member.id))
        assert entry.member_id == member.id and entry.party == "សុខ ដារ៉ា"
        assert cashbook.verify_book(cbo).ok
    with closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as con:
        after = con.execute("SELECT id, row_hash FROM entry ORDER BY id").fetchall()
        assert con.execute("SELECT COUNT(*) FROM entry WHERE member_id IS NOT NULL").fetchone() == (1,)
    assert after[:len(hashes)] == hashes


def strip_version_4(cbo: Cbo) -> None:
    """Make a new CBO's database what version 3 left: no meeting or plan tables, no activity
    on the cash book, no login details of users, no audit chain."""
    from cbodesk.storage.models import MEETING_MODELS, PLAN_MODELS

    migrator = SchemaMigrator.from_database(cbo.db)
    migrate(migrator.drop_index("entry", "entry_activity_id_date_kind_account_id_amount_minor_reverses_id"),
            migrator.drop_index("audit_entry", "audit_entry_username_id"),
            migrator.drop_index("audit_entry", "audit_entry_area_id"),
            migrator.drop_column("entry", "activity_id"),
            *[migrator.drop_column("user", c) for c in ("must_change_password", "last_login_at", "row_version")],
            *[migrator.drop_column("audit_entry", c) for c in ("prev_hash", "row_hash")])
    cbo.db.drop_tables([*MEETING_MODELS, *PLAN_MODELS])


@pytest.mark.postgres
def test_step_4_upgrades_a_version_3_database_on_postgres(pg_url: str, tmp_path: Path) -> None:
    """Step 4 on PostgreSQL: a database as version 3 left it gets the meeting and plan tables,
    the activity of an entry with its foreign key, and its audit log chained."""
    from cbodesk.domain.audit import GENESIS, AuditContent, audit_hash
    from cbodesk.storage.models import MEETING_MODELS, PLAN_MODELS, AuditEntry

    with create_cbo(pg_url) as cbo:
        with cbo.atomic():
            strip_version_4(cbo)
            cbo.db.execute_sql('INSERT INTO audit_entry (at, username, action, area, record) '
                               "VALUES ('2026-01-02 03:04:05', 'sok', 'member.add', 'members', '7')")
            cbo.db.execute_sql(f'UPDATE "{META_TABLE}" SET value = {cbo.db.param} WHERE key = {cbo.db.param}',
                               ("3", META_SCHEMA_VERSION))
    with open_cbo(pg_url, backup_dir=tmp_path) as cbo:
        assert cbo.schema_version() == CURRENT_VERSION
        for model in [*MEETING_MODELS, *PLAN_MODELS]:
            assert cbo.db.table_exists(model._meta.table_name)
        keys = cbo.db.get_foreign_keys("entry")
        assert any(k.column == "activity_id" and k.dest_table == "activity" for k in keys)
        with cbo.reading():
            rows = list(AuditEntry.select().order_by(AuditEntry.id))
        prev = GENESIS
        for row in rows:
            content = AuditContent(row.at, row.username, row.action, row.area, row.record, row.before, row.after)
            assert row.prev_hash == prev and row.row_hash == audit_hash(prev, content)
            prev = row.row_hash
        assert any(r.action == "member.add" for r in rows)
    assert [m.reason for _, m in list_backups(tmp_path)] == ["before-upgrade"]


@pytest.mark.postgres
def test_step_3_upgrades_a_version_2_database_on_postgres(pg_url: str, tmp_path: Path) -> None:
    """Step 3 on PostgreSQL (SQLite's released files are upgraded above): a database as
    version 2 left it (no member tables, no member column on the cash book) is backed up, then
    gets them, with the foreign key and index of a new CBO."""
    from cbodesk.storage.models import MEMBER_MODELS, Entry

    cbo_location = pg_url
    with create_cbo(cbo_location) as cbo:
        with cbo.atomic():
            strip_version_4(cbo)
            migrator = SchemaMigrator.from_database(cbo.db)
            migrate(migrator.drop_index("entry", "entry_member_id"),
                    migrator.drop_column("entry", "member_id"))
            cbo.db.drop_tables(MEMBER_MODELS)
            cbo.db.execute_sql(f'UPDATE "{META_TABLE}" SET value = {cbo.db.param} WHERE key = {cbo.db.param}',
                               ("2", META_SCHEMA_VERSION))
        fresh_entry = None
    with open_cbo(cbo_location, backup_dir=tmp_path) as cbo:
        assert cbo.schema_version() == CURRENT_VERSION
        assert "member_id" in columns(cbo, "entry")
        for model in MEMBER_MODELS:
            assert cbo.db.table_exists(model._meta.table_name)
        assert any(i.columns == ["member_id"] for i in cbo.db.get_indexes("entry"))
        keys = cbo.db.get_foreign_keys("entry")
        assert any(k.column == "member_id" and k.dest_table == "member" for k in keys)
        assert Entry.member.column_name == "member_id" and fresh_entry is None
    assert [m.reason for _, m in list_backups(tmp_path)] == ["before-upgrade"]
