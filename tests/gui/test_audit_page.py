"""The audit log page: the lazy table newest first with readable changes, filters, the detail
pane, "Check the log" before and after a change made directly in the database, the Excel
export in the background, and the page closed to roles without audit.view."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from members_support import on_screen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from users_support import savings_group

from cbodesk.domain.roles import Actor
from cbodesk.gui.audit.model import Column
from cbodesk.gui.audit.page import AuditPage
from cbodesk.services import users
from cbodesk.storage.database import Cbo

TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def cbo(tmp_path: Path) -> Iterator[Cbo]:
    with savings_group(tmp_path / "cbo.cbodesk")[0] as opened:
        admin = users.actor_without_login(opened)
        added = users.add_user(opened, admin, "chan.sophea", "Chan Sophea", ["treasurer"], "first password")
        users.update_user(opened, admin, added.id, "Chan Sophea", ["treasurer", "secretary"],
                          row_version=added.row_version)
        yield opened


@pytest.fixture
def page(qtbot: QtBot, cbo: Cbo) -> AuditPage:
    return on_screen(qtbot, AuditPage(cbo, users.actor_without_login(cbo)), 1100, 600)


def test_the_log_newest_first_with_details(qtbot: QtBot, page: AuditPage, type_text: TypeText) -> None:
    model = page.model
    assert model is not None
    assert model.rowCount() == 4  # the administrator, the profile, the user added, then changed
    assert page.countLabel.text() == "4 entries, newest first"
    assert model.index(0, Column.ACTION).data() == "user.update"
    assert model.index(0, Column.WHO).data() == "sok.dara (login off)"
    assert model.index(0, Column.AREA).data() == "Users"
    assert model.index(0, Column.CHANGES).data() == "roles: treasurer → treasurer,secretary"
    # The first row is chosen: its details show below.
    assert "roles: treasurer → treasurer,secretary" in page.details.toPlainText()
    assert "Record: chan.sophea" in page.details.toPlainText()
    # Filters: an area, then words.
    page.areaCombo.setCurrentIndex(page.areaCombo.findData("profile"))
    assert model.rowCount() == 1 and model.index(0, Column.ACTION).data() == "profile.save"
    page.areaCombo.setCurrentIndex(0)
    type_text(page.searchEdit, "sophea")
    qtbot.keyClick(page.searchEdit, Qt.Key.Key_Return)
    assert model.rowCount() == 2
    page.searchEdit.clear()
    page.apply_filter()
    page.fromCheck.setChecked(True)
    assert model.rowCount() == 4  # from a month ago
    page.fromEdit.setDate(page.fromEdit.date().addMonths(2))
    assert model.rowCount() == 0 and page.countLabel.text() == "0 entries, newest first"


def test_check_the_log_before_and_after_tampering(qtbot: QtBot, page: AuditPage, cbo: Cbo) -> None:
    qtbot.mouseClick(page.checkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_check is not None, timeout=5000)
    assert "complete and unchanged: 4 entries checked" in page.checkLabel.text()
    with cbo.atomic():
        cbo.db.execute_sql("UPDATE audit_entry SET after = '{\"roles\": \"administrator\"}' WHERE id = 3")
    page.last_check = None
    qtbot.mouseClick(page.checkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_check is not None, timeout=5000)
    assert "Entry 3 of the audit log was changed" in page.checkLabel.text()
    assert "outside CBO Desk" in page.checkLabel.text()


def test_export_to_excel_in_the_background(qtbot: QtBot, page: AuditPage, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    target = tmp_path / "log"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.areaCombo.setCurrentIndex(page.areaCombo.findData("users"))
    qtbot.mouseClick(page.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10000)
    assert page.last_export == tmp_path / "log.xlsx"
    assert "3 entries written to" in page.countLabel.text()
    sheet = openpyxl.load_workbook(tmp_path / "log.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert [r[2] for r in rows[1:]] == ["user.update", "user.add", "user.add"]


def test_the_page_is_closed_without_audit_view(qtbot: QtBot, cbo: Cbo) -> None:
    page = AuditPage(cbo, Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer", "secretary"})))
    qtbot.addWidget(page)
    page.show()
    assert page.model is not None and page.model.rowCount() == 0
    assert not page.checkButton.isEnabled() and not page.exportButton.isEnabled()
    assert "does not see the audit log" in page.introLabel.text()


def test_audit_model(qtmodeltester: object, page: AuditPage) -> None:
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
