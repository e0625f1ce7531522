"""The audit log on SQLite and PostgreSQL: entries written by real actions, browsed by user,
area, dates and words in windows newest first, its chain checked against changes made
directly in the database (an UPDATE, a DELETE, an INSERT), and exported to Excel."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from users_support import PASSWORD, savings_group

from cbodesk.domain.audit import AuditContent
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.services import audit, users
from cbodesk.services.audit import AuditFilter
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import AuditEntry


@pytest.fixture
def cbo(cbo_location: str) -> Iterator[Cbo]:
    with savings_group(cbo_location)[0] as opened:
        yield opened


@pytest.fixture
def admin(cbo: Cbo) -> Actor:
    return users.actor_without_login(cbo)


def _some_history(cbo: Cbo, admin: Actor) -> None:
    added = users.add_user(cbo, admin, "chan.sophea", "Chan Sophea", ["treasurer"], PASSWORD)
    users.update_user(cbo, admin, added.id, "Chan Sophea", ["treasurer", "secretary"],
                      row_version=added.row_version)
    treasurer = users.log_in(cbo, "chan.sophea", PASSWORD).actor
    users.change_own_password(cbo, treasurer, PASSWORD, "another one", "another one")
    users.add_user(cbo, admin, "keo.mony", "Keo Mony", ["viewer"], PASSWORD)


def _sql(cbo: Cbo, text: str, params: tuple[object, ...] = ()) -> None:
    with cbo.atomic():
        cbo.db.execute_sql(text.replace("?", "%s") if cbo.is_postgres else text, params)


def _ids(cbo: Cbo) -> list[int]:
    with cbo.reading():
        return [e.id for e in AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id)]


def test_actions_are_logged_and_browsed_newest_first(cbo: Cbo, admin: Actor) -> None:
    _some_history(cbo, admin)
    total = audit.count_entries(cbo, admin)
    rows = audit.entry_rows(cbo, admin, AuditFilter(), 0, 100)
    assert len(rows) == total
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    assert rows[0].action == "user.add" and rows[0].record == "keo.mony"
    assert rows[0].username == "sok.dara" and rows[0].login_off
    update = next(r for r in rows if r.action == "user.update")
    assert [c.text() for c in update.changes()] == ["roles: treasurer → treasurer,secretary"]
    password = next(r for r in rows if r.action == "user.password")
    assert (password.username, password.login_off) == ("chan.sophea", False)
    # By user: with login on and off alike.
    by_admin = AuditFilter(username="sok.dara")
    assert {r.username for r in audit.entry_rows(cbo, admin, by_admin, 0, 100)} == {"sok.dara"}
    assert audit.count_entries(cbo, admin, AuditFilter(username="chan.sophea")) == 1
    # By area, words (any case) and days.
    assert audit.count_entries(cbo, admin, AuditFilter(area="users")) == total - 1  # the profile's save
    assert audit.log_areas(cbo, admin) == ["profile", "users"]
    assert {"sok.dara", "chan.sophea", "keo.mony"} <= set(audit.log_users(cbo, admin))
    found = audit.entry_rows(cbo, admin, AuditFilter(text="KEO"), 0, 10)
    assert [r.record for r in found] == ["keo.mony"]
    today = date.today()
    assert audit.count_entries(cbo, admin, AuditFilter(date_from=today, date_to=today)) == total
    assert audit.count_entries(cbo, admin, AuditFilter(date_to=today - timedelta(days=1))) == 0
    assert audit.count_entries(cbo, admin, AuditFilter(text="100%_")) == 0


def test_windows_fit_together_from_both_ends(cbo: Cbo, admin: Actor) -> None:
    rows = [AuditEntry(at=datetime(2026, 1, 1, 8, 0) + timedelta(minutes=i), username="sok.dara",
                       action="member.update", area="members", record=f"member {i}", before=None,
                       after=json.dumps({"n": i})) for i in range(250)]
    with cbo.atomic():
        AuditEntry.bulk_create(rows, batch_size=100)
    total = audit.count_entries(cbo, admin, AuditFilter(area="members"))
    assert total == 250
    f = AuditFilter(area="members")
    whole = audit.entry_rows(cbo, admin, f, 0, 300)
    windows: list[audit.AuditRow] = []
    for offset in range(0, total, 40):
        windows += audit.entry_rows(cbo, admin, f, offset, 40, total=total)
    assert [r.id for r in windows] == [r.id for r in whole]
    assert whole[0].record == "member 249" and whole[-1].record == "member 0"


def test_reading_the_log_needs_audit_view(cbo: Cbo) -> None:
    treasurer = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer", "secretary", "me_focal"}))
    for call in (lambda: audit.count_entries(cbo, treasurer), lambda: audit.verify_log(cbo, treasurer),
                 lambda: audit.entry_rows(cbo, treasurer, AuditFilter(), 0, 10)):
        with pytest.raises(NotAllowed):
            call()


def test_an_untouched_log_checks(cbo: Cbo, admin: Actor) -> None:
    _some_history(cbo, admin)
    check = audit.verify_log(cbo, admin)
    assert check.ok and check.entries == audit.count_entries(cbo, admin)
    assert "complete and unchanged" in check.text()


def test_an_update_in_the_database_is_found(cbo: Cbo, admin: Actor) -> None:
    _some_history(cbo, admin)
    target = _ids(cbo)[2]
    _sql(cbo, "UPDATE audit_entry SET username = ? WHERE id = ?", ("somebody.else", target))
    check = audit.check_log(cbo)
    assert (check.ok, check.entry_id, check.problem) == (False, target, "changed")
    assert f"Entry {target}" in check.text()


def test_an_update_of_the_newest_entry_is_found(cbo: Cbo, admin: Actor) -> None:
    _some_history(cbo, admin)
    newest = _ids(cbo)[-1]
    _sql(cbo, "UPDATE audit_entry SET after = ? WHERE id = ?", ('{"full_name": "Nobody"}', newest))
    assert (audit.check_log(cbo).entry_id, audit.check_log(cbo).problem) == (newest, "changed")


def test_a_delete_in_the_database_is_found(cbo: Cbo, admin: Actor) -> None:
    _some_history(cbo, admin)
    ids = _ids(cbo)
    _sql(cbo, "DELETE FROM audit_entry WHERE id = ?", (ids[2],))
    check = audit.check_log(cbo)
    assert (check.entry_id, check.problem) == (ids[3], "removed")


@pytest.mark.parametrize("where", ["end", "middle"])
def test_an_insert_in_the_database_is_found(cbo: Cbo, admin: Actor, where: str) -> None:
    _some_history(cbo, admin)
    ids = _ids(cbo)
    if where == "end":
        _sql(cbo, "INSERT INTO audit_entry (at, username, action, area, record, prev_hash, row_hash) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
             (datetime(2026, 3, 1, 9, 0), "sok.dara", "entry.payment", "cashbook", "P-2026-0001", "", ""))
        inserted = max(_ids(cbo))
    else:
        # Make room in the middle (as if the row had always been there) and copy a neighbour's links.
        _sql(cbo, "DELETE FROM audit_entry WHERE id = ?", (ids[3],))
        with cbo.reading():
            before = AuditEntry.get_by_id(ids[2])
        _sql(cbo, "INSERT INTO audit_entry (id, at, username, action, area, record, prev_hash, row_hash) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
             (ids[3], datetime(2026, 3, 1, 9, 0), "sok.dara", "user.add", "users", "ghost",
              before.row_hash, "f" * 64))
        inserted = ids[3]
        # The entry after still points at the removed one: the inserted one does not fit in.
    check = audit.check_log(cbo)
    assert check.entry_id == inserted
    assert check.problem == "inserted"


def test_an_entry_slipped_in_between_with_a_correct_own_hash_is_found(cbo: Cbo, admin: Actor) -> None:
    from cbodesk.domain.audit import audit_hash

    _some_history(cbo, admin)
    ids = _ids(cbo)
    # Shift the last entry up, and slip a well-made entry into its place, linked to the one before.
    with cbo.reading():
        last = AuditEntry.get_by_id(ids[-1])
        before_last = AuditEntry.get_by_id(ids[-2])
    _sql(cbo, "UPDATE audit_entry SET id = ? WHERE id = ?", (ids[-1] + 10, ids[-1]))
    content = AuditContent(at=last.at, username="sok.dara", action="user.add", area="users", record="ghost",
                           before=None, after=None)
    _sql(cbo, "INSERT INTO audit_entry (id, at, username, action, area, record, prev_hash, row_hash) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
         (ids[-1], content.at, content.username, content.action, content.area, content.record,
          before_last.row_hash, audit_hash(before_last.row_hash, content)))
    check = audit.check_log(cbo)
    assert (check.entry_id, check.problem) == (ids[-1], "inserted")
    assert "added directly in the database" in check.text()


def test_export_to_excel_reads_back(cbo: Cbo, admin: Actor, tmp_path: Path) -> None:
    import openpyxl

    _some_history(cbo, admin)
    path = tmp_path / "audit.xlsx"
    seen: list[tuple[int, int]] = []
    written = audit.export_log(cbo, admin, path, AuditFilter(area="users"),
                               progress=lambda done, total: seen.append((done, total)))
    assert written == audit.count_entries(cbo, admin, AuditFilter(area="users"))
    assert seen[-1] == (written, written)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("When", "Who", "Action", "Area", "Record", "What changed")
    assert len(rows) == written + 1
    newest = rows[1]
    assert isinstance(newest[0], datetime)
    assert newest[1] == "sok.dara (login off)"
    assert (newest[2], newest[3], newest[4]) == ("user.add", "Users", "keo.mony")
    assert "full_name: Keo Mony" in str(newest[5]).split("\n")
    update = next(r for r in rows if r[2] == "user.update")
    assert update[5] == "roles: treasurer → treasurer,secretary"
    assert json.loads(str(update[7])) == {"roles": "treasurer,secretary"}
    # Nothing of a password but that it was set.
    assert not any(PASSWORD in str(cell) for row in rows for cell in row)
