"""Whole-CBO backups and restores through the storage layer, from SQLite and from PostgreSQL.

(The backup file format itself is tested in test_backup.py; here it is the round
trip of a real CBO: what comes back is exactly what went in.)
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from cbodesk.domain.errors import FileInUse
from cbodesk.services.demo import DemoOptions, write_demo
from cbodesk.services.profile import load_profile, save_profile
from cbodesk.services.users import default_actor
from cbodesk.storage.backup import list_backups, read_manifest
from cbodesk.storage.database import Cbo, open_cbo
from cbodesk.storage.models import MODELS
from cbodesk.storage.schema import CURRENT_VERSION
from cbodesk.storage.snapshots import (
    automatic_backup,
    automatic_folder,
    backup_cbo,
    copy_to_sqlite,
    restore_to_file,
)

# A short cash book: these tests are about the file, not the book (the demo's
# own tests build full ones).
FEW = DemoOptions(entries=40)

PHNOM_PENH = timezone(timedelta(hours=7))
LOGO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64 + b"\x00"


def dump(cbo: Cbo) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, all columns, as plain Python values."""
    result: dict[str, list[dict[str, Any]]] = {}
    with cbo.reading():
        for model in MODELS:
            names = [f.name for f in model._meta.sorted_fields]
            rows = []
            for row in model.select().order_by(*model._meta.sorted_fields).dicts():
                rows.append({n: bytes(row[n]) if isinstance(row[n], memoryview) else row[n]
                             for n in names})
            result[model._meta.table_name] = rows
    return result


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def edit_profile(cbo: Cbo, **changes: Any) -> None:
    actor = default_actor(cbo)
    save_profile(cbo, actor, dataclasses.replace(load_profile(cbo), **changes))


def demo_with_logo(location: str | Path) -> Cbo:
    cbo = write_demo(location, FEW)
    edit_profile(cbo, logo_png=LOGO, founding_date=date(2008, 12, 31), acronym="KTCF-2")
    return cbo


def test_sqlite_backup_restores_to_the_same_cbo(tmp_path: Path) -> None:
    """Back up a CBO file, restore it elsewhere: every table, row and byte comes back."""
    backups = tmp_path / "usb"
    backups.mkdir()
    with demo_with_logo(tmp_path / "ktcf.cbodesk") as cbo:
        written = backup_cbo(cbo, backups, reason="manual")
        original = dump(cbo)
        cbo_id = cbo.cbo_id()
    manifest = read_manifest(written)
    assert (manifest.reason, manifest.cbo_id, manifest.schema_version) == ("manual", cbo_id, CURRENT_VERSION)
    assert manifest.cbo_name == "Koh Trong Community Fishery"

    target = tmp_path / "restored" / "ktcf.cbodesk"
    target.parent.mkdir()
    assert restore_to_file(written, target) is None  # nothing was there to keep
    with open_cbo(target) as restored:
        assert dump(restored) == original
        assert load_profile(restored).logo_png == LOGO


def test_restore_over_a_cbo_keeps_the_replaced_file(tmp_path: Path) -> None:
    """Restoring over a CBO brings back the backed-up state and keeps the replaced file beside it."""
    path = tmp_path / "ktcf.cbodesk"
    with write_demo(path, FEW) as cbo:
        written = backup_cbo(cbo, tmp_path, reason="manual")
        at_backup = dump(cbo)
        edit_profile(cbo, acronym="LATER")
    later = path.read_bytes()
    kept = restore_to_file(written, path)
    assert kept is not None and kept.parent == tmp_path and "before-restore" in kept.name
    assert kept.read_bytes() == later
    with open_cbo(path) as restored:
        assert dump(restored) == at_backup
    with open_cbo(kept) as old:
        assert load_profile(old).acronym == "LATER"


def test_restore_refuses_while_the_target_is_open(tmp_path: Path) -> None:
    """A CBO open in a window is never replaced under it: FileInUse, nothing changed."""
    path = tmp_path / "ktcf.cbodesk"
    with write_demo(path, FEW) as cbo:
        written = backup_cbo(cbo, tmp_path, reason="manual")
        edit_profile(cbo, acronym="OPEN")
        before, names = fingerprint(path), sorted(p.name for p in tmp_path.iterdir())
        with pytest.raises(FileInUse):
            restore_to_file(written, path)
        assert fingerprint(path) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == names  # no temp or kept file
        assert load_profile(cbo).acronym == "OPEN"  # the open CBO works on
    with open_cbo(path) as again:
        assert load_profile(again).acronym == "OPEN"


@pytest.mark.postgres
def test_postgres_backup_restores_into_a_file(pg_url: str, tmp_path: Path) -> None:
    """A shared PostgreSQL CBO backs up to the same single file: profile, users, audit all kept."""
    with demo_with_logo(pg_url) as cbo:
        written = backup_cbo(cbo, tmp_path, reason="manual")
        original = dump(cbo)
        cbo_id = cbo.cbo_id()
    assert read_manifest(written).cbo_id == cbo_id
    assert sorted(p.name for p in tmp_path.iterdir()) == [written.name]  # no snapshot left
    target = tmp_path / "from-server.cbodesk"
    restore_to_file(written, target)
    with open_cbo(target) as restored:
        assert not restored.is_postgres
        assert dump(restored) == original
        assert restored.cbo_id() == cbo_id


@pytest.mark.postgres
def test_copy_to_sqlite_keeps_bytes_and_dates(pg_url: str, tmp_path: Path) -> None:
    """The PostgreSQL-to-file copy keeps the logo bytes, dates and timestamps exactly."""
    with demo_with_logo(pg_url) as cbo:
        original = dump(cbo)
        copy = tmp_path / "copy.cbodesk"
        copy_to_sqlite(cbo, copy)
        with pytest.raises(FileExistsError):
            copy_to_sqlite(cbo, copy)
    with open_cbo(copy) as copied:
        assert dump(copied) == original
        profile = load_profile(copied)
    assert profile.logo_png == LOGO
    assert profile.founding_date == date(2008, 12, 31)
    assert profile.registration_date == date(2012, 6, 18)
    [row] = original["profile"]
    assert isinstance(row["updated_at"], datetime)


def test_automatic_backups_rotate(tmp_path: Path) -> None:
    """Twenty daily backups: the last 7 days, the newest of each of the last 4 weeks and of the
    month stay; a manual backup in the same folder is never deleted."""
    root = tmp_path / "auto"
    with write_demo(tmp_path / "ktcf.cbodesk", FEW) as cbo:
        folder = automatic_folder(cbo, root)
        assert folder == root / cbo.cbo_id()
        manual = backup_cbo(cbo, folder, reason="manual",
                            now=datetime(2026, 1, 1, 9, 0, tzinfo=PHNOM_PENH))
        for day in range(1, 21):
            automatic_backup(cbo, root, reason="daily",
                             now=datetime(2026, 1, day, 20, 0, tzinfo=PHNOM_PENH))
    kept = list_backups(folder)
    daily_days = sorted(m.created.astimezone(PHNOM_PENH).day for _, m in kept if m.reason == "daily")
    # 1 Jan 2026 is a Thursday: ISO weeks end on the 4th, 11th and 18th.
    assert daily_days == [4, 11, 14, 15, 16, 17, 18, 19, 20]
    assert manual in [path for path, _ in kept]
