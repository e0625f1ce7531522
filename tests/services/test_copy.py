"""Copying a whole CBO between its file and a shared PostgreSQL database, both ways.

What arrives is every row exactly (compared table by table), the cash book's and the audit
log's chains verify, the CBO id is the same, and work goes on there (the ids of new rows do not
clash with the copied ones). A failure in the middle leaves the target as it was; a target that
already holds something, or a source at an older data version, is refused with a plain message.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest

from cbodesk.domain import cashbook as cb
from cbodesk.domain import members as dm
from cbodesk.domain.errors import UserError
from cbodesk.domain.money import Currency, Money
from cbodesk.services import cashbook
from cbodesk.services import members as ms
from cbodesk.services.audit import check_log
from cbodesk.services.copying import CopyFailed, copy_cbo, format_counts
from cbodesk.services.demo import DemoOptions, write_demo
from cbodesk.services.users import default_actor
from cbodesk.storage.database import Cbo, open_cbo
from cbodesk.storage.models import MODELS, Meeting

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FEW = DemoOptions(entries=60, members=40)


def dump(cbo: Cbo) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, all columns, as plain Python values, in key order."""
    result: dict[str, list[tuple[Any, ...]]] = {}
    with cbo.reading():
        for model in MODELS:
            fields = model._meta.sorted_fields
            result[model._meta.table_name] = [
                tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                for row in model.select(*fields).order_by(*fields).tuples().iterator()]
    return result


def add_meetings(cbo: Cbo) -> None:
    """Two meetings, the first approved at the second (a row pointing at a later row of its table)."""
    now = datetime(2026, 3, 1, 9, 0)
    with cbo.atomic():
        first = Meeting.create(kind="committee", title="ប្រជុំគណៈកម្មការ", date=date(2026, 2, 1),
                               created_at=now, created_by="Sok Dara")
        second = Meeting.create(kind="committee", title="Committee, March", date=date(2026, 3, 1),
                                created_at=now, created_by="Sok Dara")
        Meeting.update(status="approved", approved_at=second.id, approved_on=date(2026, 3, 1)).where(
            Meeting.id == first.id).execute()


@pytest.fixture(scope="module")
def demo_original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.cbodesk"
    with write_demo(path, FEW) as cbo:
        add_meetings(cbo)
    return path


@pytest.fixture
def demo_file(demo_original: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo CBO (written once: the demo takes seconds)."""
    path = tmp_path / "demo.cbodesk"
    shutil.copy(demo_original, path)
    return path


def work_goes_on(cbo: Cbo) -> None:
    """New rows after the copy: a member, a receipt; their ids follow the copied ones."""
    admin = default_actor(cbo)
    village = ms.villages(cbo)[0]
    ms.add_member(cbo, admin, dm.MemberDraft(name_km="ចាន់ ធីតា", name_latin="Chan Thida", sex="F",
                                             birth_year=1990, village_id=village.id,
                                             joined_on=date(2024, 1, 1)), allow_duplicate=True)
    cash = next(a.id for a in cashbook.accounts(cbo) if a.currency is Currency.KHR)
    fees = next(c.id for c in cashbook.categories(cbo) if c.code == "fees")
    cashbook.record_entry(cbo, admin, cb.EntryDraft("receipt", date.today(), cash, Money(5000, Currency.KHR),
                                                    fees, party="Chan Thida", uid=cashbook.new_uid()))
    assert cashbook.verify_book(cbo).ok
    assert check_log(cbo).ok


@pytest.mark.postgres
def test_file_to_postgres_and_back(demo_file: Path, pg_url: str, tmp_path: Path) -> None:
    with open_cbo(demo_file, lock=False) as cbo:
        before = dump(cbo)
        cbo_id = cbo.cbo_id()
    result = copy_cbo(demo_file, pg_url)
    assert result.cbo_id == cbo_id
    assert {t.table for t in result.tables} == {m._meta.table_name for m in MODELS}
    assert all(t.source == t.target == len(before[t.table]) for t in result.tables)
    assert result.book_entries == len(before["entry"]) > 0
    assert result.audit_entries == len(before["audit_entry"]) > 0
    assert format_counts(result)[0].split() == ["table", "source", "copy"]

    with open_cbo(pg_url) as copy:
        assert dump(copy) == before
        assert copy.cbo_id() == cbo_id

    back = tmp_path / "back" / "from-server.cbodesk"
    copy_cbo(pg_url, back)
    with open_cbo(back) as again:
        assert dump(again) == before
    assert [p.name for p in back.parent.iterdir()] == ["from-server.cbodesk"]

    with open_cbo(pg_url) as copy:
        work_goes_on(copy)
    with open_cbo(back) as again:
        work_goes_on(again)


def test_file_to_file(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.cbodesk"
    result = copy_cbo(demo_file, target)
    with open_cbo(demo_file, lock=False) as cbo, open_cbo(target) as copy:
        assert dump(copy) == dump(cbo)
        assert result.cbo_id == cbo.cbo_id()


def fail_at(table: str) -> Any:
    def on_rows(name: str, done: int) -> None:
        if name == table:
            raise RuntimeError(f"cable pulled while copying {name}")
    return on_rows


def tables_of(url: str) -> list[str]:
    with psycopg.connect(url) as con:
        return [r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]


@pytest.mark.postgres
def test_a_failure_in_the_middle_leaves_the_database_empty(demo_file: Path, pg_url: str) -> None:
    with pytest.raises(RuntimeError, match="cable pulled"):
        copy_cbo(demo_file, pg_url, on_rows=fail_at("entry"))
    assert tables_of(pg_url) == []
    copy_cbo(demo_file, pg_url)  # and it can be done again
    assert "entry" in tables_of(pg_url)


def test_a_failure_in_the_middle_leaves_no_file(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "copy.cbodesk"
    with pytest.raises(RuntimeError, match="cable pulled"):
        copy_cbo(demo_file, target, on_rows=fail_at("member"))
    assert list(target.parent.iterdir()) == []


@pytest.mark.postgres
def test_a_copy_that_does_not_match_is_not_kept(demo_file: Path, pg_url: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """If the check finds a difference (here: one entry changed on the way), nothing stays."""
    from cbodesk.storage import snapshots

    original = snapshots._insert

    def tampering(model: Any, target: Any, names: list[str], rows: list[tuple[Any, ...]]) -> None:
        if model._meta.table_name == "entry":
            at = names.index("party")
            rows = [rows[0][:at] + ("Somebody else",) + rows[0][at + 1:], *rows[1:]]
        original(model, target, names, rows)

    monkeypatch.setattr(snapshots, "_insert", tampering)
    with pytest.raises(CopyFailed) as caught:
        copy_cbo(demo_file, pg_url)
    assert "The copied cash book does not verify" in caught.value.text()
    assert tables_of(pg_url) == []


@pytest.mark.postgres
def test_a_target_that_holds_something_is_refused(demo_file: Path, pg_url: str, tmp_path: Path) -> None:
    copy_cbo(demo_file, pg_url)
    with pytest.raises(UserError, match="already holds a CBO"):
        copy_cbo(demo_file, pg_url)
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("DROP SCHEMA public CASCADE")
        con.execute("CREATE SCHEMA public")
        con.execute("CREATE TABLE invoices (id serial primary key)")
    with pytest.raises(UserError, match="already holds tables"):
        copy_cbo(demo_file, pg_url)
    assert tables_of(pg_url) == ["invoices"]

    existing = tmp_path / "existing.cbodesk"
    existing.write_bytes(b"my thesis")
    with pytest.raises(UserError, match="never overwrites a file"):
        copy_cbo(demo_file, existing)
    assert existing.read_bytes() == b"my thesis"
    with pytest.raises(UserError, match="the same place"):
        copy_cbo(demo_file, demo_file)


def test_a_source_of_an_older_version_is_upgraded_in_the_app_first(tmp_path: Path) -> None:
    old = tmp_path / "old.cbodesk"
    shutil.copy(FIXTURES / "schema-v3.cbodesk", old)
    with pytest.raises(UserError) as caught:
        copy_cbo(old, tmp_path / "new.cbodesk")
    assert "open it in the app to upgrade it" in caught.value.text()
    assert not (tmp_path / "new.cbodesk").exists()
